using RealismAnalyzers.Rules.Trivial;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1006TestCanPassWithoutAssertion>;

namespace RealismAnalyzers.Tests.Rules.Trivial;

public class RA1006TestCanPassWithoutAssertionTests
{
    private const string Production = """

        namespace Shop
        {
            public sealed class Line { public string Sku { get; set; } = ""; public decimal Price { get; set; } }
            public sealed class Cart
            {
                public System.Collections.Generic.List<Line> Lines { get; } = new System.Collections.Generic.List<Line>();
                public decimal Total { get; private set; }
                public bool IsEmpty => Lines.Count == 0;
                public void Add(string sku, decimal price) { Lines.Add(new Line { Sku = sku, Price = price }); Total += price; }
                public void Checkout() { if (IsEmpty) throw new System.InvalidOperationException(); }
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_assertions_sit_in_an_if_branch(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class CartTests
        {
            [TEST]
            public async Task {|RA1006:Adding_updates_the_total|}()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 10m);
                if (!cart.IsEmpty)
                {
                    ASSERT_EQUAL(10m, cart.Total);
                }
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_an_early_return_before_the_assertions(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class CartTests
        {
            [TEST]
            public async Task {|RA1006:Adding_updates_the_total|}()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 10m);
                if (cart.Total > 100m)
                {
                    return;
                }

                ASSERT_EQUAL(10m, cart.Total);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_assertions_sit_in_a_loop_that_may_run_zero_times(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class CartTests
        {
            [TEST]
            public async Task {|RA1006:Every_line_has_a_price|}()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 10m);
                foreach (var line in cart.Lines)
                {
                    ASSERT_TRUE(line.Price > 0);
                }
            }

            [TEST]
            public async Task {|RA1006:Counting_loop_with_a_computed_bound|}()
            {
                var cart = new Cart();
                for (var i = 0; i < cart.Lines.Count; i++)
                {
                    ASSERT_NOT_NULL(cart.Lines[i]);
                }
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_assertions_run_only_in_a_catch(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class CartTests
        {
            [TEST]
            public async Task {|RA1006:An_empty_cart_has_no_first_line|}()
            {
                var cart = new Cart();
                try
                {
                    _ = cart.Lines[0];
                }
                catch (System.ArgumentOutOfRangeException exception)
                {
                    ASSERT_NOT_NULL(exception.Message);
                }
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_with_assertion_libraries_in_a_switch(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Shouldly;
        using Shop;
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void {|RA1006:Prices_by_kind|}()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 10m);
                switch (cart.Lines[0].Sku)
                {
                    case "SKU-1":
                        cart.Total.Should().Be(10m);
                        break;
                    case "SKU-2":
                        cart.Total.ShouldBe(20m);
                        break;
                }
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_every_path_asserts_or_ends_abnormally(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shop;
        [CLASS]
        public class CartTests
        {
            [TEST]
            public async Task Both_branches_assert()
            {
                var cart = new Cart();
                if (cart.IsEmpty)
                {
                    cart.Lines.Should().BeEmpty();
                }
                else
                {
                    cart.Total.Should().BePositive();
                }
            }

            [TEST]
            public async Task Other_branch_throws()
            {
                var cart = new Cart();
                if (cart.IsEmpty)
                {
                    throw new System.InvalidOperationException("fixture broken");
                }

                cart.Total.Should().BePositive();
            }

            [TEST]
            public async Task Assertion_after_the_branch()
            {
                var cart = new Cart();
                if (cart.IsEmpty)
                {
                    cart.Add("SKU-1", 1m);
                }

                ASSERT_EQUAL(1m, cart.Total);
            }

            [TEST]
            public async Task Fail_guarded_try()
            {
                var cart = new Cart();
                try
                {
                    cart.Checkout();
                    ASSERT_TRUE(false);
                }
                catch (System.InvalidOperationException exception)
                {
                    ASSERT_NOT_NULL(exception);
                }
            }

            [TEST]
            public async Task Cleanup_in_finally()
            {
                var cart = new Cart();
                try
                {
                    cart.Add("SKU-1", 1m);
                    ASSERT_EQUAL(1m, cart.Total);
                }
                finally
                {
                    cart.Lines.Clear();
                }
            }
        }
        """ + Production);

    // The checks RA1001 learned on real suites count on every branch here too: an assertion with a dynamic argument and an
    // NSubstitute verification of a property.
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_a_branch_checks_late_bound_or_through_a_received_property(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using NSubstitute;
        using Shop;
        [CLASS]
        public class CartTests
        {
            [TEST]
            public async Task Each_branch_checks_one_through_a_received_property()
            {
                var cart = new Cart();
                var display = Substitute.For<IDisplay>();
                if (cart.IsEmpty)
                {
                    display.Mode = 1;
                    display.Received().Mode = 1;
                }
                else
                {
                    ASSERT_EQUAL(0m, cart.Total);
                }
            }

            [TEST]
            public async Task Each_branch_checks_one_late_bound()
            {
                var cart = new Cart();
                dynamic view = new System.Dynamic.ExpandoObject();
                view.Total = cart.Total;
                if (cart.IsEmpty)
                {
                    ASSERT_EQUAL(0m, view.Total);
                }
                else
                {
                    ASSERT_EQUAL(0m, cart.Total);
                }
            }
        }

        public interface IDisplay { int Mode { get; set; } }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_loops_that_run_at_least_once(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        using Shop;
        [CLASS]
        public class CartTests
        {
            [TEST]
            public async Task Array_literal()
            {
                foreach (var price in new[] { 1m, 2m, 3m })
                {
                    var cart = new Cart();
                    cart.Add("SKU", price);
                    ASSERT_EQUAL(price, cart.Total);
                }
            }

            [TEST]
            public async Task Local_list_with_initializer()
            {
                var skus = new List<string> { "SKU-1", "SKU-2" };
                foreach (var sku in skus)
                {
                    var cart = new Cart();
                    cart.Add(sku, 1m);
                    ASSERT_EQUAL(1m, cart.Total);
                }
            }

            [TEST]
            public async Task Asserted_count_first()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 1m);
                cart.Lines.Should().HaveCount(1);
                foreach (var line in cart.Lines)
                {
                    line.Price.Should().Be(1m);
                }
            }

            [TEST]
            public async Task Asserted_not_empty_first()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 1m);
                cart.Lines.ShouldNotBeEmpty();
                foreach (var line in cart.Lines)
                {
                    line.Price.ShouldBe(1m);
                }
            }

            [TEST]
            public async Task Asserted_count_property_first()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 1m);
                ASSERT_EQUAL(1, cart.Lines.Count);
                foreach (var line in cart.Lines)
                {
                    ASSERT_EQUAL(1m, line.Price);
                }
            }

            [TEST]
            public async Task Counting_loop_with_constant_bounds()
            {
                for (var i = 0; i < 3; i++)
                {
                    var cart = new Cart();
                    cart.Add("SKU", i);
                    ASSERT_EQUAL((decimal)i, cart.Total);
                }
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_tests_without_assertions_or_skipped_tests(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void No_assertion_at_all()
            {
                var cart = new Cart();
                if (cart.IsEmpty) { cart.Add("SKU", 1m); }
            }

            [SKIPPED]
            public async Task Skipped()
            {
                var cart = new Cart();
                if (cart.IsEmpty) { ASSERT_TRUE(cart.IsEmpty); }
            }
        }
        """ + Production);

    [Fact]
    public Task Does_not_fire_on_paths_ending_in_Assume_Inconclusive_or_Skip() => Task.WhenAll(
        Verifier.VerifyAnalyzerAsync(Fw.NUnit4, """
            using Shop;
            public class CartTests
            {
                [Test]
                public void Assumed()
                {
                    var cart = new Cart();
                    if (cart.IsEmpty) { Assert.Inconclusive("no lines"); }
                    Assert.That(cart.Total, Is.Zero);
                }
            }
            """ + Production),
        Verifier.VerifyAnalyzerAsync(Fw.MSTest, """
            using Shop;
            [TestClass]
            public class CartTests
            {
                [TestMethod]
                public void Inconclusive()
                {
                    var cart = new Cart();
                    if (!cart.IsEmpty) { Assert.Inconclusive("fixture"); }
                    Assert.AreEqual(0m, cart.Total);
                }
            }
            """ + Production),
        Verifier.VerifyAnalyzerAsync(Fw.XUnitV3, """
            using Shop;
            public class CartTests
            {
                [Fact]
                public void Skipped_at_run_time()
                {
                    var cart = new Cart();
                    if (!cart.IsEmpty) { Assert.Skip("fixture"); }
                    Assert.Equal(0m, cart.Total);
                }
            }
            """ + Production));

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_crash_on_half_typed_code(Fw fw) => BrokenCode<RA1006TestCanPassWithoutAssertion>.VerifyNoDiagnosticAsync(fw, """
        [CLASS]
        public class CartTests
        {
            [TEST]
            public void Broken()
            {
                if (
                foreach (var x in )
                {
                    ASSERT_TRUE(x);
                }
        """);

    private const string Store = """

        namespace Shop
        {
            public enum PaymentMethod { Card, Cash, Voucher }
            public enum Unused { }
            public sealed class Store
            {
                public int OpensAt => 8;
                public int ClosesAt => 18;
                public int SlotsIn(int hour) => hour == 12 ? 2 : 4;
                public bool Accepts(PaymentMethod method) => true;
                public decimal Fee(string method) => method == "card" ? 0.3m : 0m;
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_counting_loops_over_fixed_ranges_of_the_domain(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class StoreTests
        {
            [TEST]
            public async Task Every_opening_hour_has_slots()
            {
                var store = new Store();
                for (var hour = store.OpensAt; hour < store.ClosesAt; hour++)
                {
                    ASSERT_TRUE(store.SlotsIn(hour) > 0);
                }
            }

            [TEST]
            public async Task Every_slot_of_every_hour_is_bookable()
            {
                var store = new Store();
                for (var hour = 8; hour < 18; hour++)
                {
                    for (var slot = 0; slot < store.SlotsIn(hour); slot++)
                    {
                        ASSERT_TRUE(slot < 4);
                    }
                }
            }
        }
        """ + Store);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_loops_over_the_members_of_an_enum(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class StoreTests
        {
            [TEST]
            public async Task Accepts_every_payment_method()
            {
                var store = new Store();
                foreach (var method in Enum.GetValues(typeof(PaymentMethod)).Cast<PaymentMethod>())
                {
                    ASSERT_TRUE(store.Accepts(method));
                }
            }

            [TEST]
            public async Task Accepts_every_payment_method_listed_generically()
            {
                var store = new Store();
                foreach (var method in Enum.GetValues<PaymentMethod>())
                {
                    ASSERT_TRUE(store.Accepts(method));
                }
            }

            [TEST]
            public async Task {|RA1006:Loops_over_an_enum_without_members|}()
            {
                foreach (var value in Enum.GetValues(typeof(Unused)))
                {
                    ASSERT_NOT_NULL(value);
                }
            }
        }
        """ + Store);

    // Real suites (nodatime): the members of an enum reached through a property of the test class, and a literal joined with more
    // items, are never empty. A property that returns a query of the product may still be.
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_loops_over_sequences_built_from_a_non_empty_one(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class StoreTests
        {
            private static IEnumerable<PaymentMethod> Methods => Enum.GetValues(typeof(PaymentMethod)).Cast<PaymentMethod>();

            private static IEnumerable<PaymentMethod> OtherMethods => Methods.Where(m => m != PaymentMethod.Card);

            [TEST]
            public async Task Accepts_every_payment_method_of_the_table()
            {
                var store = new Store();
                foreach (var method in Methods)
                {
                    ASSERT_TRUE(store.Accepts(method));
                }
            }

            [TEST]
            public async Task Accepts_the_card_and_the_others()
            {
                var store = new Store();
                var others = OtherMethods;
                foreach (var method in new[] { PaymentMethod.Card }.Concat(others))
                {
                    ASSERT_TRUE(store.Accepts(method));
                }
            }

            [TEST]
            public async Task Accepts_the_others_and_the_voucher()
            {
                var store = new Store();
                foreach (var method in OtherMethods.Append(PaymentMethod.Voucher))
                {
                    ASSERT_TRUE(store.Accepts(method));
                }
            }

            [TEST]
            public async Task {|RA1006:Accepts_the_others|}()
            {
                var store = new Store();
                foreach (var method in OtherMethods.Concat(OtherMethods))
                {
                    ASSERT_TRUE(store.Accepts(method));
                }
            }
        }
        """ + Store);

    // Conventions tests: `if (found.Count > 0) Assert.Fail(...)` is the manual form of asserting the list is
    // empty; the condition is the check, run on every path. A branch that may pass without failing is still reported.
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_a_branch_can_only_fail(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Linq;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shop;
        [CLASS]
        public class CartTests
        {
            [TEST]
            public async Task Every_line_has_a_price()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 2m);
                var unpriced = cart.Lines.Where(l => l.Price <= 0).ToList();
                if (unpriced.Count > 0)
                {
                    Assert.Fail("lines without a price: " + string.Join(", ", unpriced.Select(l => l.Sku)));
                }
            }

            [TEST]
            public async Task Every_line_has_a_sku()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 2m);
                foreach (var line in new[] { cart.Lines[0] })
                {
                    if (line.Sku.Length == 0)
                    {
                        Assert.Fail("a line without a sku");
                    }
                }
            }

            [TEST]
            public async Task No_line_is_free()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 2m);
                var free = cart.Lines.Where(l => l.Price == 0).ToList();
                if (free.Count > 0)
                {
                    free.Should().BeEmpty("every line has a price");
                }
            }

            [TEST]
            public async Task No_line_is_unnamed()
            {
                var cart = new Cart();
                cart.Add("SKU-1", 2m);
                var unnamed = cart.Lines.Where(l => l.Sku.Length == 0);
                if (unnamed.Any())
                {
                    unnamed.Should().BeEmpty();
                }
            }

            [TEST]
            public async Task {|RA1006:Checks_the_lines_only_when_there_are_some|}()
            {
                var cart = new Cart();
                if (cart.Lines.Any())
                {
                    cart.Lines.Should().HaveCount(1);
                }
            }

            [TEST]
            public async Task {|RA1006:Checks_the_total_only_when_not_empty|}()
            {
                var cart = new Cart();
                if (!cart.IsEmpty)
                {
                    ASSERT_EQUAL(2m, cart.Total);
                }
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_loops_over_a_data_table_of_the_test_class(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class StoreTests
        {
            private static readonly string[] Methods = { "card", "cash" };
            private static string[] s_editable = { "card" };
            private readonly List<string> _assignedLater = new List<string> { "card" };

            public StoreTests()
            {
                _assignedLater = new List<string>();
            }

            public static IEnumerable<object[]> Fees => new List<object[]>
            {
                new object[] { "card", 0.3m },
                new object[] { "cash", 0m },
            };

            public static IReadOnlyList<string> Cards { get { return new[] { "visa", "amex" }; } }

            [TEST]
            public async Task Charges_the_listed_fees()
            {
                var store = new Store();
                foreach (var row in Fees)
                {
                    ASSERT_EQUAL((decimal)row[1], store.Fee((string)row[0]));
                }
            }

            [TEST]
            public async Task Charges_no_negative_fee()
            {
                var store = new Store();
                foreach (var method in Methods)
                {
                    ASSERT_TRUE(store.Fee(method) >= 0m);
                }
            }

            [TEST]
            public async Task Charges_no_negative_card_fee()
            {
                var store = new Store();
                foreach (var card in Cards)
                {
                    ASSERT_TRUE(store.Fee(card) >= 0m);
                }
            }

            [TEST]
            public async Task Counts_through_the_data_table()
            {
                var store = new Store();
                for (var i = 0; i < Methods.Length; i++)
                {
                    ASSERT_TRUE(store.Fee(Methods[i]) >= 0m);
                }
            }

            [TEST]
            public async Task {|RA1006:Counts_through_a_field_that_may_change|}()
            {
                var store = new Store();
                for (var i = 0; i < s_editable.Length; i++)
                {
                    ASSERT_TRUE(store.Fee(s_editable[i]) >= 0m);
                }
            }

            [TEST]
            public async Task {|RA1006:Loops_over_a_field_that_may_change|}()
            {
                var store = new Store();
                foreach (var method in s_editable)
                {
                    ASSERT_TRUE(store.Fee(method) >= 0m);
                }
            }

            [TEST]
            public async Task {|RA1006:Loops_over_a_field_the_constructor_replaces|}()
            {
                var store = new Store();
                foreach (var method in _assignedLater)
                {
                    ASSERT_TRUE(store.Fee(method) >= 0m);
                }
            }
        }
        """ + Store);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_every_data_row_takes_an_asserting_branch(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System;
        using System.Threading.Tasks;
        using Shop;
        [CLASS]
        public class StoreTests
        {
            [THEORY]
            [ROW("card")]
            [ROW("cash")]
            public async Task Charges_the_fee_of_the_method(string method)
            {
                var store = new Store();
                if (method == "card")
                {
                    ASSERT_EQUAL(0.3m, store.Fee(method));
                }

                if (method == "cash")
                {
                    ASSERT_EQUAL(0m, store.Fee(method));
                }
            }

            [THEORY]
            [ROW(typeof(string), true)]
            [ROW(typeof(int), false)]
            public async Task Accepts_by_kind(Type kind, bool expected)
            {
                var store = new Store();
                if (kind == typeof(string) && expected)
                {
                    ASSERT_TRUE(store.Accepts(PaymentMethod.Card));
                }
                else if (!expected)
                {
                    ASSERT_TRUE(store.Accepts(PaymentMethod.Cash));
                }
            }

            [THEORY]
            [ROW("card")]
            [ROW("voucher")]
            public async Task {|RA1006:Skips_a_row_that_no_branch_takes|}(string method)
            {
                var store = new Store();
                if (method == "card")
                {
                    ASSERT_EQUAL(0.3m, store.Fee(method));
                }
            }
        }
        """ + Store);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_null_conditional_call_on_a_non_nullable_parameter(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        #nullable enable
        using FluentAssertions;
        using Shop;
        [CLASS]
        public class StoreTests
        {
            [THEORY]
            [ROW("card")]
            public void Fee_is_never_negative(string method)
            {
                method?.Should().NotBeEmpty();
            }

            [THEORY]
            [ROW("card")]
            public void {|RA1006:May_skip_a_null_method|}(string? method)
            {
                method?.Should().NotBeEmpty();
            }
        }
        """ + Store);
}
