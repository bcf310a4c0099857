namespace RealismAnalyzers.Tests.Rules.Mocking;

/// <summary>The production side of the over-mocking tests: an online shop's order service with five dependencies, a logger and options.</summary>
internal static class ShopSources
{
    public const string Production = """

        namespace Shop
        {
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Logging;
            using Microsoft.Extensions.Options;

            public interface IOrderRepository
            {
                Order? Find(int id);
                Task<Order?> FindAsync(int id);
                void Save(Order order);
            }

            public interface IPaymentGateway { bool Charge(string customer, decimal amount); }

            public interface IInventory
            {
                int InStock(string sku);
                void Reserve(string sku, int quantity);
            }

            public interface IEmailSender { void Send(string to, string subject); }

            public interface IPricing { decimal PriceOf(string sku); }

            public sealed class ShopSettings
            {
                public decimal FreeShippingThreshold { get; set; } = 50m;
                public decimal ShippingFee { get; set; } = 4.99m;
            }

            public record Order(int Id, string Customer, decimal Total);

            public class OrderLine
            {
                public string Sku { get; set; } = "";
                public int Quantity { get; set; }
            }

            public class Customer
            {
                public string Email { get; set; } = "";
                public string Name { get; set; } = "";
            }

            public abstract class DiscountPolicy
            {
                public abstract decimal Discount(decimal total);
                public virtual decimal Apply(decimal total) => total - Discount(total);
            }

            public class OrderService
            {
                private readonly IOrderRepository _orders;
                private readonly IPaymentGateway _payments;
                private readonly IInventory _inventory;
                private readonly IEmailSender _email;
                private readonly IPricing _pricing;
                private readonly ILogger<OrderService> _logger;
                private readonly ShopSettings _settings;

                public OrderService(IOrderRepository orders, IPaymentGateway payments, IInventory inventory, IEmailSender email,
                    IPricing pricing, ILogger<OrderService> logger, IOptions<ShopSettings> settings)
                {
                    _orders = orders;
                    _payments = payments;
                    _inventory = inventory;
                    _email = email;
                    _pricing = pricing;
                    _logger = logger;
                    _settings = settings.Value;
                }

                public virtual decimal Total(IEnumerable<OrderLine> lines)
                {
                    decimal total = 0;
                    foreach (var line in lines)
                    {
                        total += _pricing.PriceOf(line.Sku) * line.Quantity;
                    }

                    return total >= _settings.FreeShippingThreshold ? total : total + _settings.ShippingFee;
                }

                public virtual Order? PlaceOrder(string customer, IList<OrderLine> lines)
                {
                    foreach (var line in lines)
                    {
                        if (_inventory.InStock(line.Sku) < line.Quantity)
                        {
                            _logger.LogWarning("Out of stock: {Sku}", line.Sku);
                            return null;
                        }
                    }

                    var total = Total(lines);
                    if (!_payments.Charge(customer, total))
                    {
                        return null;
                    }

                    var order = new Order(1, customer, total);
                    _orders.Save(order);
                    _email.Send(customer, "Order confirmed");
                    return order;
                }

                public async Task<decimal> RefundAsync(int orderId)
                {
                    var order = await _orders.FindAsync(orderId);
                    return order?.Total ?? 0m;
                }
            }
        }
        """;
}
