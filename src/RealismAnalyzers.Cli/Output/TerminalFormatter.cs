using System.Text;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Output;

/// <summary>The default output: plain-text tables that read well in a terminal and in a CI log.</summary>
internal static class TerminalFormatter
{
    private const int BarWidth = 20;

    public static string Render(Report report)
    {
        var text = new StringBuilder();
        text.AppendLine($"Realism report for {report.Input}");
        text.AppendLine(Text.Summary(report));
        text.AppendLine();

        var rows = new List<string[]> { new[] { "Category", "Score", "", "Findings", "Weighted", "Rules" } };
        foreach (var category in report.Overall.Categories)
        {
            rows.Add([category.Name, Text.Score(category.Score), Bar(category.Score), category.Findings.ToString(), Text.Number(category.WeightedFindings), Text.RuleCounts(category)]);
        }

        rows.Add(["Overall", Text.Score(report.Overall.Score) + "/10", Bar(report.Overall.Score), report.Overall.Findings.ToString(), string.Empty, string.Empty]);
        Table(text, rows, rightAligned: [1, 3, 4], separatorBeforeLast: true);

        if (report.Projects.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Per project");
            var header = new List<string> { "Project", "Tests" };
            header.AddRange(report.Overall.Categories.Select(c => c.Name));
            header.Add("Overall");
            var projectRows = new List<string[]> { header.ToArray() };
            foreach (var project in report.Projects)
            {
                var row = new List<string> { project.CompileErrors > 0 ? project.Name + " (!)" : project.Name, project.Scores.Tests.ToString() };
                row.AddRange(project.Scores.Categories.Select(c => Text.Score(c.Score)));
                row.Add(Text.Score(project.Scores.Score));
                projectRows.Add(row.ToArray());
            }

            Table(text, projectRows, rightAligned: Enumerable.Range(1, header.Count - 1).ToArray(), separatorBeforeLast: false);
        }

        var unreliable = report.Projects.Select(p => p.UnreliableNote()).OfType<string>().ToList();
        if (unreliable.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Unreliable scores");
            foreach (var note in unreliable)
            {
                text.AppendLine("  " + note);
            }
        }

        Offenders(text, "Top offending tests", report.TopTests);
        Offenders(text, "Top offending types", report.TopTypes);

        if (report.Failures.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Not analysed (their tests are missing from the scores)");
            foreach (var failure in report.Failures)
            {
                text.AppendLine("  " + failure.Describe());
            }
        }

        return text.ToString();
    }

    private static void Offenders(StringBuilder text, string title, IReadOnlyList<Offender> offenders)
    {
        if (offenders.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine(title);
        var rows = new List<string[]> { new[] { "Weighted", "Findings", "Name", "Rules", "Location" } };
        foreach (var offender in offenders)
        {
            rows.Add([Text.Number(offender.WeightedFindings), offender.Findings.ToString(), offender.Name, string.Join(", ", offender.RuleIds), Text.Location(offender.File, offender.Line)]);
        }

        Table(text, rows, rightAligned: [0, 1], separatorBeforeLast: false);
    }

    private static string Bar(double? score)
    {
        if (score is not { } s)
        {
            return string.Empty;
        }

        var filled = (int)Math.Round(s / 10.0 * BarWidth, MidpointRounding.AwayFromZero);
        return new string('#', filled) + new string('.', BarWidth - filled);
    }

    private static void Table(StringBuilder text, List<string[]> rows, int[] rightAligned, bool separatorBeforeLast)
    {
        var columns = rows.Max(r => r.Length);
        var widths = new int[columns];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        for (var r = 0; r < rows.Count; r++)
        {
            if (r == 1 || (separatorBeforeLast && r == rows.Count - 1))
            {
                text.AppendLine("  " + string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
            }

            var cells = rows[r].Select((cell, c) => rightAligned.Contains(c) ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            text.AppendLine(("  " + string.Join("  ", cells)).TrimEnd());
        }
    }
}
