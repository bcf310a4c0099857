using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RealismAnalyzers.CodeFixes.Mocking
{
    /// <summary>RA2005: an unverified logger double → <c>NullLogger&lt;T&gt;.Instance</c>; an options double → <c>Options.Create(...)</c>.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA2005UseReadyMadeImplementationFix)), Shared]
    public sealed class RA2005UseReadyMadeImplementationFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA2005.UseReadyMadeImplementation";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA2005DoubleOfTypeWithRealFake.Id);

        public override FixAllProvider GetFixAllProvider() => DoubleFixAllProvider.Instance;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            DoubleFixEngine.Register(context, "Use the ready-made implementation", EquivalenceKey, needsReplacement: true);
            return Task.CompletedTask;
        }
    }
}
