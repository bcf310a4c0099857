using System.Collections.Generic;
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
            ContainsCheck(root, new SearchState(conventions, cancellationToken), 0);

        /// <summary>True when calling <paramref name="method"/> can make a test fail on purpose (see <see cref="ContainsCheck(IOperation, AssertionConventions, CancellationToken)"/>).</summary>
        public bool MethodAsserts(IMethodSymbol method, AssertionConventions conventions, CancellationToken cancellationToken) =>
            MethodAsserts(method, new SearchState(conventions, cancellationToken), 0);

        /// <summary>One search: the methods on the current call path, and whether a cycle cut the search short.</summary>
        private sealed class SearchState
        {
            public SearchState(AssertionConventions conventions, CancellationToken cancellationToken)
            {
                Conventions = conventions;
                CancellationToken = cancellationToken;
            }

            public AssertionConventions Conventions { get; }

            public CancellationToken CancellationToken { get; }

            public HashSet<IMethodSymbol> OnPath { get; } = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

            public bool CutShort { get; set; }
        }

        private bool ContainsCheck(IOperation root, SearchState state, int depth)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                state.CancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IThrowOperation:
                        return true;

                    case IInvocationOperation invocation:
                        if (Classify(invocation, state.Conventions).IsCheck || MethodAsserts(invocation.TargetMethod, state, depth + 1))
                        {
                            return true;
                        }

                        break;

                    case IObjectCreationOperation { Constructor: { } constructor }:
                        // A custom assertion object (e.g. a scope that asserts) is rare; constructors are followed like helpers.
                        if (MethodAsserts(constructor, state, depth + 1))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        private bool MethodAsserts(IMethodSymbol method, SearchState state, int depth)
        {
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            if (state.Conventions.IsCustomAssertion(method) || HasAssertionMethodAttribute(method))
            {
                return true;
            }

            if (method.DeclaringSyntaxReferences.IsDefaultOrEmpty)
            {
                return false;
            }

            var memo = state.Conventions.AssertingMethods;
            if (memo.TryGetValue(method, out var known))
            {
                return known;
            }

            if (depth > MaxHelperDepth || !StackGuard.IsSufficient() || !state.OnPath.Add(method))
            {
                // Too deep, out of stack, or recursion: unknown here, so nothing above it may be memoised as "does not assert".
                state.CutShort = true;
                return false;
            }

            var wasCutShort = state.CutShort;
            state.CutShort = false;
            var result = false;
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var body = GetOperation(reference.GetSyntax(state.CancellationToken), state.CancellationToken);
                if (body is not null && ContainsCheck(body, state, depth))
                {
                    result = true;
                    break;
                }
            }

            state.OnPath.Remove(method);
            if (result || !state.CutShort)
            {
                memo.TryAdd(method, result);
            }

            state.CutShort |= wasCutShort;
            return result;
        }
    }
}
