using System;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// The names of the library members the Model recognises by name (<c>TestingModel.Invocations.cs</c>), one nested class per
    /// library type, or per family of types that <see cref="KnownTypeCatalog"/> classifies alike. Each nested class names the
    /// types that declare its members (<see cref="DeclaredByAttribute"/>), and
    /// <c>tests/RealismAnalyzers.Tests/Model/KnownMemberNamesTests.cs</c> checks every constant against those types in the real
    /// assemblies of the supported versions: a misspelled or renamed member fails there, and a constant added here is checked
    /// without being listed.
    /// </summary>
    /// <remarks>
    /// A name several libraries share (<c>Returns</c>, <c>Throws</c>, …) is spelled once, under one of them: a switch cannot
    /// repeat a case value. Names that are not library members (the words <c>KindFromName</c> looks for, type and namespace
    /// names) are not here.
    /// </remarks>
    internal static class KnownMembers
    {
        [DeclaredBy("Xunit.Assert")]
        public static class XUnitAssert
        {
            public const string Fail = "Fail";
            public const string Skip = "Skip";
            public const string SkipWhen = "SkipWhen";
            public const string SkipUnless = "SkipUnless";
            public const string Multiple = "Multiple";
        }

        /// <summary>
        /// NUnit's <c>Assert</c>. <c>ClassicAssert</c>, <c>StringAssert</c>, <c>CollectionAssert</c>, … are classified with it;
        /// the members matched by name are <c>Assert</c>'s.
        /// </summary>
        [DeclaredBy("NUnit.Framework.Assert")]
        public static class NUnitAssert
        {
            public const string Fail = "Fail";
            public const string Pass = "Pass";
            public const string Inconclusive = "Inconclusive";
            public const string Ignore = "Ignore";
            public const string Multiple = "Multiple";
            public const string MultipleAsync = "MultipleAsync";
            public const string EnterMultipleScope = "EnterMultipleScope";
            public const string That = "That";
            public const string ThatAsync = "ThatAsync";
            public const string Warn = "Warn";
        }

        /// <summary>The links of an NUnit constraint expression that negate or combine rather than name a constraint.</summary>
        [DeclaredBy("NUnit.Framework.Is", "NUnit.Framework.Has", "NUnit.Framework.Constraints.ConstraintExpression", "NUnit.Framework.Constraints.Constraint")]
        public static class NUnitConstraints
        {
            public const string Not = "Not";
            public const string No = "No";
            public const string And = "And";
            public const string Or = "Or";
        }

        [DeclaredBy("Microsoft.VisualStudio.TestTools.UnitTesting.Assert")]
        public static class MSTestAssert
        {
            public const string Fail = "Fail";
            public const string Inconclusive = "Inconclusive";
            public const string ReplaceNullChars = "ReplaceNullChars";

            /// <summary>The getter of the <c>Assert.That</c> property, the receiver of MSTest's extension assertions.</summary>
            public const string ThatGetter = "get_That";
        }

        [DeclaredBy("TUnit.Assertions.Assert")]
        public static class TUnitAssert
        {
            public const string That = "That";
            public const string Fail = "Fail";
            public const string Multiple = "Multiple";
        }

        /// <summary>The members of TUnit's assertion builders that chain, explain or await an assertion rather than add a condition.</summary>
        [DeclaredBy("TUnit.Assertions.Core.Assertion`1")]
        public static class TUnitAssertion
        {
            public const string And = "And";
            public const string Or = "Or";
            public const string Because = "Because";
            public const string GetAwaiter = "GetAwaiter";
            public const string AssertAsync = "AssertAsync";
        }

        [DeclaredBy("FluentAssertions.AssertionExtensions", "AwesomeAssertions.AssertionExtensions")]
        public static class FluentAssertionExtensions
        {
            public const string Should = "Should";
        }

        /// <summary>What an assertion returns, to go on from: <c>.And</c>, <c>.Which</c>, <c>.Subject</c>.</summary>
        [DeclaredBy(
            "FluentAssertions.AndConstraint`1", "FluentAssertions.AndWhichConstraint`2",
            "AwesomeAssertions.AndConstraint`1", "AwesomeAssertions.AndWhichConstraint`2")]
        public static class FluentConstraints
        {
            public const string And = "And";
            public const string Which = "Which";
            public const string Subject = "Subject";
        }

        /// <summary>The options of <c>BeEquivalentTo</c>: <c>o =&gt; o.Using&lt;T&gt;(…).WhenTypeIs&lt;T&gt;()</c>.</summary>
        [DeclaredBy(
            "FluentAssertions.Equivalency.SelfReferenceEquivalencyAssertionOptions`1",
            "FluentAssertions.Equivalency.SelfReferenceEquivalencyAssertionOptions`1+Restriction`1",
            "AwesomeAssertions.Equivalency.SelfReferenceEquivalencyOptions`1",
            "AwesomeAssertions.Equivalency.SelfReferenceEquivalencyOptions`1+Restriction`1")]
        public static class FluentEquivalencyOptions
        {
            public const string Using = "Using";
            public const string WhenTypeIs = "WhenTypeIs";
        }

        [DeclaredBy("FluentAssertions.Equivalency.IAssertionContext`1", "AwesomeAssertions.Equivalency.IAssertionContext`1")]
        public static class FluentAssertionContext
        {
            public const string Because = "Because";
        }

        /// <summary>The plumbing of custom assertions: FluentAssertions' <c>AssertionScope</c>, AwesomeAssertions' <c>AssertionChain</c>.</summary>
        [DeclaredBy("FluentAssertions.Execution.AssertionScope", "AwesomeAssertions.Execution.AssertionScope", "AwesomeAssertions.Execution.AssertionChain")]
        public static class FluentAssertionScope
        {
            public const string AddReportable = "AddReportable";
            public const string BecauseOf = "BecauseOf";
            public const string ForCondition = "ForCondition";
            public const string Given = "Given";
            public const string WithExpectation = "WithExpectation";
            public const string WithDefaultIdentifier = "WithDefaultIdentifier";
            public const string WithCallerPostfix = "WithCallerPostfix";
            public const string UsingLineBreaks = "UsingLineBreaks";
            public const string Dispose = "Dispose";
            public const string Discard = "Discard";
            public const string HasFailures = "HasFailures";
        }

        /// <summary>Moq's <c>Mock&lt;T&gt;</c>. <c>Verify</c> and <c>Setup</c> are also matched as prefixes (<c>VerifyGet</c>, <c>SetupGet</c>, …).</summary>
        [DeclaredBy("Moq.Mock`1")]
        public static class MoqMockOfT
        {
            public const string Verify = "Verify";
            public const string Setup = "Setup";
            public const string SetupGet = "SetupGet";
            public const string SetupSet = "SetupSet";
            public const string SetupSequence = "SetupSequence";
            public const string SetupProperty = "SetupProperty";
            public const string SetupAllProperties = "SetupAllProperties";
            public const string SetupAdd = "SetupAdd";
            public const string SetupRemove = "SetupRemove";
        }

        /// <summary>Moq's static <c>Mock</c>: <c>Mock.Of&lt;T&gt;()</c>, <c>Mock.Verify(mocks)</c>.</summary>
        [DeclaredBy("Moq.Mock")]
        public static class MoqMock
        {
            public const string Verify = "Verify";
            public const string VerifyAll = "VerifyAll";
            public const string Of = "Of";
        }

        [DeclaredBy("Moq.MockRepository")]
        public static class MoqRepository
        {
            public const string Of = "Of";
            public const string OneOf = "OneOf";
        }

        /// <summary>
        /// The members a <c>MockRepository</c> inherits from its base class <c>MockFactory</c>, which declares them. A call binds
        /// to the declaring type, and <see cref="KnownTypeCatalog"/> classifies <c>MockRepository</c> alone, so the Model does not
        /// classify <c>repository.Create&lt;T&gt;()</c> or <c>repository.VerifyAll()</c> through these names today.
        /// </summary>
        [DeclaredBy("Moq.MockFactory")]
        public static class MoqMockFactory
        {
            public const string Verify = "Verify";
            public const string VerifyAll = "VerifyAll";
            public const string VerifyNoOtherCalls = "VerifyNoOtherCalls";
            public const string Create = "Create";
        }

        /// <summary>Moq's fluent setup API (<c>Moq.Language</c> and the <c>*Extensions</c> classes): <c>.Returns(…)</c>, <c>.Callback(…)</c>, ….</summary>
        [DeclaredBy(
            "Moq.Language.IReturns`2", "Moq.Language.IThrows", "Moq.Language.ICallback", "Moq.Language.IRaise`1", "Moq.Language.IVerifies",
            "Moq.Language.ICallBase", "Moq.Language.ISetupSequentialAction", "Moq.ReturnsExtensions")]
        public static class MoqSetupFlow
        {
            public const string Returns = "Returns";
            public const string ReturnsAsync = "ReturnsAsync";
            public const string Throws = "Throws";
            public const string ThrowsAsync = "ThrowsAsync";
            public const string Callback = "Callback";
            public const string Raises = "Raises";
            public const string Verifiable = "Verifiable";
            public const string CallBase = "CallBase";
            public const string Pass = "Pass";
        }

        /// <summary>NSubstitute's extension methods on a substitute (<c>Returns</c>, <c>Throws</c> and <c>ThrowsAsync</c> are spelled under <see cref="MoqSetupFlow"/>).</summary>
        [DeclaredBy("NSubstitute.SubstituteExtensions", "NSubstitute.ReturnsExtensions.ReturnsExtensions", "NSubstitute.ExceptionExtensions.ExceptionExtensions")]
        public static class NSubstituteExtensions
        {
            public const string Received = "Received";
            public const string DidNotReceive = "DidNotReceive";
            public const string ReceivedWithAnyArgs = "ReceivedWithAnyArgs";
            public const string DidNotReceiveWithAnyArgs = "DidNotReceiveWithAnyArgs";
            public const string When = "When";
            public const string WhenForAnyArgs = "WhenForAnyArgs";
            public const string ReturnsForAnyArgs = "ReturnsForAnyArgs";
            public const string ReturnsNull = "ReturnsNull";
            public const string ReturnsNullForAnyArgs = "ReturnsNullForAnyArgs";
            public const string ThrowsForAnyArgs = "ThrowsForAnyArgs";
            public const string ThrowsAsyncForAnyArgs = "ThrowsAsyncForAnyArgs";
        }

        /// <summary>NSubstitute's <c>sub.When(x =&gt; …).Do(…)</c> (<c>CallBase</c> and <c>Throws</c> are spelled under <see cref="MoqSetupFlow"/>).</summary>
        [DeclaredBy("NSubstitute.Core.WhenCalled`1")]
        public static class NSubstituteWhenCalled
        {
            public const string Do = "Do";
            public const string DoNotCallBase = "DoNotCallBase";
        }

        /// <summary>
        /// NSubstitute's <c>.Returns(…).AndDoes(…)</c> and <c>sub.ReturnsForAll&lt;T&gt;(…)</c>. Their types are none that
        /// <see cref="KnownTypeCatalog"/> classifies as configuring a double, so the Model does not reach these names today.
        /// </summary>
        [DeclaredBy("NSubstitute.Core.ConfiguredCall", "NSubstitute.Extensions.ReturnsForAllExtensions")]
        public static class NSubstituteConfiguredCall
        {
            public const string AndDoes = "AndDoes";
            public const string ReturnsForAll = "ReturnsForAll";
        }

        /// <summary>FakeItEasy's <c>A</c>. <c>CallTo</c> is also matched as a prefix (<c>CallToSet</c>).</summary>
        [DeclaredBy("FakeItEasy.A")]
        public static class FakeItEasyA
        {
            public const string Fake = "Fake";
            public const string CollectionOfFake = "CollectionOfFake";
            public const string Dummy = "Dummy";
            public const string CollectionOfDummy = "CollectionOfDummy";
            public const string CallTo = "CallTo";
        }

        /// <summary>
        /// FakeItEasy's configuration API (<c>FakeItEasy.Configuration</c> and the <c>*Extensions</c> classes).
        /// <c>MustHaveHappened</c> and <c>MustNotHaveHappened</c> are also matched as prefixes (<c>MustHaveHappenedOnceExactly</c>, …).
        /// </summary>
        [DeclaredBy(
            "FakeItEasy.Configuration.IAssertConfiguration", "FakeItEasy.AssertConfigurationExtensions",
            "FakeItEasy.ArgumentValidationConfigurationExtensions", "FakeItEasy.Configuration.IArgumentValidationConfiguration`1",
            "FakeItEasy.Configuration.IWhereConfiguration`1", "FakeItEasy.Configuration.IReturnValueConfiguration`1",
            "FakeItEasy.ReturnValueConfigurationExtensions", "FakeItEasy.Configuration.IThenConfiguration`1",
            "FakeItEasy.Configuration.ICallbackConfiguration`1", "FakeItEasy.Configuration.IDoNothingConfiguration`1",
            "FakeItEasy.OutAndRefParametersConfigurationExtensions", "FakeItEasy.Configuration.IOutAndRefParametersConfiguration`1",
            "FakeItEasy.Configuration.ICallBaseConfiguration`1", "FakeItEasy.Configuration.ICallWrappedMethodConfiguration`1")]
        public static class FakeItEasyConfiguration
        {
            public const string MustHaveHappened = "MustHaveHappened";
            public const string MustNotHaveHappened = "MustNotHaveHappened";
            public const string WithAnyArguments = "WithAnyArguments";
            public const string WhenArgumentsMatch = "WhenArgumentsMatch";
            public const string Where = "Where";
            public const string ReturnsLazily = "ReturnsLazily";
            public const string ReturnsNextFromSequence = "ReturnsNextFromSequence";
            public const string Then = "Then";
            public const string Invokes = "Invokes";
            public const string DoesNothing = "DoesNothing";
            public const string AssignsOutAndRefParameters = "AssignsOutAndRefParameters";
            public const string AssignsOutAndRefParametersLazily = "AssignsOutAndRefParametersLazily";
            public const string CallsBaseMethod = "CallsBaseMethod";
            public const string CallsWrappedMethod = "CallsWrappedMethod";
        }

        [DeclaredBy("FakeItEasy.Configuration.IPropertySetterAnyValueConfiguration`1")]
        public static class FakeItEasyPropertySetter
        {
            public const string To = "To";
        }
    }

    /// <summary>
    /// The types, by metadata name (<c>Namespace.Type`1</c>, <c>Outer+Nested</c>), that declare the members named by the
    /// constants of a <see cref="KnownMembers"/> class: each constant is a member (method, property or accessor, extension
    /// methods included) declared by at least one of them in a supported version.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    internal sealed class DeclaredByAttribute : Attribute
    {
        public DeclaredByAttribute(params string[] metadataNames)
        {
            MetadataNames = metadataNames;
        }

        public string[] MetadataNames { get; }
    }
}
