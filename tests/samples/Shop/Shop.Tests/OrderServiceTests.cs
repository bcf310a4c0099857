using System;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Extensions.Logging;
using Moq;
using Shop.Catalog;
using Shop.Inventory;
using Shop.Orders;
using Shop.Payments;
using Xunit;

namespace Shop.Tests;

public class OrderServiceTests
{
    private readonly Mock<IOrderRepository> _orders = new();
    private readonly Mock<IProductCatalog> _catalog = new();
    private readonly Mock<IInventory> _inventory = new();
    private readonly Mock<IPaymentGateway> _payments = new();
    private readonly Mock<INotificationSender> _notifications = new();
    private readonly Mock<ILogger<OrderService>> _logger = new();

    private OrderService CreateService() => new(
        _orders.Object, _catalog.Object, _inventory.Object, _payments.Object, _notifications.Object, _logger.Object);

    private Order OrderWithOneLine(OrderService service)
    {
        _catalog.Setup(c => c.Find("SKU-1")).Returns(new Product("SKU-1", "Espresso beans", 12.50m));
        var order = service.CreateDraft("customer-42");
        service.AddProduct(order, "SKU-1", 2);
        return order;
    }

    [Fact]
    public async Task Checkout_charges_the_customer_and_confirms_the_order()
    {
        var service = CreateService();
        var order = OrderWithOneLine(service);
        _inventory.Setup(i => i.TryReserve("SKU-1", 2)).Returns(true);
        _payments.Setup(p => p.ChargeAsync("customer-42", 25m, "tok_visa", It.IsAny<CancellationToken>()))
            .ReturnsAsync(PaymentResult.Succeeded("tx-1"));

        var result = await service.CheckoutAsync(order, "tok_visa");

        result.IsSuccess.Should().BeTrue();
        order.Status.Should().Be(OrderStatus.Paid);
        _notifications.Verify(n => n.SendOrderConfirmationAsync(order, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Checkout_with_a_coupon()
    {
        var service = CreateService();
        var order = OrderWithOneLine(service);
        _inventory.Setup(i => i.TryReserve(It.IsAny<string>(), It.IsAny<int>())).Returns(true);
        _payments.Setup(p => p.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(PaymentResult.Succeeded("tx-2"));

        await service.CheckoutAsync(order, "tok_visa", couponCode: "WELCOME10");
    }

    [Fact]
    public async Task Checkout_fails_when_an_item_is_out_of_stock()
    {
        var service = CreateService();
        var order = OrderWithOneLine(service);
        _inventory.Setup(i => i.TryReserve("SKU-1", 2)).Returns(false);

        var result = await service.CheckoutAsync(order, "tok_visa");

        result.IsSuccess.Should().BeFalse();
        _payments.Verify(p => p.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public void Adding_an_unknown_product_is_rejected()
    {
        var service = CreateService();
        var order = service.CreateDraft("customer-42");

        var act = () => service.AddProduct(order, "NOPE", 1);

        act.Should().Throw<ArgumentException>().WithMessage("*NOPE*");
    }

    [Fact]
    public void Adding_a_discontinued_product_is_rejected()
    {
        var service = CreateService();
        var order = service.CreateDraft("customer-42");
        _catalog.Setup(c => c.Find("OLD-1")).Returns(new Product("OLD-1", "Paper filters", 3m, IsDiscontinued: true));

        try
        {
            service.AddProduct(order, "OLD-1", 1);
            Assert.Fail("Discontinued products must not be added.");
        }
        catch (InvalidOperationException ex)
        {
            ex.Message.Should().Contain("discontinued");
        }
    }

    [Fact]
    public void Adding_a_product_to_the_order()
    {
        var service = CreateService();
        OrderWithOneLine(service);
    }

    [Fact]
    public async Task Checking_out_twice_is_rejected()
    {
        var service = CreateService();
        var order = OrderWithOneLine(service);
        _inventory.Setup(i => i.TryReserve(It.IsAny<string>(), It.IsAny<int>())).Returns(true);
        _payments.Setup(p => p.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(PaymentResult.Succeeded("tx-3"));
        await service.CheckoutAsync(order, "tok_visa");

        var again = () => service.CheckoutAsync(order, "tok_visa");

        again.Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task A_declined_payment_sends_no_confirmation()
    {
        var notifications = new Mock<INotificationSender>();
        var service = new OrderService(_orders.Object, _catalog.Object, _inventory.Object, _payments.Object, notifications.Object, _logger.Object);
        var order = OrderWithOneLine(service);
        _inventory.Setup(i => i.TryReserve("SKU-1", 2)).Returns(true);
        _payments.Setup(p => p.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(PaymentResult.Failed("card declined"));

        var result = await service.CheckoutAsync(order, "tok_declined");

        result.IsSuccess.Should().BeFalse();
        notifications.VerifyAll();
    }
}
