using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.CodeFixes
{
    /// <summary>Small syntax edits the code fixes share.</summary>
    internal static class SyntaxHelpers
    {
        /// <summary>True when the compilation unit imports <paramref name="namespaceName"/> (file or global usings of this file).</summary>
        public static bool HasUsing(CompilationUnitSyntax root, string namespaceName) =>
            root.Usings.Any(u => u.Name?.ToString() == namespaceName) ||
            root.Members.OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(u => u.Name?.ToString() == namespaceName));

        /// <summary>
        /// True when <paramref name="namespaceName"/> is imported at <paramref name="position"/> by any using directive in scope there:
        /// the file's, its namespace's, or a global using of any file of the project (<c>ImplicitUsings</c>, <c>&lt;Using Include="Xunit" /&gt;</c>).
        /// </summary>
        public static bool IsImported(SemanticModel semanticModel, int position, string namespaceName, CancellationToken cancellationToken)
        {
            foreach (var scope in semanticModel.GetImportScopes(position, cancellationToken))
            {
                foreach (var import in scope.Imports)
                {
                    if (import.NamespaceOrType is INamespaceSymbol imported && imported.ToDisplayString() == namespaceName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Adds <c>using <paramref name="namespaceName"/>;</c> when the file lacks it, keeping usings sorted where they were.</summary>
        public static CompilationUnitSyntax EnsureUsing(CompilationUnitSyntax root, string namespaceName)
        {
            if (HasUsing(root, namespaceName))
            {
                return root;
            }

            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName))
                .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed);
            // Sorted usings stay sorted; otherwise the new one goes last.
            var usings = root.Usings;
            var sorted = true;
            for (var i = 1; i < usings.Count && sorted; i++)
            {
                sorted = string.CompareOrdinal(usings[i - 1].Name?.ToString(), usings[i].Name?.ToString()) <= 0;
            }

            var index = usings.Count;
            if (sorted)
            {
                index = 0;
                while (index < usings.Count && string.CompareOrdinal(usings[index].Name?.ToString(), namespaceName) < 0)
                {
                    index++;
                }
            }

            return root.WithUsings(usings.Insert(index, directive));
        }

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
