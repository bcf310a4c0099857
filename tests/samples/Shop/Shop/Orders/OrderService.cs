using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Shop.Catalog;
using Shop.Inventory;
using Shop.Payments;
using Shop.Pricing;

namespace Shop.Orders;

public sealed class OrderService
{
    private readonly IOrderRepository _orders;
    private readonly IProductCatalog _catalog;
    private readonly IInventory _inventory;
    private readonly IPaymentGateway _payments;
    private readonly INotificationSender _notifications;
    private readonly ILogger<OrderService> _logger;

    public OrderService(
        IOrderRepository orders,
        IProductCatalog catalog,
        IInventory inventory,
        IPaymentGateway payments,
        INotificationSender notifications,
        ILogger<OrderService> logger)
    {
        _orders = orders;
        _catalog = catalog;
        _inventory = inventory;
        _payments = payments;
        _notifications = notifications;
        _logger = logger;
    }

    public Order CreateDraft(string customerId) => new(Guid.NewGuid(), customerId);

    public void AddProduct(Order order, string sku, int quantity)
    {
        var product = _catalog.Find(sku) ?? throw new ArgumentException($"Unknown product {sku}.", nameof(sku));
        if (product.IsDiscontinued)
        {
            throw new InvalidOperationException($"{product.Name} is discontinued.");
        }

        order.AddLine(sku, quantity, product.UnitPrice);
    }

    public async Task<PaymentResult> CheckoutAsync(Order order, string cardToken, string? couponCode = null, CancellationToken cancellationToken = default)
    {
        foreach (var line in order.Lines)
        {
            if (!_inventory.TryReserve(line.Sku, line.Quantity))
            {
                _logger.LogWarning("Out of stock: {Sku}", line.Sku);
                return PaymentResult.Failed($"{line.Sku} is out of stock.");
            }
        }

        if (couponCode is not null)
        {
            order.ApplyDiscount(DiscountCalculator.CouponDiscount(couponCode, order.Subtotal));
        }

        order.MarkPlaced();
        var payment = await _payments.ChargeAsync(order.CustomerId, order.Total, cardToken, cancellationToken);
        if (!payment.IsSuccess)
        {
            foreach (var line in order.Lines)
            {
                _inventory.Release(line.Sku, line.Quantity);
            }

            order.Cancel();
            await _orders.SaveAsync(order, cancellationToken);
            return payment;
        }

        order.MarkPaid();
        await _orders.SaveAsync(order, cancellationToken);
        await _notifications.SendOrderConfirmationAsync(order, cancellationToken);
        _logger.LogInformation("Order {OrderId} paid: {Total}", order.Id, order.Total);
        return payment;
    }
}
