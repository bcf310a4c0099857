using Microsoft.CodeAnalysis;
using RealismAnalyzers.AnalysisModes;
using RealismAnalyzers.Tests.Verifiers;
using Xunit;

namespace RealismAnalyzers.Tests.Documentation;

/// <summary>
/// The lists of rules outside the code (README tables, the every-rule configs, release tracking) are rendered from the descriptors by
/// <c>RealismAnalyzers.AnalysisModes --listings</c>: the committed files are what it renders, and what it renders for a new rule is right.
/// </summary>
public sealed class RuleListingsTests
{
    public static TheoryData<string> ListingPaths() => new(RuleListings.All.Select(l => l.Path));

    [Theory, MemberData(nameof(ListingPaths))]
    public void The_committed_listing_is_what_the_descriptors_render(string path)
    {
        var listing = RuleListings.All.Single(l => l.Path == path);
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, path));

        var rendered = listing.Update(text, RuleCatalog.RealismRules(), RepoPaths.Root);

        Assert.True(
            rendered == text,
            $"{path} is not in step with the rules' descriptors: run `dotnet run --project src/RealismAnalyzers.AnalysisModes -- --listings .` and commit the result.");
    }

    [Fact]
    public void A_new_rule_gets_a_readme_row_from_its_descriptor_and_the_measured_cells_of_existing_rules_are_kept()
    {
        const string Readme = """
            | Id | Title | Category | Default | Precision | Fix |
            |---|---|---|---|---:|---|
            | [RA1001](docs/rules/RA1001.md) | Old title | Trivial tests | Warning | 25/31 (81%) | Make it explicit |

            After the table.
            """;

        var updated = RuleListings.UpdateReadme(Readme, [Rule("RA1001", "Test has no assertion", "RealismAnalyzers.Trivial", enabled: false), Rule("RA4009", "Test waits for a port", "RealismAnalyzers.Determinism")]);

        Assert.Contains("| [RA1001](docs/rules/RA1001.md) | Test has no assertion | Trivial tests | Off | 25/31 (81%) | Make it explicit |", updated, StringComparison.Ordinal);
        Assert.Contains("| [RA4009](docs/rules/RA4009.md) | Test waits for a port | Determinism | Warning | not measured | — |", updated, StringComparison.Ordinal);
        Assert.EndsWith("After the table.", updated, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_readme_lists_every_rule_and_names_the_ones_off_by_default()
    {
        const string Readme = """
            | Id | Title |
            |---|---|
            | RA1001 | Test has no assertion |

            Rules below the bar are off by default (RA1001); the others are on.
            """;

        var updated = RuleListings.UpdatePackageReadme(Readme, [Rule("RA1001", "Test has no assertion", "RealismAnalyzers.Trivial"), Rule("RA2001", "Too many test doubles", "RealismAnalyzers.Mocking", enabled: false), Rule("RA4001", "Test sleeps", "RealismAnalyzers.Determinism", enabled: false)]);

        Assert.Contains("| RA1001 | Test has no assertion |\n| RA2001 | Too many test doubles |\n| RA4001 | Test sleeps |\n", updated, StringComparison.Ordinal);
        Assert.Contains("off by default (RA2001, RA4001); the others are on.", updated, StringComparison.Ordinal);
    }

    [Fact]
    public void The_every_rule_config_turns_on_exactly_the_rules_off_by_default_at_their_descriptor_severity()
    {
        const string Config = "# header\nis_global = true\n\ndotnet_diagnostic.RA1001.severity = warning\n";

        var updated = RuleListings.UpdateEveryRuleConfig(Config, [Rule("RA1001", "a", "RealismAnalyzers.Trivial"), Rule("RA1007", "b", "RealismAnalyzers.Trivial", enabled: false, DiagnosticSeverity.Info), Rule("RA2001", "c", "RealismAnalyzers.Mocking", enabled: false)]);

        Assert.Equal("# header\nis_global = true\n\ndotnet_diagnostic.RA1007.severity = suggestion\ndotnet_diagnostic.RA2001.severity = warning\n", updated);
    }

    [Fact]
    public void Release_tracking_keeps_the_order_rules_were_added_puts_a_new_rule_last_and_leaves_out_shipped_ones()
    {
        const string Unshipped = """
            ### New Rules

            Rule ID | Category | Severity | Notes
            --------|----------|----------|-------
            RA3001 | RealismAnalyzers.FailurePaths | Warning | RA3001DependencyIsNeverMadeToFail
            RA1001 | RealismAnalyzers.Trivial | Disabled | RA1001TestHasNoAssertion
            """;
        const string Shipped = "RA1002 | RealismAnalyzers.Trivial | Warning | RA1002TestIsEmpty\n";

        var updated = RuleListings.UpdateUnshipped(
            Unshipped,
            [Rule("RA1001", "a", "RealismAnalyzers.Trivial", enabled: false), Rule("RA1002", "b", "RealismAnalyzers.Trivial"), Rule("RA2009", "c", "RealismAnalyzers.Mocking", enabled: true, DiagnosticSeverity.Info), Rule("RA3001", "d", "RealismAnalyzers.FailurePaths", enabled: false)],
            Shipped);

        Assert.EndsWith(
            """
            RA3001 | RealismAnalyzers.FailurePaths | Disabled | RA3001Analyzer
            RA1001 | RealismAnalyzers.Trivial | Disabled | RA1001Analyzer
            RA2009 | RealismAnalyzers.Mocking | Info | RA2009Analyzer
            """,
            updated,
            StringComparison.Ordinal);
        Assert.DoesNotContain("RA1002", updated, StringComparison.Ordinal);
    }

    private static RuleListings.RuleInfo Rule(string id, string title, string category, bool enabled = true, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        new(new DiagnosticDescriptor(id, title, title, category, severity, enabled), id + "Analyzer");
}
