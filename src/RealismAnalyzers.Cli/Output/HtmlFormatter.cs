using System.Globalization;
using System.Net;
using System.Text;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Output;

/// <summary>
/// One self-contained HTML file: inline CSS, inline SVG charts, no script, no external font or image.
/// A bar chart per category (the whole input and each project), the top offenders, and every finding linked to its rule page.
/// </summary>
internal static class HtmlFormatter
{
    private const int ChartWidth = 360;
    private const int LabelWidth = 140;
    private const int BarHeight = 18;
    private const int BarGap = 6;

    public static string Render(Report report)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine($"<title>Realism report: {Text.Score(report.Overall.Score)}/10</title>");
        html.AppendLine("<style>");
        html.AppendLine("""
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; margin: 2rem; color: #1f2328; background: #ffffff; }
            h1 { margin-bottom: 0.2rem; }
            .summary { color: #57606a; margin-top: 0; }
            .overall { font-size: 2.4rem; font-weight: 700; }
            .cards { display: flex; flex-wrap: wrap; gap: 1rem; }
            .card { border: 1px solid #d0d7de; border-radius: 8px; padding: 0.8rem 1rem; min-width: 380px; }
            .card h3 { margin: 0 0 0.3rem 0; display: flex; justify-content: space-between; }
            .counts { color: #57606a; font-size: 0.9rem; margin: 0 0 0.5rem 0; }
            table { border-collapse: collapse; margin: 0.5rem 0 1.5rem 0; }
            th, td { border-bottom: 1px solid #d0d7de; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
            td.num, th.num { text-align: right; }
            .warning { color: #9a6700; }
            .sev-error { color: #cf222e; } .sev-warning { color: #9a6700; } .sev-info { color: #0969da; }
            code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
            """);
        html.AppendLine("</style>");
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        html.AppendLine("<h1>Realism report</h1>");
        html.AppendLine($"<p class=\"summary\">{E(Text.Summary(report))} — <code>{E(report.Input)}</code> — realism {E(report.ToolVersion)}</p>");
        html.AppendLine($"<p class=\"overall\" id=\"overall-score\">{Text.Score(report.Overall.Score)}<small>/10</small></p>");

        html.AppendLine("<h2>Categories</h2>");
        html.AppendLine("<div class=\"cards\">");
        foreach (var category in report.Overall.Categories)
        {
            html.AppendLine($"<section class=\"card\" id=\"category-{category.Id}\" data-score=\"{Text.Score(category.Score)}\">");
            html.AppendLine($"<h3><span>{E(category.Name)}</span><span>{Text.Score(category.Score)}/10</span></h3>");
            var counts = Text.RuleCounts(category);
            html.AppendLine($"<p class=\"counts\">{category.Findings} finding(s), weighted {Text.Number(category.WeightedFindings)}{(counts.Length > 0 ? " — " + E(counts) : string.Empty)}</p>");
            var bars = new List<(string Label, double? Score)> { ("All projects", category.Score) };
            foreach (var project in report.Projects)
            {
                bars.Add((project.Name, project.Scores.Categories.First(c => c.Id == category.Id).Score));
            }

            Chart(html, category.Name, bars);
            html.AppendLine("</section>");
        }

        html.AppendLine("</div>");

        html.AppendLine("<h2>Per project</h2>");
        html.AppendLine("<table id=\"projects\">");
        html.Append("<thead><tr><th>Project</th><th class=\"num\">Tests</th>");
        foreach (var category in report.Overall.Categories)
        {
            html.Append($"<th class=\"num\">{E(category.Name)}</th>");
        }

        html.AppendLine("<th class=\"num\">Overall</th></tr></thead><tbody>");
        foreach (var project in report.Projects)
        {
            var mark = project.CompileErrors > 0 ? $" <span class=\"warning\" title=\"{project.CompileErrors} compile error(s): scores unreliable\">(!)</span>" : string.Empty;
            html.Append($"<tr><td>{E(project.Name)}{mark}</td><td class=\"num\">{project.Scores.Tests}</td>");
            foreach (var category in project.Scores.Categories)
            {
                html.Append($"<td class=\"num\">{Text.Score(category.Score)}</td>");
            }

            html.AppendLine($"<td class=\"num\">{Text.Score(project.Scores.Score)}</td></tr>");
        }

        html.AppendLine("</tbody></table>");

        var unreliable = report.Projects.Where(p => p.CompileErrors > 0).ToList();
        if (unreliable.Count > 0)
        {
            html.AppendLine("<h2>Unreliable scores</h2>");
            html.AppendLine("<ul id=\"unreliable\" class=\"warning\">");
            foreach (var project in unreliable)
            {
                html.AppendLine($"<li data-project=\"{E(project.Name)}\" data-compile-errors=\"{project.CompileErrors}\">{E(project.UnreliableNote()!)}</li>");
            }

            html.AppendLine("</ul>");
        }

