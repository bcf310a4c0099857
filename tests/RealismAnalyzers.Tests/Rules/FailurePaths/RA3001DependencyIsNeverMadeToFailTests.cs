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
                    public void {{name}}_1() { var gateway = {{create}}; Assert.NotNull(new PaymentService(gateway.Object)); }

                    [Fact]
                    public void {{name}}_2() { var gateway = new Mock<IPaymentGateway>(); Assert.NotNull(new PaymentService(gateway.Object)); }
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
