using Xunit;

namespace Pharmacy.Tests
{
    public class PrescriptionTests
    {
        [Fact]
        public void A_refill_uses_one_of_the_refills_left()
        {
            var prescription = new Prescription("Amoxicillin", 2);

            prescription.Refill();

            Assert.Equal(1, prescription.RefillsLeft);
        }

        [Fact]
        public void Refilling_twice()
        {
            var prescription = new Prescription("Ibuprofen", 2);

            prescription.Refill();
            prescription.Refill();
        }
    }
}
