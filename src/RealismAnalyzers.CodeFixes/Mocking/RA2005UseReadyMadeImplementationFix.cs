using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RealismAnalyzers.CodeFixes.Mocking
{
    /// <summary>RA2005: an unverified logger double → <c>NullLogger&lt;T&gt;.Instance</c>; an options double → <c>Options.Create(...)</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA2005UseReadyMadeImplementationFix)), Shared]
    public sealed class RA2005UseReadyMadeImplementationFix : DoubleFixProvider
    {
        public const string EquivalenceKey = "RA2005.UseReadyMadeImplementation";

        public RA2005UseReadyMadeImplementationFix()
            : base(Descriptors.RA2005DoubleOfTypeWithRealFake, "Use the ready-made implementation", EquivalenceKey, needsReplacement: true)
        {
        }
    }
}
