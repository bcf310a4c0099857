using Microsoft.CodeAnalysis;

namespace RealismAnalyzers
{
    /// <summary>The rule families; the category of a descriptor and of the report's scorecard.</summary>
    internal static class Categories
    {
        public const string Trivial = "RealismAnalyzers.Trivial";
        public const string Mocking = "RealismAnalyzers.Mocking";
        public const string FailurePaths = "RealismAnalyzers.FailurePaths";
        public const string Determinism = "RealismAnalyzers.Determinism";
    }

    /// <summary>
    /// Every diagnostic the package reports, in one catalog. Each family adds its descriptors in a
    /// partial file (<c>Descriptors.RA1xxx.cs</c>, …) through <see cref="Create"/>, which stamps the help link.
    /// </summary>
    internal static partial class Descriptors
    {
        /// <summary>The rule pages, under the project's home (the MSBuild property RealismRepositoryUrl, through <see cref="RepositoryInfo"/>).</summary>
        public const string HelpLinkBase = RepositoryInfo.Url + "/blob/main/docs/rules/";

        private static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity severity,
            string description,
            bool isEnabledByDefault = true,
            params string[] customTags)
        {
#pragma warning disable RS0030 // The one place descriptors are constructed.
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                severity,
                isEnabledByDefault,
                description,
                HelpLinkBase + id + ".md",
                customTags);
#pragma warning restore RS0030
        }
    }
}
