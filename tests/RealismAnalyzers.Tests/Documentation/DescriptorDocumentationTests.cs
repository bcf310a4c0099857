using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Documentation;

/// <summary>Binds the docs to the code: every rule has a page that matches its descriptor, and the README lists it.</summary>
public partial class DescriptorDocumentationTests
{
    public static TheoryData<string> RuleIds =>
        new(AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));

    private static DiagnosticDescriptor Descriptor(string id) =>
        AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);

    private static string Page(string id) => File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", id + ".md"));

    [Theory, MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_page_whose_title_matches_the_descriptor(string id)
    {
        var descriptor = Descriptor(id);
        var firstLine = Page(id).Split('\n')[0].Trim();
        Assert.Equal($"# {id}: {descriptor.Title}", firstLine);
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void The_page_states_the_default_severity_and_category(string id)
    {
        var descriptor = Descriptor(id);
        var page = Page(id);
        Assert.Contains($"| Default severity | {descriptor.DefaultSeverity} |", page, StringComparison.Ordinal);
        Assert.Contains($"| Category | {descriptor.Category}", page, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void The_help_link_points_at_the_page(string id)
    {
        Assert.EndsWith($"/docs/rules/{id}.md", Descriptor(id).HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void The_readme_rules_table_lists_the_rule_with_its_title(string id)
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Contains($"| [{id}](docs/rules/{id}.md) | {Descriptor(id).Title} |", readme, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void The_readme_rules_table_states_the_descriptors_default_which_is_the_default_analysis_mode(string id)
    {
        var descriptor = Descriptor(id);
        var row = File.ReadAllLines(Path.Combine(RepoPaths.Root, "README.md")).Single(l => l.StartsWith($"| [{id}](", StringComparison.Ordinal));
        var cells = row.Split('|', StringSplitOptions.TrimEntries);

        Assert.Equal(descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Off", cells[4]);
    }

    [Theory, MemberData(nameof(RuleIds))]
    public void The_rule_is_tracked_for_release(string id)
    {
        var unshipped = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "RealismAnalyzers", "AnalyzerReleases.Unshipped.md"));
        var shipped = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "RealismAnalyzers", "AnalyzerReleases.Shipped.md"));
        Assert.True(unshipped.Contains(id + " ", StringComparison.Ordinal) || shipped.Contains(id + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_option_key_read_by_the_analyzers_is_documented()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "RealismAnalyzers"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(File.ReadAllText);
        var keys = sources.SelectMany(s => OptionKey().Matches(s).Select(m => m.Groups[1].Value)).Distinct().ToList();
        var docs = string.Join('\n', Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains(key, docs, StringComparison.Ordinal));
    }

    [GeneratedRegex("\"(realism\\.[a-zA-Z0-9_.]+)\"")]
    private static partial Regex OptionKey();
}
