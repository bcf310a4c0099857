using System.Threading;
using System.Threading.Tasks;

namespace Shop.Payments;

public sealed class PaymentResult
{
    private PaymentResult(bool isSuccess, string? transactionId, string? error)
    {
        IsSuccess = isSuccess;
        TransactionId = transactionId;
        Error = error;
    }

    public bool IsSuccess { get; }

    public string? TransactionId { get; }

    public string? Error { get; }

    public static PaymentResult Succeeded(string transactionId) => new(true, transactionId, null);

    public static PaymentResult Failed(string error) => new(false, null, error);
}

public interface IPaymentGateway
{
    Task<PaymentResult> ChargeAsync(string customerId, decimal amount, string cardToken, CancellationToken cancellationToken = default);

    Task RefundAsync(string transactionId, decimal amount, CancellationToken cancellationToken = default);
}

public sealed class RefundPolicy
{
    public const int RefundWindowDays = 30;

    public bool CanRefund(int daysSincePurchase, bool itemOpened) =>
        daysSincePurchase >= 0 && daysSincePurchase <= RefundWindowDays && !itemOpened;
}
