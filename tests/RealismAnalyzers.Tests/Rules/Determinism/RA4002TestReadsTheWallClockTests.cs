using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Determinism.RA4002TestReadsTheWallClock>;

namespace RealismAnalyzers.Tests.Rules.Determinism;

public class RA4002TestReadsTheWallClockTests
{
    private const string Usings = """
        using System;
        using System.Threading.Tasks;

        """;

    private static string Source(string code) => Usings + code + DeterminismSources.Production;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_the_clock_reaches_production_code_through_a_local(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Order_is_overdue_after_a_month()
            {
                var now = {|RA4002:DateTime.Now|};
                var order = new Order("ada");
                order.PlacedAt = now.AddDays(-31);
                var overdue = order.IsOverdue(now);
                ASSERT_TRUE(overdue);
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_the_clock_reaches_an_assertion(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Order_is_placed_today()
            {
                var order = new Order("ada");
                var stamp = {|RA4002:DateTime.Today|}.ToString("yyyy-MM-dd");
                ASSERT_EQUAL({|RA4002:DateTime.Today|}, order.PlacedAt.Date);
                ASSERT_EQUAL(stamp, order.Customer);
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_every_wall_clock_member_passed_to_production_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class DeliveryTests
        {
            [TEST]
            public void Delivery_is_scheduled()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                service.ScheduleDelivery({|RA4002:DateTime.UtcNow|}.AddDays(1));
                service.ScheduleDelivery({|RA4002:DateTimeOffset.Now|}.DateTime);
                service.ScheduleDelivery({|RA4002:DateTimeOffset.UtcNow|}.UtcDateTime);
                var order = new Order("ada") { PlacedAt = {|RA4002:DateTime.Now|} };
                service.ScheduleDelivery(order.PlacedAt);
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_a_test_double_answers_with_the_wall_clock(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using Moq;
        using NSubstitute;
        using FakeItEasy;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Clock_doubles_return_the_real_time()
            {
                var moqClock = new Mock<IClock>();
                moqClock.Setup(c => c.Now).Returns({|RA4002:DateTime.Now|});
                var nsubClock = Substitute.For<IClock>();
                nsubClock.Now.Returns({|RA4002:DateTime.Now|});
                var fakeClock = A.Fake<IClock>();
                A.CallTo(() => fakeClock.Now).ReturnsLazily(() => {|RA4002:DateTime.Now|});
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_through_assertion_libraries(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Placed_just_now()
            {
                var order = new Order("ada");
                order.PlacedAt.Should().BeCloseTo({|RA4002:DateTime.UtcNow|}, TimeSpan.FromSeconds(1));
                order.PlacedAt.ShouldBe({|RA4002:DateTime.UtcNow|}, TimeSpan.FromSeconds(1));
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_in_setup_through_a_field_and_through_a_helper(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            private readonly DateTime _placedAt = {|RA4002:DateTime.Now|};

            [TEST]
            public async Task Fresh_order_is_not_overdue()
            {
                var order = new Order("ada") { PlacedAt = _placedAt };
                ASSERT_EQUAL(false, order.IsOverdue(PlusDays(_placedAt, 1)));
            }

            [TEST]
            public async Task Old_order_is_overdue()
            {
                var order = PlacedOn({|RA4002:DateTime.Now|}.AddDays(-40));
                ASSERT_NOT_NULL(order);
            }

            private static DateTime PlusDays(DateTime at, int days) => at.AddDays(days);

            private static Order PlacedOn(DateTime at)
            {
                var order = new Order("ada");
                order.PlacedAt = at;
                return order;
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_the_constructor_configures_a_clock_double_with_the_wall_clock(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using Moq;
        [CLASS]
        public class OrderTests
        {
            private readonly Mock<IClock> _clock = new Mock<IClock>();

            public OrderTests()
            {
                var now = {|RA4002:DateTime.UtcNow|};
                _clock.Setup(c => c.Now).Returns(now);
            }

            [TEST]
            public async Task Order_is_not_overdue_when_placed_now()
            {
                var order = new Order("ada") { PlacedAt = _clock.Object.Now };
                ASSERT_EQUAL(false, order.IsOverdue(_clock.Object.Now));
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_output_text(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source(OutputClass(fw)));

    private static string OutputClass(Fw fw)
    {
        var (usings, members, write) = fw switch
        {
            Fw.XUnitV2 => ("using Xunit.Abstractions;\n", "private readonly ITestOutputHelper _output;\npublic OrderTests(ITestOutputHelper output) => _output = output;", "_output.WriteLine"),
            Fw.XUnitV3 => (string.Empty, "private readonly ITestOutputHelper _output;\npublic OrderTests(ITestOutputHelper output) => _output = output;", "_output.WriteLine"),
            Fw.NUnit3 or Fw.NUnit4 => (string.Empty, string.Empty, "TestContext.Out.WriteLine"),
            Fw.MSTest => (string.Empty, string.Empty, "System.Diagnostics.Trace.WriteLine"),
            _ => (string.Empty, string.Empty, "TestContext.Current!.Output.WriteLine"),
        };
        return usings + """
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Logging.Abstractions;
            [CLASS]
            public class OrderTests
            {
            """ + members + """

                [TEST]
                public async Task Order_total_is_summed()
                {
                    var started = DateTime.UtcNow;
                    Console.WriteLine($"Started at {DateTime.Now:O}");
                    System.Diagnostics.Debug.WriteLine("Run " + DateTimeOffset.Now);
                    WRITE($"Run at {DateTime.UtcNow}");
                    ILogger logger = NullLogger.Instance;
                    logger.LogInformation("Checked out at {Time}", DateTime.UtcNow);
                    var order = new Order("ada");
                    order.Add(10m);
                    ASSERT_EQUAL(10m, order.Total);
                    var elapsed = DateTime.UtcNow - started;
                    WRITE("Took " + elapsed.TotalMilliseconds + " ms");
                    Log($"Finished at {DateTime.Now}");
                }

                private void Log(string message) => Console.WriteLine(message);
            }
            """.Replace("WRITE", write);
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_assertion_messages(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source(fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => """
            public class OrderTests
            {
                [Fact]
                public void Total_is_positive()
                {
                    var order = new Order("ada");
                    order.Add(5m);
                    Assert.True(order.Total > 0, $"checked at {DateTime.Now}");
                }
            }
            """,
        Fw.NUnit3 or Fw.NUnit4 => """
            public class OrderTests
            {
                [Test]
                public void Total_is_positive()
                {
                    var order = new Order("ada");
                    order.Add(5m);
                    Assert.That(order.Total, Is.GreaterThan(0m), $"checked at {DateTime.Now}");
                }
            }
            """,
        Fw.MSTest => """
            using FluentAssertions;
            [TestClass]
            public class OrderTests
            {
                [TestMethod]
                public void Total_is_positive()
                {
                    var order = new Order("ada");
                    order.Add(5m);
                    Assert.IsTrue(order.Total > 0, $"checked at {DateTime.Now}");
                    order.Total.Should().BePositive("it was checked at {0}", DateTime.Now);
                }
            }
            """,
        _ => """
            public class OrderTests
            {
                [Test]
                public async Task Total_is_positive()
                {
                    var order = new Order("ada");
                    order.Add(5m);
                    await Assert.That(order.Total).IsGreaterThan(0m).Because($"checked at {DateTime.Now}");
                }
            }
            """,
    }));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_deadlines_and_fixed_instants(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Queue_drains_before_the_deadline()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                var deadline = DateTime.UtcNow.AddSeconds(5);
                while (DateTime.UtcNow < deadline && await service.PendingCountAsync() > 0)
                {
                    await Task.Yield();
                }

                if (DateTime.Now.DayOfWeek == DayOfWeek.Sunday)
                {
                    return;
                }

                var placedAt = new DateTime(2024, 3, 1, 12, 0, 0, DateTimeKind.Utc);
                var order = new Order("ada") { PlacedAt = placedAt };
                ASSERT_TRUE(order.IsOverdue(placedAt.AddDays(31)));
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_outside_tests_and_on_look_alikes(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Order_uses_the_shop_clock()
            {
                var order = new Order("ada") { PlacedAt = Shop.DateTime.Now };
                ASSERT_TRUE(order.IsOverdue(new SystemClock().Now.AddDays(40)));
            }
        }

        public sealed class SystemClock : IClock
        {
            public DateTime Now => DateTime.Now;
            public Order Stamp(Order order) { order.PlacedAt = DateTime.UtcNow; return order; }
        }

        namespace Shop
        {
            public static class DateTime { public static System.DateTime Now => new System.DateTime(2024, 1, 1); }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Half_typed()
            {
                var order = new Order("ada");
                order.PlacedAt = DateTime.{|CS0117:Nw|};
                var when = DateTime.Now{|CS1002:|}
                order.{|CS1061:Schedule|}(when);
            }
        }
        """));
}
