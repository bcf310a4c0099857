using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Corpus;

namespace RealismAnalyzers.Benchmarks;

/// <summary>
/// The figures of docs/performance.md: for each corpus size, compile time beside the analyzers' execution time (from the
/// analyzer telemetry, sequential so that both are the work of one core), per analyzer, beside xunit.analyzers on the
/// xUnit project; and the single-document (IDE) cost on a large test file. Each figure is the median of the runs.
/// </summary>
public static class Report
{
    /// <summary>JIT and reference loading, so that the first measured project does not pay them.</summary>
    public static async Task WarmUpAsync()
    {
        var warm = await CorpusWorkload.CreateAsync(100);
        for (var i = 0; i < warm.Projects.Length; i++)
        {
            CorpusWorkload.Compile(warm.Compilation(i));
            CorpusWorkload.Emit(warm.Compilation(i));
            await CorpusWorkload.AnalyzeAsync(warm.Compilation(i), AnalyzerSets.Realism());
            await CorpusWorkload.AnalyzeAsync(warm.Compilation(i), AnalyzerSets.EmptyBaseline());
            await CorpusWorkload.AnalyzeAsync(warm.Compilation(i), AnalyzerSets.Xunit());
        }
    }

    /// <param name="full">Also Emit and the empty-analyzer baseline (two more compilations a project: left out for the largest sizes).</param>
    public static async Task<string> CorpusAsync(int tests, int runs, bool full)
    {
        var output = new StringBuilder();
        var workload = await CorpusWorkload.CreateAsync(tests);
        var realism = AnalyzerSets.Realism();
        var xunit = AnalyzerSets.Xunit();
        var lines = workload.Projects.Sum(p => p.Project.TestLines);
        output.AppendLine(CultureInfo.InvariantCulture, $"### {tests:N0} tests ({workload.Projects.Length} projects, {lines:N0} lines of test code, {runs} run(s), median)");
        output.AppendLine();
        output.AppendLine("Compile = GetDiagnostics, process CPU time; Emit = wall time; analyzer figures = the driver's telemetry (time inside the analyzers' callbacks); " +
            "driver floor = as many do-nothing analyzers, registered as the rules are (one on every invocation for each rule with operation actions, one on every operation block for each other rule).");
        output.AppendLine();
        output.AppendLine("| Project | Tests | Compile ms | Emit ms | Empty analyzer ms | Driver floor ms | RealismAnalyzers ms | share of compile | share of Emit | RA diagnostics | xunit.analyzers ms |");
        output.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");

        var perAnalyzer = new Dictionary<string, double>(StringComparer.Ordinal);
        double totalFloor = 0, totalCompile = 0, totalEmit = 0, totalTelemetry = 0, xunitProjectTelemetry = 0, xunitTelemetry = 0;
        for (var i = 0; i < workload.Projects.Length; i++)
        {
            var project = workload.Projects[i].Project;
            var compile = Median(runs, () => CpuTime(() => CorpusWorkload.Compile(workload.Compilation(i))));
            var emit = full ? Median(runs, () => Time(() => CorpusWorkload.Emit(workload.Compilation(i)))) : double.NaN;
            var baseline = full ? Median(runs, () => CorpusWorkload.AnalyzeAsync(workload.Compilation(i), AnalyzerSets.EmptyBaseline()).GetAwaiter().GetResult().Times.Values.Sum(t => t.TotalMilliseconds)) : double.NaN;

            var realismRuns = new List<(double Cpu, double Telemetry, ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> Times, int Count)>();
            for (var r = 0; r < runs; r++)
            {
                GC.Collect();
                var (diagnostics, times, _, cpu) = await CorpusWorkload.AnalyzeAsync(workload.Compilation(i), realism);
                if (diagnostics.Any(d => d.Id == "AD0001"))
                {
                    throw new InvalidOperationException("An analyzer threw: " + diagnostics.First(d => d.Id == "AD0001").GetMessage(CultureInfo.InvariantCulture));
                }

                realismRuns.Add((cpu.TotalMilliseconds, times.Values.Sum(t => t.TotalMilliseconds), times, diagnostics.Count(d => d.Id.StartsWith("RA", StringComparison.Ordinal))));
                Console.Error.WriteLine($"  {project.Name}: the garbage collector paused the process {CorpusWorkload.LastGcPause.TotalMilliseconds:F0} ms during the analysis (compiler and analyzers)");
            }

            var median = realismRuns.OrderBy(r => r.Telemetry).ElementAt(runs / 2);
            var floorSet = (Blocks: realism.Length - CorpusWorkload.LastOperationActionAnalyzers, Operations: CorpusWorkload.LastOperationActionAnalyzers);
            var floor = full ? Median(runs, () => CorpusWorkload.AnalyzeAsync(workload.Compilation(i), AnalyzerSets.EmptyFloor(floorSet.Blocks, floorSet.Operations)).GetAwaiter().GetResult().Times.Values.Sum(t => t.TotalMilliseconds)) : double.NaN;
            totalFloor += full ? floor : 0;
            foreach (var (analyzer, time) in median.Times)
            {
                perAnalyzer[analyzer.GetType().Name] = perAnalyzer.GetValueOrDefault(analyzer.GetType().Name) + time.TotalMilliseconds;
            }

            string xunitTelemetryText = "—";
            if (project.Framework == CorpusFramework.XUnit)
            {
                var xunitRuns = new List<(double Cpu, double Telemetry)>();
                for (var r = 0; r < runs; r++)
                {
                    GC.Collect();
                    var result = await CorpusWorkload.AnalyzeAsync(workload.Compilation(i), xunit);
                    xunitRuns.Add((result.Cpu.TotalMilliseconds, result.Times.Values.Sum(t => t.TotalMilliseconds)));
                }

                xunitTelemetry = xunitRuns.Select(r => r.Telemetry).Order().ElementAt(runs / 2);
                xunitProjectTelemetry = median.Telemetry;
                xunitTelemetryText = Ms(xunitTelemetry);
            }

            totalCompile += compile;
            totalEmit += emit;
            totalTelemetry += median.Telemetry;
            output.AppendLine(CultureInfo.InvariantCulture,
                $"| {project.Name} | {project.TestCount:N0} | {compile:F0} | {Ms(emit)} | {Ms(baseline)} | {Ms(floor)} | {median.Telemetry:F0} | {median.Telemetry / compile:P1} | {Pct(median.Telemetry / emit)} | {median.Count:N0} | {xunitTelemetryText} |");
        }

        output.AppendLine(CultureInfo.InvariantCulture,
            $"| **total** | {workload.Suite.TestCount:N0} | {totalCompile:F0} | {Ms(totalEmit)} | | {(full ? Ms(totalFloor) : "—")} | {totalTelemetry:F0} | {totalTelemetry / totalCompile:P1} | {Pct(totalTelemetry / totalEmit)} | | |");
        output.AppendLine();
        output.AppendLine(CultureInfo.InvariantCulture,
            $"On the xUnit project: RealismAnalyzers {xunitProjectTelemetry:F0} ms, xunit.analyzers {AnalyzerSets.XunitVersion()} {xunitTelemetry:F0} ms (ratio {xunitProjectTelemetry / xunitTelemetry:F2}). " +
            $"RealismAnalyzers per test: {totalTelemetry * 1000 / workload.Suite.TestCount:F1} µs (telemetry); compile per test: {totalCompile * 1000 / workload.Suite.TestCount:F1} µs (CPU).");
        output.AppendLine();
        output.AppendLine("| Analyzer | telemetry ms (all projects) | µs per test |");
        output.AppendLine("|---|---:|---:|");
        foreach (var (name, ms) in perAnalyzer.OrderByDescending(p => p.Value))
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {ms:F0} | {ms * 1000 / workload.Suite.TestCount:F1} |");
        }

