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
            "A test that performs no assertion, verification or expected-exception check, directly or through the helpers it calls, only proves that the code did not throw.");

        public static readonly DiagnosticDescriptor RA1002TestIsEmpty = Create(
            "RA1002",
            "Test is empty",
            "Test '{0}' is empty: it always passes and tests nothing",
            Categories.Trivial,
            DiagnosticSeverity.Warning,
            "A test whose body has no statements always passes; it inflates the test count and hides missing coverage.");
    }
}
