using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2003DoubleOfDataType>;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Mocking.RA2003DoubleOfDataType, RealismAnalyzers.CodeFixes.Mocking.RA2003ReplaceWithRealInstanceFix>;

namespace RealismAnalyzers.Tests.Rules.Mocking;

public class RA2003DoubleOfDataTypeTests
{
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_records_dtos_strings_arrays_and_collections(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Collections.Generic;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Data_is_doubled()
            {
                var order = {|#0:Substitute.For<Order>(1, "ann@shop.test", 10m)|};
                var line = {|#1:A.Fake<OrderLine>()|};
                var lines = {|#2:Mock.Of<IList<OrderLine>>()|};
                var skus = {|#3:new Mock<List<string>>()|};
                var stock = {|#4:Substitute.For<IDictionary<string, int>>()|};
                var all = {|#5:Substitute.For<IEnumerable<OrderLine>>()|};
                var array = {|#6:Substitute.For<OrderLine[]>()|};
                var customer = {|#7:new Fake<Customer>()|};

                new object[] { order, line, lines, skus.Object, stock, all, array, customer.FakedObject }.Should().HaveCount(8);
            }
        }
        """ + ShopSources.Production,
        Verifier.Diagnostic().WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("Order", "a record"),
        Verifier.Diagnostic().WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("OrderLine", "a class with only properties and fields"),
        Verifier.Diagnostic().WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IList<OrderLine>", "a collection"),
        Verifier.Diagnostic().WithLocation(3).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("List<string>", "a collection"),
        Verifier.Diagnostic().WithLocation(4).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IDictionary<string, int>", "a collection"),
        Verifier.Diagnostic().WithLocation(5).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("IEnumerable<OrderLine>", "a collection"),
        Verifier.Diagnostic().WithLocation(6).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("OrderLine[]", "an array"),
        Verifier.Diagnostic().WithLocation(7).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("Customer", "a class with only properties and fields"));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_in_setup_and_with_autofixture(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using AutoFixture;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class CustomerTests
        {
            private readonly Customer _customer = {|RA2003:Substitute.For<Customer>()|};

            [TEST]
            public void Name_is_shown()
            {
                var fixture = new Fixture();
                var line = {|RA2003:fixture.Freeze<Mock<OrderLine>>()|};
                line.Object.Should().NotBeNull();
                _customer.Should().NotBeNull();
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_types_with_behaviour(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.IO;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Behaviour_is_doubled()
            {
                var pricing = Substitute.For<IPricing>();
                var policy = A.Fake<DiscountPolicy>();
                var invoice = Mock.Of<Invoice>();
                var money = Substitute.For<Money>();
                var stream = Substitute.For<Stream>();
                var empty = Substitute.For<Marker>();

                new object[] { pricing, policy, invoice, money, stream, empty }.Should().HaveCount(6);
            }
        }

        namespace Shop
        {
            public class Invoice
            {
                public decimal Net { get; set; }
                public decimal Gross => Net * 1.2m;
            }

            public class Money
            {
                public decimal Amount { get; set; }
                public virtual Money Add(Money other) => new Money { Amount = Amount + other.Amount };
            }

            public class Marker
            {
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_replaces_unconfigured_data_doubles_with_real_instances(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using System;
        using System.Collections.Generic;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Lines_are_counted()
            {
                var lines = {|RA2003:Substitute.For<IList<OrderLine>>()|};
                var customer = {|RA2003:A.Fake<Customer>()|};
                var line = {|RA2003:new Mock<OrderLine>()|};
                var stock = {|RA2003:Mock.Of<IDictionary<string, int>>()|};
                var tags = {|RA2003:new Mock<ISet<string>>()|}.Object;
                var history = {|RA2003:Substitute.For<OrderLine[]>()|};

                lines.Add(line.Object);
                new object[] { customer, stock, tags, history, line.Object }.Should().HaveCount(5);
            }
        }
        """ + ShopSources.Production, """
        using System;
        using System.Collections.Generic;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Lines_are_counted()
            {
                var lines = new List<OrderLine>();
                var customer = new Customer();
                var line = new OrderLine();
                var stock = new Dictionary<string, int>();
                var tags = new HashSet<string>();
                var history = Array.Empty<OrderLine>();

                lines.Add(line);
                new object[] { customer, stock, tags, history, line }.Should().HaveCount(5);
            }
        }
        """ + ShopSources.Production);

    [Fact]
    public Task Fix_adds_the_collections_using_when_missing() => FixVerifier.VerifyFixAsync(Frameworks.References(Fw.XUnitV3), """
        using NSubstitute;
        using Shop;
        using Xunit;

        public class CartTests
        {
            [Fact]
            public void Lines_are_counted()
            {
                System.Collections.Generic.IList<OrderLine> lines = {|RA2003:Substitute.For<System.Collections.Generic.IList<OrderLine>>()|};
                lines.Add(new OrderLine());
                Assert.Single(lines);
            }
        }
        """ + ShopSources.Production, """
        using System.Collections.Generic;
        using NSubstitute;
        using Shop;
        using Xunit;

        public class CartTests
        {
            [Fact]
            public void Lines_are_counted()
            {
                System.Collections.Generic.IList<OrderLine> lines = new List<OrderLine>();
                lines.Add(new OrderLine());
                Assert.Single(lines);
            }
        }
        """ + ShopSources.Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task No_fix_for_configured_doubles_or_types_without_a_parameterless_constructor(Fw fw) => FixVerifier.VerifyNoFixAsync(fw, """
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shop;

        [CLASS]
        public class CustomerTests
        {
            [TEST]
            public void Configured()
            {
                var customer = {|RA2003:Substitute.For<Customer>()|};
                customer.Email.Returns("ann@shop.test");
                var order = {|RA2003:Mock.Of<Order>()|};
                var line = {|RA2003:new Mock<OrderLine>()|};
                line.SetupGet(l => l.Quantity).Returns(2);
                var name = {|RA2003:Substitute.For<string>()|};

                new object[] { customer, order, line.Object, name }.Should().HaveCount(4);
            }
        }
        """ + ShopSources.Production);

    [Fact]
    public Task Does_not_crash_on_half_typed_code() => Verifier.VerifyAnalyzerAsync(Fw.MSTest, """
        using NSubstitute;
        using Shop;

        [TestClass]
        public class CustomerTests
        {
            [TestMethod]
            public void Half_typed()
            {
                var a = Substitute.For<{|CS0246:Custmer|}>();
                var b = Substitute.For<Customer>({|CS1026:;|}
            }
        }
        """ + ShopSources.Production);
}
