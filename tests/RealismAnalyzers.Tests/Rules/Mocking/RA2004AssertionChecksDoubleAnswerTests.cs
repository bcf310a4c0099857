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
            private readonly IInventory _inventory = Mock.Of<IInventory>(i => i.InStock("SKU-1") == 2);
            private readonly IOrderRepository _orders;

            public PricingTests()
            {
                var orders = new Mock<IOrderRepository>();
                orders.Setup(o => o.Find(7)).Returns((Order?)null);
                _orders = orders.Object;
            }

            private Mock<IEmailSender> Email { get; } = new Mock<IEmailSender>();

            [Fact]
            public void Answer_of_a_setup_double()
            {
                _pricing.Setup(p => p.PriceOf("SKU-1")).Returns(9.99m);

                {|RA2004:Assert.Equal(9.99m, _pricing.Object.PriceOf("SKU-1"))|};
                {|RA2004:Assert.Equal(2, _inventory.InStock("SKU-1"))|};
                {|RA2004:Assert.Null(_orders.Find(7))|};
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_properties_the_test_set_and_on_configured_delegates_and_object_members(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class CartTests
        {
            private Mock<IOrderRepository> Orders { get; } = new Mock<IOrderRepository>();

            [TEST]
            public void Property_set_by_the_test()
            {
                var cart = Substitute.For<ICart>();
                cart.Coupon = "WELCOME10";

                {|#0:cart.Coupon.Should().Be("WELCOME10")|};
            }

            [TEST]
            public void Moq_property_set_up_and_assigned()
            {
                var cart = new Mock<ICart>();
                cart.SetupProperty(c => c.Coupon);
                cart.Object.Coupon = "WELCOME10";

                {|#1:cart.Object.Coupon.Should().Be("WELCOME10")|};
            }

            [TEST]
            public void Configured_delegate()
            {
                var price = Substitute.For<Func<string, decimal>>();
                price("SKU-1").Returns(9.99m);

                {|#2:price("SKU-1").Should().Be(9.99m)|};
            }

            [TEST]
            public void Configured_to_string()
            {
                var cart = A.Fake<ICart>();
                A.CallTo(() => cart.ToString()).Returns("cart of ann");

                {|#3:cart.ToString().Should().Be("cart of ann")|};
            }

            [TEST]
            public void Configured_on_a_mock_held_in_a_property()
            {
                Orders.Setup(o => o.Find(It.IsAny<int>())).Returns((Order?)null);

                {|#4:Orders.Object.Find(3).Should().BeNull()|};
            }
        }

        namespace Shop
        {
            public interface ICart
            {
                string Coupon { get; set; }
                decimal Total();
            }
        }
        """ + ShopSources.Production,
        Verifier.Diagnostic().WithLocation(0).WithArguments("cart.Coupon"),
        Verifier.Diagnostic().WithLocation(1).WithArguments("cart.Object.Coupon"),
        Verifier.Diagnostic().WithLocation(2).WithArguments("price(\"SKU-1\")"),
        Verifier.Diagnostic().WithLocation(3).WithArguments("cart.ToString()"),
        Verifier.Diagnostic().WithLocation(4).WithArguments("Orders.Object.Find(3)"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_answers_the_library_makes_up(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class DoubleDefaultsTests
        {
            private readonly IInventory _inventory = Mock.Of<IInventory>();

            [TEST]
            public void Auto_value_of_a_delegate()
            {
                var factory = Substitute.For<Func<IPricing>>();

                var pricing = factory();

                pricing.Should().NotBeNull();
            }

            [TEST]
            public void Default_value_of_an_unconfigured_member()
            {
                _inventory.InStock("SKU-1").Should().Be(0);
            }

            [TEST]
            public void Moq_recursive_default()
            {
                var orders = new Mock<IOrderRepository> { DefaultValue = DefaultValue.Mock };
                orders.Setup(o => o.Find(1)).Returns(new Order(1, "ann@shop.test", 5m));

                orders.Object.FindAsync(2).Should().NotBeNull();
            }

            [TEST]
            public void Generated_name_of_a_proxy()
            {
                var pricing = Substitute.For<IPricing>();

                pricing.ToString().Should().Contain("IPricing");
            }

            [TEST]
            public void Runtime_type_of_a_proxy()
            {
                var pricing = A.Fake<IPricing>();
                A.CallTo(() => pricing.PriceOf("SKU-1")).Returns(1m);

                pricing.GetType().Should().NotBe(typeof(IPricing));
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
