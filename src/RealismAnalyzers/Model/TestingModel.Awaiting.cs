using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class TestingModel
    {
        /// <summary>
        /// True when <paramref name="invocation"/> is an assertion that checks nothing until it is awaited: it returns a task
        /// or an awaitable assertion (xUnit <c>ThrowsAsync</c>, MSTest <c>ThrowsExceptionAsync</c>, FluentAssertions <c>ThrowAsync</c>,
        /// Shouldly <c>ShouldThrowAsync</c>, NUnit <c>ThatAsync</c> and <c>MultipleAsync</c>, every TUnit <c>Assert.That(…)</c> condition).
        /// </summary>
        public bool IsAsyncAssertion(IInvocationOperation invocation)
        {
            var info = Classify(invocation);
            return (info.Role == InvocationRole.Assertion || info.Role == InvocationRole.Fail || info.Role == InvocationRole.AssertionGroup) &&
                IsAwaitable(invocation.Type);
        }

        /// <summary>A type that <c>await</c> accepts: tasks, value tasks, and types with an instance <c>GetAwaiter()</c>.</summary>
        internal static bool IsAwaitable(ITypeSymbol? type)
        {
            if (type is null || type.SpecialType == SpecialType.System_Void)
            {
                return false;
            }

            if (IsTaskLike(type, out _))
            {
                return true;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers("GetAwaiter"))
                {
                    if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 0 })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The end of the call chain <paramref name="operation"/> heads: the outermost call or property made on its result
        /// (<c>.WithMessage(...)</c>, <c>.And.IsPositive()</c>, <c>.ConfigureAwait(false)</c>), so that the caller sees where the value goes.
        /// </summary>
        internal static IOperation ChainEnd(IOperation operation)
        {
            var current = operation;
            for (var depth = 0; depth < 32 && ChainParent(current) is { } next; depth++)
            {
                current = next;
            }

            return current;
        }

        /// <summary>The call or property made directly on the result of <paramref name="operation"/>, or null.</summary>
        internal static IOperation? ChainParent(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IInvocationOperation call when call.Instance is { } instance && Unwrap(instance) == operation:
                    return call;
                case IArgumentOperation { Parameter: { Ordinal: 0, ContainingSymbol: IMethodSymbol { IsExtensionMethod: true } }, Parent: IInvocationOperation extension }:
                    return extension;
                case IPropertyReferenceOperation property when property.Instance is { } propertyInstance && Unwrap(propertyInstance) == operation:
                    return property;
            }

            return null;
        }

        /// <summary>The operation that receives <paramref name="operation"/>'s value, past conversions and parentheses.</summary>
        internal static IOperation? ValueConsumer(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            return parent;
        }
    }
}
