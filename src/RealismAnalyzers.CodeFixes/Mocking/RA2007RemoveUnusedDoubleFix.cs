using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RealismAnalyzers.CodeFixes.Mocking
{
    /// <summary>RA2007: removes the unused double with its declaration and its setups.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA2007RemoveUnusedDoubleFix)), Shared]
    public sealed class RA2007RemoveUnusedDoubleFix : DoubleFixProvider
    {
        public const string EquivalenceKey = "RA2007.RemoveUnusedDouble";

        public RA2007RemoveUnusedDoubleFix()
            : base(Descriptors.RA2007UnusedTestDouble, "Remove the unused test double and its setups", EquivalenceKey, needsReplacement: false)
        {
        }
    }
}
