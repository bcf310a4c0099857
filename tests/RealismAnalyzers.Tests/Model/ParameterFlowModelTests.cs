using Microsoft.CodeAnalysis;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>Where a data-driven test's parameter goes (Model/FailureSetups/FailureSetupService.ParameterFlow.cs).</summary>
public class ParameterFlowModelTests
{
    private const string Product = """

        namespace Clinic.Scheduling
        {
            public readonly struct Slot
            {
                public Slot(System.DateTime start, int minutes) { Start = start; Minutes = minutes; }
                public System.DateTime Start { get; }
                public int Minutes { get; }
                public Slot Extend(int minutes) => new Slot(Start, Minutes + minutes);
            }

            public interface IRoster { string DoctorOn(string ward); }

            public sealed class SlotPattern
            {
                public Slot Parse(string text) => new Slot(System.DateTime.Parse(text), 15);
            }

            public sealed class Scheduler
            {
                public Scheduler(IRoster roster) => Roster = roster;
                public IRoster Roster { get; }
                public int Capacity { get; set; }
                public bool Book(string patient, Slot slot) => patient.Length > 0 && slot.Minutes > 0;
                public int Count(string[] patients) => patients.Length;
            }
        }
        """;

    [Theory]
    [InlineData("ASSERT_TRUE(scheduler.Book(patient, new Slot(System.DateTime.Today, minutes)));", "patient", true)]
    [InlineData("ASSERT_TRUE(scheduler.Book(patient.Trim(), new Slot(System.DateTime.Today, 15)));", "patient", true)]
    [InlineData("var name = patient; ASSERT_TRUE(scheduler.Book(name, new Slot(System.DateTime.Today, 15)));", "patient", true)]
    [InlineData("ASSERT_TRUE(scheduler.Count(new[] { patient }) == 1);", "patient", true)]
    [InlineData("scheduler.Capacity = minutes; ASSERT_EQUAL(minutes, scheduler.Capacity);", "minutes", true)]
    [InlineData("ASSERT_TRUE(scheduler.Book(\"Ada\", new Slot(System.DateTime.Today, minutes)));", "minutes", false)]
    [InlineData("ASSERT_TRUE(new Slot(System.DateTime.Today, minutes).Extend(5).Minutes > 5);", "minutes", false)]
    [InlineData("var slot = new Slot(System.DateTime.Today, minutes); ASSERT_EQUAL(minutes, slot.Minutes);", "minutes", true)]
    [InlineData("ASSERT_TRUE(scheduler.Book(\"Ada\", new Slot(System.DateTime.Parse(patient), 15)));", "patient", false)]
    [InlineData("ASSERT_TRUE(scheduler.Book($\"Dr {patient}\", new Slot(System.DateTime.Today, 15)));", "patient", false)]
    [InlineData("ASSERT_EQUAL(patient.Length, minutes);", "patient", false)]
    [InlineData("var slot = new SlotPattern().Parse(patient); ASSERT_TRUE(scheduler.Book(\"Ada\", slot));", "patient", false)]
    [InlineData("ASSERT_EQUAL(15, new SlotPattern().Parse(patient).Minutes);", "patient", true)]
    [InlineData("if (minutes > 30) { ASSERT_TRUE(scheduler.Book(\"Ada\", new Slot(System.DateTime.Today, 45))); }", "minutes", false)]
    public async Task Follows_a_parameter_to_the_code_under_test(string statements, string parameterName, bool reaches)
    {
        var harness = await ModelHarness.CreateAsync(Fw.XUnitV2, """
            using Clinic.Scheduling;
            public class SchedulerTests
            {
                [Theory]
                [InlineData("Ada", 15)]
                public void Probe(string patient, int minutes)
                {
                    var scheduler = new Scheduler(null!);
            """ + statements + """

                }
            }
            """ + Product);
        var probe = harness.Method("Probe");
        var body = harness.SemanticModel.GetOperation(probe.DeclaringSyntaxReferences[0].GetSyntax())!;

        Assert.Equal(reaches, harness.Model.FailureSetups.ReachesProductionAsIs(probe.Parameters.Single(p => p.Name == parameterName), body, harness.Model.Tests.GetProductionScope(null, null)));
    }
}
