using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.CodeFixes.Trivial
{
    /// <summary>RA1003: removes the assertion that cannot fail, when the test keeps another check that can (the analyzer says so).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA1003RemoveAssertionFix)), Shared]
    public sealed class RA1003RemoveAssertionFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA1003.RemoveAssertion";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA1003AssertionCannotFail.Id);

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
                // Removing the only check of a test would trade this finding for RA1001 (or RA1006): no fix then.
                if (!diagnostic.Properties.ContainsKey(DiagnosticProperties.CanRemove))
                {
                    continue;
                }

                var statement = StatementOf(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true));
                if (statement is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Remove the assertion that cannot fail",
                        ct => Task.FromResult(context.Document.WithSyntaxRoot(root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia)!)),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>The statement that is only this assertion (awaited or not), inside a block; null otherwise (e.g. an expression body).</summary>
        private static ExpressionStatementSyntax? StatementOf(SyntaxNode node)
        {
            var expression = node as ExpressionSyntax;
            if (expression?.Parent is AwaitExpressionSyntax awaited)
            {
                expression = awaited;
            }

            return expression?.Parent is ExpressionStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } statement && statement.Expression == expression
                ? statement
                : null;
        }
    }
}
