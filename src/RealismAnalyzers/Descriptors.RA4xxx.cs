using Microsoft.CodeAnalysis;

namespace RealismAnalyzers
{
    internal static partial class Descriptors
    {
        public static readonly DiagnosticDescriptor RA4001TestSleeps = Create(
            "RA4001",
            "Test sleeps",
            "'{0}' makes the test wait for real time: the test is slow, and flaky when the wait is too short on a busy machine",
            Categories.Determinism,
            DiagnosticSeverity.Warning,
            "Thread.Sleep or an awaited Task.Delay in a test or its setup guesses how long something takes. Wait for the event itself (a completion source, a signal, a fake clock) instead.",
            isEnabledByDefault: false);

        public static readonly DiagnosticDescriptor RA4002TestReadsTheWallClock = Create(
            "RA4002",
            "Test reads the wall clock",
            "'{0}' reads the wall clock and the value reaches {1}: the outcome can depend on when the test runs",
            Categories.Determinism,
            DiagnosticSeverity.Info,
            "A test whose checked values or inputs come from DateTime.Now, UtcNow, Today or DateTimeOffset.Now/UtcNow depends on the time, date, time zone and daylight saving of the machine that runs it. Use a fixed instant or a fake clock (TimeProvider, FakeTimeProvider).");

        public static readonly DiagnosticDescriptor RA4003TestUsesAnUnseededRandomSource = Create(
            "RA4003",
            "Test uses an unseeded random source",
            "'{0}' is not seeded: every run tests different data, and a failure cannot be reproduced",
            Categories.Determinism,
            DiagnosticSeverity.Info,
            "new Random() without a seed, Random.Shared, or a seed taken from the clock gives a test different data on every run. Use a fixed seed so a failing run can be replayed.",
            isEnabledByDefault: false);

        public static readonly DiagnosticDescriptor RA4004TestIsAsyncVoid = Create(
            "RA4004",
            "Test is async void",
            "Test '{0}' is async void: {1}",
            Categories.Determinism,
            DiagnosticSeverity.Warning,
            "What a runner does with an async void test depends on the framework: xUnit v2 waits for it, xUnit v3 and NUnit refuse to run it, MSTest does not discover it, TUnit runs it like a synchronous method and loses what fails after its first await. Return Task. Where the framework's own analyzer already reports the test (xUnit1048/xUnit1049, NUnit1012, MSTEST0003, TUnit0031), this rule stays silent.");

        public static readonly DiagnosticDescriptor RA4005TestBlocksOnATask = Create(
            "RA4005",
            "Test blocks on a task",
            "'{0}' blocks the test on a task: it can deadlock under a synchronization context and ties up a thread the runner needs",
            Categories.Determinism,
            DiagnosticSeverity.Warning,
            "Blocking on a task with .Result, .Wait() or .GetAwaiter().GetResult() in a test can deadlock under the framework's synchronization context, starves the thread pool when tests run in parallel, and hides the real exception. Make the test async and await the task.");
    }
}
