using System.Globalization;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Output;

/// <summary>The output formats of <c>--format</c>.</summary>
internal static class OutputFormats
{
    public const string Terminal = "terminal";
    public const string Markdown = "markdown";
    public const string Html = "html";
    public const string Json = "json";
    public const string Sarif = "sarif";

    public static readonly string[] All = [Terminal, Markdown, Html, Json, Sarif];

    /// <summary>The usual short names and spellings of each format, any case.</summary>
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        [Terminal] = Terminal,
        ["text"] = Terminal,
        ["txt"] = Terminal,
        ["console"] = Terminal,
        [Markdown] = Markdown,
        ["md"] = Markdown,
        [Html] = Html,
        ["htm"] = Html,
        [Json] = Json,
        [Sarif] = Sarif,
        ["sarif-json"] = Sarif,
    };

    /// <summary>Every spelling <c>--format</c> accepts, canonical names first.</summary>
    public static IEnumerable<string> Accepted => All.Concat(s_aliases.Keys.Where(k => !All.Contains(k, StringComparer.Ordinal)));

    /// <summary>The canonical name of <paramref name="name"/> (<c>md</c> → <c>markdown</c>), or null when it is no format.</summary>
    public static string? Normalize(string? name) =>
        name is not null && s_aliases.TryGetValue(name.Trim(), out var format) ? format : null;

    public static string Render(Report report, string format) => format switch
    {
        Markdown => MarkdownFormatter.Render(report),
        Html => HtmlFormatter.Render(report),
        Json => JsonFormatter.Render(report),
        Sarif => SarifFormatter.Render(report),
        _ => TerminalFormatter.Render(report),
    };
}

/// <summary>Number formatting shared by the human-readable formats.</summary>
internal static class Text
{
    public static string Score(double? score) => score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "n/a";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string RuleCounts(CategoryScore category) =>
        string.Join(", ", category.Rules.Where(r => r.Value > 0).Select(r => $"{r.Key} ×{r.Value}"));

    public static string Location(string file, int line) => file.Length == 0 ? string.Empty : $"{file}:{line}";

    public static string Summary(Report report)
    {
        var overall = report.Overall;
        var projects = report.TestProjects == 1 ? "1 test project" : $"{report.TestProjects} test projects";
        var tests = overall.Tests == 1 ? "1 test" : $"{overall.Tests} tests";
        var findings = overall.Findings == 1 ? "1 finding" : $"{overall.Findings} findings";
        return $"{projects}, {tests}, {findings}";
    }
}
