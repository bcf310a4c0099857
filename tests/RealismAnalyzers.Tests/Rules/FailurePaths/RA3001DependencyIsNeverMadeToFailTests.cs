using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.FailurePaths.RA3001DependencyIsNeverMadeToFail>;

namespace RealismAnalyzers.Tests.Rules.FailurePaths;

public class RA3001DependencyIsNeverMadeToFailTests
{
    private const string Production = """

        public interface IPaymentGateway
        {
            System.Threading.Tasks.Task<bool> ChargeAsync(string card, decimal amount);
            void Refund(string paymentId);
            bool Authorize(string card);
        }

        public interface IClock { System.DateTime Now { get; } }

        public sealed class GatewayUnavailableException : System.Exception { }

        public sealed record Customer(string Name, string Email);

        public sealed class PaymentService
        {
            private readonly IPaymentGateway _gateway;
            public PaymentService(IPaymentGateway gateway) => _gateway = gateway;

            public async System.Threading.Tasks.Task<string> PayAsync(string card, decimal amount)
            {
                try
                {
                    return await _gateway.ChargeAsync(card, amount) ? "paid" : "declined";
                }
                catch (GatewayUnavailableException)
                {
                    return "retry-later";
                }
            }
        }
        """;

    /// <summary>How each library creates the gateway, hands it to the service and lets it succeed.</summary>
    private sealed record Library(string Usings, string Create, string Instance, string Succeed);

    private static readonly Dictionary<string, Library> Libraries = new()
    {
        ["Moq"] = new(
            "using Moq;",
            "new Mock<IPaymentGateway>()",
            "gateway.Object",
            "gateway.Setup(g => g.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>())).ReturnsAsync(true);"),
        ["NSubstitute"] = new(
            "using NSubstitute;\nusing NSubstitute.ExceptionExtensions;",
            "Substitute.For<IPaymentGateway>()",
            "gateway",
            "gateway.ChargeAsync(Arg.Any<string>(), Arg.Any<decimal>()).Returns(true);"),
        ["FakeItEasy"] = new(
            "using FakeItEasy;",
            "A.Fake<IPaymentGateway>()",
            "gateway",
            "A.CallTo(() => gateway.ChargeAsync(A<string>._, A<decimal>._)).Returns(true);"),
    };

    public static TheoryData<Fw, string> FrameworksAndLibraries
    {
        get
        {
            var data = new TheoryData<Fw, string>();
            foreach (var fw in Frameworks.AllFrameworks)
            {
                foreach (var library in Libraries.Keys)
                {
                    data.Add(fw, library);
                }
            }

            return data;
        }
    }

    /// <summary>Every way each library makes the gateway fail.</summary>
    public static TheoryData<string, string> FailingConfigurations => new()
    {
        { "Moq", "gateway.Setup(g => g.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>())).ThrowsAsync(new GatewayUnavailableException());" },
        { "Moq", "gateway.Setup(g => g.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>())).Throws<GatewayUnavailableException>();" },
        { "Moq", "gateway.Setup(g => g.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>())).Returns(() => throw new GatewayUnavailableException());" },
        { "Moq", "gateway.Setup(g => g.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>())).Returns(Task.FromException<bool>(new GatewayUnavailableException()));" },
        { "Moq", "gateway.Setup(g => g.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>())).ReturnsAsync(false);" },
        { "NSubstitute", "gateway.ChargeAsync(Arg.Any<string>(), Arg.Any<decimal>()).ThrowsAsync(new GatewayUnavailableException());" },
        { "NSubstitute", "gateway.ChargeAsync(Arg.Any<string>(), Arg.Any<decimal>()).Throws(new GatewayUnavailableException());" },
        { "NSubstitute", "gateway.Authorize(Arg.Any<string>()).Returns(_ => throw new GatewayUnavailableException());" },
        { "NSubstitute", "gateway.ChargeAsync(Arg.Any<string>(), Arg.Any<decimal>()).Returns(Task.FromException<bool>(new GatewayUnavailableException()));" },
        { "NSubstitute", "gateway.When(g => g.Refund(Arg.Any<string>())).Do(_ => throw new GatewayUnavailableException());" },
        { "FakeItEasy", "A.CallTo(() => gateway.ChargeAsync(A<string>._, A<decimal>._)).Throws<GatewayUnavailableException>();" },
        { "FakeItEasy", "A.CallTo(() => gateway.ChargeAsync(A<string>._, A<decimal>._)).ThrowsAsync(new GatewayUnavailableException());" },
        { "FakeItEasy", "A.CallTo(() => gateway.Authorize(A<string>._)).ReturnsLazily(() => throw new GatewayUnavailableException());" },
        { "FakeItEasy", "A.CallTo(() => gateway.ChargeAsync(A<string>._, A<decimal>._)).Returns(Task.FromException<bool>(new GatewayUnavailableException()));" },
    };

