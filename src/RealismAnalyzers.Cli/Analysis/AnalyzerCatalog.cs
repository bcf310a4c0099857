using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Analysis;

/// <summary>
/// Every analyzer of the RealismAnalyzers assembly, found by reflection: each non-abstract
/// <see cref="DiagnosticAnalyzer"/> with a public parameterless constructor. New rules are picked up without any change here.
/// </summary>
internal static class AnalyzerCatalog
{
    public static Assembly AnalyzerAssembly => typeof(RealismAnalyzer).Assembly;

    public static ImmutableArray<DiagnosticAnalyzer> CreateAnalyzers()
    {
        Type?[] types;
        try
        {
            types = AnalyzerAssembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }

        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var type in types.OfType<Type>().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (!type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            {
                analyzers.Add((DiagnosticAnalyzer)Activator.CreateInstance(type)!);
            }
        }

        return analyzers.ToImmutable();
    }

    /// <summary>The rules the analyzers report, one per id, ordered by id.</summary>
    public static IReadOnlyList<RuleInfo> Rules(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var rules = new SortedDictionary<string, RuleInfo>(StringComparer.Ordinal);
        foreach (var analyzer in analyzers)
        {
            foreach (var descriptor in analyzer.SupportedDiagnostics)
            {
                rules.TryAdd(descriptor.Id, new RuleInfo
                {
                    Id = descriptor.Id,
                    Title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Category = ScoreCategory.For(descriptor)?.Id ?? ScoreCategory.OtherId,
                    DefaultSeverity = SeverityName(descriptor.DefaultSeverity) ?? "hidden",
                    HelpUri = descriptor.HelpLinkUri,
                });
            }
        }

        return rules.Values.ToList();
    }

    /// <summary>The report's name of a severity; null for hidden (not reported).</summary>
    public static string? SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => Severities.Error,
        DiagnosticSeverity.Warning => Severities.Warning,
        DiagnosticSeverity.Info => Severities.Info,
        _ => null,
    };
}
