using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>"First in source order" for rules that report once per symbol from many places.</summary>
    internal static class SourceOrder
    {
        /// <summary>Orders locations by file path, then position: "first in source order", independent of analysis order.</summary>
        public static bool IsBefore(Location candidate, Location current)
        {
            var compare = string.CompareOrdinal(candidate.SourceTree?.FilePath, current.SourceTree?.FilePath);
            return compare < 0 || (compare == 0 && candidate.SourceSpan.Start < current.SourceSpan.Start);
        }
    }
}
