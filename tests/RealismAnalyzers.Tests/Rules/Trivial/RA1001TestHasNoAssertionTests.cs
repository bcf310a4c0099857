using RealismAnalyzers.Rules.Trivial;
using RealismAnalyzers.Tests.Verifiers;
using Verifier = RealismAnalyzers.Tests.Verifiers.Verify<RealismAnalyzers.Rules.Trivial.RA1001TestHasNoAssertion>;

namespace RealismAnalyzers.Tests.Rules.Trivial;

public class RA1001TestHasNoAssertionTests
{
    private const string Production = """

        public sealed class Order
        {
            public decimal Total { get; private set; }
            public void Add(decimal price) => Total += price;
        public void Cancel() => throw new System.InvalidOperationException();
            public bool IsValid() => Total > 0;
        }

        public interface IPaymentGateway { bool Charge(decimal amount); decimal Balance(); }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_a_test_that_only_calls_the_code(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void {|RA1001:Adding_an_item_updates_the_total|}()
            {
                var order = new Order();
                order.Add(10m);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_an_async_data_driven_test_without_assertion(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class OrderTests
        {
            [THEORY]
            [ROW(1)]
            [ROW(2)]
            public async Task {|RA1001:Adds_prices|}(int price)
            {
                var order = new Order();
                await Task.Yield();
                order.Add(price);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_on_an_expression_bodied_test(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void {|RA1001:Adds|}() => new Order().Add(1m);
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Fires_when_the_helper_it_calls_does_not_assert(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void {|RA1001:Adds|}()
            {
                var order = CreateOrder();
                Fill(order);
            }

            private static Order CreateOrder() => new Order();
            private static void Fill(Order order) { order.Add(1m); order.Add(2m); }
        }
        """ + Production);

    // Real suites (NSubstitute, CsvHelper): an assertion with a dynamic argument binds at run time; it is still the assertion.
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_an_assertion_with_a_dynamic_argument(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Dynamic_total_is_read()
            {
                dynamic order = new System.Dynamic.ExpandoObject();
                order.Total = 10m;
                ASSERT_EQUAL(10m, order.Total);
            }

            [TEST]
            public async Task {|RA1001:Dynamic_total_is_only_written|}()
            {
                dynamic order = new System.Dynamic.ExpandoObject();
                order.Total = 10m;
                System.Console.WriteLine(order.Total);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_a_framework_assertion(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using System.Threading.Tasks;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public async Task Adding_an_item_updates_the_total()
            {
                var order = new Order();
                order.Add(10m);
                ASSERT_EQUAL(10m, order.Total);
            }

            [TEST]
            public async Task Valid_after_adding()
            {
                var order = new Order();
                order.Add(10m);
                ASSERT_TRUE(order.IsValid());
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_assertion_libraries(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Fluent()
            {
                var order = new Order();
                order.Add(10m);
                order.Total.Should().Be(10m);
            }

            [TEST]
            public void Fluent_chained()
            {
                var order = new Order();
                order.Should().NotBeNull().And.BeOfType<Order>();
            }

            [TEST]
            public void Shouldly_style()
            {
                var order = new Order();
                order.Add(10m);
                order.Total.ShouldBe(10m);
            }

            [TEST]
            public void Shouldly_throw()
            {
                Should.Throw<System.InvalidOperationException>(() => throw new System.InvalidOperationException());
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_awesome_assertions(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using AwesomeAssertions;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Awesome()
            {
                var order = new Order();
                order.Add(10m);
                order.Total.Should().Be(10m);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_mock_verifications(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using Moq;
        using NSubstitute;
        using FakeItEasy;
        [CLASS]
        public class CheckoutTests
        {
            [TEST]
            public void Moq_verify()
            {
                var gateway = new Mock<IPaymentGateway>();
                gateway.Object.Charge(5m);
                gateway.Verify(g => g.Charge(5m), Moq.Times.Once());
            }

            [TEST]
            public void NSubstitute_received()
            {
                var gateway = Substitute.For<IPaymentGateway>();
                gateway.Charge(5m);
                gateway.Received(1).Charge(5m);
            }

            [TEST]
            public void NSubstitute_did_not_receive()
            {
                var gateway = Substitute.For<IPaymentGateway>();
                gateway.DidNotReceive().Charge(Arg.Any<decimal>());
            }

            [TEST]
            public void FakeItEasy_must_have_happened()
            {
                var gateway = A.Fake<IPaymentGateway>();
                gateway.Charge(5m);
                A.CallTo(() => gateway.Charge(5m)).MustHaveHappenedOnceExactly();
            }
        }
        """ + Production);

    // Real suites (NSubstitute): Received() completed by a property or indexer access is a verification ("Checking calls to
    // indexers" and properties in NSubstitute's docs).
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_NSubstitute_verifications_of_properties_and_indexers(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using NSubstitute;
        [CLASS]
        public class SettingsTests
        {
            [TEST]
            public void Indexer_set_is_received()
            {
                var settings = Substitute.For<ISettings>();
                new Configurator(settings).Apply();
                settings.Received()["theme"] = "dark";
            }

            [TEST]
            public void Property_set_is_not_received()
            {
                var settings = Substitute.For<ISettings>();
                new Configurator(settings).Apply();
                settings.DidNotReceive().Mode = 2;
            }

            [TEST]
            public void Property_get_is_received()
            {
                var settings = Substitute.For<ISettings>();
                new Configurator(settings).Apply();
                _ = settings.Received().Mode;
            }

            [TEST]
            public void {|RA1001:Property_is_only_read|}()
            {
                var settings = Substitute.For<ISettings>();
                new Configurator(settings).Apply();
                _ = settings.Mode;
            }
        }

        public interface ISettings { string this[string key] { get; set; } int Mode { get; set; } }

        public sealed class Configurator
        {
            private readonly ISettings _settings;
            public Configurator(ISettings settings) => _settings = settings;
            public void Apply() => _settings["theme"] = "dark";
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_through_assertion_helpers_three_calls_deep(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Adds()
            {
                var order = new Order();
                order.Add(1m);
                Check(order);
            }

            [TEST]
            public void Adds_through_a_lambda()
            {
                var order = new Order();
                System.Action<Order> check = o => Level1(o);
                check(order);
            }

            [TEST]
            public void Adds_through_a_local_function()
            {
                var order = new Order();
                Inspect();

                void Inspect() => Level2(order);
            }

            private static void Check(Order order) => Level1(order);
            private static void Level1(Order order) => Level2(order);
            private static void Level2(Order order) => Level3(order);
            private static void Level3(Order order) => order.Total.Should().BePositive();
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_assertion_helpers_in_a_base_class(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        using FluentAssertions;
        public abstract class OrderTestBase
        {
            protected static void TotalIs(Order order, decimal expected) => order.Total.Should().Be(expected);
        }

        [CLASS]
        public class OrderTests : OrderTestBase
        {
            [TEST]
            public void Adds()
            {
                var order = new Order();
                order.Add(1m);
                TotalIs(order, 1m);
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_methods_named_with_an_assertion_prefix(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        public static class OrderChecks
        {
            public static void AssertValid(Order order) { }
            public static void VerifyTotal(Order order) { }
            public static void ExpectPositive(Order order) { }
            public static void Check(Order order) { }
            public static void EnsureConsistent(Order order) { }
            public static void ShouldBeShippable(Order order) { }
        }

        [CLASS]
        public class OrderTests
        {
            [TEST] public void A() { OrderChecks.AssertValid(new Order()); }
            [TEST] public void B() { OrderChecks.VerifyTotal(new Order()); }
            [TEST] public void C() { OrderChecks.ExpectPositive(new Order()); }
            [TEST] public void D() { OrderChecks.Check(new Order()); }
            [TEST] public void E() { OrderChecks.EnsureConsistent(new Order()); }
            [TEST] public void F() { OrderChecks.ShouldBeShippable(new Order()); }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task A_prefix_counts_only_at_a_word_boundary(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        public static class Shop
        {
            public static void Checkout(Order order) { }
            public static void Expecting(Order order) { }
        }

        [CLASS]
        public class OrderTests
        {
            [TEST] public void {|RA1001:Checks_out|}() { Shop.Checkout(new Order()); }
            [TEST] public void {|RA1001:Expects|}() { Shop.Expecting(new Order()); }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_methods_marked_AssertionMethod_in_any_namespace(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        namespace JetBrains.Annotations { [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class AssertionMethodAttribute : System.Attribute { } }
        namespace MyCompany.Testing
        {
            [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class AssertionMethodAttribute : System.Attribute { }
            public static class HttpProbe
            {
                [JetBrains.Annotations.AssertionMethod] public static void Ok(object response) { }
                [AssertionMethod] public static void Created(object response) { }
            }
        }

        [CLASS]
        public class ApiTests
        {
            [TEST] public void Get() { MyCompany.Testing.HttpProbe.Ok(new object()); }
            [TEST] public void Post() { MyCompany.Testing.HttpProbe.Created(new object()); }
        }
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Configured_assertion_methods_and_prefixes_are_respected(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        namespace MyCompany.Testing
        {
            public static class HttpProbe
            {
                public static void Ok(object response) { }
            }

            public static class Snapshot
            {
                public static void Matches(object value) { }
                public static void Approve(object value) { }
            }
        }

        [CLASS]
        public class ApiTests
        {
            [TEST] public void Get() { MyCompany.Testing.HttpProbe.Ok(new object()); }
            [TEST] public void Snap() { MyCompany.Testing.Snapshot.Matches(new object()); }
            [TEST] public void Approved() { MyCompany.Testing.Snapshot.Approve(new object()); }
            [TEST] public void {|RA1001:Verify_is_no_longer_a_prefix|}() { Helpers.VerifyIt(); }
        }

        public static class Helpers { public static void VerifyIt() { } }
        """,
        """
        realism.assertion_methods = MyCompany.Testing.HttpProbe.*, *.Snapshot.Matches
        realism.assertion_prefixes = Approve
        """);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_an_explicit_throw(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        [CLASS]
        public class OrderTests
        {
            [TEST]
            public void Adds()
            {
                var order = new Order();
                order.Add(1m);
                if (order.Total != 1m)
                {
                    throw new System.InvalidOperationException("wrong total");
                }
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_skipped_empty_or_abstract_tests(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, """
        [CLASS]
        public abstract class OrderTestsBase
        {
            [TEST]
            public abstract void Adds();
        }

        [CLASS]
        public class OrderTests
        {
            [SKIPPED]
            public void Adds_later()
            {
                new Order().Add(1m);
            }

            [TEST]
            public void Nothing_yet()
            {
                // TODO
            }
        }
        """ + Production);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_on_framework_failure_and_exception_assertions(Fw fw) => Verifier.VerifyAnalyzerAsync(fw, fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => """
            [CLASS]
            public class OrderTests
            {
                [Fact] public void Throws() { Assert.Throws<System.InvalidOperationException>(() => new Order().Cancel()); }
                [Fact] public void Fails() { Assert.Fail("not implemented"); }
                [Fact] public void Records() { var e = Record.Exception(() => new Order().Add(1m)); Assert.Null(e); }
            }
            """,
        Fw.NUnit3 or Fw.NUnit4 => """
            [CLASS]
            public class OrderTests
            {
                [Test] public void Throws() { Assert.Throws<System.ArgumentException>(() => throw new System.ArgumentException()); }
                [Test] public void Fails() { Assert.Fail("not implemented"); }
                [Test] public void DoesNotThrow() { Assert.DoesNotThrow(() => new Order().Add(1m)); }
                [Test] public void Multiple() { Assert.Multiple(() => { Assert.That(new Order().Total, Is.Zero); }); }
                [TestCase(1, ExpectedResult = 1)] public int Returns_expected_result(int x) => x;
                [Test] public void Classic() { ClassicAssert.AreEqual(1, 1 + 0); }
            }
            """.Replace("ClassicAssert", fw == Fw.NUnit3 ? "Assert" : "ClassicAssert"),
        Fw.MSTest => """
            [TestClass]
            public class OrderTests
            {
                [TestMethod] public void Throws() { Assert.ThrowsException<System.ArgumentException>(() => throw new System.ArgumentException()); }
                [TestMethod] public void Fails() { Assert.Fail("not implemented"); }
                [TestMethod, ExpectedException(typeof(System.ArgumentException))] public void Expected() { new Order().Add(-1m); }
                [TestMethod] public void Strings() { StringAssert.Contains("abc", "b"); }
                [TestMethod] public void Collections() { CollectionAssert.AllItemsAreNotNull(new[] { new Order() }); }
            }
            """,
        _ => """
            using System.Threading.Tasks;
            public class OrderTests
            {
                [Test] public async Task Throws() { await Assert.ThrowsAsync<System.ArgumentException>(() => throw new System.ArgumentException()); }
                [Test] public void Fails() { Assert.Fail("not implemented"); }
                [Test] public async Task Equal() { await Assert.That(new Order().Total).IsEqualTo(0m); }
                [Test] public int Returns_a_value() => 1;
            }
            """,
    } + Production);

    // Real suites: an assertion call that does not bind (a source-generated assertion whose generator has not run, an internal member
    // the tests cannot see yet) looks like no assertion at all. The test may well assert: RA1001 waits until the code compiles.

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public Task Does_not_fire_when_the_assertion_call_does_not_bind(Fw fw)
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<RA1001TestHasNoAssertion, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = Frameworks.Expand("""
                using System.Threading.Tasks;
                [CLASS]
                public class OrderTests
                {
                    [TEST]
                    public async Task Empty_orders_have_no_content()
                    {
                        var order = new Order();
                        await order.Total.ShouldHaveNoContentAsync();
                    }

                    [TEST]
                    public void Cancelled_orders_are_closed()
                    {
                        var order = new Order();
                        CheckClosed(order);
                    }

                    private static void CheckClosed(Order order) => order.IsClosed().Verify();
                }
                """ + Production, fw),
            ReferenceAssemblies = Frameworks.References(fw),
            CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None,
        };
        return test.RunAsync();
    }

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.NUnit4)]
    public Task Does_not_fire_on_a_helper_of_a_referenced_test_utility_library(Fw fw)
    {
        // Shop.Testing is the product's own testing kit, built elsewhere: its helpers cannot be read, and one that returns nothing is there
        // to check something. A helper of the product itself (Shop.Core) does not count.
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<RA1001TestHasNoAssertion, Microsoft.CodeAnalysis.Testing.DefaultVerifier>
        {
            TestCode = Frameworks.Expand("""
                using System.Threading.Tasks;
                using Shop;
                using Shop.Testing;
                [CLASS]
                public class OrderTests
                {
                    [TEST]
                    public async Task Orders_are_approved()
                    {
                        var order = new Order();
                        await Approvals.ApproveAsync(order);
                    }

                    [TEST]
                    public void Orders_render_like_last_time() => Approvals.Approve(new Order());

                    [TEST]
                    public void {|RA1001:Orders_are_built|}() => Builders.AnOrder();

                    [TEST]
                    public void {|RA1001:Orders_are_priced|}() => new Order().Reprice();
                }
                """, fw),
            ReferenceAssemblies = Frameworks.References(fw),
        };
        var framework = fw == Fw.XUnitV2 ? "Xunit.Assert.Equal(\"x\", value.ToString())" : "NUnit.Framework.Assert.That(value, NUnit.Framework.Is.Not.Null)";
        test.TestState.AdditionalProjects["Shop.Core"].Sources.Add(("Order.cs", "namespace Shop { public sealed class Order { public decimal Total { get; set; } public void Reprice() { } } }"));
        test.TestState.AdditionalProjects["Shop.Testing"].Sources.Add(("Approvals.cs", $$"""
            namespace Shop.Testing
            {
                public static class Approvals
                {
                    public static void Approve(object value) => {{framework}};
                    public static System.Threading.Tasks.Task ApproveAsync(object value) { Approve(value); return System.Threading.Tasks.Task.CompletedTask; }
                }

                public static class Builders { public static Shop.Order AnOrder() => new Shop.Order(); }
            }
            """));
        test.TestState.AdditionalProjects["Shop.Core"].ReferenceAssemblies = Microsoft.CodeAnalysis.Testing.ReferenceAssemblies.Net.Net80;
        test.TestState.AdditionalProjects["Shop.Testing"].AdditionalProjectReferences.Add("Shop.Core");
        test.TestState.AdditionalProjectReferences.Add("Shop.Core");
        test.TestState.AdditionalProjectReferences.Add("Shop.Testing");
        return test.RunAsync();
    }
}
