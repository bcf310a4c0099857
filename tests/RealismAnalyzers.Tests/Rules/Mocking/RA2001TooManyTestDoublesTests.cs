using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2001TooManyTestDoubles>;

namespace RealismAnalyzers.Tests.Rules.Mocking;

public class RA2001TooManyTestDoublesTests
{
    public static TheoryData<Fw> WithSetupAttribute => new(Fw.NUnit3, Fw.NUnit4, Fw.MSTest, Fw.TUnit);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_test_with_five_moq_doubles_in_its_body(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;
        using Moq;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public void {|#0:Placing_an_order_charges_the_customer|}()
            {
                var orders = new Mock<IOrderRepository>();
                var payments = new Mock<IPaymentGateway>();
                var inventory = new Mock<IInventory>();
                var email = new Mock<IEmailSender>();
                var pricing = Mock.Of<IPricing>();
                inventory.Setup(i => i.InStock("SKU-1")).Returns(10);
                payments.Setup(p => p.Charge("ann@shop.test", It.IsAny<decimal>())).Returns(true);
                var sut = new OrderService(orders.Object, payments.Object, inventory.Object, email.Object, pricing,
                    Microsoft.Extensions.Logging.Abstractions.NullLogger<OrderService>.Instance, Options.Create(new ShopSettings()));

                var order = sut.PlaceOrder("ann@shop.test", new[] { new OrderLine { Sku = "SKU-1", Quantity = 1 } });

                order.Should().NotBeNull();
            }
        }
        """ + ShopSources.Production,
        Verifier.Diagnostic("RA2001").WithLocation(0).WithArguments("Placing_an_order_charges_the_customer", "5", "4"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Counts_nsubstitute_fakeiteasy_and_autofixture_doubles(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using AutoFixture;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void {|RA2001:Refund_returns_the_order_total|}()
            {
                var fixture = new Fixture();
                var orders = fixture.Freeze<Mock<IOrderRepository>>();
                var payments = Substitute.For<IPaymentGateway>();
                var inventory = A.Fake<IInventory>();
                var email = new Fake<IEmailSender>();
                var pricing = Substitute.For<IPricing>();

                orders.Object.Should().NotBeNull();
                payments.Should().NotBeNull();
                inventory.Should().NotBeNull();
                email.FakedObject.Should().NotBeNull();
                pricing.Should().NotBeNull();
            }

            [TEST]
            public void Four_doubles_are_fine()
            {
                var payments = Substitute.For<IPaymentGateway>();
                var inventory = A.Fake<IInventory>();
                var email = new Fake<IEmailSender>();
                var pricing = Mock.Of<IPricing>();

                payments.Should().NotBeNull();
                inventory.Should().NotBeNull();
                email.FakedObject.Should().NotBeNull();
                pricing.Should().NotBeNull();
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_count_the_other_dependencies_of_a_class_under_test_built_in_setup(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;
        using Moq;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            private readonly Mock<IOrderRepository> _orders = new Mock<IOrderRepository>();
            private readonly Mock<IPaymentGateway> _payments = new();
            private readonly Mock<IInventory> _inventory;
            private readonly OrderService _sut;

            public OrderServiceTests()
            {
                _inventory = new Mock<IInventory>();
                var email = new Mock<IEmailSender>();
                _sut = new OrderService(_orders.Object, _payments.Object, _inventory.Object, email.Object, Mock.Of<IPricing>(),
                    Mock.Of<ILogger<OrderService>>(), Options.Create(new ShopSettings()));
            }

            [TEST]
            public void Order_is_not_placed_without_stock()
            {
                _inventory.Setup(i => i.InStock(It.IsAny<string>())).Returns(0);

                var order = _sut.PlaceOrder("ann@shop.test", new[] { new OrderLine { Sku = "SKU-1", Quantity = 1 } });

                order.Should().BeNull();
            }

            [TEST]
            public void Order_is_charged_and_saved()
            {
                _inventory.Setup(i => i.InStock(It.IsAny<string>())).Returns(5);
                _payments.Setup(p => p.Charge("ann@shop.test", It.IsAny<decimal>())).Returns(true);

                var order = _sut.PlaceOrder("ann@shop.test", new[] { new OrderLine { Sku = "SKU-1", Quantity = 1 } });

                order.Should().NotBeNull();
                _orders.Verify(o => o.Save(order!));
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_count_doubles_that_setup_wires_into_other_doubles(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using Moq;
        using Shop;
        using Shop.Storage;

        [CLASS]
        public class LedgerTests
        {
            private readonly Mock<IStoreFactory> _factory = new();
            private readonly Mock<IStoreConnection> _connection = new();
            private readonly Mock<IStoreTransaction> _transaction = new();
            private readonly Mock<IDisposable> _lock = new();
            private readonly Mock<IPricing> _pricing = new();

            public LedgerTests()
            {
                _factory.Setup(f => f.Open()).Returns(_connection.Object);
                _connection.Setup(c => c.BeginTransaction()).Returns(_transaction.Object);
                _connection.Setup(c => c.AcquireLock("ledger")).Returns(_lock.Object);
                _pricing.Setup(p => p.PriceOf(It.IsAny<string>())).Returns(2m);
            }

            [TEST]
            public void Booking_an_order_writes_it_in_one_transaction()
            {
                var ledger = new Ledger(_factory.Object);

                ledger.Book(new Order(7, "ann@shop.test", 20m));

                _transaction.Verify(t => t.Write("order:7", 20m));
                _transaction.Verify(t => t.Commit());
            }
        }

        namespace Shop.Storage
        {
            public interface IStoreFactory { IStoreConnection Open(); }

            public interface IStoreConnection
            {
                IStoreTransaction BeginTransaction();
                IDisposable AcquireLock(string resource);
            }

            public interface IStoreTransaction
            {
                void Write(string key, decimal amount);
                void Commit();
            }

            public class Ledger
            {
                private readonly IStoreFactory _factory;
                public Ledger(IStoreFactory factory) => _factory = factory;

                public void Book(Order order)
                {
                    var connection = _factory.Open();
                    using (connection.AcquireLock("ledger"))
                    {
                        var transaction = connection.BeginTransaction();
                        transaction.Write("order:" + order.Id, order.Total);
                        transaction.Commit();
                    }
                }
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Counts_the_setup_doubles_the_test_configures_verifies_or_reads_through_its_helpers(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Microsoft.Extensions.Logging.Abstractions;
        using Microsoft.Extensions.Options;
        using Moq;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            private readonly Mock<IOrderRepository> _orders = new();
            private readonly Mock<IPaymentGateway> _payments = new();
            private readonly Mock<IInventory> _inventory = new();
            private readonly Mock<IEmailSender> _email;
            private readonly IPricing _pricing;

            public OrderServiceTests()
            {
                var email = new Mock<IEmailSender>();
                _email = email;
                var pricing = new Mock<IPricing>();
                pricing.Setup(p => p.PriceOf(It.IsAny<string>())).Returns(10m);
                _pricing = pricing.Object;
            }

            private OrderService CreateService() => new OrderService(_orders.Object, _payments.Object, _inventory.Object, _email.Object,
                _pricing, NullLogger<OrderService>.Instance, Options.Create(new ShopSettings()));

            [TEST]
            public void {|#0:Confirmed_orders_are_saved_and_mailed|}()
            {
                _inventory.Setup(i => i.InStock("SKU-1")).Returns(1);
                _payments.Setup(p => p.Charge("ann@shop.test", 14.99m)).Returns(true);

                var order = CreateService().PlaceOrder("ann@shop.test", new[] { new OrderLine { Sku = "SKU-1", Quantity = 1 } });

                _orders.Verify(o => o.Save(order!));
                _email.Verify(e => e.Send("ann@shop.test", "Order confirmed"));
            }
        }
        """ + ShopSources.Production,
        Verifier.Diagnostic("RA2001").WithLocation(0).WithArguments("Confirmed_orders_are_saved_and_mailed", "5", "4"));

