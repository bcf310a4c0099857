using Clinic.Billing;
using Xunit;

namespace Clinic.Billing.Tests
{
    public class InvoiceTests
    {
        [Fact]
        public void The_total_sums_every_line()
        {
            var invoice = new Invoice();
            invoice.AddLine("Consultation", 60m);
            invoice.AddLine("Blood test", 25.50m);

            Assert.Equal(85.50m, invoice.Total);
        }

        [Theory]
        [InlineData(100, 0.2, 120)]
        [InlineData(0, 0.2, 0)]
        public void Vat_is_added_to_the_amount(decimal amount, decimal rate, decimal expected)
        {
            Assert.Equal(expected, Vat.Apply(amount, rate));
        }

        [Fact]
        public void Adding_a_line_to_the_invoice()
        {
            var invoice = new Invoice();

            invoice.AddLine("X-ray", 80m);
        }

        [Fact]
        public void Refunding_an_invoice()
        {
        }
    }
}
