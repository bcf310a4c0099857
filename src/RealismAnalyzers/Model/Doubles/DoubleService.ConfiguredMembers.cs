using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// Which members of a double the test configured: the difference between the answer the test set up (a <c>Returns</c>, a property
    /// it assigned) and what the mocking library makes up on its own (auto-values, defaults, <c>ToString()</c> of a proxy, <c>GetType()</c>).
    /// </summary>
    internal sealed partial class DoubleService
    {
        /// <summary>How many aliases (<c>var s = mock.Object</c>, <c>_field = local</c>) are followed back to where a double is held.</summary>
        private const int MaxHolderAliasDepth = 4;

        /// <summary>
        /// True when the double is configured by the expression that creates it: Moq's <c>Mock.Of&lt;T&gt;(x =&gt; x.Member == value)</c>.
        /// </summary>
        public bool IsConfiguredAtCreation(DoubleSite site) => ConfiguredAtCreation(site.Creation) is not null;

        /// <summary>The lambda of a creation that configures the double (Moq <c>Mock.Of&lt;T&gt;(predicate)</c>), or null.</summary>
        private IAnonymousFunctionOperation? ConfiguredAtCreation(IOperation creation)
        {
            if (OperationQueries.Unwrap(creation) is not IInvocationOperation { TargetMethod.Name: "Of" } invocation ||
                _model.Types.Classify(invocation.TargetMethod.ContainingType) is not (KnownType.MoqMockStatic or KnownType.MoqRepository))
            {
                return null;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (AsLambda(argument.Value) is { } lambda)
                {
                    return lambda;
                }
            }

            return null;
        }

        /// <summary>
        /// True when <paramref name="member"/>, read on the double <paramref name="instance"/> (a call or property read in a test), answers
        /// what the test or its class's setup configured on that double: Moq <c>Setup</c>/<c>SetupGet</c>/<c>SetupProperty</c>/<c>Mock.Of</c>
        /// predicates, NSubstitute <c>Returns</c>, FakeItEasy <c>A.CallTo(...).Returns(...)</c>, or a property the test assigned. Members the
        /// library answers on its own are not: auto-values and defaults, <c>ToString()</c>/<c>Equals</c>/<c>GetHashCode</c> unless configured,
        /// and <c>GetType()</c>, which no library can intercept.
        /// </summary>
        public bool IsConfiguredMember(IOperation instance, ISymbol member, CancellationToken cancellationToken)
        {
            var holders = new List<ISymbol>(2);
            if (CollectHolders(instance, member, holders, 0, cancellationToken))
            {
                return true;
            }

            var root = instance;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            INamedTypeSymbol? setupClass = null;
            foreach (var holder in holders)
            {
                if (IsConfiguredIn(root, holder, member, cancellationToken))
                {
                    return true;
                }

                // A field or property, or a local of a constructor or setup method: the class's setup may configure it.
                setupClass ??= holder switch
                {
                    IFieldSymbol or IPropertySymbol => holder.ContainingType,
                    ILocalSymbol { ContainingSymbol: IMethodSymbol method } when _model.Tests.IsSetupMember(method) => method.ContainingType,
                    _ => null,
                };
            }

            if (setupClass is null)
            {
                return false;
            }

            foreach (var setup in _model.Tests.GetSetupOperations(setupClass, cancellationToken))
            {
                foreach (var holder in holders)
                {
                    if (IsConfiguredIn(setup, holder, member, cancellationToken))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Collects the locals, fields and properties that hold the double <paramref name="value"/> names, through aliases (<c>mock.Object</c>,
        /// <c>var s = sub</c>, <c>_field = local</c>); true when a creation on the way configures <paramref name="member"/> itself (<c>Mock.Of</c>).
        /// </summary>
        private bool CollectHolders(IOperation value, ISymbol member, List<ISymbol> holders, int depth, CancellationToken cancellationToken)
        {
            if (depth > MaxHolderAliasDepth || !StackGuard.IsSufficient())
            {
                return false;
            }

            var operation = OperationQueries.Unwrap(value);
            if (operation is IPropertyReferenceOperation { Instance: { } wrapper } access && IsWrapperObjectProperty(access))
            {
                operation = OperationQueries.Unwrap(wrapper);
            }

            if (operation is IObjectCreationOperation or IInvocationOperation)
            {
                return ConfiguredAtCreation(operation) is { } lambda && Names(lambda, member);
            }

            if (OperationQueries.SymbolOf(operation) is not { } holder || ContainsSymbol(holders, holder))
            {
                return false;
            }

            holders.Add(holder);
            var roots = holder switch
            {
                ILocalSymbol => RootOf(operation),
                IFieldSymbol or IPropertySymbol when holder.ContainingType is { } type => GetWritingRoots(holder, type, cancellationToken),
                _ => ImmutableArray<IOperation>.Empty,
            };
            foreach (var root in roots)
            {
                foreach (var node in root.DescendantsAndSelf())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var definition = node switch
                    {
                        IVariableDeclaratorOperation { Initializer: { } initializer } declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, holder) => initializer.Value,
                        IFieldInitializerOperation fieldInitializer when Contains(fieldInitializer.InitializedFields, holder) => fieldInitializer.Value,
                        IPropertyInitializerOperation propertyInitializer when Contains(propertyInitializer.InitializedProperties, holder) => propertyInitializer.Value,
                        ISimpleAssignmentOperation assignment when SymbolEqualityComparer.Default.Equals(OperationQueries.SymbolOf(assignment.Target), holder) => assignment.Value,
                        _ => null,
                    };
                    if (definition is not null && CollectHolders(definition, member, holders, depth + 1, cancellationToken))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>True when a reference to <paramref name="holder"/> in <paramref name="root"/> configures <paramref name="member"/> or assigns it.</summary>
        private bool IsConfiguredIn(IOperation root, ISymbol holder, ISymbol member, CancellationToken cancellationToken)
        {
            foreach (var node in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!ReferenceIndex.IsReference(node, membersOnly: false) || !SymbolEqualityComparer.Default.Equals(OperationQueries.SymbolOf(node), holder))
                {
                    continue;
                }

                var reference = ClassifyDoubleReference(node, IsWrapperType(node.Type));
                switch (reference.Kind)
                {
                    case DoubleReferenceKind.Configuration when reference.Top is IInvocationOperation top &&
                        TryGetConfiguredMember(top, out var configured) && IsSameMember(configured, member):
                        return true;

                    case DoubleReferenceKind.MemberCall when reference.Top is IPropertyReferenceOperation property &&
                        OperationQueries.SkipConversions(property).Parent is ISimpleAssignmentOperation assignment && assignment.Target == OperationQueries.SkipConversions(property) &&
                        IsSameMember(property.Property, member):
                        // sub.Discount = 10m; then sub.Discount is read back.
                        return true;
                }
            }

            return false;
        }

        /// <summary>True when a reference to <paramref name="holder"/> in <paramref name="roots"/> configures any member of its double (switching to the real implementation aside).</summary>
        public bool IsConfiguredIn(ImmutableArray<IOperation> roots, ISymbol holder, CancellationToken cancellationToken)
        {
            foreach (var root in roots)
            {
                foreach (var node in root.DescendantsAndSelf())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (ReferenceIndex.IsReference(node, membersOnly: false) && SymbolEqualityComparer.Default.Equals(OperationQueries.SymbolOf(node), holder) &&
                        ClassifyDoubleReference(node, IsWrapperType(node.Type)) is { Kind: DoubleReferenceKind.Configuration, CallsBase: false })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The members a creation configures itself (the members a <c>Mock.Of&lt;T&gt;(x =&gt; …)</c> predicate reads on its parameter).</summary>
        public ImmutableArray<ISymbol> GetMembersConfiguredAtCreation(DoubleSite site)
        {
            if (ConfiguredAtCreation(site.Creation) is not { } lambda)
            {
                return ImmutableArray<ISymbol>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<ISymbol>();
            foreach (var node in lambda.Body.Descendants())
            {
                switch (node)
                {
                    case IInvocationOperation { Instance: { } instance } call when OperationQueries.Unwrap(instance) is IParameterReferenceOperation:
                        builder.Add(call.TargetMethod);
                        break;
                    case IPropertyReferenceOperation { Instance: { } owner } property when OperationQueries.Unwrap(owner) is IParameterReferenceOperation:
                        builder.Add(property.Property);
                        break;
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>The member a configuration chain configures (walking down from its outermost call), when the Model can tell.</summary>
        private bool TryGetConfiguredMember(IInvocationOperation top, out ISymbol? member)
        {
            member = null;
            IOperation? current = top;
            for (var depth = 0; depth < 32 && current is IInvocationOperation call; depth++)
            {
                if (TryGetDoubleConfiguration(call, out var configuration) && configuration.Member is { } found)
                {
                    member = found;
                    return true;
                }

                current = OperationQueries.Receiver(call);
            }

            return false;
        }

        /// <summary>True when <paramref name="lambda"/> (a <c>Mock.Of</c> predicate) names <paramref name="member"/>.</summary>
        private static bool Names(IAnonymousFunctionOperation lambda, ISymbol member)
        {
            foreach (var node in lambda.Body.Descendants())
            {
                var named = node switch
                {
                    IInvocationOperation call => call.TargetMethod,
                    IPropertyReferenceOperation property => property.Property,
                    _ => (ISymbol?)null,
                };
                if (named is not null && IsSameMember(named, member))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSameMember(ISymbol? configured, ISymbol member) =>
            configured is not null && SymbolEqualityComparer.Default.Equals(configured.OriginalDefinition, member.OriginalDefinition);

        private static bool ContainsSymbol(List<ISymbol> symbols, ISymbol symbol)
        {
            foreach (var candidate in symbols)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate, symbol))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
