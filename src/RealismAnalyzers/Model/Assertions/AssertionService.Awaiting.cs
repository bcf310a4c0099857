using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class AssertionService
    {
        /// <summary>
        /// True when <paramref name="invocation"/> is an assertion that checks nothing until it is awaited: it returns a task
        /// or an awaitable assertion (xUnit <c>ThrowsAsync</c>, MSTest <c>ThrowsExceptionAsync</c>, FluentAssertions <c>ThrowAsync</c>,
        /// Shouldly <c>ShouldThrowAsync</c>, NUnit <c>ThatAsync</c> and <c>MultipleAsync</c>, every TUnit <c>Assert.That(…)</c> condition).
        /// </summary>
        public bool IsAsyncAssertion(IInvocationOperation invocation)
        {
            var info = _model.Classify(invocation);
            return (info.Role == InvocationRole.Assertion || info.Role == InvocationRole.Fail || info.Role == InvocationRole.AssertionGroup) &&
                OperationQueries.IsAwaitable(invocation.Type);
        }
    }
}
