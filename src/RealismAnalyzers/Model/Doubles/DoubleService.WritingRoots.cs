using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.Model
{
    internal sealed partial class DoubleService
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, HashSet<ISymbol>>> _writtenNames =
            new ConcurrentDictionary<INamedTypeSymbol, Dictionary<string, HashSet<ISymbol>>>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> _writingRoots =
            new ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default);

        /// <summary>
        /// The operation roots of the members of <paramref name="type"/> that can assign <paramref name="member"/>: its own declaration
        /// (initializer) and the members whose syntax writes a name equal to it (assignment target, <c>++</c>/<c>--</c>, <c>ref</c>/<c>out</c>
        /// argument, tuple). A subset of <see cref="TestCatalog.GetTypeOperationRoots"/> that holds every definition of the member, so that asking
        /// "what was this field assigned?" binds the few members that assign it rather than the whole class again. Syntax first, because
        /// it decides which members need binding at all.
        /// </summary>
        public ImmutableArray<IOperation> GetWritingRoots(ISymbol member, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (_writingRoots.TryGetValue(member, out var roots))
            {
                return roots;
            }

            // The language lets only constructors and the initializer assign a readonly field or a get-only auto-property: no syntax to read.
            HashSet<ISymbol>? writersOfName = null;
            var constructorsOnly = IsAssignableOnlyInConstructors(member);
            if (!constructorsOnly)
            {
                if (!_writtenNames.TryGetValue(type, out var writers))
                {
                    writers = _writtenNames.GetOrAdd(type, FindWriters(type, cancellationToken));
                }

                writers.TryGetValue(member.Name, out writersOfName);
            }

            var builder = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var candidate in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (IsWritingCandidate(candidate) &&
                    (SymbolEqualityComparer.Default.Equals(candidate, member) ||
                     (constructorsOnly ? IsConstructorLike(candidate) : writersOfName?.Contains(candidate) == true)))
                {
                    _model.Tests.AddOperations(candidate, builder, cancellationToken);
                }
            }

            roots = builder.ToImmutable();
            _writingRoots.TryAdd(member, roots);
            return roots;
        }

        // Constructors, and init accessors (which may assign readonly fields of their own type too).
        private static bool IsConstructorLike(ISymbol candidate) =>
            candidate is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor } or IMethodSymbol { MethodKind: MethodKind.PropertySet, IsInitOnly: true };

        private static bool IsAssignableOnlyInConstructors(ISymbol member) => member switch
        {
            IFieldSymbol field => field.IsReadOnly || field.IsConst,
            IPropertySymbol { SetMethod: null } property => !property.IsAbstract && IsAutoProperty(property),
            _ => false,
        };

        private static bool IsWritingCandidate(ISymbol candidate) =>
            (!candidate.IsImplicitlyDeclared || candidate is IMethodSymbol { MethodKind: MethodKind.Constructor }) &&
            candidate is IMethodSymbol or IFieldSymbol or IPropertySymbol;

        /// <summary>For each name the members of <paramref name="type"/> write (syntax only), the members that write it: one walk per class.</summary>
        private static Dictionary<string, HashSet<ISymbol>> FindWriters(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var writers = new Dictionary<string, HashSet<ISymbol>>(System.StringComparer.Ordinal);
            foreach (var candidate in type.GetMembers())
            {
                if (!IsWritingCandidate(candidate))
                {
                    continue;
                }

                foreach (var reference in candidate.DeclaringSyntaxReferences)
                {
                    foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (node is IdentifierNameSyntax identifier && IsWritten(identifier))
                        {
                            var name = identifier.Identifier.ValueText;
                            if (!writers.TryGetValue(name, out var members))
                            {
                                writers.Add(name, members = new HashSet<ISymbol>(SymbolEqualityComparer.Default));
                            }

                            members.Add(candidate);
                        }
                    }
                }
            }

            return writers;
        }

        private static bool IsWritten(SyntaxNode identifier)
        {
            for (SyntaxNode? node = identifier, parent = identifier.Parent; parent is not null; node = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case AssignmentExpressionSyntax assignment:
                        return assignment.Left == node;
                    case PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax:
                    case TupleExpressionSyntax:
                        return true;
                    case ArgumentSyntax argument:
                        return !argument.RefKindKeyword.IsKind(SyntaxKind.None);
                    case MemberAccessExpressionSyntax access when access.Name == node:
                    case ParenthesizedExpressionSyntax:
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }
    }
}