        Offenders(html, "Top offending tests", "top-tests", report.TopTests);
        Offenders(html, "Top offending types", "top-types", report.TopTypes);

        html.AppendLine("<h2>Findings</h2>");
        html.AppendLine("<table id=\"findings\">");
        html.AppendLine("<thead><tr><th>Rule</th><th>Severity</th><th>Location</th><th>Test</th><th>Message</th></tr></thead><tbody>");
        foreach (var finding in report.Findings)
        {
            html.AppendLine(
                $"<tr><td><a href=\"{E(finding.HelpUri)}\" title=\"{E(finding.Title)}\">{E(finding.RuleId)}</a></td>" +
                $"<td class=\"sev-{E(finding.Severity)}\">{E(finding.Severity)}</td>" +
                $"<td><code>{E(Text.Location(finding.File, finding.Line))}</code></td>" +
                $"<td>{E(finding.Test ?? string.Empty)}</td>" +
                $"<td>{E(finding.Message)}</td></tr>");
        }

        html.AppendLine("</tbody></table>");

        if (report.Failures.Count > 0)
        {
            html.AppendLine("<h2>Not analysed</h2>");
            html.AppendLine("<p class=\"warning\">Their tests are missing from the scores.</p>");
            html.AppendLine("<table id=\"failures\"><thead><tr><th>Project</th><th>Stage</th><th>Message</th></tr></thead><tbody>");
            foreach (var failure in report.Failures)
            {
                html.AppendLine($"<tr><td>{E(failure.Project)}</td><td>{E(failure.Stage)}</td><td>{E(failure.Message)}</td></tr>");
            }

            html.AppendLine("</tbody></table>");
        }

        html.AppendLine("</body>");
        html.AppendLine("</html>");
        return html.ToString();
    }

    private static void Chart(StringBuilder html, string title, List<(string Label, double? Score)> bars)
    {
        var height = (bars.Count * (BarHeight + BarGap)) + BarGap;
        var width = LabelWidth + ChartWidth + 50;
        html.AppendLine($"<svg class=\"chart\" role=\"img\" aria-label=\"{E(title)} scores\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, score) = bars[i];
            var y = BarGap + (i * (BarHeight + BarGap));
            var length = score is { } s ? s / 10.0 * ChartWidth : 0;
            var color = score switch
            {
                null => "#d0d7de",
                >= 8 => "#2da44e",
                >= 5 => "#d4a72c",
                _ => "#cf222e",
            };
            html.AppendLine($"<text x=\"0\" y=\"{y + 13}\" font-size=\"12\" fill=\"#1f2328\">{E(Shorten(label))}</text>");
            html.AppendLine($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{ChartWidth}\" height=\"{BarHeight}\" fill=\"#f6f8fa\"/>");
            html.AppendLine($"<rect class=\"bar\" data-label=\"{E(label)}\" data-score=\"{Text.Score(score)}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{length.ToString("0.##", CultureInfo.InvariantCulture)}\" height=\"{BarHeight}\" fill=\"{color}\"><title>{E(label)}: {Text.Score(score)}</title></rect>");
            html.AppendLine($"<text x=\"{LabelWidth + ChartWidth + 6}\" y=\"{y + 13}\" font-size=\"12\" fill=\"#1f2328\">{Text.Score(score)}</text>");
        }

        html.AppendLine("</svg>");
    }

    private static void Offenders(StringBuilder html, string title, string id, IReadOnlyList<Offender> offenders)
    {
        if (offenders.Count == 0)
        {
            return;
        }

        html.AppendLine($"<h2>{E(title)}</h2>");
        html.AppendLine($"<table id=\"{id}\"><thead><tr><th>Name</th><th class=\"num\">Findings</th><th class=\"num\">Weighted</th><th>Rules</th><th>Location</th></tr></thead><tbody>");
        foreach (var offender in offenders)
        {
            html.AppendLine($"<tr><td>{E(offender.Name)}</td><td class=\"num\">{offender.Findings}</td><td class=\"num\">{Text.Number(offender.WeightedFindings)}</td><td>{E(string.Join(", ", offender.RuleIds))}</td><td><code>{E(Text.Location(offender.File, offender.Line))}</code></td></tr>");
        }

        html.AppendLine("</tbody></table>");
    }

    private static string Shorten(string label) => label.Length <= 22 ? label : label[..21] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
