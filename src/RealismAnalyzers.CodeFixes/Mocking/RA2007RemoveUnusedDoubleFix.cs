using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RealismAnalyzers.CodeFixes.Mocking
{
    /// <summary>RA2007: removes the unused double with its declaration and its setups.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA2007RemoveUnusedDoubleFix)), Shared]
    public sealed class RA2007RemoveUnusedDoubleFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA2007.RemoveUnusedDouble";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA2007UnusedTestDouble.Id);

        public override FixAllProvider GetFixAllProvider() => DoubleFixAllProvider.Instance;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            DoubleFixEngine.Register(context, "Remove the unused test double and its setups", EquivalenceKey, needsReplacement: false);
            return Task.CompletedTask;
        }
    }
}
