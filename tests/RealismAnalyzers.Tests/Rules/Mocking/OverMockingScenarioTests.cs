using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.CodeFixes.Mocking;
using RealismAnalyzers.Rules.Mocking;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Rules.Mocking;

/// <summary>
/// The definition of done, as a new user would try it: every analyzer of the package on a mock-heavy test class of
/// a service with five dependencies, a logger and options names the real problems and its fixes compile; a clean test class
/// of the same service gets no diagnostic at all.
/// </summary>
public class OverMockingScenarioTests
{
    private const string MockHeavy = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;
        using Moq;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            private readonly Mock<IOrderRepository> _orders = new();
            private readonly Mock<IPaymentGateway> _payments = new();
            private readonly Mock<IInventory> _inventory = new();
            private readonly Mock<IEmailSender> _email = {|#10:new()|};
            private readonly Mock<IPricing> _pricing = new();
            private readonly Mock<ILogger<OrderService>> _logger = {|#0:new()|};
            private readonly Mock<IOptions<ShopSettings>> _options = {|#1:new()|};
            private readonly Mock<IEmailSender> _audit = {|#2:new()|};
            private readonly OrderService _sut;

            public OrderServiceTests()
            {
                _options.Setup(o => o.Value).Returns(new ShopSettings { FreeShippingThreshold = 50m });
                _audit.Setup(a => a.Send(It.IsAny<string>(), It.IsAny<string>()));
                _sut = new OrderService(_orders.Object, _payments.Object, _inventory.Object, _email.Object, _pricing.Object,
                    _logger.Object, _options.Object);
            }

            [TEST]
            public void {|#3:Placing_an_order_saves_it_and_sends_a_confirmation|}()
            {
                var line = {|#4:Mock.Of<OrderLine>()|};
                _inventory.Setup(i => i.InStock(It.IsAny<string>())).Returns(5);
                _payments.Setup(p => p.Charge("ann@shop.test", It.IsAny<decimal>())).Returns(true);

                _sut.PlaceOrder("ann@shop.test", new List<OrderLine> { line });

                _orders.Verify(o => o.Save(It.IsAny<Order>()), Times.Once());
                _email.Verify(e => e.Send(It.IsAny<string>(), It.IsAny<string>()));
            }

            [TEST]
            public void Price_comes_from_the_catalog()
            {
                _pricing.Setup(p => p.PriceOf("SKU-1")).Returns(20m);

                var price = _pricing.Object.PriceOf("SKU-1");

                {|#5:price.Should().Be(20m)|};
            }

            [TEST]
            public async Task Refund_of_an_unknown_order_is_zero()
            {
                var declined = {|#7:new Mock<IPaymentGateway>()|};
                declined.Setup(p => p.Charge(It.IsAny<string>(), It.IsAny<decimal>())).Returns(false);

                var refund = await _sut.RefundAsync(42);

                refund.Should().Be(0m);
            }
        }
        """;

    private const string MockHeavyFixed = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Microsoft.Extensions.Logging;
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
            private readonly ILogger<OrderService> _logger = NullLogger<OrderService>.Instance;
            private readonly IOptions<ShopSettings> _options = Options.Create(new ShopSettings { FreeShippingThreshold = 50m });
            private readonly OrderService _sut;

            public OrderServiceTests()
            {
                _sut = new OrderService(_orders.Object, _payments.Object, _inventory.Object, _email.Object, _pricing.Object,
                    _logger, _options);
            }

            [TEST]
            public void {|#0:Placing_an_order_saves_it_and_sends_a_confirmation|}()
            {
                var line = new OrderLine();
                _inventory.Setup(i => i.InStock(It.IsAny<string>())).Returns(5);
                _payments.Setup(p => p.Charge("ann@shop.test", It.IsAny<decimal>())).Returns(true);

                _sut.PlaceOrder("ann@shop.test", new List<OrderLine> { line });

                _orders.Verify(o => o.Save(It.IsAny<Order>()), Times.Once());
                _email.Verify(e => e.Send(It.IsAny<string>(), It.IsAny<string>()));
            }

            [TEST]
            public void Price_comes_from_the_catalog()
            {
                _pricing.Setup(p => p.PriceOf("SKU-1")).Returns(20m);

                var price = _pricing.Object.PriceOf("SKU-1");

                {|#1:price.Should().Be(20m)|};
            }

            [TEST]
            public async Task Refund_of_an_unknown_order_is_zero()
            {

                var refund = await _sut.RefundAsync(42);

                refund.Should().Be(0m);
            }
        }
        """;

    private const string Clean = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Net.Http;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Microsoft.Extensions.Logging.Abstractions;
        using Microsoft.Extensions.Options;
        using NSubstitute;
        using NSubstitute.ExceptionExtensions;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            private readonly InMemoryOrderRepository _orders = new();
            private readonly IPaymentGateway _payments = Substitute.For<IPaymentGateway>();
            private readonly IInventory _inventory = Substitute.For<IInventory>();
            private readonly IEmailSender _email = Substitute.For<IEmailSender>();
            private readonly IPricing _pricing = Substitute.For<IPricing>();
            private readonly OrderService _service;

            public OrderServiceTests()
            {
                _pricing.PriceOf("SKU-1").Returns(30m);
                _inventory.InStock("SKU-1").Returns(10);
                _payments.Charge(Arg.Any<string>(), Arg.Any<decimal>()).Returns(true);
                _service = new OrderService(_orders, _payments, _inventory, _email, _pricing, NullLogger<OrderService>.Instance,
                    Options.Create(new ShopSettings { FreeShippingThreshold = 50m, ShippingFee = 5m }));
            }

            private static List<OrderLine> Lines(int quantity) => new() { new OrderLine { Sku = "SKU-1", Quantity = quantity } };

            [TEST]
            public void Placed_order_is_saved_with_its_total_and_confirmed()
            {
                var order = _service.PlaceOrder("ann@shop.test", Lines(2));

                order.Should().NotBeNull();
                order!.Total.Should().Be(60m);
                _orders.Saved.Should().ContainSingle().Which.Should().Be(order);
                _email.Received(1).Send("ann@shop.test", "Order confirmed");
            }

            [TEST]
            public void Small_orders_pay_shipping()
            {
                var total = _service.Total(Lines(1));

                total.Should().Be(35m);
            }

            [TEST]
            public void Declined_payment_places_no_order()
            {
                _payments.Charge("bob@shop.test", Arg.Any<decimal>()).Returns(false);

                var order = _service.PlaceOrder("bob@shop.test", Lines(1));

                order.Should().BeNull();
                _orders.Saved.Should().BeEmpty();
                _email.DidNotReceiveWithAnyArgs().Send(default!, default!);
            }

            [TEST]
            public void Out_of_stock_items_are_not_charged()
            {
                _inventory.InStock("SKU-1").Returns(1);

                var order = _service.PlaceOrder("ann@shop.test", Lines(3));

                order.Should().BeNull();
                _payments.DidNotReceiveWithAnyArgs().Charge(default!, default);
            }

            [TEST]
            public void Payment_outage_propagates_and_nothing_is_saved()
            {
                _payments.Charge(Arg.Any<string>(), Arg.Any<decimal>()).Throws(new HttpRequestException("gateway down"));

                var act = () => _service.PlaceOrder("ann@shop.test", Lines(1));

                act.Should().Throw<HttpRequestException>();
                _orders.Saved.Should().BeEmpty();
            }

            [TEST]
            public void Inventory_outage_propagates_and_nothing_is_charged()
            {
                _inventory.InStock(Arg.Any<string>()).Throws(new HttpRequestException("inventory down"));

                var act = () => _service.PlaceOrder("ann@shop.test", Lines(1));

                act.Should().Throw<HttpRequestException>();
                _payments.DidNotReceiveWithAnyArgs().Charge(default!, default);
            }

            [TEST]
            public void Unknown_prices_fail_the_order_before_payment()
            {
                _pricing.PriceOf("SKU-1").Throws(new KeyNotFoundException("SKU-1"));

                var act = () => _service.PlaceOrder("ann@shop.test", Lines(1));

                act.Should().Throw<KeyNotFoundException>();
                _orders.Saved.Should().BeEmpty();
            }

            [TEST]
            public void A_failed_confirmation_email_surfaces_after_the_order_is_saved()
            {
                _email.When(e => e.Send(Arg.Any<string>(), Arg.Any<string>())).Do(_ => throw new HttpRequestException("mail server down"));

                var act = () => _service.PlaceOrder("ann@shop.test", Lines(1));

                act.Should().Throw<HttpRequestException>();
                _orders.Saved.Should().ContainSingle();
            }

            [TEST]
            public async Task Refund_returns_the_saved_total()
            {
                _orders.Save(new Order(7, "ann@shop.test", 25m));

                var refund = await _service.RefundAsync(7);

                refund.Should().Be(25m);
            }
        }

        public sealed class InMemoryOrderRepository : IOrderRepository
        {
            public List<Order> Saved { get; } = new();

            public Order? Find(int id) => Saved.FirstOrDefault(o => o.Id == id);

            public Task<Order?> FindAsync(int id) => Task.FromResult(Find(id));

            public void Save(Order order) => Saved.Add(order);
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Mock_heavy_test_class_gets_the_real_problems_named(Fw fw)
    {
        var test = new AllRulesAnalyzerTest
        {
            TestCode = Frameworks.Expand(MockHeavy + ShopSources.Production, fw),
            ReferenceAssemblies = Frameworks.References(fw),
        };
        test.ExpectedDiagnostics.AddRange(MockHeavyDiagnostics());
        return test.RunResolvedAsync();
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Clean_test_class_of_the_same_service_gets_no_diagnostic(Fw fw) => new AllRulesAnalyzerTest
    {
        TestCode = Frameworks.Expand(Clean + ShopSources.Production, fw),
        ReferenceAssemblies = Frameworks.References(fw),
    }.RunResolvedAsync();

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fixes_of_the_mock_heavy_class_compile_and_leave_the_judgement_calls(Fw fw)
    {
        var test = new AllRulesFixTest
        {
            TestCode = Frameworks.Expand(MockHeavy + ShopSources.Production, fw),
            FixedCode = Frameworks.Expand(MockHeavyFixed + ShopSources.Production, fw),
            ReferenceAssemblies = Frameworks.References(fw),
            CodeFixTestBehaviors = CodeFixTestBehaviors.SkipFixAllCheck,
            NumberOfIncrementalIterations = -6,
        };
        test.ExpectedDiagnostics.AddRange(MockHeavyDiagnostics());
        test.FixedState.ExpectedDiagnostics.AddRange(
        [
            // With the data-type double replaced, the test names four doubles: within the limit.
            new DiagnosticResult(Descriptors.RA2006TestVerifiesOnlyInteractions).WithLocation(0).WithArguments("Placing_an_order_saves_it_and_sends_a_confirmation", "with any arguments"),
            new DiagnosticResult(Descriptors.RA2004AssertionChecksDoubleAnswer).WithLocation(1).WithArguments("price"),
        ]);
        return test.RunResolvedAsync();
    }

    private static DiagnosticResult[] MockHeavyDiagnostics() =>
    [
        Expect(Descriptors.RA2005DoubleOfTypeWithRealFake, 0, "ILogger<OrderService>", "NullLogger<OrderService>.Instance or FakeLogger<OrderService>"),
        Expect(Descriptors.RA2005DoubleOfTypeWithRealFake, 1, "IOptions<ShopSettings>", "Options.Create(value)"),
        Expect(Descriptors.RA2007UnusedTestDouble, 2, "IEmailSender", " in the class's setup"),

        // Its own data-type double plus the four setup doubles it configures or verifies (not the logger and options only _sut uses).
        Expect(Descriptors.RA2001TooManyTestDoubles, 3, "Placing_an_order_saves_it_and_sends_a_confirmation", "5", "4"),
        Expect(Descriptors.RA2006TestVerifiesOnlyInteractions, 3, "Placing_an_order_saves_it_and_sends_a_confirmation", "with any arguments"),
        Expect(Descriptors.RA2003DoubleOfDataType, 4, "OrderLine", "a class with only properties and fields"),
        Expect(Descriptors.RA2004AssertionChecksDoubleAnswer, 5, "price"),
        Expect(Descriptors.RA2007UnusedTestDouble, 7, "IPaymentGateway", ""),

        // Every analyzer runs: the e-mail sender is set up for every test (the audit double) and never made to fail (RA3001). The other
        // dependencies are each touched by one test only.
        Expect(Descriptors.RA3001DependencyIsNeverMadeToFail, 10, "IEmailSender", "3"),
    ];

    private static DiagnosticResult Expect(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, int location, params object[] arguments) =>
        new DiagnosticResult(descriptor).WithLocation(location).WithArguments(arguments).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    /// <summary>Every analyzer the package ships.</summary>
    private static IEnumerable<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(RealismAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    private sealed class AllRulesAnalyzerTest : CSharpAnalyzerTest<RA2001TooManyTestDoubles, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AllAnalyzers();
    }

    private sealed class AllRulesFixTest : CSharpCodeFixTest<RA2001TooManyTestDoubles, RA2003ReplaceWithRealInstanceFix, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AllAnalyzers();

        protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() =>
            typeof(RA2003ReplaceWithRealInstanceFix).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.Namespace == typeof(RA2003ReplaceWithRealInstanceFix).Namespace)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!);
    }
}
