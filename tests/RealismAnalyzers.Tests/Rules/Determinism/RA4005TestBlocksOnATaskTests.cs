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
        """));

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
            }
        }
        """));

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
        """));

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
        """));

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
        """));

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
        """));

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
        """));

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
        """));

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
        """));

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
        """ + DeterminismSources.Production);

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
        """));

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
}
