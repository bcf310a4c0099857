using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RealismAnalyzers.CodeFixes.Mocking
{
    /// <summary>RA2003: replaces a double of a data type with a real instance (<c>new T()</c>, <c>new List&lt;T&gt;()</c>, <c>Array.Empty&lt;T&gt;()</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA2003ReplaceWithRealInstanceFix)), Shared]
    public sealed class RA2003ReplaceWithRealInstanceFix : DoubleFixProvider
    {
        public const string EquivalenceKey = "RA2003.ReplaceWithRealInstance";

        public RA2003ReplaceWithRealInstanceFix()
            : base(Descriptors.RA2003DoubleOfDataType, "Use a real instance", EquivalenceKey, needsReplacement: true)
        {
        }
    }
}
