using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Tests.Model;

/// <summary>The straight-line pre-check RA1006 uses to skip building a control-flow graph: it must never call a branching body straight.</summary>
public class ControlFlowShapeTests
{
    [Theory]
    [InlineData("var order = service.Create(\"A-1\", 10m); Assert.Equal(15m, order.Total);")]
    [InlineData("var act = () => service.Cancel(\"A-1\"); act.Should().Throw<InvalidOperationException>();")]
    [InlineData("await service.SaveAsync(order); mock.Verify(r => r.Save(order), Times.Once());")]
    public void Bodies_without_branches_are_straight(string statements) =>
        Assert.True(ControlFlowShape.IsStraightLine(Body(statements)));

    [Theory]
    [InlineData("if (order.Total > 100m) { Assert.Equal(115m, order.Total); }")]
    [InlineData("foreach (var line in order.Lines) { Assert.True(line.Quantity > 0); }")]
    [InlineData("for (var i = 0; i < n; i++) Assert.True(i >= 0);")]
    [InlineData("while (reader.Read()) Assert.NotNull(reader.Current);")]
    [InlineData("do { Assert.True(queue.TryDequeue(out _)); } while (queue.Count > 0);")]
    [InlineData("if (order is null) return; Assert.Equal(1, order.Lines.Count);")]
    [InlineData("try { service.Cancel(id); } catch (InvalidOperationException e) { Assert.NotNull(e); }")]
    [InlineData("switch (order.Status) { case Status.Paid: Assert.True(order.IsPaid); break; }")]
    [InlineData("var total = order?.Total; Assert.Equal(10m, total);")]
    [InlineData("var ok = order.IsPaid && order.IsShipped; Assert.True(ok);")]
    [InlineData("var name = customer.Name ?? \"anonymous\"; Assert.Equal(\"Ada\", name);")]
    [InlineData("var total = order.IsPaid ? order.Total : 0m; Assert.Equal(10m, total);")]
    [InlineData("Action check = () => { if (order.IsPaid) Assert.True(order.IsPaid); }; check();")]
    [InlineData("using (var scope = new AssertionScope()) { order.Total.Should().Be(10m); }")]
    [InlineData("lock (gate) { Assert.True(order.IsPaid); }")]
    [InlineData("var label = order.Status switch { Status.Paid => \"paid\", _ => \"open\" }; Assert.Equal(\"paid\", label);")]
    public void Bodies_that_branch_loop_return_or_catch_are_not_straight(string statements) =>
        Assert.False(ControlFlowShape.IsStraightLine(Body(statements)));

    [Theory]
    [InlineData("if (order is null) return; Assert.Equal(1, order.Lines.Count);")]
    [InlineData("foreach (var line in order.Lines) { if (line.IsEmpty) { return; } } Assert.Equal(1, order.Lines.Count);")]
    [InlineData("try { service.Cancel(id); } catch (InvalidOperationException) { return; } Assert.Equal(1, order.Lines.Count);")]
    [InlineData("if (order.IsPaid) goto done; Assert.Equal(1, order.Lines.Count); done: ;")]
    public void A_return_or_goto_of_the_test_before_the_assertion_can_leave(string statements)
    {
        var body = Body(statements);
        Assert.True(ControlFlowShape.CanLeaveBefore(body, Assertion(body).SpanStart));
    }

    [Theory]
    [InlineData("var order = service.Create(\"A-1\", 10m); Assert.Equal(1, order.Lines.Count);")]
    [InlineData("Func<int> count = () => { if (order is null) return 0; return 1; }; Assert.Equal(1, order.Lines.Count);")]
    [InlineData("int Count() { return order.Lines.Count; } Assert.Equal(1, order.Lines.Count);")]
    [InlineData("try { service.Cancel(id); } catch (InvalidOperationException) { } Assert.Equal(1, order.Lines.Count);")]
    [InlineData("Assert.Equal(1, order.Lines.Count); if (order.IsPaid) return;")]
    public void Returns_of_lambdas_and_local_functions_and_returns_after_the_assertion_do_not_leave_before_it(string statements)
    {
        var body = Body(statements);
        Assert.False(ControlFlowShape.CanLeaveBefore(body, Assertion(body).SpanStart));
    }

    private static SyntaxNode Assertion(BlockSyntax body) =>
        body.DescendantNodes().OfType<ExpressionStatementSyntax>().First(s => s.ToString().StartsWith("Assert.Equal(1", StringComparison.Ordinal));

    private static BlockSyntax Body(string statements) =>
        CSharpSyntaxTree.ParseText("class C { async void M() { " + statements + " } }").GetRoot().DescendantNodes().OfType<BlockSyntax>().First();
}
