using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>Shape questions about a method's body that several rules ask.</summary>
    internal static class TestBodies
    {
        /// <summary>The method body among a method's operation blocks (attributes and parameter defaults are blocks too).</summary>
        public static IMethodBodyOperation? FindBody(ImmutableArray<IOperation> operationBlocks)
        {
            foreach (var block in operationBlocks)
            {
                if (block is IMethodBodyOperation body)
                {
                    return body;
                }
            }

            return null;
        }

        /// <summary>A block body with no statements (comments and lone semicolons only); an expression body is never empty.</summary>
        public static bool IsEmpty(IMethodBodyOperation body)
        {
            if (body.ExpressionBody is not null || body.BlockBody is null)
            {
                return false;
            }

            foreach (var statement in body.BlockBody.Operations)
            {
                if (statement is not IEmptyOperation)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
