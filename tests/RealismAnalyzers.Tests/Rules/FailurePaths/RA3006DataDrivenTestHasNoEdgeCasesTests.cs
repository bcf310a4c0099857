using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.FailurePaths.RA3006DataDrivenTestHasNoEdgeCases>;

namespace RealismAnalyzers.Tests.Rules.FailurePaths;

public class RA3006DataDrivenTestHasNoEdgeCasesTests
{
    private const string Production = """

        public enum Tier { Bronze, Silver, Gold }

        public static class Discounts
        {
            public static decimal Apply(string coupon, int percent, decimal price) =>
                string.IsNullOrWhiteSpace(coupon) ? price : price * (100 - percent) / 100m;

            public static int Points(Tier tier, bool member) => member ? (int)tier * 10 : 0;

            public static int Total(int[] quantities)
            {
                var total = 0;
                foreach (var quantity in quantities) total += quantity;
                return total;
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_and_lists_each_parameter_without_edge_values(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class DiscountTests
        {
            [THEORY]
            [ROW("SAVE10", 10, 100.0)]
            [ROW("SAVE20", 20, 50.0)]
            [ROW("SAVE30", 30, 10.0)]
            public async Task {|#0:Applies_the_coupon|}(string coupon, int percent, double price)
            {
                var discounted = Discounts.Apply(coupon, percent, (decimal)price);
                ASSERT_TRUE(discounted < (decimal)price);
            }
        }
        """ + Production,
        Verifier.Diagnostic("RA3006").WithLocation(0).WithArguments(
            "Applies_the_coupon",
            3,
            "'coupon' never gets null, empty or whitespace; 'percent' never gets zero, a negative value or int.MinValue/MaxValue; 'price' never gets zero, a negative value, NaN or infinity"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Names_only_the_parameters_that_lack_edge_values(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class DiscountTests
        {
            [THEORY]
            [ROW("SAVE10", 10)]
            [ROW("", 20)]
            [ROW("SAVE30", 30)]
            [ROW("   ", 40)]
            public async Task {|#0:Applies_the_coupon|}(string coupon, int percent)
            {
                ASSERT_TRUE(Discounts.Apply(coupon, percent, 100m) <= 100m);
            }
        }
        """ + Production,
        Verifier.Diagnostic("RA3006").WithLocation(0).WithArguments(
            "Applies_the_coupon", 4, "'percent' never gets zero, a negative value or int.MinValue/MaxValue"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_every_parameter_gets_an_edge_value(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class DiscountTests
        {
            [THEORY]
            [ROW("SAVE10", 10)]
            [ROW(null, 0)]
            [ROW("SAVE30", int.MaxValue)]
            public async Task Applies_the_coupon(string coupon, int percent)
            {
                ASSERT_TRUE(Discounts.Apply(coupon, percent, 100m) <= 100m);
            }

            [THEORY]
            [ROW("SAVE10", -5)]
            [ROW(" ", 10)]
            [ROW("SAVE30", 30)]
            public async Task Applies_with_negative_percent(string coupon, int percent)
            {
                ASSERT_TRUE(Discounts.Apply(coupon, percent, 100m) >= 0m);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_below_the_minimum_rows_on_enums_bools_or_expected_values(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class DiscountTests
        {
            [THEORY]
            [ROW("SAVE10", 10)]
            [ROW("SAVE20", 20)]
            public async Task Two_rows(string coupon, int percent)
            {
                ASSERT_TRUE(Discounts.Apply(coupon, percent, 100m) < 100m);
            }

            [THEORY]
            [ROW(Tier.Bronze, true, 0)]
            [ROW(Tier.Silver, true, 10)]
            [ROW(Tier.Gold, false, 0)]
            public async Task Points_per_tier(Tier tier, bool member, int expectedPoints)
            {
                ASSERT_EQUAL(expectedPoints, Discounts.Points(tier, member));
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task The_minimum_comes_from_editorconfig(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class DiscountTests
        {
            [THEORY]
            [ROW("SAVE10", 10)]
            [ROW("SAVE20", 20)]
            public async Task {|#0:Two_rows|}(string coupon, int percent)
            {
                ASSERT_TRUE(Discounts.Apply(coupon, percent, 100m) < 100m);
            }
        }
        """ + Production, "realism.RA3006.min_rows = 2",
        Verifier.Diagnostic("RA3006").WithLocation(0).WithArguments(
            "Two_rows", 2, "'coupon' never gets null, empty or whitespace; 'percent' never gets zero, a negative value or int.MinValue/MaxValue"));

    [Fact]
    public Task Reads_collections_and_a_null_passed_for_the_whole_row() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV3, """
        public class DiscountTests
        {
            [Theory]
            [InlineData(new[] { 1, 2 })]
            [InlineData(new[] { 3 })]
            [InlineData(new[] { 4, 5, 6 })]
            public void {|#0:Totals|}(int[] quantities) => Assert.True(Discounts.Total(quantities) > 0);

            [Theory]
            [InlineData(new int[0])]
            [InlineData(new[] { 3 })]
            [InlineData(new[] { 4, 5, 6 })]
            public void Totals_with_an_empty_basket(int[] quantities) => Assert.True(Discounts.Total(quantities) >= 0);

            [Theory]
            [InlineData(null)]
            [InlineData("SAVE10")]
            [InlineData("SAVE20")]
            public void Coupons(string coupon) => Assert.True(Discounts.Apply(coupon, 10, 100m) <= 100m);
        }
        """ + Production,
        Verifier.Diagnostic("RA3006").WithLocation(0).WithArguments("Totals", 3, "'quantities' never gets an empty collection"));

    [Fact]
    public Task Does_not_fire_with_a_data_source_it_cannot_read() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV2, """
        using System.Collections.Generic;
        public class DiscountTests
        {
            public static IEnumerable<object[]> MoreCoupons => new[] { new object[] { "", 0 } };

            [Theory]
            [InlineData("SAVE10", 10)]
            [InlineData("SAVE20", 20)]
            [InlineData("SAVE30", 30)]
            [MemberData(nameof(MoreCoupons))]
            public void Applies_the_coupon(string coupon, int percent) => Assert.True(Discounts.Apply(coupon, percent, 100m) <= 100m);
        }
        """ + Production);

