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

namespace RealismAnalyzers.CodeFixes.Trivial
{
    /// <summary>RA1004: awaits the assertion, making the method <c>async Task</c> when it is not async yet.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA1004AwaitAssertionFix)), Shared]
    public sealed class RA1004AwaitAssertionFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA1004.AwaitAssertion";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA1004AsyncAssertionNotAwaited.Id);

        // Several assertions of one method make it async once: the document is fixed in one pass.
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create(async (fixAllContext, document, diagnostics) => await FixAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false));

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (FindTarget(root, diagnostic) is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Await the assertion",
                        ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private readonly struct Target
        {
            public Target(ExpressionSyntax replaced, ExpressionSyntax awaited, SyntaxNode? functionToMakeAsync)
            {
                Replaced = replaced;
                Awaited = awaited;
                FunctionToMakeAsync = functionToMakeAsync;
            }

            /// <summary>The expression the <c>await</c> replaces: the chain, or the whole <c>_ = chain</c> discard.</summary>
            public ExpressionSyntax Replaced { get; }

            public ExpressionSyntax Awaited { get; }

            public SyntaxNode? FunctionToMakeAsync { get; }
        }

        private static Target? FindTarget(SyntaxNode root, Diagnostic diagnostic)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax assertion)
            {
                return null;
            }

            // Climb to the end of the call chain: a.ThrowAsync<X>().WithMessage("...").
            ExpressionSyntax end = assertion;
            while (true)
            {
                if (end.Parent is MemberAccessExpressionSyntax member && member.Expression == end && member.Parent is InvocationExpressionSyntax call && call.Expression == member)
                {
                    end = call;
                }
                else if (end.Parent is MemberAccessExpressionSyntax property && property.Expression == end)
                {
                    end = property;
                }
                else
                {
                    break;
                }
            }

            ExpressionSyntax replaced;
            if (end.Parent is ExpressionStatementSyntax)
            {
                replaced = end;
            }
            else if (end.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" } } discard && discard.Right == end && discard.Parent is ExpressionStatementSyntax)
            {
                replaced = discard;
            }
            else
            {
                return null;
            }

            var function = end.Ancestors().FirstOrDefault(n => n is MethodDeclarationSyntax || n is LocalFunctionStatementSyntax || n is AnonymousFunctionExpressionSyntax);
            switch (function)
            {
                case MethodDeclarationSyntax method:
                    if (method.Modifiers.Any(SyntaxKind.AsyncKeyword))
                    {
                        return new Target(replaced, end, null);
                    }

                    // A void helper made 'async Task' would leave its callers dropping the task (RA1004 or CS4014 there): tests only.
                    if (method.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword } && !diagnostic.Properties.ContainsKey(DiagnosticProperties.InTest))
                    {
                        return null;
                    }

                    return CanBecomeAsync(method.ReturnType, method.Body, method.ExpressionBody) ? new Target(replaced, end, method) : null;

                case LocalFunctionStatementSyntax localFunction when localFunction.Modifiers.Any(SyntaxKind.AsyncKeyword):
                case AnonymousFunctionExpressionSyntax { AsyncKeyword.RawKind: (int)SyntaxKind.AsyncKeyword }:
                    return new Target(replaced, end, null);
            }

            return null;
        }

        /// <summary><c>void</c> becomes <c>async Task</c>; a non-async <c>Task</c> method only when it returns no task itself.</summary>
        private static bool CanBecomeAsync(TypeSyntax returnType, BlockSyntax? body, ArrowExpressionClauseSyntax? expressionBody)
        {
            if (returnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword })
            {
                return expressionBody is null;
            }

            var name = returnType is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText : (returnType as IdentifierNameSyntax)?.Identifier.ValueText;
            if (name != "Task" && name != "ValueTask")
            {
                return false;
            }

            return body is not null && !body.DescendantNodes(n => n is not AnonymousFunctionExpressionSyntax && n is not LocalFunctionStatementSyntax)
                .OfType<ReturnStatementSyntax>().Any(r => r.Expression is not null);
        }

        private static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var targets = new List<Target>();
            foreach (var diagnostic in diagnostics)
            {
                if (FindTarget(root, diagnostic) is { } target && !targets.Any(t => t.Replaced == target.Replaced))
                {
                    targets.Add(target);
                }
            }

            if (targets.Count == 0)
            {
                return document;
            }

            var methods = targets.Select(t => t.FunctionToMakeAsync).OfType<MethodDeclarationSyntax>().Distinct().ToList();
            // The first method that becomes 'async Task' from 'void' names Task: imported unless it binds there already.
            SemanticModel? semanticModel = null;
            var taskPosition = -1;
            if (methods.FirstOrDefault(m => m.ReturnType is PredefinedTypeSyntax) is { } voidMethod)
            {
                semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                var taskBinds = semanticModel is not null && semanticModel.LookupNamespacesAndTypes(voidMethod.SpanStart, name: "Task")
                    .Any(s => s is INamedTypeSymbol { Arity: 0 } type && type.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks");
                taskPosition = taskBinds ? -1 : voidMethod.SpanStart;
            }

            var tracked = root.TrackNodes(targets.Select(t => (SyntaxNode)t.Replaced).Concat(methods));
            foreach (var target in targets)
            {
                var current = tracked.GetCurrentNode(target.Replaced);
                if (current is null)
                {
                    continue;
                }

                var awaited = target.Replaced == target.Awaited ? current : ((AssignmentExpressionSyntax)current).Right;
                var awaitExpression = SyntaxFactory.AwaitExpression(
                        SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                        awaited.WithoutTrivia())
                    .WithTriviaFrom(current);
                tracked = tracked.ReplaceNode(current, awaitExpression);
            }

            foreach (var method in methods)
            {
                var current = tracked.GetCurrentNode(method);
                if (current is not null)
                {
                    tracked = tracked.ReplaceNode(current, SyntaxHelpers.MakeAsyncTask(current));
                }
            }

            if (taskPosition >= 0 && tracked is CompilationUnitSyntax unit)
            {
                tracked = UsingDirectives.Add(unit, "System.Threading.Tasks", semanticModel, taskPosition, cancellationToken);
            }

            return document.WithSyntaxRoot(tracked);
        }
    }
}
