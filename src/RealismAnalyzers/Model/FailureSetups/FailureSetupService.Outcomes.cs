using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>Which outcomes of a production member are failures a test should show (RA3005).</summary>
    internal sealed partial class FailureSetupService
    {
        /// <summary>How deep the branches of a returned expression are followed (<c>a ? b : c ?? d</c>).</summary>
        private const int MaxReturnNesting = 8;

        /// <summary>
        /// True when a null result of <paramref name="member"/> is a failure outcome worth a test: a <c>Nullable&lt;T&gt;</c> return;
        /// for a member of this compilation, a body that can return <c>null</c> (a null or default literal, a conditional access, a
        /// nullable value it passes on); for a member read from metadata, whose body cannot be seen, a name that says it looks
        /// something up and may miss (<c>Find…</c>, <c>Get…</c>, <c>TryGet…</c>, <c>Lookup…</c>, <c>Search…</c>, <c>Locate…</c>,
        /// <c>Fetch…</c>, <c>Load…</c>, <c>…OrDefault</c>, <c>…OrNull</c>). A nullable annotation alone is weak evidence: resolvers
        /// with a final fallback are annotated nullable and never return null.
        /// </summary>
        public bool CanReturnNullAsFailure(IMethodSymbol member, CancellationToken cancellationToken)
        {
            var type = member.ReturnType;
            if (OperationQueries.IsTaskLike(type, out var hasResult) && hasResult && type is INamedTypeSymbol { TypeArguments.Length: 1 } task)
            {
                type = task.TypeArguments[0];
            }

            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return true;
            }

            var definition = member.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, _model.Compilation.Assembly) && !definition.DeclaringSyntaxReferences.IsDefaultOrEmpty)
            {
                foreach (var reference in definition.DeclaringSyntaxReferences)
                {
                    if (_model.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken) is { } body && ReturnsNull(body, cancellationToken))
                    {
                        return true;
                    }
                }

                return false;
            }

            return NamesALookupThatMayMiss(definition.Name);
        }

        private static bool NamesALookupThatMayMiss(string name) =>
            StartsWithWord(name, "Find") || StartsWithWord(name, "Get") || StartsWithWord(name, "TryGet") || StartsWithWord(name, "Lookup") ||
            StartsWithWord(name, "Search") || StartsWithWord(name, "Locate") || StartsWithWord(name, "Fetch") || StartsWithWord(name, "Load") ||
            name.EndsWith("OrDefault", StringComparison.Ordinal) || name.EndsWith("OrDefaultAsync", StringComparison.Ordinal) ||
            name.EndsWith("OrNull", StringComparison.Ordinal) || name.EndsWith("OrNullAsync", StringComparison.Ordinal);

        /// <summary><paramref name="name"/> begins with the word <paramref name="word"/> (<c>GetById</c>, not <c>Getaway</c>).</summary>
        private static bool StartsWithWord(string name, string word) =>
            name.StartsWith(word, StringComparison.Ordinal) && (name.Length == word.Length || !char.IsLower(name[word.Length]));

        private static bool ReturnsNull(IOperation body, CancellationToken cancellationToken)
        {
            foreach (var operation in body.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation is IReturnOperation { ReturnedValue: { } value } && !IsInsideNestedFunction(operation, body) && MayBeNull(value, 0))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsInsideNestedFunction(IOperation operation, IOperation body)
        {
            for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool MayBeNull(IOperation value, int depth)
        {
            if (depth > MaxReturnNesting || !StackGuard.IsSufficient())
            {
                return false;
            }

            value = OperationQueries.Unwrap(value);
            switch (value)
            {
                case IAwaitOperation awaited:
                    return MayBeNull(awaited.Operation, depth + 1);
                case IConditionalOperation conditional:
                    return MayBeNull(conditional.WhenTrue, depth + 1) || (conditional.WhenFalse is { } whenFalse && MayBeNull(whenFalse, depth + 1));
                case ICoalesceOperation coalesce:
                    return MayBeNull(coalesce.WhenNull, depth + 1);
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        if (MayBeNull(arm.Value, depth + 1))
                        {
                            return true;
                        }
                    }

                    return false;
                case IConditionalAccessOperation:
                    return true;
                case IDefaultValueOperation:
                    return value.Type is not { IsValueType: true };
                case IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IInvocationOperation:
                    // A value passed on: null when its declared type says it may be (a `var` local is always annotated, so locals are not read).
                    return value.Type is { IsValueType: false } type && type.NullableAnnotation == NullableAnnotation.Annotated;
            }

            return value.ConstantValue is { HasValue: true, Value: null } && value.Type is not { IsValueType: true };
        }

        /// <summary>
        /// True when a boolean <paramref name="member"/> is a state-membership predicate that takes the state to compare with as an
        /// argument (<c>IsFeature(FeatureState.Disabled)</c>, <c>IsInState(s)</c>, <c>HasStatus(st)</c>): an <c>Is…</c>/<c>Has…</c> member with
        /// exactly one enum parameter, whose ordinal is returned. Asserting it true for different states is an equality check on the
        /// state, not a success outcome.
        /// </summary>
        public static bool IsStatePredicate(IMethodSymbol member, out int stateParameter)
        {
            stateParameter = -1;
            if (!StartsWithWord(member.Name, "Is") && !StartsWithWord(member.Name, "Has"))
            {
                return false;
            }

            foreach (var parameter in member.Parameters)
            {
                if (parameter.Type.TypeKind != TypeKind.Enum)
                {
                    continue;
                }

                if (stateParameter >= 0)
                {
                    return false;
                }

                stateParameter = parameter.Ordinal;
            }

            return stateParameter >= 0;
        }
    }
}