    [Fact]
    public Task Does_not_fire_on_NUnit_parameters_with_their_own_data() => Verifier.VerifyAnalyzerAsync(Fw.NUnit4, """
        public class DiscountTests
        {
            [TestCase("SAVE10")]
            [TestCase("SAVE20")]
            [TestCase("SAVE30")]
            public void Applies_the_coupon(string coupon, [Values(10, 20)] int percent) =>
                Assert.That(Discounts.Apply(coupon, percent, 100m), Is.LessThan(100m));
        }
        """ + Production);

    [Fact]
    public Task Does_not_crash_on_rows_that_do_not_match_the_parameters() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV2, """
        public class DiscountTests
        {
            [Theory]
            [InlineData("SAVE10")]
            [InlineData("SAVE20", 20)]
            [InlineData({|CS0103:Unknown|})]
            public void Applies_the_coupon(string coupon, int percent) => Assert.True(Discounts.Apply(coupon, percent, 100m) <= 100m);
        }
        """ + Production);

    [Fact]
    public Task Does_not_crash_on_doubles_beyond_the_range_of_decimal() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV2, """
        public class MagnitudeTests
        {
            [Theory]
            [InlineData(1e29, 1e29)]
            [InlineData(1.7976931348623157E+308, -1e300)]
            [InlineData(-7.9228162514264338E+28, 7.9228162514264338E+28)]
            public void Rounds_huge_numbers(double value, long digits) => Assert.True(System.Math.Round(value) == value || digits > 0);
        }
        """);
}
