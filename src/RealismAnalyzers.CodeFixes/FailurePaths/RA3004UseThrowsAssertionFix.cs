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
using Microsoft.CodeAnalysis.Formatting;
using RealismAnalyzers.Rules.FailurePaths;

namespace RealismAnalyzers.CodeFixes.FailurePaths
{
    /// <summary>
    /// RA3004: rewrites <c>try { arrange; act; Assert.Fail(); } catch (X ex) { asserts on ex }</c> as
    /// <c>arrange; var ex = Assert.Throws&lt;X&gt;(() => act); asserts on ex</c> in the framework's idiom (or FluentAssertions'
    /// when the file uses it), awaited for awaited calls. A sealed exception type is asserted exactly; otherwise the form that
    /// also accepts derived types keeps the catch clause's meaning (xUnit <c>ThrowsAny</c>, NUnit <c>Catch</c>, MSTest <c>Throws</c>).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA3004UseThrowsAssertionFix)), Shared]
    public sealed class RA3004UseThrowsAssertionFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA3004.UseThrowsAssertion";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA3004ExceptionCheckedWithTryCatch.Id);

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
                if (!diagnostic.Properties.TryGetValue(RA3004ExceptionCheckedWithTryCatch.PatternProperty, out var pattern) ||
                    pattern != RA3004ExceptionCheckedWithTryCatch.FailGuarded)
                {
                    continue;
                }

