using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.CodeFixes.Determinism
{
    /// <summary>RA4003: gives the random source a fixed seed (<c>new Random()</c> → <c>new Random(12345)</c>, <c>Random.Shared</c> → <c>new Random(12345)</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA4003AddFixedSeedFix)), Shared]
    public sealed class RA4003AddFixedSeedFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA4003.AddFixedSeed";

        /// <summary>The seed the fix writes.</summary>
        public const int Seed = 12345;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA4003TestUsesAnUnseededRandomSource.Id);

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
                var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                var replacement = Seeded(node);
                if (replacement is null)
                {
                    continue;
                }

                var target = replacement.Value.Target;
                var seeded = replacement.Value.Replacement;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use a fixed seed (" + Seed + ")",
                        ct => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(target, seeded.WithTriviaFrom(target)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static (SyntaxNode Target, SyntaxNode Replacement)? Seeded(SyntaxNode node)
        {
            var seed = SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(Seed)))));
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            switch (node)
            {
                case ObjectCreationExpressionSyntax creation:
                    return (creation, creation.WithArgumentList(seed.WithTriviaFrom(creation.ArgumentList ?? seed)));
                case ImplicitObjectCreationExpressionSyntax implicitCreation:
                    return (implicitCreation, implicitCreation.WithArgumentList(seed.WithTriviaFrom(implicitCreation.ArgumentList)));
                case MemberAccessExpressionSyntax { Expression: var randomType }:
                    // Random.Shared → new Random(12345), naming the type as the code did.
                    var typeSyntax = SyntaxFactory.ParseTypeName(randomType.WithoutTrivia().ToString());
                    return (node, SyntaxFactory.ObjectCreationExpression(
                        SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space), typeSyntax, seed, initializer: null));
            }

            return null;
        }
    }
}
