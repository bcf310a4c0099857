using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class DoubleService
    {
        /// <summary>True when <paramref name="operation"/> creates a test double; <paramref name="testDouble"/> says of what.</summary>
        public bool TryGetDoubleCreation(IOperation operation, out TestDouble testDouble)
        {
            testDouble = default;
            switch (operation)
            {
                case IObjectCreationOperation creation when creation.Type is INamedTypeSymbol { TypeArguments.Length: 1 } created:
                    switch (_model.Types.Classify(created))
                    {
                        case KnownType.MoqMock:
                            testDouble = new TestDouble(created.TypeArguments[0], TestLibrary.Moq, SetsCallBase(creation.Initializer));
                            return true;
                        case KnownType.FakeItEasyFake:
                            testDouble = new TestDouble(created.TypeArguments[0], TestLibrary.FakeItEasy, isPartial: false);
                            return true;
                    }

                    return false;

                case IInvocationOperation invocation:
                    return TryGetDoubleCreation(invocation, out testDouble);
            }

            return false;
        }

        private bool TryGetDoubleCreation(IInvocationOperation invocation, out TestDouble testDouble)
        {
            testDouble = default;
            var method = invocation.TargetMethod;
            var typeArguments = method.TypeArguments;
            switch (_model.Types.Classify(method.ContainingType))
            {
                case KnownType.MoqMockStatic when method.Name == "Of" && typeArguments.Length == 1:
                case KnownType.MoqRepository when (method.Name == "Create" || method.Name == "Of" || method.Name == "OneOf") && typeArguments.Length == 1:
                    testDouble = new TestDouble(typeArguments[0], TestLibrary.Moq, isPartial: false);
                    return true;

                case KnownType.NSubstituteFactory when typeArguments.Length >= 1:
                    testDouble = new TestDouble(
                        typeArguments[0],
                        TestLibrary.NSubstitute,
                        isPartial: method.Name == "ForPartsOf" || method.Name == "ForTypeForwardingTo");
                    return method.Name == "For" || method.Name == "ForPartsOf" || method.Name == "ForTypeForwardingTo";

                case KnownType.FakeItEasyA when method.Name == "Fake" && typeArguments.Length == 1:
                    testDouble = new TestDouble(typeArguments[0], TestLibrary.FakeItEasy, isPartial: CallsBaseMethods(invocation));
                    return true;

                case KnownType.AutoFixtureFactory when TryGetAutoFixtureMock(invocation, out var mocked):
                    testDouble = new TestDouble(mocked!, TestLibrary.AutoFixture, isPartial: false);
                    return true;
            }

            return false;
        }

        /// <summary>AutoFixture's <c>fixture.Freeze&lt;Mock&lt;T&gt;&gt;()</c> or <c>Create&lt;Mock&lt;T&gt;&gt;()</c>.</summary>
        internal bool TryGetAutoFixtureMock(IInvocationOperation invocation, out ITypeSymbol? mocked)
        {
            mocked = null;
            var method = invocation.TargetMethod;
            if ((method.Name == "Freeze" || method.Name == "Create") && method.TypeArguments.Length == 1 &&
                method.TypeArguments[0] is INamedTypeSymbol { TypeArguments.Length: 1 } mock && _model.Types.Classify(mock) == KnownType.MoqMock)
            {
                mocked = mock.TypeArguments[0];
                return true;
            }

            return false;
        }

        // Moq: new Mock<T> { CallBase = true }
        private static bool SetsCallBase(IObjectOrCollectionInitializerOperation? initializer)
        {
            if (initializer is null)
            {
                return false;
            }

            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "CallBase" }, Value: var value } &&
                    value.ConstantValue is { HasValue: true, Value: true })
                {
                    return true;
                }
            }

            return false;
        }

        // FakeItEasy: A.Fake<T>(options => options.CallsBaseMethods())
        private bool CallsBaseMethods(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                foreach (var node in argument.Value.DescendantsAndSelf())
                {
                    if (node is IInvocationOperation { TargetMethod.Name: "CallsBaseMethods" or "Wrapping" } call &&
                        _model.Types.Classify(call.TargetMethod.ContainingType) != KnownType.None)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="invocation"/> configures a test double's member; <paramref name="configuration"/> says how.</summary>
        public bool TryGetDoubleConfiguration(IInvocationOperation invocation, out DoubleConfiguration configuration)
        {
            configuration = default;
            var info = _model.Classify(invocation);
            var library = info.Library;
            var isFakeItEasyStart = info.Role == InvocationRole.AssertionStart && library == TestLibrary.FakeItEasy;
            if (info.Role != InvocationRole.DoubleConfiguration && !isFakeItEasyStart)
            {
                return false;
            }

            var kind = isFakeItEasyStart ? ConfigurationKind.Setup : TestingModel.ConfigurationKindFromName(invocation.TargetMethod.Name);
            if (kind == ConfigurationKind.Returns || kind == ConfigurationKind.Callback)
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (argument.Parameter?.IsThis != true && IsFailure(argument.Value))
                    {
                        kind = ConfigurationKind.Throws;
                        break;
                    }
                }
            }

            var (doubledType, member) = FindConfiguredMember(invocation, library);
            configuration = new DoubleConfiguration(kind, library, doubledType, member);
            return true;
        }

        /// <summary>Walks a configuration chain down to the member it configures.</summary>
        private (ITypeSymbol? DoubledType, ISymbol? Member) FindConfiguredMember(IInvocationOperation invocation, TestLibrary library)
        {
            IOperation? current = invocation;
            for (var depth = 0; depth < 32 && current is IInvocationOperation call; depth++)
            {
                var method = call.TargetMethod;
                var known = _model.Types.Classify(method.ContainingType);
                switch (known)
                {
                    case KnownType.MoqMock:
                        // mock.Setup(x => x.Member(...))
                        return (MockedType(method.ContainingType), MemberInLambda(call));

                    case KnownType.FakeItEasyA:
                        // A.CallTo(() => fake.Member(...))
                        return MemberAndReceiverInLambda(call);

                    case KnownType.NSubstituteExtensions when call.Arguments.Length > 0:
                        // sub.Member(...).Returns(x) / sub.When(x => x.Member(...)).Do(...)
                        if (method.Name == "When" || method.Name == "WhenForAnyArgs")
                        {
                            return MemberAndReceiverInLambda(call);
                        }

                        return MemberOf(OperationQueries.Unwrap(call.Arguments[0].Value));
                }

                current = OperationQueries.Receiver(call);
            }

            // mock.Protected().Setup<T>("Member", ...): Moq names the member by a string; the double is still the mock's.
            if (current is not null && _model.Types.Classify(current.Type) == KnownType.MoqMock && current.Type is INamedTypeSymbol mock)
            {
                return (MockedType(mock), null);
            }

            return (null, null);
        }

        private static ITypeSymbol? MockedType(INamedTypeSymbol mockType) =>
            mockType.TypeArguments.Length == 1 ? mockType.TypeArguments[0] : null;

        private static ISymbol? MemberInLambda(IInvocationOperation call) => MemberAndReceiverInLambda(call).Member;

        private static (ITypeSymbol? DoubledType, ISymbol? Member) MemberAndReceiverInLambda(IInvocationOperation call)
        {
            foreach (var argument in call.Arguments)
            {
                var function = AsLambda(argument.Value);
                if (function is null)
                {
                    continue;
                }

                foreach (var statement in function.Body.Operations)
                {
                    var value = statement switch
                    {
                        IReturnOperation { ReturnedValue: { } returned } => returned,
                        IExpressionStatementOperation expression => expression.Operation,
                        _ => null,
                    };
                    if (value is not null)
                    {
                        var found = MemberOf(OperationQueries.Unwrap(value));
                        if (found.Member is not null)
                        {
                            return found;
                        }
                    }
                }
            }

            return (null, null);
        }

        /// <summary>The lambda an argument passes, through delegate and expression-tree conversions.</summary>
        internal static IAnonymousFunctionOperation? AsLambda(IOperation value)
        {
            value = OperationQueries.Unwrap(value);
            if (value is IDelegateCreationOperation delegateCreation)
            {
                value = OperationQueries.Unwrap(delegateCreation.Target);
            }

            return value as IAnonymousFunctionOperation;
        }

        private static (ITypeSymbol? DoubledType, ISymbol? Member) MemberOf(IOperation operation)
        {
            if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation assigned })
            {
                operation = assigned;
            }

            switch (operation)
            {
                case IInvocationOperation call:
                    return (call.Instance is { } instance ? OperationQueries.Unwrap(instance).Type : call.TargetMethod.ContainingType, call.TargetMethod);
                case IPropertyReferenceOperation property:
                    return (property.Instance is { } instance2 ? OperationQueries.Unwrap(instance2).Type : property.Property.ContainingType, property.Property);
                case IEventAssignmentOperation { EventReference: IEventReferenceOperation eventReference }:
                    return (eventReference.Instance is { } instance3 ? OperationQueries.Unwrap(instance3).Type : eventReference.Event.ContainingType, eventReference.Event);
            }

            return (null, null);
        }

        /// <summary>
        /// True when a value given to a configuration makes the member fail: a delegate whose body throws,
        /// or a faulted task (<c>Task.FromException</c>, <c>Task.FromCanceled</c>).
        /// </summary>
        internal static bool IsFailure(IOperation value) => IsFailure(value, 0);

        private static bool IsFailure(IOperation value, int depth)
        {
            // A lambda returning a lambda returning a throw: followed a few levels down the tree, no further.
            if (depth > FailureSetupService.MaxValueNesting || !StackGuard.IsSufficient())
            {
                return false;
            }

            value = AsLambda(value) ?? OperationQueries.Unwrap(value);
            switch (value)
            {
                case IAnonymousFunctionOperation lambda:
                    foreach (var statement in lambda.Body.Operations)
                    {
                        switch (statement)
                        {
                            case IThrowOperation:
                            case IExpressionStatementOperation { Operation: IThrowOperation }:
                            case IReturnOperation { ReturnedValue: { } returned } when IsFailure(returned, depth + 1):
                                return true;
                        }
                    }

                    return false;

                case IThrowOperation:
                    return true;

                case IInvocationOperation call when OperationQueries.FaultsATask(call, canceledToo: true):
                    return true;
            }

            return false;
        }
    }
}
