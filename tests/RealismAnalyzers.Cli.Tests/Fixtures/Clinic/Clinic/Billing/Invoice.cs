using System.Collections.Generic;

namespace Clinic.Billing
{
    public sealed class Invoice
    {
        private readonly List<(string Treatment, decimal Price)> _lines = new List<(string, decimal)>();

        public IReadOnlyList<(string Treatment, decimal Price)> Lines => _lines;

        public decimal Total
        {
            get
            {
                var total = 0m;
                foreach (var line in _lines)
                {
                    total += line.Price;
                }

                return total;
            }
        }

        public void AddLine(string treatment, decimal price) => _lines.Add((treatment, price));
    }

    public static class Vat
    {
        public static decimal Apply(decimal amount, decimal rate) => decimal.Round(amount * (1 + rate), 2);
    }
}
