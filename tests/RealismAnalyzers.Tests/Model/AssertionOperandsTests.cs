using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>The Model's "what does this assertion check, against what" for every framework and assertion library.</summary>
public class AssertionOperandsTests
{
    /// <summary>Compiles <paramref name="statements"/> in a test of <paramref name="fw"/> and reads the operands of the assertion marked <c>/*A*/</c>.</summary>
    private static async Task<(string? Actual, string? Expected, AssertionOperands Operands)> ReadAsync(Fw fw, string statements)
    {
        var source = Frameworks.Expand($$"""
            using System.Threading.Tasks;
            using FluentAssertions;
            using Shouldly;
            public sealed class Invoice { public decimal Total { get; set; } }
            [CLASS]
            public class InvoiceTests
            {
                [TEST]
                public async Task Reads()
                {
                    var invoice = new Invoice();
                    var expected = 10m;
                    {{statements}}
                }
            }
            """, fw);
        var references = await Frameworks.ResolveAsync(fw);
        var tree = CSharpSyntaxTree.ParseText(source, cancellationToken: CancellationToken.None);
        var compilation = CSharpCompilation.Create("Tests", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics(CancellationToken.None).Where(d => d.Severity == DiagnosticSeverity.Error));

        var model = TestingModel.For(compilation);
        Assert.NotNull(model);
        var semanticModel = compilation.GetSemanticModel(tree);
        var marker = tree.GetRoot(CancellationToken.None).DescendantTrivia().First(t => t.ToString() == "/*A*/");
        var statement = marker.Token.Parent!.AncestorsAndSelf().OfType<ExpressionStatementSyntax>().First();
        var expression = statement.Expression is AwaitExpressionSyntax awaited ? awaited.Expression : statement.Expression;
        var invocation = (IInvocationOperation)semanticModel.GetOperation(expression, CancellationToken.None)!;
        Assert.True(model!.Assertions.TryGetAssertionOperands(invocation, out var operands));
        return (model.Assertions.GetAssertedValue(invocation)?.Syntax.ToString(), model.Assertions.GetExpectedValue(invocation)?.Syntax.ToString(), operands);
    }

    public static TheoryData<Fw, string> EqualityCases => new()
    {
        { Fw.XUnitV2, "/*A*/Assert.Equal(expected, invoice.Total);" },
        { Fw.XUnitV3, "/*A*/Assert.Equal(expected, invoice.Total);" },
        { Fw.NUnit3, "/*A*/Assert.That(invoice.Total, Is.EqualTo(expected));" },
        { Fw.NUnit4, "/*A*/ClassicAssert.AreEqual(expected, invoice.Total);" },
        { Fw.NUnit4, "/*A*/Assert.That(invoice.Total, Is.EqualTo(expected).Within(0.01m));" },
        { Fw.MSTest, "/*A*/Assert.AreEqual(expected, invoice.Total);" },
        { Fw.TUnit, "await /*A*/Assert.That(invoice.Total).IsEqualTo(expected);" },
        { Fw.XUnitV2, "/*A*/invoice.Total.Should().Be(expected);" },
        { Fw.XUnitV2, "/*A*/invoice.Total.Should().BePositive().And.Be(expected);" },
        { Fw.XUnitV2, "/*A*/invoice.Total.ShouldBe(expected);" },
    };

    [Theory, MemberData(nameof(EqualityCases))]
    public async Task Equality_assertions_give_actual_and_expected(Fw fw, string statement)
    {
        var (actual, expected, operands) = await ReadAsync(fw, statement);
        Assert.Equal("invoice.Total", actual);
        Assert.Equal("expected", expected);
        Assert.False(operands.IsNegated);
    }

    public static TheoryData<Fw, string> NotNullCases => new()
    {
        { Fw.XUnitV3, "/*A*/Assert.NotNull(invoice);" },
        { Fw.NUnit4, "/*A*/Assert.That(invoice, Is.Not.Null);" },
        { Fw.MSTest, "/*A*/Assert.IsNotNull(invoice);" },
        { Fw.TUnit, "await /*A*/Assert.That(invoice).IsNotNull();" },
        { Fw.XUnitV2, "/*A*/invoice.Should().NotBeNull();" },
        { Fw.XUnitV2, "/*A*/invoice.ShouldNotBeNull();" },
    };

    [Theory, MemberData(nameof(NotNullCases))]
    public async Task Not_null_assertions_give_the_checked_value_and_negation(Fw fw, string statement)
    {
        var (actual, expected, operands) = await ReadAsync(fw, statement);
        Assert.Equal("invoice", actual);
        Assert.Null(expected);
        Assert.Equal(AssertionKind.Null, operands.Kind);
        Assert.True(operands.IsNegated);
    }

    public static TheoryData<Fw, string, bool> BooleanCases => new()
    {
        { Fw.XUnitV2, "/*A*/Assert.False(invoice.Total > 0);", false },
        { Fw.NUnit3, "/*A*/Assert.That(invoice.Total > 0);", true },
        { Fw.NUnit4, "/*A*/Assert.That(invoice.Total > 0, Is.Not.True);", false },
        { Fw.MSTest, "/*A*/Assert.IsTrue(invoice.Total > 0);", true },
        { Fw.TUnit, "await /*A*/Assert.That(invoice.Total > 0).IsFalse();", false },
        { Fw.XUnitV2, "/*A*/(invoice.Total > 0).Should().BeTrue();", true },
        { Fw.XUnitV2, "/*A*/(invoice.Total > 0).ShouldBeFalse();", false },
    };

    [Theory, MemberData(nameof(BooleanCases))]
    public async Task Boolean_assertions_say_which_value_they_demand(Fw fw, string statement, bool demanded)
    {
        var (actual, _, operands) = await ReadAsync(fw, statement);
        Assert.Equal("invoice.Total > 0", actual!.Trim('(', ')'));
        Assert.Equal(demanded, operands.ExpectedBoolean);
    }

    public static TheoryData<Fw, string, bool> TypeCases => new()
    {
        { Fw.XUnitV2, "/*A*/Assert.IsType<Invoice>(invoice);", true },
        { Fw.XUnitV3, "/*A*/Assert.IsAssignableFrom<object>(invoice);", false },
        { Fw.NUnit4, "/*A*/Assert.That(invoice, Is.InstanceOf<Invoice>());", false },
        { Fw.MSTest, "/*A*/Assert.IsInstanceOfType(invoice, typeof(Invoice));", false },
        { Fw.XUnitV2, "/*A*/invoice.Should().BeOfType<Invoice>();", true },
        { Fw.XUnitV2, "/*A*/invoice.ShouldBeOfType<Invoice>();", true },
    };

    [Theory, MemberData(nameof(TypeCases))]
    public async Task Type_assertions_give_the_expected_type(Fw fw, string statement, bool exact)
    {
        var (actual, _, operands) = await ReadAsync(fw, statement);
        Assert.Equal("invoice", actual);
        Assert.NotNull(operands.ExpectedType);
        Assert.Equal(exact, operands.IsExactTypeCheck);
    }

    [Theory]
    [InlineData("NotNull", true)]
    [InlineData("IsNotEqualTo", true)]
    [InlineData("ShouldNotBe", true)]
    [InlineData("AreNotEqual", true)]
    [InlineData("DoesNotThrow", true)]
    [InlineData("ThrowsNothing", false)]
    [InlineData("Equal", false)]
    [InlineData("Nothing", false)]
    public void Negation_is_read_at_word_boundaries(string name, bool negated) =>
        Assert.Equal(negated, AssertionOperands.IsNegatedName(name));
}
