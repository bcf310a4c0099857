using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace RealismAnalyzers.CodeFixes.Trivial
{
    /// <summary>RA1002: removes the empty test.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA1002RemoveEmptyTestFix)), Shared]
    public sealed class RA1002RemoveEmptyTestFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA1002.RemoveEmptyTest";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA1002TestIsEmpty.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var method = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>();
                if (method is null)
                {
                    continue;
                }

                var span = SpanToRemove(method);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the empty test",
                        async ct =>
                        {
                            var text = await context.Document.GetTextAsync(ct).ConfigureAwait(false);
                            return context.Document.WithText(text.WithChanges(new TextChange(span, string.Empty)));
                        },
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>
        /// The method with the blank line that separated it from its neighbours: its own leading blank line,
        /// or, for the first member of a type, the line break after the opening brace.
        /// </summary>
        private static TextSpan SpanToRemove(MethodDeclarationSyntax method)
        {
            if (method.Parent is TypeDeclarationSyntax type && type.Members.Count > 1 && type.Members[0] == method)
            {
                return TextSpan.FromBounds(type.OpenBraceToken.Span.End, method.FullSpan.End);
            }

            return method.FullSpan;
        }
    }
}
