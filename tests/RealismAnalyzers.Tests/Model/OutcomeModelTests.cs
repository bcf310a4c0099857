using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>Which outcomes of a production member are failures (Model/FailureSetups/FailureSetupService.Outcomes.cs), and what a try block can hand to its catch.</summary>
public class OutcomeModelTests
{
    private const string Product = """
        #nullable enable
        public enum TicketState { Open, Closed }

        public sealed class Ticket { public string Id { get; set; } = ""; }

        public sealed class Helpdesk
        {
            private readonly System.Collections.Generic.Dictionary<string, Ticket> _tickets = new();
            private static readonly Ticket Fallback = new Ticket();

            public Ticket? Find(string id) => _tickets.TryGetValue(id, out var ticket) ? ticket : null;
            public Ticket? Resolve(string id) => Find(id) ?? Fallback;
            public Ticket? Nearest(string id) => _tickets.Values.FirstOrDefaultTicket();
            public int? Priority(string id) => null;
            public bool IsIn(string id, TicketState state) => state == TicketState.Open;
            public bool CanMove(TicketState from, TicketState to) => from != to;
        }

        public static class TicketQueries
        {
            public static Ticket? FirstOrDefaultTicket(this System.Collections.Generic.IEnumerable<Ticket> tickets)
            {
                foreach (var ticket in tickets) return ticket;
                return default;
            }
        }
        """;

    [Theory]
    [InlineData("Find", true)]
    [InlineData("Resolve", false)]
    [InlineData("Nearest", true)]
    [InlineData("Priority", true)]
    public async Task Knows_when_a_null_result_is_a_failure_outcome(string member, bool canFail)
    {
        var harness = await ModelHarness.CreateAsync(Fw.XUnitV2, "using System.Linq;\n" + Product);

        Assert.Equal(canFail, harness.Model.FailureSetups.CanReturnNullAsFailure(harness.Method(member), CancellationToken.None));
    }

    [Theory]
    [InlineData("IsIn", true)]
    [InlineData("CanMove", false)]
    [InlineData("Find", false)]
    public async Task Knows_state_predicates(string member, bool isStatePredicate)
    {
        var harness = await ModelHarness.CreateAsync(Fw.XUnitV2, "using System.Linq;\n" + Product);

        Assert.Equal(isStatePredicate, FailureSetupService.IsStatePredicate(harness.Method(member), out _));
    }

    [Theory]
    [InlineData("Assert.That(1, Is.EqualTo(1));", true)]
    [InlineData("OnlyAsserts();", true)]
    [InlineData("Assert.That(new Helpdesk().Find(\"t-1\"), Is.Null);", false)]
    [InlineData("new Helpdesk().Find(\"t-1\");", false)]
    [InlineData("Mixed();", false)]
    public async Task Knows_a_try_block_that_can_only_fail_by_an_assertion(string statement, bool onlyAssertions)
    {
        var harness = await ModelHarness.CreateAsync(Fw.NUnit4, """
            public class HelpdeskTests
            {
                [Test]
                public void Probe()
                {
                    try
                    {
            """ + statement + """

                    }
                    catch (System.Exception)
                    {
                    }
                }

                private static void OnlyAsserts() => Assert.That(2, Is.GreaterThan(1));

                private static void Mixed()
                {
                    new Helpdesk().Find("t-2");
                    Assert.That(2, Is.GreaterThan(1));
                }
            }

            """ + Product);
        var tryStatement = harness.Tree.GetRoot().DescendantNodes().OfType<TryStatementSyntax>().Single();
        var tryOperation = (ITryOperation)harness.SemanticModel.GetOperation(tryStatement)!;

        Assert.Equal(onlyAssertions, harness.Model.Assertions.CanFailOnlyByAssertion(tryOperation.Body));
    }

    [Theory]
    [InlineData("Console.WriteLine(\"ticket\");", true)]
    [InlineData("var id = helpdesk.Find(\"t-1\")?.Id; Console.WriteLine(id);", true)]
    [InlineData("var ticket = helpdesk.Find(\"t-1\"); Console.WriteLine(ticket); helpdesk.IsIn(ticket!.Id, TicketState.Open);", false)]
    [InlineData("helpdesk.Find(\"t-1\");", false)]
    public async Task Knows_a_try_block_that_only_writes_output(string statements, bool onlyOutput)
    {
        var harness = await ModelHarness.CreateAsync(Fw.XUnitV3, """
            using System;
            public class HelpdeskTests
            {
                [Fact]
                public void Probe()
                {
                    var helpdesk = new Helpdesk();
                    try
                    {
            """ + statements + """

                    }
                    catch
                    {
                    }
                }
            }

            """ + Product);
        var tryStatement = harness.Tree.GetRoot().DescendantNodes().OfType<TryStatementSyntax>().Single();
        var tryOperation = (ITryOperation)harness.SemanticModel.GetOperation(tryStatement)!;

        Assert.Equal(onlyOutput, AssertionService.OnlyWritesOutput(tryOperation.Body));
    }
}
