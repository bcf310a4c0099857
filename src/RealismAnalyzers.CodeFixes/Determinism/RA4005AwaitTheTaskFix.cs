using System.Collections.Generic;
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
    /// <summary>
    /// RA4005: awaits the task instead of blocking on it (<c>var x = t.Result;</c> → <c>var x = await t;</c>,
    /// <c>t.Wait();</c> → <c>await t;</c>, <c>t.GetAwaiter().GetResult()</c> → <c>await t</c>) and makes the test <c>async Task</c>.
    /// Offered only where <c>await</c> is possible: directly in the test's body (not a lambda, local function or <c>lock</c>),
    /// in a test that is already async or returns <c>void</c> or a plain value.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA4005AwaitTheTaskFix)), Shared]
    public sealed class RA4005AwaitTheTaskFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA4005.AwaitTheTask";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA4005TestBlocksOnATask.Id);

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
                if (Find(root, diagnostic) is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Await the task and make the test async",
                        ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct)!,
                        EquivalenceKey),
                    diagnostic);
            }
        }

        /// <summary>The blocking expression, its awaited task and its test method, when the fix can rewrite it.</summary>
        private static (ExpressionSyntax Blocking, ExpressionSyntax Task, MethodDeclarationSyntax Method)? Find(SyntaxNode root, Diagnostic diagnostic)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is ArgumentSyntax argument)
            {
                node = argument.Expression;
            }

            ExpressionSyntax? task = node switch
            {
                // t.Result
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } result => result.Expression,

                // t.Wait(); as a statement (with arguments it returns whether the wait timed out)
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" } wait, ArgumentList.Arguments.Count: 0, Parent: ExpressionStatementSyntax } => wait.Expression,

                // t.GetAwaiter().GetResult()
                InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax
                    {
                        Name.Identifier.ValueText: "GetResult",
                        Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" } getAwaiter, ArgumentList.Arguments.Count: 0 },
                    },
                    ArgumentList.Arguments.Count: 0,
                } => getAwaiter.Expression,
                _ => null,
            };
            if (task is null || node is not ExpressionSyntax blocking)
            {
                return null;
            }

            // The await must land in the test method's own body.
            for (var ancestor = node.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                switch (ancestor)
                {
                    case AnonymousFunctionExpressionSyntax:
                    case LocalFunctionStatementSyntax:
                    case LockStatementSyntax:
                    case QueryExpressionSyntax:
                        return null;
                    case MethodDeclarationSyntax method:
                        return CanBeAsync(method) ? (blocking, task, method) : null;
                    case MemberDeclarationSyntax:
                        return null;
                }
            }

            return null;
        }

        private static bool CanBeAsync(MethodDeclarationSyntax method)
        {
            if (method.Modifiers.Any(SyntaxKind.AsyncKeyword))
            {
                return true;
            }

            if (method.Modifiers.Any(SyntaxKind.UnsafeKeyword) || (method.Body is null && method.ExpressionBody is null))
            {
                return false;
            }

            foreach (var parameter in method.ParameterList.Parameters)
            {
                foreach (var modifier in parameter.Modifiers)
                {
                    if (modifier.IsKind(SyntaxKind.RefKeyword) || modifier.IsKind(SyntaxKind.OutKeyword) || modifier.IsKind(SyntaxKind.InKeyword))
                    {
                        return false;
                    }
                }
            }

            // void becomes Task, a plain value T becomes Task<T>; a method already returning a task would need its returns rewritten.
            return method.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword } || !LooksLikeTask(method.ReturnType);
        }

        private static bool LooksLikeTask(TypeSyntax type)
        {
            var name = type switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };
            return name is "Task" or "ValueTask" or "IAsyncEnumerable" or "IEnumerable" or "IEnumerator";
        }

        private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit)
            {
                return document;
            }

            var blockingExpressions = new HashSet<ExpressionSyntax>();
            var methods = new List<MethodDeclarationSyntax>();
            foreach (var diagnostic in diagnostics)
            {
                if (Find(unit, diagnostic) is { } found && blockingExpressions.Add(found.Blocking))
                {
                    if (!methods.Contains(found.Method))
                    {
                        methods.Add(found.Method);
                    }
                }
            }

            if (methods.Count == 0)
            {
                return document;
            }

            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var fixedUnit = unit.ReplaceNodes(methods, (original, _) =>
            {
                // Rewrite the blocking expressions of this method (innermost first, so `a.Result.B.Result` nests correctly).
                var blocking = new List<ExpressionSyntax>();
                foreach (var expression in blockingExpressions)
                {
                    if (original.Span.Contains(expression.Span))
                    {
                        blocking.Add(expression);
                    }
                }

                var rewritten = original.ReplaceNodes(blocking, (old, current) => Await(old, current));
                return MakeAsync(rewritten);
            });

            return document.WithSyntaxRoot(TaskTypes.EnsureTaskNameable(fixedUnit, semanticModel, methods[0].SpanStart, cancellationToken));
        }

        /// <summary><paramref name="current"/> (the blocking expression, inner ones already rewritten) as an await of its task.</summary>
        private static ExpressionSyntax Await(ExpressionSyntax original, ExpressionSyntax current)
        {
            // Inner rewrites keep the shape of the blocking expression, so the task is found at the same place.
            var task = TaskOf(current) ?? TaskOf(original)!;
            ExpressionSyntax awaited = SyntaxFactory.AwaitExpression(
                SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                task.WithoutTrivia());
            if (NeedsParentheses(original))
            {
                awaited = SyntaxFactory.ParenthesizedExpression(awaited);
            }

            return awaited.WithTriviaFrom(current);
        }

        private static ExpressionSyntax? TaskOf(ExpressionSyntax blocking) => blocking switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } result => result.Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Wait" } wait } => wait.Expression,
            InvocationExpressionSyntax
            {
                Expression: MemberAccessExpressionSyntax
                {
                    Name.Identifier.ValueText: "GetResult",
                    Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetAwaiter" } getAwaiter },
                },
            } => getAwaiter.Expression,
            _ => null,
        };

        private static bool NeedsParentheses(ExpressionSyntax original) => original.Parent switch
        {
            ArgumentSyntax or EqualsValueClauseSyntax or ExpressionStatementSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax
                or InterpolationSyntax or ParenthesizedExpressionSyntax or InitializerExpressionSyntax => false,
            AssignmentExpressionSyntax assignment => assignment.Left == original,
            _ => true,
        };

        private static MethodDeclarationSyntax MakeAsync(MethodDeclarationSyntax method)
        {
            if (method.Modifiers.Any(SyntaxKind.AsyncKeyword))
            {
                return method;
            }

            if (method.ReturnType is not PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword })
            {
                // A test returning its result (NUnit ExpectedResult, TUnit) returns it as Task<T>.
                var returnType = method.ReturnType;
                method = method.WithReturnType(
                    SyntaxFactory.GenericName(SyntaxFactory.Identifier("Task"), SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList(returnType.WithoutTrivia())))
                        .WithTriviaFrom(returnType));
                var asyncKeyword = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
                return method.Modifiers.Count == 0
                    ? method.WithModifiers(SyntaxFactory.TokenList(asyncKeyword.WithLeadingTrivia(method.ReturnType.GetLeadingTrivia())))
                        .WithReturnType(method.ReturnType.WithLeadingTrivia())
                    : method.WithModifiers(method.Modifiers.Add(asyncKeyword));
            }

            return SyntaxHelpers.MakeAsyncTask(method);
        }
    }
}