    [Theory, MemberData(nameof(WithSetupAttribute))]
    public Task Counts_doubles_created_in_the_setup_method(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class InventoryTests
        {
            private IOrderRepository _orders = null!;
            private IPaymentGateway _payments = null!;
            private IInventory _inventory = null!;
            private IEmailSender _email = null!;
            private IPricing _pricing = null!;

            [SETUP]
            public void Prepare()
            {
                _orders = Substitute.For<IOrderRepository>();
                _payments = Substitute.For<IPaymentGateway>();
                _inventory = Substitute.For<IInventory>();
                _email = Substitute.For<IEmailSender>();
                _pricing = Substitute.For<IPricing>();
            }

            [TEST]
            public void {|RA2001:Everything_is_wired|}()
            {
                var all = new object[] { _orders, _payments, _inventory, _email, _pricing };
                all.Should().HaveCount(5);
            }

            [TEST]
            public void Uses_only_two_of_the_setup_doubles()
            {
                _inventory.InStock("SKU-1").Returns(3);
                _pricing.PriceOf("SKU-1").Should().Be(0m);
            }
        }
        """ + ShopSources.Production);

    [Fact]
    public Task Counts_doubles_created_in_xunit_InitializeAsync() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV2, """
        using System.Threading.Tasks;
        using FluentAssertions;
        using NSubstitute;
        using Shop;

        public class PaymentTests : IAsyncLifetime
        {
            private IOrderRepository _orders = null!;
            private IPaymentGateway _payments = null!;
            private IInventory _inventory = null!;
            private IEmailSender _email = null!;
            private IPricing _pricing = null!;

            public Task InitializeAsync()
            {
                _orders = Substitute.For<IOrderRepository>();
                _payments = Substitute.For<IPaymentGateway>();
                _inventory = Substitute.For<IInventory>();
                _email = Substitute.For<IEmailSender>();
                _pricing = Substitute.For<IPricing>();
                return Task.CompletedTask;
            }

            public Task DisposeAsync() => Task.CompletedTask;

            [Fact]
            public void {|RA2001:Everything_is_wired|}()
            {
                new object[] { _orders, _payments, _inventory, _email, _pricing }.Should().HaveCount(5);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_count_setup_doubles_the_test_cannot_reach(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FakeItEasy;
        using FluentAssertions;
        using Shop;

        [CLASS]
        public class PricingTests
        {
            private readonly IOrderRepository _orders = A.Fake<IOrderRepository>();
            private readonly IPaymentGateway _payments = A.Fake<IPaymentGateway>();
            private readonly IInventory _inventory = A.Fake<IInventory>();
            private readonly IEmailSender _email = A.Fake<IEmailSender>();
            private readonly IPricing _pricing = A.Fake<IPricing>();

            [TEST]
            public void Price_comes_from_the_catalog()
            {
                A.CallTo(() => _pricing.PriceOf("SKU-1")).Returns(9.99m);
                var inventory = A.Fake<IInventory>();

                _pricing.Should().NotBeSameAs(inventory);
            }

            [TEST]
            public void Payments_and_orders_only()
            {
                A.CallTo(() => _payments.Charge("ann@shop.test", 10m)).Returns(true);
                _orders.Should().NotBeNull();
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Counts_setup_doubles_reached_through_a_helper_of_the_class(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Microsoft.Extensions.Logging.Abstractions;
        using Microsoft.Extensions.Options;
        using Moq;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            private readonly Mock<IOrderRepository> _orders = new();
            private readonly Mock<IPaymentGateway> _payments = new();
            private readonly Mock<IInventory> _inventory = new();
            private readonly Mock<IEmailSender> _email = new();
            private readonly Mock<IPricing> _pricing = new();

            private OrderService CreateService() => new OrderService(_orders.Object, _payments.Object, _inventory.Object, _email.Object,
                _pricing.Object, NullLogger<OrderService>.Instance, Options.Create(new ShopSettings()));

            [TEST]
            public void {|RA2001:Total_adds_shipping_below_the_threshold|}()
            {
                var total = CreateService().Total(new[] { new OrderLine { Sku = "SKU-1", Quantity = 1 } });
                total.Should().Be(4.99m);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Reads_the_limit_from_editorconfig(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class EmailTests
        {
            [TEST]
            public void {|RA2001:Three_doubles_are_too_many_here|}()
            {
                var orders = Substitute.For<IOrderRepository>();
                var email = Substitute.For<IEmailSender>();
                var pricing = Substitute.For<IPricing>();
                new object[] { orders, email, pricing }.Should().HaveCount(3);
            }

            [TEST]
            public void Two_are_fine()
            {
                var email = Substitute.For<IEmailSender>();
                var pricing = Substitute.For<IPricing>();
                new object[] { email, pricing }.Should().HaveCount(2);
            }
        }
        """ + ShopSources.Production, "realism.RA2001.max_test_doubles = 2");

    [Theory]
    [InlineData("realism.RA2001.max_test_doubles = 10")]
    [InlineData("realism.RA2001.max_test_doubles = lots")]
    public Task A_higher_limit_silences_it_and_a_malformed_one_keeps_the_default(string editorConfig) => Verifier.VerifyAnalyzerAsync(Fw.XUnitV3, """
        using FluentAssertions;
        using NSubstitute;
        using Shop;

        public class EmailTests
        {
            [Fact]
            public void Four_doubles()
            {
                var orders = Substitute.For<IOrderRepository>();
                var email = Substitute.For<IEmailSender>();
                var pricing = Substitute.For<IPricing>();
                var payments = Substitute.For<IPaymentGateway>();
                new object[] { orders, email, pricing, payments }.Should().HaveCount(4);
            }
        }
        """ + ShopSources.Production, editorConfig);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_skipped_tests_or_helpers(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderTests
        {
            [SKIPPED]
            public void Wide_but_skipped()
            {
                _ = new object[] { Substitute.For<IOrderRepository>(), Substitute.For<IEmailSender>(), Substitute.For<IPricing>(),
                    Substitute.For<IPaymentGateway>(), Substitute.For<IInventory>() };
            }

            public object[] Helper() => new object[] { Substitute.For<IOrderRepository>(), Substitute.For<IEmailSender>(),
                Substitute.For<IPricing>(), Substitute.For<IPaymentGateway>(), Substitute.For<IInventory>() };
        }
        """ + ShopSources.Production);

    [Fact]
    public Task Does_not_crash_on_half_typed_code() => Verifier.VerifyAnalyzerAsync(Fw.XUnitV3, """
        using Moq;
        using Shop;

        public class OrderTests
        {
            private readonly Mock<IOrderRepository> _orders = new();

            [Fact]
            public void Half_typed()
            {
                var a = new Mock<{|CS0246:IMissing|}>();
                var c = {|CS0103:Substitute|}.For<IInventory>();
                _orders.Setup(o => o.{|CS1061:Nope|}());
                var d = Mock.Of<IPricing>({|CS1026:;|}
            }
        }
        """ + ShopSources.Production);
}
