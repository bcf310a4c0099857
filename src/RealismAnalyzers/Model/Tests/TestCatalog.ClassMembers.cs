using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>The per-class facts: the operations of every member a class declares, and every reference to its fields and properties.</summary>
    internal sealed partial class TestCatalog
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<IOperation>> _typeRoots =
            new ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<INamedTypeSymbol, ReferenceIndex> _memberReferences =
            new ConcurrentDictionary<INamedTypeSymbol, ReferenceIndex>(SymbolEqualityComparer.Default);

        /// <summary>The operation roots of every member declared in source by <paramref name="type"/>: bodies, initializers, accessors.</summary>
        public ImmutableArray<IOperation> GetTypeOperationRoots(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (_typeRoots.TryGetValue(type, out var roots))
            {
                return roots;
            }

            var builder = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member.IsImplicitlyDeclared && member is not IMethodSymbol { MethodKind: MethodKind.Constructor })
                {
                    continue;
                }

                if (member is IMethodSymbol or IFieldSymbol or IPropertySymbol)
                {
                    AddOperations(member, builder, cancellationToken);
                }
            }

            roots = builder.ToImmutable();
            _typeRoots.TryAdd(type, roots);
            return roots;
        }

        /// <summary>
        /// Every reference to a field or property in the members <paramref name="type"/> declares (<see cref="GetTypeOperationRoots"/>),
        /// by the member it names: built in one walk per class, so that following a field of the class (a double it holds, a time it
        /// keeps) is a lookup, not a walk of the class for each question.
        /// </summary>
        public ReferenceIndex GetMemberReferences(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (!_memberReferences.TryGetValue(type, out var index))
            {
                index = _memberReferences.GetOrAdd(type, ReferenceIndex.Build(GetTypeOperationRoots(type, cancellationToken), membersOnly: true, cancellationToken));
            }

            return index;
        }
    }
}
