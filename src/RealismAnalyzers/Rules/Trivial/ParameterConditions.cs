using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Trivial
{
    /// <summary>
    /// Conditions a data-driven test branches on that depend only on its parameters and constants (<c>kind == typeof(Refund)</c>,
    /// <c>currency != "EUR"</c>, <c>isMember</c>, <c>tier is Tier.Gold</c>), and their value for one literal data row (RA1006).
    /// </summary>
    internal static class ParameterConditions
    {
        private const int MaxDepth = 8;

        /// <summary>True when <paramref name="condition"/> reads nothing but <paramref name="test"/>'s parameters and constants, in a shape <see cref="Evaluate"/> knows.</summary>
        public static bool IsDecidable(IOperation condition, IMethodSymbol test) => IsDecidable(condition, test, 0);

        private static bool IsDecidable(IOperation condition, IMethodSymbol test, int depth)
        {
            if (depth > MaxDepth || !StackGuard.IsSufficient())
            {
                return false;
            }

            switch (OperationQueries.Unwrap(condition))
            {
                case IParameterReferenceOperation parameter:
                    return IsOwnParameter(parameter, test) && parameter.Type?.SpecialType == SpecialType.System_Boolean;
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return IsDecidable(not.Operand, test, depth + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical:
                    return IsDecidable(logical.LeftOperand, test, depth + 1) && IsDecidable(logical.RightOperand, test, depth + 1);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    return TryReadComparison(comparison.LeftOperand, comparison.RightOperand, test, out _, out _);
                case IIsPatternOperation pattern:
                    return OperationQueries.Unwrap(pattern.Value) is IParameterReferenceOperation subject && IsOwnParameter(subject, test) && IsConstantPattern(pattern.Pattern, 0);
            }

            return false;
        }

        /// <summary>The value of <paramref name="condition"/> for the row <paramref name="row"/> (one value per parameter), or null when it cannot be told.</summary>
        public static bool? Evaluate(IOperation condition, IMethodSymbol test, ImmutableArray<TypedConstant> row, int depth)
        {
            if (depth > MaxDepth || !StackGuard.IsSufficient())
            {
                return null;
            }

            switch (OperationQueries.Unwrap(condition))
            {
                case IParameterReferenceOperation parameter when IsOwnParameter(parameter, test):
                    return ValueOf(row, parameter.Parameter) is { Kind: TypedConstantKind.Primitive, Value: bool flag } ? flag : null;

                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return !Evaluate(not.Operand, test, row, depth + 1);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                    return Evaluate(and.LeftOperand, test, row, depth + 1) is { } left ? (left ? Evaluate(and.RightOperand, test, row, depth + 1) : false) : null;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                    return Evaluate(or.LeftOperand, test, row, depth + 1) is { } first ? (first ? true : Evaluate(or.RightOperand, test, row, depth + 1)) : null;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    if (!TryReadComparison(comparison.LeftOperand, comparison.RightOperand, test, out var compared, out var constant) ||
                        ValueOf(row, compared!) is not { } rowValue || Matches(rowValue, constant!) is not { } equal)
                    {
                        return null;
                    }

                    return comparison.OperatorKind == BinaryOperatorKind.Equals ? equal : !equal;

                case IIsPatternOperation pattern when OperationQueries.Unwrap(pattern.Value) is IParameterReferenceOperation subject && IsOwnParameter(subject, test):
                    return ValueOf(row, subject.Parameter) is { } value ? MatchesPattern(value, pattern.Pattern, 0) : null;
            }

            return null;
        }

        private static bool IsOwnParameter(IParameterReferenceOperation reference, IMethodSymbol test) =>
            SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol, test);

        private static TypedConstant? ValueOf(ImmutableArray<TypedConstant> row, IParameterSymbol parameter) =>
            parameter.Ordinal < row.Length ? row[parameter.Ordinal] : null;

        /// <summary>A parameter compared with a constant or a <c>typeof</c>, in either order.</summary>
        private static bool TryReadComparison(IOperation left, IOperation right, IMethodSymbol test, out IParameterSymbol? parameter, out IOperation? constant)
        {
            parameter = null;
            constant = null;
            var unwrappedLeft = OperationQueries.Unwrap(left);
            var unwrappedRight = OperationQueries.Unwrap(right);
            if (unwrappedLeft is IParameterReferenceOperation leftParameter && IsOwnParameter(leftParameter, test) && IsConstant(unwrappedRight))
            {
                parameter = leftParameter.Parameter;
                constant = unwrappedRight;
                return true;
            }

            if (unwrappedRight is IParameterReferenceOperation rightParameter && IsOwnParameter(rightParameter, test) && IsConstant(unwrappedLeft))
            {
                parameter = rightParameter.Parameter;
                constant = unwrappedLeft;
                return true;
            }

            return false;
        }

        private static bool IsConstant(IOperation operation) => operation is ITypeOfOperation || operation.ConstantValue.HasValue;

        private static bool IsConstantPattern(IPatternOperation pattern, int depth) => depth <= MaxDepth && StackGuard.IsSufficient() && pattern switch
        {
            IConstantPatternOperation constant => IsConstant(OperationQueries.Unwrap(constant.Value)),
            INegatedPatternOperation negated => IsConstantPattern(negated.Pattern, depth + 1),
            _ => false,
        };

        private static bool? MatchesPattern(TypedConstant value, IPatternOperation pattern, int depth)
        {
            if (depth > MaxDepth || !StackGuard.IsSufficient())
            {
                return null;
            }

            return pattern switch
            {
                IConstantPatternOperation constant => Matches(value, OperationQueries.Unwrap(constant.Value)),
                INegatedPatternOperation negated => !MatchesPattern(value, negated.Pattern, depth + 1),
                _ => null,
            };
        }

        /// <summary>Whether a row's value equals a constant operand (null, a number, a string, a boolean, an enum member, a <c>typeof</c>); null when unsure.</summary>
        private static bool? Matches(TypedConstant value, IOperation constant)
        {
            if (value.Kind == TypedConstantKind.Error || value.Kind == TypedConstantKind.Array)
            {
                return null;
            }

            if (constant is ITypeOfOperation typeOf)
            {
                return value.Kind == TypedConstantKind.Type && value.Value is ITypeSymbol type
                    ? SymbolEqualityComparer.Default.Equals(type, typeOf.TypeOperand)
                    : value.IsNull ? false : null;
            }

            var expected = constant.ConstantValue.Value;
            if (value.IsNull || expected is null)
            {
                return value.IsNull && expected is null;
            }

            var actual = value.Value;
            if (actual is string || expected is string || actual is bool || expected is bool)
            {
                return Equals(actual, expected);
            }

            if (IsNumber(actual) && IsNumber(expected))
            {
                try
                {
                    return Convert.ToDecimal(actual, System.Globalization.CultureInfo.InvariantCulture) ==
                        Convert.ToDecimal(expected, System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (OverflowException)
                {
                    return null;
                }
            }

            return Equals(actual, expected) ? true : null;
        }

        private static bool IsNumber(object? value) =>
            value is sbyte or byte or short or ushort or int or uint or long or ulong;
    }
}
