using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2006TestVerifiesOnlyInteractions>;

namespace RealismAnalyzers.Tests.Rules.Mocking;

public class RA2006TestVerifiesOnlyInteractionsTests
{
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_tests_that_only_verify_that_calls_happened(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FakeItEasy;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class NotificationTests
        {
            [TEST]
            public void {|#0:Moq_confirmation_is_sent|}()
            {
                var email = new Mock<IEmailSender>();
                new Notifier(email.Object).Confirm("ann@shop.test");
                email.Verify(e => e.Send(It.IsAny<string>(), It.IsAny<string>()), Moq.Times.Once());
                email.VerifyNoOtherCalls();
            }

            [TEST]
            public void {|#1:NSubstitute_confirmation_is_sent|}()
            {
                var email = Substitute.For<IEmailSender>();
                new Notifier(email).Confirm("ann@shop.test");
                email.Received(1).Send(Arg.Any<string>(), Arg.Any<string>());
            }

            [TEST]
            public void {|#2:NSubstitute_with_any_arguments|}()
            {
                var email = Substitute.For<IEmailSender>();
                new Notifier(email).Confirm("ann@shop.test");
                email.ReceivedWithAnyArgs().Send(default!, default!);
            }

            [TEST]
            public void {|#3:FakeItEasy_confirmation_is_sent|}()
            {
                var email = A.Fake<IEmailSender>();
                new Notifier(email).Confirm("ann@shop.test");
                A.CallTo(() => email.Send(A<string>._, A<string>.Ignored)).MustHaveHappenedOnceExactly();
            }

            [TEST]
            public void {|#4:FakeItEasy_with_any_arguments|}()
            {
                var email = A.Fake<IEmailSender>();
                new Notifier(email).Confirm("ann@shop.test");
                A.CallTo(() => email.Send("", "")).WithAnyArguments().MustHaveHappened();
            }
        }

        namespace Shop
        {
            public class Notifier
            {
                private readonly IEmailSender _email;
                public Notifier(IEmailSender email) => _email = email;
                public bool Confirm(string to)
                {
                    _email.Send(to, "Order confirmed");
                    return true;
                }
            }
        }
        """ + ShopSources.Production,
        Verifier.Diagnostic().WithLocation(0).WithArguments("Moq_confirmation_is_sent", "with any arguments"),
        Verifier.Diagnostic().WithLocation(1).WithArguments("NSubstitute_confirmation_is_sent", "with any arguments"),
        Verifier.Diagnostic().WithLocation(2).WithArguments("NSubstitute_with_any_arguments", "with any arguments"),
        Verifier.Diagnostic().WithLocation(3).WithArguments("FakeItEasy_confirmation_is_sent", "with any arguments"),
        Verifier.Diagnostic().WithLocation(4).WithArguments("FakeItEasy_with_any_arguments", "with any arguments"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_verified_command_carries_what_the_code_produced(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using FakeItEasy;
        using Moq;
        using NSubstitute;
        using Shop;
        using Shop.Storage;

        [CLASS]
        public class LedgerTests
        {
            [TEST]
            public void Moq_booking_writes_the_total()
            {
                var transaction = new Mock<IStoreTransaction>();
                new Ledger(transaction.Object).Book(new Order(7, "ann@shop.test", 20m), 0.2m);
                transaction.Verify(t => t.Write("order:7", It.Is<decimal>(amount => amount == 24m)));
                transaction.Verify(t => t.Commit(), Moq.Times.Once());
            }

            [TEST]
            public void NSubstitute_booking_writes_the_total()
            {
                var transaction = Substitute.For<IStoreTransaction>();
                new Ledger(transaction).Book(new Order(7, "ann@shop.test", 20m), 0.2m);
                transaction.Received().Write(Arg.Any<string>(), Arg.Is<decimal>(amount => amount == 24m));
            }

            [TEST]
            public void FakeItEasy_booking_writes_the_total()
            {
                var transaction = A.Fake<IStoreTransaction>();
                new Ledger(transaction).Book(new Order(7, "ann@shop.test", 20m), 0.2m);
                A.CallTo(() => transaction.Write("order:7", 24m)).MustHaveHappened();
            }

            [TEST]
            public void FakeItEasy_argument_constraint()
            {
                var transaction = A.Fake<IStoreTransaction>();
                new Ledger(transaction).Book(new Order(7, "ann@shop.test", 20m), 0.2m);
                A.CallTo(() => transaction.Write(A<string>._, A<decimal>.That.Matches(amount => amount > 20m))).MustHaveHappened();
            }

            [TEST]
            public void Committing_is_the_whole_command()
            {
                var transaction = Substitute.For<IStoreTransaction>();
                new Ledger(transaction).Book(new Order(7, "ann@shop.test", 20m), 0.2m);
                transaction.Received(1).Commit();
            }

            [TEST]
            public void Nothing_is_written_for_an_empty_order()
            {
                var transaction = new Mock<IStoreTransaction>();
                new Ledger(transaction.Object).Book(new Order(7, "ann@shop.test", 0m), 0.2m);
                transaction.Verify(t => t.Write(It.IsAny<string>(), It.IsAny<decimal>()), Moq.Times.Never());
            }

            [TEST]
            public void NSubstitute_nothing_is_written()
            {
                var transaction = Substitute.For<IStoreTransaction>();
                new Ledger(transaction).Book(new Order(7, "ann@shop.test", 0m), 0.2m);
                transaction.DidNotReceiveWithAnyArgs().Write(default!, default);
            }

            [TEST]
            public void FakeItEasy_nothing_is_written()
            {
                var transaction = A.Fake<IStoreTransaction>();
                new Ledger(transaction).Book(new Order(7, "ann@shop.test", 0m), 0.2m);
                A.CallTo(() => transaction.Write(A<string>._, A<decimal>._)).MustNotHaveHappened();
            }

            [TEST]
            public void The_lock_is_released()
            {
                var handle = new Mock<IDisposable>();
                var locks = new Mock<ILockProvider>();
                locks.Setup(l => l.Acquire("ledger")).Returns(handle.Object);
                new Ledger(Mock.Of<IStoreTransaction>(), locks.Object).Book(new Order(7, "ann@shop.test", 20m), 0m);
                handle.Verify(h => h.Dispose(), Moq.Times.Once());
            }

            [TEST]
            public void Setups_marked_verifiable_are_not_read()
            {
                var transaction = new Mock<IStoreTransaction>();
                transaction.Setup(t => t.Write("order:7", 20m)).Verifiable();
                new Ledger(transaction.Object).Book(new Order(7, "ann@shop.test", 20m), 0m);
                transaction.Verify();
            }
        }

        namespace Shop.Storage
        {
            public interface IStoreTransaction
            {
                void Write(string key, decimal amount);
                void Commit();
            }

            public interface ILockProvider { IDisposable Acquire(string resource); }

            public class Ledger
            {
                private readonly IStoreTransaction _transaction;
                private readonly ILockProvider? _locks;

                public Ledger(IStoreTransaction transaction, ILockProvider? locks = null)
                {
                    _transaction = transaction;
                    _locks = locks;
                }

                public void Book(Order order, decimal tax)
                {
                    using (_locks?.Acquire("ledger"))
                    {
                        if (order.Total > 0)
                        {
                            _transaction.Write("order:" + order.Id, order.Total * (1 + tax));
                        }

                        _transaction.Commit();
                    }
                }
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_verified_call_is_a_log_entry(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using FakeItEasy;
        using Microsoft.Extensions.Logging;
        using Moq;
        using NSubstitute;
        using Shop;
        using Shop.Diagnostics;

        [CLASS]
        public class SlowQueryMonitorTests
        {
            [TEST]
            public void A_slow_query_is_logged()
            {
                var log = Substitute.For<IAuditLog>();
                new SlowQueryMonitor(log, NullLoggerFactoryStub.Logger).Observe(TimeSpan.FromSeconds(3));
                log.ReceivedWithAnyArgs().Warn(default!);
            }

            [TEST]
            public void A_slow_query_is_logged_through_microsoft_logging()
            {
                var logger = new Mock<ILogger>();
                new SlowQueryMonitor(A.Fake<IAuditLog>(), logger.Object).Observe(TimeSpan.FromSeconds(3));
                logger.Verify(l => l.Log(It.IsAny<LogLevel>(), It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.IsAny<Exception?>(),
                    It.IsAny<Func<It.IsAnyType, Exception?, string>>()));
            }

            [TEST]
            public void FakeItEasy_any_call_on_the_log()
            {
                var log = A.Fake<IAuditLog>();
                new SlowQueryMonitor(log, NullLoggerFactoryStub.Logger).Observe(TimeSpan.FromSeconds(3));
                A.CallTo(log).MustHaveHappened();
            }
        }

        namespace Shop.Diagnostics
        {
            public interface IAuditLog
            {
                void Warn(string message);
                void Info(string message);
                bool IsWarnEnabled();
            }

            public static class NullLoggerFactoryStub
            {
                public static ILogger Logger => Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
            }

            public class SlowQueryMonitor
            {
                private readonly IAuditLog _log;
                private readonly ILogger _logger;

                public SlowQueryMonitor(IAuditLog log, ILogger logger)
                {
                    _log = log;
                    _logger = logger;
                }

                public void Observe(TimeSpan elapsed)
                {
                    if (elapsed > TimeSpan.FromSeconds(1))
                    {
                        _log.Warn("slow query: " + elapsed);
                        _logger.LogWarning("slow query: {Elapsed}", elapsed);
                    }
                }
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_a_value_state_or_exception_is_checked(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class NotificationTests
        {
            [TEST]
            public void Result_and_call_are_checked()
            {
                var email = Substitute.For<IEmailSender>();
                var sent = new Notifier(email).Confirm("ann@shop.test");
                sent.Should().BeTrue();
                email.Received(1).Send(Arg.Any<string>(), Arg.Any<string>());
            }

            [TEST]
            public void Exception_and_call_are_checked()
            {
                var email = new Mock<IEmailSender>();
                var notifier = new Notifier(email.Object);
                FluentActions.Invoking(() => notifier.Confirm("")).Should().Throw<ArgumentException>();
                email.Verify(e => e.Send(It.IsAny<string>(), It.IsAny<string>()), Times.Never());
            }

            [TEST]
            public void Checked_through_a_helper()
            {
                var email = Substitute.For<IEmailSender>();
                var sent = new Notifier(email).Confirm("ann@shop.test");
                email.Received(1).Send(Arg.Any<string>(), Arg.Any<string>());
                ExpectSent(sent);
            }

            [TEST]
            public void Fails_on_its_own_condition()
            {
                var email = Substitute.For<IEmailSender>();
                if (!new Notifier(email).Confirm("ann@shop.test"))
                {
                    throw new InvalidOperationException("not sent");
                }

                email.Received(1).Send(Arg.Any<string>(), Arg.Any<string>());
            }

            [TEST]
            public void No_check_at_all_is_RA1001s_business()
            {
                new Notifier(Substitute.For<IEmailSender>()).Confirm("ann@shop.test");
            }

            [SKIPPED]
            public void Skipped()
            {
                var email = Substitute.For<IEmailSender>();
                email.Received(1).Send(Arg.Any<string>(), Arg.Any<string>());
            }

            private static void ExpectSent(bool sent) => sent.Should().BeTrue();
        }

        namespace Shop
        {
            public class Notifier
            {
                private readonly IEmailSender _email;
                public Notifier(IEmailSender email) => _email = email;
                public bool Confirm(string to)
                {
                    if (to.Length == 0) throw new ArgumentException("no recipient", nameof(to));
                    _email.Send(to, "Order confirmed");
                    return true;
                }
            }
        }
        """ + ShopSources.Production);

    // Hangfire's SqlServerConnectionFacts.FetchNextJob_DelegatesItsExecution_ToTheQueue: the job the connection fetched is dropped, and
    // the only check is that the queue received the very queues and token the test passed in.
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_a_result_is_ignored_and_only_the_inputs_are_verified_as_passed_on(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using FakeItEasy;
        using Moq;
        using NSubstitute;
        using Jobs;

        [CLASS]
        public class ConnectionTests
        {
            private readonly Mock<IJobQueue> _queue = new Mock<IJobQueue>();

            [TEST]
            public void {|#0:Moq_fetching_delegates_to_the_queue|}()
            {
                UseConnection(connection =>
                {
                    var token = new CancellationToken();
                    var queues = new[] { "default" };

                    connection.FetchNextJob(queues, token);

                    _queue.Verify(q => q.Dequeue(queues, token));
                });
            }

            [TEST]
            public void {|#1:NSubstitute_fetching_delegates_to_the_queue|}()
            {
                var queue = Substitute.For<IJobQueue>();
                var queues = new[] { "critical" };

                _ = new Connection(queue).FetchNextJob(queues, CancellationToken.None);

                queue.Received(1).Dequeue(queues, Arg.Any<CancellationToken>());
            }

            [TEST]
            public async Task {|#2:FakeItEasy_fetching_delegates_to_the_queue|}()
            {
                var queue = A.Fake<IJobQueue>();
                var connection = new Connection(queue);

                var job = await connection.FetchNextJobAsync("mail");

                A.CallTo(() => queue.DequeueAsync("mail")).MustHaveHappenedOnceExactly();
            }

            private void UseConnection(Action<Connection> action) => action(new Connection(_queue.Object));
        }

        namespace Jobs
        {
            public interface IJobQueue
            {
                string? Dequeue(string[] queues, CancellationToken token);
                Task<string?> DequeueAsync(string queue);
            }

            public class Connection
            {
                private readonly IJobQueue _queue;
                public Connection(IJobQueue queue) => _queue = queue;
                public string? FetchNextJob(string[] queues, CancellationToken token) => _queue.Dequeue(queues, token);
                public Task<string?> FetchNextJobAsync(string queue) => _queue.DequeueAsync(queue);
            }
        }
        """,
        Verifier.Diagnostic().WithLocation(0).WithArguments("Moq_fetching_delegates_to_the_queue", "with nothing but the inputs it passed in, ignoring what 'FetchNextJob' returns"),
        Verifier.Diagnostic().WithLocation(1).WithArguments("NSubstitute_fetching_delegates_to_the_queue", "with nothing but the inputs it passed in, ignoring what 'FetchNextJob' returns"),
        Verifier.Diagnostic().WithLocation(2).WithArguments("FakeItEasy_fetching_delegates_to_the_queue", "with nothing but the inputs it passed in, ignoring what 'FetchNextJobAsync' returns"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_passing_inputs_on_is_all_the_code_produces(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using FakeItEasy;
        using Moq;
        using NSubstitute;
        using Jobs;

        [CLASS]
        public class ConnectionTests
        {
            [TEST]
            public void The_fetched_job_is_checked()
            {
                var queue = new Mock<IJobQueue>();
                var queues = new[] { "default" };

                var job = new Connection(queue.Object).FetchNextJob(queues, CancellationToken.None);

                queue.Verify(q => q.Dequeue(queues, CancellationToken.None));
                if (job is not null) throw new InvalidOperationException("nothing was queued");
            }

            [TEST]
            public void A_command_returns_nothing_and_sends_the_inputs_on()
            {
                var queue = Substitute.For<IJobQueue>();

                new Connection(queue).Requeue("job-7", "default");

                queue.Received(1).Enqueue("default", "job-7");
            }

            [TEST]
            public void The_verified_value_is_computed_by_the_code()
            {
                var queue = A.Fake<IJobQueue>();

                new Connection(queue).FetchNextJob(new[] { "default" }, CancellationToken.None);

                A.CallTo(() => queue.Dequeue(A<string[]>.That.Matches(q => q.Length == 2), A<CancellationToken>._)).MustHaveHappened();
            }

            [TEST]
            public void The_verified_value_is_not_an_input()
            {
                var queue = Substitute.For<IJobQueue>();

                new Connection(queue).FetchNextJob(new[] { "default" }, CancellationToken.None);

                queue.Received(1).Dequeue(Arg.Any<string[]>(), Connection.Timeout);
            }

            [TEST]
            public void The_verified_value_is_computed_from_an_input()
            {
                var queue = new Mock<IJobQueue>();
                var timeout = TimeSpan.FromSeconds(5);

                queue.Object.Lock("job-7", timeout);

                queue.Verify(q => q.Acquire("job:job-7:lock", timeout));
            }

            [TEST]
            public void The_verified_double_is_another_one_of_the_same_type()
            {
                var queue = new Mock<IJobQueue>();
                var first = new Mock<IJob>();
                var second = new Mock<IJob>();

                new Connection(queue.Object).Run(first.Object);

                queue.Verify(q => q.Schedule(second.Object));
            }

            [TEST]
            public void A_fluent_call_returns_its_receiver()
            {
                var queue = new Mock<IJobQueue>();

                new Connection(queue.Object).Pause("default");

                queue.Verify(q => q.Enqueue("paused", "default"));
            }

            [TEST]
            public async Task An_awaited_task_without_result()
            {
                var queue = A.Fake<IJobQueue>();

                await new Connection(queue).DrainAsync("mail");

                A.CallTo(() => queue.DequeueAsync("mail")).MustHaveHappened();
            }
        }

        namespace Jobs
        {
            public interface IJobQueue
            {
                string? Dequeue(string[] queues, CancellationToken token);
                Task<string?> DequeueAsync(string queue);
                void Enqueue(string queue, string job);
                IDisposable Acquire(string resource, TimeSpan timeout);
                bool Schedule(IJob job);
            }

            public interface IJob { }

            public static class QueueExtensions
            {
                public static IDisposable Lock(this IJobQueue queue, string job, TimeSpan timeout) => queue.Acquire("job:" + job + ":lock", timeout);
            }

            public class Connection
            {
                public static readonly CancellationToken Timeout = new CancellationTokenSource(1000).Token;
                private readonly IJobQueue _queue;
                public Connection(IJobQueue queue) => _queue = queue;
                public string? FetchNextJob(string[] queues, CancellationToken token) => _queue.Dequeue(new[] { queues[0], "fallback" }, Timeout);
                public void Requeue(string job, string queue) => _queue.Enqueue(queue, job);
                public Connection Pause(string queue) { _queue.Enqueue("paused", queue); return this; }
                public async Task DrainAsync(string queue) => await _queue.DequeueAsync(queue);
                public bool Run(IJob job) => _queue.Schedule(job);
            }
        }
        """);

    [Fact]
    public Task Does_not_fire_with_an_expected_exception_attribute() => Verifier.VerifyAnalyzerAsync(Fw.MSTest, """
        using System;
        using NSubstitute;
        using Shop;

        [TestClass]
        public class NotificationTests
        {
            [TestMethod, ExpectedException(typeof(ArgumentException))]
            public void Throws_and_verifies()
            {
                var email = Substitute.For<IEmailSender>();
                email.DidNotReceiveWithAnyArgs().Send(default!, default!);
                throw new ArgumentException();
            }
        }
        """ + ShopSources.Production);

    [Fact]
    public Task Does_not_crash_on_half_typed_code() => Verifier.VerifyAnalyzerAsync(Fw.NUnit3, """
        using Moq;
        using Shop;

        public class NotificationTests
        {
            [Test]
            public void Half_typed()
            {
                var email = new Mock<IEmailSender>();
                email.Verify(e => e.{|CS1061:Sned|}());
                email.Verify({|CS1026:;|}
            }
        }
        """ + ShopSources.Production);
}
