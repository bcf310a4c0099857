using System;
using System.Collections.Generic;
using System.Linq;

namespace Shop.Orders;

public enum OrderStatus
{
    Draft,
    Placed,
    Paid,
    Shipped,
    Cancelled,
}

public sealed record OrderLine(string Sku, int Quantity, decimal UnitPrice)
{
    public decimal Total => Quantity * UnitPrice;
}

public sealed class Order
{
    private readonly List<OrderLine> _lines = new();

    public Order(Guid id, string customerId)
    {
        if (string.IsNullOrWhiteSpace(customerId))
        {
            throw new ArgumentException("An order needs a customer.", nameof(customerId));
        }

        Id = id;
        CustomerId = customerId;
    }

    public Guid Id { get; }

    public string CustomerId { get; }

    public OrderStatus Status { get; private set; } = OrderStatus.Draft;

    public IReadOnlyList<OrderLine> Lines => _lines;

    public decimal Subtotal => _lines.Sum(l => l.Total);

    public decimal Discount { get; private set; }

    public decimal Total => Subtotal - Discount;

    public void AddLine(string sku, int quantity, decimal unitPrice)
    {
        if (Status != OrderStatus.Draft)
        {
            throw new InvalidOperationException($"Order {Id} is {Status}; lines can only be added to a draft.");
        }

        if (quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "Quantity must be positive.");
        }

        var existing = _lines.FindIndex(l => l.Sku == sku);
        if (existing >= 0)
        {
            var line = _lines[existing];
            _lines[existing] = line with { Quantity = line.Quantity + quantity };
        }
        else
        {
            _lines.Add(new OrderLine(sku, quantity, unitPrice));
        }
    }

    public void ApplyDiscount(decimal amount) => Discount = Math.Min(amount, Subtotal);

    public void MarkPlaced() => Status = OrderStatus.Placed;

    public void MarkPaid() => Status = Status == OrderStatus.Placed
        ? OrderStatus.Paid
        : throw new InvalidOperationException($"Order {Id} cannot be paid while {Status}.");

    public void Cancel() => Status = Status is OrderStatus.Shipped
        ? throw new InvalidOperationException("A shipped order cannot be cancelled.")
        : OrderStatus.Cancelled;
}
