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
    public Task Fires_on_xunit_assertions_of_Exception(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        public class RefundTests
        {
            [Fact]
            public async Task Refund_fails()
            {
                var service = new RefundService();
                {|RA3002:Assert.Throws<Exception>(() => service.Refund("p-1"))|};
                {|RA3002:Assert.ThrowsAny<Exception>(() => service.Refund("p-1"))|};
                await {|RA3002:Assert.ThrowsAsync<Exception>(() => service.RefundAsync("p-1"))|};
                await {|RA3002:Assert.ThrowsAnyAsync<SystemException>(() => service.RefundAsync("p-1"))|};
                {|RA3002:Assert.Throws(typeof(Exception), () => service.Refund("p-1"))|};
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
                {|RA3002:Assert.Throws<Exception>(() => service.Refund("p-1"))|};
                {|RA3002:Assert.Catch(() => service.Refund("p-1"))|};
                {|RA3002:Assert.Catch<Exception>(() => service.Refund("p-1"))|};
                {|RA3002:Assert.CatchAsync(() => service.RefundAsync("p-1"))|};
                {|RA3002:Assert.That(() => service.Refund("p-1"), Throws.Exception)|};
                {|RA3002:Assert.That(() => service.Refund("p-1"), Throws.TypeOf<Exception>())|};
                {|RA3002:Assert.That(() => service.Refund("p-1"), Throws.InstanceOf<SystemException>())|};
            }
        }
        """ + Production);

    [Fact]
    public Task Fires_on_mstest_assertions_and_attribute_of_Exception() => Verifier.VerifyAnalyzerAsync(Fw.MSTest, """
        using System;
        [TestClass]
        public class RefundTests
        {
            [TestMethod]
            public void Refund_fails()
            {
                var service = new RefundService();
                {|RA3002:Assert.ThrowsException<Exception>(() => service.Refund("p-1"))|};
                {|RA3002:Assert.ThrowsExactly<Exception>(() => service.Refund("p-1"))|};
                {|RA3002:Assert.Throws<SystemException>(() => service.Refund("p-1"))|};
            }

            [TestMethod]
            [{|RA3002:ExpectedException(typeof(Exception))|}]
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
                {|RA3002:FluentActions.Invoking(() => service.Refund("p-1")).Should().ThrowExactly<SystemException>()|};
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
