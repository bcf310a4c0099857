using Microsoft.CodeAnalysis;

namespace RealismAnalyzers
{
    internal static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor RA2001TooManyTestDoubles = Create(
            "RA2001",
            "Too many test doubles",
            "Test '{0}' uses {1} test doubles (more than {2}): it checks the wiring of mocks more than the behaviour of the code",
            Categories.Mocking,
            DiagnosticSeverity.Warning,
            "A test that needs many doubles (counting those created in its class's setup that it uses) mostly checks how mocks are wired; the code under test has too many collaborators or the test is too wide.",
            isEnabledByDefault: false);

        public static readonly DiagnosticDescriptor RA2002DoubleOfClassUnderTest = Create(
            "RA2002",
            "Test double of the class under test",
            "'{0}' is the class under test, but the test doubles it: the test exercises the double, not the real code",
            Categories.Mocking,
            DiagnosticSeverity.Warning,
            "Doubling the class a test is about (named after it, or a partial double whose own members the test calls and asserts on) replaces the code under test with the test's own configuration.");

        public static readonly DiagnosticDescriptor RA2003DoubleOfDataType = Create(
            "RA2003",
            "Test double of a data type",
            "'{0}' is plain data ({1}): use a real instance instead of a test double",
            Categories.Mocking,
            DiagnosticSeverity.Warning,
            "Records, DTOs, strings and collections have no behaviour to isolate; a double of one only hides how the real value behaves and makes the test harder to read.");

        public static readonly DiagnosticDescriptor RA2004AssertionChecksDoubleAnswer = Create(
            "RA2004",
            "Assertion checks the test double's own answer",
            "The assertion checks a value that came straight from a test double ('{0}'): it only checks the test's own setup",
            Categories.Mocking,
            DiagnosticSeverity.Warning,
            "An assertion on a value a test double returned, without the value passing through production code, checks the test's own configuration and cannot fail because of a bug in the product.");

        public static readonly DiagnosticDescriptor RA2005DoubleOfTypeWithRealFake = Create(
            "RA2005",
            "Test double where a real or ready-made fake exists",
            "'{0}' has a standard real or ready-made test implementation: use {1} instead of a test double",
            Categories.Mocking,
            DiagnosticSeverity.Info,
            "Loggers, options, configuration, clocks, HTTP handlers, DbContexts, file systems and caches have real or purpose-built test implementations that behave like production; doubles of them are verbose and drift from the real behaviour.");

        public static readonly DiagnosticDescriptor RA2006TestVerifiesOnlyInteractions = Create(
            "RA2006",
            "Test verifies only interactions",
            "Test '{0}' only verifies that calls on test doubles happened, {1}: it checks how the code works, not what it produces",
            Categories.Mocking,
            DiagnosticSeverity.Info,
            "A test whose only checks are that calls happened, whatever they carried or with only the values the test passed in, breaks on every refactoring and stays green when the result is wrong; check the values the code computed, a returned value, a state or an exception.");

        public static readonly DiagnosticDescriptor RA2007UnusedTestDouble = Create(
            "RA2007",
            "Unused test double",
            "The test double of '{0}' is never used: it is created{1} but never passed, stored, returned or invoked",
            Categories.Mocking,
            DiagnosticSeverity.Warning,
            "A test double that the code under test never receives only adds noise, and its setups suggest behaviour the test does not exercise.");
    }
}
