using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.CodeFixes.Determinism
{
    /// <summary>
    /// RA4003: gives the random source a fixed seed (<c>new Random()</c> → <c>new Random(12345)</c>). A source used once in place
    /// (<c>Random.Shared.Next()</c>, <c>new Random().Next()</c>) becomes one seeded local of the member when the member draws from
    /// several such sources or draws in a loop or lambda: each replaced in place would restart the same sequence and return the same
    /// number every time, which would make the test degenerate.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA4003AddFixedSeedFix)), Shared]
    public sealed class RA4003AddFixedSeedFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA4003.AddFixedSeed";

        /// <summary>The seed the fix writes.</summary>
        public const int Seed = 12345;

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA4003TestUsesAnUnseededRandomSource.Id);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((fixAllContext, document, diagnostics) => FixAsync(document, diagnostics, fixAllContext.CancellationToken));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (Source(root, diagnostic) is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use a fixed seed (" + Seed + ")",
                        ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct)!,
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null)
            {
                return document;
            }

            var inPlace = new Dictionary<SyntaxNode, SyntaxNode>();
            var hoisted = new Dictionary<BlockSyntax, List<ExpressionSyntax>>();
            foreach (var diagnostic in diagnostics)
            {
                if (Source(root, diagnostic) is not { } source)
                {
                    continue;
                }

                if (IsOneShot(source) && EnclosingBody(source) is { } body)
                {
                    var oneShots = OneShotSources(body, semanticModel, cancellationToken);
                    if (oneShots.Count > 1 || IsRepeated(source, body))
                    {
                        hoisted[body] = oneShots;
                        continue;
                    }
                }

                if (Seeded(source) is { } replacement)
                {
                    inPlace[replacement.Target] = replacement.Replacement;
                }
            }

            // One seeded local per member body, replacing every one-shot source in it.
            var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
            foreach (var entry in hoisted)
            {
                var body = entry.Key;
                var sources = entry.Value;
                var name = FreeName(body, semanticModel);
                var newBody = body.ReplaceNodes(sources, (original, _) => SyntaxFactory.IdentifierName(name).WithTriviaFrom(original));
                newBody = newBody.WithStatements(newBody.Statements.Insert(0, SeededLocal(name, RandomType(sources[0]), body)));
                replacements[body] = newBody;
            }

            foreach (var entry in inPlace)
            {
                if (!entry.Key.Ancestors().Any(a => a is BlockSyntax block && hoisted.ContainsKey(block)))
                {
                    replacements[entry.Key] = entry.Value.WithTriviaFrom(entry.Key);
                }
            }

            return document.WithSyntaxRoot(root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]));
        }

        private static ExpressionSyntax? Source(SyntaxNode root, Diagnostic diagnostic)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            return node is ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax or MemberAccessExpressionSyntax
                ? (ExpressionSyntax)node
                : null;
        }

        /// <summary>A source drawn from in place and never stored: <c>Random.Shared.Next()</c>, <c>new Random().Next()</c>.</summary>
        private static bool IsOneShot(ExpressionSyntax source)
        {
            var outer = source.Parent;
            while (outer is ParenthesizedExpressionSyntax)
            {
                outer = outer.Parent;
            }

            return outer is MemberAccessExpressionSyntax { Expression: var receiver } && (receiver == source || receiver is ParenthesizedExpressionSyntax);
        }

        /// <summary>The block body of the member the source sits in (method, constructor, accessor), outside any lambda or local function.</summary>
        private static BlockSyntax? EnclosingBody(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case BaseMethodDeclarationSyntax method:
                        return method.Body;
                    case AccessorDeclarationSyntax accessor:
                        return accessor.Body;
                    case TypeDeclarationSyntax:
                        return null;
                }
            }

            return null;
        }

        /// <summary>True when the source runs more than once per run of the member: inside a loop, lambda or local function.</summary>
        private static bool IsRepeated(SyntaxNode source, BlockSyntax body)
        {
            foreach (var ancestor in source.Ancestors())
            {
                if (ancestor == body)
                {
                    return false;
                }

                if (ancestor is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax or
                    AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or QueryExpressionSyntax)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every unseeded one-shot source of <see cref="System.Random"/> in <paramref name="body"/>, in document order.</summary>
        private static List<ExpressionSyntax> OneShotSources(BlockSyntax body, SemanticModel semanticModel, CancellationToken cancellationToken)
        {
            var sources = new List<ExpressionSyntax>();
            foreach (var node in body.DescendantNodes())
            {
                switch (node)
                {
                    case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Shared" } shared when IsOneShot(shared) &&
                        semanticModel.GetSymbolInfo(shared, cancellationToken).Symbol is IPropertySymbol { IsStatic: true } property && IsRandom(property.ContainingType):
                        sources.Add(shared);
                        break;
                    case ObjectCreationExpressionSyntax creation when IsOneShot(creation) &&
                        semanticModel.GetTypeInfo(creation, cancellationToken).Type is { } type && IsRandom(type) &&
                        (creation.ArgumentList is null || creation.ArgumentList.Arguments.Count == 0 || IsVaryingSeed(creation, semanticModel, cancellationToken)):
                        sources.Add(creation);
                        break;
                }
            }

            return sources;
        }

        private static bool IsVaryingSeed(ObjectCreationExpressionSyntax creation, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            creation.ArgumentList is { Arguments.Count: 1 } arguments &&
            semanticModel.GetConstantValue(arguments.Arguments[0].Expression, cancellationToken) is { HasValue: false } &&
            arguments.Arguments[0].Expression.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>()
                .Any(m => m.Name.Identifier.ValueText is "Now" or "UtcNow" or "Ticks" or "TickCount" or "TickCount64" or "NewGuid" or "GetTimestamp");

        private static bool IsRandom(ITypeSymbol type) =>
            type.Name == "Random" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

        /// <summary>The type as the code names it: <c>Random</c>, <c>System.Random</c>.</summary>
        private static TypeSyntax RandomType(ExpressionSyntax source) => source switch
        {
            MemberAccessExpressionSyntax { Expression: var type } => SyntaxFactory.ParseTypeName(type.WithoutTrivia().ToString()),
            ObjectCreationExpressionSyntax creation => creation.Type.WithoutTrivia(),
            _ => SyntaxFactory.IdentifierName("Random"),
        };

        private static StatementSyntax SeededLocal(string name, TypeSyntax type, BlockSyntax body)
        {
            var endOfLine = body.OpenBraceToken.TrailingTrivia.FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var whitespace = body.Statements.Count > 0
                ? body.Statements[0].GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia))
                : default;
            var indentation = whitespace == default ? SyntaxFactory.TriviaList(SyntaxFactory.ElasticMarker) : SyntaxFactory.TriviaList(whitespace);
            return SyntaxFactory.ParseStatement("var " + name + " = new " + type.ToString() + "(" + Seed + ");")
                .WithLeadingTrivia(indentation)
                .WithTrailingTrivia(endOfLine == default ? SyntaxFactory.ElasticCarriageReturnLineFeed : endOfLine);
        }

        private static string FreeName(BlockSyntax body, SemanticModel semanticModel)
        {
            var position = body.OpenBraceToken.Span.End;
            var taken = new HashSet<string>(semanticModel.LookupSymbols(position).Select(s => s.Name));
            foreach (var declared in body.DescendantNodes())
            {
                switch (declared)
                {
                    case VariableDeclaratorSyntax variable:
                        taken.Add(variable.Identifier.ValueText);
                        break;
                    case ParameterSyntax parameter:
                        taken.Add(parameter.Identifier.ValueText);
                        break;
                    case SingleVariableDesignationSyntax designation:
                        taken.Add(designation.Identifier.ValueText);
                        break;
                    case LocalFunctionStatementSyntax function:
                        taken.Add(function.Identifier.ValueText);
                        break;
                }
            }

            var name = "random";
            for (var i = 2; taken.Contains(name); i++)
            {
                name = "random" + i;
            }

            return name;
        }

        private static ArgumentListSyntax SeedArguments() =>
            SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(Seed)))));

        private static (SyntaxNode Target, SyntaxNode Replacement)? Seeded(SyntaxNode node)
        {
            var seed = SeedArguments();
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
