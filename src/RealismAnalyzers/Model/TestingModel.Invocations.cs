using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class TestingModel
    {
        /// <summary>What <paramref name="invocation"/> means to a test: assertion, verification, double creation, ….</summary>
        /// <param name="conventions">The user's conventions; null to recognise only the libraries' own members.</param>
        public InvocationInfo Classify(IInvocationOperation invocation, AssertionConventions? conventions = null)
        {
            var method = invocation.TargetMethod;
            var name = method.Name;
            switch (Types.Classify(method.ContainingType))
            {
                case KnownType.XUnitAssert:
                    switch (name)
                    {
                        case KnownMembers.XUnitAssert.Fail: return new InvocationInfo(InvocationRole.Fail, AssertionKind.Other, TestLibrary.XUnit);
                        case KnownMembers.XUnitAssert.Skip:
                        case KnownMembers.XUnitAssert.SkipWhen:
                        case KnownMembers.XUnitAssert.SkipUnless:
                            return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.XUnit);
                        case KnownMembers.XUnitAssert.Multiple: return new InvocationInfo(InvocationRole.AssertionGroup, AssertionKind.None, TestLibrary.XUnit);
                    }

                    return Assertion(KindFromName(name), TestLibrary.XUnit);

                case KnownType.XUnitRecord:
                    return new InvocationInfo(InvocationRole.AssertionStart, AssertionKind.Throws, TestLibrary.XUnit, requiresCompletion: true);

                case KnownType.NUnitAssert:
                    switch (name)
                    {
                        case KnownMembers.NUnitAssert.Fail: return new InvocationInfo(InvocationRole.Fail, AssertionKind.Other, TestLibrary.NUnit);
                        case KnownMembers.NUnitAssert.Pass:
                        case KnownMembers.NUnitAssert.Inconclusive:
                        case KnownMembers.NUnitAssert.Ignore:
                            return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.NUnit);
                        case KnownMembers.NUnitAssert.Multiple:
                        case KnownMembers.NUnitAssert.MultipleAsync:
                        case KnownMembers.NUnitAssert.EnterMultipleScope:
                            return new InvocationInfo(InvocationRole.AssertionGroup, AssertionKind.None, TestLibrary.NUnit);
                        case KnownMembers.NUnitAssert.That:
                        case KnownMembers.NUnitAssert.ThatAsync:
                            return Assertion(KindOfNUnitThat(invocation), TestLibrary.NUnit);
                        case KnownMembers.NUnitAssert.Warn:
                        case nameof(object.ReferenceEquals): // object's, which NUnit's asserts redeclare to throw
                        case nameof(object.Equals):
                            return InvocationInfo.None;
                    }

                    return Assertion(KindFromName(name), TestLibrary.NUnit);

                case KnownType.NUnitAssume:
                    return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.NUnit);

                case KnownType.MSTestAssert:
                    switch (name)
                    {
                        case KnownMembers.MSTestAssert.Fail: return new InvocationInfo(InvocationRole.Fail, AssertionKind.Other, TestLibrary.MSTest);
                        case KnownMembers.MSTestAssert.Inconclusive: return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.MSTest);
                        case KnownMembers.MSTestAssert.ReplaceNullChars:
                        case nameof(object.Equals): // object's, which MSTest's asserts redeclare to throw
                        case nameof(object.ReferenceEquals):
                        case KnownMembers.MSTestAssert.ThatGetter:
                            return InvocationInfo.None;
                    }

                    return Assertion(KindFromName(name), TestLibrary.MSTest);

                case KnownType.TUnitAssert:
                    switch (name)
                    {
                        case KnownMembers.TUnitAssert.That:
                            return new InvocationInfo(InvocationRole.AssertionStart, AssertionKind.None, TestLibrary.TUnit, requiresCompletion: true);
                        case KnownMembers.TUnitAssert.Fail: return new InvocationInfo(InvocationRole.Fail, AssertionKind.Other, TestLibrary.TUnit);
                        case KnownMembers.TUnitAssert.Multiple: return new InvocationInfo(InvocationRole.AssertionGroup, AssertionKind.None, TestLibrary.TUnit);
                        // No member of TUnit.Assertions.Assert in the supported version (1.81.10): TUnit skips through Skip.Test/When/Unless
                        // (KnownType.TUnitSkip). Kept as they were; they match nothing that binds.
                        case "Skip":
                        case "Inconclusive":
                            return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.TUnit);
                    }

                    return Assertion(KindFromName(name), TestLibrary.TUnit);

                case KnownType.TUnitAssertions:
                    // Members of TUnit's assertion builders: each call adds a condition to an awaited assertion.
                    if (name == KnownMembers.TUnitAssertion.And || name == KnownMembers.TUnitAssertion.Or || name == KnownMembers.TUnitAssertion.Because ||
                        name == KnownMembers.TUnitAssertion.GetAwaiter || name == KnownMembers.TUnitAssertion.AssertAsync)
                    {
                        return InvocationInfo.None;
                    }

                    return Assertion(KindFromName(name), TestLibrary.TUnit);

                case KnownType.TUnitSkip:
                    return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.TUnit);

                case KnownType.FluentExtensions:
                    if (name == KnownMembers.FluentAssertionExtensions.Should)
                    {
                        return new InvocationInfo(InvocationRole.AssertionStart, AssertionKind.None, FluentLibrary(method), requiresCompletion: true);
                    }

                    // Extension assertions on assertion objects (e.g. numeric Be/BeGreaterThan); Invoking/Awaiting and the like are not.
                    if (method.IsExtensionMethod && method.Parameters.Length > 0 &&
                        Types.Classify(method.Parameters[0].Type) == KnownType.FluentAssertionsType && !IsFluentNonAssertion(name))
                    {
                        return Assertion(KindFromName(name), FluentLibrary(method));
                    }

                    return InvocationInfo.None;

                case KnownType.FluentAssertionsType:
                    if (IsFluentNonAssertion(name))
                    {
                        return InvocationInfo.None;
                    }

                    return Assertion(KindFromName(name), FluentLibrary(method));

                case KnownType.Shouldly:
                    // A naming convention, not a member: Shouldly's assertions are named Should… (ShouldBe, ShouldContain, …), or live in
                    // its static class Should (Should.Throw, Should.NotThrow, …).
                    if (name.StartsWith("Should", StringComparison.Ordinal) || method.ContainingType.Name == "Should")
                    {
                        return Assertion(KindFromName(name), TestLibrary.Shouldly);
                    }

                    return InvocationInfo.None;

                case KnownType.MoqMock:
                    if (name.StartsWith(KnownMembers.MoqMockOfT.Verify, StringComparison.Ordinal))
                    {
                        return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.Moq);
                    }

                    if (name.StartsWith(KnownMembers.MoqMockOfT.Setup, StringComparison.Ordinal))
                    {
                        return new InvocationInfo(InvocationRole.DoubleConfiguration, AssertionKind.None, TestLibrary.Moq);
                    }

                    return InvocationInfo.None;

                case KnownType.MoqMockStatic:
                    if (name == KnownMembers.MoqMock.Verify || name == KnownMembers.MoqMock.VerifyAll)
                    {
                        return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.Moq);
                    }

                    return name == KnownMembers.MoqMock.Of
                        ? new InvocationInfo(InvocationRole.DoubleCreation, AssertionKind.None, TestLibrary.Moq)
                        : InvocationInfo.None;

                case KnownType.MoqRepository:
                    // Verify…/Create are declared by MockRepository's base class MockFactory, which KnownTypeCatalog does not classify:
                    // calls to them do not reach this case (see KnownMembers.MoqMockFactory).
                    if (name == KnownMembers.MoqMockFactory.Verify || name == KnownMembers.MoqMockFactory.VerifyAll ||
                        name == KnownMembers.MoqMockFactory.VerifyNoOtherCalls)
                    {
                        return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.Moq);
                    }

                    return name == KnownMembers.MoqMockFactory.Create || name == KnownMembers.MoqRepository.Of || name == KnownMembers.MoqRepository.OneOf
                        ? new InvocationInfo(InvocationRole.DoubleCreation, AssertionKind.None, TestLibrary.Moq)
                        : InvocationInfo.None;

                case KnownType.MoqFlow:
                    return ConfigurationKindFromName(name) != ConfigurationKind.None
                        ? new InvocationInfo(InvocationRole.DoubleConfiguration, AssertionKind.None, TestLibrary.Moq)
                        : InvocationInfo.None;

                case KnownType.NSubstituteFactory:
                    return new InvocationInfo(InvocationRole.DoubleCreation, AssertionKind.None, TestLibrary.NSubstitute);

                case KnownType.NSubstituteExtensions:
                    if (IsNSubstituteReceivedStart(name))
                    {
                        return new InvocationInfo(InvocationRole.AssertionStart, AssertionKind.None, TestLibrary.NSubstitute, requiresCompletion: true);
                    }

                    return ConfigurationKindFromName(name) != ConfigurationKind.None
                        ? new InvocationInfo(InvocationRole.DoubleConfiguration, AssertionKind.None, TestLibrary.NSubstitute)
                        : InvocationInfo.None;

                case KnownType.NSubstituteReceivedInOrder:
                    return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.NSubstitute);

                case KnownType.NSubstituteWhenCalled:
                    return new InvocationInfo(InvocationRole.DoubleConfiguration, AssertionKind.None, TestLibrary.NSubstitute);

                case KnownType.FakeItEasyA:
                    if (name == KnownMembers.FakeItEasyA.Fake || name == KnownMembers.FakeItEasyA.CollectionOfFake ||
                        name == KnownMembers.FakeItEasyA.Dummy || name == KnownMembers.FakeItEasyA.CollectionOfDummy)
                    {
                        return name == KnownMembers.FakeItEasyA.Fake || name == KnownMembers.FakeItEasyA.CollectionOfFake
                            ? new InvocationInfo(InvocationRole.DoubleCreation, AssertionKind.None, TestLibrary.FakeItEasy)
                            : InvocationInfo.None;
                    }

                    if (name.StartsWith(KnownMembers.FakeItEasyA.CallTo, StringComparison.Ordinal))
                    {
                        // Starts either a configuration or a verification; alone it does neither.
                        return new InvocationInfo(InvocationRole.AssertionStart, AssertionKind.None, TestLibrary.FakeItEasy, requiresCompletion: true);
                    }

                    return InvocationInfo.None;

                case KnownType.FakeItEasyConfiguration:
                    if (name.StartsWith(KnownMembers.FakeItEasyConfiguration.MustHaveHappened, StringComparison.Ordinal) ||
                        name.StartsWith(KnownMembers.FakeItEasyConfiguration.MustNotHaveHappened, StringComparison.Ordinal))
                    {
                        return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.FakeItEasy);
                    }

                    return ConfigurationKindFromName(name) != ConfigurationKind.None
                        ? new InvocationInfo(InvocationRole.DoubleConfiguration, AssertionKind.None, TestLibrary.FakeItEasy)
                        : InvocationInfo.None;

                case KnownType.AutoFixtureFactory:
                    return Doubles.TryGetAutoFixtureMock(invocation, out _)
                        ? new InvocationInfo(InvocationRole.DoubleCreation, AssertionKind.None, TestLibrary.AutoFixture)
                        : InvocationInfo.None;
            }

            // NSubstitute: `sub.Received().Send(x)` — the member call on what Received() returned is the verification.
            if (IsNSubstituteReceivedCall(OperationQueries.Receiver(invocation)))
            {
                return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.NSubstitute);
            }

            if (conventions is not null && (conventions.IsCustomAssertion(method) || Tests.HasAssertionMethodAttribute(method.ReducedFrom ?? method)))
            {
                return Assertion(KindFromName(name), TestLibrary.Custom);
            }

            return InvocationInfo.None;
        }

        private static InvocationInfo Assertion(AssertionKind kind, TestLibrary library) =>
            new InvocationInfo(InvocationRole.Assertion, kind, library);

        private static TestLibrary FluentLibrary(IMethodSymbol method)
        {
            var ns = method.ContainingNamespace;
            while (ns is not null && ns.ContainingNamespace is { IsGlobalNamespace: false })
            {
                ns = ns.ContainingNamespace;
            }

            return ns?.Name == "AwesomeAssertions" ? TestLibrary.AwesomeAssertions : TestLibrary.FluentAssertions;
        }

        // Members of FluentAssertions' assertion types that shape an assertion rather than make one.
        private static bool IsFluentNonAssertion(string name)
        {
            switch (name)
            {
                case KnownMembers.FluentConstraints.And:
                case KnownMembers.FluentConstraints.Which:
                case KnownMembers.FluentConstraints.Subject:
                case KnownMembers.FluentEquivalencyOptions.Using:
                case KnownMembers.FluentEquivalencyOptions.WhenTypeIs:
                case KnownMembers.FluentAssertionScope.AddReportable:
                case KnownMembers.FluentAssertionContext.Because:
                case KnownMembers.FluentAssertionScope.BecauseOf:
                case KnownMembers.FluentAssertionScope.ForCondition:
                case KnownMembers.FluentAssertionScope.Given:
                case KnownMembers.FluentAssertionScope.WithExpectation:
                case KnownMembers.FluentAssertionScope.WithDefaultIdentifier:
                case KnownMembers.FluentAssertionScope.WithCallerPostfix:
                case KnownMembers.FluentAssertionScope.UsingLineBreaks:
                case KnownMembers.FluentAssertionScope.Dispose:
                case KnownMembers.FluentAssertionScope.Discard:
                case KnownMembers.FluentAssertionScope.HasFailures:
                case nameof(object.ToString):
                case nameof(object.Equals):
                case nameof(object.GetHashCode):
                    return true;
            }

            return false;
        }

        /// <summary>NSubstitute's <c>Received()</c>, <c>DidNotReceive()</c>, <c>ReceivedWithAnyArgs()</c> or <c>DidNotReceiveWithAnyArgs()</c>.</summary>
        internal bool IsNSubstituteReceivedCall(IOperation? operation) =>
            operation is IInvocationOperation call &&
            Types.Classify(call.TargetMethod.ContainingType) == KnownType.NSubstituteExtensions &&
            IsNSubstituteReceivedStart(call.TargetMethod.Name);

        private static bool IsNSubstituteReceivedStart(string name) =>
            name == KnownMembers.NSubstituteExtensions.Received || name == KnownMembers.NSubstituteExtensions.DidNotReceive ||
            name == KnownMembers.NSubstituteExtensions.ReceivedWithAnyArgs || name == KnownMembers.NSubstituteExtensions.DidNotReceiveWithAnyArgs;

        // Assertion names are few and asked for on every assertion: each is read once.
        private static readonly ConcurrentDictionary<string, AssertionKind> s_kindsByName =
            new ConcurrentDictionary<string, AssertionKind>(StringComparer.Ordinal);

        private static readonly Func<string, AssertionKind> s_readKind = ReadKindFromName;

        /// <summary>What an assertion checks, from its member name (the libraries name their assertions consistently).</summary>
        internal static AssertionKind KindFromName(string name) => s_kindsByName.GetOrAdd(name, s_readKind);

        // The words below are read in any library's names, and in the user's own assertions: naming patterns, not members of one
        // type (KnownMembers), though a few are whole names, the equality assertions that say no "Equal" (Be, ShouldBe, Is, …).
        private static AssertionKind ReadKindFromName(string name)
        {
            if (Has(name, "Throw") || Has(name, "Catch") || Has(name, "Exception"))
            {
                return AssertionKind.Throws;
            }

            if (Has(name, "Null") || Has(name, "Default"))
            {
                return AssertionKind.Null;
            }

            if (Has(name, "Type") || Has(name, "InstanceOf") || Has(name, "Assignable") || Has(name, "DerivedFrom"))
            {
                return AssertionKind.Type;
            }

            if (name.EndsWith("True", StringComparison.Ordinal) || name.EndsWith("False", StringComparison.Ordinal))
            {
                return AssertionKind.Boolean;
            }

            if (Has(name, "Empty") || Has(name, "Contain") || Has(name, "Count") || Has(name, "Single") || Has(name, "Subset") ||
                Has(name, "Superset") || Has(name, "Unique") || Has(name, "Distinct") || Has(name, "Collection") || Has(name, "Ordered") ||
                Has(name, "Item") || Has(name, "All") || name == "Collection")
            {
                return AssertionKind.Collection;
            }

            if (Has(name, "StartWith") || Has(name, "StartsWith") || Has(name, "EndWith") || Has(name, "EndsWith") || Has(name, "Match") || Has(name, "String"))
            {
                return AssertionKind.String;
            }

            if (Has(name, "Greater") || Has(name, "Less") || Has(name, "Range") || Has(name, "Positive") || Has(name, "Negative") ||
                Has(name, "Zero") || Has(name, "CloseTo") || Has(name, "Approximately") || Has(name, "Between") || Has(name, "AtLeast") || Has(name, "AtMost"))
            {
                return AssertionKind.Comparison;
            }

            if (Has(name, "Equal") || Has(name, "Same") || Has(name, "Equivalent") || name == "Be" || name == "NotBe" || name == "ShouldBe" ||
                name == "ShouldNotBe" || name == "Is" || name == "IsNot")
            {
                return AssertionKind.Equality;
            }

            return AssertionKind.Other;
        }

        internal static bool Has(string name, string part) => name.IndexOf(part, StringComparison.Ordinal) >= 0;

        /// <summary>NUnit's <c>Assert.That(actual, constraint)</c>: the kind follows the constraint (<c>Is.Null</c>, <c>Throws.…</c>, <c>Has.Count…</c>).</summary>
        private AssertionKind KindOfNUnitThat(IInvocationOperation invocation)
        {
            IOperation? constraint = null;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type is { } type && AssertionService.IsConstraintParameter(type))
                {
                    constraint = argument.Value;
                    break;
                }
            }

            if (constraint is null)
            {
                return AssertionKind.Boolean;
            }

            // Walk down the chain to the member called on Is/Has/Throws/Does, remembering the first meaningful name after it.
            string? first = null;
            var current = OperationQueries.Unwrap(constraint);
            for (var depth = 0; depth < 32 && MemberChainLink.TryRead(current, out var link); depth++)
            {
                var member = link.Member;
                var next = link.Next;
                if (member.Name != KnownMembers.NUnitConstraints.Not && member.Name != KnownMembers.NUnitConstraints.No &&
                    member.Name != KnownMembers.NUnitConstraints.And && member.Name != KnownMembers.NUnitConstraints.Or)
                {
                    first = member.Name;
                }

                if (next is null)
                {
                    if (Types.Classify(member.ContainingType) == KnownType.NUnitConstraintHelper)
                    {
                        switch (member.ContainingType.Name) // type names: NUnit's static classes Throws and Has
                        {
                            case "Throws": return AssertionKind.Throws;
                            case "Has": return AssertionKind.Collection;
                        }
                    }

                    break;
                }

                current = OperationQueries.Unwrap(next);
            }

            return first is null ? AssertionKind.Other : KindFromName(first);
        }

        internal static ConfigurationKind ConfigurationKindFromName(string name)
        {
            switch (name)
            {
                case KnownMembers.MoqMockOfT.Setup:
                case KnownMembers.MoqMockOfT.SetupGet:
                case KnownMembers.MoqMockOfT.SetupSet:
                case KnownMembers.MoqMockOfT.SetupSequence:
                case KnownMembers.MoqMockOfT.SetupProperty:
                case KnownMembers.MoqMockOfT.SetupAllProperties:
                case KnownMembers.MoqMockOfT.SetupAdd:
                case KnownMembers.MoqMockOfT.SetupRemove:
                case KnownMembers.NSubstituteExtensions.When:
                case KnownMembers.NSubstituteExtensions.WhenForAnyArgs:
                case KnownMembers.FakeItEasyConfiguration.WithAnyArguments:
                case KnownMembers.FakeItEasyConfiguration.WhenArgumentsMatch:
                case KnownMembers.FakeItEasyConfiguration.Where:
                    return ConfigurationKind.Setup;

                case KnownMembers.MoqSetupFlow.Returns:
                case KnownMembers.MoqSetupFlow.ReturnsAsync:
                case KnownMembers.NSubstituteExtensions.ReturnsForAnyArgs:
                case KnownMembers.NSubstituteExtensions.ReturnsNull:
                case KnownMembers.NSubstituteExtensions.ReturnsNullForAnyArgs:
                case KnownMembers.FakeItEasyConfiguration.ReturnsLazily:
                case KnownMembers.FakeItEasyConfiguration.ReturnsNextFromSequence:
                case KnownMembers.NSubstituteConfiguredCall.ReturnsForAll:
                case "ReturnsDefault": // no member of Moq, NSubstitute or FakeItEasy in the supported versions; kept as it was
                case KnownMembers.FakeItEasyConfiguration.Then:
                case KnownMembers.MoqSetupFlow.Pass:
                    return ConfigurationKind.Returns;

                case KnownMembers.MoqSetupFlow.Throws:
                case KnownMembers.MoqSetupFlow.ThrowsAsync:
                case KnownMembers.NSubstituteExtensions.ThrowsForAnyArgs:
                case KnownMembers.NSubstituteExtensions.ThrowsAsyncForAnyArgs:
                    return ConfigurationKind.Throws;

                case KnownMembers.MoqSetupFlow.Callback:
                case KnownMembers.MoqSetupFlow.Raises:
                case KnownMembers.NSubstituteWhenCalled.Do:
                case KnownMembers.FakeItEasyConfiguration.Invokes:
                case KnownMembers.FakeItEasyConfiguration.DoesNothing:
                case KnownMembers.NSubstituteConfiguredCall.AndDoes:
                case KnownMembers.NSubstituteWhenCalled.DoNotCallBase:
                case KnownMembers.FakeItEasyConfiguration.AssignsOutAndRefParameters:
                case KnownMembers.FakeItEasyConfiguration.AssignsOutAndRefParametersLazily:
                    return ConfigurationKind.Callback;

                case KnownMembers.MoqSetupFlow.Verifiable:
                    return ConfigurationKind.Verifiable;

                case KnownMembers.MoqSetupFlow.CallBase:
                case KnownMembers.FakeItEasyConfiguration.CallsBaseMethod:
                case KnownMembers.FakeItEasyConfiguration.CallsWrappedMethod:
                    return ConfigurationKind.CallsBase;
            }

            return ConfigurationKind.None;
        }
    }
}
