using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.Model
{
    /// <summary>Cheap shape questions that let flow rules skip building a control-flow graph.</summary>
    internal static class ControlFlowShape
    {
        /// <summary>
        /// True when <paramref name="body"/> (lambdas and local functions included) has no construct that can branch, loop,
        /// leave early or catch: its control-flow graph is then one straight path, and every path runs every statement.
        /// Syntax, because the question is asked before (and to avoid) building the graph; false whenever unsure.
        /// </summary>
        public static bool IsStraightLine(SyntaxNode body)
        {
            foreach (var node in body.DescendantNodes())
            {
                switch (node.Kind())
                {
                    case SyntaxKind.IfStatement:
                    case SyntaxKind.SwitchStatement:
                    case SyntaxKind.SwitchExpression:
                    case SyntaxKind.ForStatement:
                    case SyntaxKind.ForEachStatement:
                    case SyntaxKind.ForEachVariableStatement:
                    case SyntaxKind.WhileStatement:
                    case SyntaxKind.DoStatement:
                    case SyntaxKind.ReturnStatement:
                    case SyntaxKind.YieldReturnStatement:
                    case SyntaxKind.YieldBreakStatement:
                    case SyntaxKind.GotoStatement:
                    case SyntaxKind.GotoCaseStatement:
                    case SyntaxKind.GotoDefaultStatement:
                    case SyntaxKind.LabeledStatement:
                    case SyntaxKind.BreakStatement:
                    case SyntaxKind.ContinueStatement:
                    case SyntaxKind.TryStatement:
                    case SyntaxKind.UsingStatement:
                    case SyntaxKind.LockStatement:
                    case SyntaxKind.ConditionalExpression:
                    case SyntaxKind.ConditionalAccessExpression:
                    case SyntaxKind.CoalesceExpression:
                    case SyntaxKind.CoalesceAssignmentExpression:
                    case SyntaxKind.LogicalAndExpression:
                    case SyntaxKind.LogicalOrExpression:
                    case SyntaxKind.IsPatternExpression:
                    case SyntaxKind.ThrowStatement:
                    case SyntaxKind.ThrowExpression:
                        return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when the method whose body is <paramref name="body"/> can end normally before reaching <paramref name="position"/>:
        /// a <c>return</c>, <c>goto</c> or <c>yield</c> of the method itself (not of a lambda or local function) starts before it.
        /// Exceptions do not count: a test that throws fails. Syntax, and true whenever unsure.
        /// </summary>
        public static bool CanLeaveBefore(SyntaxNode body, int position)
        {
            // Only statements can return or jump, and statements sit only in statements (or in lambdas, whose returns are their own).
            foreach (var node in body.DescendantNodes(descendIntoChildren: n => n == body || IsStatementContainer(n)))
            {
                if (node.SpanStart >= position)
                {
                    break;
                }

                switch (node.Kind())
                {
                    case SyntaxKind.ReturnStatement:
                    case SyntaxKind.YieldReturnStatement:
                    case SyntaxKind.YieldBreakStatement:
                    case SyntaxKind.GotoStatement:
                    case SyntaxKind.GotoCaseStatement:
                    case SyntaxKind.GotoDefaultStatement:
                        return true;
                }
            }

            return false;
        }

        private static bool IsStatementContainer(SyntaxNode node) =>
            (node is StatementSyntax && !node.IsKind(SyntaxKind.LocalFunctionStatement)) ||
            node is SwitchSectionSyntax or CatchClauseSyntax or FinallyClauseSyntax or ElseClauseSyntax;
    }
}
