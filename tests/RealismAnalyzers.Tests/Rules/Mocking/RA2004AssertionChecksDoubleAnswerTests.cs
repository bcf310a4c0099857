using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2004AssertionChecksDoubleAnswer>;

namespace RealismAnalyzers.Tests.Rules.Mocking;

public class RA2004AssertionChecksDoubleAnswerTests
{
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_the_checked_value_comes_straight_from_a_double(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class PricingTests
        {
            [TEST]
            public void Moq_answer()
            {
                var pricing = new Mock<IPricing>();
                pricing.Setup(p => p.PriceOf("SKU-1")).Returns(9.99m);

                {|#0:pricing.Object.PriceOf("SKU-1").Should().Be(9.99m)|};
            }

            [TEST]
            public void NSubstitute_answer_through_a_local()
            {
                var pricing = Substitute.For<IPricing>();
                pricing.PriceOf("SKU-1").Returns(9.99m);

                var price = pricing.PriceOf("SKU-1");
                var same = price;

                {|#1:same.Should().BePositive().And.Be(9.99m)|};
            }

            [TEST]
            public async Task FakeItEasy_awaited_answer()
            {
                var orders = A.Fake<IOrderRepository>();
                A.CallTo(() => orders.FindAsync(1)).Returns(new Order(1, "ann@shop.test", 10m));

                var order = await orders.FindAsync(1);

                {|#2:order.Should().NotBeNull()|};
            }

            [TEST]
            public void Mock_Of_answer()
            {
                var stock = Mock.Of<IInventory>(i => i.InStock("SKU-1") == 3);

                {|#3:stock.InStock("SKU-1").Should().Be(3)|};
            }
        }
        """ + ShopSources.Production,
        Verifier.Diagnostic().WithLocation(0).WithArguments("pricing.Object.PriceOf(\"SKU-1\")"),
        Verifier.Diagnostic().WithLocation(1).WithArguments("same"),
        Verifier.Diagnostic().WithLocation(2).WithArguments("order"),
        Verifier.Diagnostic().WithLocation(3).WithArguments("stock.InStock(\"SKU-1\")"));

    [Fact]
    public Task Fires_on_xunit_assertions_and_setup_doubles() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV2, """
        using Moq;
        using Shop;

        public class PricingTests
        {
            private readonly Mock<IPricing> _pricing = new Mock<IPricing>();
            private readonly IInventory _inventory = Mock.Of<IInventory>();

            [Fact]
            public void Answer_of_a_setup_double()
            {
                _pricing.Setup(p => p.PriceOf("SKU-1")).Returns(9.99m);

                {|RA2004:Assert.Equal(9.99m, _pricing.Object.PriceOf("SKU-1"))|};
                {|RA2004:Assert.Equal(0, _inventory.InStock("SKU-1"))|};
            }
        }
        """ + ShopSources.Production);

    [Theory]
    [InlineData(Fw.NUnit3, "Assert.That(price, Is.EqualTo(9.99m))")]
    [InlineData(Fw.NUnit4, "ClassicAssert.AreEqual(9.99m, price)")]
    [InlineData(Fw.MSTest, "Assert.AreEqual(9.99m, price)")]
    public Task Fires_on_framework_assertions(Fw fw, string assertion) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        using Shop;

        [CLASS]
        public class PricingTests
        {
            [TEST]
            public void Answer()
            {
                var pricing = Substitute.For<IPricing>();
                pricing.PriceOf("SKU-1").Returns(9.99m);
                var price = pricing.PriceOf("SKU-1");

                {|RA2004:ASSERTION|};
            }
        }
        """.Replace("ASSERTION", assertion) + ShopSources.Production);

    [Fact]
    public Task Fires_on_tunit_and_shouldly_assertions() => Verifier.VerifyAnalyzerAsync(Fw.TUnit, """
        using System.Threading.Tasks;
        using NSubstitute;
        using Shouldly;
        using Shop;

        public class PricingTests
        {
            [Test]
            public async Task Answer()
            {
                var pricing = Substitute.For<IPricing>();
                pricing.PriceOf("SKU-1").Returns(9.99m);

                await {|RA2004:Assert.That(pricing.PriceOf("SKU-1")).IsEqualTo(9.99m)|};
                {|RA2004:pricing.PriceOf("SKU-1").ShouldBe(9.99m)|};
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_values_that_went_through_production_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using FakeItEasy;
        using FluentAssertions;
        using Microsoft.Extensions.Logging.Abstractions;
        using Microsoft.Extensions.Options;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public async Task Refund_returns_the_order_total()
            {
                var orders = Substitute.For<IOrderRepository>();
                orders.FindAsync(7).Returns(new Order(7, "ann@shop.test", 25m));
                var service = new OrderService(orders, Substitute.For<IPaymentGateway>(), Substitute.For<IInventory>(),
                    Substitute.For<IEmailSender>(), Substitute.For<IPricing>(), NullLogger<OrderService>.Instance, Options.Create(new ShopSettings()));

                var refund = await service.RefundAsync(7);

                refund.Should().Be(25m);
            }

            [TEST]
            public void A_local_reassigned_from_production_code()
            {
                var pricing = new Mock<IPricing>();
                var calculator = new Calculator(pricing.Object);
                var price = pricing.Object.PriceOf("SKU-1");
                price = calculator.Twice("SKU-1");

                price.Should().Be(0m);
            }

            [TEST]
            public void Verifications_and_exception_checks_are_not_value_checks()
            {
                var email = A.Fake<IEmailSender>();
                var pricing = Substitute.For<IPricing>();
                pricing.PriceOf("BAD").Returns(_ => throw new System.ArgumentException("unknown sku"));

                email.Send("ann@shop.test", "Hello");

                A.CallTo(() => email.Send("ann@shop.test", "Hello")).MustHaveHappenedOnceExactly();
                FluentActions.Invoking(() => pricing.PriceOf("BAD")).Should().Throw<System.ArgumentException>();
            }

            [TEST]
            public void A_data_driven_parameter_is_not_a_double(decimal expected = 1m)
            {
                var pricing = Substitute.For<IPricing>();
                pricing.PriceOf("SKU-1").Returns(expected);
                new Calculator(pricing).Twice("SKU-1").Should().Be(2 * expected);
            }
        }

        namespace Shop
        {
            public class Calculator
            {
                private readonly IPricing _pricing;
                public Calculator(IPricing pricing) => _pricing = pricing;
                public decimal Twice(string sku) => 2 * _pricing.PriceOf(sku);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_partial_doubles_whose_members_run_real_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class DiscountPolicyUsageTests
        {
            [TEST]
            public void Apply_runs_the_real_code()
            {
                var policy = Substitute.ForPartsOf<DiscountPolicy>();
                policy.Discount(100m).Returns(10m);

                policy.Apply(100m).Should().Be(90m);
            }
        }
        """ + ShopSources.Production);

    [Fact]
    public Task Does_not_crash_on_half_typed_code() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV3, """
        using NSubstitute;
        using Shop;

        public class PricingTests
        {
            [Fact]
            public void Half_typed()
            {
                var pricing = Substitute.For<IPricing>();
                var price = pricing.{|CS1061:Price|}("SKU-1");
                Assert.Equal(1m, price);
                var again = pricing.PriceOf("SKU-1"{|CS1026:;|}
            }
        }
        """ + ShopSources.Production);
}
