using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers.Benchmarks;

/// <summary>The analyzer sets the benchmarks compare: ours (all, by reflection), an empty baseline, and xunit.analyzers.</summary>
public static class AnalyzerSets
{
    /// <summary>Every analyzer RealismAnalyzers ships, found by reflection so that new rules are measured without being listed.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Realism() =>
    [
        .. typeof(RealismAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    /// <summary>The analyzers a default install runs: those with a rule enabled by default (the IDE does not run the others).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> RealismAtDefaults() =>
        [.. Realism().Where(a => a.SupportedDiagnostics.Any(d => d.IsEnabledByDefault))];

    /// <summary>An analyzer that asks for every operation block and does nothing: what the driver costs before any rule runs.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> EmptyBaseline() => [new EmptyOperationBlockAnalyzer()];

    /// <summary>
    /// Do-nothing analyzers registered as RealismAnalyzers' rules are: <paramref name="blockAnalyzers"/> that ask for every operation
    /// block and <paramref name="invocationAnalyzers"/> that ask for every invocation. Their telemetry is the driver's own cost of
    /// calling that many analyzers: the floor under the rules' figures.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> EmptyFloor(int blockAnalyzers, int invocationAnalyzers) =>
    [
        .. Enumerable.Range(0, blockAnalyzers).Select(_ => (DiagnosticAnalyzer)new EmptyOperationBlockAnalyzer()),
        .. Enumerable.Range(0, invocationAnalyzers).Select(_ => (DiagnosticAnalyzer)new EmptyInvocationAnalyzer()),
    ];

    /// <summary>The analyzers of the xunit.analyzers package, loaded from its DLL in the NuGet cache.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Xunit()
    {
        var path = typeof(AnalyzerSets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "XunitAnalyzersPath").Value!;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("xunit.analyzers is not restored; run `dotnet restore` for the benchmarks project.", path);
        }

        var reference = new AnalyzerFileReference(path, new Loader());
        return reference.GetAnalyzers(LanguageNames.CSharp);
    }

    public static string XunitVersion() =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(
            typeof(AnalyzerSets).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "XunitAnalyzersPath").Value!)))))!;

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyOperationBlockAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_never = new("BASE0001", "Never reported", "Never reported", "Baseline", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [s_never];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationBlockAction(static _ => { });
        }
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyInvocationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor s_never = new("BASE0002", "Never reported", "Never reported", "Baseline", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [s_never];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
        }
    }
}
