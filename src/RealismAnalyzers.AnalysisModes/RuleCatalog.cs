using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers.AnalysisModes;

/// <summary>Every descriptor the analyzer assembly's analyzers support, found by reflection as the IDE and the compiler find them.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors(Assembly analyzerAssembly)
    {
        var descriptors = new List<DiagnosticDescriptor>();
        foreach (var type in analyzerAssembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (!type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            {
                var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
                descriptors.AddRange(analyzer.SupportedDiagnostics);
            }
        }

        return descriptors.DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The descriptors of the RealismAnalyzers assembly this program was built with.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Realism() => Descriptors(typeof(RealismAnalyzer).Assembly);
}
