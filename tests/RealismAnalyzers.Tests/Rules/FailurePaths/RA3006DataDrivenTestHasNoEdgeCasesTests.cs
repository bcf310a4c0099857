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

    private const string Shipping = """

        namespace Shop.Shipping
        {
            public readonly struct Parcel
            {
                public Parcel(int grams, System.DateTime shippedOn) { Grams = grams; ShippedOn = shippedOn; }
                public int Grams { get; }
                public System.DateTime ShippedOn { get; }
                public Parcel Split(int parts) => new Parcel(Grams / parts, ShippedOn);
            }

            public interface ICarrierDirectory { string NameOf(string code); }

            public sealed class ShippingDesk
            {
                private readonly ICarrierDirectory _carriers;
                public ShippingDesk(ICarrierDirectory carriers) => _carriers = carriers;
                public bool Accepts(System.Net.IPAddress origin, System.Globalization.CultureInfo culture) => origin != null && culture != null;
                public decimal Price(Parcel parcel) => parcel.Grams * 0.01m;
                public decimal PriceOf(string label) => label.Length;
                public decimal PriceOf(string label, int copies) => PriceOf(label) * copies;
                public string Label(string carrierCode) => _carriers.NameOf(carrierCode).Trim();
                public double Weigh(double kilograms) => kilograms;
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_parameters_that_reach_the_product_only_after_a_conversion(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Globalization;
        using System.Net;
        using System.Threading.Tasks;
        using Shop.Shipping;
        [CLASS]
        public class ShippingDeskTests
        {
            private readonly ShippingDesk _desk = new ShippingDesk(null!);

            [THEORY]
            [ROW("10.0.0.1", "en-GB", 2024, 3, 1)]
            [ROW("10.0.0.2", "de-DE", 2024, 6, 15)]
            [ROW("192.168.1.7", "fr-FR", 2025, 12, 31)]
            public async Task Accepts_parcels_from_known_origins(string origin, string culture, int year, int month, int day)
            {
                var shippedOn = new DateTime(year, month, day);
                ASSERT_TRUE(_desk.Accepts(IPAddress.Parse(origin), CultureInfo.GetCultureInfo(culture)));
                ASSERT_TRUE(shippedOn.Year >= 2024);
            }

            [THEORY]
            [ROW(4607182418800017408L, 1200)]
            [ROW(4611686018427387904L, 2500)]
            [ROW(4613937818241073152L, 4000)]
            public async Task Weighs_in_kilograms(long bits, int grams)
            {
                ASSERT_TRUE(_desk.Weigh(BitConverter.Int64BitsToDouble(bits)) > 0);
                ASSERT_TRUE(_desk.Price(new Parcel(grams, DateTime.UnixEpoch).Split(2)) > 0m);
            }

            [THEORY]
            [ROW(3, "kg")]
            [ROW(5, "kg")]
            [ROW(7, "lb")]
            public async Task Prices_a_label(int amount, string unit)
            {
                ASSERT_TRUE(_desk.PriceOf($"{amount} {unit}") > 0m);
            }
        }
        """ + Shipping);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_expected_values_and_branch_selectors(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using Shop.Shipping;
        [CLASS]
        public class ShippingDeskTests
        {
            [THEORY]
            [ROW("SAVE10", 1200, 12)]
            [ROW("", 2500, 25)]
            [ROW(null, 4000, 40)]
            public async Task Prices_by_weight(string coupon, int grams, int price)
            {
                var desk = new ShippingDesk(null!);
                ASSERT_EQUAL((decimal)price, desk.Price(new Parcel(grams, DateTime.UnixEpoch)) + (coupon == null ? 0 : 0));
            }

            [THEORY]
            [ROW(1)]
            [ROW(2)]
            [ROW(3)]
            public async Task Retries_until_the_third_attempt(int attempt)
            {
                var desk = new ShippingDesk(null!);
                if (attempt == 3)
                {
                    ASSERT_TRUE(desk.Weigh(1.5) > 0);
                }
                else
                {
                    ASSERT_TRUE(desk.Weigh(0.5) > 0);
                }
            }
        }
        """ + Shipping);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_parameters_that_reach_the_product_through_locals_same_kind_steps_and_doubles(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using Moq;
        using Shop.Shipping;
        [CLASS]
        public class ShippingDeskTests
        {
            [THEORY]
            [ROW("DHL", "DHL Express")]
            [ROW("UPS", "United Parcel")]
            [ROW("GLS", "General Logistics")]
            public async Task {|#0:Labels_with_the_carrier_name|}(string code, string carrierName)
            {
                var carriers = new Mock<ICarrierDirectory>();
                carriers.Setup(c => c.NameOf(It.IsAny<string>())).Returns(carrierName);
                var trimmed = code.Trim();
                var label = new ShippingDesk(carriers.Object).Label(trimmed);
                ASSERT_TRUE(label.Length > 0);
            }

            [THEORY]
            [ROW(1200)]
            [ROW(2500)]
            [ROW(4000)]
            public async Task {|#1:Keeps_the_weight|}(int grams)
            {
                var parcel = new Parcel(grams, DateTime.UnixEpoch);
                ASSERT_EQUAL(grams, parcel.Grams);
            }
        }
        """ + Shipping,
        Verifier.Diagnostic("RA3006").WithLocation(0).WithArguments(
            "Labels_with_the_carrier_name", 3, "'code' never gets null, empty or whitespace; 'carrierName' never gets null, empty or whitespace"),
        Verifier.Diagnostic("RA3006").WithLocation(1).WithArguments(
            "Keeps_the_weight", 3, "'grams' never gets zero, a negative value or int.MinValue/MaxValue"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_another_test_gives_the_same_member_its_edge_values(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using Shop.Shipping;
        [CLASS]
        public class ShippingDeskTests
        {
            private readonly ShippingDesk _desk = new ShippingDesk(null!);

            [THEORY]
            [ROW("PARCEL-1")]
            [ROW("PARCEL-22")]
            [ROW("PARCEL-333")]
            public async Task Prices_labels_by_length(string label)
            {
                ASSERT_TRUE(_desk.PriceOf(label, 2) > 0m);
            }

            [TEST]
            public async Task An_empty_label_costs_nothing()
            {
                ASSERT_EQUAL(0m, _desk.PriceOf(""));
            }

            [THEORY]
            [ROW(1.5)]
            [ROW(2.5)]
            [ROW(4.0)]
            public async Task Weighs_parcels(double kilograms)
            {
                ASSERT_TRUE(_desk.Weigh(kilograms) > 0);
            }

            [THEORY]
            [ROW(0.0)]
            [ROW(-1.0)]
            public async Task Weighs_nothing_or_less(double kilograms)
            {
                ASSERT_TRUE(_desk.Weigh(kilograms) <= 0);
            }
        }
        """ + Shipping);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_the_edge_values_elsewhere_go_to_another_member(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using Shop.Shipping;
        [CLASS]
        public class ShippingDeskTests
        {
            private readonly ShippingDesk _desk = new ShippingDesk(null!);

            [THEORY]
            [ROW("PARCEL-1")]
            [ROW("PARCEL-22")]
            [ROW("PARCEL-333")]
            public async Task {|#0:Prices_labels_by_length|}(string label)
            {
                ASSERT_TRUE(_desk.PriceOf(label) > 0m);
            }

            [TEST]
            public async Task An_empty_carrier_code_is_rejected()
            {
                ASSERT_TRUE(_desk.Weigh(0) == 0);
                ASSERT_TRUE(_desk.Accepts(null!, null!) == false);
            }
        }
        """ + Shipping,
        Verifier.Diagnostic("RA3006").WithLocation(0).WithArguments("Prices_labels_by_length", 3, "'label' never gets null, empty or whitespace"));

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