    /// <summary>A payment test suite: <paramref name="happyTests"/> tests where the gateway succeeds, plus an optional test with <paramref name="failing"/>.</summary>
    private static string Suite(Library library, int happyTests, string? failing = null, bool markFirst = true)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine(library.Usings).AppendLine("using System.Threading.Tasks;").AppendLine("[CLASS]").AppendLine("public class PaymentServiceTests").AppendLine("{");
        for (var i = 0; i < happyTests; i++)
        {
            var create = i == 0 && markFirst ? "{|#0:" + library.Create + "|}" : library.Create;
            text.AppendLine($$"""
                    [TEST]
                    public async Task Pays_order_{{i}}()
                    {
                        var gateway = {{create}};
                        {{library.Succeed}}
                        var service = new PaymentService({{library.Instance}});

                        var status = await service.PayAsync("4111-1111", {{10 + i}}m);

                        ASSERT_EQUAL("paid", status);
                    }

                """);
        }

        if (failing is not null)
        {
            text.AppendLine($$"""
                    [TEST]
                    public async Task Asks_to_retry_when_the_gateway_is_down()
                    {
                        var gateway = {{library.Create}};
                        {{failing}}
                        var service = new PaymentService({{library.Instance}});

                        var status = await service.PayAsync("4111-1111", 10m);

                        ASSERT_EQUAL("retry-later", status);
                    }
                """);
        }