                var tryStatement = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent as TryStatementSyntax;
                if (tryStatement is null || !TryReadPattern(tryStatement, out _))
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
                        "Assert the exception with Throws",
                        ct => ApplyAsync(context.Document, tryStatement, style, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private readonly struct Pattern
        {
            public Pattern(IReadOnlyList<StatementSyntax> arrange, ExpressionSyntax? act, IReadOnlyList<StatementSyntax> body, bool isAsync, CatchClauseSyntax catchClause, string? variable)
            {
                Arrange = arrange;
                Act = act;
                Body = body;
                IsAsync = isAsync;
                Catch = catchClause;
                Variable = variable;
            }

            public IReadOnlyList<StatementSyntax> Arrange { get; }

            /// <summary>The one expression the assertion runs, or null when it runs <see cref="Body"/>.</summary>
            public ExpressionSyntax? Act { get; }

            /// <summary>The statements of the try before its failure, that may throw (one when <see cref="Act"/> is set).</summary>
            public IReadOnlyList<StatementSyntax> Body { get; }

            public bool IsAsync { get; }

            public CatchClauseSyntax Catch { get; }

            /// <summary>The exception variable, when the catch block uses it.</summary>
            public string? Variable { get; }
        }

        /// <summary>The shapes the fix rewrites: one typed catch without filter, no finally, a block parent, statements before the fail.</summary>
        private static bool TryReadPattern(TryStatementSyntax tryStatement, out Pattern pattern)
        {
            pattern = default;
            if (tryStatement.Finally is not null || tryStatement.Catches.Count != 1 || tryStatement.Parent is not BlockSyntax ||
                tryStatement.Block.Statements.Count < 2)
            {
                return false;
            }

            var catchClause = tryStatement.Catches[0];
            if (catchClause.Declaration is null || catchClause.Filter is not null || ChangesControlFlow(catchClause.Block))
            {
                return false;
            }

            var statements = tryStatement.Block.Statements;

            // Every statement before the failure may throw the expected exception, so all of them go inside the assertion, but
            // for leading declarations of constants and lambdas, which cannot throw and read better before it.
            var firstAct = 0;
            while (firstAct < statements.Count - 2 && CannotThrow(statements[firstAct]))
            {
                firstAct++;
            }

            var body = new List<StatementSyntax>();
            for (var i = firstAct; i < statements.Count - 1; i++)
            {
                body.Add(statements[i]);
            }

            ExpressionSyntax? act = null;
            bool isAsync;
            if (body.Count == 1)
            {
                act = body[0] switch
                {
                    ExpressionStatementSyntax statement => statement.Expression,
                    LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables, UsingKeyword.RawKind: 0 } => variables[0].Initializer?.Value,
                    _ => null,
                };
                isAsync = act is AwaitExpressionSyntax;
                if (act is AwaitExpressionSyntax awaited)
                {
                    act = awaited.Expression;
                }

                if (act is null)
                {
                    return false;
                }
            }
            else
            {
                // A block lambda cannot hold what changes the test's own control flow, nor a using declaration whose scope would shrink.
                if (body.Any(b => ChangesControlFlow(b) || b is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 } || b is LocalFunctionStatementSyntax))
                {
                    return false;
                }

                isAsync = body.Any(b => b.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax && n is not LocalFunctionStatementSyntax)
                    .Any(n => n is AwaitExpressionSyntax));
            }

            string? variable = null;
            var identifier = catchClause.Declaration.Identifier;
            if (!identifier.IsKind(SyntaxKind.None) && UsesIdentifier(catchClause.Block, identifier.ValueText))
            {
                variable = identifier.ValueText;

                // The variable moves to the enclosing block: another declaration of the name would clash.
                var method = (SyntaxNode?)tryStatement.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? tryStatement.Parent;
                if (DeclaresElsewhere(method!, catchClause, variable))
                {
                    return false;
                }
            }

            var arrange = new List<StatementSyntax>();
            for (var i = 0; i < firstAct; i++)
            {
                arrange.Add(statements[i]);
            }

            pattern = new Pattern(arrange, act, body, isAsync, catchClause, variable);
            return true;
        }

        /// <summary>A local declaration whose every value is a literal, a <c>nameof</c> or a lambda: running it cannot throw.</summary>
        private static bool CannotThrow(StatementSyntax statement) =>
            statement is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: 0 } declaration &&
            declaration.Declaration.Variables.All(v => v.Initializer?.Value is LiteralExpressionSyntax or AnonymousFunctionExpressionSyntax
                or InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } });

        private static bool ChangesControlFlow(SyntaxNode block) =>
            block.DescendantNodesAndSelf(n => n is not AnonymousFunctionExpressionSyntax && n is not LocalFunctionStatementSyntax)
                .Any(n => n is ReturnStatementSyntax || n is BreakStatementSyntax || n is ContinueStatementSyntax || n is GotoStatementSyntax ||
                    n is ThrowStatementSyntax || n is YieldStatementSyntax);

        private static bool UsesIdentifier(SyntaxNode node, string name) =>
            node.DescendantNodes().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == name);

        private static bool DeclaresElsewhere(SyntaxNode scope, CatchClauseSyntax catchClause, string name)
        {
            foreach (var node in scope.DescendantNodes())
            {
                if (catchClause.Span.Contains(node.Span))
                {
                    continue;
                }

                var declared = node switch
                {
                    VariableDeclaratorSyntax declarator => declarator.Identifier,
                    CatchDeclarationSyntax declaration => declaration.Identifier,
                    SingleVariableDesignationSyntax designation => designation.Identifier,
                    ParameterSyntax parameter => parameter.Identifier,
                    ForEachStatementSyntax forEach => forEach.Identifier,
                    _ => default,
                };
                if (declared.ValueText == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static async Task<Document> ApplyAsync(Document document, TryStatementSyntax tryStatement, ThrowsStyle style, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || semanticModel is null || !TryReadPattern(tryStatement, out var pattern))
            {
                return document;
            }

            var exceptionType = pattern.Catch.Declaration!.Type;
            var exact = semanticModel.GetTypeInfo(exceptionType, cancellationToken).Type is { IsSealed: true };
            var assertion = pattern.Act is { } act
                ? ThrowsAssertionWriter.Write(style, semanticModel, tryStatement.SpanStart, exceptionType.WithoutTrivia().ToString(), act, pattern.IsAsync, exact, pattern.Variable)
                : ThrowsAssertionWriter.Write(style, semanticModel, tryStatement.SpanStart, exceptionType.WithoutTrivia().ToString(), pattern.Body, pattern.IsAsync, exact, pattern.Variable);

            var replacement = new List<StatementSyntax>();
            foreach (var statement in pattern.Arrange)
            {
                replacement.Add(statement.WithAdditionalAnnotations(Formatter.Annotation));
            }

            replacement.Add(assertion.WithLeadingTrivia(SyntaxFactory.ElasticMarker).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed).WithAdditionalAnnotations(Formatter.Annotation));
            foreach (var statement in pattern.Catch.Block.Statements)
            {
                replacement.Add(statement.WithAdditionalAnnotations(Formatter.Annotation));
            }

            replacement[0] = replacement[0].WithLeadingTrivia(tryStatement.GetLeadingTrivia());
            var last = replacement.Count - 1;
            replacement[last] = replacement[last].WithTrailingTrivia(tryStatement.GetTrailingTrivia());
            return document.WithSyntaxRoot(root.ReplaceNode(tryStatement, replacement));
        }
    }
}
