using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers.Rules.FailurePaths
{
    /// <summary>Reads the integer thresholds of the failure-path rules from <c>.editorconfig</c> / <c>.globalconfig</c>.</summary>
    internal static class FailurePathOptions
    {
        public const string RA3001MinTests = "realism.RA3001.min_tests";
        public const string RA3005MinTests = "realism.RA3005.min_tests";
        public const string RA3006MinRows = "realism.RA3006.min_rows";

        /// <summary>The value for <paramref name="tree"/> (an <c>.editorconfig</c> section), else the global config, else <paramref name="fallback"/>.</summary>
        public static int GetInt(AnalyzerOptions options, SyntaxTree? tree, string key, int fallback)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            string? text = null;
            if (tree is not null)
            {
                provider.GetOptions(tree).TryGetValue(key, out text);
            }

            if (text is null)
            {
                provider.GlobalOptions.TryGetValue(key, out text);
            }

            return text is not null && int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1
                ? value
                : fallback;
        }

        /// <summary>Orders locations by file path, then position: "first in source order", independent of analysis order.</summary>
        public static bool IsBefore(Location candidate, Location current)
        {
            var compare = string.CompareOrdinal(candidate.SourceTree?.FilePath, current.SourceTree?.FilePath);
            return compare < 0 || (compare == 0 && candidate.SourceSpan.Start < current.SourceSpan.Start);
        }
    }
}
