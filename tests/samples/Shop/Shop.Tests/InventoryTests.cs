using System;
using System.Collections.Generic;
using FluentAssertions;
using Shop.Inventory;
using Xunit;

namespace Shop.Tests;

public class InventoryTests
{
    private readonly InMemoryInventory _inventory = new();

    [Fact]
    public void Reserving_reduces_the_available_stock()
    {
        _inventory.Restock("SKU-1", 5);

        var reserved = _inventory.TryReserve("SKU-1", 2);

        reserved.Should().BeTrue();
        _inventory.Available("SKU-1").Should().Be(3);
    }

    [Fact]
    public void Cannot_reserve_more_than_is_in_stock()
    {
        _inventory.Restock("SKU-1", 1);

        _inventory.TryReserve("SKU-1", 2).Should().BeFalse();
    }

    [Fact]
    public void Releasing_returns_the_stock()
    {
        _inventory.Restock("SKU-1", 3);
        _inventory.TryReserve("SKU-1", 3);

        _inventory.Release("SKU-1", 3);
    }

    [Fact]
    public void Restocking_nothing_is_rejected()
    {
        var act = () => _inventory.Restock("SKU-1", 0);

        act.Should().Throw<Exception>();
    }

    [Fact]
    public void Releasing_an_unknown_sku_adds_it()
    {
        try
        {
            _inventory.Release("SKU-9", 1);
        }
        catch (KeyNotFoundException)
        {
            // older inventories threw here
        }

        _inventory.Available("SKU-9").Should().Be(1);
    }

    [Fact]
    public void Restocking()
    {
    }
}
