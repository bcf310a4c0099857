using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Corpus;

namespace RealismAnalyzers.Benchmarks;

/// <summary>A generated corpus ready to measure: per project, the parsed test trees and the resolved references (production emitted).</summary>
public sealed class CorpusWorkload
{
    private CorpusWorkload(CorpusSuite suite, ImmutableArray<(CorpusProject Project, ImmutableArray<SyntaxTree> Trees, ImmutableArray<MetadataReference> References)> projects)
    {
        Suite = suite;
        Projects = projects;
    }

    public CorpusSuite Suite { get; }

    public ImmutableArray<(CorpusProject Project, ImmutableArray<SyntaxTree> Trees, ImmutableArray<MetadataReference> References)> Projects { get; }

    /// <summary>
    /// Sequential compilation: measured times are the work of one core, comparable with the analyzers' summed execution time.
    /// Every rule is on, those off by default included, so the figures are the cost of all 25 rules (RealismAnalysisMode All).
    /// </summary>
    public static CSharpCompilationOptions Options { get; } = CorpusCompiler.CompilationOptions.WithConcurrentBuild(false)
        .WithSpecificDiagnosticOptions(
            AnalyzerSets.Realism()
                .SelectMany(a => a.SupportedDiagnostics)
                .Where(d => !d.IsEnabledByDefault)
                .Select(d => new KeyValuePair<string, ReportDiagnostic>(d.Id, ReportDiagnostic.Warn)));

    public static async Task<CorpusWorkload> CreateAsync(int tests, int seed = 42, IReadOnlyList<CorpusFramework>? frameworks = null)
    {
        var suite = CorpusGenerator.Generate(tests, seed, frameworks);
        var builder = ImmutableArray.CreateBuilder<(CorpusProject, ImmutableArray<SyntaxTree>, ImmutableArray<MetadataReference>)>();
        foreach (var project in suite.Projects)
        {
            var production = await CorpusCompiler.CompileProductionAsync(project);
            builder.Add((project, CorpusCompiler.Parse(project.TestFiles), [.. await CorpusCompiler.ReferencesAsync(project.Framework), production]));
        }

        return new CorpusWorkload(suite, builder.ToImmutable());
    }

    /// <summary>A fresh compilation of one project (no bound state shared with earlier measurements).</summary>
    public CSharpCompilation Compilation(int project) =>
        CSharpCompilation.Create(Projects[project].Project.Name + ".Tests", Projects[project].Trees, Projects[project].References, Options);

    /// <summary>Binds every method body and reports the compiler's diagnostics: what a build does before emitting.</summary>
    public static int Compile(Compilation compilation) => compilation.GetDiagnostics().Length;

    public static long Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        compilation.Emit(stream);
        return stream.Length;
    }

    /// <summary>How many analyzers of the last <see cref="AnalyzeAsync"/> registered actions on single operations (called per operation, not per method).</summary>
    public static int LastOperationActionAnalyzers { get; private set; }

    /// <summary>How long the garbage collector paused the process during the last <see cref="AnalyzeAsync"/> (compiler and analyzers together).</summary>
    public static TimeSpan LastGcPause { get; private set; }

    /// <summary>Compiles and runs <paramref name="analyzers"/> over a fresh compilation; returns all diagnostics, each analyzer's execution time, and the wall and process CPU time.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> Times, TimeSpan Wall, TimeSpan Cpu)> AnalyzeAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent = false)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        var pauses = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        // Analyzer diagnostics only (the driver still binds every method body); the per-analyzer telemetry is recorded on this path.
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var cpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        wall.Stop();
        LastGcPause = GC.GetTotalPauseDuration() - pauses;
        var times = ImmutableDictionary.CreateBuilder<DiagnosticAnalyzer, TimeSpan>();
        var operationAnalyzers = 0;
        foreach (var analyzer in analyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default);
            times[analyzer] = telemetry.ExecutionTime;
            operationAnalyzers += telemetry.OperationActionsCount > 0 ? 1 : 0;
        }

        LastOperationActionAnalyzers = operationAnalyzers;

        return (diagnostics, times.ToImmutable(), wall.Elapsed, cpuTime);
    }
}
