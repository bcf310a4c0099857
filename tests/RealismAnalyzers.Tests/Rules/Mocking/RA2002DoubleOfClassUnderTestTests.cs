using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2002DoubleOfClassUnderTest>;

namespace RealismAnalyzers.Tests.Rules.Mocking;

public class RA2002DoubleOfClassUnderTestTests
{
    private const string Calculator = """

        namespace Shop
        {
            public class PriceCalculator
            {
                private readonly DiscountPolicy _policy;
                public PriceCalculator(DiscountPolicy policy) => _policy = policy;
                public virtual decimal Price(decimal total) => _policy.Apply(total);
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_double_of_the_class_the_test_class_is_named_after(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            private readonly OrderService _fromSetup = {|#0:A.Fake<OrderService>()|};

            [TEST]
            public void Total_is_what_the_service_computes()
            {
                var service = {|#1:new Mock<OrderService>()|};
                service.Setup(s => s.Total(It.IsAny<OrderLine[]>())).Returns(12m);

                service.Object.Total(new OrderLine[0]).Should().Be(12m);
            }

            [TEST]
            public void Placing_fails_without_stock()
            {
                var service = {|#2:Substitute.For<OrderService>(null, null, null, null, null, null, null)|};

                service.PlaceOrder("ann@shop.test", new OrderLine[0]).Should().BeNull();
                _fromSetup.Total(new OrderLine[0]).Should().Be(0m);
            }
        }
        """ + ShopSources.Production,
        Verifier.Diagnostic().WithLocation(0).WithArguments("OrderService"),
        Verifier.Diagnostic().WithLocation(1).WithArguments("OrderService"),
        Verifier.Diagnostic().WithLocation(2).WithArguments("OrderService"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_in_nested_classes_and_for_other_naming_conventions(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Moq;
        using Shop;

        public class OrderServiceSpecs
        {
            [CLASS]
            public class WhenPricing
            {
                [TEST]
                public void Total_is_computed()
                {
                    var service = {|RA2002:Mock.Of<OrderService>()|};
                    service.Total(new OrderLine[0]).Should().Be(0m);
                }
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_partial_doubles_whose_own_members_the_test_calls_and_asserts(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Moq_call_base()
            {
                var policy = {|RA2002:new Mock<DiscountPolicy> { CallBase = true }|};
                policy.Setup(p => p.Discount(100m)).Returns(10m);

                policy.Object.Apply(100m).Should().Be(90m);
            }

            [TEST]
            public void Moq_call_base_set_later()
            {
                var policy = {|RA2002:new Mock<DiscountPolicy>()|};
                policy.CallBase = true;
                policy.Setup(p => p.Discount(100m)).Returns(10m);

                policy.Object.Apply(100m).Should().Be(90m);
            }

            [TEST]
            public void NSubstitute_parts_of()
            {
                var policy = {|RA2002:Substitute.ForPartsOf<DiscountPolicy>()|};
                policy.Discount(100m).Returns(10m);

                policy.Apply(100m).Should().Be(90m);
            }

            [TEST]
            public void FakeItEasy_calls_base_methods()
            {
                var policy = {|RA2002:A.Fake<DiscountPolicy>(o => o.CallsBaseMethods())|};
                A.CallTo(() => policy.Discount(100m)).Returns(10m);

                policy.Apply(100m).Should().Be(90m);
            }

            [TEST]
            public void FakeItEasy_calls_base_method_for_one_member()
            {
                var policy = {|RA2002:A.Fake<DiscountPolicy>()|};
                A.CallTo(() => policy.Apply(A<decimal>._)).CallsBaseMethod();
                A.CallTo(() => policy.Discount(100m)).Returns(10m);

                policy.Apply(100m).Should().Be(90m);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_dependencies_or_collaborating_partial_doubles(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class PriceCalculatorTests
        {
            [TEST]
            public void Price_applies_the_policy()
            {
                var policy = Substitute.ForPartsOf<DiscountPolicy>();
                policy.Discount(100m).Returns(10m);
                var calculator = new PriceCalculator(policy);

                calculator.Price(100m).Should().Be(90m);
            }

            [TEST]
            public void Moq_partial_collaborator()
            {
                var policy = new Mock<DiscountPolicy> { CallBase = true };
                policy.Setup(p => p.Discount(It.IsAny<decimal>())).Returns(0m);

                new PriceCalculator(policy.Object).Price(10m).Should().Be(10m);
            }

            [TEST]
            public void Partial_double_called_but_nothing_asserted_is_RA1001s_business()
            {
                var policy = A.Fake<DiscountPolicy>(o => o.CallsBaseMethods());
                policy.Apply(1m);
            }

            [TEST]
            public void Full_double_of_an_abstract_base_called_directly()
            {
                var policy = Substitute.For<DiscountPolicy>();
                policy.Discount(100m).Returns(10m);
                policy.Discount(100m).Should().Be(10m);
            }
        }

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public void Dependencies_of_the_service_are_doubled()
            {
                var orders = new Mock<IOrderRepository>();
                var pricing = Substitute.For<IPricing>();
                var inventory = A.Fake<IInventory>();
                orders.Object.Should().NotBeSameAs(pricing);
                inventory.Should().NotBeNull();
            }
        }

        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void A_similarly_named_class_is_not_the_class_under_test()
            {
                var service = Mock.Of<OrderService>();
                service.Should().NotBeNull();
            }
        }
        """ + ShopSources.Production + Calculator);

    private const string Receipts = """

        namespace Shop.Receipts
        {
            using System;

            public abstract class ReceiptPrinter
            {
                private int _width = 40;

                public int Width
                {
                    get => _width;
                    set => _width = value >= 20 ? value : throw new ArgumentOutOfRangeException(nameof(value));
                }

                public virtual string Line(string label, decimal amount) => label.PadRight(Width - 10) + amount.ToString("0.00").PadLeft(10);

                public abstract void Print(string text);
            }

            public static class Printers
            {
                public static ReceiptPrinter? Default { get; set; }
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_partial_double_of_an_abstract_class_with_nothing_configured(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop.Receipts;

        [CLASS]
        public class ReceiptPrinterTests
        {
            private readonly Mock<ReceiptPrinter> _printer = new Mock<ReceiptPrinter> { CallBase = true };

            [TEST]
            public void A_line_is_as_wide_as_the_receipt()
            {
                _printer.Object.Line("Coffee", 3.5m).Length.Should().Be(40);
            }

            [TEST]
            public void Width_below_twenty_is_rejected()
            {
                var printer = new Mock<ReceiptPrinter> { CallBase = true };
                FluentActions.Invoking(() => printer.Object.Width = 10).Should().Throw<ArgumentOutOfRangeException>();
            }

            [TEST]
            public void NSubstitute_parts_of_runs_the_real_line()
            {
                var printer = Substitute.ForPartsOf<ReceiptPrinter>();
                printer.Width = 30;
                printer.Line("Tea", 2m).Length.Should().Be(30);
            }

            [TEST]
            public void FakeItEasy_calls_base_methods_runs_the_real_line()
            {
                var printer = A.Fake<ReceiptPrinter>(o => o.CallsBaseMethods());
                printer.Line("Tea", 2m).Should().EndWith("2.00");
            }
        }
        """ + Receipts);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_double_of_the_class_under_test_only_handed_on_as_a_value(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Moq;
        using Shop.Receipts;

        [CLASS]
        public class ReceiptPrinterTests
        {
            [TEST]
            public void The_default_printer_is_the_one_registered()
            {
                var printer = new Mock<ReceiptPrinter>();
                Printers.Default = printer.Object;

                Printers.Default.Should().BeSameAs(printer.Object);
            }

            [TEST]
            public void The_default_printer_can_be_replaced()
            {
                Printers.Default = Mock.Of<ReceiptPrinter>();
                Printers.Default = null;

                Printers.Default.Should().BeNull();
            }
        }
        """ + Receipts);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_partial_double_of_the_class_under_test_once_a_member_is_configured(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop.Receipts;

        [CLASS]
        public class ReceiptPrinterTests
        {
            private readonly Mock<ReceiptPrinter> _printer = {|#0:new Mock<ReceiptPrinter> { CallBase = true }|};

            [TEST]
            public void A_line_with_a_stubbed_width()
            {
                _printer.Setup(p => p.Line("Coffee", 3.5m)).Returns("Coffee 3.50");

                _printer.Object.Line("Coffee", 3.5m).Should().Be("Coffee 3.50");
            }

            [TEST]
            public void Printing_is_verified()
            {
                var printer = {|#1:Substitute.ForPartsOf<ReceiptPrinter>()|};
                printer.Line("Tea", 2m).Should().EndWith("2.00");
                printer.DidNotReceive().Print(Arg.Any<string>());
            }
        }
        """ + Receipts,
        Verifier.Diagnostic().WithLocation(0).WithArguments("ReceiptPrinter"),
        Verifier.Diagnostic().WithLocation(1).WithArguments("ReceiptPrinter"));

    [Fact]
    public Task Does_not_crash_on_half_typed_code() => Verifier.VerifyAnalyzerAsync(Fw.NUnit4, """
        using Moq;
        using Shop;

        public class OrderServiceTests
        {
            [Test]
            public void Half_typed()
            {
                var a = new Mock<{|CS0246:OrderServise|}> { CallBase = true };
                a.Object.Total();
                var b = Mock.Of<OrderService>({|CS1026:;|}
            }
        }
        """ + ShopSources.Production);
}
