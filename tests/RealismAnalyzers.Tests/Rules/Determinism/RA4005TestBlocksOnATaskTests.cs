using RealismAnalyzers.Tests.Verifiers;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Determinism.RA4005TestBlocksOnATask, RealismAnalyzers.CodeFixes.Determinism.RA4005AwaitTheTaskFix>;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Determinism.RA4005TestBlocksOnATask>;

namespace RealismAnalyzers.Tests.Rules.Determinism;

public class RA4005TestBlocksOnATaskTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;

        """;

    private static string Source(string code) => Usings + code + DeterminismSources.Production;

    /// <summary>Reports also what the framework's own analyzer reports, so that every framework shows the rule's own logic.</summary>
    private const string Report = "realism.defer_to_framework_analyzers = false";

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_each_way_of_blocking(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Payment_is_charged()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                var order = new Order("ada");
                var paid = {|RA4005:service.PayAsync(order).Result|};
                {|RA4005:service.ProcessQueueAsync().Wait()|};
                var waited = {|RA4005:service.ProcessQueueAsync().Wait(TimeSpan.FromSeconds(1))|};
                var pending = {|RA4005:service.PendingCountAsync().GetAwaiter().GetResult()|};
                var configured = {|RA4005:service.PendingCountAsync().ConfigureAwait(false).GetAwaiter().GetResult()|};
                var cached = {|RA4005:service.CachedCountAsync().Result|};
                var task = service.PendingCountAsync();
                var later = {|RA4005:task.Result|};
            }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_in_async_tests_and_in_lambdas_of_the_test(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Payment_is_charged()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                Func<int> count = () => {|RA4005:service.PendingCountAsync().Result|};
                ASSERT_EQUAL(0, count());
                ASSERT_TRUE({|RA4005:service.PayAsync(new Order("ada")).Result|});

                // NSubstitute's AutoTaskProviderSpecs: a task handed back as object, cast, then blocked on inside the assertion.
                object boxed = service.PendingCountAsync();
                ASSERT_EQUAL(0, {|RA4005:((Task<int>)boxed).Result|});
            }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_tasks_complete_by_construction_or_already_awaited(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Counts_add_up()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                var fromValue = new ValueTask<int>(5).Result;
                var fromResult = ValueTask.FromResult(3).Result;
                default(ValueTask).GetAwaiter().GetResult();
                ValueTask.CompletedTask.GetAwaiter().GetResult();
                var fromTask = Task.FromResult(2).Result;
                var ready = new ValueTask<int>(7);
                var readyValue = ready.Result;

                var pending = service.PendingCountAsync();
                var cached = service.PendingCountAsync();
                await Task.WhenAll(pending, cached);
                var total = pending.Result + cached.Result;
                var single = service.PendingCountAsync();
                await single.ConfigureAwait(false);
                ASSERT_EQUAL(17, fromValue + fromResult + fromTask + readyValue + total + single.Result);
            }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_in_helpers_and_sync_only_setup(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            private readonly CheckoutService _service;
            private readonly int _initialCount;

            public CheckoutTests()
            {
                _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                _initialCount = _service.PendingCountAsync().GetAwaiter().GetResult();
            }

            [TEST]
            public void Initial_count_is_read()
            {
                var count = PendingCount(_service);
            }

            private static int PendingCount(CheckoutService service) => service.PendingCountAsync().Result;
        }

        public static class Sync
        {
            public static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();
        }
        """), Report);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    [InlineData(Fw.MSTest)]
    [InlineData(Fw.TUnit)]
    public Task Fires_in_a_setup_method_the_framework_can_await(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            private readonly CheckoutService _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
            private int _initialCount;

            [SETUP]
            public void ReadInitialCount()
            {
                _initialCount = {|RA4005:_service.PendingCountAsync().Result|};
            }

            [TEST]
            public async Task Count_does_not_change_without_orders()
            {
                ASSERT_EQUAL(_initialCount, await _service.PendingCountAsync());
            }
        }
        """), Report);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    [InlineData(Fw.MSTest)]
    [InlineData(Fw.TUnit)]
    public Task Fix_makes_a_setup_method_async(Fw fw) => FixVerifier.VerifyFixAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            private readonly CheckoutService _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));

            [SETUP]
            public void DrainQueue()
            {
                {|RA4005:_service.ProcessQueueAsync().Wait()|};
            }

            [TEST]
            public async Task Queue_is_empty() => ASSERT_EQUAL(0, await _service.PendingCountAsync());
        }
        """), Source("""
        [CLASS]
        public class CheckoutTests
        {
            private readonly CheckoutService _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));

            [SETUP]
            public async Task DrainQueue()
            {
                await _service.ProcessQueueAsync();
            }

            [TEST]
            public async Task Queue_is_empty() => ASSERT_EQUAL(0, await _service.PendingCountAsync());
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_users_own_Result_and_Wait(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Job_completes()
            {
                var job = new Job();
                job.Wait();
                var result = job.Result;
                var lazy = new Lazy<int>(() => 4).Value;
            }
        }

        public sealed class Job
        {
            public int Result => 1;
            public void Wait() { }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Half_typed()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                var paid = service.PayAsync(new Order("ada")).{|CS1061:Reslt|};
                service.{|CS1061:ProcessAsync|}().Wait();
                var count = service.PendingCountAsync().GetAwaiter().{|CS1061:GetReslt|}();
            }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_awaits_the_task_and_keeps_the_value(Fw fw) => FixVerifier.VerifyFixAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Payment_is_charged()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                var paid = {|RA4005:service.PayAsync(new Order("ada")).Result|};
                var text = paid.ToString();
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
                var paid = await service.PayAsync(new Order("ada"));
                var text = paid.ToString();
            }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_all_rewrites_every_blocking_call_of_the_document(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using System;

        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Payment_is_charged()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                {|RA4005:service.ProcessQueueAsync().Wait()|};
                var pending = {|RA4005:service.PendingCountAsync().GetAwaiter().GetResult()|};
                var description = {|RA4005:service.PayAsync(new Order("ada")).Result|}.ToString();
                var configured = {|RA4005:service.PendingCountAsync().ConfigureAwait(false).GetAwaiter().GetResult()|};
            }

            [TEST]
            public async System.Threading.Tasks.Task Queue_is_empty()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                await service.ProcessQueueAsync();
                var count = {|RA4005:service.PendingCountAsync().Result|};
                var fresh = {|RA4005:service.CachedCountAsync().Result|} + 1;
            }
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
                await service.ProcessQueueAsync();
                var pending = await service.PendingCountAsync();
                var description = (await service.PayAsync(new Order("ada"))).ToString();
                var configured = await service.PendingCountAsync().ConfigureAwait(false);
            }

            [TEST]
            public async System.Threading.Tasks.Task Queue_is_empty()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                await service.ProcessQueueAsync();
                var count = await service.PendingCountAsync();
                var fresh = (await service.CachedCountAsync()) + 1;
            }
        }
        """ + DeterminismSources.Production, Report);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task Fix_returns_the_expected_result_as_a_task(Fw fw) => FixVerifier.VerifyFixAsync(fw, Source("""
        public class CheckoutTests
        {
            [TestCase(ExpectedResult = 0)]
            public int Pending_count_starts_at_zero()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                return {|RA4005:service.PendingCountAsync().Result|};
            }
        }
        """), Source("""
        public class CheckoutTests
        {
            [TestCase(ExpectedResult = 0)]
            public async Task<int> Pending_count_starts_at_zero()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                return await service.PendingCountAsync();
            }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task No_fix_inside_a_lambda(Fw fw) => FixVerifier.VerifyNoFixAsync(fw, Source("""
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Count_is_read_lazily()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                Func<int> count = () => {|RA4005:service.PendingCountAsync().Result|};
                var value = count();
            }
        }
        """));

    [Theory]
    [InlineData(Fw.TUnit)]
    public Task Does_not_fire_on_a_TUnit_assertion_forced_in_a_sync_hook(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        public class CheckoutTests
        {
            private static int _warmed;

            [Before(HookType.Test)]
            public void WarmUp()
            {
                _warmed = 1;
                Assert.That(_warmed).IsEqualTo(1).Because("the hook runs before the test").GetAwaiter().GetResult();
            }

            [Test]
            public async Task Warmed_up() => await Assert.That(_warmed).IsEqualTo(1);
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_an_awaitable_that_is_not_a_task(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using System.Runtime.CompilerServices;
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Receipt_is_printed()
            {
                var printed = new PrintJob().GetAwaiter().GetResult();
            }
        }

        public sealed class PrintJob
        {
            public TaskAwaiter<bool> GetAwaiter() => Task.FromResult(true).GetAwaiter();
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_the_answer_of_a_double_configured_with_a_value(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using Moq;
        using NSubstitute;
        using FakeItEasy;
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Gateway_answers_are_read()
            {
                var nsub = Substitute.For<IPaymentGateway>();
                nsub.ChargeAsync(10m).Returns(true);
                nsub.BalanceAsync("acc").ReturnsForAnyArgs(_ => 5m, _ => 6m);
                var moq = new Mock<IPaymentGateway>();
                moq.Setup(g => g.ChargeAsync(10m)).ReturnsAsync(true);
                var fake = A.Fake<IPaymentGateway>();
                A.CallTo(() => fake.BalanceAsync("acc")).Returns(Task.FromResult(7m));
                var charged = nsub.ChargeAsync(10m).Result;
                var balance = nsub.BalanceAsync("acc").Result;
                var unconfigured = nsub.BalanceAsync("other").GetAwaiter().GetResult();
                var task = moq.Object.ChargeAsync(10m);
                var moqCharged = task.Result;
                var fakeBalance = fake.BalanceAsync("acc").Result;
                ASSERT_TRUE(charged && moqCharged && balance + fakeBalance + unconfigured > 0);
            }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_the_answer_of_a_double_configured_to_answer_late(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using NSubstitute;
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Slow_gateway_is_read()
            {
                var gateway = Substitute.For<IPaymentGateway>();
                gateway.ChargeAsync(10m).Returns(async _ => { await Task.Yield(); return true; });
                var charged = {|RA4005:gateway.ChargeAsync(10m).Result|};
                ASSERT_TRUE(charged);
            }
        }
        """), Report);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_tasks_complete_when_read(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using System.Collections.Generic;
        using System.Linq;
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public async Task Counts_are_read_after_they_complete()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                var doubled = await service.PendingCountAsync().ContinueWith(t => t.Result * 2);
                var tasks = new List<Task<int>> { service.PendingCountAsync(), service.PendingCountAsync() };
                await Task.WhenAll(tasks.ToList());
                var total = tasks.Sum(t => t.Result);
                foreach (var task in tasks)
                {
                    total += task.Result;
                }

                Task.Delay(10).Wait();
                ASSERT_EQUAL(0, doubled + total);
            }
        }
        """), Report);

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public Task Leaves_the_body_of_a_Fact_to_xUnit1031_and_reports_what_it_misses(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        public class CheckoutTests : IAsyncLifetime
        {
            private readonly CheckoutService _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));

            public INIT
            {
                {|RA4005:_service.ProcessQueueAsync().Wait()|};
                return DONE;
            }

            public DISPOSE

            [Fact]
            public void Payment_is_charged()
            {
                var paid = _service.PayAsync(new Order("ada")).Result;
                Func<int> count = () => {|RA4005:_service.PendingCountAsync().Result|};
                int Pending() => {|RA4005:_service.PendingCountAsync().GetAwaiter().GetResult()|};
                Assert.Equal(count(), Pending());
            }

            [RetryFact]
            public void Queue_is_drained()
            {
                {|RA4005:_service.ProcessQueueAsync().Wait()|};
            }
        }

        public sealed class RetryFactAttribute : FactAttribute { }
        """.Replace("INIT", fw == Fw.XUnitV2 ? "Task InitializeAsync()" : "ValueTask InitializeAsync()")
           .Replace("DONE", fw == Fw.XUnitV2 ? "Task.CompletedTask" : "default")
           .Replace("DISPOSE", fw == Fw.XUnitV2 ? "Task DisposeAsync() => Task.CompletedTask;" : "ValueTask DisposeAsync() => default;")));

    [Fact]
    public Task Leaves_Task_Wait_and_Result_to_MSTEST0067_when_it_is_on() => Verifier.VerifyAnalyzerAsync(Fw.MSTest, Source("""
        [TestClass]
        public class CheckoutTests
        {
            [TestMethod]
            public void Payment_is_charged()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                var paid = service.PayAsync(new Order("ada")).Result;
                service.ProcessQueueAsync().Wait();
                var pending = {|RA4005:service.PendingCountAsync().GetAwaiter().GetResult()|};
                var cached = {|RA4005:service.CachedCountAsync().Result|};
            }
        }
        """), "dotnet_diagnostic.MSTEST0067.severity = warning");
}
