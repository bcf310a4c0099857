using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Shop.Shipping;

public interface ICarrier
{
    Task<string> BookPickupAsync(string orderReference, decimal weightKg, CancellationToken cancellationToken = default);
}

public sealed class DeliveryEstimator
{
    public const decimal BaseCost = 4.90m;
    public const decimal CostPerKg = 0.80m;

    /// <summary>The delivery date: <paramref name="businessDays"/> working days after shipping, weekends skipped.</summary>
    public DateTime EstimateDelivery(DateTime shippedAt, int businessDays = 2)
    {
        var date = shippedAt.Date;
        var remaining = businessDays;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                remaining--;
            }
        }

        return date;
    }

    public decimal ShippingCost(decimal weightKg) => weightKg <= 0
        ? throw new ArgumentOutOfRangeException(nameof(weightKg), weightKg, "A parcel has a weight.")
        : BaseCost + Math.Ceiling(weightKg) * CostPerKg;
}

public sealed class ShipmentDispatcher
{
    private readonly ICarrier _carrier;
    private readonly TimeSpan _timeout;
    private readonly ConcurrentQueue<string> _bookedPickups = new();

    public ShipmentDispatcher(ICarrier carrier, TimeSpan timeout)
    {
        _carrier = carrier;
        _timeout = timeout;
    }

    public IReadOnlyCollection<string> BookedPickups => _bookedPickups.ToArray();

    /// <summary>Books the pickup in the background; <see cref="BookedPickups"/> shows it once the carrier answered.</summary>
    public void Dispatch(string orderReference, decimal weightKg) =>
        _ = Task.Run(async () => _bookedPickups.Enqueue(await DispatchAsync(orderReference, weightKg)));

    public async Task<string> DispatchAsync(string orderReference, decimal weightKg, CancellationToken cancellationToken = default) =>
        await _carrier.BookPickupAsync(orderReference, weightKg, cancellationToken).WaitAsync(_timeout, cancellationToken);
}
