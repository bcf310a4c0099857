using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RealismAnalyzers.AnalysisModes;
using RealismAnalyzers.Cli.Analysis;

namespace RealismAnalyzers.Cli.Tests;

/// <summary>
/// <c>--mode</c>: which rules the report runs, as the package's <c>RealismAnalysisMode</c> sets them, below whatever the project
/// configures itself.
/// </summary>
public sealed class ModeTests
{
    private static readonly Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer[] s_analyzers = [.. AnalyzerCatalog.CreateAnalyzers()];

    private static DiagnosticDescriptor Descriptor(string id) => s_analyzers.SelectMany(a => a.SupportedDiagnostics).First(d => d.Id == id);

    private static CSharpCompilation Compilation(params (string Id, ReportDiagnostic Option)[] configured) =>
        CSharpCompilation.Create(
            "Shop.Tests",
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithSpecificDiagnosticOptions(configured.Select(c => new KeyValuePair<string, ReportDiagnostic>(c.Id, c.Option))));

    private static ReportDiagnostic? Option(Compilation compilation, string id) =>
        compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var option) ? option : null;

    [Fact]
    public void The_default_mode_leaves_the_descriptors_defaults()
    {
        var compilation = Compilation();

        var moded = SuiteAnalyzer.WithMode(compilation, AnalysisMode.Default, [.. s_analyzers]);

        Assert.Same(compilation, moded);
    }

    [Fact]
    public void Recommended_turns_the_rules_off_by_default_on_as_suggestions_and_keeps_the_others()
    {
        var moded = SuiteAnalyzer.WithMode(Compilation(), AnalysisMode.Recommended, [.. s_analyzers]);

        var off = s_analyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => !d.IsEnabledByDefault).Select(d => d.Id).Distinct().ToList();
        Assert.NotEmpty(off);
        Assert.All(off, id => Assert.Equal(ReportDiagnostic.Info, Option(moded, id)));
        Assert.Equal(ReportDiagnostic.Warn, Option(moded, "RA3004"));
        Assert.Equal(Descriptor("RA1003").DefaultSeverity == DiagnosticSeverity.Info ? ReportDiagnostic.Info : ReportDiagnostic.Warn, Option(moded, "RA1003"));
    }

    [Fact]
    public void All_turns_every_rule_into_a_warning_but_a_rule_the_project_configures_keeps_its_setting()
    {
        var moded = SuiteAnalyzer.WithMode(Compilation(("RA4003", ReportDiagnostic.Suppress)), AnalysisMode.All, [.. s_analyzers]);

        Assert.Equal(ReportDiagnostic.Warn, Option(moded, "RA1001"));
        Assert.Equal(ReportDiagnostic.Warn, Option(moded, "RA1003"));
        Assert.Equal(ReportDiagnostic.Suppress, Option(moded, "RA4003"));
    }

    [Theory]
    [InlineData("Default", AnalysisMode.Default)]
    [InlineData("recommended", AnalysisMode.Recommended)]
    [InlineData("ALL", AnalysisMode.All)]
    public void The_mode_is_read_in_any_case(string value, AnalysisMode mode) => Assert.Equal(mode, CliApp.ParseMode(value));

    [Fact]
    public async Task An_unknown_mode_is_a_usage_error_that_names_the_modes()
    {
        var (exitCode, _, error) = await TestEnvironment.RunAsync(false, "analyze", ".", "--mode", "strict");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("default, recommended, all", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fixtures_turn_on_the_same_rules_as_the_samples()
    {
        static IEnumerable<string> Settings(string path) => File.ReadAllLines(path).Where(l => l.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal));

        Assert.Equal(
            Settings(Path.Combine(TestEnvironment.RepositoryRoot, "tests", "samples", "realism-every-rule.globalconfig")),
            Settings(Path.Combine(TestEnvironment.RepositoryRoot, "tests", "RealismAnalyzers.Cli.Tests", "Fixtures", "realism-every-rule.globalconfig")));
    }
}
