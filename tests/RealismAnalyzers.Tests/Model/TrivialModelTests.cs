using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>The Model's answers that the trivial-test rules ask: comparisons the library decides, code expected to throw, known non-empty sequences.</summary>
public class TrivialModelTests
{
    private const string Shop = """

        namespace Shop
        {
            public enum Method { Card, Cash }
            public static class Limits { public const int MaxLines = 100; }
            public sealed class Account { public decimal Balance { get; set; } public void Close() { } }
        }
        """;

    [Theory]
    [InlineData(Fw.XUnitV2, "Assert.Equal(0.3, 0.1 + 0.2, 9)", true)]
    [InlineData(Fw.XUnitV2, "Assert.Equal(0.3, 0.1 + 0.2)", false)]
    [InlineData(Fw.NUnit4, "Assert.That(0.1 + 0.2, Is.EqualTo(0.3).Within(1e-9))", true)]
    [InlineData(Fw.NUnit4, "Assert.That(0.1 + 0.2, Is.Not.EqualTo(0.3))", false)]
    [InlineData(Fw.MSTest, "Assert.AreEqual(0.3, 0.1 + 0.2, 1e-9)", true)]
    [InlineData(Fw.MSTest, "Assert.AreEqual(0.3, 0.1 + 0.2, \"rounded\")", false)]
    [InlineData(Fw.TUnit, "Assert.That(0.1 + 0.2).IsEqualTo(0.3)", false)]
    public async Task A_tolerance_comparer_or_option_modifies_the_comparison(Fw fw, string assertion, bool modified)
    {
        var statement = fw == Fw.TUnit ? "await " + assertion + ";" : assertion + ";";
        var harness = await ModelHarness.CreateAsync(fw, $$"""
            using System.Threading.Tasks;
            [CLASS]
            public class PriceTests
            {
                [TEST]
                public async Task Rounds()
                {
                    await Task.CompletedTask;
                    {{statement}}
                }
            }
            """);
        var invocation = harness.Invocation(assertion);
        Assert.Equal(modified, harness.Model.Assertions.HasComparisonModifier(invocation));
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task A_product_constant_is_told_from_a_test_constant(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, """
            using Shop;
            [CLASS]
            public class LimitsTests
            {
                private const int Expected = 100;

                [TEST]
                public void Pins() { System.Console.WriteLine(Limits.MaxLines + Expected); }
            }
            """ + Shop);
        var sum = (IBinaryOperation)harness.SemanticModel.GetOperation(harness.Tree.GetRoot().DescendantNodes().OfType<BinaryExpressionSyntax>().Single())!;
        var production = harness.Model.Tests.GetProductionScope(null, null);
        Assert.True(harness.Model.Assertions.IsProductConstant(sum.LeftOperand, production, default));
        Assert.False(harness.Model.Assertions.IsProductConstant(sum.RightOperand, production, default));
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Code_handed_to_an_exception_assertion_is_expected_to_throw(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, """
            using System;
            using FluentAssertions;
            using Shop;
            [CLASS]
            public class AccountTests
            {
                [TEST]
                public void Closes()
                {
                    var account = new Account();
                    Action close = () => account.Close();
                    close.Should().Throw<InvalidOperationException>();
                    ExpectFailure(() => account.Close());
                    Action ignored = () => account.Close();
                    ignored.Should().NotThrow();
                }

                private static void ExpectFailure(Action action) => FluentActions.Invoking(() => action()).Should().Throw<Exception>();
            }
            """ + Shop);
        var closes = harness.Tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Where(i => i.ToString() == "account.Close()").ToList();
        Assert.Equal(3, closes.Count);
        var answers = closes.Select(c => harness.Model.FailureSetups.IsInCodeExpectedToThrow(harness.SemanticModel.GetOperation(c)!, default)).ToList();
        Assert.Equal([true, true, false], answers);
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Enum_members_and_data_tables_are_known_non_empty(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, """
            using System;
            using System.Linq;
            using Shop;
            [CLASS]
            public class MethodTests
            {
                private static readonly Method[] Methods = { Method.Card };
                private static Method[] s_methods = { Method.Card };

                [TEST]
                public void Lists()
                {
                    foreach (var a in Enum.GetValues(typeof(Method)).Cast<Method>()) { Console.WriteLine(a); }
                    foreach (var b in Methods) { Console.WriteLine(b); }
                    foreach (var c in s_methods) { Console.WriteLine(c); }
                }
            }
            """ + Shop);
        var body = harness.SemanticModel.GetOperation(harness.Tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == "Lists").Body!)!;
        var answers = body.Descendants().OfType<IForEachLoopOperation>().Select(l => harness.Model.Assertions.IsKnownNonEmpty(l.Collection, body, default)).ToList();
        Assert.Equal([true, true, false], answers);
    }
}
