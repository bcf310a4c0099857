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
        Verifier.Diagnostic().WithLocation(0).WithArguments("Moq_confirmation_is_sent"),
        Verifier.Diagnostic().WithLocation(1).WithArguments("NSubstitute_confirmation_is_sent"),
        Verifier.Diagnostic().WithLocation(2).WithArguments("NSubstitute_with_any_arguments"),
        Verifier.Diagnostic().WithLocation(3).WithArguments("FakeItEasy_confirmation_is_sent"),
        Verifier.Diagnostic().WithLocation(4).WithArguments("FakeItEasy_with_any_arguments"));

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
