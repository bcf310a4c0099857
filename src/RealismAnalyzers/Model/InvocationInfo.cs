namespace RealismAnalyzers.Model
{
    /// <summary>The Model's answer to "what is this invocation to a test".</summary>
    internal readonly struct InvocationInfo
    {
        public static readonly InvocationInfo None = default;

        public InvocationInfo(InvocationRole role, AssertionKind kind, TestLibrary library, bool requiresCompletion = false)
        {
            Role = role;
            Kind = kind;
            Library = library;
            RequiresCompletion = requiresCompletion;
        }

        public InvocationRole Role { get; }

        public AssertionKind Kind { get; }

        public TestLibrary Library { get; }

        /// <summary>The call only starts a chain that another call must finish (<c>Should()</c>, <c>Received()</c>, <c>A.CallTo</c>, <c>Record.Exception</c>, TUnit <c>Assert.That</c>).</summary>
        public bool RequiresCompletion { get; }

        /// <summary>Assertion, verification or unconditional failure: the call can make the test fail.</summary>
        public bool IsCheck => Role == InvocationRole.Assertion || Role == InvocationRole.Verification || Role == InvocationRole.Fail;
    }

    /// <summary>A test double the Model recognised at its creation.</summary>
    internal readonly struct TestDouble
    {
        public TestDouble(Microsoft.CodeAnalysis.ITypeSymbol doubledType, TestLibrary library, bool isPartial)
        {
            DoubledType = doubledType;
            Library = library;
            IsPartial = isPartial;
        }

        /// <summary>The type being doubled (<c>T</c> of <c>Mock&lt;T&gt;</c>, <c>Substitute.For&lt;T&gt;</c>, <c>A.Fake&lt;T&gt;</c>).</summary>
        public Microsoft.CodeAnalysis.ITypeSymbol DoubledType { get; }

        public TestLibrary Library { get; }

        /// <summary>A partial double: calls the real implementation unless configured (Moq <c>CallBase</c>, <c>ForPartsOf</c>, <c>CallsBaseMethods</c>).</summary>
        public bool IsPartial { get; }
    }

    /// <summary>A configuration of a test double's member.</summary>
    internal readonly struct DoubleConfiguration
    {
        public DoubleConfiguration(ConfigurationKind kind, TestLibrary library, Microsoft.CodeAnalysis.ITypeSymbol? doubledType, Microsoft.CodeAnalysis.ISymbol? member)
        {
            Kind = kind;
            Library = library;
            DoubledType = doubledType;
            Member = member;
        }

        public ConfigurationKind Kind { get; }

        public TestLibrary Library { get; }

        /// <summary>The doubled type whose member is configured, when the Model can tell.</summary>
        public Microsoft.CodeAnalysis.ITypeSymbol? DoubledType { get; }

        /// <summary>The configured member (method or property), when the Model can tell.</summary>
        public Microsoft.CodeAnalysis.ISymbol? Member { get; }

        /// <summary>The configuration makes the member fail: throws, throws asynchronously, or returns a faulted task.</summary>
        public bool IsFailure => Kind == ConfigurationKind.Throws;
    }
}
