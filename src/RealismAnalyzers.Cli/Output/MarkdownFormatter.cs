using System.Text;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Output;

/// <summary>GitHub-flavoured Markdown, e.g. for a pull-request comment or a CI job summary.</summary>
internal static class MarkdownFormatter
{
    public static string Render(Report report)
    {
        var md = new StringBuilder();
        md.AppendLine("# Realism report");
        md.AppendLine();
        md.AppendLine($"**Overall: {Text.Score(report.Overall.Score)}/10** — {Escape(Text.Summary(report))}, for `{report.Input}`.");
        md.AppendLine();
        md.AppendLine("| Category | Score | Findings | Weighted | Rules |");
        md.AppendLine("| --- | ---: | ---: | ---: | --- |");
        foreach (var category in report.Overall.Categories)
        {
            md.AppendLine($"| {category.Name} | {Text.Score(category.Score)} | {category.Findings} | {Text.Number(category.WeightedFindings)} | {Escape(Text.RuleCounts(category))} |");
        }

        md.AppendLine($"| **Overall** | **{Text.Score(report.Overall.Score)}** | {report.Overall.Findings} | | |");

        md.AppendLine();
        md.AppendLine("## Per project");
        md.AppendLine();
        md.AppendLine("| Project | Tests | " + string.Join(" | ", report.Overall.Categories.Select(c => c.Name)) + " | Overall |");
        md.AppendLine("| --- | ---: | " + string.Join(" | ", report.Overall.Categories.Select(_ => "---:")) + " | ---: |");
        foreach (var project in report.Projects)
        {
            md.AppendLine($"| {Escape(project.Name)}{(project.CompileErrors > 0 ? " :warning:" : string.Empty)} | {project.Scores.Tests} | " + string.Join(" | ", project.Scores.Categories.Select(c => Text.Score(c.Score))) + $" | {Text.Score(project.Scores.Score)} |");
        }

        var unreliable = report.Projects.Select(p => p.UnreliableNote()).OfType<string>().ToList();
        if (unreliable.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Unreliable scores");
            md.AppendLine();
            foreach (var note in unreliable)
            {
                md.AppendLine("- :warning: " + Escape(note));
            }
        }

        Offenders(md, "Top offending tests", report.TopTests);
        Offenders(md, "Top offending types", report.TopTypes);

        if (report.Findings.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Findings");
            md.AppendLine();
            md.AppendLine("| Rule | Severity | Location | Message |");
            md.AppendLine("| --- | --- | --- | --- |");
            foreach (var finding in report.Findings)
            {
                md.AppendLine($"| [{finding.RuleId}]({finding.HelpUri}) | {finding.Severity} | {Escape(Text.Location(finding.File, finding.Line))} | {Escape(finding.Message)} |");
            }
        }

        if (report.Failures.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Not analysed");
            md.AppendLine();
            md.AppendLine("Their tests are missing from the scores.");
            md.AppendLine();
            md.AppendLine("| Project | Stage | Message |");
            md.AppendLine("| --- | --- | --- |");
            foreach (var failure in report.Failures)
            {
                md.AppendLine($"| {Escape(failure.Project)} | {failure.Stage} | {Escape(failure.Message)} |");
            }
        }

        return md.ToString();
    }

    private static void Offenders(StringBuilder md, string title, IReadOnlyList<Offender> offenders)
    {
        if (offenders.Count == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine($"## {title}");
        md.AppendLine();
        md.AppendLine("| Name | Findings | Weighted | Rules | Location |");
        md.AppendLine("| --- | ---: | ---: | --- | --- |");
        foreach (var offender in offenders)
        {
            md.AppendLine($"| {Escape(offender.Name)} | {offender.Findings} | {Text.Number(offender.WeightedFindings)} | {string.Join(", ", offender.RuleIds)} | {Escape(Text.Location(offender.File, offender.Line))} |");
        }
    }

    /// <summary>Keeps table cells intact: pipes escaped, line breaks flattened, markup characters neutralised.</summary>
    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal)
        .Replace("_", "\\_", StringComparison.Ordinal)
        .Replace("`", "\\`", StringComparison.Ordinal)
        .Replace("\r", string.Empty, StringComparison.Ordinal)
        .Replace("\n", " ", StringComparison.Ordinal);
}
