using System;
using System.Threading;
using System.Threading.Tasks;

namespace Shop.Orders;

public interface IOrderRepository
{
    Task<Order?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task SaveAsync(Order order, CancellationToken cancellationToken = default);
}

public interface INotificationSender
{
    Task SendOrderConfirmationAsync(Order order, CancellationToken cancellationToken = default);
}
