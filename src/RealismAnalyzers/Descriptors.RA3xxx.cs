using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers
{
    internal static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor RA3001DependencyIsNeverMadeToFail = Create(
            "RA3001",
            "Dependency is never made to fail",
            "'{0}' is doubled in {1} tests but never made to fail: no test shows what happens when it throws or returns a failure",
            Categories.FailurePaths,
            DiagnosticSeverity.Warning,
            "A dependency that every test double lets succeed leaves the code's error handling untested: timeouts, outages and rejections reach production unrehearsed.",
            false,
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor RA3002ExceptionAssertionIsTooBroad = Create(
            "RA3002",
            "Exception assertion is too broad",
            "Expecting '{0}' passes on any failure, including a NullReferenceException in the arrange part: expect the specific exception type",
            Categories.FailurePaths,
            DiagnosticSeverity.Warning,
            "An assertion that accepts System.Exception (or SystemException, or any exception) passes whatever goes wrong, so it cannot tell the intended failure from a bug.",
            isEnabledByDefault: false);

        public static readonly DiagnosticDescriptor RA3003ExceptionExpectedThroughAttribute = Create(
            "RA3003",
            "Exception expected through an attribute",
            "Test '{0}' expects '{1}' through an attribute: the exception may come from any line, including the arrange part",
            Categories.FailurePaths,
            DiagnosticSeverity.Warning,
            "[ExpectedException] passes when any statement of the test throws the exception; an assertion around the one call that should throw says what is tested.");

        public static readonly DiagnosticDescriptor RA3004ExceptionCheckedWithTryCatch = Create(
            "RA3004",
            "Exception checked with try/catch",
            "Test '{0}' {1}",
            Categories.FailurePaths,
            DiagnosticSeverity.Warning,
            "A try/catch in a test either re-implements Assert.Throws by hand (and is easy to get wrong) or swallows exceptions, so the test cannot fail on them.");

        public static readonly DiagnosticDescriptor RA3005OnlySuccessOutcomesAsserted = Create(
            "RA3005",
            "Only success outcomes are asserted",
            "'{0}' is asserted in {1} tests, all of which check only its success outcome: no test checks {2}",
            Categories.FailurePaths,
            DiagnosticSeverity.Info,
            "A member that can report failure (false, null, a failure result) whose tests only ever check success leaves the failure branch of its callers untested.",
            false,
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor RA3006DataDrivenTestHasNoEdgeCases = Create(
            "RA3006",
            "Data-driven test has no edge cases",
            "Data-driven test '{0}' has {1} rows but no edge values: {2}",
            Categories.FailurePaths,
            DiagnosticSeverity.Info,
            "Rows that only vary ordinary values miss the inputs where code usually breaks: null, empty, whitespace, zero, negative numbers, the type's limits, empty collections.",
            false,
            WellKnownDiagnosticTags.CompilationEnd);
    }
}
