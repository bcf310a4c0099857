using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Corpus;

namespace RealismAnalyzers.Benchmarks;

/// <summary>
/// One heavy operation per invocation (a whole compilation), so few iterations: 1 launch, 1 warm-up, 3 measured iterations,
/// one invocation each. On a shared 2-core machine BenchmarkDotNet's defaults (dozens of iterations) would take hours.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("FewIterations"))
        .AddColumn(StatisticColumn.Min, StatisticColumn.Median)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}

/// <summary>
/// Whole-corpus costs on the xUnit project of the generated corpus (the project xunit.analyzers can analyse too), each on a
/// fresh compilation: compile alone, and compile plus each analyzer set (the difference is the analyzers' cost).
/// </summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private CorpusWorkload _workload = null!;
    private ImmutableArray<DiagnosticAnalyzer> _realism;
    private ImmutableArray<DiagnosticAnalyzer> _xunit;
    private ImmutableArray<DiagnosticAnalyzer> _empty;

    public static IEnumerable<int> Sizes() =>
        (Environment.GetEnvironmentVariable("REALISM_BENCH_SIZES") ?? "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>Test methods in the xUnit project.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Tests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = CorpusWorkload.CreateAsync(Tests, frameworks: [CorpusFramework.XUnit]).GetAwaiter().GetResult();
        _realism = AnalyzerSets.Realism();
        _xunit = AnalyzerSets.Xunit();
        _empty = AnalyzerSets.EmptyBaseline();
    }

    [Benchmark(Baseline = true)]
    public int Compile() => CorpusWorkload.Compile(_workload.Compilation(0));

    [Benchmark]
    public int CompileWithEmptyAnalyzer() => Analyze(_empty);

    [Benchmark]
    public int CompileWithRealismAnalyzers() => Analyze(_realism);

    [Benchmark]
    public int CompileWithXunitAnalyzers() => Analyze(_xunit);

    private int Analyze(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var compilation = _workload.Compilation(0);
        // As a build runs them: compiler diagnostics and analyzers over one compilation.
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
        return withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }
}

/// <summary>The IDE's per-keystroke work on one large test file: semantic diagnostics of one method span and of the whole document.</summary>
public class LargeFileBenchmarks
{
    private CorpusProject _project = null!;
    private ImmutableArray<MetadataReference> _references;
    private ImmutableArray<DiagnosticAnalyzer> _realism;
    private int _keystroke;

    [Params(200)]
    public int Tests { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _project = CorpusGenerator.GenerateSingleFile(CorpusFramework.XUnit, Tests);
        var production = CorpusCompiler.CompileProductionAsync(_project).GetAwaiter().GetResult();
        _references = CorpusCompiler.ReferencesAsync(CorpusFramework.XUnit).GetAwaiter().GetResult().Add(production);
        _realism = AnalyzerSets.Realism();
    }

    [Benchmark(Baseline = true)]
    public int CompilerOnly_Document()
    {
        var (compilation, tree, _) = Edit();
        return compilation.GetSemanticModel(tree).GetDiagnostics().Length;
    }

    [Benchmark]
    public int WithAnalyzers_Document()
    {
        var (compilation, tree, _) = Edit();
        return compilation.WithAnalyzers(_realism).GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, default).GetAwaiter().GetResult().Length;
    }

    [Benchmark]
    public int WithAnalyzers_MethodSpan()
    {
        var (compilation, tree, span) = Edit();
        return compilation.WithAnalyzers(_realism).GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), span, default).GetAwaiter().GetResult().Length;
    }

    private (Compilation, SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan) Edit()
    {
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(_project.TestFiles[0].Text + "// keystroke " + _keystroke++ + "\n", CorpusCompiler.ParseOptions, _project.TestFiles[0].Path);
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("LargeFile", [tree], _references, CorpusWorkload.Options);
        var methods = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().ToList();
        return (compilation, tree, methods[methods.Count / 2].Span);
    }
}
