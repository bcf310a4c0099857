using System;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Moq;
using Shop.Shipping;
using Xunit;
using Xunit.Abstractions;

namespace Shop.Tests;

public class ShippingTests
{
    private readonly ITestOutputHelper _output;
    private readonly Mock<ICarrier> _carrier = new();
    private readonly DeliveryEstimator _estimator = new();

    public ShippingTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Parcels_arrive_two_days_after_shipping()
    {
        var shippedAt = DateTime.Today;

        var delivery = _estimator.EstimateDelivery(shippedAt);

        delivery.Should().Be(shippedAt.AddDays(2));
    }

    [Fact]
    public void Weekends_are_not_delivery_days()
    {
        var friday = new DateTime(2024, 3, 1);

        var delivery = _estimator.EstimateDelivery(friday);

        delivery.Should().Be(new DateTime(2024, 3, 5));
        _output.WriteLine($"Checked at {DateTime.Now:O}");
    }

    [Fact]
    public void Shipping_cost_grows_with_the_weight()
    {
        var random = new Random();
        var weight = random.Next(1, 30);

        var cost = _estimator.ShippingCost(weight + 1);

        cost.Should().BeGreaterThan(_estimator.ShippingCost(weight));
    }

    [Fact]
    public async void Dispatch_books_a_pickup_with_the_carrier()
    {
        _carrier.Setup(c => c.BookPickupAsync("ORD-1001", 2.5m, It.IsAny<CancellationToken>())).ReturnsAsync("PU-1");
        var dispatcher = new ShipmentDispatcher(_carrier.Object, TimeSpan.FromSeconds(5));

        var pickup = await dispatcher.DispatchAsync("ORD-1001", 2.5m);

        pickup.Should().Be("PU-1");
    }

    [Fact]
    public async Task Background_dispatch_records_the_pickup()
    {
        _carrier.Setup(c => c.BookPickupAsync("ORD-1002", 1.2m, It.IsAny<CancellationToken>())).ReturnsAsync("PU-2");
        var dispatcher = new ShipmentDispatcher(_carrier.Object, TimeSpan.FromSeconds(5));

        dispatcher.Dispatch("ORD-1002", 1.2m);
        await Task.Delay(200);

        dispatcher.BookedPickups.Should().ContainSingle().Which.Should().Be("PU-2");
    }

    [Fact]
    public async Task A_slow_carrier_times_out()
    {
        _carrier.Setup(c => c.BookPickupAsync(It.IsAny<string>(), It.IsAny<decimal>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
                return "PU-late";
            });
        var dispatcher = new ShipmentDispatcher(_carrier.Object, TimeSpan.FromMilliseconds(50));

        var dispatch = () => dispatcher.DispatchAsync("ORD-1003", 3m);

        await dispatch.Should().ThrowAsync<TimeoutException>();
    }

    [Fact]
    public void Pickup_reference_comes_from_the_carrier()
    {
        _carrier.Setup(c => c.BookPickupAsync("ORD-1004", 0.8m, It.IsAny<CancellationToken>())).ReturnsAsync("PU-4");
        var dispatcher = new ShipmentDispatcher(_carrier.Object, TimeSpan.FromSeconds(5));

        var pickup = dispatcher.DispatchAsync("ORD-1004", 0.8m).Result;

        pickup.Should().Be("PU-4");
    }
}
