using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.CodeFixes.Determinism
{
    /// <summary>Makes sure a fixed document can name <c>Task</c>.</summary>
    internal static class TaskTypes
    {
        /// <summary>The namespace of <c>Task</c>, imported by <see cref="UsingDirectives.Add"/> when the name does not bind.</summary>
        public const string TasksNamespace = "System.Threading.Tasks";

        /// <summary>True when the simple name <c>Task</c> binds to <c>System.Threading.Tasks.Task</c> at <paramref name="position"/> (file, global or implicit usings).</summary>
        public static bool TaskResolves(SemanticModel semanticModel, int position)
        {
            var symbol = semanticModel.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName("Task"), SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
            return symbol is INamedTypeSymbol { Name: "Task", Arity: 0 } type && type.ContainingNamespace?.ToDisplayString() == TasksNamespace;
        }

        /// <summary>
        /// Adds <c>using System.Threading.Tasks;</c> (<see cref="UsingDirectives.Add"/>) unless <c>Task</c> already binds at
        /// <paramref name="position"/> of <paramref name="semanticModel"/>'s document, the one before the fix.
        /// </summary>
        public static CompilationUnitSyntax EnsureTaskNameable(CompilationUnitSyntax root, SemanticModel? semanticModel, int position, CancellationToken cancellationToken) =>
            semanticModel is not null && TaskResolves(semanticModel, position)
                ? root
                : UsingDirectives.Add(root, TasksNamespace, semanticModel, position, cancellationToken);
    }
}
