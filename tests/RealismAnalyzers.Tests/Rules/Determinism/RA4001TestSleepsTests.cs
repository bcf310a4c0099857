using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Determinism.RA4001TestSleeps>;

namespace RealismAnalyzers.Tests.Rules.Determinism;

public class RA4001TestSleepsTests
{
    private const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        """;

    private static string Source(string code) => Usings + code + DeterminismSources.Production;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_Thread_Sleep_in_a_test(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Queue_is_drained_after_payment()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                _ = service.ProcessQueueAsync();
                {|RA4001:Thread.Sleep(500)|};
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_an_awaited_Task_Delay(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Queue_is_drained_after_payment()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                _ = service.ProcessQueueAsync();
                await {|RA4001:Task.Delay(TimeSpan.FromMilliseconds(250))|};
                await {|RA4001:Task.Delay(100)|}.ConfigureAwait(false);
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_Task_Delay_that_is_blocked_on(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Queue_is_drained_after_payment()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                _ = service.ProcessQueueAsync();
                {|RA4001:Task.Delay(200)|}.Wait();
                {|RA4001:Task.Delay(200)|}.GetAwaiter().GetResult();
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_in_a_polling_loop_and_in_lambdas_the_test_runs_itself(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Queue_is_drained_eventually()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                _ = service.ProcessQueueAsync();
                while (await service.PendingCountAsync() > 0)
                {
                    await {|RA4001:Task.Delay(50)|};
                }

                await Task.Run(async () => await {|RA4001:Task.Delay(10)|});
                void Pause() => {|RA4001:Thread.Sleep(10)|};
                Pause();
                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_in_the_constructor_and_field_initializers_of_a_test_class(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            private readonly bool _warmedUp = WarmUp();
            private readonly CheckoutService _service;

            public CheckoutTests()
            {
                _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                {|RA4001:Thread.Sleep(1000)|};
            }

            private static bool WarmUp() => true;

            [TEST]
            public async Task Nothing_is_pending()
            {
                ASSERT_EQUAL(0, await _service.PendingCountAsync());
            }
        }
        """));

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    [InlineData(Fw.MSTest)]
    [InlineData(Fw.TUnit)]
    public Task Fires_in_a_setup_method(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            private CheckoutService _service = null!;

            [SETUP]
            public async Task StartQueue()
            {
                _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                _ = _service.ProcessQueueAsync();
                await {|RA4001:Task.Delay(500)|};
            }

            [TEST]
            public async Task Nothing_is_pending()
            {
                ASSERT_EQUAL(0, await _service.PendingCountAsync());
            }
        }
        """));

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public Task Fires_in_xunit_InitializeAsync(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source(fw == Fw.XUnitV2 ? """
        public class CheckoutTests : IAsyncLifetime
        {
            private CheckoutService _service = null!;

            public async Task InitializeAsync()
            {
                _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                await {|RA4001:Task.Delay(500)|};
            }

            public Task DisposeAsync() => Task.CompletedTask;

            [Fact]
            public async Task Nothing_is_pending() => Assert.Equal(0, await _service.PendingCountAsync());
        }
        """ : """
        public class CheckoutTests : IAsyncLifetime
        {
            private CheckoutService _service = null!;

            public async ValueTask InitializeAsync()
            {
                _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                await {|RA4001:Task.Delay(500)|};
            }

            public ValueTask DisposeAsync() => default;

            [Fact]
            public async Task Nothing_is_pending() => Assert.Equal(0, await _service.PendingCountAsync());
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_delay_configured_as_a_Moq_behaviour(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using Moq;
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Slow_gateway_still_charges()
            {
                var gateway = new Mock<IPaymentGateway>();
                gateway.Setup(g => g.ChargeAsync(It.IsAny<decimal>())).Returns(async () => { await Task.Delay(10); return true; });
                gateway.Setup(g => g.BalanceAsync("acc")).ReturnsAsync(() => { Thread.Sleep(5); return 10m; });
                gateway.Setup(g => g.Refund(It.IsAny<decimal>())).Callback(() => Thread.Sleep(5));
                var service = new CheckoutService(gateway.Object, TimeSpan.FromSeconds(5));
                ASSERT_TRUE(await service.PayAsync(new Order("ada")));
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_delay_configured_as_an_NSubstitute_behaviour(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using NSubstitute;
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Slow_gateway_still_charges()
            {
                var gateway = Substitute.For<IPaymentGateway>();
                gateway.ChargeAsync(Arg.Any<decimal>()).Returns(async _ => { await Task.Delay(10); return true; });
                gateway.BalanceAsync("acc").Returns(_ => Task.Delay(10).ContinueWith(t => 10m));
                gateway.When(g => g.Refund(Arg.Any<decimal>())).Do(_ => Thread.Sleep(5));
                var service = new CheckoutService(gateway, TimeSpan.FromSeconds(5));
                ASSERT_TRUE(await service.PayAsync(new Order("ada")));
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_delay_configured_as_a_FakeItEasy_behaviour(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using FakeItEasy;
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Slow_gateway_still_charges()
            {
                var gateway = A.Fake<IPaymentGateway>();
                A.CallTo(() => gateway.ChargeAsync(A<decimal>._)).ReturnsLazily(async () => { await Task.Delay(10); return true; });
                A.CallTo(() => gateway.Refund(A<decimal>._)).Invokes(() => Thread.Sleep(5));
                var service = new CheckoutService(gateway, TimeSpan.FromSeconds(5));
                ASSERT_TRUE(await service.PayAsync(new Order("ada")));
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_timeouts_and_delays_handed_to_production_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Hanging_work_is_cut_off_by_the_timeout()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                await service.RunWithTimeoutAsync(ct => Task.Delay(Timeout.Infinite, ct), TimeSpan.FromMilliseconds(50));
                await service.RunWithTimeoutAsync(async ct => { await Task.Delay(Timeout.Infinite, ct); }, TimeSpan.FromMilliseconds(50));
                var finished = await Task.WhenAny(service.ProcessQueueAsync(), Task.Delay(TimeSpan.FromSeconds(5)));
                using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                Thread.Sleep(0);
                ASSERT_EQUAL(TimeSpan.FromSeconds(5), service.Timeout);
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_the_back_off_of_a_polling_loop_with_a_deadline(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using System.Diagnostics;
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Queue_drains_before_the_deadline()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                _ = service.ProcessQueueAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                while (await service.PendingCountAsync() > 0)
                {
                    await Task.Delay(50, timeout.Token);
                }

                var deadline = DateTime.UtcNow.AddSeconds(5);
                while (await service.PendingCountAsync() > 0 && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(20);
                }

                var watch = Stopwatch.StartNew();
                do
                {
                    Thread.Sleep(10);
                }
                while (await service.PendingCountAsync() > 0 && watch.Elapsed < TimeSpan.FromSeconds(5));

                for (var attempt = 0; attempt < 50; attempt++)
                {
                    if (await service.PendingCountAsync() == 0)
                    {
                        break;
                    }

                    await Task.Delay(100);
                }

                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_in_a_loop_that_only_counts_sleeps(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Queue_is_drained_after_three_rounds()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                _ = service.ProcessQueueAsync();
                for (var round = 0; round < 3; round++)
                {
                    await {|RA4001:Task.Delay(100)|};
                }

                ASSERT_EQUAL(0, await service.PendingCountAsync());
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_tiny_waits_and_on_the_interval_a_stopwatch_measures(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using System.Diagnostics;
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Elapsed_time_is_reported()
            {
                await Task.Delay(1);
                Thread.Sleep(1);
                await Task.Delay(TimeSpan.FromMilliseconds(1));
                Thread.Sleep(TimeSpan.Zero);
                var watch = Stopwatch.StartNew();
                Thread.Sleep(20);
                watch.Stop();
                ASSERT_TRUE(watch.Elapsed > TimeSpan.Zero);
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_inside_the_action_an_assertion_runs(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Slow_failure_is_reported()
            {
                THROWS_ASYNC
            }
        }
        """.Replace("THROWS_ASYNC", fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => "await Assert.ThrowsAsync<InvalidOperationException>(async () => { await Task.Delay(20); throw new InvalidOperationException(); });",
        Fw.NUnit3 or Fw.NUnit4 => "Assert.ThrowsAsync<InvalidOperationException>(async () => { await Task.Delay(20); throw new InvalidOperationException(); });",
        Fw.MSTest => "await Assert.ThrowsExceptionAsync<InvalidOperationException>(async () => { await Task.Delay(20); throw new InvalidOperationException(); });",
        _ => "await Assert.ThrowsAsync<InvalidOperationException>(async () => { await Task.Delay(20); throw new InvalidOperationException(); });",
    })));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_outside_tests_and_their_setup(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Slow_gateway_still_charges()
            {
                var service = new CheckoutService(new SlowGateway(), TimeSpan.FromSeconds(5));
                ASSERT_TRUE(await service.PayAsync(new Order("ada")));
            }

            private sealed class SlowGateway : IPaymentGateway
            {
                public SlowGateway() => Thread.Sleep(1);
                public async Task<bool> ChargeAsync(decimal amount) { await Task.Delay(10); return true; }
                public Task<decimal> BalanceAsync(string account) => Task.FromResult(0m);
                public void Refund(decimal amount) => Thread.Sleep(5);
            }
        }

        public class RetryPolicy
        {
            public async Task BackOffAsync() => await Task.Delay(100);
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_users_own_Thread_type(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Fake_thread_does_not_wait()
            {
                Shop.Thread.Sleep(500);
                Shop.Task.Delay(500).Wait();
            }
        }

        namespace Shop
        {
            public static class Thread { public static void Sleep(int ms) { } }
            public static class Task { public static System.Threading.Tasks.Task Delay(int ms) => System.Threading.Tasks.Task.CompletedTask; }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Half_typed()
            {
                await Task.{|CS0117:Dela|}(100);
                Thread.Sleep({|CS1503:"soon"|});
                await Task.{|CS1501:Delay|}({|CS1026:|}{|CS1002:|}
            }
        }
        """));
}