        output.AppendLine();
        return output.ToString();
    }

    public static async Task<string> AblateAsync(int tests, string without, int runs)
    {
        var output = new StringBuilder();
        var workload = await CorpusWorkload.CreateAsync(tests);
        output.AppendLine(CultureInfo.InvariantCulture, $"| Project | no rule (empty analyzer) CPU ms | every rule CPU ms | every rule but {without} CPU ms |");
        output.AppendLine("|---|---:|---:|---:|");
        for (var i = 0; i < workload.Projects.Length; i++)
        {
            double Cpu(Func<ImmutableArray<DiagnosticAnalyzer>> analyzers) =>
                Median(runs, () => CorpusWorkload.AnalyzeAsync(workload.Compilation(i), analyzers()).GetAwaiter().GetResult().Cpu.TotalMilliseconds);

            var empty = Cpu(AnalyzerSets.EmptyBaseline);
            var all = Cpu(AnalyzerSets.Realism);
            var allBut = Cpu(() => [.. AnalyzerSets.Realism().Where(a => !a.GetType().Name.StartsWith(without, StringComparison.Ordinal))]);
            output.AppendLine(CultureInfo.InvariantCulture, $"| {workload.Projects[i].Project.Name} | {empty:F0} | {all:F0} | {allBut:F0} |");
        }

        return output.ToString();
    }

    /// <summary>
    /// One large test file (<paramref name="tests"/> tests, about ten lines each) edited and re-analysed as the IDE does: after each
    /// keystroke a new compilation, then the semantic diagnostics of the edited method (span) and of the whole document.
    /// </summary>
    public static async Task<string> LargeFileAsync(int tests, int runs)
    {
        var output = new StringBuilder();
        var perAnalyzer = new StringBuilder();
        output.AppendLine("| Framework | Lines | Compiler: method span ms | Compiler + analyzers: method span ms | Compiler: whole document ms | Compiler + analyzers: whole document ms | Analyzers (telemetry), whole document ms | Rules on by default only (telemetry), whole document ms |");
        output.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var framework in CorpusGenerator.AllFrameworks)
        {
            var project = CorpusGenerator.GenerateSingleFile(framework, tests);
            var production = await CorpusCompiler.CompileProductionAsync(project);
            var references = (await CorpusCompiler.ReferencesAsync(framework)).Add(production);
            var text = project.TestFiles[0].Text;
            var keystroke = 0;

            (CSharpCompilation Compilation, SyntaxTree Tree, Microsoft.CodeAnalysis.Text.TextSpan Span) Edit()
            {
                // A keystroke in the middle of the file: a new tree, a new compilation, nothing bound yet.
                var tree = CSharpSyntaxTree.ParseText(text + "// keystroke " + keystroke++ + "\n", CorpusCompiler.ParseOptions, project.TestFiles[0].Path);
                var compilation = CSharpCompilation.Create(project.Name + ".Tests", [tree], references, CorpusWorkload.Options);
                var methods = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>().ToList();
                return (compilation, tree, methods[methods.Count / 2].Span);
            }

            var compilerSpan = Median(runs, () => { var (c, t, s) = Edit(); return Time(() => c.GetSemanticModel(t).GetDiagnostics(s).Length); });
            var compilerDocument = Median(runs, () => { var (c, t, _) = Edit(); return Time(() => c.GetSemanticModel(t).GetDiagnostics().Length); });
            var analyzersSpan = Median(runs, () =>
            {
                var (c, t, s) = Edit();
                var withAnalyzers = c.WithAnalyzers(AnalyzerSets.Realism(), new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                return Time(() => withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(c.GetSemanticModel(t), s, default).GetAwaiter().GetResult().Length);
            });
            var telemetry = new List<double>();
            var byAnalyzer = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var analyzersDocument = Median(runs, () =>
            {
                var (c, t, _) = Edit();
                var analyzers = AnalyzerSets.Realism();
                var withAnalyzers = c.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                var ms = Time(() => withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(c.GetSemanticModel(t), null, default).GetAwaiter().GetResult().Length);
                var total = 0.0;
                foreach (var analyzer in analyzers)
                {
                    var each = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                    total += each;
                    var name = analyzer.GetType().Name;
                    (byAnalyzer.TryGetValue(name, out var list) ? list : byAnalyzer[name] = []).Add(each);
                }

                telemetry.Add(total);
                return ms;
            });
            telemetry.Sort();
            var atDefaults = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var (c, t, _) = Edit();
                var analyzers = AnalyzerSets.RealismAtDefaults();
                var withAnalyzers = c.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
                GC.KeepAlive(withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(c.GetSemanticModel(t), null, default).GetAwaiter().GetResult());
                atDefaults.Add(analyzers.Sum(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, default).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds));
            }

            atDefaults.Sort();
            perAnalyzer.Append(CultureInfo.InvariantCulture, $"{framework}, whole document, median ms per analyzer (the ones that ran): ");
            perAnalyzer.AppendLine(string.Join(", ", byAnalyzer
                .Select(pair => (pair.Key, Ms: pair.Value.Order().ElementAt(pair.Value.Count / 2)))
                .Where(pair => pair.Ms > 0)
                .OrderByDescending(pair => pair.Ms)
                .Select(pair => $"{pair.Key.Substring(0, Math.Min(6, pair.Key.Length))} {pair.Ms:F1}")));
            output.AppendLine(CultureInfo.InvariantCulture,
                $"| {framework} | {text.Count(c => c == '\n'):N0} | {compilerSpan:F1} | {analyzersSpan:F1} | {compilerDocument:F0} | {analyzersDocument:F0} | {telemetry[telemetry.Count / 2]:F1} | {atDefaults[atDefaults.Count / 2]:F1} |");
        }

        return output.AppendLine().Append(perAnalyzer).ToString();
    }

    private static string Pct(double share) => double.IsNaN(share) ? "—" : share.ToString("P1", CultureInfo.InvariantCulture);

    private static string Ms(double ms) => double.IsNaN(ms) ? "—" : ms.ToString("F0", CultureInfo.InvariantCulture);

    private static double CpuTime<T>(Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        GC.KeepAlive(work());
        return (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds;
    }

    private static double Time<T>(Func<T> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(work());
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(int runs, Func<double> measure)
    {
        var values = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            values.Add(measure());
        }

        values.Sort();
        return values[runs / 2];
    }
}
