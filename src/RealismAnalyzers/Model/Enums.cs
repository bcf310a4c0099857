namespace RealismAnalyzers.Model
{
    /// <summary>The test frameworks the Model recognises.</summary>
    internal enum TestFramework
    {
        None = 0,
        XUnit,
        NUnit,
        MSTest,
        TUnit,
    }

    /// <summary>The library an invocation belongs to.</summary>
    internal enum TestLibrary
    {
        None = 0,
        XUnit,
        NUnit,
        MSTest,
        TUnit,
        FluentAssertions,
        AwesomeAssertions,
        Shouldly,
        Moq,
        NSubstitute,
        FakeItEasy,
        AutoFixture,
        /// <summary>A user's own method recognised as an assertion by convention or configuration.</summary>
        Custom,
    }

    /// <summary>What an invocation means to a test.</summary>
    internal enum InvocationRole
    {
        None = 0,

        /// <summary>Checks a value, state or exception; <see cref="AssertionKind"/> says what.</summary>
        Assertion,

        /// <summary>Checks that a call was (or was not) made on a test double.</summary>
        Verification,

        /// <summary>Starts an assertion or verification that another call must complete
        /// (FluentAssertions <c>Should()</c>, NSubstitute <c>Received()</c>, FakeItEasy <c>A.CallTo</c>,
        /// xUnit <c>Record.Exception</c>, TUnit <c>Assert.That</c>).</summary>
        AssertionStart,

        /// <summary>Fails the test unconditionally (<c>Assert.Fail</c>).</summary>
        Fail,

        /// <summary>Ends the test without an outcome, or only under a condition
        /// (<c>Assert.Inconclusive</c>, <c>Assert.Ignore</c>, <c>Assume.That</c>, <c>Assert.Skip</c>).</summary>
        Inconclusive,

        /// <summary>Groups assertions given as a delegate or scope (<c>Assert.Multiple</c>).</summary>
        AssertionGroup,

        /// <summary>Creates a test double.</summary>
        DoubleCreation,

        /// <summary>Configures a member of a test double (setup, returns, throws, callback).</summary>
        DoubleConfiguration,
    }

    /// <summary>What an assertion checks.</summary>
    internal enum AssertionKind
    {
        None = 0,
        Equality,
        Null,
        Boolean,
        Type,
        Throws,
        Collection,
        String,
        Comparison,
        Other,
    }

    /// <summary>What a configuration of a test double makes it do.</summary>
    internal enum ConfigurationKind
    {
        None = 0,

        /// <summary>Selects the member to configure (Moq <c>Setup</c>, NSubstitute <c>When</c>, FakeItEasy <c>A.CallTo</c>).</summary>
        Setup,

        /// <summary>Returns a value.</summary>
        Returns,

        /// <summary>Throws, returns a faulted task, or returns through a delegate that throws.</summary>
        Throws,

        /// <summary>Runs a callback or does nothing.</summary>
        Callback,

        /// <summary>Marks the setup for <c>Verify()</c> (Moq <c>Verifiable</c>).</summary>
        Verifiable,

        /// <summary>Calls the real implementation.</summary>
        CallsBase,
    }
}
