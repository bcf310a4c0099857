using System;
using System.Threading;
using System.Threading.Tasks;

namespace Bank;

public interface IAccountStore
{
    Task<Account?> LoadAsync(string accountId, CancellationToken cancellationToken = default);

    Task SaveAsync(Account account, CancellationToken cancellationToken = default);
}

public interface IFraudCheck
{
    Task<bool> LooksSuspiciousAsync(string fromAccount, string toAccount, decimal amount, CancellationToken cancellationToken = default);
}

public interface IAuditLog
{
    void Record(string message);
}

public sealed record TransferResult(bool Succeeded, string? Reason)
{
    public static TransferResult Ok() => new(true, null);

    public static TransferResult Refused(string reason) => new(false, reason);
}

public sealed class TransferService
{
    private readonly IAccountStore _accounts;
    private readonly IFraudCheck _fraud;
    private readonly IAuditLog _audit;

    public TransferService(IAccountStore accounts, IFraudCheck fraud, IAuditLog audit)
    {
        _accounts = accounts;
        _fraud = fraud;
        _audit = audit;
    }

    public async Task<TransferResult> TransferAsync(string fromId, string toId, decimal amount, CancellationToken cancellationToken = default)
    {
        if (fromId == toId)
        {
            return TransferResult.Refused("Cannot transfer to the same account.");
        }

        var from = await _accounts.LoadAsync(fromId, cancellationToken) ?? throw new InvalidOperationException($"No account {fromId}.");
        var to = await _accounts.LoadAsync(toId, cancellationToken) ?? throw new InvalidOperationException($"No account {toId}.");

        if (await _fraud.LooksSuspiciousAsync(fromId, toId, amount, cancellationToken))
        {
            _audit.Record($"Transfer {fromId} -> {toId} of {amount} held for review.");
            return TransferResult.Refused("Held for review.");
        }

        from.Withdraw(amount);
        to.Deposit(amount);
        await _accounts.SaveAsync(from, cancellationToken);
        await _accounts.SaveAsync(to, cancellationToken);
        _audit.Record($"Transferred {amount} from {fromId} to {toId}.");
        return TransferResult.Ok();
    }
}

public static class InterestCalculator
{
    public static decimal MonthlyInterest(decimal balance, decimal annualRatePercent) =>
        balance <= 0 ? 0m : Math.Round(balance * annualRatePercent / 100m / 12m, 2, MidpointRounding.ToEven);
}
