using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2007UnusedTestDouble>;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2007UnusedTestDouble, RealismAnalyzers.CodeFixes.Mocking.RA2007RemoveUnusedDoubleFix>;

namespace RealismAnalyzers.Tests.Rules.Mocking;

public class RA2007UnusedTestDoubleTests
{
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_doubles_that_are_only_configured_or_never_touched(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class PricingTests
        {
            [TEST]
            public void Price_is_read()
            {
                var inventory = {|#0:new Mock<IInventory>()|};
                inventory.Setup(i => i.InStock("SKU-1")).Returns(3);
                var email = {|#1:Substitute.For<IEmailSender>()|};
                var orders = {|#2:A.Fake<IOrderRepository>()|};
                A.CallTo(() => orders.Find(1)).Returns((Order?)null);
                {|#3:Substitute.For<IPaymentGateway>()|};
                var pricing = Substitute.For<IPricing>();
                pricing.PriceOf("SKU-1").Returns(2m);

                new Calculator(pricing).Twice("SKU-1").Should().Be(4m);
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
        """ + ShopSources.Production,
        Verifier.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IInventory", ""),
        Verifier.Diagnostic().WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IEmailSender", ""),
        Verifier.Diagnostic().WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IOrderRepository", ""),
        Verifier.Diagnostic().WithLocation(3).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IPaymentGateway", ""));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_setup_doubles_no_member_of_the_class_uses(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class PricingTests
        {
            private readonly Mock<IInventory> _inventory = {|#0:new Mock<IInventory>()|};
            private readonly IEmailSender _email;
            private readonly IPricing _pricing;

            public PricingTests()
            {
                _email = {|#1:Substitute.For<IEmailSender>()|};
                _pricing = Substitute.For<IPricing>();
                _inventory.Setup(i => i.InStock("SKU-1")).Returns(3);
                var orders = {|#2:new Mock<IOrderRepository>()|};
                orders.Setup(o => o.Find(1)).Returns((Order?)null);
            }

            [TEST]
            public void Price_is_read()
            {
                _pricing.PriceOf("SKU-1").Returns(2m);
                _pricing.Should().NotBeNull();
            }
        }
        """ + ShopSources.Production,
        Verifier.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IInventory", " in the class's setup"),
        Verifier.Diagnostic().WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IEmailSender", " in the class's setup"),
        Verifier.Diagnostic().WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IOrderRepository", " in the class's setup"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_doubles_that_are_only_verified(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        using Shop;

        [CLASS]
        public class EmailTests
        {
            [TEST]
            public void Nothing_is_sent()
            {
                var email = {|RA2007:Substitute.For<IEmailSender>()|};
                email.DidNotReceiveWithAnyArgs().Send(default!, default!);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_doubles_that_are_passed_stored_returned_or_invoked(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Collections.Generic;
        using AutoFixture;
        using AutoFixture.AutoMoq;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class WiringTests
        {
            private IPricing? _stored;
            private readonly Mock<IInventory> _inventory = new();

            [TEST]
            public void Doubles_take_part()
            {
                var registry = new Dictionary<System.Type, object>();
                var inventory = new Mock<IInventory>();
                registry[typeof(IInventory)] = inventory.Object;

                var fixture = new Fixture().Customize(new AutoMoqCustomization());
                var pricing = Substitute.For<IPricing>();
                fixture.Inject(pricing);

                var email = A.Fake<IEmailSender>();
                email.Send("ann@shop.test", "Hello");

                _stored = Substitute.For<IPricing>();
                var payments = Mock.Of<IPaymentGateway>();
                var list = new List<IPaymentGateway> { payments };

                registry.Should().NotBeEmpty();
                list.Should().ContainSingle();
                _inventory.Object.InStock("SKU-1").Should().Be(0);
            }

            private static IOrderRepository CreateOrders()
            {
                var orders = Substitute.For<IOrderRepository>();
                return orders;
            }

            [TEST]
            public void Helper_double()
            {
                CreateOrders().Should().NotBeNull();
                _stored.Should().NotBeNull();
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_doubles_frozen_into_an_auto_mocking_fixture(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using AutoFixture;
        using AutoFixture.AutoMoq;
        using FluentAssertions;
        using Moq;
        using Shop;

        [CLASS]
        public class CheckoutTests
        {
            private readonly IFixture _fixture = new Fixture().Customize(new AutoMoqCustomization());
            private readonly Checkout _checkout;

            public CheckoutTests()
            {
                var pricing = _fixture.Freeze<Mock<IPricing>>();
                pricing.Setup(p => p.PriceOf(It.IsAny<string>())).Returns(10m);
                _checkout = _fixture.Create<Checkout>();
            }

            [TEST]
            public void Total_uses_the_catalog_price()
            {
                var inventory = _fixture.Freeze<Mock<IInventory>>();
                inventory.Setup(i => i.InStock("SKU-1")).Returns(1);

                _fixture.Create<Checkout>().Total("SKU-1", 2).Should().Be(20m);
                _checkout.Total("SKU-1", 1).Should().Be(10m);
            }
        }

        namespace Shop
        {
            public class Checkout
            {
                private readonly IPricing _pricing;
                public Checkout(IPricing pricing, IInventory inventory) => _pricing = pricing;
                public decimal Total(string sku, int quantity) => _pricing.PriceOf(sku) * quantity;
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_doubles_disposed_by_a_using(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FakeItEasy;
        using Moq;
        using NSubstitute;

        [CLASS]
        public class ConnectionLifetimeTests
        {
            [TEST]
            public void A_substitute_survives_being_disposed()
            {
                using (var connection = Substitute.For<IDisposable>())
                {
                }

                GC.Collect();
            }

            [TEST]
            public void A_fake_in_a_using_declaration()
            {
                using var connection = A.Fake<IDisposable>();
                GC.Collect();
            }

            [TEST]
            public async Task An_async_resource()
            {
                await using var connection = Mock.Of<IAsyncDisposable>();
                await Task.Yield();
            }
        }
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_configuring_the_double_is_the_act_of_an_exception_assertion(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class PricingConfigurationTests
        {
            [TEST]
            public void Configuring_a_price_does_not_throw()
            {
                var pricing = Substitute.For<IPricing>();

                FluentActions.Invoking(() => pricing.PriceOf("SKU-1").Returns(1m)).Should().NotThrow();
            }

            [TEST]
            public void Configuring_through_a_stored_action()
            {
                var pricing = new Mock<IPricing>();
                Action configure = () => pricing.Setup(p => p.PriceOf("SKU-1")).Returns(1m);

                configure.Should().NotThrow();
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_removes_the_double_and_its_setups(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class PricingTests
        {
            [TEST]
            public void Price_is_read()
            {
                // Arrange
                var inventory = {|RA2007:new Mock<IInventory>()|};
                inventory.Setup(i => i.InStock("SKU-1")).Returns(3);
                inventory.Setup(i => i.InStock("SKU-2")).Returns(0);
                var orders = {|RA2007:A.Fake<IOrderRepository>()|};
                A.CallTo(() => orders.Find(1)).Returns((Order?)null);
                var email = {|RA2007:Substitute.For<IEmailSender>()|};
                {|RA2007:Substitute.For<IPaymentGateway>()|};
                var pricing = Substitute.For<IPricing>();
                pricing.PriceOf("SKU-1").Returns(2m);

                pricing.PriceOf("SKU-1").Should().Be(2m);
            }
        }
        """ + ShopSources.Production, """
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class PricingTests
        {
            [TEST]
            public void Price_is_read()
            {
                // Arrange
                var pricing = Substitute.For<IPricing>();
                pricing.PriceOf("SKU-1").Returns(2m);

                pricing.PriceOf("SKU-1").Should().Be(2m);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_removes_unused_setup_fields(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class PricingTests
        {
            private readonly Mock<IInventory> _inventory = {|RA2007:new Mock<IInventory>()|};
            private readonly IEmailSender _email;
            private readonly IPricing _pricing;

            public PricingTests()
            {
                _email = {|RA2007:Substitute.For<IEmailSender>()|};
                _pricing = Substitute.For<IPricing>();
                _inventory.Setup(i => i.InStock("SKU-1")).Returns(3);
            }

            [TEST]
            public void Price_is_read()
            {
                _pricing.PriceOf("SKU-1").Returns(2m);
                _pricing.PriceOf("SKU-1").Should().Be(2m);
            }
        }
        """ + ShopSources.Production, """
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class PricingTests
        {
            private readonly IPricing _pricing;

            public PricingTests()
            {
                _pricing = Substitute.For<IPricing>();
            }

            [TEST]
            public void Price_is_read()
            {
                _pricing.PriceOf("SKU-1").Returns(2m);
                _pricing.PriceOf("SKU-1").Should().Be(2m);
            }
        }
        """ + ShopSources.Production);

    [Fact]
    public Task No_fix_for_verified_doubles() => FixVerifier.VerifyNoFixAsync(Fw.XUnitV3, """
        using Moq;
        using Shop;

        public class EmailTests
        {
            [Fact]
            public void Nothing_is_sent()
            {
                var email = {|RA2007:new Mock<IEmailSender>()|};
                email.Verify(e => e.Send(It.IsAny<string>(), It.IsAny<string>()), Times.Never());
            }
        }
        """ + ShopSources.Production);

    [Fact]
    public Task Does_not_crash_on_half_typed_code() => Verifier.VerifyAnalyzerAsync(Fw.TUnit, """
        using Moq;
        using Shop;

        public class EmailTests
        {
            [Test]
            public void Half_typed()
            {
                var email = new Mock<IEmailSender>();
                email.Setup(e => e.{|CS1061:Sned|}());
                var other = new Mock<{|CS0246:IMissing|}>();
                other.Object.Go({|CS1026:;|}
            }
        }
        """ + ShopSources.Production);
}
