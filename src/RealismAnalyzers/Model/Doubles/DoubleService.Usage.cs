using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>How a test uses one reference to a test double.</summary>
    internal enum DoubleReferenceKind
    {
        /// <summary>Passed, stored, returned or otherwise handed on: the double takes part in the test.</summary>
        Use = 0,

        /// <summary>The assignment that stores the double in its holder.</summary>
        Definition,

        /// <summary>Configures the double itself (Moq <c>Setup</c>, NSubstitute <c>Returns</c>/<c>When</c>, FakeItEasy <c>A.CallTo(...).Returns</c>).</summary>
        Configuration,

        /// <summary>Verifies a call on the double (Moq <c>Verify</c>, NSubstitute <c>Received</c>, FakeItEasy <c>MustHaveHappened</c>).</summary>
        Verification,

        /// <summary>The test itself calls a member of the double (outside any configuration or verification).</summary>
        MemberCall,
    }

    /// <summary>One reference to a double's holder and what it does; <see cref="Top"/> is the whole configuration/verification chain.</summary>
    internal readonly struct DoubleReference
    {
        public DoubleReference(IOperation reference, DoubleReferenceKind kind, IOperation top, bool callsBase)
        {
            Reference = reference;
            Kind = kind;
            Top = top;
            CallsBase = callsBase;
        }

        public IOperation Reference { get; }

        public DoubleReferenceKind Kind { get; }

        /// <summary>The outermost operation of the chain the reference belongs to (for a configuration: the whole <c>Setup(...).Returns(...)</c>).</summary>
        public IOperation Top { get; }

        /// <summary>A configuration that makes the double call its real implementation (Moq <c>CallBase</c>, FakeItEasy <c>CallsBaseMethod</c>).</summary>
        public bool CallsBase { get; }
    }

    /// <summary>A test double found where it is created, with the symbol it is stored in.</summary>
    internal readonly struct DoubleSite
    {
        public DoubleSite(IOperation creation, TestDouble testDouble, IOperation stored, ISymbol? holder, bool holderIsWrapper)
        {
            Creation = creation;
            Double = testDouble;
            Stored = stored;
            Holder = holder;
            HolderIsWrapper = holderIsWrapper;
        }

        /// <summary>The expression that creates the double (where rules about a double report).</summary>
        public IOperation Creation { get; }

        public TestDouble Double { get; }

        /// <summary>The expression whose value is stored: the creation, or Moq's <c>creation.Object</c> / FakeItEasy's <c>creation.FakedObject</c>.</summary>
        public IOperation Stored { get; }

        /// <summary>The local, field or property the double is stored in, when it is stored directly; null otherwise.</summary>
        public ISymbol? Holder { get; }

        /// <summary>The holder keeps the library's wrapper (Moq <c>Mock&lt;T&gt;</c>, FakeItEasy <c>Fake&lt;T&gt;</c>), not the double's object.</summary>
        public bool HolderIsWrapper { get; }
    }

    internal sealed partial class DoubleService
    {
        /// <summary>The double created by <paramref name="creation"/>, with where it is stored; false when it creates none.</summary>
        public bool TryGetDoubleSite(IOperation creation, out DoubleSite site)
        {
            site = default;

            // Half-typed code (a creation with syntax errors) is left alone until it parses.
            if (creation.Syntax.ContainsDiagnostics || !TryGetDoubleCreation(creation, out var testDouble))
            {
                return false;
            }

            var stored = creation;
            var wrapper = IsWrapperType(creation.Type);
            var parent = OperationQueries.SkipConversions(creation);
            if (wrapper && parent.Parent is IPropertyReferenceOperation access && IsWrapperObjectProperty(access))
            {
                stored = access;
                wrapper = false;
                parent = OperationQueries.SkipConversions(access);
            }

            site = new DoubleSite(creation, testDouble, stored, HolderOf(parent), wrapper);
            return true;
        }

        /// <summary>True for Moq's <c>Mock&lt;T&gt;</c> and FakeItEasy's <c>Fake&lt;T&gt;</c>: wrappers whose object is the double.</summary>
        public bool IsWrapperType(ITypeSymbol? type)
        {
            var known = _model.Types.Classify(type);
            return known == KnownType.MoqMock || known == KnownType.FakeItEasyFake;
        }

        /// <summary>Moq <c>mock.Object</c>, FakeItEasy <c>fake.FakedObject</c>.</summary>
        public bool IsWrapperObjectProperty(IPropertyReferenceOperation access) =>
            (access.Property.Name == "Object" || access.Property.Name == "FakedObject") && IsWrapperType(access.Property.ContainingType);

        private static ISymbol? HolderOf(IOperation value)
        {
            switch (value.Parent)
            {
                case IVariableInitializerOperation initializer when initializer.Parent is IVariableDeclaratorOperation declarator:
                    return declarator.Symbol;
                case IFieldInitializerOperation fieldInitializer when fieldInitializer.InitializedFields.Length == 1:
                    return fieldInitializer.InitializedFields[0];
                case IPropertyInitializerOperation propertyInitializer when propertyInitializer.InitializedProperties.Length == 1:
                    return propertyInitializer.InitializedProperties[0];
                case ISimpleAssignmentOperation assignment when assignment.Value == value:
                    return OperationQueries.SymbolOf(assignment.Target);
            }

            return null;
        }

        /// <summary>
        /// The operation roots where a holder can be referenced: the enclosing member for a local or parameter,
        /// every member of the declaring type for a field or property.
        /// </summary>
        public ImmutableArray<IOperation> GetHolderScope(DoubleSite site, CancellationToken cancellationToken)
        {
            if (site.Holder is IFieldSymbol or IPropertySymbol && site.Holder.ContainingType is { } type)
            {
                return _model.Tests.GetTypeOperationRoots(type, cancellationToken);
            }

            var root = site.Creation;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            return ImmutableArray.Create(root);
        }

        /// <summary>Every reference to the double's holder inside <paramref name="scope"/>, each with what it does.</summary>
        public ImmutableArray<DoubleReference> GetDoubleReferences(DoubleSite site, ImmutableArray<IOperation> scope, CancellationToken cancellationToken)
        {
            if (site.Holder is null)
            {
                return ImmutableArray<DoubleReference>.Empty;
            }

            var builder = ImmutableArray.CreateBuilder<DoubleReference>();
            foreach (var root in scope)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (ReferenceIndex.IsReference(operation, membersOnly: false) && SymbolEqualityComparer.Default.Equals(OperationQueries.SymbolOf(operation), site.Holder))
                    {
                        builder.Add(ClassifyDoubleReference(operation, site.HolderIsWrapper));
                    }
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>Every reference to the double's holder where it can be referenced (see <see cref="GetHolderScope"/>), each with what it does.</summary>
        public ImmutableArray<DoubleReference> GetDoubleReferences(DoubleSite site, CancellationToken cancellationToken)
        {
            if (site.Holder is IFieldSymbol or IPropertySymbol && site.Holder.ContainingType is { } type)
            {
                return GetDoubleReferences(site, _model.Tests.GetMemberReferences(type, cancellationToken));
            }

            return GetDoubleReferences(site, GetHolderScope(site, cancellationToken), cancellationToken);
        }

        /// <summary>Every reference to the double's holder in <paramref name="index"/>, each with what it does.</summary>
        public ImmutableArray<DoubleReference> GetDoubleReferences(DoubleSite site, ReferenceIndex index)
        {
            if (site.Holder is null)
            {
                return ImmutableArray<DoubleReference>.Empty;
            }

            var references = index.Of(site.Holder);
            var builder = ImmutableArray.CreateBuilder<DoubleReference>(references.Count);
            foreach (var reference in references)
            {
                builder.Add(ClassifyDoubleReference(reference, site.HolderIsWrapper));
            }

            return builder.MoveToImmutable();
        }

        /// <summary>What one reference to a double (its wrapper when <paramref name="isWrapper"/>, else its object) does.</summary>
        public DoubleReference ClassifyDoubleReference(IOperation reference, bool isWrapper)
        {
            var value = OperationQueries.SkipConversions(reference);

            // The classification climbs the tree (mock → mock.Object → Mock.Get(obj)); on a stack that runs short, count it as a use.
            if (!StackGuard.IsSufficient())
            {
                return new DoubleReference(reference, DoubleReferenceKind.Use, value, callsBase: false);
            }

            if (value.Parent is ISimpleAssignmentOperation assignment && assignment.Target == value)
            {
                return new DoubleReference(reference, DoubleReferenceKind.Definition, assignment, callsBase: false);
            }

            if (isWrapper)
            {
                switch (value.Parent)
                {
                    case IPropertyReferenceOperation access when access.Instance == value && IsWrapperObjectProperty(access):
                        // mock.Object: what happens to the object is what happens to the double.
                        var objectReference = ClassifyDoubleReference(access, isWrapper: false);
                        return new DoubleReference(reference, objectReference.Kind, objectReference.Top, objectReference.CallsBase);

                    case IPropertyReferenceOperation { Property.Name: "CallBase" } callBase when callBase.Instance == value &&
                        OperationQueries.SkipConversions(callBase).Parent is ISimpleAssignmentOperation setCallBase && setCallBase.Target == OperationQueries.SkipConversions(callBase):
                        // mock.CallBase = true;
                        return new DoubleReference(reference, DoubleReferenceKind.Configuration, setCallBase, setCallBase.Value.ConstantValue is { HasValue: true, Value: true });

                    case IInvocationOperation call when OperationQueries.Receiver(call) == reference:
                        return ClassifyChain(reference, call);

                    case IArgumentOperation { Parent: IInvocationOperation moqExtension } when OperationQueries.Receiver(moqExtension) == reference &&
                        _model.Types.Classify(moqExtension.TargetMethod.ContainingType) == KnownType.MoqFlow:
                        // mock.Protected().Setup<T>("SendAsync", ...): Moq's own extension methods on the wrapper.
                        return ClassifyChain(reference, moqExtension);
                }

                return new DoubleReference(reference, DoubleReferenceKind.Use, value, callsBase: false);
            }

            // Moq: Mock.Get(obj).Setup(...) works on the wrapper of obj.
            if (value.Parent is IArgumentOperation { Parent: IInvocationOperation get } && get.TargetMethod.Name == "Get" &&
                _model.Types.Classify(get.TargetMethod.ContainingType) == KnownType.MoqMockStatic)
            {
                var wrapperReference = ClassifyDoubleReference(get, isWrapper: true);
                return new DoubleReference(reference, wrapperReference.Kind, wrapperReference.Top, wrapperReference.CallsBase);
            }

            // FakeItEasy: A.CallTo(fake).Where(...).MustHaveHappened() names the whole fake.
            if (value.Parent is IArgumentOperation { Parent: IInvocationOperation callTo } && _model.Classify(callTo) is { Role: InvocationRole.AssertionStart, Library: TestLibrary.FakeItEasy })
            {
                return ClassifyChain(reference, callTo);
            }

            // NSubstitute: sub.Received().Send(...), sub.When(x => ...).Do(...), sub.Configure().Get()...
            if (value.Parent is IArgumentOperation { Parent: IInvocationOperation extension } && OperationQueries.Receiver(extension) == reference &&
                _model.Classify(extension).Library == TestLibrary.NSubstitute)
            {
                return ClassifyChain(reference, extension);
            }

            // A member of the double: sub.Get().Returns(5), or the member named in A.CallTo(() => fake.Get()) / mock.Verify(x => ...).
            IOperation? member = value.Parent switch
            {
                IInvocationOperation call when call.Instance == value => call,
                IPropertyReferenceOperation property when property.Instance == value => property,
                IEventReferenceOperation @event when @event.Instance == value => @event,
                _ => null,
            };
            if (member is null)
            {
                return new DoubleReference(reference, DoubleReferenceKind.Use, value, callsBase: false);
            }

            var memberValue = OperationQueries.SkipConversions(member);
            if (memberValue.Parent is IArgumentOperation { Parent: IInvocationOperation configuration } && OperationQueries.Receiver(configuration) == member)
            {
                if (ConfiguresOrVerifiesDouble(_model.Classify(configuration)))
                {
                    return ClassifyChain(reference, configuration);
                }
            }

            // Inside the lambda given to a configuration or verification: A.CallTo(() => fake.Get()), mock.Verify(...) on another double.
            if (EnclosingLambdaCall(member) is { } lambdaCall)
            {
                return ClassifyChain(reference, lambdaCall);
            }

            return new DoubleReference(reference, DoubleReferenceKind.MemberCall, member, callsBase: false);
        }

        /// <summary>The invocation whose lambda argument directly names <paramref name="member"/>, when that invocation configures or verifies.</summary>
        private IInvocationOperation? EnclosingLambdaCall(IOperation member)
        {
            var current = member;
            for (var depth = 0; depth < 6 && current.Parent is { } parent; depth++, current = parent)
            {
                if (parent is IAnonymousFunctionOperation)
                {
                    for (var up = parent.Parent; up is not null; up = up.Parent)
                    {
                        if (up is IInvocationOperation call)
                        {
                            return ConfiguresOrVerifiesDouble(_model.Classify(call)) ? call : null;
                        }

                        if (up is not (IDelegateCreationOperation or IConversionOperation or IArgumentOperation))
                        {
                            return null;
                        }
                    }

                    return null;
                }

                if (parent is not (IBlockOperation or IReturnOperation or IExpressionStatementOperation or IConversionOperation or IParenthesizedOperation or IBinaryOperation))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>A call of a mocking library that configures or verifies (or starts doing so): not an assertion library's <c>Should()</c>.</summary>
        private static bool ConfiguresOrVerifiesDouble(InvocationInfo info) =>
            (info.Role == InvocationRole.DoubleConfiguration || info.Role == InvocationRole.AssertionStart || info.Role == InvocationRole.Verification) &&
            (info.Library == TestLibrary.Moq || info.Library == TestLibrary.NSubstitute || info.Library == TestLibrary.FakeItEasy);

        /// <summary>Walks from a configuration/verification call up its fluent chain; the chain is a verification when any link verifies.</summary>
        private DoubleReference ClassifyChain(IOperation reference, IInvocationOperation start)
        {
            IOperation top = start;
            var kind = DoubleReferenceKind.Use;
            var callsBase = false;
            IOperation current = start;
            for (var depth = 0; depth < 32; depth++)
            {
                if (current is IInvocationOperation call)
                {
                    var info = _model.Classify(call);
                    if (call != start && info.Role != InvocationRole.None && !ConfiguresOrVerifiesDouble(info))
                    {
                        // e.g. mock.Setup(...).Should(): an assertion library, not part of the configuration.
                        break;
                    }

                    switch (info.Role)
                    {
                        case InvocationRole.Verification:
                            kind = DoubleReferenceKind.Verification;
                            break;
                        case InvocationRole.DoubleConfiguration:
                        case InvocationRole.AssertionStart:
                            if (kind == DoubleReferenceKind.Use)
                            {
                                kind = DoubleReferenceKind.Configuration;
                            }

                            if (TryGetDoubleConfiguration(call, out var configuration) && configuration.Kind == ConfigurationKind.CallsBase)
                            {
                                callsBase = true;
                            }

                            break;
                    }

                    // NSubstitute: sub.Received() is completed by the member call made on what it returns.
                    if (info.Role == InvocationRole.AssertionStart && info.Library == TestLibrary.NSubstitute)
                    {
                        kind = DoubleReferenceKind.Verification;
                    }

                    top = call;
                }

                var next = OperationQueries.SkipConversions(current).Parent;
                if (next is IArgumentOperation { Parent: IInvocationOperation extension } && OperationQueries.Receiver(extension) == current)
                {
                    current = extension;
                    continue;
                }

                if (next is IInvocationOperation outer && OperationQueries.Receiver(outer) == current)
                {
                    current = outer;
                    continue;
                }

                break;
            }

            return new DoubleReference(reference, kind == DoubleReferenceKind.Use ? DoubleReferenceKind.Configuration : kind, top, callsBase);
        }
    }
}
