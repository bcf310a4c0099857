using System.Threading;
using System.Threading.Tasks;
using AwesomeAssertions;
using FakeItEasy;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Bank.Tests;

[TestClass]
public class TransferServiceTests
{
    private readonly IAccountStore _accounts = A.Fake<IAccountStore>();
    private readonly IFraudCheck _fraud = A.Fake<IFraudCheck>();
    private readonly IAuditLog _audit = A.Fake<IAuditLog>();
    private Account _alice = null!;
    private Account _bob = null!;

    [TestInitialize]
    public void Initialize()
    {
        _alice = new Account("ALICE");
        _alice.Deposit(500m);
        _bob = new Account("BOB");
        A.CallTo(() => _accounts.LoadAsync("ALICE", A<CancellationToken>._)).Returns(_alice);
        A.CallTo(() => _accounts.LoadAsync("BOB", A<CancellationToken>._)).Returns(_bob);
    }

    private TransferService CreateService() => new(_accounts, _fraud, _audit);

    [TestMethod]
    public async Task A_transfer_moves_money_between_accounts()
    {
        var result = await CreateService().TransferAsync("ALICE", "BOB", 200m);

        result.Succeeded.Should().BeTrue();
        _alice.Balance.Should().Be(300m);
        _bob.Balance.Should().Be(200m);
        A.CallTo(() => _accounts.SaveAsync(A<Account>._, A<CancellationToken>._)).MustHaveHappenedTwiceExactly();
    }

    [TestMethod]
    public async Task Suspicious_transfers_are_held()
    {
        A.CallTo(() => _fraud.LooksSuspiciousAsync("ALICE", "BOB", 450m, A<CancellationToken>._)).Returns(true);

        var result = await CreateService().TransferAsync("ALICE", "BOB", 450m);

        result.Succeeded.Should().BeFalse();
        _alice.Balance.Should().Be(500m);
    }

    [TestMethod]
    public async Task Held_transfers_are_written_to_the_audit_log()
    {
        A.CallTo(() => _fraud.LooksSuspiciousAsync("ALICE", "BOB", 450m, A<CancellationToken>._)).Returns(true);

        await CreateService().TransferAsync("ALICE", "BOB", 450m);

        A.CallTo(() => _audit.Record(A<string>.That.Contains("held for review"))).MustHaveHappenedOnceExactly();
    }

    [TestMethod]
    public async Task Transfers_to_the_same_account_are_refused()
    {
        var fraud = A.Fake<IFraudCheck>();
        A.CallTo(() => fraud.LooksSuspiciousAsync(A<string>._, A<string>._, A<decimal>._, A<CancellationToken>._)).Returns(false);

        var result = await CreateService().TransferAsync("ALICE", "ALICE", 10m);

        result.Succeeded.Should().BeFalse();
        result.Reason.Should().Contain("same account");
    }

    [TestMethod]
    public async Task Transfers_are_audited()
    {
        await CreateService().TransferAsync("ALICE", "BOB", 10m);
    }

    [TestMethod]
    public void Transfers_between_currencies()
    {
        // Not supported yet: needs the FX rates service.
    }

    [TestMethod]
    public void A_slow_account_store_still_completes_the_transfer()
    {
        A.CallTo(() => _accounts.SaveAsync(A<Account>._, A<CancellationToken>._))
            .ReturnsLazily(async () =>
            {
                await Task.Delay(20);
            });

        var result = CreateService().TransferAsync("ALICE", "BOB", 100m).Result;

        result.Succeeded.Should().BeTrue();
        _bob.Balance.Should().Be(100m);
    }
}
