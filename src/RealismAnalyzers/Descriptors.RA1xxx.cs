using Microsoft.CodeAnalysis;

namespace RealismAnalyzers
{
    internal static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor RA1001TestHasNoAssertion = Create(
            "RA1001",
            "Test has no assertion",
            "Test '{0}' has no assertion: it passes whenever the code runs without throwing",
            Categories.Trivial,
            DiagnosticSeverity.Warning,
            "A test that performs no assertion, verification or expected-exception check, directly or through the helpers it calls, only proves that the code did not throw.",
            isEnabledByDefault: false);

        public static readonly DiagnosticDescriptor RA1002TestIsEmpty = Create(
            "RA1002",
            "Test is empty",
            "Test '{0}' is empty: it always passes and tests nothing",
            Categories.Trivial,
            DiagnosticSeverity.Warning,
            "A test whose body has no statements always passes; it inflates the test count and hides missing coverage.",
            isEnabledByDefault: false);

        public static readonly DiagnosticDescriptor RA1003AssertionCannotFail = Create(
            "RA1003",
            "Assertion cannot fail",
            "Assertion cannot fail: {0}",
            Categories.Trivial,
            DiagnosticSeverity.Info,
            "An assertion whose outcome is fixed before it runs (a constant, the same expression on both sides, a value that can never be null, a type the compiler already guarantees) always passes and checks nothing.");

        public static readonly DiagnosticDescriptor RA1004AsyncAssertionNotAwaited = Create(
            "RA1004",
            "Asynchronous assertion is not awaited",
            "Asynchronous assertion '{0}' is not awaited: the test ends before it checks anything",
            Categories.Trivial,
            DiagnosticSeverity.Warning,
            "An assertion that returns a task checks nothing until it is awaited; when the task is dropped, the test passes whatever the code does and a failure, if any, is lost.");

        public static readonly DiagnosticDescriptor RA1005AssertionNeverCompleted = Create(
            "RA1005",
            "Assertion is never completed",
            "'{0}' starts an assertion that is never completed: {1}",
            Categories.Trivial,
            DiagnosticSeverity.Warning,
            "Calls such as Should(), Received(), A.CallTo(...) or Record.Exception(...) only start an assertion or verification; without the call that completes it, nothing is checked.");

        public static readonly DiagnosticDescriptor RA1006TestCanPassWithoutAssertion = Create(
            "RA1006",
            "Test can pass without running any assertion",
            "Test '{0}' can reach its end without running any assertion: {1}",
            Categories.Trivial,
            DiagnosticSeverity.Warning,
            "A test whose assertions sit behind a branch, a loop that may run zero times, an early return or a catch block can pass without checking anything.",
            isEnabledByDefault: false);

        public static readonly DiagnosticDescriptor RA1007TestNeverTouchesCodeUnderTest = Create(
            "RA1007",
            "Test never touches the code under test",
            "Test '{0}' never touches the code under test: it only uses the framework, test libraries and the test project's own types",
            Categories.Trivial,
            DiagnosticSeverity.Info,
            "A test that uses only the BCL, test, mocking and assertion libraries and the test project's own types tests those, not the product.",
            isEnabledByDefault: false);
    }
}
