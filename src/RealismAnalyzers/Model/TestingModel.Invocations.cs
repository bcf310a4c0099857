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
                        case "Fail": return new InvocationInfo(InvocationRole.Fail, AssertionKind.Other, TestLibrary.XUnit);
                        case "Skip":
                        case "SkipWhen":
                        case "SkipUnless":
                            return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.XUnit);
                        case "Multiple": return new InvocationInfo(InvocationRole.AssertionGroup, AssertionKind.None, TestLibrary.XUnit);
                    }

                    return Assertion(KindFromName(name), TestLibrary.XUnit);

                case KnownType.XUnitRecord:
                    return new InvocationInfo(InvocationRole.AssertionStart, AssertionKind.Throws, TestLibrary.XUnit, requiresCompletion: true);

                case KnownType.NUnitAssert:
                    switch (name)
                    {
                        case "Fail": return new InvocationInfo(InvocationRole.Fail, AssertionKind.Other, TestLibrary.NUnit);
                        case "Pass":
                        case "Inconclusive":
                        case "Ignore":
                            return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.NUnit);
                        case "Multiple":
                        case "MultipleAsync":
                        case "EnterMultipleScope":
                            return new InvocationInfo(InvocationRole.AssertionGroup, AssertionKind.None, TestLibrary.NUnit);
                        case "That":
                        case "ThatAsync":
                            return Assertion(KindOfNUnitThat(invocation), TestLibrary.NUnit);
                        case "Warn":
                        case "ReferenceEquals":
                        case "Equals":
                            return InvocationInfo.None;
                    }

                    return Assertion(KindFromName(name), TestLibrary.NUnit);

                case KnownType.NUnitAssume:
                    return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.NUnit);

                case KnownType.MSTestAssert:
                    switch (name)
                    {
                        case "Fail": return new InvocationInfo(InvocationRole.Fail, AssertionKind.Other, TestLibrary.MSTest);
                        case "Inconclusive": return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.MSTest);
                        case "ReplaceNullChars":
                        case "Equals":
                        case "ReferenceEquals":
                        case "get_That":
                            return InvocationInfo.None;
                    }

                    return Assertion(KindFromName(name), TestLibrary.MSTest);

                case KnownType.TUnitAssert:
                    switch (name)
                    {
                        case "That":
                            return new InvocationInfo(InvocationRole.AssertionStart, AssertionKind.None, TestLibrary.TUnit, requiresCompletion: true);
                        case "Fail": return new InvocationInfo(InvocationRole.Fail, AssertionKind.Other, TestLibrary.TUnit);
                        case "Multiple": return new InvocationInfo(InvocationRole.AssertionGroup, AssertionKind.None, TestLibrary.TUnit);
                        case "Skip":
                        case "Inconclusive":
                            return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.TUnit);
                    }

                    return Assertion(KindFromName(name), TestLibrary.TUnit);

                case KnownType.TUnitAssertions:
                    // Members of TUnit's assertion builders: each call adds a condition to an awaited assertion.
                    if (name == "And" || name == "Or" || name == "Because" || name == "GetAwaiter" || name == "AssertAsync")
                    {
                        return InvocationInfo.None;
                    }

                    return Assertion(KindFromName(name), TestLibrary.TUnit);

                case KnownType.TUnitSkip:
                    return new InvocationInfo(InvocationRole.Inconclusive, AssertionKind.None, TestLibrary.TUnit);

                case KnownType.FluentExtensions:
                    if (name == "Should")
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
                    if (name.StartsWith("Should", StringComparison.Ordinal) || method.ContainingType.Name == "Should")
                    {
                        return Assertion(KindFromName(name), TestLibrary.Shouldly);
                    }

                    return InvocationInfo.None;

                case KnownType.MoqMock:
                    if (name.StartsWith("Verify", StringComparison.Ordinal))
                    {
                        return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.Moq);
                    }

                    if (name.StartsWith("Setup", StringComparison.Ordinal))
                    {
                        return new InvocationInfo(InvocationRole.DoubleConfiguration, AssertionKind.None, TestLibrary.Moq);
                    }

                    return InvocationInfo.None;

                case KnownType.MoqMockStatic:
                    if (name == "Verify" || name == "VerifyAll")
                    {
                        return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.Moq);
                    }

                    return name == "Of"
                        ? new InvocationInfo(InvocationRole.DoubleCreation, AssertionKind.None, TestLibrary.Moq)
                        : InvocationInfo.None;

                case KnownType.MoqRepository:
                    if (name == "Verify" || name == "VerifyAll" || name == "VerifyNoOtherCalls")
                    {
                        return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.Moq);
                    }

                    return name == "Create" || name == "Of" || name == "OneOf"
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
                    if (name == "Fake" || name == "CollectionOfFake" || name == "Dummy" || name == "CollectionOfDummy")
                    {
                        return name == "Fake" || name == "CollectionOfFake"
                            ? new InvocationInfo(InvocationRole.DoubleCreation, AssertionKind.None, TestLibrary.FakeItEasy)
                            : InvocationInfo.None;
                    }

                    if (name.StartsWith("CallTo", StringComparison.Ordinal))
                    {
                        // Starts either a configuration or a verification; alone it does neither.
                        return new InvocationInfo(InvocationRole.AssertionStart, AssertionKind.None, TestLibrary.FakeItEasy, requiresCompletion: true);
                    }

                    return InvocationInfo.None;

                case KnownType.FakeItEasyConfiguration:
                    if (name.StartsWith("MustHaveHappened", StringComparison.Ordinal) || name.StartsWith("MustNotHaveHappened", StringComparison.Ordinal))
                    {
                        return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.FakeItEasy);
                    }

                    return ConfigurationKindFromName(name) != ConfigurationKind.None
                        ? new InvocationInfo(InvocationRole.DoubleConfiguration, AssertionKind.None, TestLibrary.FakeItEasy)
                        : InvocationInfo.None;

                case KnownType.AutoFixtureFactory:
                    return TryGetAutoFixtureMock(invocation, out _)
                        ? new InvocationInfo(InvocationRole.DoubleCreation, AssertionKind.None, TestLibrary.AutoFixture)
                        : InvocationInfo.None;
            }

            // NSubstitute: `sub.Received().Send(x)` — the member call on what Received() returned is the verification.
            if (IsNSubstituteReceivedCall(Receiver(invocation)))
            {
                return new InvocationInfo(InvocationRole.Verification, AssertionKind.None, TestLibrary.NSubstitute);
            }

            if (conventions is not null && (conventions.IsCustomAssertion(method) || HasAssertionMethodAttribute(method.ReducedFrom ?? method)))
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
                case "And":
                case "Which":
                case "Subject":
                case "Using":
                case "WhenTypeIs":
                case "AddReportable":
                case "Because":
                case "BecauseOf":
                case "ForCondition":
                case "Given":
                case "WithExpectation":
                case "WithDefaultIdentifier":
                case "WithCallerPostfix":
                case "UsingLineBreaks":
                case "Dispose":
                case "Discard":
                case "HasFailures":
                case "ToString":
                case "Equals":
                case "GetHashCode":
                    return true;
            }

            return false;
        }

        /// <summary>NSubstitute's <c>Received()</c>, <c>DidNotReceive()</c>, <c>ReceivedWithAnyArgs()</c> or <c>DidNotReceiveWithAnyArgs()</c>.</summary>
        private bool IsNSubstituteReceivedCall(IOperation? operation) =>
            operation is IInvocationOperation call &&
            Types.Classify(call.TargetMethod.ContainingType) == KnownType.NSubstituteExtensions &&
            IsNSubstituteReceivedStart(call.TargetMethod.Name);

        private static bool IsNSubstituteReceivedStart(string name) =>
            name == "Received" || name == "DidNotReceive" || name == "ReceivedWithAnyArgs" || name == "DidNotReceiveWithAnyArgs";

        /// <summary>The value a call is made on: the instance, or the <c>this</c> argument of an extension method.</summary>
        internal static IOperation? Receiver(IInvocationOperation invocation)
        {
            var receiver = invocation.Instance;
            if (receiver is null && invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0)
            {
                receiver = invocation.Arguments[0].Value;
            }

            return receiver is null ? null : Unwrap(receiver);
        }

        /// <summary>Strips implicit conversions and parentheses.</summary>
        internal static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        continue;
                    default:
                        return operation;
                }
            }
        }

        // Assertion names are few and asked for on every assertion: each is read once.
        private static readonly ConcurrentDictionary<string, AssertionKind> s_kindsByName =
            new ConcurrentDictionary<string, AssertionKind>(StringComparer.Ordinal);

        private static readonly Func<string, AssertionKind> s_readKind = ReadKindFromName;

        /// <summary>What an assertion checks, from its member name (the libraries name their assertions consistently).</summary>
        internal static AssertionKind KindFromName(string name) => s_kindsByName.GetOrAdd(name, s_readKind);

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

        private static bool Has(string name, string part) => name.IndexOf(part, StringComparison.Ordinal) >= 0;

        /// <summary>NUnit's <c>Assert.That(actual, constraint)</c>: the kind follows the constraint (<c>Is.Null</c>, <c>Throws.…</c>, <c>Has.Count…</c>).</summary>
        private AssertionKind KindOfNUnitThat(IInvocationOperation invocation)
        {
            IOperation? constraint = null;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type is { } type && IsConstraintParameter(type))
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
            var current = Unwrap(constraint);
            for (var depth = 0; depth < 32 && MemberChainLink.TryRead(current, out var link); depth++)
            {
                var member = link.Member;
                var next = link.Next;
                if (member.Name != "Not" && member.Name != "No" && member.Name != "And" && member.Name != "Or")
                {
                    first = member.Name;
                }

                if (next is null)
                {
                    if (Types.Classify(member.ContainingType) == KnownType.NUnitConstraintHelper)
                    {
                        switch (member.ContainingType.Name)
                        {
                            case "Throws": return AssertionKind.Throws;
                            case "Has": return AssertionKind.Collection;
                        }
                    }

                    break;
                }

                current = Unwrap(next);
            }

            return first is null ? AssertionKind.Other : KindFromName(first);
        }

        private static ConfigurationKind ConfigurationKindFromName(string name)
        {
            switch (name)
            {
                case "Setup":
                case "SetupGet":
                case "SetupSet":
                case "SetupSequence":
                case "SetupProperty":
                case "SetupAllProperties":
                case "SetupAdd":
                case "SetupRemove":
                case "When":
                case "WhenForAnyArgs":
                case "WithAnyArguments":
                case "WhenArgumentsMatch":
                case "Where":
                    return ConfigurationKind.Setup;

                case "Returns":
                case "ReturnsAsync":
                case "ReturnsForAnyArgs":
                case "ReturnsNull":
                case "ReturnsNullForAnyArgs":
                case "ReturnsLazily":
                case "ReturnsNextFromSequence":
                case "ReturnsForAll":
                case "ReturnsDefault":
                case "Then":
                case "Pass":
                    return ConfigurationKind.Returns;

                case "Throws":
                case "ThrowsAsync":
                case "ThrowsForAnyArgs":
                case "ThrowsAsyncForAnyArgs":
                    return ConfigurationKind.Throws;

                case "Callback":
                case "Raises":
                case "Do":
                case "Invokes":
                case "DoesNothing":
                case "AndDoes":
                case "DoNotCallBase":
                case "AssignsOutAndRefParameters":
                case "AssignsOutAndRefParametersLazily":
                    return ConfigurationKind.Callback;

                case "Verifiable":
                    return ConfigurationKind.Verifiable;

                case "CallBase":
                case "CallsBaseMethod":
                case "CallsWrappedMethod":
                    return ConfigurationKind.CallsBase;
            }

            return ConfigurationKind.None;
        }
    }
}
