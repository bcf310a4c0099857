using RealismAnalyzers.CodeFixes.Trivial;
using RealismAnalyzers.Rules.Trivial;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1003AssertionCannotFail>;
using FixVerifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1003AssertionCannotFail, RealismAnalyzers.CodeFixes.Trivial.RA1003RemoveAssertionFix>;

namespace RealismAnalyzers.Tests.Rules.Trivial;

public class RA1003AssertionCannotFailTests
{
    private const string Production = """

        namespace Shop
        {
            public interface IOrder { decimal Total { get; } }
            public sealed class Order : IOrder
            {
                public decimal Total { get; private set; }
                public int Lines { get; private set; }
                public void Add(decimal price) { Total += price; Lines++; }
            }

            public class Customer { public string Name { get; set; } = ""; }
            public sealed class OrderRepository
            {
                public Order Find(int id) => id > 0 ? new Order() : null;
                public Customer CustomerOf(int id) => new Customer();
                public IOrder Latest() => new Order();
            }

            public class MessageStore
            {
                public async System.Threading.Tasks.Task<int> SaveAsync(string name) { await System.Threading.Tasks.Task.Yield(); return name.Length; }
                public System.Threading.Tasks.Task<int> CountAsync() => System.Threading.Tasks.Task.FromResult(0);
                public virtual async System.Threading.Tasks.Task<int> LoadAsync() { await System.Threading.Tasks.Task.Yield(); return 0; }
                public System.Collections.Generic.IEnumerable<int> Ids() { yield return 1; }
            }
        }
        """;

