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
using Microsoft.CodeAnalysis.Formatting;

namespace RealismAnalyzers.CodeFixes.FailurePaths
{
    /// <summary>
    /// RA3003: removes <c>[ExpectedException(typeof(T))]</c> and asserts the exception around the test's last statement with the
    /// framework's idiom (xUnit/NUnit/TUnit <c>Assert.Throws&lt;T&gt;</c>, MSTest <c>Assert.ThrowsExactly&lt;T&gt;</c> or
    /// <c>ThrowsException&lt;T&gt;</c>, FluentAssertions <c>FluentActions.Invoking(...).Should().Throw&lt;T&gt;()</c>); awaited calls get the async form.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA3003MoveExpectedExceptionOntoLastStatementFix)), Shared]
    public sealed class RA3003MoveExpectedExceptionOntoLastStatementFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA3003.AssertThrowsOnLastStatement";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA3003ExceptionExpectedThroughAttribute.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                var attribute = root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>();
                var method = attribute?.FirstAncestorOrSelf<MethodDeclarationSyntax>();
                if (attribute is null || method is null || ExceptionTypeOf(attribute) is null || FindAct(method, out _, out _) is null)
                {
                    continue;
                }

                diagnostic.Properties.TryGetValue(DiagnosticProperties.Framework, out var framework);
                if (ThrowsAssertionWriter.Choose(framework, unit) is not { } style)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Assert the exception on the last statement",
                        ct => ApplyAsync(context.Document, attribute, method, style, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static TypeSyntax? ExceptionTypeOf(AttributeSyntax attribute)
        {
            if (attribute.ArgumentList is null)
            {
                return null;
            }

            foreach (var argument in attribute.ArgumentList.Arguments)
            {
                if (argument.Expression is TypeOfExpressionSyntax typeOf)
                {
                    return typeOf.Type;
                }
            }

            return null;
        }

        // MSTest's AllowDerivedTypes = true widens the expectation; otherwise the attribute expects the exact type.
        private static bool IsExact(AttributeSyntax attribute)
        {
            foreach (var argument in attribute.ArgumentList!.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == "AllowDerivedTypes" && argument.Expression.IsKind(SyntaxKind.TrueLiteralExpression))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The expression the last statement runs (without <c>await</c>), and the node to replace; null when the shape is not one the fix rewrites.</summary>
        private static ExpressionSyntax? FindAct(MethodDeclarationSyntax method, out SyntaxNode? replaced, out bool isAsync)
        {
            replaced = null;
            isAsync = false;
            ExpressionSyntax? expression;
            if (method.ExpressionBody is { } arrow)
            {
                replaced = arrow;
                expression = arrow.Expression;
            }
            else if (method.Body is { Statements.Count: > 0 } body)
            {
                var last = body.Statements[body.Statements.Count - 1];
                replaced = last;
                expression = last switch
                {
                    ExpressionStatementSyntax statement => statement.Expression,
                    LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables, UsingKeyword.RawKind: 0 } => variables[0].Initializer?.Value,
                    _ => null,
                };
            }
            else
            {
                return null;
            }

            if (expression is AwaitExpressionSyntax awaited)
            {
                isAsync = true;
                expression = awaited.Expression;
            }

            return expression;
        }

        private static async Task<Document> ApplyAsync(Document document, AttributeSyntax attribute, MethodDeclarationSyntax method, ThrowsStyle style, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var exceptionType = ExceptionTypeOf(attribute);
            var act = FindAct(method, out var replaced, out var isAsync);
            if (root is null || semanticModel is null || exceptionType is null || act is null || replaced is null)
            {
                return document;
            }

            var statement = ThrowsAssertionWriter.Write(style, semanticModel, method.SpanStart, exceptionType.ToString(), act, isAsync, IsExact(attribute), variable: null);
            var tracked = method.TrackNodes(attribute, replaced);
            if (replaced is ArrowExpressionClauseSyntax)
            {
                tracked = tracked
                    .WithExpressionBody(null)
                    .WithSemicolonToken(default)
                    .WithBody(SyntaxFactory.Block(statement.WithAdditionalAnnotations(Formatter.Annotation)).WithAdditionalAnnotations(Formatter.Annotation));
                tracked = tracked.WithParameterList(tracked.ParameterList.WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed));
            }
            else
            {
                var current = tracked.GetCurrentNode(replaced)!;
                tracked = tracked.ReplaceNode(current, statement.WithTriviaFrom(current).WithAdditionalAnnotations(Formatter.Annotation));
            }

            tracked = RemoveAttribute(tracked, tracked.GetCurrentNode(attribute)!);
            return document.WithSyntaxRoot(root.ReplaceNode(method, tracked.WithAdditionalAnnotations(Formatter.Annotation)));
        }

        private static MethodDeclarationSyntax RemoveAttribute(MethodDeclarationSyntax method, AttributeSyntax attribute)
        {
            if (attribute.Parent is not AttributeListSyntax list)
            {
                return method;
            }

            if (list.Attributes.Count > 1)
            {
                return method.ReplaceNode(list, list.WithAttributes(list.Attributes.Remove(attribute)));
            }

            var isFirst = method.AttributeLists.FirstOrDefault() == list;
            var leading = list.GetLeadingTrivia();
            var removed = method.RemoveNode(list, SyntaxRemoveOptions.KeepNoTrivia)!;
            return isFirst ? removed.WithLeadingTrivia(leading) : removed;
        }
    }
}
