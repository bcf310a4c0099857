using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class TestingModel
    {
        /// <summary>How deep the search follows calls into helper methods of the same compilation.</summary>
        internal const int MaxHelperDepth = 8;

        /// <summary>
        /// True when running <paramref name="root"/> can make a test fail on purpose: an assertion, a verification,
        /// <c>Assert.Fail</c>, an explicit <c>throw</c>, or a call to a method of this compilation that does one of these
        /// (transitively). Lambdas and local functions inside <paramref name="root"/> are included.
        /// </summary>
        public bool ContainsCheck(IOperation root, AssertionConventions conventions, CancellationToken cancellationToken) =>
            ContainsCheck(root, conventions, 0, cancellationToken);

        /// <summary>True when calling <paramref name="method"/> can make a test fail on purpose (see <see cref="ContainsCheck(IOperation, AssertionConventions, CancellationToken)"/>).</summary>
        public bool MethodAsserts(IMethodSymbol method, AssertionConventions conventions, CancellationToken cancellationToken) =>
            MethodAsserts(method, conventions, 0, cancellationToken);

        private bool ContainsCheck(IOperation root, AssertionConventions conventions, int depth, CancellationToken cancellationToken)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IThrowOperation:
                        return true;

                    case IInvocationOperation invocation:
                        if (Classify(invocation, conventions).IsCheck)
                        {
                            return true;
                        }

                        if (MethodAsserts(invocation.TargetMethod, conventions, depth + 1, cancellationToken))
                        {
                            return true;
                        }

                        break;

                    case IObjectCreationOperation { Constructor: { } constructor }:
                        // A custom assertion object (e.g. a scope that asserts) is rare; constructors are followed like helpers.
                        if (MethodAsserts(constructor, conventions, depth + 1, cancellationToken))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        private bool MethodAsserts(IMethodSymbol method, AssertionConventions conventions, int depth, CancellationToken cancellationToken)
        {
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            if (conventions.IsCustomAssertion(method) || HasAssertionMethodAttribute(method))
            {
                return true;
            }

            if (method.DeclaringSyntaxReferences.IsDefaultOrEmpty || depth > MaxHelperDepth)
            {
                return false;
            }

            var memo = conventions.AssertingMethods;
            if (memo.TryGetValue(method, out var known))
            {
                return known;
            }

            // A recursive helper is taken as not asserting until its body says otherwise.
            memo.TryAdd(method, false);
            var result = false;
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var body = GetOperation(reference.GetSyntax(cancellationToken), cancellationToken);
                if (body is not null && ContainsCheck(body, conventions, depth, cancellationToken))
                {
                    result = true;
                    break;
                }
            }

            memo[method] = result;
            return result;
        }
    }
}
