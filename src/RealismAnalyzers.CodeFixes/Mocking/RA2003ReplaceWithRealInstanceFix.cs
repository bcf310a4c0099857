using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RealismAnalyzers.CodeFixes.Mocking
{
    /// <summary>RA2003: replaces a double of a data type with a real instance (<c>new T()</c>, <c>new List&lt;T&gt;()</c>, <c>Array.Empty&lt;T&gt;()</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA2003ReplaceWithRealInstanceFix)), Shared]
    public sealed class RA2003ReplaceWithRealInstanceFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA2003.ReplaceWithRealInstance";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA2003DoubleOfDataType.Id);

        public override FixAllProvider GetFixAllProvider() => DoubleFixAllProvider.Instance;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            DoubleFixEngine.Register(context, "Use a real instance", EquivalenceKey, needsReplacement: true);
            return Task.CompletedTask;
        }
    }
}
