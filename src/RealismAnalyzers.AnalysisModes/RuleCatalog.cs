using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers.AnalysisModes;

/// <summary>Every descriptor the analyzer assembly's analyzers support, found by reflection as the IDE and the compiler find them.</summary>
public static class RuleCatalog
{
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors(Assembly analyzerAssembly) =>
        Rules(analyzerAssembly).Select(r => r.Descriptor).ToList();

    /// <summary>Each rule of the analyzer assembly with the name of the analyzer that reports it, ordered by id.</summary>
    public static IReadOnlyList<RuleListings.RuleInfo> Rules(Assembly analyzerAssembly)
    {
        var rules = new Dictionary<string, RuleListings.RuleInfo>(StringComparer.Ordinal);
        foreach (var type in analyzerAssembly.GetTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (!type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            {
                foreach (var descriptor in ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics)
                {
                    rules.TryAdd(descriptor.Id, new RuleListings.RuleInfo(descriptor, type.Name));
                }
            }
        }

        return rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The descriptors of the RealismAnalyzers assembly this program was built with.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> Realism() => Descriptors(typeof(RealismAnalyzer).Assembly);

    /// <summary>The rules of the RealismAnalyzers assembly this program was built with.</summary>
    public static IReadOnlyList<RuleListings.RuleInfo> RealismRules() => Rules(typeof(RealismAnalyzer).Assembly);
}
