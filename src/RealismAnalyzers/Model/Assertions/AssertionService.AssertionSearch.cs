using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class AssertionService
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
                        if (_model.Classify(invocation, state.Conventions).IsCheck || MethodAsserts(invocation.TargetMethod, state, depth + 1))
                        {
                            return true;
                        }

                        break;

                    case IDynamicInvocationOperation or IPropertyReferenceOperation when IsCheckWithoutInvocation(operation):
                        return true;

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

        /// <summary>
        /// A check that is no bound method call: a late-bound assertion (<see cref="IsLateBoundAssertion"/>) or an NSubstitute
        /// verification of a property or indexer (<see cref="IsReceivedPropertyAccess"/>).
        /// </summary>
        public bool IsCheckWithoutInvocation(IOperation operation) => operation switch
        {
            IDynamicInvocationOperation dynamic => IsLateBoundAssertion(dynamic),
            IPropertyReferenceOperation property => IsReceivedPropertyAccess(property),
            _ => false,
        };

        /// <summary>
        /// A call to an assertion class's member that binds at run time because an argument is <c>dynamic</c>
        /// (<c>Assert.Equal(5, order.Total)</c> on a dynamic <c>order</c>): Roslyn gives it no target method, only the class and the
        /// member's name, and the call asserts as its statically bound form would.
        /// </summary>
        public bool IsLateBoundAssertion(IDynamicInvocationOperation invocation) =>
            invocation.Operation is IDynamicMemberReferenceOperation { ContainingType: { } type } &&
            _model.Types.Classify(type) is KnownType.XUnitAssert or KnownType.NUnitAssert or KnownType.MSTestAssert or KnownType.TUnitAssert;

        /// <summary>
        /// NSubstitute's <c>sub.Received().Mode = 2</c>, <c>sub.Received()["key"] = v</c>, <c>_ = sub.Received().Mode</c>: the property or
        /// indexer access on what <c>Received()</c> (or <c>DidNotReceive()</c>, …) returned is the verification, as a method call there is.
        /// </summary>
        public bool IsReceivedPropertyAccess(IPropertyReferenceOperation property) =>
            property.Instance is { } instance && _model.IsNSubstituteReceivedCall(OperationQueries.Unwrap(instance));

        private bool MethodAsserts(IMethodSymbol method, SearchState state, int depth)
        {
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            if (state.Conventions.IsCustomAssertion(method) || _model.Tests.HasAssertionMethodAttribute(method))
            {
                return true;
            }

            // A method of another assembly cannot be read from here, even when its project is open beside this one in the IDE.
            if (method.DeclaringSyntaxReferences.IsDefaultOrEmpty || !SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, _model.Compilation.Assembly))
            {
                return IsTestUtilityCheck(method);
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
                var body = _model.GetOperation(reference.GetSyntax(state.CancellationToken), state.CancellationToken);
                // A helper that does not compile yet may hold the assertion its unresolved call stands for.
                if (body is not null && (ContainsCheck(body, state, depth) || OperationQueries.HasErrors(body)))
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

        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _testUtilityAssemblies =
            new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);

        /// <summary>
        /// True for a method of a referenced test-utility library (an assembly of the product's own testing kit, built elsewhere, that
        /// references a test framework, an assertion or a double library) that returns nothing: its body cannot be read, and such a
        /// helper is there to check something (<c>Verifier.VerifyAnalyzerAsync</c>, <c>ApprovalHelper.Approve</c>).
        /// </summary>
        private bool IsTestUtilityCheck(IMethodSymbol method)
        {
            if (method.MethodKind != MethodKind.Ordinary || !(method.ReturnsVoid || (OperationQueries.IsTaskLike(method.ReturnType, out var hasResult) && !hasResult)) ||
                method.ContainingAssembly is not { } assembly || SymbolEqualityComparer.Default.Equals(assembly, _model.Compilation.Assembly))
            {
                return false;
            }

            return _testUtilityAssemblies.GetOrAdd(assembly, a =>
            {
                if (_model.Tests.RoleOf(a) != AssemblyRole.Production)
                {
                    return false;
                }

                foreach (var module in a.Modules)
                {
                    foreach (var referenced in module.ReferencedAssemblies)
                    {
                        if ((KnownAssemblyCatalog.KindsOf(referenced.Name) & (TestingLibraryKinds.Framework | TestingLibraryKinds.Assertions | TestingLibraryKinds.Doubles)) != 0)
                        {
                            return true;
                        }
                    }
                }

                return false;
            });
        }
    }
}
