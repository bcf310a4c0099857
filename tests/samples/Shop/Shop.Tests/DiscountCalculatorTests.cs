using FluentAssertions;
using Shop.Pricing;
using Xunit;

namespace Shop.Tests;

public class DiscountCalculatorTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0.05)]
    [InlineData(49, 0.05)]
    [InlineData(50, 0.10)]
    public void Volume_discount_rate_grows_with_quantity(int itemCount, decimal expectedRate)
    {
        DiscountCalculator.VolumeDiscountRate(itemCount).Should().Be(expectedRate);
    }

    [Theory]
    [InlineData("WELCOME10", 100, 10)]
    [InlineData("welcome10", 59.90, 5.99)]
    [InlineData("FREESHIP", 20, 4.99)]
    public void Coupons_are_applied(string coupon, decimal subtotal, decimal expected)
    {
        DiscountCalculator.CouponDiscount(coupon, subtotal).Should().Be(expected);
    }

    [Fact]
    public void Unknown_coupons_give_nothing()
    {
        DiscountCalculator.CouponDiscount("BLACKFRIDAY", 100m);
    }
}
