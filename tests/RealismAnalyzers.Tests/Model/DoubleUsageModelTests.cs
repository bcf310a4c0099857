using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Rules.Mocking;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>The Model's over-mocking queries, checked per mocking and assertion library on real references.</summary>
public class DoubleUsageModelTests
{
    private const string Source = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using AutoFixture;
        using FakeItEasy;
        using FluentAssertions;
        using Moq;
        using NSubstitute;
        using Shouldly;
        using Shop;

        public class Probe
        {
            private readonly Mock<IPricing> _pricing = new Mock<IPricing>();

            public async Task Run()
            {
                var moq = new Mock<IInventory>();
                moq.Setup(i => i.InStock("A")).Returns(1);
                moq.Verify(i => i.InStock("A"));
                var stock = moq.Object.InStock("A");
                var use = new List<object> { moq.Object };

                var sub = Substitute.For<IEmailSender>();
                sub.When(s => s.Send("a", "b")).Do(_ => { });
                sub.Received().Send("a", "b");

                var fake = A.Fake<IOrderRepository>();
                A.CallTo(() => fake.Find(1)).Returns((Order?)null);
                A.CallTo(() => fake.Find(2)).MustHaveHappened();
                var found = await fake.FindAsync(3);

                var of = Mock.Of<IPaymentGateway>();
                var wrapper = new Fake<IPricing>();
                var frozen = new Fixture().Freeze<Mock<IEmailSender>>();
                var inline = new Mock<IPricing>().Object;

                found.Should().BeNull();
                stock.ShouldBe(1);
                _pricing.Object.PriceOf("A").Should().Be(0m);
            }
        }
        """;

    private static async Task<(TestingModel Model, SyntaxNode Root, SemanticModel Semantic)> CompileAsync(Fw fw)
    {
        var references = await Frameworks.ResolveAsync(fw);
        var tree = CSharpSyntaxTree.ParseText(Frameworks.Expand(Source + ShopSources.Production, fw), new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("Probe", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var model = TestingModel.For(compilation);
        Assert.NotNull(model);
        return (model!, await tree.GetRootAsync(), compilation.GetSemanticModel(tree));
    }

    private static IOperation Find(SyntaxNode root, SemanticModel semantic, string text)
    {
        var node = root.DescendantNodes().First(n => n.ToString() == text && semantic.GetOperation(n) is not null);
        return semantic.GetOperation(node)!;
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Double_sites_know_their_holder_and_wrapper_per_library(Fw fw)
    {
        var (model, root, semantic) = await CompileAsync(fw);

        Assert.Equal(("moq", true, TestLibrary.Moq), Site(model, Find(root, semantic, "new Mock<IInventory>()")));
        Assert.Equal(("sub", false, TestLibrary.NSubstitute), Site(model, Find(root, semantic, "Substitute.For<IEmailSender>()")));
        Assert.Equal(("fake", false, TestLibrary.FakeItEasy), Site(model, Find(root, semantic, "A.Fake<IOrderRepository>()")));
        Assert.Equal(("of", false, TestLibrary.Moq), Site(model, Find(root, semantic, "Mock.Of<IPaymentGateway>()")));
        Assert.Equal(("wrapper", true, TestLibrary.FakeItEasy), Site(model, Find(root, semantic, "new Fake<IPricing>()")));
        Assert.Equal(("frozen", true, TestLibrary.AutoFixture), Site(model, Find(root, semantic, "new Fixture().Freeze<Mock<IEmailSender>>()")));
        Assert.Equal(("_pricing", true, TestLibrary.Moq), Site(model, Find(root, semantic, "new Mock<IPricing>()", index: 0)));
        Assert.Equal(("inline", false, TestLibrary.Moq), Site(model, Find(root, semantic, "new Mock<IPricing>()", index: 1)));
    }

    private static IOperation Find(SyntaxNode root, SemanticModel semantic, string text, int index)
    {
        var node = root.DescendantNodes().Where(n => n.ToString() == text && semantic.GetOperation(n) is not null).ElementAt(index);
        return semantic.GetOperation(node)!;
    }

    private static (string?, bool, TestLibrary) Site(TestingModel model, IOperation creation)
    {
        Assert.True(model.Doubles.TryGetDoubleSite(creation, out var site));
        return (site.Holder?.Name, site.HolderIsWrapper, site.Double.Library);
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task References_are_classified_per_library(Fw fw)
    {
        var (model, root, semantic) = await CompileAsync(fw);

        Assert.Equal(
            [DoubleReferenceKind.Configuration, DoubleReferenceKind.Verification, DoubleReferenceKind.MemberCall, DoubleReferenceKind.Use],
            Kinds(model, Find(root, semantic, "new Mock<IInventory>()")));
        Assert.Equal(
            [DoubleReferenceKind.Configuration, DoubleReferenceKind.Verification],
            Kinds(model, Find(root, semantic, "Substitute.For<IEmailSender>()")));
        Assert.Equal(
            [DoubleReferenceKind.Configuration, DoubleReferenceKind.Verification, DoubleReferenceKind.MemberCall],
            Kinds(model, Find(root, semantic, "A.Fake<IOrderRepository>()")));
    }

    private static DoubleReferenceKind[] Kinds(TestingModel model, IOperation creation)
    {
        Assert.True(model.Doubles.TryGetDoubleSite(creation, out var site));
        var references = model.Doubles.GetDoubleReferences(site, model.Doubles.GetHolderScope(site, CancellationToken.None), CancellationToken.None);
        return references.Select(r => r.Kind).ToArray();
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Checked_values_are_followed_back_to_the_double_per_assertion_library(Fw fw)
    {
        var (model, root, semantic) = await CompileAsync(fw);

        var fluent = (IInvocationOperation)Find(root, semantic, "found.Should().BeNull()");
        var shouldly = (IInvocationOperation)Find(root, semantic, "stock.ShouldBe(1)");
        var field = (IInvocationOperation)Find(root, semantic, "_pricing.Object.PriceOf(\"A\").Should().Be(0m)");

        Assert.Equal("found", model.Assertions.GetAssertedValue(fluent)!.Syntax.ToString());
        Assert.Equal("stock", model.Assertions.GetAssertedValue(shouldly)!.Syntax.ToString());
        Assert.True(model.Doubles.IsDoubleAnswer(model.Assertions.GetAssertedValue(shouldly)!, CancellationToken.None));

        // Answers nobody configured (FindAsync of a fake set up only for Find; a field's mock with no setup) are the library's, not the test's.
        Assert.False(model.Doubles.IsDoubleAnswer(model.Assertions.GetAssertedValue(fluent)!, CancellationToken.None));
        Assert.False(model.Doubles.IsDoubleAnswer(model.Assertions.GetAssertedValue(field)!, CancellationToken.None));
        Assert.False(model.Doubles.IsDoubleAnswer(Find(root, semantic, "new List<object> { moq.Object }"), CancellationToken.None));
    }

    [Fact]
    public void Additional_ready_made_types_parse_generic_names_and_skip_malformed_entries()
    {
        var entries = ReadyMadeFakeCatalog.Parse("Shop.IClock => FakeClock, Shop.Cache<K, V> => new Cache<K, V>(), =>, Shop.DbBase+ => SQLite");

        Assert.Equal(["Shop.IClock", "Shop.Cache`2", "Shop.DbBase"], entries.Select(e => e.TypeName));
        Assert.Equal(["FakeClock", "new Cache<K, V>()", "SQLite"], entries.Select(e => e.Replacement));
        Assert.Equal([false, false, true], entries.Select(e => e.IncludesDerived));
    }
}
