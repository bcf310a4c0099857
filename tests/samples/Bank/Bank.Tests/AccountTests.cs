using System;
using AwesomeAssertions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Bank.Tests;

[TestClass]
public class AccountTests
{
    [TestMethod]
    public void Deposits_increase_the_balance()
    {
        var account = new Account("ACC-1");

        account.Deposit(100m);

        account.Balance.Should().Be(100m);
    }

    [TestMethod]
    public void Withdrawals_beyond_the_overdraft_are_refused()
    {
        var account = new Account("ACC-1", overdraftLimit: 50m);
        account.Deposit(20m);

        var act = () => account.Withdraw(100m);

        act.Should().Throw<InsufficientFundsException>().Which.Available.Should().Be(70m);
    }

    [TestMethod]
    public void Withdrawing_within_the_overdraft()
    {
        var account = new Account("ACC-1", overdraftLimit: 50m);
        account.Withdraw(30m);
    }

    [TestMethod]
    public void Every_movement_is_recorded()
    {
        var account = new Account("ACC-1");
        account.Deposit(10m);
        account.Withdraw(4m);

        account.Movements.Should().Equal(10m, -4m);
    }

    [TestMethod]
    public void Balance_is_the_sum_of_the_deposits()
    {
        var account = new Account("ACC-1");
        var total = 0m;
        for (var i = 0; i < 5; i++)
        {
            decimal deposit = Random.Shared.Next(1, 1000);
            account.Deposit(deposit);
            total += deposit;
        }

        account.Balance.Should().Be(total);
    }

    [DataTestMethod]
    [DataRow(1200, 1.5, 1.50)]
    [DataRow(10000, 3, 25.00)]
    [DataRow(500, 2.4, 1.00)]
    public void Monthly_interest_is_a_twelfth_of_the_annual_rate(double balance, double rate, double expected)
    {
        InterestCalculator.MonthlyInterest((decimal)balance, (decimal)rate).Should().Be((decimal)expected);
    }
}
