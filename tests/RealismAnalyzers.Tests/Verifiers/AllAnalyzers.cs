using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers.Tests.Verifiers;

/// <summary>Every analyzer the package ships, found by reflection so that a new rule is covered without being listed.</summary>
public static class AllAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
    [
        .. typeof(RealismAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    /// <summary>Runs every analyzer over <paramref name="compilation"/>; analyzer exceptions come back as AD0001 diagnostics.</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, AnalyzerOptions? options = null, bool concurrent = true, CancellationToken cancellationToken = default)
    {
        var analyzers = Create();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                options ?? new AnalyzerOptions([]),
                onAnalyzerException: null,
                concurrentAnalysis: concurrent,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));
        return await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
    }
}
