using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Corpus;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Robustness;

/// <summary>Shared pieces of the robustness tests: crash checks, a big-stack runner and the small generated corpus.</summary>
public static class Robust
{
    /// <summary>The corpus size the unit tests use: every framework, every shape, a few seconds to analyse.</summary>
    public const int SmallCorpusTests = 400;

    /// <summary>Half smells, so that a small corpus still holds every shape in every framework.</summary>
    public const double SmallCorpusSmellRatio = 0.5;

    public const int Seed = 20260;

    private static readonly Lazy<Task<ImmutableArray<(CorpusProject Project, CSharpCompilation Compilation)>>> s_smallCorpus = new(CompileSmallCorpusAsync);

    /// <summary>The small generated corpus, one compilation per framework, compiled once per test run.</summary>
    public static Task<ImmutableArray<(CorpusProject Project, CSharpCompilation Compilation)>> SmallCorpusAsync() => s_smallCorpus.Value;

    private static async Task<ImmutableArray<(CorpusProject, CSharpCompilation)>> CompileSmallCorpusAsync()
    {
        var corpus = CorpusGenerator.Generate(SmallCorpusTests, Seed, smellRatio: SmallCorpusSmellRatio);
        var builder = ImmutableArray.CreateBuilder<(CorpusProject, CSharpCompilation)>();
        foreach (var project in corpus.Projects)
        {
            builder.Add((project, await CorpusCompiler.CompileTestsAsync(project)));
        }

        return builder.ToImmutable();
    }

    /// <summary>Fails when an analyzer threw (AD0001), naming the analyzer, its exception and the input.</summary>
    public static void AssertNoAnalyzerCrashed(ImmutableArray<Diagnostic> diagnostics, string input)
    {
        var crashes = diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()).ToList();
        Assert.True(crashes.Count == 0, $"An analyzer threw on {input}:{Environment.NewLine}{string.Join(Environment.NewLine, crashes)}");
    }

    /// <summary>Every analyzer over <paramref name="compilation"/>, asserting that none threw.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AssertAnalyzersSurviveAsync(Compilation compilation, string input, bool concurrent = true)
    {
        var diagnostics = await AllAnalyzers.RunAsync(compilation, concurrent: concurrent);
        AssertNoAnalyzerCrashed(diagnostics, input);
        return diagnostics;
    }

    /// <summary>
    /// Analyses one document the way the IDE does on a keystroke (syntax and semantic diagnostics of <paramref name="tree"/> only,
    /// no compilation-end actions), asserting that no analyzer threw; exceptions are caught by the driver and collected here.
    /// </summary>
    public static async Task AssertDocumentAnalysisSurvivesAsync(Compilation compilation, SyntaxTree tree, string input)
    {
        var exceptions = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var analyzers = AllAnalyzers.Create();
        compilation = AllAnalyzers.EveryRuleOn(compilation, analyzers);
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([]),
                onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false));
        var syntax = await withAnalyzers.GetAnalyzerSyntaxDiagnosticsAsync(tree, CancellationToken.None);
        var semantic = await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None);

        AssertNoAnalyzerCrashed([.. syntax, .. semantic], input);
        Assert.True(exceptions.IsEmpty, $"An analyzer threw on {input}:{Environment.NewLine}{string.Join(Environment.NewLine, exceptions)}");
    }

    /// <summary>
    /// Runs <paramref name="work"/> to completion on a dedicated thread with a stack of <paramref name="stackBytes"/>:
    /// the compiler binds deeply nested code recursively, and the default 1.5 MB stack of a pool thread is not what an IDE or
    /// csc gives it. Everything inside runs on that thread (analysis is sequential there).
    /// </summary>
    public static Task<T> OnBigStackAsync<T>(Func<Task<T>> work, int stackBytes = 256 * 1024 * 1024)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(
            () =>
            {
                try
                {
                    completion.SetResult(RunToCompletionHere(work));
                }
                catch (Exception exception)
                {
                    completion.SetException(exception);
                }
            },
            stackBytes);
        thread.Start();
        return completion.Task;
    }

    // Not a test: a helper that drives an async pipeline synchronously so that its work stays on the big-stack thread.
    private static T RunToCompletionHere<T>(Func<Task<T>> work)
    {
        var previous = SynchronizationContext.Current;
        try
        {
            SynchronizationContext.SetSynchronizationContext(null);
            return work().GetAwaiter().GetResult();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>A one-line view of a diagnostic that is stable across runs: id, file, span and message.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.GetMessage()}";
    }
}
