using RealismAnalyzers.Rules.Trivial;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1004AsyncAssertionNotAwaited>;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1004AsyncAssertionNotAwaited, RealismAnalyzers.CodeFixes.Trivial.RA1004AwaitAssertionFix>;

namespace RealismAnalyzers.Tests.Rules.Trivial;

public class RA1004AsyncAssertionNotAwaitedTests
{
    private const string Production = """

        namespace Bank
        {
            public sealed class InsufficientFundsException : System.Exception { }
            public sealed class Account
            {
                public decimal Balance { get; private set; }
                public System.Threading.Tasks.Task WithdrawAsync(decimal amount) =>
                    amount > Balance ? System.Threading.Tasks.Task.FromException(new InsufficientFundsException()) : System.Threading.Tasks.Task.CompletedTask;
                public System.Threading.Tasks.Task<decimal> BalanceAsync() => System.Threading.Tasks.Task.FromResult(Balance);
            }
        }
        """;

    private static string Pick(Fw fw, string xunit, string nunit, string mstest, string tunit) => fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => xunit,
        Fw.NUnit3 or Fw.NUnit4 => nunit,
        Fw.MSTest => mstest,
        _ => tunit,
    };

    private const string ReportFrameworkCovered = RealismAnalyzers.Model.RealismOptions.DeferToFrameworkAnalyzers + " = false";

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_the_frameworks_async_assertions_when_told_not_to_defer(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, FrameworkAssertions(fw), ReportFrameworkCovered);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Leaves_to_the_frameworks_own_analyzer_what_it_reports(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, FrameworkAssertions(fw)
        .Replace("{|RA1004:Assert.ThrowsAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))|}", fw == Fw.MSTest || fw == Fw.TUnit ? "{|RA1004:Assert.ThrowsAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))|}" : "Assert.ThrowsAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))")
        .Replace("{|RA1004:Assert.ThrowsAnyAsync<System.Exception>(() => account.WithdrawAsync(10m))|}", "Assert.ThrowsAnyAsync<System.Exception>(() => account.WithdrawAsync(10m))")
        .Replace("{|RA1004:Assert.ThatAsync(", "Assert.ThatAsync(").Replace("Throws.TypeOf<InsufficientFundsException>())|}", "Throws.TypeOf<InsufficientFundsException>())")
        .Replace("{|RA1004:Assert.That(account.Balance).IsEqualTo(0m)|}", "Assert.That(account.Balance).IsEqualTo(0m)")
        .Replace("{|RA1004:Assert.That(account.Balance).IsGreaterThanOrEqualTo(0m).And.IsLessThan(10m)|}", "Assert.That(account.Balance).IsGreaterThanOrEqualTo(0m).And.IsLessThan(10m)"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_what_the_frameworks_own_analyzer_misses(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public async Task Withdrawing_too_much_fails()
            {
                var account = new Account();
                await Task.Yield();
        """ + Pick(fw,
        """
                var pending = {|RA1004:Assert.ThrowsAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))|};
        """,
        fw == Fw.NUnit3 ? "" : """
                _ = {|RA1004:Assert.ThatAsync(() => account.WithdrawAsync(10m), Throws.TypeOf<InsufficientFundsException>())|};
                var pending = {|RA1004:Assert.ThatAsync(() => account.WithdrawAsync(10m), Throws.TypeOf<InsufficientFundsException>())|};
        """,
        """
                {|RA1004:Assert.ThrowsExceptionAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))|};
        """,
        """
                {|RA1004:Assert.ThrowsAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))|};
        """) + """

            }
        }
        """ + Production);

    private static string FrameworkAssertions(Fw fw) => """
        using System.Threading.Tasks;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public async Task Withdrawing_too_much_fails()
            {
                var account = new Account();
                await Task.Yield();
        """ + Pick(fw,
        """
                {|RA1004:Assert.ThrowsAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))|};
                _ = {|RA1004:Assert.ThrowsAnyAsync<System.Exception>(() => account.WithdrawAsync(10m))|};
        """,
        """
                {|RA1004:Assert.ThatAsync(() => account.WithdrawAsync(10m), Throws.TypeOf<InsufficientFundsException>())|};
        """.Replace("{|RA1004:Assert.ThatAsync(() => account.WithdrawAsync(10m), Throws.TypeOf<InsufficientFundsException>())|}", fw == Fw.NUnit3 ? "Assert.That(() => account.WithdrawAsync(10m), Throws.TypeOf<InsufficientFundsException>())" : "{|RA1004:Assert.ThatAsync(() => account.WithdrawAsync(10m), Throws.TypeOf<InsufficientFundsException>())|}"),
        """
                {|RA1004:Assert.ThrowsExceptionAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))|};
        """,
        """
                {|RA1004:Assert.ThrowsAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))|};
                {|RA1004:Assert.That(account.Balance).IsEqualTo(0m)|};
                {|RA1004:Assert.That(account.Balance).IsGreaterThanOrEqualTo(0m).And.IsLessThan(10m)|};
        """) + """

            }
        }
        """ + Production;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_assertion_libraries(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public void Withdrawing_too_much_fails()
            {
                var account = new Account();
                Func<Task> withdraw = () => account.WithdrawAsync(10m);
                {|RA1004:withdraw.Should().ThrowAsync<InsufficientFundsException>()|};
                {|RA1004:withdraw.Should().ThrowExactlyAsync<InsufficientFundsException>()|}.WithMessage("*");
                {|RA1004:withdraw.Should().NotThrowAsync()|};
                {|RA1004:withdraw.Should().CompleteWithinAsync(TimeSpan.FromSeconds(1))|};
                {|RA1004:withdraw.ShouldThrowAsync<InsufficientFundsException>()|};
                {|RA1004:Should.ThrowAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))|};
                var unused = {|RA1004:withdraw.Should().ThrowAsync<InsufficientFundsException>()|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_AwesomeAssertions(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using AwesomeAssertions;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public void Withdrawing_too_much_fails()
            {
                var account = new Account();
                Func<Task> withdraw = () => account.WithdrawAsync(10m);
                {|RA1004:withdraw.Should().ThrowAsync<InsufficientFundsException>()|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_awaited_returned_or_stored_and_awaited(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public async Task Awaited()
            {
                var account = new Account();
                Func<Task> withdraw = () => account.WithdrawAsync(10m);
                await withdraw.Should().ThrowAsync<InsufficientFundsException>();
                await withdraw.Should().ThrowAsync<InsufficientFundsException>().WithMessage("*");
                await withdraw.Should().ThrowAsync<InsufficientFundsException>().ConfigureAwait(false);
                await withdraw.ShouldThrowAsync<InsufficientFundsException>();
                var pending = withdraw.Should().ThrowAsync<InsufficientFundsException>();
                await pending;
                var first = withdraw.ShouldThrowAsync<InsufficientFundsException>();
                var second = withdraw.ShouldThrowAsync<InsufficientFundsException>();
                await Task.WhenAll(first, second);
            }

            [TEST]
            public Task Returned()
            {
                var account = new Account();
                Func<Task> withdraw = () => account.WithdrawAsync(10m);
                return withdraw.Should().ThrowAsync<InsufficientFundsException>();
            }

            [TEST]
            public Task Expression_bodied() => ((Func<Task>)(() => new Account().WithdrawAsync(10m))).ShouldThrowAsync<InsufficientFundsException>();

            private static Task Helper(Account account) => Should.ThrowAsync<InsufficientFundsException>(() => account.WithdrawAsync(1m));
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_synchronous_assertions(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using FluentAssertions;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public void Synchronous()
            {
                Action act = () => throw new InsufficientFundsException();
                act.Should().Throw<InsufficientFundsException>();
                new Account().Balance.Should().Be(0m);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_code(Fw fw) => BrokenCode<RA1004AsyncAssertionNotAwaited>.VerifyNoDiagnosticAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public void Broken()
            {
                Func<Task> act = () => Task.CompletedTask;
                act.Should().ThrowAsync<
                act.Should().ThrowAsync<Missing>();
        """);

    [Fact]
    public Task Fix_awaits_and_makes_a_void_test_async_Task() => FixVerifier.VerifyFixAsync(Frameworks.References(Fw.XUnitV2), """
        using Bank;
        using Xunit;
        public class AccountTests
        {
            [Fact]
            public void Withdrawing_too_much_fails()
            {
                var account = new Account();
                {|RA1004:Assert.ThrowsAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m))|};
            }
        }
        """ + Production, """
        using System.Threading.Tasks;
        using Bank;
        using Xunit;
        public class AccountTests
        {
            [Fact]
            public async Task Withdrawing_too_much_fails()
            {
                var account = new Account();
                await Assert.ThrowsAsync<InsufficientFundsException>(() => account.WithdrawAsync(10m));
            }
        }
        """ + Production, ReportFrameworkCovered);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Fix_All_awaits_every_assertion_and_makes_each_method_async_once(Fw fw)
    {
        var source = """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public void Withdrawing_too_much_fails()
            {
                var account = new Account();
                Func<Task> withdraw = () => account.WithdrawAsync(10m);
                {|RA1004:withdraw.Should().ThrowAsync<InsufficientFundsException>()|}.WithMessage("*");
                _ = {|RA1004:withdraw.Should().ThrowExactlyAsync<InsufficientFundsException>()|};
            }

            [TEST]
            public async Task Already_async()
            {
                var account = new Account();
                Func<Task> withdraw = () => account.WithdrawAsync(10m);
                {|RA1004:withdraw.Should().ThrowAsync<InsufficientFundsException>()|};
                await Task.Yield();
            }
        }
        """ + Production;
        var fixedSource = """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public async Task Withdrawing_too_much_fails()
            {
                var account = new Account();
                Func<Task> withdraw = () => account.WithdrawAsync(10m);
                await withdraw.Should().ThrowAsync<InsufficientFundsException>().WithMessage("*");
                await withdraw.Should().ThrowExactlyAsync<InsufficientFundsException>();
            }

            [TEST]
            public async Task Already_async()
            {
                var account = new Account();
                Func<Task> withdraw = () => account.WithdrawAsync(10m);
                await withdraw.Should().ThrowAsync<InsufficientFundsException>();
                await Task.Yield();
            }
        }
        """ + Production;
        await FixVerifier.VerifyFixAsync(fw, source, fixedSource);
        await FixOutcome.AssertNoNewFindingAsync(fw, source, fixedSource);
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_an_assertion_whose_throwing_the_test_asserts(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Bank;
        [CLASS]
        public class AssertionGuardTests
        {
            [TEST]
            public void Building_the_assertion_validates_its_arguments()
            {
                var account = new Account();
                Action act = () => account.Invoking(a => a.WithdrawAsync(-1m)).Should().ThrowAsync<ArgumentException>().WithMessage(null!);
                act.Should().Throw<ArgumentNullException>();
                ExpectRejected(() => account.Awaiting(a => a.WithdrawAsync(-1m)).Should().NotThrowAsync());
        """ + Pick(fw,
        """
                Assert.Throws<ArgumentNullException>(() => { Assert.ThrowsAsync<InsufficientFundsException>(null!); });
        """,
        """
                Assert.That(() => account.Awaiting(a => a.WithdrawAsync(-1m)).Should().ThrowAsync<ArgumentException>(), Throws.ArgumentNullException);
        """,
        """
                Assert.ThrowsException<ArgumentNullException>(() => Assert.ThrowsExceptionAsync<InsufficientFundsException>(null!));
        """,
        """
                Assert.Throws<ArgumentOutOfRangeException>(() => Assert.That(account.Balance).IsEqualTo(0m));
        """) + """

            }

            private static void ExpectRejected(Action action) => action.Should().Throw<ArgumentException>();
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_in_a_lambda_that_is_not_asserted_to_throw(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Collections.Generic;
        using FluentAssertions;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public void Every_withdrawal_fails()
            {
                var accounts = new List<Account> { new Account(), new Account() };
                accounts.ForEach(account => {|RA1004:account.Awaiting(a => a.WithdrawAsync(10m)).Should().ThrowAsync<InsufficientFundsException>()|});
                Action act = () => {|RA1004:new Account().Awaiting(a => a.WithdrawAsync(10m)).Should().ThrowAsync<InsufficientFundsException>()|};
                act.Should().NotThrow();
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_is_not_offered_in_a_void_helper_whose_callers_would_drop_its_task(Fw fw) => FixVerifier.VerifyNoFixAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public void Withdrawing_too_much_fails()
            {
                ExpectInsufficientFunds(new Account());
            }

            private static void ExpectInsufficientFunds(Account account)
            {
                Func<Task> withdraw = () => account.WithdrawAsync(10m);
                {|RA1004:withdraw.Should().ThrowAsync<InsufficientFundsException>()|};
            }
        }
        """ + Production);
}
