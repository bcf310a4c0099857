using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2005DoubleOfTypeWithRealFake>;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2005DoubleOfTypeWithRealFake, RealismAnalyzers.CodeFixes.Mocking.RA2005UseReadyMadeImplementationFix>;

namespace RealismAnalyzers.Tests.Rules.Mocking;

public class RA2005DoubleOfTypeWithRealFakeTests
{
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_loggers_options_clocks_and_http_handlers(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Net.Http;
        using FakeItEasy;
        using FluentAssertions;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public void Ready_made_types_are_doubled()
            {
                var logger = {|#0:new Mock<ILogger<OrderService>>()|};
                var options = {|#1:Substitute.For<IOptions<ShopSettings>>()|};
                var plain = {|#2:A.Fake<ILogger>()|};
                var clock = {|#3:Substitute.For<TimeProvider>()|};
                var handler = {|#4:new Mock<HttpMessageHandler>()|};
                var monitor = Mock.Of<IOptionsMonitor<ShopSettings>>(); // no ready-made fake: Options.Create gives an IOptions<T> only
                var snapshot = Substitute.For<IOptionsSnapshot<ShopSettings>>();

                new object[] { logger.Object, options, plain, clock, handler.Object, monitor, snapshot }.Should().HaveCount(7);
            }
        }
        """ + ShopSources.Production,
        Verifier.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("ILogger<OrderService>", "NullLogger<OrderService>.Instance or FakeLogger<OrderService>"),
        Verifier.Diagnostic().WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IOptions<ShopSettings>", "Options.Create(value)"),
        Verifier.Diagnostic().WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("ILogger", "NullLogger.Instance or FakeLogger"),
        Verifier.Diagnostic().WithLocation(3).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("TimeProvider", "FakeTimeProvider"),
        Verifier.Diagnostic().WithLocation(4).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("HttpMessageHandler", "a stub HttpMessageHandler or a local test server"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_loggers_the_test_verifies(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using FakeItEasy;
        using Microsoft.Extensions.Logging;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            private readonly Mock<ILogger<OrderService>> _logger = new();

            [TEST]
            public void Moq_verified()
            {
                _logger.Object.LogWarning("Out of stock");
                _logger.Verify(l => l.Log(LogLevel.Warning, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), null, It.IsAny<Func<It.IsAnyType, Exception?, string>>()));
            }

            [TEST]
            public void NSubstitute_verified()
            {
                var logger = Substitute.For<ILogger>();
                logger.LogWarning("Out of stock");
                logger.ReceivedWithAnyArgs().Log(default, default, default(object), default, default!);
            }

            [TEST]
            public void FakeItEasy_verified()
            {
                var logger = A.Fake<ILogger>();
                logger.LogWarning("Out of stock");
                A.CallTo(logger).Where(call => call.Method.Name == "Log").MustHaveHappened();
            }

            [TEST]
            public void Verified_through_a_helper()
            {
                var logger = Substitute.For<ILogger>();
                logger.LogWarning("Out of stock");
                AssertLogged(logger, LogLevel.Warning);
            }

            private static void AssertLogged(ILogger logger, LogLevel level)
            {
                logger.ReceivedWithAnyArgs().Log(level, default, default(object), default, default!);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_ordinary_dependencies(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Microsoft.Extensions.Logging.Abstractions;
        using Microsoft.Extensions.Options;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public void Real_logger_and_options()
            {
                var pricing = Substitute.For<IPricing>();
                var logger = NullLogger<OrderService>.Instance;
                var options = Options.Create(new ShopSettings());
                new object[] { pricing, logger, options }.Should().HaveCount(3);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Additional_types_come_from_editorconfig(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class EmailTests
        {
            [TEST]
            public void Mailer_is_doubled()
            {
                var email = {|#0:Substitute.For<IEmailSender>()|};
                var pricing = {|#1:Substitute.For<IPricing>()|};
                new object[] { email, pricing }.Should().HaveCount(2);
            }
        }
        """ + ShopSources.Production,
        "realism.RA2005.additional_types = Shop.IEmailSender => Shop.Testing.InMemoryEmailSender, Shop.IPricing, =>, Shop.Unknown<K, V> => x",
        Verifier.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IEmailSender", "Shop.Testing.InMemoryEmailSender"),
        Verifier.Diagnostic().WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IPricing", "the real or in-memory implementation"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_replaces_unverified_loggers_with_NullLogger(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using FluentAssertions;
        using Microsoft.Extensions.Logging;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public void Loggers()
            {
                var moq = {|RA2005:new Mock<ILogger<OrderService>>()|};
                var inline = {|RA2005:new Mock<ILogger<OrderService>>()|}.Object;
                ILogger<OrderService> sub = {|RA2005:Substitute.For<ILogger<OrderService>>()|};
                var plain = {|RA2005:Mock.Of<ILogger>()|};

                new object[] { moq.Object, inline, sub, plain }.Should().HaveCount(4);
                moq.Object.Should().NotBeNull();
            }
        }
        """ + ShopSources.Production, """
        using FluentAssertions;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Logging.Abstractions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public void Loggers()
            {
                var moq = NullLogger<OrderService>.Instance;
                var inline = NullLogger<OrderService>.Instance;
                ILogger<OrderService> sub = NullLogger<OrderService>.Instance;
                var plain = NullLogger.Instance;

                new object[] { moq, inline, sub, plain }.Should().HaveCount(4);
                moq.Should().NotBeNull();
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_writes_the_logged_type_as_the_test_wrote_it(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using FluentAssertions;
        using Microsoft.Extensions.Logging;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public void Loggers()
            {
                var qualified = {|RA2005:Substitute.For<ILogger<Shop.OrderService>>()|};
                var plain = {|RA2005:Substitute.For<ILogger<OrderService>>()|};
                new object[] { qualified, plain }.Should().HaveCount(2);
            }
        }
        """ + ShopSources.Production, """
        using FluentAssertions;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Logging.Abstractions;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public void Loggers()
            {
                var qualified = NullLogger<Shop.OrderService>.Instance;
                var plain = NullLogger<OrderService>.Instance;
                new object[] { qualified, plain }.Should().HaveCount(2);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_replaces_options_doubles_with_Options_Create(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using FakeItEasy;
        using FluentAssertions;
        using Microsoft.Extensions.Options;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public void Settings_are_configured()
            {
                var settings = new ShopSettings { FreeShippingThreshold = 20m };
                var sub = {|RA2005:Substitute.For<IOptions<ShopSettings>>()|};
                sub.Value.Returns(settings);
                var moq = {|RA2005:new Mock<IOptions<ShopSettings>>()|};
                moq.Setup(o => o.Value).Returns(new ShopSettings { ShippingFee = 0m });
                var fake = {|RA2005:A.Fake<IOptions<ShopSettings>>()|};
                A.CallTo(() => fake.Value).Returns(settings);
                IOptions<ShopSettings> unconfigured = {|RA2005:Substitute.For<IOptions<ShopSettings>>()|};

                new object[] { sub, moq.Object, fake, unconfigured }.Should().HaveCount(4);
            }
        }
        """ + ShopSources.Production, """
        using FakeItEasy;
        using FluentAssertions;
        using Microsoft.Extensions.Options;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            [TEST]
            public void Settings_are_configured()
            {
                var settings = new ShopSettings { FreeShippingThreshold = 20m };
                var sub = Options.Create(settings);
                var moq = Options.Create(new ShopSettings { ShippingFee = 0m });
                var fake = Options.Create(settings);
                IOptions<ShopSettings> unconfigured = Options.Create(new ShopSettings());

                new object[] { sub, moq, fake, unconfigured }.Should().HaveCount(4);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task No_fix_when_the_double_is_configured_otherwise_or_the_value_is_not_available(Fw fw) => FixVerifier.VerifyNoFixAsync(fw, """
        using FluentAssertions;
        using Microsoft.Extensions.Logging;
        using Microsoft.Extensions.Options;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class OrderServiceTests
        {
            protected readonly Mock<ILogger<OrderService>> _logger = {|RA2005:new Mock<ILogger<OrderService>>()|};

            [TEST]
            public void Configured()
            {
                var logger = {|RA2005:Substitute.For<ILogger>()|};
                logger.IsEnabled(LogLevel.Debug).Returns(true);
                var options = {|RA2005:Substitute.For<IOptions<ShopSettings>>()|};
                var later = new ShopSettings();
                options.Value.Returns(later);
                Mock<IOptions<ShopSettings>> typed = {|RA2005:new Mock<IOptions<ShopSettings>>()|};

                new object[] { logger, options, typed.Object, _logger.Object }.Should().HaveCount(4);
            }
        }
        """ + ShopSources.Production);
}
