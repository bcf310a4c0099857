using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.CodeFixes.Trivial
{
    /// <summary>
    /// RA1001: states the "does not throw" intent with the framework's own form
    /// (xUnit <c>Record.Exception</c> + <c>Assert.Null</c>, NUnit <c>Assert.DoesNotThrow</c>, TUnit <c>ThrowsNothing</c>;
    /// for MSTest, FluentAssertions' <c>NotThrow</c> or Shouldly's <c>Should.NotThrow</c> when the file uses them).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RA1001MakeNoThrowIntentExplicitFix)), Shared]
    public sealed class RA1001MakeNoThrowIntentExplicitFix : CodeFixProvider
    {
        public const string EquivalenceKey = "RA1001.AssertDoesNotThrow";

        private const string BodyMarker = "__realism_body__";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RA1001TestHasNoAssertion.Id);

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
                var method = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>();
                if (method is null || (method.Body is null && method.ExpressionBody is null))
                {
                    continue;
                }

                diagnostic.Properties.TryGetValue(DiagnosticProperties.Framework, out var frameworkName);
                var isAsync = IsAsync(method);
                var template = ChooseTemplate(frameworkName, unit, isAsync);
                if (template is { NeedsAwait: false } && frameworkName == nameof(TestFramework.NUnit) && isAsync &&
                    await ReturnsTaskAsync(context.Document, "NUnit.Framework.Assert", "DoesNotThrowAsync", context.CancellationToken).ConfigureAwait(false))
                {
                    // NUnit 5's DoesNotThrowAsync returns a task: left unawaited it would check nothing (RA1004, NUnit2059).
                    template = new Template("Assert that the test does not throw (Assert.DoesNotThrowAsync)", new[] { "await Assert.DoesNotThrowAsync(" + BodyMarker + ");" }, true, "NUnit.Framework");
                }

                if (template is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        template.Value.Title,
                        ct => ApplyAsync(context.Document, method, template.Value, ct),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private readonly struct Template
        {
            public Template(string title, string[] statements, bool needsAwait, string? requiredNamespace)
            {
                Title = title;
                Statements = statements;
                NeedsAwait = needsAwait;
                RequiredNamespace = requiredNamespace;
            }

            public string Title { get; }

            /// <summary>Statements with <see cref="BodyMarker"/> standing for the lambda that runs the old body.</summary>
            public string[] Statements { get; }

            public bool NeedsAwait { get; }

            public string? RequiredNamespace { get; }
        }

        private static bool IsAsync(MethodDeclarationSyntax method) =>
            method.Modifiers.Any(SyntaxKind.AsyncKeyword) && SyntaxHelpers.ContainsAwait((SyntaxNode?)method.Body ?? method.ExpressionBody!);

        private static Template? ChooseTemplate(string? frameworkName, CompilationUnitSyntax unit, bool isAsync)
        {
            switch (frameworkName)
            {
                case nameof(TestFramework.XUnit):
                    return isAsync
                        ? new Template("Assert that the test does not throw (Record.ExceptionAsync)", new[] { "var exception = await Record.ExceptionAsync(" + BodyMarker + ");", "Assert.Null(exception);" }, true, "Xunit")
                        : new Template("Assert that the test does not throw (Record.Exception)", new[] { "var exception = Record.Exception(" + BodyMarker + ");", "Assert.Null(exception);" }, false, "Xunit");

                case nameof(TestFramework.NUnit):
                    return isAsync
                        ? new Template("Assert that the test does not throw (Assert.DoesNotThrowAsync)", new[] { "Assert.DoesNotThrowAsync(" + BodyMarker + ");" }, false, "NUnit.Framework")
                        : new Template("Assert that the test does not throw (Assert.DoesNotThrow)", new[] { "Assert.DoesNotThrow(" + BodyMarker + ");" }, false, "NUnit.Framework");

                case nameof(TestFramework.TUnit):
                    return new Template("Assert that the test does not throw (ThrowsNothing)", new[] { "await Assert.That(" + BodyMarker + ").ThrowsNothing();" }, true, "TUnit.Assertions.Extensions");

                case nameof(TestFramework.MSTest):
                    if (UsingDirectives.IsInFile(unit, "FluentAssertions") || UsingDirectives.IsInFile(unit, "AwesomeAssertions"))
                    {
                        return isAsync
                            ? new Template("Assert that the test does not throw (NotThrowAsync)", new[] { "await FluentActions.Awaiting(" + BodyMarker + ").Should().NotThrowAsync();" }, true, null)
                            : new Template("Assert that the test does not throw (NotThrow)", new[] { "FluentActions.Invoking(" + BodyMarker + ").Should().NotThrow();" }, false, null);
                    }

                    if (UsingDirectives.IsInFile(unit, "Shouldly"))
                    {
                        return isAsync
                            ? new Template("Assert that the test does not throw (Should.NotThrowAsync)", new[] { "await Should.NotThrowAsync(" + BodyMarker + ");" }, true, null)
                            : new Template("Assert that the test does not throw (Should.NotThrow)", new[] { "Should.NotThrow(" + BodyMarker + ");" }, false, null);
                    }

                    return null;
            }

            return null;
        }

        private static async Task<Document> ApplyAsync(Document document, MethodDeclarationSyntax method, Template template, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit)
            {
                return document;
            }

            var isAsync = IsAsync(method);
            // An expression body becomes a block laid out like hand-written code; the formatter then indents it.
            var oldBody = method.Body ?? SyntaxFactory.Block(SyntaxFactory.ExpressionStatement(method.ExpressionBody!.Expression.WithoutTrivia())).NormalizeWhitespace(eol: "\n");
            var lambda = SyntaxFactory.ParenthesizedLambdaExpression(SyntaxFactory.ParameterList(), oldBody.WithoutTrivia());
            if (isAsync)
            {
                lambda = lambda.WithAsyncKeyword(SyntaxFactory.Token(SyntaxKind.AsyncKeyword));
            }

            var statements = new SyntaxList<StatementSyntax>();
            foreach (var text in template.Statements)
            {
                var statement = SyntaxFactory.ParseStatement(text);
                var marker = FindMarker(statement);
                if (marker is not null)
                {
                    statement = statement.ReplaceNode(marker, lambda);
                }

                statements = statements.Add(statement.WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed).WithAdditionalAnnotations(Formatter.Annotation));
            }

            var newBody = SyntaxFactory.Block(statements).WithAdditionalAnnotations(Formatter.Annotation);
            var newMethod = method.WithBody(newBody).WithExpressionBody(null).WithSemicolonToken(default);
            if (method.ExpressionBody is not null)
            {
                newMethod = newMethod.WithParameterList(newMethod.ParameterList.WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed));
            }

            if (template.NeedsAwait)
            {
                newMethod = SyntaxHelpers.MakeAsyncTask(newMethod);
            }

            // A namespace a global using already imports (ImplicitUsings, <Using Include="Xunit" />) needs no directive of its own.
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var newUnit = unit.ReplaceNode(method, newMethod.WithAdditionalAnnotations(Formatter.Annotation));
            if (template.RequiredNamespace is not null)
            {
                newUnit = UsingDirectives.Add(newUnit, template.RequiredNamespace, semanticModel, method.SpanStart, cancellationToken);
            }

            if (template.NeedsAwait)
            {
                newUnit = UsingDirectives.Add(newUnit, "System.Threading.Tasks", semanticModel, method.SpanStart, cancellationToken);
            }

            return document.WithSyntaxRoot(newUnit);
        }

        /// <summary>True when the named static method of the named type returns a task (or another awaitable type) in this compilation.</summary>
        private static async Task<bool> ReturnsTaskAsync(Document document, string typeName, string methodName, CancellationToken cancellationToken)
        {
            var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation?.GetTypeByMetadataName(typeName) is not { } type)
            {
                return false;
            }

            foreach (var member in type.GetMembers(methodName))
            {
                if (member is IMethodSymbol { ReturnsVoid: false } candidate && candidate.ReturnType.GetMembers("GetAwaiter").Length > 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static IdentifierNameSyntax? FindMarker(SyntaxNode statement)
        {
            foreach (var node in statement.DescendantNodes())
            {
                if (node is IdentifierNameSyntax { Identifier.ValueText: BodyMarker } identifier)
                {
                    return identifier;
                }
            }

            return null;
        }
    }
}
