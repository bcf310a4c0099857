using RealismAnalyzers.Tests.Verifiers;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Determinism.RA4004TestIsAsyncVoid, RealismAnalyzers.CodeFixes.Determinism.RA4004ReturnTaskFix>;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Determinism.RA4004TestIsAsyncVoid>;

namespace RealismAnalyzers.Tests.Rules.Determinism;

public class RA4004TestIsAsyncVoidTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;

        """;

    private static string Source(string code) => Usings + code + DeterminismSources.Production;

    /// <summary>Reports also what the framework's own analyzer reports, so that every framework shows the rule's own logic.</summary>
    private const string Report = "realism.defer_to_framework_analyzers = false";

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_an_async_void_test(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async void {|RA4004:Payment_is_charged|}()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }

            [THEORY]
            [ROW(1)]
            [ROW(2)]
            public async void {|RA4004:Pending_count_is_zero|}(int attempt)
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(attempt));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """), Report);

    [Theory]
    [InlineData(Fw.XUnitV2, "xUnit v2 waits for it and reports its failures, but xUnit v3 refuses to run async void tests")]
    [InlineData(Fw.XUnitV3, "xUnit v3 refuses to run async void tests and fails it without running it")]
    [InlineData(Fw.NUnit3, "NUnit refuses to run async void tests: it reports the test as not runnable and none of its checks run")]
    [InlineData(Fw.NUnit4, "NUnit refuses to run async void tests: it reports the test as not runnable and none of its checks run")]
    [InlineData(Fw.MSTest, "MSTest does not discover async void tests: the test never runs, and only a discovery warning says so")]
    [InlineData(Fw.TUnit, "TUnit runs it like a synchronous method: the test passes at its first await, and what fails after it is lost or crashes the run")]
    public Task The_message_says_what_the_framework_does_with_the_test(Fw fw, string consequence) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async void {|#0:Payment_is_charged|}()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """), Report, Verifier.Diagnostic("RA4004").WithLocation(0).WithMessage($"Test 'Payment_is_charged' is async void: {consequence}"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_where_the_framework_analyzer_reports_the_test(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async void Payment_is_charged()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }

            ROW_TEST
            public async void Pending_count_is_zero(int attempt)
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(attempt));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """.Replace("ROW_TEST", fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => "[Theory, InlineData(1)]",
        Fw.NUnit3 or Fw.NUnit4 => "[TestCase(1)]",
        Fw.MSTest => "[TestMethod, DataRow(1)]",
        _ => "[Test, Arguments(1)]",
    })));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_where_the_framework_analyzer_does_not_look(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source(fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => """
            public class CheckoutTests
            {
                [RetryFact]
                public async void {|RA4004:Payment_is_charged|}()
                {
                    var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                    Assert.Equal(0, await service.PendingCountAsync());
                }
            }

            public sealed class RetryFactAttribute : FactAttribute { }
            """,
        Fw.NUnit3 or Fw.NUnit4 => """
            public class CheckoutTests
            {
                private static readonly int[] Attempts = { 1, 2 };

                [TestCaseSource(nameof(Attempts))]
                public async void {|RA4004:Pending_count_is_zero|}(int attempt)
                {
                    var service = new CheckoutService(null!, TimeSpan.FromSeconds(attempt));
                    Assert.That(await service.PendingCountAsync(), Is.EqualTo(0));
                }
            }
            """,
        Fw.MSTest => """
            [TestClass]
            public class CheckoutTests
            {
                [DataTestMethod]
                [DataRow(1)]
                public async void {|RA4004:Pending_count_is_zero|}(int attempt)
                {
                    var service = new CheckoutService(null!, TimeSpan.FromSeconds(attempt));
                    Assert.AreEqual(0, await service.PendingCountAsync());
                }
            }
            """,
        _ => """
            public class CheckoutTests
            {
                [Test]
                public async Task Payment_is_charged()
                {
                    var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                    await Assert.That(await service.PendingCountAsync()).IsEqualTo(0);
                }
            }
            """,
    }));

    [Theory]
    [InlineData(Fw.XUnitV2, "xUnit1048")]
    [InlineData(Fw.XUnitV3, "xUnit1049")]
    [InlineData(Fw.NUnit4, "NUnit1012")]
    [InlineData(Fw.MSTest, "MSTEST0003")]
    [InlineData(Fw.TUnit, "TUnit0031")]
    public Task Fires_where_the_framework_rule_is_turned_off(Fw fw, string frameworkRule) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async void {|RA4004:Payment_is_charged|}()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """), $"dotnet_diagnostic.{frameworkRule}.severity = none");

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_event_handlers_helpers_and_async_Task_tests(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            private int _placed;

            [TEST]
            public async Task Payment_is_charged()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }

            [TEST]
            public void Order_total_starts_at_zero()
            {
                var order = new Order("ada");
                OnOrderPlaced(this, EventArgs.Empty);
                Refresh();
            }

            private async void OnOrderPlaced(object? sender, EventArgs e)
            {
                await Task.Yield();
                _placed++;
            }

            public async void Refresh() => await Task.Yield();
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async void {|RA4004:Refund_is_issued|}()
            {
                await {|CS0103:refunds|}.RefundAsync();
            }

            [TEST]
            public async {|CS0246:Tsk|} {|CS0161:Payment_is_charged|}()
            {
                await Task.Yield();
            }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_returns_Task(Fw fw) => FixVerifier.VerifyFixAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async void {|RA4004:Payment_is_charged|}()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """), Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Payment_is_charged()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_all_returns_Task_from_every_test_and_adds_the_using_once(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using System;

        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async void {|RA4004:Payment_is_charged|}()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }

            [TEST]
            public async void {|RA4004:Queue_is_processed|}()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                await service.ProcessQueueAsync();
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }

            private async void OnOrderPlaced(object? sender, EventArgs e) => await System.Threading.Tasks.Task.Yield();
        }
        """ + DeterminismSources.Production, """
        using System;
        using System.Threading.Tasks;

        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Payment_is_charged()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }

            [TEST]
            public async Task Queue_is_processed()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                await service.ProcessQueueAsync();
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }

            private async void OnOrderPlaced(object? sender, EventArgs e) => await System.Threading.Tasks.Task.Yield();
        }
        """ + DeterminismSources.Production, Report);
}
