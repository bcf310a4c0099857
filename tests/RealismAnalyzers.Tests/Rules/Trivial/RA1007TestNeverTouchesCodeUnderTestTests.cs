using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Rules.Trivial;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1007TestNeverTouchesCodeUnderTest>;

namespace RealismAnalyzers.Tests.Rules.Trivial;

public class RA1007TestNeverTouchesCodeUnderTestTests
{
    private const string Production = """

        namespace Shop
        {
            public interface IClock { System.DateTime Now { get; } }
            public sealed class Order { public decimal Total { get; set; } }
            public static class Money { public static decimal Round(this decimal value) => System.Math.Round(value, 2); }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_tests_of_the_framework_and_of_test_libraries(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using FluentAssertions;
        using NSubstitute;
        namespace Shop.Tests
        {
            [CLASS]
            public class SanityTests
            {
                [TEST]
                public async Task {|RA1007:Lists_keep_their_items|}()
                {
                    var skus = new List<string> { "SKU-1" };
                    skus.Add("SKU-2");
                    ASSERT_EQUAL(2, skus.Count);
                }

                [TEST]
                public void {|RA1007:Substitutes_return_what_they_are_told|}()
                {
                    var provider = Substitute.For<System.IServiceProvider>();
                    provider.GetService(typeof(string)).Returns("x");
                    provider.GetService(typeof(string)).Should().Be("x");
                }

                [TEST]
                public void {|RA1007:Uses_only_the_test_projects_own_builders|}()
                {
                    var data = TestData.Skus();
                    data.Should().NotBeEmpty();
                }
            }

            public static class TestData { public static string[] Skus() => new[] { "SKU-1" }; }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_test_uses_production_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using NSubstitute;
        namespace Shop.Tests
        {
            [CLASS]
            public class OrderTests
            {
                private Order _order = new Order();

                [TEST]
                public void Creates_an_order() => new Order().Total.Should().Be(0m);

                [TEST]
                public void Through_a_helper() => MakeOrder().Should().NotBeNull();

                [TEST]
                public void Through_a_field_set_up_by_the_class() => _order.Should().NotBeNull();

                [TEST]
                public void Through_an_extension_method() => 1.234m.Round().Should().Be(1.23m);

                [TEST]
                public void Through_typeof() => typeof(Order).Name.Should().Be("Order");

                [TEST]
                public void Through_a_double_of_a_production_interface()
                {
                    var clock = Substitute.For<IClock>();
                    clock.Now.Returns(DateTime.MinValue);
                    clock.Now.Should().Be(DateTime.MinValue);
                }

                [TEST]
                public void Through_a_fake_of_the_test_project()
                {
                    var clock = new FixedClock();
                    clock.Now.Should().Be(DateTime.MinValue);
                }

                private static object MakeOrder() => new Order();
            }

            public sealed class FixedClock : IClock { public DateTime Now => DateTime.MinValue; }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_skipped_or_empty_tests(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        namespace Shop.Tests
        {
            [CLASS]
            public class OrderTests
            {
                [SKIPPED]
                public async System.Threading.Tasks.Task Later() { ASSERT_TRUE(1 + 1 == 2); }

                [TEST]
                public void Empty() { }
            }
        }
        """);

    private const string ProjectTest = """
        using Xunit;
        namespace Shop.Tests
        {
            public class OrderTests
            {
                [Fact]
                public void Uses_the_product() => Assert.Equal(0m, new Shop.Order().Total);

                [Fact]
                public void Uses_a_library_of_the_product() => Assert.Equal(2, Shop.Common.Text.Words("a b"));
            }
        }
        """;

    private static Task VerifyWithProjectReferencesAsync(string testSource, string? editorConfig)
    {
        var test = new CSharpAnalyzerTest<RA1007TestNeverTouchesCodeUnderTest, DefaultVerifier>
        {
            TestCode = testSource,
            ReferenceAssemblies = Frameworks.References(Fw.XUnitV2),
        };
        test.TestState.AdditionalProjects["Shop.Core"].Sources.Add(("Order.cs", "namespace Shop { public sealed class Order { public decimal Total { get; set; } } }"));
        test.TestState.AdditionalProjects["Shop.Common"].Sources.Add(("Text.cs", "namespace Shop.Common { public static class Text { public static int Words(string s) => s.Split(' ').Length; } }"));
        test.TestState.AdditionalProjectReferences.Add("Shop.Core");
        test.TestState.AdditionalProjectReferences.Add("Shop.Common");
        Verify<RA1007TestNeverTouchesCodeUnderTest>.Configure(test.TestState, editorConfig);
        return test.RunResolvedAsync();
    }

    [Fact]
    public Task Does_not_fire_when_production_lives_in_a_referenced_project() =>
        VerifyWithProjectReferencesAsync(ProjectTest, editorConfig: null);

    [Fact]
    public Task Production_assemblies_can_be_named_in_editorconfig() =>
        VerifyWithProjectReferencesAsync(ProjectTest.Replace("Uses_a_library_of_the_product", "{|RA1007:Uses_a_library_of_the_product|}"), "realism.production_assemblies = Shop.Core, Billing.*");

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_code(Fw fw) => BrokenCode<RA1007TestNeverTouchesCodeUnderTest>.VerifyNoDiagnosticAsync(fw, """
        namespace Shop.Tests
        {
            [CLASS]
            public class OrderTests
            {
                [TEST]
                public void Broken()
                {
                    var order = new Ord
                    ASSERT_TRUE(order.
        """);

    // A setup that reads the class's own fields asks "does this setup touch production code?" while answering it. These shapes once
    // recursed without end and killed the compiler with a stack overflow; each must now end with the right answer.

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public Task Survives_an_xunit_class_fixture_assigned_in_the_constructor(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Linq;
        namespace Shop.Tests
        {
            public sealed class NumbersFixture { public int[] Numbers { get; } = { 1, 2, 3 }; }

            public class SumTests : IClassFixture<NumbersFixture>
            {
                private readonly NumbersFixture _fixture;
                public SumTests(NumbersFixture fixture) { _fixture = fixture; }

                [Fact]
                public void {|RA1007:Sum_of_the_numbers_is_six|}() => Assert.Equal(6, _fixture.Numbers.Sum());
            }

            public class OrderFixture { public Order Order { get; } = new Order { Total = 6m }; }

            public class OrderTotalTests : IClassFixture<OrderFixture>
            {
                private readonly OrderFixture _fixture;
                private readonly decimal _total;
                public OrderTotalTests(OrderFixture fixture) { _fixture = fixture; _total = _fixture.Order.Total; }

                [Fact]
                public void Total_comes_from_the_order() => Assert.Equal(6m, _total);
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public Task Survives_a_test_output_helper_written_to_before_production_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, (fw == Fw.XUnitV2 ? "using Xunit.Abstractions;\n" : string.Empty) + """
        namespace Shop.Tests
        {
            public class OrderTests
            {
                private readonly ITestOutputHelper _output;
                public OrderTests(ITestOutputHelper output) { _output = output; }

                [Fact]
                public void Rounds_the_total()
                {
                    _output.WriteLine("rounding");
                    Assert.Equal(1.23m, 1.234m.Round());
                }

                [Fact]
                public void {|RA1007:Only_writes_output|}()
                {
                    _output.WriteLine("nothing to see");
                    Assert.True(_output is not null);
                }
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Survives_a_setup_method_that_reads_the_fields_it_assigns(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        namespace Shop.Tests
        {
            [CLASS]
            public class BasketTests
            {
                private List<string> _skus = new List<string>();
                private int _count;

                [SETUP]
                public void SetUp()
                {
                    _skus = new List<string> { "SKU-1" };
                    _count = _skus.Count;
                }

                [TEST]
                public async Task {|RA1007:Counts_the_skus|}() => ASSERT_EQUAL(1, _count);
            }

            [CLASS]
            public class OrderTests
            {
                private int _count;
                private Order _order = new Order();

                [SETUP]
                public void SetUp()
                {
                    _count = 1;
                    _order = new Order { Total = _count };
                }

                [TEST]
                public async Task Totals_the_order() => ASSERT_EQUAL(1m, _order.Total);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Survives_a_hand_written_fake_whose_constructor_assigns_its_own_fields(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        namespace Shop.Tests
        {
            public sealed class FakeStopwatch
            {
                private readonly long _start;
                private long _elapsed;
                public FakeStopwatch(long start) { _start = start; _elapsed = _start; }
                public long Elapsed => _elapsed - _start;
                public void Advance(long ticks) { _elapsed = _elapsed + ticks; }
            }

            public sealed class FakeClock : IClock
            {
                private readonly System.DateTime _now;
                public FakeClock(System.DateTime now) { _now = now; }
                public System.DateTime Now => _now;
            }

            [CLASS]
            public class StopwatchTests
            {
                [TEST]
                public async Task {|RA1007:Advancing_moves_the_elapsed_time|}()
                {
                    var watch = new FakeStopwatch(10);
                    watch.Advance(5);
                    ASSERT_EQUAL(5L, watch.Elapsed);
                }

                [TEST]
                public async Task The_fake_clock_answers_its_time()
                {
                    IClock clock = new FakeClock(new System.DateTime(2024, 1, 1));
                    ASSERT_EQUAL(2024, clock.Now.Year);
                }
            }
        }
        """ + Production);

    // Real suites: the product reached through a method group in a lazy static field, a product attribute that configures the
    // test, and a test class whose base does not bind.

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_product_runs_through_a_method_group(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        namespace Shop.Tests
        {
            [CLASS]
            public class ReceiptTemplateTests
            {
                private static readonly Lazy<string> Rendered = new Lazy<string>(Render);

                private static string Render() => new Order { Total = 12.5m }.Total.Round().ToString();

                [TEST]
                public async Task The_rendered_receipt_shows_the_total() => ASSERT_TRUE(Rendered.Value.Length > 0);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_a_product_attribute_configures_the_test(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        namespace Shop.Tests
        {
            [CLASS]
            [Shop.AuditedAttribute]
            public class AuditTests
            {
                [TEST]
                public async Task Runs_under_audit() => ASSERT_TRUE(System.Environment.ProcessorCount > 0);
            }

            [CLASS]
            public class PriorityTests
            {
                [TEST]
                [Shop.Priority(1)]
                public async Task Runs_first() => ASSERT_TRUE(System.Environment.ProcessorCount > 0);

                [TEST]
                public async Task {|RA1007:Runs_whenever|}() => ASSERT_TRUE(System.Environment.ProcessorCount > 0);
            }
        }

        namespace Shop
        {
            public sealed class AuditedAttribute : System.Attribute { }
            public sealed class PriorityAttribute : System.Attribute { public PriorityAttribute(int value) { } }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_test_class_state_does_not_bind(Fw fw) => BrokenCode<RA1007TestNeverTouchesCodeUnderTest>.VerifyNoDiagnosticAsync(fw, """
        using System.Threading.Tasks;
        namespace Shop.Tests
        {
            public abstract class ConcernFor<T> { protected T Sut = default!; }

            [CLASS]
            public class RouterTests : ConcernFor<CallRouter>
            {
                [TEST]
                public async Task Routes_the_call() => ASSERT_TRUE(Sut != null);
            }
        }
        """);
}
