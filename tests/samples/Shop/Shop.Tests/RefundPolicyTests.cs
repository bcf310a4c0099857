using FluentAssertions;
using Shop.Payments;
using Xunit;

namespace Shop.Tests;

public class RefundPolicyTests
{
    private readonly RefundPolicy _policy = new();

    [Fact]
    public void Unopened_items_can_be_refunded_the_day_after_purchase()
    {
        _policy.CanRefund(daysSincePurchase: 1, itemOpened: false).Should().BeTrue();
    }

    [Fact]
    public void Unopened_items_can_be_refunded_on_the_last_day_of_the_window()
    {
        _policy.CanRefund(RefundPolicy.RefundWindowDays, itemOpened: false).Should().BeTrue();
    }

    [Fact]
    public void Refunds_are_allowed_on_the_day_of_purchase()
    {
        var allowed = _policy.CanRefund(daysSincePurchase: 0, itemOpened: false);

        Assert.True(allowed);
    }
}
