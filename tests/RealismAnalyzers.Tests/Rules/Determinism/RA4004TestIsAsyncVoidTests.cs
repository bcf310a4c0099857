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
        """));

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
        """));

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
        """));

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
        """));

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
        """ + DeterminismSources.Production);
}
