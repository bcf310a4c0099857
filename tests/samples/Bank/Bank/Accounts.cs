using System;
using System.Collections.Generic;

namespace Bank;

public sealed class InsufficientFundsException : Exception
{
    public InsufficientFundsException(string accountId, decimal requested, decimal available)
        : base($"Account {accountId} has {available:0.00} available; {requested:0.00} was requested.")
    {
        AccountId = accountId;
        Requested = requested;
        Available = available;
    }

    public string AccountId { get; }

    public decimal Requested { get; }

    public decimal Available { get; }
}

public sealed class Account
{
    private readonly List<decimal> _movements = new();

    public Account(string id, decimal overdraftLimit = 0m)
    {
        Id = id;
        OverdraftLimit = overdraftLimit;
    }

    public string Id { get; }

    public decimal OverdraftLimit { get; }

    public decimal Balance { get; private set; }

    public IReadOnlyList<decimal> Movements => _movements;

    public void Deposit(decimal amount)
    {
        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "Deposits must be positive.");
        }

        Balance += amount;
        _movements.Add(amount);
    }

    public void Withdraw(decimal amount)
    {
        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "Withdrawals must be positive.");
        }

        if (Balance + OverdraftLimit < amount)
        {
            throw new InsufficientFundsException(Id, amount, Balance + OverdraftLimit);
        }

        Balance -= amount;
        _movements.Add(-amount);
    }
}
