using System;
using FluentAssertions;
using Shop.Orders;
using Xunit;

namespace Shop.Tests;

public class OrderTests
{
    private static Order NewOrder() => new(Guid.NewGuid(), "customer-42");

    [Fact]
    public void Adding_a_line_updates_the_subtotal()
    {
        var order = NewOrder();

        order.AddLine("SKU-1", 2, 9.99m);

        order.Subtotal.Should().Be(19.98m);
    }

    [Fact]
    public void Adding_the_same_sku_twice_merges_the_lines()
    {
        var order = NewOrder();

        order.AddLine("SKU-1", 1, 5m);
        order.AddLine("SKU-1", 3, 5m);

        order.Lines.Should().ContainSingle().Which.Quantity.Should().Be(4);
    }

    [Fact]
    public void Lines_cannot_be_added_after_the_order_is_placed()
    {
        var order = NewOrder();
        order.MarkPlaced();

        var act = () => order.AddLine("SKU-1", 1, 5m);

        act.Should().Throw<InvalidOperationException>().WithMessage("*draft*");
    }

    [Fact]
    public void Discount_never_exceeds_the_subtotal()
    {
        var order = NewOrder();
        order.AddLine("SKU-1", 1, 10m);

        order.ApplyDiscount(25m);

        AssertTotal(order, 0m);
    }

    [Fact]
    public void Cancelling_a_draft_order()
    {
        var order = NewOrder();
        order.AddLine("SKU-1", 1, 10m);

        order.Cancel();
    }

    [Fact]
    public void Paying_a_placed_order()
    {
        var order = NewOrder();
        order.AddLine("SKU-7", 1, 120m);
        order.MarkPlaced();
        order.MarkPaid();
    }

    [Fact]
    public void Shipped_orders_cannot_be_cancelled()
    {
        // TODO: needs a way to mark an order shipped (ticket SHOP-311)
    }

    [Fact(Skip = "Waiting for multi-currency support")]
    public void Totals_are_converted_to_the_customer_currency()
    {
        var order = NewOrder();
        order.AddLine("SKU-1", 1, 10m);
    }

    private static void AssertTotal(Order order, decimal expected) => order.Total.Should().Be(expected);

    [Fact]
    public void A_new_order_is_a_draft()
    {
        var order = new Order(Guid.NewGuid(), "customer-42");

        order.Should().NotBeNull();
        order.Status.Should().Be(OrderStatus.Draft);
    }

    [Fact]
    public void Every_line_keeps_the_price_it_was_added_with()
    {
        var order = NewOrder();
        order.AddLine("SKU-1", 2, 4.50m);

        foreach (var line in order.Lines)
        {
            line.UnitPrice.Should().Be(4.50m);
        }
    }
}
