using System;

namespace Shop.Pricing;

public static class DiscountCalculator
{
    /// <summary>Volume discount: 5% from 10 items, 10% from 50 items.</summary>
    public static decimal VolumeDiscountRate(int itemCount) => itemCount switch
    {
        < 0 => throw new ArgumentOutOfRangeException(nameof(itemCount)),
        >= 50 => 0.10m,
        >= 10 => 0.05m,
        _ => 0m,
    };

    public static decimal CouponDiscount(string couponCode, decimal subtotal) => couponCode.Trim().ToUpperInvariant() switch
    {
        "WELCOME10" => Math.Round(subtotal * 0.10m, 2),
        "FREESHIP" => 4.99m,
        _ => 0m,
    };
}
