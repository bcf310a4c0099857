using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.FailurePaths.RA3004ExceptionCheckedWithTryCatch>;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.FailurePaths.RA3004ExceptionCheckedWithTryCatch, RealismAnalyzers.CodeFixes.FailurePaths.RA3004UseThrowsAssertionFix>;

namespace RealismAnalyzers.Tests.Rules.FailurePaths;

public class RA3004ExceptionCheckedWithTryCatchTests
{
    private const string Production = """

        public class PaymentException : System.Exception
        {
            public PaymentException(string message) : base(message) { }
        }

        public sealed class PaymentDeclinedException : PaymentException
        {
            public PaymentDeclinedException(string message, string code) : base(message) => Code = code;
            public string Code { get; }
        }

        public sealed class PaymentService
        {
            public string Charge(string card, decimal amount) =>
                amount <= 0 ? throw new PaymentDeclinedException("Amount must be positive", "E01") : "ok";

            public async System.Threading.Tasks.Task<string> ChargeAsync(string card, decimal amount)
            {
                await System.Threading.Tasks.Task.Yield();
                return Charge(card, amount);
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_at_try_on_the_fail_guarded_pattern(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class PaymentServiceTests
        {
            [TEST]
            public async Task Declines_a_zero_amount()
            {
                var service = new PaymentService();
                {|#0:try|}
                {
                    service.Charge("4111-1111", 0m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentDeclinedException ex)
                {
                    ASSERT_EQUAL("E01", ex.Code);
                }
            }
        }
        """ + Production,
        Verifier.Diagnostic("RA3004").WithLocation(0).WithArguments(
            "Declines_a_zero_amount",
            "checks an exception with try/fail/catch: assert it with the framework's Throws form around the call that should throw"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_at_try_when_the_try_ends_in_another_unconditional_failure(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        [CLASS]
        public class PaymentServiceTests
        {
            private sealed class ExpectationMissedException : Exception { }

            [TEST]
            public async Task Declines_a_zero_amount()
            {
                var service = new PaymentService();
                {|#0:try|}
                {
                    service.Charge("4111-1111", 0m);
                    throw new ExpectationMissedException();
                }
                catch (PaymentDeclinedException)
                {
                }

                {|#1:try|}
                {
                    await service.ChargeAsync("4111-1111", -5m);
                    ASSERT_TRUE(false);
                }
                catch (PaymentDeclinedException ex)
                {
                    ASSERT_EQUAL("E01", ex.Code);
                }
            }
        }
        """ + Production,
        Verifier.Diagnostic("RA3004").WithLocation(0).WithArguments(
            "Declines_a_zero_amount",
            "checks an exception with try/fail/catch: assert it with the framework's Throws form around the call that should throw"),
        Verifier.Diagnostic("RA3004").WithLocation(1).WithArguments(
            "Declines_a_zero_amount",
            "checks an exception with try/fail/catch: assert it with the framework's Throws form around the call that should throw"));

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    [InlineData(Fw.MSTest)]
    [InlineData(Fw.TUnit)]
    public Task Fires_at_catch_when_assertion_failures_are_swallowed(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        [CLASS]
        public class PaymentServiceTests
        {
            [TEST]
            public async Task Charges_a_card()
            {
                var service = new PaymentService();
                try
                {
                    var receipt = service.Charge("4111-1111", 10m);
                    ASSERT_EQUAL("ok", receipt);
                }
                {|#0:catch|} (Exception ex)
                {
                    Console.WriteLine(ex.Message);
                }

                ASSERT_EQUAL("ok", service.Charge("4111-1111", 20m));
            }

            [TEST]
            public async Task Charges_twice()
            {
                try
                {
                    await ChargesOnceMore();
                }
                {|#1:catch|}
                {
                }

                ASSERT_EQUAL("ok", new PaymentService().Charge("4111-1111", 20m));
            }

            private static async Task ChargesOnceMore()
            {
                ASSERT_EQUAL("ok", new PaymentService().Charge("4111-1111", 30m));
                await Task.CompletedTask;
            }
        }
        """ + Production,
        Verifier.Diagnostic("RA3004").WithLocation(0).WithArguments(
            "Charges_a_card", "swallows the failures of the assertions in its try block in a catch block that neither asserts, rethrows nor records them: they cannot fail the test"),
        Verifier.Diagnostic("RA3004").WithLocation(1).WithArguments(
            "Charges_twice", "swallows the failures of the assertions in its try block in a catch block that neither asserts, rethrows nor records them: they cannot fail the test"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_at_catch_when_nothing_checks_the_outcome(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        [CLASS]
        public class PaymentServiceTests
        {
            [TEST]
            public async Task Charges_a_card()
            {
                var service = new PaymentService();
                ASSERT_EQUAL("ok", service.Charge("4111-1111", 10m));
                try
                {
                    await service.ChargeAsync("4111-1111", 20m);
                }
                {|#0:catch|}
                {
                }
            }

            [TEST]
            public async Task Refund_after_a_charge()
            {
                var service = new PaymentService();
                try
                {
                    var receipt = service.Charge("4111-1111", 0m);
                    ASSERT_EQUAL("ok", receipt);
                }
                {|#1:catch|} (PaymentException)
                {
                    // the sandbox declines now and then
                }
            }
        }
        """ + Production,
        Verifier.Diagnostic("RA3004").WithLocation(0).WithArguments(
            "Charges_a_card", "swallows exceptions in a catch block that neither asserts, rethrows nor records them, and nothing after it checks the outcome: the test cannot fail on them"),
        Verifier.Diagnostic("RA3004").WithLocation(1).WithArguments(
            "Refund_after_a_charge", "swallows exceptions in a catch block that neither asserts, rethrows nor records them, and nothing after it checks the outcome: the test cannot fail on them"));

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task Does_not_fire_when_nunit_records_the_assertion_failures_a_catch_would_swallow(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        public class PaymentServiceTests
        {
            [Test]
            public void Declines_a_zero_amount() =>
                Assert.Throws<PaymentDeclinedException>(() => new PaymentService().Charge("4111-1111", 0m));

            [Test]
            public void Charges_after_a_decline()
            {
                try
                {
                    Declines_a_zero_amount();
                }
                catch (Exception)
                {
                    // the first test's outcome is not this test's business
                }

                var service = new PaymentService();
                service.Charge("4111-1111", 10m);
            }

            [Test]
            public void Charges_a_card_and_again()
            {
                var service = new PaymentService();
                try
                {
                    Assert.That(service.Charge("4111-1111", 10m), Is.EqualTo("ok"));
                }
                catch (Exception ex)
                {
                    Console.WriteLine(ex.Message);
                }

                Assert.That(service.Charge("4111-1111", 20m), Is.EqualTo("ok"));
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_test_catches_what_it_provoked_and_checks_afterwards(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Moq;
        using NSubstitute;
        using NSubstitute.ExceptionExtensions;
        using FakeItEasy;

        public interface ILedger
        {
            Task RecordAsync(string entry);
            void Rollback();
        }

        [CLASS]
        public class LedgerTests
        {
            [TEST]
            public async Task A_faulted_charge_is_observed()
            {
                var completion = new TaskCompletionSource<string>();
                completion.SetException(new TimeoutException("gateway"));
                try
                {
                    await completion.Task;
                }
                catch (TimeoutException)
                {
                }

                ASSERT_TRUE(completion.Task.IsFaulted);
            }

            [TEST]
            public async Task A_failed_record_is_rolled_back_with_moq()
            {
                var ledger = new Mock<ILedger>();
                ledger.Setup(l => l.RecordAsync("charge")).ThrowsAsync(new InvalidOperationException("disk full"));
                try
                {
                    await ledger.Object.RecordAsync("charge");
                }
                catch (InvalidOperationException)
                {
                    ledger.Object.Rollback();
                }

                ledger.Verify(l => l.Rollback(), Moq.Times.Once());
            }

            [TEST]
            public async Task A_failed_record_is_rolled_back_with_nsubstitute()
            {
                var ledger = Substitute.For<ILedger>();
                ledger.RecordAsync("charge").Throws<InvalidOperationException>();
                try
                {
                    await ledger.RecordAsync("charge");
                }
                catch (InvalidOperationException)
                {
                    ledger.Rollback();
                }

                ledger.Received(1).Rollback();
            }

            [TEST]
            public async Task A_failed_record_is_rolled_back_with_fakeiteasy()
            {
                var ledger = A.Fake<ILedger>();
                A.CallTo(() => ledger.RecordAsync("charge")).Throws(new InvalidOperationException("disk full"));
                try
                {
                    await ledger.RecordAsync("charge");
                }
                catch (InvalidOperationException)
                {
                    ledger.Rollback();
                }

                A.CallTo(() => ledger.Rollback()).MustHaveHappenedOnceExactly();
            }

            [TEST]
            public async Task A_cancelled_wait_runs_the_callbacks()
            {
                using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(10));
                var called = false;
                cancellation.Token.Register(() => called = true);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), cancellation.Token);
                }
                catch (OperationCanceledException)
                {
                }

                ASSERT_TRUE(called);
            }

            [TEST]
            public async Task A_broken_batch_does_not_stop_the_next()
            {
                var ledger = Substitute.For<ILedger>();
                try
                {
                    Run(() => throw new Exception("broken batch"));
                }
                catch (Exception)
                {
                }

                await ledger.RecordAsync("next");
                await ledger.Received().RecordAsync("next");
            }

            private static void Run(Action batch) => batch();
        }
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_a_specific_catch_is_followed_by_checks_of_the_outcome(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        [CLASS]
        public class PaymentServiceTests
        {
            [TEST]
            public async Task A_declined_charge_leaves_no_receipt()
            {
                var service = new PaymentService();
                string? receipt = null;
                try
                {
                    receipt = service.Charge("4111-1111", 0m);
                }
                catch (PaymentDeclinedException)
                {
                    // declined, as it should be
                }

                ASSERT_TRUE(receipt == null);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_cleanup_in_finally_or_output_written_for_diagnosis(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        [CLASS]
        public class PaymentServiceTests
        {
            [TEST]
            public async Task Charges_through_the_gateway()
            {
                var gateway = Task.Run(() => { });
                try
                {
                    ASSERT_EQUAL("ok", new PaymentService().Charge("4111-1111", 10m));
                }
                finally
                {
                    try { await gateway; } catch { }
                }
            }

            [TEST]
            public async Task Charges_and_logs_the_card()
            {
                var service = new PaymentService();
                foreach (var property in typeof(PaymentService).GetProperties())
                {
                    try
                    {
                        var value = property.GetValue(service);
                        Console.WriteLine($"{property.Name}: {value}");
                    }
                    catch
                    {
                    }
                }

                ASSERT_EQUAL("ok", service.Charge("4111-1111", 10m));
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_cleanup_rethrow_recording_or_code_outside_tests(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        [CLASS]
        public class PaymentServiceTests
        {
            private readonly List<Exception> _errors = new List<Exception>();

            [TEST]
            public async Task Charges_with_cleanup()
            {
                var service = new PaymentService();
                try
                {
                    ASSERT_EQUAL("ok", service.Charge("4111-1111", 10m));
                }
                finally
                {
                    _errors.Clear();
                }
            }

            [TEST]
            public async Task Rethrows_with_context()
            {
                var service = new PaymentService();
                try
                {
                    ASSERT_EQUAL("ok", service.Charge("4111-1111", 10m));
                }
                catch (PaymentException ex)
                {
                    throw new InvalidOperationException("charge failed for the test card", ex);
                }
            }

            [TEST]
            public async Task Records_the_exception_for_a_later_assertion()
            {
                var service = new PaymentService();
                Exception? caught = null;
                try
                {
                    service.Charge("4111-1111", 0m);
                }
                catch (PaymentDeclinedException ex)
                {
                    caught = ex;
                }

                ASSERT_NOT_NULL(caught);
            }

            [TEST]
            public async Task Asserts_in_the_catch_block()
            {
                var service = new PaymentService();
                try
                {
                    service.Charge("4111-1111", 0m);
                }
                catch (PaymentDeclinedException ex)
                {
                    ASSERT_EQUAL("E01", ex.Code);
                }
            }

            [TEST]
            public async Task Swallows_only_inside_a_callback()
            {
                var service = new PaymentService();
                Func<string> charge = () =>
                {
                    try { return service.Charge("4111-1111", 0m); }
                    catch (PaymentException) { return "declined"; }
                };
                ASSERT_EQUAL("declined", charge());
            }

            private static string TryCharge(PaymentService service)
            {
                try { return service.Charge("4111-1111", 0m); }
                catch (PaymentException) { return "declined"; }
            }
        }
        """ + Production);

    [Fact]
    public Task Does_not_fire_when_the_catch_makes_the_test_inconclusive() => Verifier.VerifyAnalyzerAsync(Fw.NUnit4, """
        using System;
        public class PaymentServiceTests
        {
            [Test]
            public void Charges_against_the_sandbox()
            {
                var service = new PaymentService();
                try
                {
                    Assert.That(service.Charge("4111-1111", 10m), Is.EqualTo("ok"));
                }
                catch (TimeoutException)
                {
                    Assert.Inconclusive("sandbox unavailable");
                }
            }
        }
        """ + Production);

    [Fact]
    public Task Does_not_crash_on_half_typed_code() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV2, """
        public class PaymentServiceTests
        {
            [Fact]
            public void Declines()
            {
                {|#0:try|}
                {
                    new PaymentService().Charge("4111-1111", 0m);
                    Assert.Fail("expected a decline");
                }
                catch ({|CS0246:UnknownException|})
                {
                }
                try
                {
                {|CS1524:}|}
            }
        }
        """ + Production, Verifier.Diagnostic("RA3004").WithLocation(0).WithArguments(
            "Declines", "checks an exception with try/fail/catch: assert it with the framework's Throws form around the call that should throw"));

    [Fact]
    public Task Fix_uses_xunit_Throws_for_a_sealed_exception_and_keeps_the_assertions_on_it() => FixVerifier.VerifyFixAsync(Fw.XUnitV3, """
        public class PaymentServiceTests
        {
            [Fact]
            public void Declines_a_zero_amount()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    var card = "4111-1111";
                    service.Charge(card, 0m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentDeclinedException ex)
                {
                    Assert.Equal("E01", ex.Code);
                    Assert.Equal("Amount must be positive", ex.Message);
                }
            }
        }
        """ + Production, """
        public class PaymentServiceTests
        {
            [Fact]
            public void Declines_a_zero_amount()
            {
                var service = new PaymentService();
                var card = "4111-1111";
                var ex = Assert.Throws<PaymentDeclinedException>(() => service.Charge(card, 0m));
                Assert.Equal("E01", ex.Code);
                Assert.Equal("Amount must be positive", ex.Message);
            }
        }
        """ + Production);

    [Fact]
    public Task Fix_drops_a_throw_or_an_always_false_assertion_that_ends_the_try() => FixVerifier.VerifyFixAsync(Fw.XUnitV2, """
        using System;
        public class PaymentServiceTests
        {
            private sealed class ExpectationMissedException : Exception { }

            [Fact]
            public void Declines_a_zero_amount()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    service.Charge("4111-1111", 0m);
                    throw new ExpectationMissedException();
                }
                catch (PaymentDeclinedException ex)
                {
                    Assert.Equal("E01", ex.Code);
                }
            }

            [Fact]
            public void Declines_a_negative_amount()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    service.Charge("4111-1111", -1m);
                    Assert.True(false);
                }
                catch (PaymentDeclinedException ex)
                {
                    Assert.Equal("E01", ex.Code);
                }
            }
        }
        """ + Production, """
        using System;
        public class PaymentServiceTests
        {
            private sealed class ExpectationMissedException : Exception { }

            [Fact]
            public void Declines_a_zero_amount()
            {
                var service = new PaymentService();
                var ex = Assert.Throws<PaymentDeclinedException>(() => service.Charge("4111-1111", 0m));
                Assert.Equal("E01", ex.Code);
            }

            [Fact]
            public void Declines_a_negative_amount()
            {
                var service = new PaymentService();
                var ex = Assert.Throws<PaymentDeclinedException>(() => service.Charge("4111-1111", -1m));
                Assert.Equal("E01", ex.Code);
            }
        }
        """ + Production);

    // Real suites (CsvHelper): the call that throws may come before the statement just before the failure; every statement of
    // the try that may throw goes inside the assertion, so the rewritten test passes and fails as the original did.
    [Fact]
    public Task Fix_keeps_every_statement_that_may_throw_inside_the_assertion() => FixVerifier.VerifyFixAsync(Fw.XUnitV2, """
        using System.Threading.Tasks;
        public class PaymentServiceTests
        {
            [Fact]
            public void Declines_a_zero_amount_before_the_receipt()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    const string card = "4111-1111";
                    var receipt = service.Charge(card, 0m);
                    var length = receipt.Length;
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentDeclinedException ex)
                {
                    Assert.Equal("E01", ex.Code);
                }
            }

            [Fact]
            public async Task Declines_a_zero_amount_asynchronously()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    var receipt = await service.ChargeAsync("4111-1111", 0m);
                    service.Charge(receipt, 1m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentDeclinedException)
                {
                }
            }
        }
        """ + Production, """
        using System.Threading.Tasks;
        public class PaymentServiceTests
        {
            [Fact]
            public void Declines_a_zero_amount_before_the_receipt()
            {
                var service = new PaymentService();
                const string card = "4111-1111";
                var ex = Assert.Throws<PaymentDeclinedException>(() =>
                {
                    var receipt = service.Charge(card, 0m);
                    var length = receipt.Length;
                });
                Assert.Equal("E01", ex.Code);
            }

            [Fact]
            public async Task Declines_a_zero_amount_asynchronously()
            {
                var service = new PaymentService();
                await Assert.ThrowsAsync<PaymentDeclinedException>(async () =>
                {
                    var receipt = await service.ChargeAsync("4111-1111", 0m);
                    service.Charge(receipt, 1m);
                });
            }
        }
        """ + Production);

    [Fact]
    public Task Fix_all_rewrites_every_pattern_async_and_with_a_base_exception_type() => FixVerifier.VerifyFixAsync(Fw.XUnitV2, """
        using System.Threading.Tasks;
        public class PaymentServiceTests
        {
            [Fact]
            public async Task Declines_a_zero_amount_asynchronously()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    await service.ChargeAsync("4111-1111", 0m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentDeclinedException declined)
                {
                    Assert.Equal("E01", declined.Code);
                }
            }

            [Fact]
            public void Declines_a_negative_amount()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    var receipt = service.Charge("4111-1111", -5m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentException)
                {
                }
            }
        }
        """ + Production, """
        using System.Threading.Tasks;
        public class PaymentServiceTests
        {
            [Fact]
            public async Task Declines_a_zero_amount_asynchronously()
            {
                var service = new PaymentService();
                var declined = await Assert.ThrowsAsync<PaymentDeclinedException>(() => service.ChargeAsync("4111-1111", 0m));
                Assert.Equal("E01", declined.Code);
            }

            [Fact]
            public void Declines_a_negative_amount()
            {
                var service = new PaymentService();
                Assert.ThrowsAny<PaymentException>(() => service.Charge("4111-1111", -5m));
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task Fix_uses_NUnit_Throws_and_Catch(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using System.Threading.Tasks;
        public class PaymentServiceTests
        {
            [Test]
            public void Declines_a_zero_amount()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    service.Charge("4111-1111", 0m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentDeclinedException ex)
                {
                    Assert.That(ex.Code, Is.EqualTo("E01"));
                }
            }

            [Test]
            public async Task Declines_asynchronously()
            {
                var service = new PaymentService();
                await Task.Yield();
                {|RA3004:try|}
                {
                    await service.ChargeAsync("4111-1111", 0m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentException failure)
                {
                    Assert.That(failure.Message, Does.Contain("positive"));
                }
            }
        }
        """ + Production, """
        using System.Threading.Tasks;
        public class PaymentServiceTests
        {
            [Test]
            public void Declines_a_zero_amount()
            {
                var service = new PaymentService();
                var ex = Assert.Throws<PaymentDeclinedException>(() => service.Charge("4111-1111", 0m));
                Assert.That(ex.Code, Is.EqualTo("E01"));
            }

            [Test]
            public async Task Declines_asynchronously()
            {
                var service = new PaymentService();
                await Task.Yield();
                var failure = Assert.CatchAsync<PaymentException>(() => service.ChargeAsync("4111-1111", 0m));
                Assert.That(failure.Message, Does.Contain("positive"));
            }
        }
        """ + Production);

    [Fact]
    public Task Fix_uses_mstest_Throws_forms() => FixVerifier.VerifyFixAsync(Fw.MSTest, """
        using System.Threading.Tasks;
        [TestClass]
        public class PaymentServiceTests
        {
            [TestMethod]
            public void Declines_a_zero_amount()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    service.Charge("4111-1111", 0m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentDeclinedException ex)
                {
                    Assert.AreEqual("E01", ex.Code);
                }
            }

            [TestMethod]
            public async Task Declines_asynchronously()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    await service.ChargeAsync("4111-1111", 0m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentException)
                {
                }
            }
        }
        """ + Production, """
        using System.Threading.Tasks;
        [TestClass]
        public class PaymentServiceTests
        {
            [TestMethod]
            public void Declines_a_zero_amount()
            {
                var service = new PaymentService();
                var ex = Assert.ThrowsExactly<PaymentDeclinedException>(() => service.Charge("4111-1111", 0m));
                Assert.AreEqual("E01", ex.Code);
            }

            [TestMethod]
            public async Task Declines_asynchronously()
            {
                var service = new PaymentService();
                await Assert.ThrowsAsync<PaymentException>(() => service.ChargeAsync("4111-1111", 0m));
            }
        }
        """ + Production);

    [Fact]
    public Task Fix_uses_TUnit_Throws() => FixVerifier.VerifyFixAsync(Fw.TUnit, """
        using System.Threading.Tasks;
        public class PaymentServiceTests
        {
            [Test]
            public async Task Declines_a_zero_amount()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    await service.ChargeAsync("4111-1111", 0m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentDeclinedException ex)
                {
                    await Assert.That(ex.Code).IsEqualTo("E01");
                }
            }
        }
        """ + Production, """
        using System.Threading.Tasks;
        public class PaymentServiceTests
        {
            [Test]
            public async Task Declines_a_zero_amount()
            {
                var service = new PaymentService();
                var ex = await Assert.ThrowsAsync<PaymentDeclinedException>(() => service.ChargeAsync("4111-1111", 0m));
                await Assert.That(ex.Code).IsEqualTo("E01");
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.MSTest)]
    public Task Fix_uses_FluentAssertions_when_the_file_does(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using System.Threading.Tasks;
        using FluentAssertions;
        [CLASS]
        public class PaymentServiceTests
        {
            [TEST]
            public void Declines_a_zero_amount()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    service.Charge("4111-1111", 0m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentDeclinedException ex)
                {
                    ex.Code.Should().Be("E01");
                }
            }

            [TEST]
            public async Task Declines_asynchronously()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    await service.ChargeAsync("4111-1111", 0m);
                    Assert.Fail("expected the payment to be declined");
                }
                catch (PaymentException failure)
                {
                    failure.Message.Should().Contain("positive");
                }
            }
        }
        """ + Production, """
        using System.Threading.Tasks;
        using FluentAssertions;
        [CLASS]
        public class PaymentServiceTests
        {
            [TEST]
            public void Declines_a_zero_amount()
            {
                var service = new PaymentService();
                var ex = FluentActions.Invoking(() => service.Charge("4111-1111", 0m)).Should().Throw<PaymentDeclinedException>().Which;
                ex.Code.Should().Be("E01");
            }

            [TEST]
            public async Task Declines_asynchronously()
            {
                var service = new PaymentService();
                var failure = (await FluentActions.Awaiting(() => service.ChargeAsync("4111-1111", 0m)).Should().ThrowAsync<PaymentException>()).Which;
                failure.Message.Should().Contain("positive");
            }
        }
        """ + Production);

    [Fact]
    public Task No_fix_for_a_swallowing_catch_or_when_the_variable_would_clash() => FixVerifier.VerifyNoFixAsync(Fw.XUnitV3, """
        using System;
        public class PaymentServiceTests
        {
            [Fact]
            public void Charges()
            {
                var service = new PaymentService();
                try
                {
                    Assert.Equal("ok", service.Charge("4111-1111", 10m));
                }
                {|RA3004:catch|} (Exception)
                {
                }

                Assert.Equal("ok", service.Charge("4111-1111", 20m));
            }

            [Fact]
            public void Declines_twice()
            {
                var service = new PaymentService();
                {|RA3004:try|}
                {
                    service.Charge("4111-1111", 0m);
                    Assert.Fail("expected a decline");
                }
                catch (PaymentDeclinedException ex)
                {
                    Assert.Equal("E01", ex.Code);
                }

                {|RA3004:try|}
                {
                    service.Charge("4111-1111", -1m);
                    Assert.Fail("expected a decline");
                }
                catch (PaymentDeclinedException ex)
                {
                    Assert.Equal("E01", ex.Code);
                }
            }
        }
        """ + Production);
}
