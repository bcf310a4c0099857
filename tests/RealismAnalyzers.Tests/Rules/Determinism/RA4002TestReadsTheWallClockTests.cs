using Microsoft.CodeAnalysis.Testing;
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
    public Task Fires_with_the_message_naming_the_assertion(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Order_is_placed_today()
            {
                var order = new Order("ada");
                ASSERT_EQUAL({|#0:DateTime.Now|}.Date, order.PlacedAt.Date);
            }
        }
        """), Verifier.Diagnostic("RA4002").WithLocation(0)
            .WithMessage("'DateTime.Now' reads the wall clock and the value reaches an assertion: the outcome can depend on when the test runs"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_through_assertion_libraries(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Placed_today()
            {
                var order = new Order("ada");
                order.PlacedAt.Date.Should().Be({|RA4002:DateTime.Today|});
                order.PlacedAt.Date.ShouldBe({|RA4002:DateTime.Today|});
                {|RA4002:DateTimeOffset.UtcNow|}.Date.Should().Be(order.PlacedAt.Date);
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_in_setup_through_a_field_and_through_a_helper(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            private readonly DateTime _today = {|RA4002:DateTime.Today|};

            [TEST]
            public async Task Fresh_order_is_placed_today()
            {
                var order = new Order("ada");
                ASSERT_EQUAL(_today, order.PlacedAt.Date);
            }

            [TEST]
            public async Task Receipt_shows_todays_date()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(Stamp({|RA4002:DateTime.Now|}), service.Describe(new Order("ada")));
            }

            private static string Stamp(DateTime at) => at.ToString("yyyy-MM-dd");
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_the_hour_or_weekday_decides_a_branch(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Greeting_follows_the_time_of_day()
            {
                if ({|RA4002:DateTime.Now|}.DayOfWeek == DayOfWeek.Sunday)
                {
                    return;
                }

                var expected = {|RA4002:DateTime.Now|}.Hour < 12 ? "morning" : "afternoon";
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                ASSERT_EQUAL(expected, service.Describe(new Order("ada")));
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_offsets_from_now_handed_to_the_code_under_test(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Order_is_overdue_after_a_month()
            {
                var now = DateTime.Now;
                var order = new Order("ada");
                order.PlacedAt = now.AddDays(-31);
                var overdue = order.IsOverdue(now);
                ASSERT_TRUE(overdue);
            }

            [TEST]
            public void Delivery_is_scheduled()
            {
                var service = new CheckoutService(null!, TimeSpan.FromSeconds(5));
                service.ScheduleDelivery(DateTime.UtcNow.AddDays(1));
                service.ScheduleDelivery(DateTimeOffset.Now.DateTime);
                service.ScheduleDelivery(DateTimeOffset.UtcNow.UtcDateTime);
                var order = new Order("ada") { PlacedAt = DateTime.Now };
                service.ScheduleDelivery(order.PlacedAt);
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_reading_passed_through_the_code_under_test_unchanged(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class OrderTests
        {
            private readonly DateTime _placedAt = DateTime.Now;

            [TEST]
            public async Task Placed_at_is_kept()
            {
                var placedAt = DateTime.UtcNow;
                var order = new Order("ada") { PlacedAt = placedAt };
                ASSERT_EQUAL(placedAt, order.PlacedAt);
                ASSERT_EQUAL(placedAt.ToString("o"), order.PlacedAt.ToString("o"));
            }

            [TEST]
            public async Task Placed_at_from_setup_is_kept()
            {
                var order = new Order("ada") { PlacedAt = _placedAt };
                ASSERT_EQUAL(_placedAt.Date, order.PlacedAt.Date);
            }

            [TEST]
            public async Task Adding_weeks_is_adding_days()
            {
                var now = DateTime.Now;
                ASSERT_EQUAL(now.AddDays(42), now.Add(TimeSpan.FromDays(42)));
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_reading_sent_to_the_code_under_test_inside_a_message_a_collection_or_a_callback(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using System.Collections.Generic;
        [CLASS]
        public class InboxTests
        {
            [TEST]
            public async Task Message_keeps_its_time()
            {
                var sentAt = DateTime.UtcNow;
                var inbox = new Inbox();
                inbox.Receive(new Note { SentAt = sentAt });
                ASSERT_EQUAL(sentAt, inbox.LastSentAt);
            }

            [TEST]
            public async Task Headers_keep_their_time()
            {
                var sentAt = DateTime.UtcNow.ToString("o");
                var inbox = new Inbox();
                inbox.ReceiveHeaders(new Dictionary<string, string> { { "sent", sentAt } });
                ASSERT_EQUAL(sentAt, inbox.LastHeader);
            }

            [TEST]
            public void Scheduled_check_gets_the_time()
            {
                var due = DateTime.UtcNow;
                new Inbox().Schedule(() => Check(due));
            }

            public void Check(DateTime at)
            {
                CHECK
            }

            public sealed class Note
            {
                public DateTime SentAt { get; set; }
            }
        }

        public sealed class Inbox
        {
            public DateTime LastSentAt { get; private set; }
            public string LastHeader { get; private set; } = "";
            public void Receive(InboxTests.Note note) => LastSentAt = note.SentAt;
            public void ReceiveHeaders(Dictionary<string, string> headers) => LastHeader = headers["sent"];
            public void Schedule(Action check) { }
        }
        """.Replace("CHECK", fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => "Assert.Equal(DateTime.MinValue, at);",
        Fw.NUnit3 or Fw.NUnit4 => "Assert.That(at, Is.EqualTo(DateTime.MinValue));",
        Fw.MSTest => "Assert.AreEqual(DateTime.MinValue, at);",
        _ => "if (at != DateTime.MinValue) { Assert.Fail(\"late\"); }",
    })));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_the_year_alone(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        [CLASS]
        public class SeasonTests
        {
            [TEST]
            public async Task Sale_starts_on_new_years_day()
            {
                var year = DateTime.Now.Year;
                ASSERT_EQUAL(new DateTime(year, 1, 1), Season.SaleStart);
                ASSERT_EQUAL(new DateTime(DateTime.Today.Year, 12, 24), Season.SaleEnd);
            }
        }

        public static class Season
        {
            public static DateTime SaleStart => new DateTime(DateTime.Now.Year, 1, 1);
            public static DateTime SaleEnd => new DateTime(DateTime.Now.Year, 12, 24);
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_tolerance_and_ordering_comparisons_against_now(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Placed_just_now()
            {
                var order = new Order("ada");
                order.PlacedAt.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromSeconds(5));
                order.PlacedAt.Should().BeAfter(DateTime.UtcNow.AddMinutes(-1));
                order.PlacedAt.ShouldBe(DateTime.UtcNow, TimeSpan.FromSeconds(5));
                ASSERT_TRUE(order.PlacedAt > DateTime.UtcNow.AddMinutes(-1));
                ASSERT_TRUE(order.PlacedAt <= DateTime.UtcNow);
                var now = DateTime.UtcNow;
                ASSERT_TRUE(Math.Abs((order.PlacedAt - now).TotalSeconds) < 5);
                FRAMEWORK_TOLERANCE
            }
        }
        """.Replace("FRAMEWORK_TOLERANCE", fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => "Assert.Equal(DateTime.UtcNow, order.PlacedAt, TimeSpan.FromSeconds(5));",
        Fw.NUnit3 or Fw.NUnit4 => "Assert.That(order.PlacedAt, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromSeconds(5)));",
        Fw.TUnit => "await Assert.That(order.PlacedAt).IsEqualTo(DateTime.UtcNow).Within(TimeSpan.FromSeconds(5));",
        _ => "Assert.IsTrue(order.PlacedAt >= DateTime.UtcNow.AddSeconds(-5));",
    })));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_reading_is_installed_in_a_clock_double(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Source("""
        using Moq;
        using NSubstitute;
        using FakeItEasy;
        [CLASS]
        public class OrderTests
        {
            private readonly Mock<IClock> _clock = new Mock<IClock>();
            private readonly DateTime _now;

            public OrderTests()
            {
                _now = DateTime.UtcNow;
                _clock.Setup(c => c.Now).Returns(_now);
            }

            [TEST]
            public async Task Clock_doubles_return_the_reading()
            {
                var now = DateTime.Now;
                var moqClock = new Mock<IClock>();
                moqClock.Setup(c => c.Now).Returns(now);
                var nsubClock = Substitute.For<IClock>();
                nsubClock.Now.Returns(now);
                var fakeClock = A.Fake<IClock>();
                A.CallTo(() => fakeClock.Now).ReturnsLazily(() => now);
                ASSERT_EQUAL(now, moqClock.Object.Now);
            }

            [TEST]
            public async Task Order_is_stamped_by_the_clock()
            {
                ASSERT_EQUAL(_now.Date, _clock.Object.Now.Date);
            }
        }
        """));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_reading_is_installed_in_a_fake_time_provider(Fw fw) => Verifier.VerifyRawAsync(
        Frameworks.References(fw).AddPackages([new PackageIdentity("Microsoft.Extensions.TimeProvider.Testing", "10.11.0")]),
        Frameworks.Expand(Source("""
            using Microsoft.Extensions.Time.Testing;
            [CLASS]
            public class OrderTests
            {
                [TEST]
                public async Task Order_is_stamped_with_the_provider_time()
                {
                    var now = DateTimeOffset.UtcNow;
                    var time = new FakeTimeProvider(now);
                    var later = new FakeTimeProvider();
                    later.SetUtcNow(now.AddHours(1));
                    ASSERT_EQUAL(now, time.GetUtcNow());
                    ASSERT_EQUAL(now.AddHours(1), later.GetUtcNow());
                }
            }
            """), fw));

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
