using System.Diagnostics;
using Microsoft.CodeAnalysis;
using RealismAnalyzers.Corpus;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Robustness;

/// <summary>
/// The generated corpus (the one the benchmarks measure, at a small size): it compiles, every analyzer runs over it
/// without throwing, concurrent analysis gives exactly what sequential analysis gives, and analysis stops promptly
/// when cancelled.
/// </summary>
public class GeneratedCorpusTests
{
    [Fact]
    public void The_generator_is_deterministic_for_a_seed_and_varies_with_it()
    {
        var first = CorpusGenerator.Generate(300, seed: 7);
        var again = CorpusGenerator.Generate(300, seed: 7);
        var other = CorpusGenerator.Generate(300, seed: 8);

        Assert.Equal(Texts(first), Texts(again));
        Assert.NotEqual(Texts(first), Texts(other));
        Assert.Equal(300, first.TestCount);
        Assert.Equal(CorpusGenerator.AllFrameworks, first.Projects.Select(p => p.Framework));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(1_001)]
    public void The_generator_writes_exactly_the_requested_number_of_tests(int tests)
    {
        var corpus = CorpusGenerator.Generate(tests, seed: 3);

        Assert.Equal(tests, corpus.TestCount);
        Assert.Equal(tests, corpus.Projects.Sum(p => p.ShapeCounts.Values.Sum()));
    }

    [Fact]
    public async Task The_small_corpus_compiles_and_holds_every_shape_in_every_framework()
    {
        var corpus = await Robust.SmallCorpusAsync();

        foreach (var (project, compilation) in corpus)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).ToList();
            Assert.True(errors.Count == 0, project.Name + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        var shapes = corpus.SelectMany(c => c.Project.ShapeCounts.Keys).ToHashSet();
        Assert.Equal(Enum.GetValues<TestShape>().Order(), shapes.Order());
    }

    [Fact]
    public async Task No_analyzer_throws_on_the_generated_corpus_and_the_plain_smells_are_found()
    {
        var corpus = await Robust.SmallCorpusAsync();
        Assert.NotEmpty(corpus);
        foreach (var (project, compilation) in corpus)
        {
            var diagnostics = await Robust.AssertAnalyzersSurviveAsync(compilation, "the generated corpus " + project.Name);

            // Every empty test is reported once, and every test without assertion at least once.
            Assert.Equal(project.ShapeCounts.GetValueOrDefault(TestShape.Empty), diagnostics.Count(d => d.Id == "RA1002"));
            Assert.InRange(diagnostics.Count(d => d.Id == "RA1001"), project.ShapeCounts.GetValueOrDefault(TestShape.NoAssertion), project.TestCount);
        }
    }

    [Fact]
    public async Task Concurrent_analysis_reports_exactly_what_sequential_analysis_reports_run_after_run()
    {
        var corpus = await Robust.SmallCorpusAsync();
        Assert.NotEmpty(corpus);
        foreach (var (_, compilation) in corpus)
        {
            // Clones start with empty caches: each run builds its own Model and semantic models, as a new build would.
            var sequential = await RunAsync(compilation.Clone(), concurrent: false);
            for (var run = 0; run < 2; run++)
            {
                var concurrent = await RunAsync(compilation.Clone(), concurrent: true);
                Assert.Equal(sequential, concurrent);
            }

            Assert.NotEmpty(sequential);
            Assert.DoesNotContain(sequential, d => d.StartsWith("AD0001", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Cancelling_the_analysis_of_a_large_corpus_stops_it_promptly()
    {
        var project = CorpusGenerator.GenerateProject(CorpusFramework.XUnit, 2_000, seed: Robust.Seed);
        var compilation = await CorpusCompiler.CompileTestsAsync(project);
        using var cancellation = new CancellationTokenSource();
        var sinceCancel = new Stopwatch();
        using var registration = cancellation.Token.Register(sinceCancel.Start);

        // Let the analysis get going (bind trees, build the Model), then cancel mid-way.
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(500));
        var analysis = AllAnalyzers.RunAsync(compilation, cancellationToken: cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => analysis);
        // Generous for a loaded 2-core machine; an analyzer loop that ignored the token would run on for the whole corpus.
        Assert.InRange(sinceCancel.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    private static async Task<List<string>> RunAsync(Compilation compilation, bool concurrent)
    {
        var diagnostics = await AllAnalyzers.RunAsync(compilation, concurrent: concurrent);
        return [.. diagnostics.Select(Robust.Format).Order(StringComparer.Ordinal)];
    }

    private static List<string> Texts(CorpusSuite corpus) =>
        [.. corpus.Projects.SelectMany(p => p.ProductionFiles.Concat(p.TestFiles)).Select(f => f.Path + "\n" + f.Text)];
}
