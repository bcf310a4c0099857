namespace Ledger
{
    public sealed class Account
    {
        public decimal Balance { get; private set; }

        public void Deposit(decimal amount) => Balance += amount;
    }
}
