using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// Every reference to a local, parameter, field or property (fields and properties on <c>this</c>) in a set of operation roots,
    /// by the symbol it names, in walk order. Built in one walk, so that asking about each double of a class does not walk the class again.
    /// </summary>
    internal sealed class ReferenceIndex
    {
        private static readonly IReadOnlyList<IOperation> s_none = System.Array.Empty<IOperation>();

        private readonly Dictionary<ISymbol, List<IOperation>> _references;

        private ReferenceIndex(Dictionary<ISymbol, List<IOperation>> references) => _references = references;

        /// <param name="membersOnly">Index only fields and properties (what a class-wide question asks about), not locals and parameters.</param>
        public static ReferenceIndex Build(ImmutableArray<IOperation> roots, bool membersOnly, CancellationToken cancellationToken)
        {
            var references = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            foreach (var root in roots)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (IsReference(operation, membersOnly) && OperationQueries.SymbolOf(operation) is { } symbol)
                    {
                        if (!references.TryGetValue(symbol, out var list))
                        {
                            references.Add(symbol, list = new List<IOperation>());
                        }

                        list.Add(operation);
                    }
                }
            }

            return new ReferenceIndex(references);
        }

        /// <summary>A reference that can name a double's holder: a field or property, or (unless <paramref name="membersOnly"/>) a local or parameter.</summary>
        public static bool IsReference(IOperation operation, bool membersOnly) =>
            operation is IFieldReferenceOperation or IPropertyReferenceOperation ||
            (!membersOnly && operation is ILocalReferenceOperation or IParameterReferenceOperation);

        /// <summary>The references to <paramref name="symbol"/>, in the order of the roots and of a walk of each.</summary>
        public IReadOnlyList<IOperation> Of(ISymbol symbol) => _references.TryGetValue(symbol, out var list) ? list : s_none;
    }
}
