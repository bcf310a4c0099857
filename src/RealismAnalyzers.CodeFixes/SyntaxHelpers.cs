using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.CodeFixes
{
    /// <summary>Small syntax edits the code fixes share.</summary>
    internal static class SyntaxHelpers
    {
        /// <summary>Makes a method <c>async</c>, turning <c>void</c> into <c>Task</c>; returns it unchanged when already async.</summary>
        public static MethodDeclarationSyntax MakeAsyncTask(MethodDeclarationSyntax method)
        {
            if (method.Modifiers.Any(SyntaxKind.AsyncKeyword))
            {
                return method;
            }

            if (method.ReturnType is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword } voidType)
            {
                method = method.WithReturnType(SyntaxFactory.IdentifierName("Task").WithTriviaFrom(voidType));
            }

            var asyncKeyword = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            var modifiers = method.Modifiers;
            if (modifiers.Count == 0)
            {
                var leading = method.ReturnType.GetLeadingTrivia();
                method = method.WithReturnType(method.ReturnType.WithLeadingTrivia());
                return method.WithModifiers(SyntaxFactory.TokenList(asyncKeyword.WithLeadingTrivia(leading)));
            }

            return method.WithModifiers(modifiers.Add(asyncKeyword));
        }

        /// <summary>True when the method body awaits (outside nested lambdas and local functions).</summary>
        public static bool ContainsAwait(SyntaxNode body) =>
            body.DescendantNodes(n => n is not AnonymousFunctionExpressionSyntax && n is not LocalFunctionStatementSyntax)
                .Any(n => n is AwaitExpressionSyntax || n is ForEachStatementSyntax { AwaitKeyword.RawKind: (int)SyntaxKind.AwaitKeyword } ||
                    n is UsingStatementSyntax { AwaitKeyword.RawKind: (int)SyntaxKind.AwaitKeyword } ||
                    n is LocalDeclarationStatementSyntax { AwaitKeyword.RawKind: (int)SyntaxKind.AwaitKeyword });
    }
}
