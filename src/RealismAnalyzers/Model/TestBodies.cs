using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>Shape questions about a method's body that several rules ask.</summary>
    internal static class TestBodies
    {
        /// <summary>The block of a block-bodied method's body (its top-level statements); null for an expression body.</summary>
        public static IBlockOperation? BlockOf(IOperation body) => body switch
        {
            IMethodBodyOperation { ExpressionBody: null, BlockBody: { } blockBody } => blockBody,
            IBlockOperation { Syntax: BlockSyntax } blockOperation => blockOperation,
            _ => null,
        };

        /// <summary>
        /// The body among a method's operation blocks (attributes and parameter defaults are blocks too):
        /// an <see cref="IMethodBodyOperation"/>, or the <see cref="IBlockOperation"/> of a block or expression body.
        /// </summary>
        public static IOperation? FindBody(ImmutableArray<IOperation> operationBlocks)
        {
            foreach (var block in operationBlocks)
            {
                switch (block)
                {
                    case IMethodBodyOperation:
                        return block;
                    case IBlockOperation { Syntax: BlockSyntax or ArrowExpressionClauseSyntax }:
                        return block;
                }
            }

            return null;
        }

        /// <summary>The root of the operation tree <paramref name="operation"/> belongs to: the body (or initializer) of its member.</summary>
        public static IOperation RootOf(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }

        /// <summary>A block body with no statements (comments and lone semicolons only); an expression body is never empty.</summary>
        public static bool IsEmpty(IOperation body)
        {
            var block = BlockOf(body);
            if (block is null)
            {
                return false;
            }

            foreach (var statement in block.Operations)
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
