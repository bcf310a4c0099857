using Microsoft.CodeAnalysis;
using RealismAnalyzers.AnalysisModes;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Packaging;

/// <summary>What each analysis mode makes of a rule, decided from its descriptor alone, and the .globalconfig it writes.</summary>
public sealed class AnalysisModeRulesTests
{
    [Theory]
    //          default severity,               enabled, None,   Default,      Recommended,  All
    [InlineData(DiagnosticSeverity.Warning, true, "none", "warning", "warning", "warning")]
    [InlineData(DiagnosticSeverity.Info, true, "none", "suggestion", "suggestion", "warning")]
    [InlineData(DiagnosticSeverity.Error, true, "none", "error", "error", "error")]
    [InlineData(DiagnosticSeverity.Hidden, true, "none", "silent", "suggestion", "warning")]
    [InlineData(DiagnosticSeverity.Warning, false, "none", "none", "suggestion", "warning")]
    [InlineData(DiagnosticSeverity.Info, false, "none", "none", "suggestion", "warning")]
    public void Each_mode_sets_a_rule_from_its_default_severity_and_whether_it_is_on_by_default(
        DiagnosticSeverity severity, bool enabled, string none, string byDefault, string recommended, string all)
    {
        var descriptor = Descriptor("RA9001", severity, enabled);

        Assert.Equal(none, AnalysisModeRules.Severity(descriptor, AnalysisMode.None));
        Assert.Equal(byDefault, AnalysisModeRules.Severity(descriptor, AnalysisMode.Default));
        Assert.Equal(recommended, AnalysisModeRules.Severity(descriptor, AnalysisMode.Recommended));
        Assert.Equal(all, AnalysisModeRules.Severity(descriptor, AnalysisMode.All));
    }

    [Fact]
    public void A_config_is_global_below_a_users_own_level_and_sets_every_rule_once()
    {
        var descriptors = new[]
        {
            Descriptor("RA9002", DiagnosticSeverity.Info, true),
            Descriptor("RA9001", DiagnosticSeverity.Warning, false),
            Descriptor("RA9001", DiagnosticSeverity.Warning, false),
        };

        var lines = AnalysisModeRules.Render(AnalysisMode.Recommended, descriptors).Split('\n');

        Assert.Contains("is_global = true", lines);
        var level = int.Parse(Assert.Single(lines, l => l.StartsWith("global_level = ", StringComparison.Ordinal))["global_level = ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(level < 100, "a user's .globalconfig has global_level 100 by default and must win");
        Assert.Equal(
            ["dotnet_diagnostic.RA9001.severity = suggestion", "dotnet_diagnostic.RA9002.severity = suggestion"],
            lines.Where(l => l.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_catalog_finds_every_rule_the_analyzers_report()
    {
        var expected = AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(expected, RuleCatalog.Realism().Select(d => d.Id));
    }

    [Fact]
    public void Default_ships_no_config_the_other_modes_one_each()
    {
        Assert.Equal([AnalysisMode.None, AnalysisMode.Recommended, AnalysisMode.All], AnalysisModeRules.ModesWithAConfig);
        Assert.Equal("realism-recommended.globalconfig", AnalysisModeRules.FileName(AnalysisMode.Recommended));
    }

    private static DiagnosticDescriptor Descriptor(string id, DiagnosticSeverity severity, bool enabled) =>
        new(id, "A rule", "A message", "Test", severity, enabled);
}
