using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.CodeFixes.FailurePaths
{
    /// <summary>The idiom the exception fixes write: the test framework's own, or FluentAssertions/AwesomeAssertions when the file uses them.</summary>
    internal enum ThrowsStyle
    {
        XUnit,
        NUnit,
        MSTest,
        TUnit,
        Fluent,
    }

    /// <summary>Writes "this call throws T" in the chosen idiom (RA3003 and RA3004 fixes), sync or awaited, optionally capturing the exception.</summary>
    internal static class ThrowsAssertionWriter
    {
        /// <summary>The idiom for a test of <paramref name="frameworkName"/> in <paramref name="unit"/>; null when none fits.</summary>
        public static ThrowsStyle? Choose(string? frameworkName, CompilationUnitSyntax unit)
        {
            if (UsingDirectives.IsInFile(unit, "FluentAssertions") || UsingDirectives.IsInFile(unit, "AwesomeAssertions"))
            {
                return ThrowsStyle.Fluent;
            }

            return frameworkName switch
            {
                nameof(TestFramework.XUnit) => ThrowsStyle.XUnit,
                nameof(TestFramework.NUnit) => ThrowsStyle.NUnit,
                nameof(TestFramework.MSTest) => ThrowsStyle.MSTest,
                nameof(TestFramework.TUnit) => ThrowsStyle.TUnit,
                _ => null,
            };
        }

        /// <summary>
        /// The statement asserting that <paramref name="act"/> throws <paramref name="exceptionType"/>.
        /// <paramref name="act"/> is the expression the test ran (without <c>await</c>); <paramref name="isAsync"/> when it was awaited;
        /// <paramref name="variable"/> receives the exception when not null; <paramref name="exact"/> asks for the exact type
        /// (xUnit <c>Throws</c>, NUnit <c>Throws</c>, MSTest <c>ThrowsExactly</c>), otherwise derived types pass too
        /// (xUnit <c>ThrowsAny</c>, NUnit <c>Catch</c>, MSTest <c>Throws</c>; FluentAssertions and TUnit <c>Throws</c> always accept derived types).
        /// </summary>
        public static StatementSyntax Write(
            ThrowsStyle style,
            SemanticModel semanticModel,
            int position,
            string exceptionType,
            ExpressionSyntax act,
            bool isAsync,
            bool exact,
            string? variable) =>
            Write(style, semanticModel, position, exceptionType, "() => " + LambdaBody(act, isAsync), isAsync, exact, variable);

        /// <summary>
        /// The same assertion around several statements, in a block lambda (<c>async</c> when <paramref name="isAsync"/>): the
        /// statements of a <c>try</c> that may each throw the expected exception stay together inside the assertion.
        /// </summary>
        public static StatementSyntax Write(
            ThrowsStyle style,
            SemanticModel semanticModel,
            int position,
            string exceptionType,
            IReadOnlyList<StatementSyntax> statements,
            bool isAsync,
            bool exact,
            string? variable)
        {
            var body = new System.Text.StringBuilder();
            body.Append(isAsync ? "async () =>\n{\n" : "() =>\n{\n");
            foreach (var statement in statements)
            {
                body.Append(statement.WithoutTrivia().ToString()).Append('\n');
            }

            body.Append('}');
            var written = Write(style, semanticModel, position, exceptionType, body.ToString(), isAsync, exact, variable);

            // Line breaks and indentation inside the lambda are the formatter's to choose, wherever the statement lands.
            return written.ReplaceTrivia(
                written.DescendantTrivia().Where(t => t.IsKind(SyntaxKind.EndOfLineTrivia) || t.IsKind(SyntaxKind.WhitespaceTrivia)),
                (original, _) => original.IsKind(SyntaxKind.EndOfLineTrivia) ? SyntaxFactory.ElasticCarriageReturnLineFeed : SyntaxFactory.ElasticSpace);
        }

        private static StatementSyntax Write(
            ThrowsStyle style,
            SemanticModel semanticModel,
            int position,
            string exceptionType,
            string lambda,
            bool isAsync,
            bool exact,
            string? variable)
        {
            string call;
            var awaits = isAsync;
            switch (style)
            {
                case ThrowsStyle.Fluent:
                    if (isAsync)
                    {
                        call = $"FluentActions.Awaiting({lambda}).Should().ThrowAsync<{exceptionType}>()";
                        return Parse(variable is null ? "await " + call + ";" : $"var {variable} = (await {call}).Which;");
                    }

                    call = $"FluentActions.Invoking({lambda}).Should().Throw<{exceptionType}>()";
                    return Parse(variable is null ? call + ";" : $"var {variable} = {call}.Which;");

                case ThrowsStyle.NUnit:
                    // NUnit's ThrowsAsync/CatchAsync run the delegate to completion themselves and return the exception.
                    call = $"Assert.{(exact ? "Throws" : "Catch")}{(isAsync ? "Async" : string.Empty)}<{exceptionType}>({lambda})";
                    awaits = false;
                    break;

                case ThrowsStyle.XUnit:
                    call = $"Assert.{(exact ? "Throws" : "ThrowsAny")}{(isAsync ? "Async" : string.Empty)}<{exceptionType}>({lambda})";
                    break;

                case ThrowsStyle.MSTest:
                    var name = ChooseMSTestMember(semanticModel, position, exact);
                    call = $"Assert.{name}{(isAsync ? "Async" : string.Empty)}<{exceptionType}>({lambda})";
                    break;

                default:
                    call = $"Assert.{(isAsync ? "ThrowsAsync" : "Throws")}<{exceptionType}>({lambda})";
                    break;
            }

            var expression = awaits ? "await " + call : call;
            return Parse(variable is null ? expression + ";" : $"var {variable} = {expression};");
        }

        // An Action lambda needs a statement expression; anything else is discarded explicitly.
        private static string LambdaBody(ExpressionSyntax act, bool isAsync)
        {
            var text = act.WithoutTrivia().ToString();
            if (isAsync || act is InvocationExpressionSyntax || act is ObjectCreationExpressionSyntax || act is AssignmentExpressionSyntax)
            {
                return text;
            }

            return "{ _ = " + text + "; }";
        }

        /// <summary>MSTest 3.8+ has <c>Throws</c>/<c>ThrowsExactly</c>; older versions only <c>ThrowsException</c> (exact).</summary>
        private static string ChooseMSTestMember(SemanticModel semanticModel, int position, bool exact)
        {
            var wanted = exact ? "ThrowsExactly" : "Throws";
            foreach (var type in semanticModel.LookupNamespacesAndTypes(position, name: "Assert"))
            {
                if (type is INamedTypeSymbol assert && !assert.GetMembers(wanted).IsEmpty)
                {
                    return wanted;
                }
            }

            return "ThrowsException";
        }

        private static StatementSyntax Parse(string text) => SyntaxFactory.ParseStatement(text);
    }
}
