using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.AnalysisModes;

/// <summary>The values of the <c>RealismAnalysisMode</c> MSBuild property.</summary>
public enum AnalysisMode
{
    /// <summary>Every RealismAnalyzers rule off.</summary>
    None,

    /// <summary>Each rule as its descriptor says: its default severity, off when it is not enabled by default.</summary>
    Default,

    /// <summary>Default, plus every rule that is off (or hidden) by default turned on as a suggestion.</summary>
    Recommended,

    /// <summary>Every rule on as a build warning (a rule that is an error by default stays an error).</summary>
    All,
}

/// <summary>What each mode makes of a rule, decided from its descriptor alone.</summary>
public static class AnalysisModeRules
{
    /// <summary>The property's name, as users write it in a project or Directory.Build.props.</summary>
    public const string PropertyName = "RealismAnalysisMode";

    /// <summary>
    /// The <c>global_level</c> of the shipped files: below the default of a user's own .globalconfig (100), so any
    /// <c>dotnet_diagnostic.RAnnnn.severity</c> a user sets wins; an .editorconfig wins over any global config anyway.
    /// </summary>
    public const int GlobalLevel = -100;

    /// <summary>The modes that ship a .globalconfig; Default needs none: it is what the descriptors already say.</summary>
    public static IReadOnlyList<AnalysisMode> ModesWithAConfig { get; } = [AnalysisMode.None, AnalysisMode.Recommended, AnalysisMode.All];

    /// <summary>The .editorconfig severity (<c>none</c>, <c>silent</c>, <c>suggestion</c>, <c>warning</c>, <c>error</c>) of a rule in a mode.</summary>
    public static string Severity(DiagnosticDescriptor descriptor, AnalysisMode mode)
    {
        var byDefault = descriptor.IsEnabledByDefault ? Name(descriptor.DefaultSeverity) : "none";
        return mode switch
        {
            AnalysisMode.None => "none",
            AnalysisMode.Default => byDefault,
            AnalysisMode.Recommended => byDefault is "none" or "silent" ? "suggestion" : byDefault,
            AnalysisMode.All => byDefault == "error" ? "error" : "warning",
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };
    }

    /// <summary>The file name of a mode's config in the package (<c>build/realism-recommended.globalconfig</c>).</summary>
    public static string FileName(AnalysisMode mode) => $"realism-{mode.ToString().ToLowerInvariant()}.globalconfig";

    /// <summary>The text of a mode's .globalconfig: one severity per rule, ordered by id.</summary>
    public static string Render(AnalysisMode mode, IEnumerable<DiagnosticDescriptor> descriptors)
    {
        var text = new System.Text.StringBuilder();
        text.Append("# RealismAnalyzers, ").Append(PropertyName).Append(" = ").Append(mode).Append('\n');
        text.Append("# Generated from the rules' descriptors when the package is packed: do not edit.\n");
        text.Append("# Your own .editorconfig and .globalconfig severities win over these (global_level ").Append(GlobalLevel).Append(").\n");
        text.Append("is_global = true\n");
        text.Append("global_level = ").Append(GlobalLevel).Append('\n');
        foreach (var descriptor in descriptors.DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append('\n');
            text.Append("# ").Append(descriptor.Id).Append(": ").Append(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            text.Append("dotnet_diagnostic.").Append(descriptor.Id).Append(".severity = ").Append(Severity(descriptor, mode)).Append('\n');
        }

        return text.ToString();
    }

    private static string Name(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };
}
