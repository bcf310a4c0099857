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
    /// <summary>RA4004: <c>async void</c> test → <c>async Task</c> (adding <c>using System.Threading.Tasks;</c> when needed).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA4004ReturnTaskFix)), Shared]
    public sealed class RA4004ReturnTaskFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA4004.ReturnTask";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA4004TestIsAsyncVoid.Id);

        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((fixAllContext, document, diagnostics) => FixAsync(document, diagnostics, fixAllContext.CancellationToken));

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Return Task",
                        ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct)!,
                        EquivalenceKey),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit)
            {
                return document;
            }

            var methods = new List<MethodDeclarationSyntax>();
            foreach (var diagnostic in diagnostics)
            {
                var method = unit.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>();
                if (method?.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword } && !methods.Contains(method))
                {
                    methods.Add(method);
                }
            }

            if (methods.Count == 0)
            {
                return document;
            }

            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var fixedUnit = unit.ReplaceNodes(methods, (original, _) =>
                original.WithReturnType(SyntaxFactory.IdentifierName("Task").WithTriviaFrom(original.ReturnType)));
            return document.WithSyntaxRoot(TaskTypes.EnsureTaskNameable(fixedUnit, semanticModel, methods[0].SpanStart, cancellationToken));
        }
    }
}
