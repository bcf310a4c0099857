using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class AssertionService
    {
        /// <summary>
        /// True when an assertion (read into <paramref name="operands"/>, whose checked value is <paramref name="subject"/>)
        /// proves <paramref name="collection"/> non-empty: <c>NotEmpty(items)</c>, <c>ContainSingle</c>, <c>HaveCount(3)</c>,
        /// <c>Assert.Equal(2, items.Count)</c>, <c>items.Any()</c> asserted true, <c>Count</c> greater than zero.
        /// </summary>
        public static bool ProvesNonEmpty(AssertionOperands operands, IOperation subject, IOperation collection)
        {
            var name = operands.CheckName;
            if (ValueFacts.IsSameValue(subject, collection, allowProperties: true))
            {
                if (TestingModel.Has(name, "Empty"))
                {
                    return operands.IsNegated;
                }

                if (operands.IsNegated)
                {
                    return false;
                }

                if (TestingModel.Has(name, "Single") || TestingModel.Has(name, "Contain"))
                {
                    return true;
                }

                return operands.Expected is { } expected && (IsPositiveNumber(expected) || ValueFacts.IsNonEmptyLiteral(expected));
            }

            // items.Count, items.Length, items.Count(), items.Any()
            IOperation? owner = subject switch
            {
                IPropertyReferenceOperation { Property.Name: "Count" or "Length", Instance: { } instance } => instance,
                IInvocationOperation { TargetMethod.Name: "Count" or "Any" } call => OperationQueries.Receiver(call),
                _ => null,
            };
            if (owner is null || !ValueFacts.IsSameValue(owner, collection, allowProperties: true) || operands.IsNegated)
            {
                return false;
            }

            switch (operands.Kind)
            {
                case AssertionKind.Boolean:
                    return subject is IInvocationOperation { TargetMethod.Name: "Any" } && operands.ExpectedBoolean == true;
                case AssertionKind.Equality:
                    return operands.Expected is { } expected && IsPositiveNumber(expected);
                case AssertionKind.Comparison:
                    return TestingModel.Has(name, "Positive") || (TestingModel.Has(name, "Greater") && operands.Expected is { ConstantValue: { HasValue: true, Value: int minimum } } && minimum >= 0);
            }

            return false;
        }

        /// <summary>
        /// True when an assertion (read into <paramref name="operands"/>) checks that <paramref name="collection"/> is empty:
        /// <c>Assert.Empty(items)</c>, <c>Assert.That(items, Is.Empty)</c>, <c>items.Should().BeEmpty()</c>, <c>items.ShouldBeEmpty()</c>.
        /// </summary>
        public static bool ProvesEmpty(AssertionOperands operands, IOperation collection) =>
            !operands.IsNegated && TestingModel.Has(operands.CheckName, "Empty") && operands.Actual is { } actual &&
            ValueFacts.IsSameValue(OperationQueries.Unwrap(actual), collection, allowProperties: true);

        /// <summary>
        /// The collection a condition is true only for when it has an element: <c>items.Count &gt; 0</c>, <c>items.Length != 0</c>,
        /// <c>items.Count() &gt;= 1</c>, <c>items.Any()</c> (without a predicate); null for any other condition.
        /// </summary>
        public static IOperation? CollectionFoundNonEmpty(IOperation condition)
        {
            condition = OperationQueries.Unwrap(condition);
            if (condition is IInvocationOperation { TargetMethod.Name: "Any", Arguments.Length: 1, Instance: null } any && IsLinq(any.TargetMethod))
            {
                return OperationQueries.Receiver(any);
            }

            if (condition is not IBinaryOperation binary || binary.RightOperand.ConstantValue is not { HasValue: true, Value: int bound })
            {
                return null;
            }

            var counts = binary.OperatorKind switch
            {
                BinaryOperatorKind.GreaterThan => bound >= 0,
                BinaryOperatorKind.NotEquals => bound == 0,
                BinaryOperatorKind.GreaterThanOrEqual => bound >= 1,
                _ => false,
            };
            if (!counts)
            {
                return null;
            }

            return OperationQueries.Unwrap(binary.LeftOperand) switch
            {
                IPropertyReferenceOperation { Property.Name: "Count" or "Length", Instance: { } instance } => OperationQueries.Unwrap(instance),
                IInvocationOperation { TargetMethod.Name: "Count", Arguments.Length: 1, Instance: null } count when IsLinq(count.TargetMethod) => OperationQueries.Receiver(count),
                _ => null,
            };
        }

        private static bool IsPositiveNumber(IOperation operation) =>
            operation.ConstantValue is { HasValue: true, Value: int value } && value > 0;
    }
}
