using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.AnalysisModes;

/// <summary>
/// The lists of rules that live outside the code — the README's rules table, the package README's table and its list of rules off
/// by default, the samples' every-rule config and release tracking — rendered from the descriptors, so that adding a rule means
/// writing its descriptor, analyzer, tests and page, then running <c>RealismAnalyzers.AnalysisModes --listings &lt;repository&gt;</c>.
/// Hand-written cells (a rule's precision and fix in the README) are kept; a new rule's are filled with placeholders.
/// </summary>
public static class RuleListings
{
    /// <summary>A listing file, relative to the repository root, and how to bring its text in step with the rules.</summary>
    public sealed record Listing(string Path, Func<string, IReadOnlyList<RuleInfo>, string, string> Update);

    /// <summary>What a listing knows about one rule.</summary>
    public sealed record RuleInfo(DiagnosticDescriptor Descriptor, string AnalyzerName)
    {
        public string Id => Descriptor.Id;

        public string Title => Descriptor.Title.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The README precision cell of a rule nobody has measured yet.</summary>
    public const string NotMeasured = "not measured";

    public static IReadOnlyList<Listing> All { get; } =
    [
        new Listing("README.md", (text, rules, _) => UpdateReadme(text, rules)),
        new Listing(System.IO.Path.Combine("src", "RealismAnalyzers.Package", "README.md"), (text, rules, _) => UpdatePackageReadme(text, rules)),
        new Listing(System.IO.Path.Combine("tests", "samples", "realism-every-rule.globalconfig"), (text, rules, _) => UpdateEveryRuleConfig(text, rules)),
        new Listing(
            System.IO.Path.Combine("tests", "RealismAnalyzers.Cli.Tests", "Fixtures", "realism-every-rule.globalconfig"),
            (text, rules, _) => UpdateEveryRuleConfig(text, rules)),
        new Listing(
            System.IO.Path.Combine("src", "RealismAnalyzers", "AnalyzerReleases.Unshipped.md"),
            (text, rules, root) => UpdateUnshipped(text, rules, File.ReadAllText(System.IO.Path.Combine(root, "src", "RealismAnalyzers", "AnalyzerReleases.Shipped.md")))),
    ];

    /// <summary>The README's "Default" cell: the severity in the Default analysis mode.</summary>
    public static string DefaultCell(DiagnosticDescriptor descriptor) =>
        descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Off";

    /// <summary>The README's "Category" cell, from the family of the descriptor's category.</summary>
    public static string CategoryCell(DiagnosticDescriptor descriptor) => descriptor.Category switch
    {
        "RealismAnalyzers.Trivial" => "Trivial tests",
        "RealismAnalyzers.Mocking" => "Over-mocking",
        "RealismAnalyzers.FailurePaths" => "Failure paths",
        "RealismAnalyzers.Determinism" => "Determinism",
        _ => descriptor.Category,
    };

    /// <summary>The README's rules table: id (linked to the page), title, category and default from the descriptor; precision and fix kept.</summary>
    public static string UpdateReadme(string text, IReadOnlyList<RuleInfo> rules)
    {
        var kept = new Dictionary<string, (string Precision, string Fix)>(StringComparer.Ordinal);
        foreach (var line in Lines(text))
        {
            if (line.StartsWith("| [RA", StringComparison.Ordinal))
            {
                var cells = line.Split('|', StringSplitOptions.TrimEntries);
                if (cells.Length >= 8)
                {
                    kept[cells[1].Substring(1, cells[1].IndexOf(']', StringComparison.Ordinal) - 1)] = (cells[5], cells[6]);
                }
            }
        }

        return ReplaceRows(text, "| [RA", rules.Select(rule =>
        {
            var (precision, fix) = kept.TryGetValue(rule.Id, out var cells) ? cells : (NotMeasured, "—");
            return $"| [{rule.Id}](docs/rules/{rule.Id}.md) | {rule.Title} | {CategoryCell(rule.Descriptor)} | {DefaultCell(rule.Descriptor)} | {precision} | {fix} |";
        }));
    }

    /// <summary>The package README: its id/title table and the list of rules off by default.</summary>
    public static string UpdatePackageReadme(string text, IReadOnlyList<RuleInfo> rules)
    {
        text = ReplaceRows(text, "| RA", rules.Select(rule => $"| {rule.Id} | {rule.Title} |"));
        const string Marker = "off by default (";
        var start = text.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        start += Marker.Length;
        var end = text.IndexOf(')', start);
        var off = string.Join(", ", rules.Where(r => !r.Descriptor.IsEnabledByDefault).Select(r => r.Id));
        return text.Substring(0, start) + off + text.Substring(end);
    }

    /// <summary>The samples' config that turns on every rule off by default, each at its descriptor severity.</summary>
    public static string UpdateEveryRuleConfig(string text, IReadOnlyList<RuleInfo> rules) =>
        ReplaceRows(text, "dotnet_diagnostic.RA", rules
            .Where(r => !r.Descriptor.IsEnabledByDefault)
            .Select(r => $"dotnet_diagnostic.{r.Id}.severity = {Editorconfig(r.Descriptor.DefaultSeverity)}"));

    /// <summary>Release tracking: every rule not in a shipped release (<paramref name="shipped"/>) is a new rule of the next one.</summary>
    public static string UpdateUnshipped(string text, IReadOnlyList<RuleInfo> rules, string shipped)
    {
        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Lines(text))
        {
            if (line.StartsWith("RA", StringComparison.Ordinal) && line.Contains('|', StringComparison.Ordinal))
            {
                existing[line.Split('|', StringSplitOptions.TrimEntries)[0]] = line;
            }
        }

        var rows = rules
            .Where(r => !shipped.Contains(r.Id + " ", StringComparison.Ordinal))
            .Select(r => $"{r.Id} | {r.Descriptor.Category} | {(r.Descriptor.IsEnabledByDefault ? r.Descriptor.DefaultSeverity.ToString() : "Disabled")} | {r.AnalyzerName}")
            .ToList();

        // Keep the rows' existing order (the order they were added); a new rule goes last.
        var ordered = existing.Keys.Where(id => rows.Any(r => r.StartsWith(id + " ", StringComparison.Ordinal)))
            .Select(id => rows.First(r => r.StartsWith(id + " ", StringComparison.Ordinal)))
            .Concat(rows.Where(r => !existing.ContainsKey(r.Split(' ')[0])));
        return ReplaceRows(text, "RA", ordered);
    }

    private static string Editorconfig(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    private static IEnumerable<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r'));

    /// <summary>Replaces the one contiguous block of lines starting with <paramref name="prefix"/> by <paramref name="rows"/>.</summary>
    private static string ReplaceRows(string text, string prefix, IEnumerable<string> rows)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = Lines(text).ToList();
        var first = lines.FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal));
        if (first < 0)
        {
            throw new InvalidOperationException($"no line starts with '{prefix}': the listing has lost its rules block");
        }

        var last = first;
        while (last + 1 < lines.Count && lines[last + 1].StartsWith(prefix, StringComparison.Ordinal))
        {
            last++;
        }

        lines.RemoveRange(first, last - first + 1);
        lines.InsertRange(first, rows);
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Count - 1)
            {
                builder.Append(newline);
            }
        }

        return builder.ToString();
    }
}
