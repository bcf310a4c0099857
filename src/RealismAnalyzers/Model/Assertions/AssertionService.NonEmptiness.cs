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

        private static bool IsPositiveNumber(IOperation operation) =>
            operation.ConstantValue is { HasValue: true, Value: int value } && value > 0;
    }
}
