using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.Model
{
    internal sealed partial class TestingModel
    {
        private readonly ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>> _writingRoots =
            new ConcurrentDictionary<ISymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default);

        /// <summary>
        /// The operation roots of the members of <paramref name="type"/> that can assign <paramref name="member"/>: its own declaration
        /// (initializer) and the members whose syntax writes a name equal to it (assignment target, <c>++</c>/<c>--</c>, <c>ref</c>/<c>out</c>
        /// argument, tuple). A subset of <see cref="GetTypeOperationRoots"/> that holds every definition of the member, so that asking
        /// "what was this field assigned?" binds the few members that assign it rather than the whole class again. Syntax first, because
        /// it decides which members need binding at all.
        /// </summary>
        public ImmutableArray<IOperation> GetWritingRoots(ISymbol member, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (_writingRoots.TryGetValue(member, out var roots))
            {
                return roots;
            }

            var builder = ImmutableArray.CreateBuilder<IOperation>();
            foreach (var candidate in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if ((candidate.IsImplicitlyDeclared && candidate is not IMethodSymbol { MethodKind: MethodKind.Constructor }) ||
                    candidate is not (IMethodSymbol or IFieldSymbol or IPropertySymbol))
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(candidate, member) || WritesName(candidate, member.Name, cancellationToken))
                {
                    AddOperations(candidate, builder, cancellationToken);
                }
            }

            roots = builder.ToImmutable();
            _writingRoots.TryAdd(member, roots);
            return roots;
        }

        private static bool WritesName(ISymbol candidate, string name, CancellationToken cancellationToken)
        {
            foreach (var reference in candidate.DeclaringSyntaxReferences)
            {
                foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
                {
                    if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == name && IsWritten(identifier))
                    {
                        return true;
                    }
                }
            }

            return false;
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
