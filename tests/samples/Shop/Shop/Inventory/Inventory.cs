using System;
using System.Collections.Generic;

namespace Shop.Inventory;

public interface IInventory
{
    bool TryReserve(string sku, int quantity);

    void Release(string sku, int quantity);

    int Available(string sku);
}

public sealed class InMemoryInventory : IInventory
{
    private readonly Dictionary<string, int> _stock = new(StringComparer.OrdinalIgnoreCase);

    public void Restock(string sku, int quantity)
    {
        if (quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity));
        }

        _stock[sku] = Available(sku) + quantity;
    }

    public int Available(string sku) => _stock.TryGetValue(sku, out var count) ? count : 0;

    public bool TryReserve(string sku, int quantity)
    {
        var available = Available(sku);
        if (quantity <= 0 || available < quantity)
        {
            return false;
        }

        _stock[sku] = available - quantity;
        return true;
    }

    public void Release(string sku, int quantity) => _stock[sku] = Available(sku) + quantity;
}
