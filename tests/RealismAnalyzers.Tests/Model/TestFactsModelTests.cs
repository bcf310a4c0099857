using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>The fact sheet of a test body: its calls classified once, in the order a walk meets them, whether it throws or checks anything, shared by the rules.</summary>
public class TestFactsModelTests
{
    private const string Production = """

        namespace Shop
        {
            public interface IPriceList { decimal PriceOf(string sku); }

            public sealed class Basket
            {
                private readonly IPriceList _prices;
                public Basket(IPriceList prices) { _prices = prices; }
                public decimal Total(string sku, int quantity) => _prices.PriceOf(sku) * quantity;
            }
        }
        """;

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task The_calls_of_a_test_are_listed_in_walk_order_each_with_its_role(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, """
            using Moq;
            using Shop;
            [CLASS]
            public class BasketTests
            {
                [TEST]
                public async System.Threading.Tasks.Task Totals_the_lines()
                {
                    await System.Threading.Tasks.Task.CompletedTask;
                    var prices = new Mock<IPriceList>();
                    prices.Setup(p => p.PriceOf("apple")).Returns(2m);
                    var total = new Basket(prices.Object).Total("apple", 3);
                    ASSERT_EQUAL(6m, total);
                    prices.Verify(p => p.PriceOf("apple"));
                }
            }
            """ + Production);

        var facts = FactsOf(harness, "Totals_the_lines");

        Assert.Equal(
            ["Returns", "Setup", "PriceOf", "Total", "Verify", "PriceOf"],
            facts.Calls.Select(c => c.Invocation.TargetMethod.Name).Where(n => n is "Setup" or "PriceOf" or "Returns" or "Total" or "Verify"));
        Assert.Equal(InvocationRole.DoubleConfiguration, facts.Calls.First(c => c.Invocation.TargetMethod.Name == "Returns").Info.Role);
        Assert.Equal(InvocationRole.None, facts.Calls.Single(c => c.Invocation.TargetMethod.Name == "Total").Info.Role);
        Assert.Equal(InvocationRole.Verification, facts.Calls.Single(c => c.Invocation.TargetMethod.Name == "Verify").Info.Role);
        Assert.Contains(facts.Calls, c => c.Info.Role is InvocationRole.Assertion or InvocationRole.AssertionStart);
        Assert.False(facts.Throws);
        Assert.True(facts.ChecksSomething(default));

        // The same walk keeps the creations, the writes to locals, and the doubles the test creates.
        Assert.Equal(["Mock", "Basket"], facts.Creations.Select(c => c.Type!.Name));
        Assert.Equal(["prices", "total"], facts.LocalWrites.Select(w => w.Local.Name));
        Assert.True(facts.BindsFully);
        var site = Assert.Single(facts.DoubleSites(default));
        Assert.Equal("prices", site.Holder?.Name);
    }

    [Fact]
    public async Task A_body_with_code_that_does_not_bind_is_not_fully_bound()
    {
        var harness = await ModelHarness.CreateAsync(Fw.XUnitV2, """
            using Shop;
            public class BasketTests
            {
                [Xunit.Fact]
                public void Totals_the_lines()
                {
                    var basket = new Basket(null!);
                    Xunit.Assert.Equal(0m, basket.Total("apple", 1));
                }
            }
            """ + Production);
        var method = harness.Tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Totals_the_lines");
        var broken = harness.Compilation.ReplaceSyntaxTree(
            harness.Tree, harness.Tree.WithChangedText(harness.Tree.GetText().Replace(method.Body!.Span.Start + 1, 0, " var missing = Unknown.Make(); ")));
        var tree = broken.SyntaxTrees[0];
        var body = broken.GetSemanticModel(tree).GetOperation(tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Totals_the_lines").Body!)!;
        var model = TestingModel.For(broken)!;

        Assert.False(model.Tests.FactsOf(body, new AssertionConventions(null, null)).BindsFully);
        Assert.True(FactsOf(harness, "Totals_the_lines").BindsFully);
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task A_test_that_throws_on_its_own_or_calls_a_helper_that_asserts_checks_something_and_one_that_only_runs_code_does_not(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, """
            using Moq;
            using Shop;
            [CLASS]
            public class BasketTests
            {
                [TEST]
                public void Throws_on_a_wrong_total()
                {
                    var total = new Basket(Mock.Of<IPriceList>()).Total("apple", 3);
                    if (total != 0m) throw new System.InvalidOperationException("wrong total");
                }

                [TEST]
                public async System.Threading.Tasks.Task Checks_through_a_helper()
                {
                    await ShouldBeFree(new Basket(Mock.Of<IPriceList>()).Total("apple", 3));
                }

                [TEST]
                public void Only_runs_the_code()
                {
                    new Basket(Mock.Of<IPriceList>()).Total("apple", 3);
                }

                private static async System.Threading.Tasks.Task ShouldBeFree(decimal total)
                {
                    await System.Threading.Tasks.Task.CompletedTask;
                    ASSERT_EQUAL(0m, total);
                }
            }
            """ + Production);

        var throws = FactsOf(harness, "Throws_on_a_wrong_total");
        Assert.True(throws.Throws);
        Assert.True(throws.ChecksSomething(default));

        var helper = FactsOf(harness, "Checks_through_a_helper");
        Assert.False(helper.Throws);
        Assert.True(helper.ChecksSomething(default));

        var runs = FactsOf(harness, "Only_runs_the_code");
        Assert.False(runs.Throws);
        Assert.False(runs.ChecksSomething(default));
    }

    [Fact]
    public async Task One_body_has_one_sheet_and_other_conventions_get_their_own()
    {
        var harness = await ModelHarness.CreateAsync(Fw.XUnitV3, """
            using Shop;
            public class BasketTests
            {
                [Xunit.Fact]
                public void Totals_the_lines()
                {
                    TotalIs(new Basket(null!), 0m);
                }

                private static void TotalIs(Basket basket, decimal expected) { }
            }
            """ + Production);
        var body = Body(harness, "Totals_the_lines");
        var conventions = harness.Conventions();

        var first = harness.Model.Tests.FactsOf(body, conventions);
        var second = harness.Model.Tests.FactsOf(body, conventions);
        var custom = harness.Model.Tests.FactsOf(body, harness.Conventions(prefixes: "TotalIs"));

        Assert.Same(first, second);
        Assert.NotSame(first, custom);
        Assert.False(first.ChecksSomething(default));
        Assert.True(custom.ChecksSomething(default));
        Assert.Equal(InvocationRole.Assertion, custom.Calls.Single(c => c.Invocation.TargetMethod.Name == "TotalIs").Info.Role);
    }

    private static TestFacts FactsOf(ModelHarness harness, string test) =>
        harness.Model.Tests.FactsOf(Body(harness, test), harness.Conventions());

    private static IOperation Body(ModelHarness harness, string test)
    {
        var declaration = harness.Tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == test);
        return harness.SemanticModel.GetOperation(declaration)!;
    }
}
