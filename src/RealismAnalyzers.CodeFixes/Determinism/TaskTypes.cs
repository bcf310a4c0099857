using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.CodeFixes.Determinism
{
    /// <summary>Makes sure a fixed document can name <c>Task</c>.</summary>
    internal static class TaskTypes
    {
        private const string TasksNamespace = "System.Threading.Tasks";

        /// <summary>True when the simple name <c>Task</c> binds to <c>System.Threading.Tasks.Task</c> at <paramref name="position"/> (file, global or implicit usings).</summary>
        public static async Task<bool> TaskResolvesAsync(Document document, int position, CancellationToken cancellationToken)
        {
            var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (semanticModel is null)
            {
                return false;
            }

            var symbol = semanticModel.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName("Task"), SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
            return symbol is INamedTypeSymbol { Name: "Task", Arity: 0 } type && type.ContainingNamespace?.ToDisplayString() == TasksNamespace;
        }

        /// <summary>
        /// Adds <c>using System.Threading.Tasks;</c> unless <paramref name="taskResolves"/> says it is not needed:
        /// after the last <c>System</c> using (System-first order), else first, with the line ending the file already uses.
        /// </summary>
        public static CompilationUnitSyntax EnsureTaskUsing(CompilationUnitSyntax root, bool taskResolves)
        {
            if (taskResolves || SyntaxHelpers.HasUsing(root, TasksNamespace))
            {
                return root;
            }

            var usings = root.Usings;
            var index = 0;
            for (var i = 0; i < usings.Count; i++)
            {
                var name = usings[i].Name?.ToString();
                if (usings[i].Alias is null && usings[i].StaticKeyword.IsKind(SyntaxKind.None) && name is not null &&
                    (name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal)))
                {
                    index = i + 1;
                }
            }

            var endOfLine = root.ToFullString().Contains("\r\n") ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.LineFeed;
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(TasksNamespace))
                .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                .WithTrailingTrivia(endOfLine);
            if (index == 0 && usings.Count > 0)
            {
                // Keep the file's leading trivia (header comments) in front of the new first using.
                var first = usings[0];
                directive = directive.WithLeadingTrivia(first.GetLeadingTrivia());
                usings = usings.Replace(first, first.WithLeadingTrivia());
            }
            else if (usings.Count == 0)
            {
                directive = directive.WithTrailingTrivia(endOfLine, endOfLine);
            }

            return root.WithUsings(usings.Insert(index, directive));
        }
    }
}
