namespace RealismAnalyzers.Model
{
    /// <summary>
    /// The rules of the frameworks' own analyzers that report a shape the package's rules report too. An analyzer cannot see the
    /// other analyzers of a compilation, so the Model takes the framework reference as the sign that its analyzer runs: xunit.analyzers
    /// ships inside the <c>xunit</c> and <c>xunit.v3</c> packages, MSTest.Analyzers is a dependency of MSTest.TestFramework, TUnit's
    /// analyzers ship inside TUnit.Core, and <c>dotnet new nunit</c> adds NUnit.Analyzers. Each constant is checked against the real
    /// analyzer package in the tests (FrameworkAnalyzerOverlapTests).
    /// </summary>
    internal static class FrameworkAnalyzerRules
    {
        /// <summary>xunit.analyzers (xUnit v2): "Avoid using 'async void' for test methods as it is deprecated in xUnit.net v3".</summary>
        public const string XUnitAsyncVoidV2 = "xUnit1048";

        /// <summary>xunit.analyzers (xUnit v3): "Do not use 'async void' for test methods as it is no longer supported" (an error).</summary>
        public const string XUnitAsyncVoidV3 = "xUnit1049";

        /// <summary>xunit.analyzers: "Do not use blocking task operations in test method".</summary>
        public const string XUnitBlocking = "xUnit1031";

        /// <summary>NUnit.Analyzers: "Async test method must have non-void return type" (an error).</summary>
        public const string NUnitAsyncVoid = "NUnit1012";

        /// <summary>MSTest.Analyzers: "Test methods should have valid layout" (async void is not a valid test method).</summary>
        public const string MSTestTestMethodShouldBeValid = "MSTEST0003";

        /// <summary>MSTest.Analyzers 4.3+: "Avoid Thread.Sleep, Task.Wait and Task.Result in tests" (off unless the user turns it on).</summary>
        public const string MSTestBlocking = "MSTEST0067";

        /// <summary>TUnit analyzers: "Async void methods and lambdas not allowed" (an error).</summary>
        public const string TUnitAsyncVoid = "TUnit0031";

        /// <summary>xunit.analyzers: "Do not use asynchronous assertions without awaiting them" (an error).</summary>
        public const string XUnitDroppedAsyncAssertion = "xUnit2021";

        /// <summary>NUnit.Analyzers 4.14+: "Asynchronous assertions must be awaited".</summary>
        public const string NUnitDroppedAsyncAssertion = "NUnit2059";

        /// <summary>TUnit.Assertions: "Assertions must be awaited".</summary>
        public const string TUnitDroppedAssertion = "TUnitAssertions0002";
    }
}
