namespace RealismAnalyzers.Tests.Rules.Determinism;

/// <summary>The production code the determinism tests exercise: a small shop checkout.</summary>
internal static class DeterminismSources
{
    public const string Production = """

        public interface IPaymentGateway
        {
            System.Threading.Tasks.Task<bool> ChargeAsync(decimal amount);
            System.Threading.Tasks.Task<decimal> BalanceAsync(string account);
            void Refund(decimal amount);
        }

        public interface IClock { System.DateTime Now { get; } }

        public sealed class Order
        {
            public Order(string customer) { Customer = customer; }
            public string Customer { get; }
            public System.DateTime PlacedAt { get; set; }
            public decimal Total { get; private set; }
            public void Add(decimal price) => Total += price;
            public bool IsOverdue(System.DateTime now) => now - PlacedAt > System.TimeSpan.FromDays(30);
        }

        public sealed class CheckoutService
        {
            private readonly IPaymentGateway _gateway;
            public CheckoutService(IPaymentGateway gateway, System.TimeSpan timeout) { _gateway = gateway; Timeout = timeout; }
            public System.TimeSpan Timeout { get; }
            public System.Threading.Tasks.Task<bool> PayAsync(Order order) => _gateway.ChargeAsync(order.Total);
            public System.Threading.Tasks.Task<int> PendingCountAsync() => System.Threading.Tasks.Task.FromResult(0);
            public System.Threading.Tasks.Task ProcessQueueAsync() => System.Threading.Tasks.Task.CompletedTask;
            public System.Threading.Tasks.ValueTask<int> CachedCountAsync() => new System.Threading.Tasks.ValueTask<int>(0);
            public System.Threading.Tasks.Task RunWithTimeoutAsync(System.Func<System.Threading.CancellationToken, System.Threading.Tasks.Task> work, System.TimeSpan timeout) => work(System.Threading.CancellationToken.None);
            public void ScheduleDelivery(System.DateTime at) { }
            public string Describe(Order order) => order.Customer;
        }
        """;
}
