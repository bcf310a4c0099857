using System.Collections.Generic;
using System.Linq;
using Shop.Catalog;
using Shop.Pricing;
using Xunit;
using Xunit.Abstractions;

namespace Shop.Tests;

/// <summary>The product list the catalogue tests share, built once per test class.</summary>
public sealed class CatalogueFixture
{
    public IReadOnlyList<Product> Products { get; } = new[]
    {
        new Product("SKU-1", "Tea", 4.50m),
        new Product("SKU-2", "Coffee", 7.25m),
        new Product("SKU-3", "Cocoa", 3.25m, IsDiscontinued: true),
    };
}

// The ordinary xUnit class-fixture shape: the constructor stores the fixture and the output helper, and a test reads them
// before it touches production code. RA1007 once recursed without end on it and took the compiler down (issue 13).
public class CatalogueValueTests : IClassFixture<CatalogueFixture>
{
    private readonly CatalogueFixture _fixture;
    private readonly ITestOutputHelper _output;

    public CatalogueValueTests(CatalogueFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public void Stock_value_counts_only_products_still_sold()
    {
        _output.WriteLine($"{_fixture.Products.Count} products");

        var value = _fixture.Products.Where(p => !p.IsDiscontinued).Sum(p => p.UnitPrice);

        Assert.Equal(11.75m, value);
    }

    [Fact]
    public void A_bulk_order_of_the_whole_range_gets_the_volume_rate()
    {
        var items = _fixture.Products.Count * 20;

        Assert.Equal(0.10m, DiscountCalculator.VolumeDiscountRate(items));
    }
}
