using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.FailurePaths.RA3002ExceptionAssertionIsTooBroad>;

namespace RealismAnalyzers.Tests.Rules.FailurePaths;

public class RA3002ExceptionAssertionIsTooBroadTests
{
    private const string Production = """

        public class PaymentException : System.Exception { }
        public sealed class CardDeclinedException : PaymentException { }

        public sealed class RefundService
        {
            public void Refund(string paymentId)
            {
                if (string.IsNullOrEmpty(paymentId)) throw new System.ArgumentException("A payment id is required.", nameof(paymentId));
                throw new CardDeclinedException();
            }

            public System.Threading.Tasks.Task RefundAsync(string paymentId) => System.Threading.Tasks.Task.Run(() => Refund(paymentId));
        }
        """;

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public Task Fires_on_xunit_assertions_that_accept_any_exception(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        public class RefundTests
        {
            [Fact]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                {|RA3002:Assert.ThrowsAny<Exception>(() => service.Refund("p-1"))|};
                await {|RA3002:Assert.ThrowsAnyAsync<SystemException>(() => service.RefundAsync("p-1"))|};
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task Fires_on_nunit_assertions_of_any_exception(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        public class RefundTests
        {
            [Test]
            public void Refund_fails()
            {
                var service = new RefundService();
                {|RA3002:Assert.Catch(() => service.Refund("p-1"))|};
                {|RA3002:Assert.Catch<Exception>(() => service.Refund("p-1"))|};
                {|RA3002:Assert.Catch(typeof(SystemException), () => service.Refund("p-1"))|};
                {|RA3002:Assert.CatchAsync(() => service.RefundAsync("p-1"))|};
                {|RA3002:Assert.That(() => service.Refund("p-1"), Throws.Exception)|};
                {|RA3002:Assert.That(() => service.Refund("p-1"), Throws.InstanceOf<SystemException>())|};
                {|RA3002:Assert.That(() => service.Refund("p-1"), Throws.Exception.InstanceOf<Exception>())|};
                var caught = {|RA3002:Assert.Catch(() => service.Refund("p-1"))|};
                Assert.That(caught, Is.Not.Null);
            }
        }
        """ + Production);

    [Fact]
    public Task Fires_on_mstest_assertions_and_attribute_that_accept_derived_types() => Verifier.VerifyAnalyzerAsync(Fw.MSTest, """
        using System;
        using System.Threading.Tasks;
        [TestClass]
        public class RefundTests
        {
            [TestMethod]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                {|RA3002:Assert.Throws<Exception>(() => service.Refund("p-1"))|};
                await {|RA3002:Assert.ThrowsAsync<SystemException>(() => service.RefundAsync("p-1"))|};
            }

            [TestMethod]
            [{|RA3002:ExpectedException(typeof(Exception), AllowDerivedTypes = true)|}]
            public void Refund_throws() => new RefundService().Refund("p-1");
        }
        """ + Production);

    [Fact]
    public Task Fires_on_tunit_assertions_of_any_exception() => Verifier.VerifyAnalyzerAsync(Fw.TUnit, """
        using System;
        using System.Threading.Tasks;
        public class RefundTests
        {
            [Test]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                await {|RA3002:Assert.ThrowsAsync<Exception>(() => service.RefundAsync("p-1"))|};
                await {|RA3002:Assert.ThrowsAsync(() => service.RefundAsync("p-1"))|};
                {|RA3002:Assert.Throws<Exception>(() => service.Refund("p-1"))|};
                await {|RA3002:Assert.That(() => service.Refund("p-1")).Throws<Exception>()|};
                await {|RA3002:Assert.That(() => service.Refund("p-1")).ThrowsException()|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_fluent_assertions_and_shouldly(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class RefundTests
        {
            [TEST]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                Action refund = () => service.Refund("p-1");
                {|RA3002:refund.Should().Throw<Exception>()|};
                await {|RA3002:service.Invoking(s => s.RefundAsync("p-1")).Should().ThrowAsync<Exception>()|};
                {|RA3002:Should.Throw<Exception>(() => service.Refund("p-1"))|};
                {|RA3002:refund.ShouldThrow<Exception>()|};
                await {|RA3002:Should.ThrowAsync<Exception>(() => service.RefundAsync("p-1"))|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_awesome_assertions(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using AwesomeAssertions;
        [CLASS]
        public class RefundTests
        {
            [TEST]
            public void Refund_fails()
            {
                var service = new RefundService();
                {|RA3002:FluentActions.Invoking(() => service.Refund("p-1")).Should().Throw<Exception>()|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_specific_or_product_base_exception_types(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class RefundTests
        {
            [TEST]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                Action refund = () => service.Refund("p-1");
                refund.Should().Throw<PaymentException>().WithInnerException<Exception>();
                refund.Should().Throw<CardDeclinedException>().Which.Should().NotBeNull();
                FluentActions.Invoking(() => service.Refund("")).Should().Throw<ArgumentException>().WithMessage("*payment id*");
                Should.Throw<PaymentException>(() => service.Refund("p-1"));
                refund.ShouldThrow<CardDeclinedException>();
                FluentActions.Invoking(() => new RefundService()).Should().NotThrow();
                Should.NotThrow(() => new RefundService());
                await Task.CompletedTask;
            }
        }
        """ + Production);

    [Fact]
    public Task Does_not_fire_on_specific_framework_assertions() => Verifier.VerifyAnalyzerAsync(Fw.NUnit4, """
        using System;
        public class RefundTests
        {
            [Test]
            public void Refund_fails()
            {
                var service = new RefundService();
                Assert.Throws<CardDeclinedException>(() => service.Refund("p-1"));
                Assert.Catch<PaymentException>(() => service.Refund("p-1"));
                Assert.That(() => service.Refund(""), Throws.ArgumentException);
                Assert.That(() => service.Refund("p-1"), Throws.InstanceOf<PaymentException>());
                Assert.That(() => service.Refund("p-1"), Throws.Exception.TypeOf<CardDeclinedException>());
                Assert.DoesNotThrow(() => new RefundService());
                var expected = typeof(CardDeclinedException);
                Assert.Throws(expected, () => service.Refund("p-1"));
            }
        }
        """ + Production);

    [Fact]
    public Task Does_not_fire_on_specific_mstest_and_xunit_assertions() => Verifier.VerifyAnalyzerAsync(Fw.MSTest, """
        using System;
        [TestClass]
        public class RefundTests
        {
            [TestMethod]
            [ExpectedException(typeof(CardDeclinedException))]
            public void Refund_throws() => new RefundService().Refund("p-1");

            [TestMethod]
            public void Refund_fails()
            {
                Assert.ThrowsException<CardDeclinedException>(() => new RefundService().Refund("p-1"));
                Assert.Throws<PaymentException>(() => new RefundService().Refund("p-1"));
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public Task Does_not_fire_on_xunit_exact_type_checks(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        public class RefundTests
        {
            [Fact]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                Assert.Throws<Exception>(() => service.Refund("p-1"));
                await Assert.ThrowsAsync<Exception>(() => service.RefundAsync("p-1"));
                Assert.Throws(typeof(Exception), () => service.Refund("p-1"));
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task Does_not_fire_on_nunit_exact_type_checks(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        public class RefundTests
        {
            [Test]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                Assert.Throws<Exception>(() => service.Refund("p-1"));
                Assert.ThrowsAsync<Exception>(() => service.RefundAsync("p-1"));
                Assert.Throws(typeof(Exception), () => service.Refund("p-1"));
                Assert.That(() => service.Refund("p-1"), Throws.TypeOf<Exception>());
                Assert.That(() => service.Refund("p-1"), Throws.Exception.TypeOf<Exception>());
                Assert.That(() => service.Refund("p-1"), Throws.Nothing.Or.Null);
                await Task.CompletedTask;
            }
        }
        """ + Production);

    [Fact]
    public Task Does_not_fire_on_mstest_exact_type_checks() => Verifier.VerifyAnalyzerAsync(Fw.MSTest, """
        using System;
        using System.Threading.Tasks;
        [TestClass]
        public class RefundTests
        {
            [TestMethod]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                Assert.ThrowsException<Exception>(() => service.Refund("p-1"));
                Assert.ThrowsExactly<Exception>(() => service.Refund("p-1"));
                await Assert.ThrowsExceptionAsync<Exception>(() => service.RefundAsync("p-1"));
                await Assert.ThrowsExactlyAsync<SystemException>(() => service.RefundAsync("p-1"));
            }

            [TestMethod]
            [ExpectedException(typeof(Exception))]
            public void Refund_throws() => new RefundService().Refund("p-1");
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_exact_type_checks_of_assertion_libraries(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class RefundTests
        {
            [TEST]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                Action refund = () => service.Refund("p-1");
                refund.Should().ThrowExactly<Exception>();
                await FluentActions.Awaiting(() => service.RefundAsync("p-1")).Should().ThrowExactlyAsync<SystemException>();
                AwesomeAssertions.AssertionExtensions.Should(refund).ThrowExactly<Exception>();
                Should.Throw(() => service.Refund("p-1"), typeof(Exception));
                refund.ShouldThrow(typeof(Exception));
            }
        }
        """ + Production);

    [Fact]
    public Task Does_not_fire_on_tunit_exact_type_checks() => Verifier.VerifyAnalyzerAsync(Fw.TUnit, """
        using System;
        using System.Threading.Tasks;
        public class RefundTests
        {
            [Test]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                Assert.ThrowsExactly<Exception>(() => service.Refund("p-1"));
                await Assert.ThrowsExactlyAsync<Exception>(() => service.RefundAsync("p-1"));
                await Assert.That(() => service.Refund("p-1")).ThrowsExactly<Exception>();
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_assertion_chain_checks_the_exception(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        [CLASS]
        public class RefundTests
        {
            [TEST]
            public async Task Refund_fails_with_a_decline()
            {
                var service = new RefundService();
                Action refund = () => service.Refund("p-1");
                refund.Should().Throw<Exception>().WithMessage("*declined*");
                refund.Should().Throw<Exception>().Where(e => e.Message.Contains("declined"));
                refund.Should().Throw<Exception>().Which.Message.Should().Contain("declined");
                refund.Should().Throw<Exception>().And.Message.Should().Contain("declined");
                (await FluentActions.Awaiting(() => service.RefundAsync("p-1")).Should().ThrowAsync<Exception>()).Which.Should().BeOfType<CardDeclinedException>();
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task Does_not_fire_when_an_nunit_constraint_checks_the_exception(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        public class RefundTests
        {
            [Test]
            public void Refund_fails_with_a_decline()
            {
                var service = new RefundService();
                Assert.That(() => service.Refund("p-1"), Throws.Exception.With.Message.EqualTo("Card declined."));
                Assert.That(() => service.Refund("p-1"), Throws.Exception.Message.StartWith("Card"));
                Assert.That(() => service.Refund("p-1"), Throws.InstanceOf<Exception>().And.Message.Contains("declined"));
                Assert.That(() => service.Refund("p-1"), Throws.Exception.With.Property("Message").Not.Empty);
                Assert.That(() => service.Refund("p-1"), Throws.InnerException.TypeOf<TimeoutException>());
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.NUnit4)]
    [InlineData(Fw.XUnitV3)]
    [InlineData(Fw.MSTest)]
    public Task Does_not_fire_when_a_later_assertion_checks_the_caught_exception(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class RefundTests
        {
            private static readonly Exception Outage = new Exception("Gateway offline.");

            [TEST]
            public async Task Refund_fails_with_a_decline()
            {
                var service = new RefundService();
                var declined = Should.Throw<Exception>(() => service.Refund("p-1"));
                ASSERT_EQUAL("Card declined.", declined.Message);

                var again = Should.Throw<Exception>(() => service.Refund("p-1"));
                again.Message.ShouldContain("declined");

                Exception failure = FluentActions.Invoking(() => service.Refund("p-1")).Should().Throw<Exception>().Which;
                failure.Should().BeSameAs(Outage);

                var outage = (await FluentActions.Awaiting(() => service.RefundAsync("p-1")).Should().ThrowAsync<Exception>()).Which;
                Assert.IsTrue(outage.Message.StartsWith("Gateway", StringComparison.Ordinal));
            }
        }
        """.Replace("Assert.IsTrue(", fw switch { Fw.MSTest => "Assert.IsTrue(", Fw.NUnit4 => "ClassicAssert.IsTrue(", _ => "Assert.True(" }) + Production);

    [Fact]
    public Task Does_not_fire_when_a_later_tunit_assertion_checks_the_caught_exception() => Verifier.VerifyAnalyzerAsync(Fw.TUnit, """
        using System;
        using System.Threading.Tasks;
        public class RefundTests
        {
            [Test]
            public async Task Refund_fails_with_a_decline()
            {
                var service = new RefundService();
                var declined = await Assert.That(() => service.Refund("p-1")).ThrowsException();
                await Assert.That(declined!.Message).Contains("declined");

                var exception = Assert.Throws<Exception>(() => service.Refund("p-1"));
                await Assert.That(exception.Message).IsEqualTo("Card declined.");

                await Assert.That(() => service.Refund("p-1")).Throws<Exception>().WithMessage("Card declined.");
            }
        }
        """ + Production);

    [Theory]
    [InlineData(Fw.NUnit4)]
    [InlineData(Fw.TUnit)]
    public Task Does_not_fire_when_the_checked_code_only_throws_what_it_builds(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        public class AssertionShapeTests
        {
            [Test]
            public async Task Faulted_tasks_are_reported()
            {
                await Assert.ThrowsAsync(() => Task.FromException(new DivideByZeroException()));
                await Assert.ThrowsAsync(async () => await Task.FromException(new TimeoutException("too slow")));
                Assert.Throws<Exception>(() => throw new InvalidOperationException());
            }
        }
        """.Replace("await Assert.ThrowsAsync(", fw == Fw.NUnit4 ? "Assert.CatchAsync(" : "await Assert.ThrowsAsync(")
           .Replace("Assert.Throws<Exception>", fw == Fw.NUnit4 ? "Assert.Catch<Exception>" : "Assert.Throws<Exception>"));

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task Does_not_fire_when_the_test_itself_throws_the_broad_exception(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using NSubstitute;
        using NSubstitute.ExceptionExtensions;
        using Shouldly;

        public interface IPaymentGateway { string Refund(string paymentId); }

        public sealed class GatewayRefunds
        {
            private readonly IPaymentGateway _gateway;
            public GatewayRefunds(IPaymentGateway gateway) => _gateway = gateway;
            public string Refund(string paymentId) => _gateway.Refund(paymentId);
            public void Run(Action<string> step) => step("p-1");
        }

        public class GatewayRefundTests
        {
            [Test]
            public void A_gateway_outage_reaches_the_caller()
            {
                var gateway = Substitute.For<IPaymentGateway>();
                gateway.Refund("p-1").Throws(new Exception("gateway offline"));

                Assert.Catch<Exception>(() => new GatewayRefunds(gateway).Refund("p-1"));
            }

            [Test]
            public void A_failing_step_reaches_the_caller()
            {
                var refunds = new GatewayRefunds(Substitute.For<IPaymentGateway>());
                Should.Throw<Exception>(() => refunds.Run(id => throw new Exception(id + " failed")));
            }
        }
        """);

    [Fact]
    public Task Does_not_fire_on_a_users_own_Assert_class() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV2, """
        using System;
        namespace Shop.Testing
        {
            public static class MyAssert { public static void Throws<T>(Action action) where T : Exception { } }

            public class RefundTests
            {
                [Fact]
                public void Refund_fails() => MyAssert.Throws<Exception>(() => new RefundService().Refund("p-1"));
            }
        }
        """ + Production);

    [Fact]
    public Task Does_not_crash_on_half_typed_code() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV3, """
        using System;
        public class RefundTests
        {
            [Fact]
            public void Refund_fails()
            {
                Assert.Throws<{|CS0246:UnknownException|}>(() => new RefundService().Refund("p-1"));
                Assert.Throws<Exception>({|CS1503:42|});
            }
        }
        """ + Production);
}
