using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Tests.Verifiers;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Determinism.RA4003TestUsesAnUnseededRandomSource, RealismAnalyzers.CodeFixes.Determinism.RA4003AddFixedSeedFix>;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Determinism.RA4003TestUsesAnUnseededRandomSource>;

namespace RealismAnalyzers.Tests.Rules.Determinism;

public class RA4003TestUsesAnUnseededRandomSourceTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;

        """;

    private static string Source(string code) => Usings + code + DeterminismSources.Production;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_unseeded_random_sources_in_a_test(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CartTests
        {
            [TEST]
            public async Task Total_is_the_sum_of_the_prices()
            {
                var random = {|RA4003:new Random()|};
                var order = new Order("ada");
                var first = random.Next(1, 100);
                var second = {|RA4003:Random.Shared|}.Next(1, 100);
                order.Add(first);
                order.Add(second);
                ASSERT_EQUAL((decimal)(first + second), order.Total);
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_seeds_that_change_on_every_run(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Prices_are_random()
            {
                var byTicks = {|RA4003:new Random(Environment.TickCount)|};
                var byClock = {|RA4003:new Random((int)DateTime.Now.Ticks)|};
                var byGuid = {|RA4003:new Random(Guid.NewGuid().GetHashCode())|};
                new Order("ada").Add(byTicks.Next() + byClock.Next() + byGuid.Next());
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_in_fields_helpers_and_nested_builders_of_a_test_class(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CartTests
        {
            private static readonly Random Prices = {|RA4003:new()|};

            [TEST]
            public async Task Total_grows()
            {
                var order = RandomOrder();
                var before = order.Total;
                order.Add(Prices.Next(1, 10));
                ASSERT_TRUE(order.Total > before);
            }

            private static Order RandomOrder()
            {
                var order = new Order("customer-" + {|RA4003:Random.Shared|}.Next());
                order.Add({|RA4003:new Random()|}.Next(1, 50));
                return order;
            }

            private sealed class OrderBuilder
            {
                private readonly Random _random = {|RA4003:new Random()|};
                public Order Build() => new Order("c" + _random.Next());
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_seeded_random_sources(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CartTests
        {
            private const int Seed = 20240301;
            private static readonly Random Prices = new Random(Seed);

            [TEST]
            public async Task Total_grows()
            {
                var random = new Random(42);
                var order = new Order("ada");
                order.Add(random.Next(1, 10) + Prices.Next(1, 10));
                ASSERT_TRUE(order.Total > 0);
            }

            [THEORY]
            [ROW(7)]
            [ROW(11)]
            public async Task Total_grows_for_each_seed(int seed)
            {
                var random = new Random(seed);
                var order = new Order("ada");
                order.Add(random.Next(1, 10));
                ASSERT_TRUE(order.Total > 0);
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_data_generators_configured_with_a_seed(Fw fw) => Verifier.VerifyRawAsync(
        Frameworks.References(fw).AddPackages([new PackageIdentity("Bogus", "35.6.5")]),
        Frameworks.Expand(Source("""
            using AutoFixture;
            using Bogus;
            [CLASS]
            public class CustomerTests
            {
                public CustomerTests()
                {
                    Randomizer.Seed = new Random(8675309);
                }

                [TEST]
                public async Task Generated_orders_have_customers()
                {
                    var orders = new Faker<Order>()
                        .UseSeed(1338)
                        .CustomInstantiator(f => new Order(f.Name.FullName()))
                        .Generate(3);
                    var fixture = new Fixture();
                    fixture.Register(() => new Random(42));
                    var order = fixture.Create<Order>();
                    ASSERT_EQUAL(3, orders.Count);
                    ASSERT_NOT_NULL(order);
                }
            }
            """), fw));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_outside_test_code_or_on_a_users_own_Random(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CartTests
        {
            [TEST]
            public async Task Coupon_codes_are_generated()
            {
                var generator = new CouponGenerator();
                var own = new Shop.Random();
                ASSERT_NOT_NULL(generator.Next() + own.Next());
            }
        }

        public sealed class CouponGenerator
        {
            private readonly Random _random = new Random();
            public string Next() => "C" + _random.Next() + Random.Shared.Next();
        }

        namespace Shop
        {
            public sealed class Random { public int Next() => 4; }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Half_typed()
            {
                var random = new {|CS0246:Randm|}();
                var shared = Random.{|CS0117:Shard|};
                var other = new Random({|CS1503:"seed"|});
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_adds_a_fixed_seed(Fw fw) => FixVerifier.VerifyFixAsync(fw, Source("""
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Prices_are_added()
            {
                var random = {|RA4003:new Random()|};
                new Order("ada").Add(random.Next(1, 100));
            }
        }
        """), Source("""
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Prices_are_added()
            {
                var random = new Random(12345);
                new Order("ada").Add(random.Next(1, 100));
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_all_seeds_every_random_source_of_the_document(Fw fw) => FixVerifier.VerifyFixAsync(fw, Source("""
        [CLASS]
        public class CartTests
        {
            private static readonly Random Prices = {|RA4003:new()|};
            private readonly System.Random _quantities = {|RA4003:new System.Random()|};

            [TEST]
            public void Prices_are_added()
            {
                var order = new Order("ada");
                order.Add(Prices.Next(1, 100) * _quantities.Next(1, 3));
                order.Add({|RA4003:Random.Shared|}.Next(1, 100));
                order.Add({|RA4003:System.Random.Shared|}.Next(1, 100));
                order.Add({|RA4003:new Random(Environment.TickCount)|}.Next());
            }
        }
        """), Source("""
        [CLASS]
        public class CartTests
        {
            private static readonly Random Prices = new(12345);
            private readonly System.Random _quantities = new System.Random(12345);

            [TEST]
            public void Prices_are_added()
            {
                var random = new Random(12345);
                var order = new Order("ada");
                order.Add(Prices.Next(1, 100) * _quantities.Next(1, 3));
                order.Add(random.Next(1, 100));
                order.Add(random.Next(1, 100));
                order.Add(random.Next());
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_seeds_a_single_source_in_place(Fw fw) => FixVerifier.VerifyFixAsync(fw, Source("""
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Price_is_added()
            {
                var order = new Order("ada");
                order.Add({|RA4003:Random.Shared|}.Next(1, 100));
            }
        }
        """), Source("""
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Price_is_added()
            {
                var order = new Order("ada");
                order.Add(new Random(12345).Next(1, 100));
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_gives_a_source_drawn_in_a_loop_one_seeded_local(Fw fw) => FixVerifier.VerifyFixAsync(fw, Source("""
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Prices_are_added()
            {
                // Arrange
                var order = new Order("ada");
                var random = 3;
                for (var i = 0; i < random; i++)
                {
                    order.Add({|RA4003:Random.Shared|}.Next(1, 100));
                }
            }
        }
        """), Source("""
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Prices_are_added()
            {
                var random2 = new Random(12345);
                // Arrange
                var order = new Order("ada");
                var random = 3;
                for (var i = 0; i < random; i++)
                {
                    order.Add(random2.Next(1, 100));
                }
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_random_jitter_that_only_sets_the_length_of_waits(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using System.Threading;
        [CLASS]
        public class CartTests
        {
            private static readonly Random Jitter = new Random();

            [TEST]
            public async Task Concurrent_checkouts_do_not_interfere()
            {
                var random = new Random();
                var tasks = new Task[4];
                for (var i = 0; i < tasks.Length; i++)
                {
                    tasks[i] = Task.Run(async () =>
                    {
                        await Task.Delay(random.Next(10, 50));
                        Thread.Sleep(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 10) * 2));
                        var pause = Jitter.Next(1, 5);
                        await Task.Delay(pause);
                    });
                }

                await Task.WhenAll(tasks);
                var order = new Order("ada");
                order.Add({|RA4003:Random.Shared|}.Next(1, 10));
                ASSERT_TRUE(order.Total > 0);
            }
        }
        """));
}
