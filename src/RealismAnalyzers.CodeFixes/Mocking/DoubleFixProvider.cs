using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RealismAnalyzers.CodeFixes.Mocking
{
    /// <summary>
    /// The code fixes of the double rules (RA2003, RA2005, RA2007): each offers one edit that <see cref="DoubleFixEngine"/> builds
    /// from the plan its analyzer stored in the diagnostic, and shares <see cref="DoubleFixAllProvider"/> for Fix All.
    /// </summary>
    public abstract class DoubleFixProvider : CodeFixProvider
    {
        private protected DoubleFixProvider(DiagnosticDescriptor descriptor, string title, string equivalenceKey, bool needsReplacement)
        {
            FixableDiagnosticIds = ImmutableArray.Create(descriptor.Id);
            Title = title;
            Key = equivalenceKey;
            NeedsReplacement = needsReplacement;
        }

        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        private string Title { get; }

        private string Key { get; }

        /// <summary>The fix needs the replacement the analyzer planned (a real instance, a ready-made fake); removal needs none.</summary>
        private bool NeedsReplacement { get; }

        public sealed override FixAllProvider GetFixAllProvider() => DoubleFixAllProvider.Instance;

        public sealed override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            DoubleFixEngine.Register(context, Title, Key, NeedsReplacement);
            return Task.CompletedTask;
        }
    }
}
