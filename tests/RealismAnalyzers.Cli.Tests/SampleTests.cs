using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Tests;

/// <summary>
/// The README's main job, <c>realism analyze tests/samples</c>, end to end on the bundled sample suites (restored in place).
/// </summary>
[Collection(WorkspaceCollection.Name)]
public sealed class SampleTests
{
    // ==================================================================================================
    // EXPECTED SCORES OF tests/samples — the one place to update when rules or samples change.
    // Run `dotnet run --project src/RealismAnalyzers.Cli -- analyze tests/samples --format json` and copy
    // the numbers: overall.tests / emptyTests / score, and per category (id, score, findings, weighted).
    // A category without rules yet has score null.
    // ==================================================================================================
    private const int SampleTestProjects = 3;
    private const int SampleTestCount = 65;
    private const int SampleEmptyTests = 4;
    private static readonly double? SampleOverallScore = 8.2;

    private static readonly (string Id, double? Score, int Findings, double Weighted)[] s_sampleCategories =
    [
        ("trivial", 7, 19, 18),
        ("over-mocking", 8.1, 12, 11.5),
        ("failure-paths", 8, 14, 12),
        ("determinism", 9.5, 4, 3),
    ];

    // ==================================================================================================

    [Fact]
    public async Task The_sample_suites_score_exactly_as_pinned()
    {
        var report = await SampleReportAsync();

        Assert.Equal(SampleTestProjects, report.TestProjects);
        Assert.Equal(SampleTestCount, report.Overall.Tests);
        Assert.Equal(SampleEmptyTests, report.Overall.EmptyTests);
        Assert.Equal(s_sampleCategories, report.Overall.Categories.Select(c => (c.Id, c.Score, c.Findings, c.WeightedFindings)));
        Assert.Equal(SampleOverallScore, report.Overall.Score);
        Assert.Empty(report.Failures);
    }

    [Fact]
    public async Task The_sample_findings_are_the_pinned_diagnostics_of_the_golden_file()
    {
        var report = await SampleReportAsync();
        var golden = File.ReadAllLines(Path.Combine(TestEnvironment.RepositoryRoot, "tests", "samples", "expected-diagnostics.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(golden, report.Findings.Select(f => $"{f.File}:{f.Line}: {f.RuleId}").Order(StringComparer.Ordinal));
    }

    // Analysed once (restoring the samples in place), shared by both tests; the collection keeps loads sequential.
    private static readonly Lazy<Task<Report>> s_sampleReport =
        new(() => TestEnvironment.AnalyzeAsync(Path.Combine(TestEnvironment.RepositoryRoot, "tests", "samples")));

    private static Task<Report> SampleReportAsync() => s_sampleReport.Value;
}
