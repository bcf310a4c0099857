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

    /// <summary>
    /// Runs every analyzer over <paramref name="compilation"/> with every rule on (<see cref="EveryRuleOn"/>), as the samples and
    /// the robustness tests need; analyzer exceptions come back as AD0001 diagnostics.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, AnalyzerOptions? options = null, bool concurrent = true, CancellationToken cancellationToken = default)
    {
        var analyzers = Create();
        compilation = EveryRuleOn(compilation, analyzers);
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

    /// <summary>
    /// <paramref name="compilation"/> with every rule of <paramref name="analyzers"/> on: a rule off by default at its descriptor's
    /// severity (as <c>RealismAnalysisMode</c> All or a user's <c>dotnet_diagnostic</c> setting turns it on), unless the compilation
    /// configures it itself. Without this the driver would not even run an analyzer whose rules are all off.
    /// </summary>
    public static Compilation EveryRuleOn(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var specific = compilation.Options.SpecificDiagnosticOptions;
        foreach (var descriptor in analyzers.SelectMany(a => a.SupportedDiagnostics).Where(d => !d.IsEnabledByDefault && !specific.ContainsKey(d.Id)))
        {
            specific = specific.SetItem(descriptor.Id, descriptor.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => ReportDiagnostic.Error,
                DiagnosticSeverity.Warning => ReportDiagnostic.Warn,
                DiagnosticSeverity.Info => ReportDiagnostic.Info,
                _ => ReportDiagnostic.Hidden,
            });
        }

        return compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(specific));
    }
}
