namespace Pharmacy
{
    public sealed class Prescription
    {
        public Prescription(string medicine, int refills)
        {
            Medicine = medicine;
            RefillsLeft = refills;
        }

        public string Medicine { get; }

        public int RefillsLeft { get; private set; }

        public void Refill() => RefillsLeft--;
    }
}
