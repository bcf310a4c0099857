using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2006TestVerifiesOnlyInteractions>;

namespace RealismAnalyzers.Tests.Rules.Mocking;

public class RA2006TestVerifiesOnlyInteractionsTests
{
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_tests_that_only_verify_calls(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
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
                email.Verify(e => e.Send("ann@shop.test", "Order confirmed"), Moq.Times.Once());
                email.VerifyNoOtherCalls();
            }

            [TEST]
            public void {|#1:NSubstitute_confirmation_is_sent|}()
            {
                var email = Substitute.For<IEmailSender>();
                new Notifier(email).Confirm("ann@shop.test");
                email.Received(1).Send("ann@shop.test", "Order confirmed");
            }

            [TEST]
            public void {|#2:FakeItEasy_confirmation_is_sent|}()
            {
                var email = A.Fake<IEmailSender>();
                new Notifier(email).Confirm("ann@shop.test");
                A.CallTo(() => email.Send("ann@shop.test", "Order confirmed")).MustHaveHappenedOnceExactly();
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
        Verifier.Diagnostic().WithLocation(2).WithArguments("FakeItEasy_confirmation_is_sent"));

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
                email.Received(1).Send("ann@shop.test", "Order confirmed");
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
                email.Received(1).Send("ann@shop.test", "Order confirmed");
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

                email.Received(1).Send("ann@shop.test", "Order confirmed");
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
                email.Received(1).Send("ann@shop.test", "Order confirmed");
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
