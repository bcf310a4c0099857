using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>What a verification of a call on a test double checks.</summary>
    internal enum VerificationCheck
    {
        /// <summary>The Model cannot read it (<c>mock.Verify()</c> of the setups marked verifiable, <c>Received.InOrder</c>, …).</summary>
        Unknown = 0,

        /// <summary>Only that a call happened: every argument the test wrote is a wildcard (<c>It.IsAny</c>, <c>Arg.Any</c>, <c>A&lt;T&gt;._</c>) or any arguments are accepted.</summary>
        CallHappened,

        /// <summary>The call carried values: an argument is a value or a predicate (<c>It.Is(...)</c>, <c>Arg.Is(...)</c>, <c>A&lt;T&gt;.That</c>), a property was set to one.</summary>
        Values,

        /// <summary>The call has nothing to carry: a member without parameters (<c>Commit()</c>, a property read).</summary>
        NoArguments,

        /// <summary>A call that must not happen (<c>Times.Never</c>, <c>DidNotReceive</c>, <c>MustNotHaveHappened</c>).</summary>
        Absence,

        /// <summary>No calls beyond the verified ones (Moq <c>VerifyNoOtherCalls()</c>): says nothing of its own about what was sent.</summary>
        NoOtherCalls,

        /// <summary>A resource was released: <c>Dispose()</c> or <c>DisposeAsync()</c>.</summary>
        Release,

        /// <summary>A logger was told something (<see cref="IsLoggerType"/>): what is logged is output of the code.</summary>
        Logged,
    }

    internal sealed partial class DoubleService
    {
        /// <summary>
        /// What the verification <paramref name="verification"/> (an invocation the Model classifies as <see cref="InvocationRole.Verification"/>)
        /// checks: only that a call happened, or something the code produced (values, an absence, a release, a log entry).
        /// </summary>
        public VerificationCheck GetVerificationCheck(IInvocationOperation verification, AnalyzerOptions? options)
        {
            var info = _model.Classify(verification);
            if (info.Role != InvocationRole.Verification)
            {
                return VerificationCheck.Unknown;
            }

            switch (info.Library)
            {
                case TestLibrary.Moq:
                    return MoqVerificationCheck(verification, options);
                case TestLibrary.NSubstitute:
                    return NSubstituteVerificationCheck(verification, options);
                case TestLibrary.FakeItEasy:
                    return FakeItEasyVerificationCheck(verification, options);
            }

            return VerificationCheck.Unknown;
        }

        /// <summary>
        /// The member a verification checks and the type of the double it is checked on, when the Model can tell:
        /// Moq <c>Verify(x =&gt; x.Member(...))</c>, NSubstitute <c>sub.Received().Member(...)</c>, FakeItEasy <c>A.CallTo(() =&gt; fake.Member(...)).MustHaveHappened()</c>.
        /// </summary>
        public bool TryGetVerifiedMember(IInvocationOperation verification, out ITypeSymbol? doubledType, out ISymbol? member)
        {
            doubledType = null;
            member = null;
            var info = _model.Classify(verification);
            if (info.Role != InvocationRole.Verification)
            {
                return false;
            }

            var verified = VerifiedOperationOf(verification, info.Library, out var fake, out _);
            switch (info.Library)
            {
                case TestLibrary.Moq when _model.Types.Classify(verification.TargetMethod.ContainingType) == KnownType.MoqMock:
                    doubledType = MockedType(verification.TargetMethod.ContainingType);
                    break;

                case TestLibrary.NSubstitute when OperationQueries.Receiver(verification) is IInvocationOperation received:
                    doubledType = OperationQueries.Receiver(received)?.Type;
                    member = verification.TargetMethod;
                    return true;

                case TestLibrary.FakeItEasy when fake is not null:
                    doubledType = OperationQueries.Unwrap(fake).Type;
                    break;
            }

            switch (verified)
            {
                case IInvocationOperation call:
                    member = call.TargetMethod;
                    doubledType ??= (call.Instance is { } instance ? OperationQueries.Unwrap(instance).Type : null);
                    break;
                case IPropertyReferenceOperation property:
                    member = property.Property;
                    doubledType ??= (property.Instance is { } owner ? OperationQueries.Unwrap(owner).Type : null);
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation assigned }:
                    member = assigned.Property;
                    doubledType ??= (assigned.Instance is { } target ? OperationQueries.Unwrap(target).Type : null);
                    break;
            }

            return doubledType is not null;
        }

        /// <summary>
        /// True when every argument the call verified by <paramref name="verification"/> carries is a wildcard or a value the test
        /// itself handed to the code under test (<paramref name="isTestInput"/>), and at least one is such a value: the verification
        /// checks that the test's inputs were passed on, not anything the code computed (<c>queue.Verify(q =&gt; q.Dequeue(queues, token))</c>
        /// after <c>connection.FetchNextJob(queues, token)</c>).
        /// </summary>
        public bool CarriesOnlyForwardedInputs(IInvocationOperation verification, Func<IOperation, bool> isTestInput)
        {
            var info = _model.Classify(verification);
            if (info.Role != InvocationRole.Verification ||
                VerifiedOperationOf(verification, info.Library, out _, out var byPredicate) is not IInvocationOperation call || byPredicate)
            {
                return false;
            }

            var forwarded = 0;
            foreach (var argument in call.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter?.IsThis == true ||
                    argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref)
                {
                    continue;
                }

                var values = argument.ArgumentKind == ArgumentKind.ParamArray && OperationQueries.Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements }
                    ? elements.ElementValues
                    : ImmutableArray.Create(argument.Value);
                var type = argument.ArgumentKind == ArgumentKind.ParamArray ? (argument.Parameter?.Type as IArrayTypeSymbol)?.ElementType : argument.Parameter?.Type;
                foreach (var value in values)
                {
                    if (IsWildcard(value, type))
                    {
                        continue;
                    }

                    if (!isTestInput(OperationQueries.Unwrap(value)))
                    {
                        return false;
                    }

                    forwarded++;
                }
            }

            return forwarded > 0;
        }

        /// <summary>
        /// The call, property read or property assignment a verification names: the lambda's body for Moq and FakeItEasy, the call
        /// after <c>Received()</c> for NSubstitute. <paramref name="byPredicate"/> when a FakeItEasy chain matches arguments by predicate
        /// (<c>WhenArgumentsMatch</c>, <c>Where</c>, <c>To</c>); <paramref name="fake"/> is the double of <c>A.CallTo(fake)</c>, which names no member.
        /// </summary>
        private IOperation? VerifiedOperationOf(IInvocationOperation verification, TestLibrary library, out IOperation? fake, out bool byPredicate)
        {
            fake = null;
            byPredicate = false;
            switch (library)
            {
                case TestLibrary.Moq when _model.Types.Classify(verification.TargetMethod.ContainingType) == KnownType.MoqMock:
                    foreach (var argument in verification.Arguments)
                    {
                        if (AsLambda(argument.Value) is { } lambda)
                        {
                            return VerifiedOperation(lambda);
                        }
                    }

                    return null;

                case TestLibrary.NSubstitute:
                    return verification;

                case TestLibrary.FakeItEasy:
                    IOperation? current = OperationQueries.Receiver(verification);
                    for (var depth = 0; depth < 32 && current is IInvocationOperation call; depth++)
                    {
                        if (_model.Types.Classify(call.TargetMethod.ContainingType) == KnownType.FakeItEasyA)
                        {
                            foreach (var argument in call.Arguments)
                            {
                                if (AsLambda(argument.Value) is { } lambda)
                                {
                                    return VerifiedOperation(lambda);
                                }

                                fake = argument.Value;
                                return null;
                            }

                            return null;
                        }

                        byPredicate |= IsFakeItEasyArgumentConstraint(call.TargetMethod.Name);
                        current = OperationQueries.Receiver(call);
                    }

                    return null;
            }

            return null;
        }

        // mock.Verify(x => x.Send(...), Times.Once()), VerifySet(x => x.P = v), VerifyGet(x => x.P), VerifyNoOtherCalls().
        private VerificationCheck MoqVerificationCheck(IInvocationOperation verification, AnalyzerOptions? options)
        {
            var method = verification.TargetMethod;
            if (_model.Types.Classify(method.ContainingType) != KnownType.MoqMock)
            {
                return VerificationCheck.Unknown;
            }

            if (method.Name == "VerifyNoOtherCalls")
            {
                return VerificationCheck.NoOtherCalls;
            }

            IAnonymousFunctionOperation? lambda = null;
            var never = false;
            foreach (var argument in verification.Arguments)
            {
                lambda ??= AsLambda(argument.Value);
                never |= argument.Parameter?.Type is { Name: "Times" or "Func" } && NamesNever(argument.Value);
            }

            if (lambda is null)
            {
                return VerificationCheck.Unknown;
            }

            if (never)
            {
                return VerificationCheck.Absence;
            }

            var verified = VerifiedOperation(lambda);
            return verified is null ? VerificationCheck.Unknown : CheckOfVerifiedCall(verified, MockedType(method.ContainingType), anyArguments: false, options);
        }

        // sub.Received(1).Send(...), sub.DidNotReceive().Send(...), sub.ReceivedWithAnyArgs().Send(default!, default!).
        private VerificationCheck NSubstituteVerificationCheck(IInvocationOperation verification, AnalyzerOptions? options)
        {
            if (OperationQueries.Receiver(verification) is not IInvocationOperation received || _model.Types.Classify(received.TargetMethod.ContainingType) != KnownType.NSubstituteExtensions)
            {
                return VerificationCheck.Unknown;
            }

            var name = received.TargetMethod.Name;
            if (name.StartsWith("DidNotReceive", System.StringComparison.Ordinal) || ReceivesNone(received))
            {
                return VerificationCheck.Absence;
            }

            var substitute = OperationQueries.Receiver(received);
            return CheckOfVerifiedCall(verification, substitute?.Type, anyArguments: name.EndsWith("WithAnyArgs", System.StringComparison.Ordinal), options);
        }

        // A.CallTo(() => fake.Send(...)).MustHaveHappened(), .WithAnyArguments(), .WhenArgumentsMatch(...), A.CallTo(fake), A.CallToSet(() => fake.P).To(v).
        private VerificationCheck FakeItEasyVerificationCheck(IInvocationOperation verification, AnalyzerOptions? options)
        {
            var method = verification.TargetMethod;
            if (method.Name.StartsWith("MustNotHaveHappened", System.StringComparison.Ordinal) || ReceivesNone(verification))
            {
                return VerificationCheck.Absence;
            }

            var anyArguments = false;
            var values = false;
            IOperation? current = OperationQueries.Receiver(verification);
            for (var depth = 0; depth < 32 && current is IInvocationOperation call; depth++)
            {
                var known = _model.Types.Classify(call.TargetMethod.ContainingType);
                var name = call.TargetMethod.Name;
                if (known == KnownType.FakeItEasyA)
                {
                    if (values)
                    {
                        return VerificationCheck.Values;
                    }

                    foreach (var argument in call.Arguments)
                    {
                        if (AsLambda(argument.Value) is { } lambda)
                        {
                            var verified = VerifiedOperation(lambda);
                            return verified is null ? VerificationCheck.Unknown : CheckOfVerifiedCall(verified, null, anyArguments, options);
                        }

                        // A.CallTo(fake): any call of any member.
                        return OperationQueries.Unwrap(argument.Value).Type is { } fakeType && IsLoggerType(fakeType, options, verification.Syntax.SyntaxTree)
                            ? VerificationCheck.Logged
                            : VerificationCheck.CallHappened;
                    }

                    return VerificationCheck.Unknown;
                }

                switch (name)
                {
                    case KnownMembers.FakeItEasyConfiguration.WithAnyArguments:
                        anyArguments = true;
                        break;
                    default:
                        values |= IsFakeItEasyArgumentConstraint(name);
                        break;
                }

                current = OperationQueries.Receiver(call);
            }

            return VerificationCheck.Unknown;
        }

        /// <summary>
        /// A link of a FakeItEasy call specification that matches the call by its values: <c>WhenArgumentsMatch(...)</c>, <c>Where(...)</c>,
        /// or the value of a property set, <c>A.CallToSet(() =&gt; fake.P).To(v)</c>.
        /// </summary>
        private static bool IsFakeItEasyArgumentConstraint(string name) =>
            name is KnownMembers.FakeItEasyConfiguration.WhenArgumentsMatch or KnownMembers.FakeItEasyConfiguration.Where or KnownMembers.FakeItEasyPropertySetter.To;

        /// <summary>The call, property read or property assignment a verification lambda names (<c>x =&gt; x.Send(...)</c>).</summary>
        private static IOperation? VerifiedOperation(IAnonymousFunctionOperation lambda)
        {
            foreach (var statement in lambda.Body.Operations)
            {
                var value = statement switch
                {
                    IReturnOperation { ReturnedValue: { } returned } => returned,
                    IExpressionStatementOperation expression => expression.Operation,
                    _ => null,
                };
                if (value is null)
                {
                    continue;
                }

                value = OperationQueries.Unwrap(value);
                if (value is IInvocationOperation or IPropertyReferenceOperation or ISimpleAssignmentOperation { Target: IPropertyReferenceOperation })
                {
                    return value;
                }
            }

            return null;
        }

        /// <summary>What verifying <paramref name="verified"/> (a call, property read or property assignment on a double) checks.</summary>
        private VerificationCheck CheckOfVerifiedCall(IOperation verified, ITypeSymbol? doubledType, bool anyArguments, AnalyzerOptions? options)
        {
            var tree = verified.Syntax.SyntaxTree;
            ISymbol? member;
            IOperation? receiver;
            switch (verified)
            {
                case IInvocationOperation call:
                    member = call.TargetMethod;
                    receiver = call.Instance ?? OperationQueries.Receiver(call);
                    break;
                case IPropertyReferenceOperation property:
                    member = property.Property;
                    receiver = property.Instance;
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation assigned } assignment:
                    member = assigned.Property;
                    receiver = assigned.Instance;
                    if (!anyArguments && !IsWildcard(assignment.Value, assigned.Property.Type))
                    {
                        return IsLogger(doubledType, receiver, member, options, tree) ? VerificationCheck.Logged : VerificationCheck.Values;
                    }

                    break;
                default:
                    return VerificationCheck.Unknown;
            }

            if (IsLogger(doubledType, receiver, member, options, tree))
            {
                return VerificationCheck.Logged;
            }

            if (member is IMethodSymbol { Name: "Dispose" or "DisposeAsync", Parameters.Length: 0 })
            {
                return VerificationCheck.Release;
            }

            if (verified is not IInvocationOperation invocation || invocation.Arguments.IsEmpty)
            {
                return verified is ISimpleAssignmentOperation ? VerificationCheck.CallHappened : VerificationCheck.NoArguments;
            }

            if (anyArguments)
            {
                return VerificationCheck.CallHappened;
            }

            var written = 0;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter?.IsThis == true ||
                    argument.Parameter?.RefKind is RefKind.Out or RefKind.Ref)
                {
                    continue;
                }

                written++;
                if (argument.ArgumentKind == ArgumentKind.ParamArray && OperationQueries.Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements })
                {
                    var elementType = (argument.Parameter?.Type as IArrayTypeSymbol)?.ElementType;
                    foreach (var element in elements.ElementValues)
                    {
                        if (!IsWildcard(element, elementType))
                        {
                            return VerificationCheck.Values;
                        }
                    }

                    continue;
                }

                if (!IsWildcard(argument.Value, argument.Parameter?.Type))
                {
                    return VerificationCheck.Values;
                }
            }

            return written == 0 ? VerificationCheck.NoArguments : VerificationCheck.CallHappened;
        }

        private bool IsLogger(ITypeSymbol? doubledType, IOperation? receiver, ISymbol member, AnalyzerOptions? options, SyntaxTree tree) =>
            (doubledType is not null && IsLoggerType(doubledType, options, tree)) ||
            (receiver is not null && OperationQueries.Unwrap(receiver).Type is { } receiverType && IsLoggerType(receiverType, options, tree)) ||
            (member.ContainingType is { } declaring && IsLoggerType(declaring, options, tree));

        /// <summary>
        /// An argument matcher that accepts any value of the parameter's type: Moq <c>It.IsAny&lt;T&gt;()</c>/<c>It.IsNotNull&lt;T&gt;()</c>/
        /// <c>It.Ref&lt;T&gt;.IsAny</c>, NSubstitute <c>Arg.Any&lt;T&gt;()</c>, FakeItEasy <c>A&lt;T&gt;._</c>/<c>A&lt;T&gt;.Ignored</c>. A matcher of a
        /// more derived type than the parameter's (<c>It.IsAny&lt;EnqueuedState&gt;()</c> for an <c>IState</c>) checks the value's type.
        /// </summary>
        private bool IsWildcard(IOperation value, ITypeSymbol? parameterType)
        {
            var operation = OperationQueries.Unwrap(value);
            var (member, name) = operation switch
            {
                IInvocationOperation call => ((ISymbol)call.TargetMethod, call.TargetMethod.Name),
                IPropertyReferenceOperation property => (property.Property, property.Property.Name),
                IFieldReferenceOperation field => (field.Field, field.Field.Name),
                _ => ((ISymbol?)null, string.Empty),
            };
            if (member?.ContainingType is not { } matcher || _model.Types.Classify(matcher) != KnownType.ArgumentMatcher ||
                !(name == "IsAny" || name == "IsNotNull" || name == "Any" || name == "_" || name == "Ignored"))
            {
                return false;
            }

            // The matched type: It.IsAny<T>() / Arg.Any<T>() name it on the method, A<T>._ and It.Ref<T>.IsAny on their type.
            var matched = member is IMethodSymbol { TypeArguments.Length: 1 } generic ? generic.TypeArguments[0]
                : matcher.TypeArguments.Length == 1 ? matcher.TypeArguments[0]
                : null;
            return matched is null || parameterType is null || parameterType.TypeKind == TypeKind.TypeParameter ||
                _model.Compilation.ClassifyCommonConversion(parameterType, matched) is { IsIdentity: true } or { IsImplicit: true, IsReference: true };
        }

        /// <summary>Moq <c>Times.Never()</c> / <c>Times.Never</c> / <c>Times.Exactly(0)</c> given as the expected count.</summary>
        private static bool NamesNever(IOperation value)
        {
            foreach (var node in value.DescendantsAndSelf())
            {
                switch (node)
                {
                    case IInvocationOperation { TargetMethod: { Name: "Never" } never } when never.ContainingType.Name == "Times":
                    case IMethodReferenceOperation { Method: { Name: "Never" } reference } when reference.ContainingType.Name == "Times":
                        return true;
                    case IInvocationOperation { TargetMethod: { Name: "Exactly" } exactly, Arguments.Length: 1 } call when exactly.ContainingType.Name == "Times":
                        return call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: 0 };
                }
            }

            return false;
        }

        /// <summary>A verification with an expected count of zero: NSubstitute <c>Received(0)</c>, FakeItEasy <c>MustHaveHappened(0, Times.Exactly)</c>.</summary>
        private static bool ReceivesNone(IInvocationOperation call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.IsThis != true && argument.Parameter?.Type.SpecialType == SpecialType.System_Int32 &&
                    argument.Value.ConstantValue is { HasValue: true, Value: 0 })
                {
                    return true;
                }
            }

            return false;
        }
    }
}
