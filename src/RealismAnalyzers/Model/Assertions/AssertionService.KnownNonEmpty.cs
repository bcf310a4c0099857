using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class AssertionService
    {
        /// <summary>
        /// True when the sequence <paramref name="collection"/> always has an element: a non-empty collection literal, a local that
        /// <paramref name="scope"/> only ever assigns such a sequence, all the members of an enum that has some (<c>Enum.GetValues(typeof(E))</c>,
        /// <c>Enum.GetValues&lt;E&gt;()</c>, <c>Enum.GetNames</c>), through <c>Cast</c>/<c>OfType</c>/<c>ToArray</c>/<c>ToList</c>/<c>Select</c>,
        /// a sequence with an element added (<c>Append</c>, <c>Prepend</c>) or joined to a non-empty one (<c>Concat</c>, <c>Union</c>), or
        /// a field or property of this compilation whose only value is such a sequence (a test class's data table, <c>static
        /// IEnumerable&lt;Kind&gt; Kinds =&gt; Enum.GetValues&lt;Kind&gt;()</c>).
        /// </summary>
        public bool IsKnownNonEmpty(IOperation collection, IOperation scope, CancellationToken cancellationToken) =>
            IsKnownNonEmpty(collection, scope, 0, cancellationToken);

        /// <summary>How many members, locals and joins deep the search follows a sequence to where it is made.</summary>
        private const int MaxNonEmptyDepth = 6;

        private bool IsKnownNonEmpty(IOperation collection, IOperation scope, int depth, CancellationToken cancellationToken)
        {
            if (depth > MaxNonEmptyDepth || !StackGuard.IsSufficient())
            {
                return false;
            }

            cancellationToken.ThrowIfCancellationRequested();
            collection = OperationQueries.Unwrap(collection);
            for (var steps = 0; steps < 8; steps++)
            {
                if (collection is IInvocationOperation { TargetMethod.Name: "Cast" or "OfType" or "ToArray" or "ToList" or "AsEnumerable" or "Select" } keeping &&
                    OperationQueries.Receiver(keeping) is { } source && IsLinq(keeping.TargetMethod))
                {
                    collection = OperationQueries.Unwrap(source);
                    continue;
                }

                break;
            }

            if (ValueFacts.IsNonEmptyLiteral(collection))
            {
                return true;
            }

            switch (collection)
            {
                case ILocalReferenceOperation local:
                    return ValueFacts.IsOnlyAssigned(local.Local, scope, value => IsKnownNonEmpty(value, scope, depth + 1, cancellationToken), cancellationToken);

                case IInvocationOperation { TargetMethod.Name: "Append" or "Prepend" } adding when IsLinq(adding.TargetMethod):
                    return true;

                case IInvocationOperation { TargetMethod.Name: "Concat" or "Union", Arguments.Length: 2 } joining when IsLinq(joining.TargetMethod):
                    // Extension form: the first argument is the receiver.
                    return IsKnownNonEmpty(joining.Arguments[0].Value, scope, depth + 1, cancellationToken) ||
                        IsKnownNonEmpty(joining.Arguments[1].Value, scope, depth + 1, cancellationToken);

                case IInvocationOperation invocation:
                    return ListsMembersOfNonEmptyEnum(invocation);

                case IFieldReferenceOperation field:
                    return HoldsOnlyNonEmptySequence(field.Field, depth, cancellationToken);

                case IPropertyReferenceOperation property:
                    return HoldsOnlyNonEmptySequence(property.Property, depth, cancellationToken);
            }

            return false;
        }

        private static bool IsLinq(IMethodSymbol method) => KnownTypeCatalog.NamespaceOf(method.ContainingType) == "System.Linq";

        /// <summary><c>Enum.GetValues(typeof(E))</c>, <c>Enum.GetValues&lt;E&gt;()</c>, <c>Enum.GetNames(…)</c> of an enum that declares a member.</summary>
        private static bool ListsMembersOfNonEmptyEnum(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.Name is not ("GetValues" or "GetNames" or "GetValuesAsUnderlyingType") ||
                method.ContainingType is not { Name: "Enum" } enumType || KnownTypeCatalog.NamespaceOf(enumType) != "System")
            {
                return false;
            }

            ITypeSymbol? listed = null;
            if (method.TypeArguments.Length == 1)
            {
                listed = method.TypeArguments[0];
            }
            else if (invocation.Arguments.Length == 1 && OperationQueries.Unwrap(invocation.Arguments[0].Value) is ITypeOfOperation typeOf)
            {
                listed = typeOf.TypeOperand;
            }

            if (listed is not INamedTypeSymbol { TypeKind: TypeKind.Enum } named)
            {
                return false;
            }

            foreach (var member in named.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A field or property declared in this compilation whose only value is a sequence known to be non-empty: a read-only field with
        /// such an initializer that no constructor assigns, or a property without a setter that returns one (expression body, getter,
        /// or initializer of a get-only auto-property that no constructor assigns).
        /// </summary>
        private bool HoldsOnlyNonEmptySequence(ISymbol member, int depth, CancellationToken cancellationToken)
        {
            if (member.DeclaringSyntaxReferences.Length != 1 || !SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, _model.Compilation.Assembly))
            {
                return false;
            }

            var declaration = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken);
            ExpressionSyntax? value;
            var assignableInConstructor = false;
            switch (member)
            {
                case IFieldSymbol { IsReadOnly: true } when declaration is VariableDeclaratorSyntax declarator:
                    value = declarator.Initializer?.Value;
                    assignableInConstructor = true;
                    break;

                case IPropertySymbol { SetMethod: null } when declaration is PropertyDeclarationSyntax property:
                    value = property.ExpressionBody?.Expression ?? property.Initializer?.Value ?? ReturnedByGetter(property);
                    assignableInConstructor = property.Initializer is not null;
                    break;

                default:
                    return false;
            }

            if (value is null || (assignableInConstructor && IsAssignedInConstructor(member, cancellationToken)))
            {
                return false;
            }

            // A field's array initializer without 'new' (string[] Skus = { "A" }) is an initializer operation of its own.
            return _model.GetOperation(value, cancellationToken) is { } operation &&
                (operation is IArrayInitializerOperation { ElementValues.Length: > 0 } ||
                IsKnownNonEmpty(operation, TestBodies.RootOf(operation), depth + 1, cancellationToken));
        }

        /// <summary>The expression of a getter that is one <c>return</c> (or an expression body): <c>get { return new[] { … }; }</c>.</summary>
        private static ExpressionSyntax? ReturnedByGetter(PropertyDeclarationSyntax property)
        {
            if (property.AccessorList is not { } accessors)
            {
                return null;
            }

            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.Keyword.ValueText != "get")
                {
                    continue;
                }

                if (accessor.ExpressionBody is { } arrow)
                {
                    return arrow.Expression;
                }

                if (accessor.Body is { Statements.Count: 1 } body && body.Statements[0] is ReturnStatementSyntax { Expression: { } returned })
                {
                    return returned;
                }
            }

            return null;
        }

        /// <summary>Syntax: a constructor of the member's type mentions its name (where a read-only member may be assigned).</summary>
        private static bool IsAssignedInConstructor(ISymbol member, CancellationToken cancellationToken)
        {
            foreach (var constructor in member.ContainingType.Constructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    foreach (var node in reference.GetSyntax(cancellationToken).DescendantNodes())
                    {
                        if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == member.Name)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }
    }
}
