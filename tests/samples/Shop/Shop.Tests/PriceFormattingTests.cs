using System.Globalization;
using FluentAssertions;
using Xunit;

namespace Shop.Tests;

public class PriceFormattingTests
{
    [Fact]
    public void Prices_are_shown_with_two_decimals()
    {
        var price = 12.5m;

        price.ToString("F2", CultureInfo.InvariantCulture).Should().Be("12.50");
    }
}
