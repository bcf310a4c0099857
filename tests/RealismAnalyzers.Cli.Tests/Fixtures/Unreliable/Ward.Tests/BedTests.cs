using Xunit;

namespace Ward.Tests
{
    // Half-written: two compile errors (CS0246 and CS0103). The tests are still found and scored, but the report
    // must say that these scores are unreliable.
    public class BedTests
    {
        [Fact]
        public void A_free_bed_can_be_assigned()
        {
            var bed = new Bed(12);

            Assert.True(bed.IsFree);
        }

        [Fact]
        public void Assigning_a_bed()
        {
            var ward = 3;

            ward = Assign(ward);
        }
    }
}
