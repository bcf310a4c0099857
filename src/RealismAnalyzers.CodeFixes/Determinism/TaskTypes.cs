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

        /// <summary>Adds <c>using System.Threading.Tasks;</c> unless <paramref name="taskResolves"/> says it is not needed.</summary>
        public static CompilationUnitSyntax EnsureTaskUsing(CompilationUnitSyntax root, bool taskResolves) =>
            taskResolves ? root : SyntaxHelpers.EnsureUsing(root, TasksNamespace);
    }
}
