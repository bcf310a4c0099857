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
        /// <paramref name="scope"/> only ever assigns one, all the members of an enum that has some (<c>Enum.GetValues(typeof(E))</c>,
        /// <c>Enum.GetValues&lt;E&gt;()</c>, <c>Enum.GetNames</c>, through <c>Cast</c>/<c>OfType</c>/<c>ToArray</c>/<c>ToList</c>/<c>Select</c>),
        /// or a field or property of this compilation whose only value is a non-empty literal (a test class's data table).
        /// </summary>
        public bool IsKnownNonEmpty(IOperation collection, IOperation scope, CancellationToken cancellationToken)
        {
            collection = OperationQueries.Unwrap(collection);
            for (var depth = 0; depth < 8; depth++)
            {
                if (collection is IInvocationOperation { TargetMethod.Name: "Cast" or "OfType" or "ToArray" or "ToList" or "AsEnumerable" or "Select" } keeping &&
                    OperationQueries.Receiver(keeping) is { } source && KnownTypeCatalog.NamespaceOf(keeping.TargetMethod.ContainingType) == "System.Linq")
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
                    return ValueFacts.IsOnlyAssigned(local.Local, scope, ValueFacts.IsNonEmptyLiteral, cancellationToken);

                case IInvocationOperation invocation:
                    return ListsMembersOfNonEmptyEnum(invocation);

                case IFieldReferenceOperation field:
                    return HoldsOnlyNonEmptyLiteral(field.Field, cancellationToken);

                case IPropertyReferenceOperation property:
                    return HoldsOnlyNonEmptyLiteral(property.Property, cancellationToken);
            }

            return false;
        }

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
        /// A field or property declared in this compilation whose only value is a non-empty collection literal: a read-only field with
        /// such an initializer that no constructor assigns, or a property without a setter that returns one (expression body, getter,
        /// or initializer of a get-only auto-property that no constructor assigns).
        /// </summary>
        private bool HoldsOnlyNonEmptyLiteral(ISymbol member, CancellationToken cancellationToken)
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
                (ValueFacts.IsNonEmptyLiteral(operation) || operation is IArrayInitializerOperation { ElementValues.Length: > 0 });
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