        return text.Append('}').Append(Production).ToString();
    }

    private static DiagnosticResult Expected(int tests) =>
        Verifier.Diagnostic("RA3001").WithLocation(0).WithArguments("IPaymentGateway", tests);

    [Theory, MemberData(nameof(FrameworksAndLibraries))]
    public Task Names_the_gateway_once_with_the_number_of_tests_using_it(Fw fw, string library) =>
        Verifier.VerifyAnalyzerAsync(fw, Suite(Libraries[library], happyTests: 3), Expected(3));

    [Theory, MemberData(nameof(FrameworksAndLibraries))]
    public Task Counts_every_test_that_uses_the_gateway(Fw fw, string library) =>
        Verifier.VerifyAnalyzerAsync(fw, Suite(Libraries[library], happyTests: 5), Expected(5));

    [Theory, MemberData(nameof(FailingConfigurations))]
    public async Task The_warning_disappears_when_one_test_makes_the_gateway_fail(string library, string failing)
    {
        foreach (var fw in new[] { Fw.XUnitV3, Fw.NUnit4, Fw.MSTest, Fw.TUnit })
        {
            await Verifier.VerifyAnalyzerAsync(fw, Suite(Libraries[library], happyTests: 3, failing, markFirst: false));
        }
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task A_failing_configuration_in_another_test_class_counts(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, Suite(Libraries["Moq"], happyTests: 3, markFirst: false) + """

        [CLASS]
        public class RefundTests
        {
            [TEST]
            public async Task Refund_failure_surfaces()
            {
                var gateway = new Moq.Mock<IPaymentGateway>();
                gateway.Setup(g => g.Refund("p-1")).Throws(new GatewayUnavailableException());
                var service = new PaymentService(gateway.Object);
                ASSERT_NOT_NULL(service);
            }
        }
        """);

    [Fact]
    public async Task Reports_at_the_first_creation_in_file_order_whatever_the_analysis_order()
    {
        var test = new CSharpAnalyzerTest<RealismAnalyzers.Rules.FailurePaths.RA3001DependencyIsNeverMadeToFail, DefaultVerifier>
        {
            ReferenceAssemblies = Frameworks.References(Fw.XUnitV3),
        };
        foreach (var (file, name, marked) in new[] { ("/Tests/Zeta.cs", "Zeta", false), ("/Tests/Alpha.cs", "Alpha", true) })
        {
            var create = marked ? "{|#0:new Mock<IPaymentGateway>()|}" : "new Mock<IPaymentGateway>()";
            test.TestState.Sources.Add((file, $$"""
                using Moq;
                using Xunit;
                public class {{name}}Tests
                {
                    [Fact]
                    public void {{name}}_1() { var gateway = {{create}}; gateway.Setup(g => g.Authorize("card")).Returns(true); Assert.NotNull(new PaymentService(gateway.Object)); }

                    [Fact]
                    public void {{name}}_2() { var gateway = new Mock<IPaymentGateway>(); gateway.Setup(g => g.Authorize("card")).Returns(true); Assert.NotNull(new PaymentService(gateway.Object)); }
                }
                """));
        }

        test.TestState.Sources.Add(("/Production.cs", Production));
        test.ExpectedDiagnostics.Add(Expected(4));
        await VerifyAsync(test);
    }

    private static Task VerifyAsync(CSharpAnalyzerTest<RealismAnalyzers.Rules.FailurePaths.RA3001DependencyIsNeverMadeToFail, DefaultVerifier> test) => test.RunResolvedAsync();

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_below_the_minimum_number_of_tests(Fw fw) =>
        Verifier.VerifyAnalyzerAsync(fw, Suite(Libraries["NSubstitute"], happyTests: 2, markFirst: false));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task The_minimum_comes_from_editorconfig(Fw fw) =>
        Verifier.VerifyAnalyzerAsync(fw, Suite(Libraries["FakeItEasy"], happyTests: 2), "realism.RA3001.min_tests = 2", Expected(2));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task A_higher_minimum_from_editorconfig_silences_it(Fw fw) =>
        Verifier.VerifyAnalyzerAsync(fw, Suite(Libraries["Moq"], happyTests: 3, markFirst: false), "realism.RA3001.min_tests = 5");

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task A_double_created_in_setup_serves_every_test_of_the_class(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using Moq;
        using System.Threading.Tasks;
        [CLASS]
        public class CheckoutTests
        {
            private readonly Mock<IPaymentGateway> _gateway = {|#0:new Mock<IPaymentGateway>()|};

            [TEST]
            public async Task Pays_a_small_basket()
            {
                _gateway.Setup(g => g.ChargeAsync("card", 5m)).ReturnsAsync(true);
                ASSERT_EQUAL("paid", await new PaymentService(_gateway.Object).PayAsync("card", 5m));
            }

            [TEST]
            public async Task Pays_a_large_basket()
            {
                _gateway.Setup(g => g.ChargeAsync("card", 500m)).ReturnsAsync(true);
                ASSERT_EQUAL("paid", await new PaymentService(_gateway.Object).PayAsync("card", 500m));
            }

            [TEST]
            public async Task Pays_with_another_card()
            {
                _gateway.Setup(g => g.ChargeAsync("amex", 5m)).ReturnsAsync(true);
                ASSERT_EQUAL("paid", await new PaymentService(_gateway.Object).PayAsync("amex", 5m));
            }
        }
        """ + Production, Expected(3));

    /// <summary>A base class holding the gateway double, and a derived test class whose two tests only let it succeed.</summary>
    private static string BaseClassSuite(string creation) => """
        using Moq;
        using System.Threading.Tasks;
        public abstract class PaymentTestBase
        {
            protected readonly Mock<IPaymentGateway> Gateway = CREATION;

            protected PaymentService Service => new PaymentService(Gateway.Object);
        }

        [CLASS]
        public class CardPaymentTests : PaymentTestBase
        {
            [TEST]
            public async Task Pays_by_card()
            {
                Gateway.Setup(g => g.ChargeAsync("card", 5m)).ReturnsAsync(true);
                ASSERT_EQUAL("paid", await Service.PayAsync("card", 5m));
            }

            [TEST]
            public async Task Pays_a_large_basket_by_card()
            {
                Gateway.Setup(g => g.ChargeAsync("card", 500m)).ReturnsAsync(true);
                ASSERT_EQUAL("paid", await Service.PayAsync("card", 500m));
            }
        }

        """.Replace("CREATION", creation, StringComparison.Ordinal);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task A_double_created_in_a_base_class_serves_the_tests_of_every_derived_class(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, BaseClassSuite("{|#0:new Mock<IPaymentGateway>()|}") + """
        [CLASS]
        public class AmexPaymentTests : PaymentTestBase
        {
            [TEST]
            public async Task Pays_with_amex()
            {
                Gateway.Setup(g => g.ChargeAsync("amex", 5m)).ReturnsAsync(true);
                ASSERT_EQUAL("paid", await Service.PayAsync("amex", 5m));
            }
        }
        """ + Production, Expected(3));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task A_failing_setup_in_one_derived_class_covers_the_base_class_double(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, BaseClassSuite("new Mock<IPaymentGateway>()") + """
        [CLASS]
        public class GatewayOutageTests : PaymentTestBase
        {
            [TEST]
            public async Task Asks_to_retry_when_the_gateway_is_down()
            {
                Gateway.Setup(g => g.ChargeAsync("card", 5m)).ThrowsAsync(new GatewayUnavailableException());
                ASSERT_EQUAL("retry-later", await Service.PayAsync("card", 5m));
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task A_double_created_in_the_constructor_and_frozen_by_AutoFixture_counts(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using AutoFixture;
        using AutoFixture.AutoMoq;
        using FakeItEasy;
        using Moq;
        using System.Threading.Tasks;
        [CLASS]
        public class CheckoutTests
        {
            private readonly IPaymentGateway _gateway;

            public CheckoutTests()
            {
                _gateway = {|#0:A.Fake<IPaymentGateway>()|};
                A.CallTo(() => _gateway.ChargeAsync(A<string>._, A<decimal>._)).Returns(true);
            }

            [TEST]
            public async Task Pays_a_small_basket() => ASSERT_EQUAL("paid", await new PaymentService(_gateway).PayAsync("card", 5m));

            [TEST]
            public async Task Pays_a_large_basket() => ASSERT_EQUAL("paid", await new PaymentService(_gateway).PayAsync("card", 500m));

            [TEST]
            public async Task Pays_with_another_card() => ASSERT_EQUAL("paid", await new PaymentService(_gateway).PayAsync("amex", 5m));
        }

        [CLASS]
        public class RefundTests
        {
            [TEST]
            public async Task Refunds_1()
            {
                var fixture = new Fixture().Customize(new AutoMoqCustomization());
                var gateway = {|#1:fixture.Freeze<Mock<IRefundGateway>>()|};
                gateway.Setup(g => g.Refund("p-1")).Returns(true);
                ASSERT_TRUE(gateway.Object.Refund("p-1"));
            }

            [TEST]
            public async Task Refunds_2()
            {
                var fixture = new Fixture().Customize(new AutoMoqCustomization());
                var gateway = fixture.Freeze<Mock<IRefundGateway>>();
                gateway.Setup(g => g.Refund("p-2")).Returns(true);
                ASSERT_TRUE(gateway.Object.Refund("p-2"));
            }

            [TEST]
            public async Task Refunds_3()
            {
                var fixture = new Fixture().Customize(new AutoMoqCustomization());
                var gateway = fixture.Freeze<Mock<IRefundGateway>>();
                gateway.Setup(g => g.Refund("p-3")).Returns(true);
                ASSERT_TRUE(gateway.Object.Refund("p-3"));
            }
        }

        public interface IRefundGateway { bool Refund(string paymentId); }
        """ + Production,
        Expected(3),
        Verifier.Diagnostic("RA3001").WithLocation(1).WithArguments("IRefundGateway", 3));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task A_double_created_by_a_helper_counts_for_the_tests_calling_it(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        using System.Threading.Tasks;
        [CLASS]
        public class CheckoutTests
        {
            private static IPaymentGateway AcceptingGateway()
            {
                var gateway = {|#0:Substitute.For<IPaymentGateway>()|};
                gateway.ChargeAsync(Arg.Any<string>(), Arg.Any<decimal>()).Returns(true);
                return gateway;
            }

            [TEST]
            public async Task Pays_a_small_basket() => ASSERT_EQUAL("paid", await new PaymentService(AcceptingGateway()).PayAsync("card", 5m));

            [TEST]
            public async Task Pays_a_large_basket() => ASSERT_EQUAL("paid", await new PaymentService(AcceptingGateway()).PayAsync("card", 500m));

            [TEST]
            public async Task Pays_with_another_card() => ASSERT_EQUAL("paid", await new PaymentService(AcceptingGateway()).PayAsync("amex", 5m));
        }
        """ + Production, Expected(3));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_data_types_loggers_and_property_bags(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using Moq;
        using NSubstitute;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;
        using System.Collections.Generic;
        using System.Threading.Tasks;
        [CLASS]
        public class CustomerTests
        {
            [TEST]
            public async Task One()
            {
                var customer = Substitute.For<Customer>("Ada", "ada@example.com");
                var emails = Substitute.For<IList<string>>();
                var logger = Substitute.For<ILogger<PaymentService>>();
                var options = Substitute.For<IOptions<ShopOptions>>();
                var clock = new Mock<IClock>();
                ASSERT_NOT_NULL(customer);
            }

            [TEST]
            public async Task Two()
            {
                var customer = Substitute.For<Customer>("Ada", "ada@example.com");
                var emails = Substitute.For<IList<string>>();
                var logger = Substitute.For<ILogger<PaymentService>>();
                var options = Substitute.For<IOptions<ShopOptions>>();
                var clock = new Mock<IClock>();
                ASSERT_NOT_NULL(emails);
            }

            [TEST]
            public async Task Three()
            {
                var customer = Substitute.For<Customer>("Ada", "ada@example.com");
                var emails = Substitute.For<IList<string>>();
                var logger = Substitute.For<ILogger<PaymentService>>();
                var options = Substitute.For<IOptions<ShopOptions>>();
                var clock = new Mock<IClock>();
                ASSERT_NOT_NULL(logger);
            }
        }

        public sealed class ShopOptions { public string Currency { get; set; } = "EUR"; }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Counts_only_the_tests_that_touch_a_setup_double(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using Moq;
        using System.Threading.Tasks;
        [CLASS]
        public class CheckoutTests
        {
            private readonly Mock<IPaymentGateway> _gateway;
            private readonly Mock<IClock> _clock = new Mock<IClock>();
            private readonly PaymentService _service;

            public CheckoutTests()
            {
                _gateway = {|#0:new Mock<IPaymentGateway>()|};
                _service = new PaymentService(_gateway.Object);
            }

            [TEST]
            public async Task Pays_a_small_basket()
            {
                _gateway.Setup(g => g.ChargeAsync("card", 5m)).ReturnsAsync(true);
                ASSERT_EQUAL("paid", await _service.PayAsync("card", 5m));
            }

            [TEST]
            public async Task Pays_a_large_basket()
            {
                _gateway.Setup(g => g.ChargeAsync("card", 500m)).ReturnsAsync(true);
                ASSERT_EQUAL("paid", await _service.PayAsync("card", 500m));
            }

            [TEST]
            public async Task Refunds_after_paying()
            {
                ASSERT_EQUAL("declined", await _service.PayAsync("card", 0m));
                _gateway.Verify(g => g.Refund(It.IsAny<string>()), Times.Never());
            }

            [TEST]
            public async Task A_declined_card_is_declined() => ASSERT_EQUAL("declined", await _service.PayAsync("card", 1m));

            [TEST]
            public async Task Another_declined_card() => ASSERT_EQUAL("declined", await _service.PayAsync("amex", 1m));
        }
        """ + Production, Expected(3));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_count_tests_that_only_use_the_class_under_test_built_from_a_setup_double(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        using System.Threading.Tasks;
        [CLASS]
        public class CheckoutTests
        {
            private readonly IPaymentGateway _gateway = Substitute.For<IPaymentGateway>();
            private readonly PaymentService _service;

            public CheckoutTests() => _service = new PaymentService(_gateway);

            [TEST]
            public async Task Pays_a_small_basket()
            {
                _gateway.ChargeAsync("card", 5m).Returns(true);
                ASSERT_EQUAL("paid", await _service.PayAsync("card", 5m));
            }

            [TEST]
            public async Task A_declined_card_is_declined() => ASSERT_EQUAL("declined", await _service.PayAsync("card", 1m));

            [TEST]
            public async Task Another_declined_card() => ASSERT_EQUAL("declined", await _service.PayAsync("amex", 1m));
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_dummies_that_only_fill_a_constructor(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using Moq;
        using System.Threading.Tasks;
        [CLASS]
        public class ReceiptTests
        {
            private readonly Mock<IPaymentGateway> _gateway = new Mock<IPaymentGateway>();
            private readonly PaymentService _service;

            public ReceiptTests() => _service = new PaymentService(_gateway.Object);

            private static PaymentService CreateService() => new PaymentService(Mock.Of<IPaymentGateway>());

            [TEST]
            public async Task One() => ASSERT_NOT_NULL(new PaymentService(Mock.Of<IPaymentGateway>()));

            [TEST]
            public async Task Two() => ASSERT_NOT_NULL(new PaymentService(new Mock<IPaymentGateway>().Object));

            [TEST]
            public async Task Three() => ASSERT_NOT_NULL(CreateService());

            [TEST]
            public async Task Four() => ASSERT_NOT_NULL(_service);

            [TEST]
            public async Task Five() => ASSERT_NOT_NULL(_service);
        }

        [CLASS]
        public class RefundTests
        {
            private readonly IPaymentGateway _gateway = Mock.Of<IPaymentGateway>();

            private PaymentService Service() => new PaymentService(_gateway);

            [TEST]
            public async Task One() => ASSERT_NOT_NULL(Service());

            [TEST]
            public async Task Two() => ASSERT_NOT_NULL(Service());

            [TEST]
            public async Task Three() => ASSERT_NOT_NULL(Service());
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_an_unconfigured_double_each_test_hands_to_the_code_itself(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        using System.Threading.Tasks;
        [CLASS]
        public class CheckoutTests
        {
            private readonly IPaymentGateway _gateway = {|#0:Substitute.For<IPaymentGateway>()|};

            [TEST]
            public async Task Pays_a_small_basket() => ASSERT_EQUAL("declined", await new PaymentService(_gateway).PayAsync("card", 5m));

            [TEST]
            public async Task Pays_a_large_basket() => ASSERT_EQUAL("declined", await new PaymentService(_gateway).PayAsync("card", 500m));

            [TEST]
            public async Task Pays_with_another_card()
            {
                var gateway = Substitute.For<IPaymentGateway>();
                ASSERT_EQUAL("declined", await new PaymentService(gateway).PayAsync("amex", 5m));
            }
        }
        """ + Production, Expected(3));

    private const string Shop = """

        namespace Shop
        {
            using System;
            using System.Threading.Tasks;

            public interface IShopConfiguration
            {
                ShopSettings Settings { get; }
                string DataPath { get; }
                object GetConfiguration(string key);
                void SaveConfiguration();
            }

            public sealed class ShopSettings { public string Currency { get; set; } = "EUR"; }

            public interface ILockHandleSource { IDisposable Acquire(string resource); }

            public interface IAppLogger<T>
            {
                void LogInformation(string message, params object[] args);
                void LogWarning(string message, params object[] args);
            }

            public interface IAuditTrail { void Record(string entry); }

            public interface IReceiptStoreFactory
            {
                ReceiptStore Create();
                Task<ReceiptStore> CreateAsync();
            }

            public interface IReceiptPrinterProvider { IReceiptPrinter Get(string store); }

            public interface IReceiptPrinter { bool TryPrint(string text); }

            public class ReceiptStore : IDisposable
            {
                private readonly string _path;
                public ReceiptStore(string path) => _path = path;
                public void Append(string line) => System.IO.File.AppendAllText(_path, line);
                public void Dispose() { }
            }

            public class ReceiptService
            {
                public ReceiptService(IShopConfiguration configuration, ILockHandleSource locks, IAppLogger<ReceiptService> logger,
                    IAuditTrail audit, IReceiptStoreFactory stores) { }

                public string Print(decimal amount) => amount.ToString("0.00");
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_configuration_sources_plumbing_factories_of_real_objects_and_loggers(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using Microsoft.Extensions.Options;
        using Moq;
        using Shop;
        using System.Threading.Tasks;
        [CLASS]
        public class ReceiptServiceTests
        {
            private static ReceiptStore RealStore() => new ReceiptStore(System.IO.Path.GetTempFileName());

            private static ReceiptService Create(out Mock<IAppLogger<ReceiptService>> logger, out Mock<IDisposable> handle)
            {
                var configuration = new Mock<IShopConfiguration>();
                configuration.SetupGet(c => c.Settings).Returns(new ShopSettings());
                configuration.Setup(c => c.GetConfiguration("receipts")).Returns("on");
                handle = new Mock<IDisposable>();
                var locks = new Mock<ILockHandleSource>();
                locks.Setup(l => l.Acquire(It.IsAny<string>())).Returns(handle.Object).Callback(() => { });
                logger = new Mock<IAppLogger<ReceiptService>>();
                var stores = new Mock<IReceiptStoreFactory>();
                stores.Setup(s => s.Create()).Returns(RealStore);
                stores.Setup(s => s.CreateAsync()).ReturnsAsync(() => RealStore());
                var monitor = new Mock<IOptionsMonitor<ShopSettings>>();
                monitor.Setup(m => m.Get("receipts")).Returns(new ShopSettings());
                var services = new Mock<IServiceProvider>();
                services.Setup(s => s.GetService(typeof(ShopSettings))).Returns(new ShopSettings());
                return new ReceiptService(configuration.Object, locks.Object, logger.Object, Mock.Of<IAuditTrail>(), stores.Object);
            }

            [TEST]
            public async Task One()
            {
                ASSERT_EQUAL("1.00", Create(out var logger, out var handle).Print(1m));
                handle.Verify(h => h.Dispose());
                logger.Verify(l => l.LogInformation(It.IsAny<string>()));
            }

            [TEST]
            public async Task Two()
            {
                ASSERT_EQUAL("2.00", Create(out var logger, out var handle).Print(2m));
                handle.Verify(h => h.Dispose());
                logger.Verify(l => l.LogWarning(It.IsAny<string>()));
            }

            [TEST]
            public async Task Three()
            {
                ASSERT_EQUAL("3.00", Create(out var logger, out var handle).Print(3m));
                handle.Verify(h => h.Dispose());
            }

            [TEST]
            public async Task A_lock_timeout_is_the_lock_source_failing()
            {
                var locks = new Mock<ILockHandleSource>();
                locks.Setup(l => l.Acquire("receipts")).Throws(new TimeoutException());
                ASSERT_NOT_NULL(locks.Object);
            }
        }
        """ + Shop + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Loggers_of_the_team_are_named_in_editorconfig(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        using Shop;
        using System.Threading.Tasks;
        [CLASS]
        public class AuditTests
        {
            [TEST]
            public async Task One() { var audit = Substitute.For<IAuditTrail>(); audit.Record("paid"); audit.Received().Record("paid"); }

            [TEST]
            public async Task Two() { var audit = Substitute.For<IAuditTrail>(); audit.Record("refunded"); audit.Received().Record("refunded"); }

            [TEST]
            public async Task Three() { var audit = Substitute.For<IAuditTrail>(); audit.Record("voided"); audit.Received().Record("voided"); }
        }
        """ + Shop + Production, "realism.logger_types = Shop.IAudit*");

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_the_type_a_provider_hands_out_and_on_an_unlisted_audit_trail(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        using Shop;
        using System.Threading.Tasks;
        [CLASS]
        public class AuditTests
        {
            [TEST]
            public async Task One() { var audit = {|#0:Substitute.For<IAuditTrail>()|}; audit.Record("paid"); audit.Received().Record("paid"); }

            [TEST]
            public async Task Two() { var audit = Substitute.For<IAuditTrail>(); audit.Record("refunded"); audit.Received().Record("refunded"); }

            [TEST]
            public async Task Three() { var audit = Substitute.For<IAuditTrail>(); audit.Record("voided"); audit.Received().Record("voided"); }
        }

        [CLASS]
        public class PrinterTests
        {
            private readonly IReceiptPrinterProvider _printers = Substitute.For<IReceiptPrinterProvider>();
            private readonly IReceiptPrinter _printer = {|#1:Substitute.For<IReceiptPrinter>()|};

            public PrinterTests()
            {
                _printers.Get("main").Returns(_printer);
                _printer.TryPrint(Arg.Any<string>()).Returns(true);
            }

            [TEST]
            public async Task One() => ASSERT_TRUE(_printers.Get("main").TryPrint("coffee"));

            [TEST]
            public async Task Two() => ASSERT_TRUE(_printers.Get("main").TryPrint("tea"));

            [TEST]
            public async Task Three() => ASSERT_TRUE(_printers.Get("main").TryPrint("cake"));
        }
        """ + Shop + Production,
        Verifier.Diagnostic("RA3001").WithLocation(0).WithArguments("IAuditTrail", 3),
        Verifier.Diagnostic("RA3001").WithLocation(1).WithArguments("IReceiptPrinter", 3));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Counts_a_message_handler_set_up_through_moq_protected(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Net;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Moq;
        using Moq.Protected;
        [CLASS]
        public class CatalogClientTests
        {
            private readonly HttpClient _client;

            public CatalogClientTests()
            {
                var handler = {|#0:new Mock<HttpMessageHandler>()|};
                handler.Protected()
                    .Setup<Task<HttpResponseMessage>>("SendAsync", ItExpr.IsAny<HttpRequestMessage>(), ItExpr.IsAny<CancellationToken>())
                    .ReturnsAsync(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("[]") });
                _client = new HttpClient(handler.Object) { BaseAddress = new System.Uri("https://catalog.test/") };
            }

            [TEST]
            public async Task Lists_products() => ASSERT_EQUAL("[]", await _client.GetStringAsync("products"));

            [TEST]
            public async Task Lists_offers() => ASSERT_EQUAL("[]", await _client.GetStringAsync("offers"));

            [TEST]
            public async Task Lists_stores() => ASSERT_EQUAL("[]", await _client.GetStringAsync("stores"));
        }
        """, Verifier.Diagnostic("RA3001").WithLocation(0).WithArguments("HttpMessageHandler", 3));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_a_double_of_an_unknown_type(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using Moq;
        using System.Threading.Tasks;
        [CLASS]
        public class BrokenTests
        {
            [TEST]
            public async Task One() { var gateway = new Mock<{|CS0246:IMissingGateway|}>(); ASSERT_NOT_NULL(gateway); }

            [TEST]
            public async Task Two() { var gateway = new Mock<{|CS0246:IMissingGateway|}>(); ASSERT_NOT_NULL(gateway); }

            [TEST]
            public async Task Three() { var gateway = new Mock<{|CS0246:IMissingGateway|}>(); ASSERT_NOT_NULL(gateway); }
        }
        """ + Production);
}