    private static string Pick(Fw fw, string xunit, string nunit, string mstest, string tunit) => fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => xunit,
        Fw.NUnit3 or Fw.NUnit4 => nunit,
        Fw.MSTest => mstest,
        _ => tunit,
    };

    private static string InTest(string statements) => """
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class OrderTests
        {
            private readonly Order _order = new Order();

            [TEST]
            public async Task Checks()
            {
                var order = new Order();
                order.Add(10m);
                var repository = new OrderRepository();
        """ + statements + """

            }
        }
        """ + Production;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_constant_boolean(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, InTest(Pick(fw,
        """
                {|RA1003:Assert.True(true)|};
                {|RA1003:Assert.False(false)|};
        """,
        """
                {|RA1003:Assert.That(true, Is.True)|};
                {|RA1003:Assert.That(true)|};
                {|RA1003:Assert.That(false, Is.False)|};
        """,
        """
                {|RA1003:Assert.IsTrue(true)|};
                {|RA1003:Assert.IsFalse(false)|};
        """,
        """
                await {|RA1003:Assert.That(true).IsTrue()|};
                await {|RA1003:Assert.That(false).IsFalse()|};
        """)));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_both_sides_are_the_same_expression(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, InTest(Pick(fw,
        """
                {|RA1003:Assert.Equal(order, order)|};
                {|RA1003:Assert.Same(_order, this._order)|};
                {|RA1003:Assert.Equal(1m, 1m)|};
        """,
        """
                {|RA1003:Assert.That(order, Is.EqualTo(order))|};
                {|RA1003:Assert.That(_order, Is.SameAs(_order))|};
                {|RA1003:Assert.That(2, Is.Not.EqualTo(3))|};
        """,
        """
                {|RA1003:Assert.AreEqual(order, order)|};
                {|RA1003:Assert.AreSame(_order, _order)|};
                {|RA1003:Assert.AreNotEqual(2, 3)|};
        """,
        """
                await {|RA1003:Assert.That(order).IsEqualTo(order)|};
                await {|RA1003:Assert.That(10m).IsEqualTo(10m)|};
        """)));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_null_checks_of_values_that_are_never_null(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, InTest(Pick(fw,
        """
                {|RA1003:Assert.NotNull(order)|};
                {|RA1003:Assert.NotNull(new Customer())|};
                {|RA1003:Assert.NotNull(typeof(Order))|};
                {|RA1003:Assert.NotNull(nameof(Order))|};
                {|RA1003:Assert.NotNull("SKU-1")|};
                {|RA1003:Assert.NotNull(order.Total)|};
        """,
        """
                {|RA1003:Assert.That(order, Is.Not.Null)|};
                {|RA1003:Assert.That(new Customer(), Is.Not.Null)|};
                {|RA1003:Assert.That(order.Total, Is.Not.Null)|};
        """,
        """
                {|RA1003:Assert.IsNotNull(order)|};
                {|RA1003:Assert.IsNotNull(new Customer())|};
                {|RA1003:Assert.IsNotNull(order.Total)|};
        """,
        """
                await {|RA1003:Assert.That(order).IsNotNull()|};
                await {|RA1003:Assert.That(new Customer()).IsNotNull()|};
        """)));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_type_checks_the_static_type_guarantees(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, InTest(Pick(fw,
        """
                {|RA1003:Assert.IsType<Order>(order)|};
                {|RA1003:Assert.IsAssignableFrom<IOrder>(order)|};
        """,
        """
                {|RA1003:Assert.That(order, Is.InstanceOf<IOrder>())|};
                {|RA1003:Assert.That(order, Is.TypeOf<Order>())|};
        """,
        """
                {|RA1003:Assert.IsInstanceOfType(order, typeof(IOrder))|};
        """,
        """
                await {|RA1003:Assert.That(order).IsTypeOf<Order>()|};
        """)));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_FluentAssertions_and_Shouldly(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Shouldly;
        using Shop;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Checks()
            {
                var order = new Order();
                {|RA1003:order.Should().NotBeNull()|};
                {|RA1003:order.Should().Be(order)|};
                {|RA1003:true.Should().BeTrue()|};
                {|RA1003:order.Should().BeOfType<Order>()|};
                {|RA1003:order.ShouldNotBeNull()|};
                {|RA1003:order.ShouldBe(order)|};
                {|RA1003:true.ShouldBeTrue()|};
                {|RA1003:order.ShouldBeAssignableTo<IOrder>()|};
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_AwesomeAssertions(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using AwesomeAssertions;
        using Shop;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Checks()
            {
                var customer = new Customer { Name = "Ada" };
                {|RA1003:customer.Should().NotBeNull()|};
                {|RA1003:customer.Should().BeSameAs(customer)|};
            }
        }
        """ + Production);

    // Real suites (CAP): a not-null check of the task an async method returns, not even awaited: the compiler's state machine always
    // returns a task. A method that merely returns a task, or one an override may replace, can return null.
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_null_checks_of_what_an_async_method_or_iterator_returns(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, InTest(Pick(fw,
        """
                var store = new MessageStore();
                {|RA1003:Assert.NotNull(store.SaveAsync("a"))|};
                var saving = store.SaveAsync("b");
                {|RA1003:Assert.NotNull(saving)|};
                {|RA1003:Assert.NotNull(store.Ids())|};
                Assert.NotNull(store.CountAsync());
                Assert.NotNull(store.LoadAsync());
                var counting = store.CountAsync();
                Assert.NotNull(counting);
                await saving;
        """,
        """
                var store = new MessageStore();
                {|RA1003:Assert.That(store.SaveAsync("a"), Is.Not.Null)|};
                {|RA1003:Assert.That(store.Ids(), Is.Not.Null)|};
                Assert.That(store.CountAsync(), Is.Not.Null);
                Assert.That(store.LoadAsync(), Is.Not.Null);
        """,
        """
                var store = new MessageStore();
                {|RA1003:Assert.IsNotNull(store.SaveAsync("a"))|};
                {|RA1003:Assert.IsNotNull(store.Ids())|};
                Assert.IsNotNull(store.CountAsync());
                Assert.IsNotNull(store.LoadAsync());
        """,
        """
                var store = new MessageStore();
                await {|RA1003:Assert.That(store.Ids()).IsNotNull()|};
                await Assert.That(repository.Find(1)).IsNotNull();
        """)));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_checks_of_computed_values(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, InTest(Pick(fw,
        """
                var expected = 10m;
                var actual = order.Total;
                Assert.Equal(expected, actual);
                Assert.Equal(order.Total, order.Total);
                Assert.NotNull(repository.Find(1));
                Assert.True(order.Total > 0);
                Assert.False(true);
                Assert.NotEqual(order, order);
                var found = new Order();
                found = repository.Find(2);
                Assert.NotNull(found);
                Assert.IsType<Order>(repository.Latest());
                Assert.IsType<Customer>(repository.CustomerOf(1));
                object boxed = order;
                Assert.IsType<Order>(boxed);
                int? lines = null;
                Assert.NotNull(lines);
        """,
        """
                var expected = 10m;
                Assert.That(order.Total, Is.EqualTo(expected));
                Assert.That(order.Lines, Is.EqualTo(order.Lines));
                Assert.That(repository.Find(1), Is.Not.Null);
                Assert.That(order, Is.Not.EqualTo(order));
                Assert.That(false, Is.True);
                Assert.That(repository.Latest(), Is.TypeOf<Order>());
                Assert.That(order, Is.Null);
        """,
        """
                var expected = 10m;
                Assert.AreEqual(expected, order.Total);
                Assert.AreNotEqual(order, order);
                Assert.IsNotNull(repository.Find(1));
                Assert.IsTrue(false);
                Assert.IsInstanceOfType(repository.Latest(), typeof(Order));
        """,
        """
                var expected = 10m;
                await Assert.That(order.Total).IsEqualTo(expected);
                await Assert.That(repository.Find(1)).IsNotNull();
                await Assert.That(repository.Latest()).IsTypeOf<Order>();
                await Assert.That(false).IsTrue();
        """)));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_type_check_of_a_nullable_reference(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        #nullable enable
        using FluentAssertions;
        using Shop;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Checks()
            {
                Order? order = Load();
                order.Should().BeOfType<Order>();
                order.Should().BeAssignableTo<IOrder>();
            }

            private static Order? Load() => new Order();
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_look_alike_assert_classes(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        namespace MyCompany.Testing
        {
            public static class Check { public static void True(bool value) { } public static void NotNull(object value) { } }
        }

        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Checks()
            {
                MyCompany.Testing.Check.True(true);
                MyCompany.Testing.Check.NotNull(new object());
            }
        }
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_assertions(Fw fw) => BrokenCode<RA1003AssertionCannotFail>.VerifyNoDiagnosticAsync(fw, """
        using FluentAssertions;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Checks()
            {
                var order = new object();
                order.Should().
                order.Should().Be(
                Unknown.Thing(order).Should().NotBeNull();
                Assert.Equal(order, );
                Assert.True(
            }
        """);

    [Fact]
    public Task Fix_removes_the_assertion() => FixVerifier.VerifyFixAsync(Fw.XUnitV2, """
        using Shop;
        public class OrderTests
        {
            [Fact]
            public void Adds_the_price()
            {
                var order = new Order();
                order.Add(10m);
                {|RA1003:Assert.NotNull(order)|};
                Assert.Equal(10m, order.Total);
            }
        }
        """ + Production, """
        using Shop;
        public class OrderTests
        {
            [Fact]
            public void Adds_the_price()
            {
                var order = new Order();
                order.Add(10m);
                Assert.Equal(10m, order.Total);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_All_removes_every_assertion_that_cannot_fail(Fw fw) => FixVerifier.VerifyFixAsync(fw, """
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shop;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Adds_the_price()
            {
                var order = new Order();
                {|RA1003:order.Should().NotBeNull()|};
                order.Add(10m);
                {|RA1003:true.Should().BeTrue()|};
                order.Total.Should().Be(10m);
            }

            [TEST]
            public void Counts_lines()
            {
                var order = new Order();
                order.Add(1m);
                {|RA1003:order.Should().BeSameAs(order)|};
                order.Lines.Should().Be(1);
            }
        }
        """ + Production, """
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shop;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Adds_the_price()
            {
                var order = new Order();
                order.Add(10m);
                order.Total.Should().Be(10m);
            }

            [TEST]
            public void Counts_lines()
            {
                var order = new Order();
                order.Add(1m);
                order.Lines.Should().Be(1);
            }
        }
        """ + Production);

    [Fact]
    public Task Fix_is_not_offered_for_an_expression_bodied_test() => FixVerifier.VerifyNoFixAsync(Fw.XUnitV2, """
        public class OrderTests
        {
            [Fact]
            public void Placeholder() => {|RA1003:Assert.True(true)|};
        }
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_NaN_and_infinity_whose_equality_the_library_decides(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, InTest(Pick(fw,
        """
                Assert.Equal(double.NaN, double.NaN);
                Assert.Equal(double.PositiveInfinity, double.PositiveInfinity);
                Assert.NotEqual(float.NaN, float.NaN);
        """,
        """
                Assert.That(double.NaN, Is.EqualTo(double.NaN));
                Assert.That(double.NegativeInfinity, Is.EqualTo(double.NegativeInfinity));
        """,
        """
                Assert.AreEqual(float.NaN, float.NaN);
                Assert.AreEqual(double.PositiveInfinity, double.PositiveInfinity);
        """,
        """
                await Assert.That(double.NaN).IsEqualTo(double.NaN);
                await Assert.That(float.PositiveInfinity).IsEqualTo(float.PositiveInfinity);
        """)));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_a_tolerance_or_comparer_decides_the_comparison(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class PriceTests
        {
            [TEST]
            public async Task Rounds_within_a_tolerance()
            {
                await Task.CompletedTask;
                (0.1 + 0.2).Should().BeApproximately(0.3, 1e-9);
                double.NaN.Should().BeApproximately(double.NaN, 0.01);
                (0.1 + 0.2).ShouldBe(0.3, 1e-9);
        """ + Pick(fw,
        """
                Assert.Equal(0.3, 0.1 + 0.2, 9);
                Assert.Equal(0.3, 0.1 + 0.2, 1e-9);
                Assert.Equal("SKU-1", "sku-1", StringComparer.OrdinalIgnoreCase);
        """,
        """
                Assert.That(0.1 + 0.2, Is.EqualTo(0.3).Within(1e-9));
                Assert.That(double.NaN, Is.EqualTo(double.NaN).Within(0.01));
                Assert.That("SKU-1", Is.EqualTo("sku-1").IgnoreCase);
        """,
        """
                Assert.AreEqual(0.3, 0.1 + 0.2, 1e-9);
                Assert.AreEqual("SKU-1", "sku-1", true);
        """,
        """
                await Assert.That(0.1 + 0.2).IsEqualTo(0.3).Within(1e-9);
                await Assert.That(float.NaN).IsEqualTo(float.NaN).Within(0.5f);
        """) + """

            }
        }
        """);

    private const string Limits = """

        namespace Shop
        {
            public static class Limits
            {
                public const int MaxLines = 100;
                public const int MaxItemsPerOrder = MaxLines;
                public const string Currency = "EUR";
            }

            public enum OrderStatus { Open = 1, Shipped = 2 }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_product_constant_pinned_to_a_value(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class LimitsTests
        {
            [TEST]
            public async Task Pins_the_published_limits()
            {
                await Task.CompletedTask;
        """ + Pick(fw,
        """
                Assert.Equal(100, Limits.MaxLines);
                Assert.Equal(Limits.MaxLines, Limits.MaxItemsPerOrder);
                Assert.Equal("EUR", Limits.Currency);
                Assert.Equal(2, (int)OrderStatus.Shipped);
                {|RA1003:Assert.Equal(Limits.MaxLines, Limits.MaxLines)|};
        """,
        """
                Assert.That(Limits.MaxLines, Is.EqualTo(100));
                Assert.That(Limits.MaxItemsPerOrder, Is.EqualTo(Limits.MaxLines));
                Assert.That((int)OrderStatus.Shipped, Is.EqualTo(2));
                {|RA1003:Assert.That(Limits.MaxLines, Is.EqualTo(Limits.MaxLines))|};
        """,
        """
                Assert.AreEqual(100, Limits.MaxLines);
                Assert.AreEqual("EUR", Limits.Currency);
                {|RA1003:Assert.AreEqual(Limits.MaxLines, Limits.MaxLines)|};
        """,
        """
                await Assert.That(Limits.MaxLines).IsEqualTo(100);
                await Assert.That(Limits.MaxItemsPerOrder).IsEqualTo(Limits.MaxLines);
                await {|RA1003:Assert.That(Limits.MaxLines).IsEqualTo(Limits.MaxLines)|};
        """) + """

            }
        }
        """ + Limits);

    private const string Money = """

        namespace Shop
        {
            public sealed class Money : System.IEquatable<Money>
            {
                public Money(decimal amount) => Amount = amount;
                public decimal Amount { get; }
                public bool Equals(Money other) => other is not null && other.Amount == Amount;
                public override bool Equals(object obj) => Equals(obj as Money);
                public override int GetHashCode() => Amount.GetHashCode();
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_where_the_product_decides_the_outcome(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, InTest("""
                var price = new Money(10m);
                ASSERT_TRUE(Limits.MaxLines > 10);
                ASSERT_EQUAL(price, price);
        """ + Pick(fw,
        """
                Assert.IsAssignableFrom<IOrder>(repository.Find(1));
                Assert.IsType<Order>(repository.Find(2));
        """,
        """
                Assert.That(repository.Find(1), Is.InstanceOf<IOrder>());
        """,
        """
                Assert.IsInstanceOfType(repository.Find(1), typeof(IOrder));
        """,
        """
                await Assert.That(repository.Find(1)).IsAssignableTo<IOrder>();
        """)) + Limits + Money);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_constants_the_test_declares(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class LimitsTests
        {
            private const int ExpectedLines = 100;

            [TEST]
            public async Task Compares_its_own_constants()
            {
                await Task.CompletedTask;
        """ + Pick(fw,
        """
                {|RA1003:Assert.Equal(100, ExpectedLines)|};
        """,
        """
                {|RA1003:Assert.That(ExpectedLines, Is.EqualTo(100))|};
        """,
        """
                {|RA1003:Assert.AreEqual(100, ExpectedLines)|};
        """,
        """
                await {|RA1003:Assert.That(ExpectedLines).IsEqualTo(100)|};
        """) + """

            }
        }
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fix_is_not_offered_when_the_assertion_is_the_only_check_of_the_test(Fw fw) => FixVerifier.VerifyNoFixAsync(fw, """
        using FluentAssertions;
        using Shop;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Creates_an_order()
            {
                var order = new Order();
                {|RA1003:order.Should().NotBeNull()|};
                {|RA1003:true.Should().BeTrue()|};
            }

            [TEST]
            public void Adds_lines_when_asked(bool add)
            {
                var order = new Order();
                {|RA1003:order.Should().NotBeNull()|};
                if (add)
                {
                    order.Add(1m);
                    order.Lines.Should().Be(1);
                }
            }

            [TEST]
            public void Returns_before_its_real_check()
            {
                var order = new Order();
                {|RA1003:order.Should().NotBeNull()|};
                if (order.Lines == 0)
                {
                    return;
                }

                order.Total.Should().Be(0m);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Fix_All_leaves_no_finding_behind(Fw fw)
    {
        const string source = """
            using FluentAssertions;
            using Shop;
            [CLASS]
            public class OrderTests
            {
                [TEST]
                public void Adds_the_price()
                {
                    var order = new Order();
                    order.Add(10m);
                    {|RA1003:order.Should().NotBeNull()|};
                    {|RA1003:true.Should().BeTrue()|};
                    order.Total.Should().Be(10m);
                }
            }
            """;
        const string fixedSource = """
            using FluentAssertions;
            using Shop;
            [CLASS]
            public class OrderTests
            {
                [TEST]
                public void Adds_the_price()
                {
                    var order = new Order();
                    order.Add(10m);
                    order.Total.Should().Be(10m);
                }
            }
            """;
        await FixVerifier.VerifyFixAsync(fw, source + Production, fixedSource + Production);
        await FixOutcome.AssertNoFindingAsync(fw, fixedSource + Production);
    }
}
