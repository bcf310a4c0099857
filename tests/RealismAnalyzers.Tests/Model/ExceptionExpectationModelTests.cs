using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>
/// What exception assertions accept, per framework and library (Model/FailureSetups/FailureSetupService.ExceptionExpectations.cs), and what can reach a
/// catch in a test (Model/Assertions/AssertionService.CatchReach.cs).
/// </summary>
public class ExceptionExpectationModelTests
{
    private const string Product = """

        public sealed class OrderRejectedException : System.Exception { }

        public sealed class OrderDesk
        {
            public void Place(string sku) => throw new OrderRejectedException();
            public System.Threading.Tasks.Task PlaceAsync(string sku) => System.Threading.Tasks.Task.Run(() => Place(sku));
        }
        """;

    private static string Probe(string statements, string usings = "") => usings + """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        [CLASS]
        public class OrderDeskTests
        {
            [TEST]
            public async Task Probe()
            {
                var desk = new OrderDesk();
                Action place = () => desk.Place("sku-1");
        """ + statements + """

                await Task.CompletedTask;
            }
        }
        """ + Product;

    public static TheoryData<Fw, string, bool, bool> Expectations => new()
    {
        // xUnit: Throws is exact, ThrowsAny accepts derived types.
        { Fw.XUnitV2, "Assert.Throws<Exception>(place)", false, false },
        { Fw.XUnitV3, "Assert.ThrowsAny<Exception>(place)", true, true },
        { Fw.XUnitV3, "Assert.ThrowsAnyAsync<Exception>(() => desk.PlaceAsync(\"sku-1\"))", true, true },
        { Fw.XUnitV2, "Assert.ThrowsAsync<Exception>(() => desk.PlaceAsync(\"sku-1\"))", false, false },

        // NUnit: Throws/ThrowsAsync/Throws.TypeOf are exact; Catch/CatchAsync/Throws.InstanceOf/Throws.Exception accept derived types.
        { Fw.NUnit4, "Assert.Throws<Exception>(() => desk.Place(\"sku-1\"))", false, false },
        { Fw.NUnit4, "Assert.Catch<Exception>(() => desk.Place(\"sku-1\"))", true, true },
        { Fw.NUnit3, "Assert.Catch(() => desk.Place(\"sku-1\"))", true, true },
        { Fw.NUnit4, "Assert.That(() => desk.Place(\"sku-1\"), Throws.Exception)", true, true },
        { Fw.NUnit4, "Assert.That(() => desk.Place(\"sku-1\"), Throws.TypeOf<Exception>())", false, false },
        { Fw.NUnit4, "Assert.That(() => desk.Place(\"sku-1\"), Throws.InstanceOf<Exception>().With.Message.Contains(\"x\"))", true, true },
        { Fw.NUnit4, "Assert.That(() => desk.Place(\"sku-1\"), Throws.ArgumentException)", false, false },

        // MSTest: ThrowsException (legacy) and ThrowsExactly are exact; Throws (3.8+) accepts derived types.
        { Fw.MSTest, "Assert.ThrowsException<Exception>(place)", false, false },
        { Fw.MSTest, "Assert.ThrowsExactly<Exception>(place)", false, false },
        { Fw.MSTest, "Assert.Throws<Exception>(place)", true, true },

        // TUnit: Throws accepts derived types, ThrowsExactly does not.
        { Fw.TUnit, "Assert.Throws<Exception>(place)", true, true },
        { Fw.TUnit, "Assert.ThrowsExactly<Exception>(place)", false, false },
        { Fw.TUnit, "Assert.That(place).ThrowsException()", true, true },

        // Assertion libraries: FluentAssertions Throw accepts derived types, ThrowExactly does not; Shouldly's generic forms accept them.
        { Fw.XUnitV2, "place.Should().Throw<Exception>()", true, true },
        { Fw.XUnitV2, "place.Should().ThrowExactly<Exception>()", false, false },
        { Fw.NUnit4, "Should.Throw<Exception>(place)", true, true },
        { Fw.NUnit4, "Should.Throw(place, typeof(Exception))", false, false },
    };

    [Theory, MemberData(nameof(Expectations))]
    public async Task Knows_which_forms_accept_derived_types(Fw fw, string assertion, bool acceptsDerived, bool acceptsAny)
    {
        var harness = await ModelHarness.CreateAsync(fw, Probe("        " + assertion + ";"));

        var found = harness.Model.FailureSetups.TryGetExceptionExpectation(harness.Invocation(assertion), out var expectation);

        Assert.Equal((true, acceptsDerived, acceptsAny), (found, expectation.AcceptsDerivedTypes, expectation.AcceptsAnyException));
    }

    public static TheoryData<Fw, string, string, bool> Narrowing => new()
    {
        { Fw.XUnitV2, "place.Should().Throw<Exception>()", ".WithMessage(\"rejected\");", true },
        { Fw.XUnitV2, "place.Should().Throw<Exception>()", ".Which.Message.Should().Contain(\"rejected\");", true },
        { Fw.XUnitV2, "place.Should().Throw<Exception>()", ".Which.Should().NotBeNull();", false },
        { Fw.XUnitV3, "Assert.ThrowsAny<Exception>(place)", ";", false },
        { Fw.NUnit4, "Assert.That(() => desk.Place(\"sku-1\"), Throws.Exception", ".With.Message.EqualTo(\"rejected\"));", true },
        { Fw.NUnit4, "Assert.That(() => desk.Place(\"sku-1\"), Throws.Exception", ");", false },
    };

    [Theory, MemberData(nameof(Narrowing))]
    public async Task Sees_a_chained_check_of_the_caught_exception(Fw fw, string assertion, string rest, bool narrowed)
    {
        var harness = await ModelHarness.CreateAsync(fw, Probe("        " + assertion + rest));

        Assert.Equal(narrowed, harness.Model.FailureSetups.IsCaughtExceptionNarrowed(harness.Invocation(assertion.EndsWith(')') ? assertion : "Assert.That(")));
    }

    [Theory]
    [InlineData(Fw.XUnitV2, "var caught = Assert.ThrowsAny<Exception>(place);", "Assert.Equal(\"rejected\", caught.Message);", true)]
    [InlineData(Fw.XUnitV2, "var caught = Assert.ThrowsAny<Exception>(place);", "Assert.NotNull(caught);", false)]
    [InlineData(Fw.NUnit4, "var caught = Assert.Catch(place.Invoke);", "Assert.That(caught, Is.TypeOf<OrderRejectedException>());", true)]
    [InlineData(Fw.NUnit4, "var caught = Assert.Catch(place.Invoke);", "Assert.That(caught, Is.Not.Null);", false)]
    [InlineData(Fw.TUnit, "var caught = Assert.Throws<Exception>(place);", "await Assert.That(caught.Message).Contains(\"rejected\");", true)]
    public async Task Sees_a_later_check_of_the_caught_exception(Fw fw, string capture, string check, bool narrowed)
    {
        var harness = await ModelHarness.CreateAsync(fw, Probe("        " + capture + "\n        " + check));
        var assertion = harness.Invocation(capture.Substring(capture.IndexOf('=') + 2).TrimEnd(';'));

        Assert.Equal(narrowed, harness.Model.FailureSetups.IsCaughtExceptionNarrowed(assertion));
    }

    [Theory]
    [InlineData(Fw.XUnitV2, "Assert.Fail(\"no rejection\")", true)]
    [InlineData(Fw.XUnitV3, "Assert.True(false)", true)]
    [InlineData(Fw.XUnitV3, "Assert.False(true)", true)]
    [InlineData(Fw.XUnitV3, "Assert.True(true)", false)]
    [InlineData(Fw.NUnit4, "Assert.That(false, Is.True)", true)]
    [InlineData(Fw.NUnit4, "ClassicAssert.IsTrue(false)", true)]
    [InlineData(Fw.MSTest, "Assert.IsTrue(false)", true)]
    [InlineData(Fw.TUnit, "Assert.That(false).IsTrue()", true)]
    [InlineData(Fw.XUnitV2, "false.Should().BeTrue()", true)]
    [InlineData(Fw.XUnitV2, "false.ShouldBeTrue()", true)]
    [InlineData(Fw.XUnitV2, "desk.Place(\"sku-1\")", false)]
    public async Task Knows_unconditional_failures(Fw fw, string statement, bool fails)
    {
        var harness = await ModelHarness.CreateAsync(fw, Probe("        " + (fw == Fw.TUnit && statement.StartsWith("Assert.That", StringComparison.Ordinal) ? "await " : string.Empty) + statement + ";"));

        Assert.Equal(fails, harness.Model.Assertions.IsUnconditionalFailure(harness.Invocation(statement)));
    }

    [Theory]
    [InlineData(Fw.NUnit3, true)]
    [InlineData(Fw.NUnit4, true)]
    [InlineData(Fw.XUnitV2, false)]
    [InlineData(Fw.MSTest, false)]
    [InlineData(Fw.TUnit, false)]
    public async Task Knows_which_frameworks_record_assertion_failures_before_throwing(Fw fw, bool records)
    {
        var harness = await ModelHarness.CreateAsync(fw, Probe(string.Empty));

        Assert.Equal(records, harness.Model.Assertions.RecordsAssertionFailures);
    }

    [Fact]
    public async Task Reads_the_exceptions_a_test_arranges()
    {
        var harness = await ModelHarness.CreateAsync(Fw.XUnitV2, Probe("""
                    var completion = new TaskCompletionSource<int>();
                    completion.SetException(new TimeoutException());
                    var desks = NSubstitute.Substitute.For<IDeskDirectory>();
                    NSubstitute.ExceptionExtensions.ExceptionExtensions.Throws<InvalidOperationException>(desks.Find("north"));
                    Action fail = () => throw new ArgumentException("sku");
            """) + "\npublic interface IDeskDirectory { OrderDesk Find(string region); }\n");
        var body = harness.SemanticModel.GetOperation(harness.Method("Probe").DeclaringSyntaxReferences[0].GetSyntax())!;

        var arranged = harness.Model.Assertions.GetArrangedExceptions(body, CancellationToken.None);

        Assert.Equal(
            ["ArgumentException", "InvalidOperationException", "TimeoutException"],
            arranged.Types.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.False(arranged.Cancellation);
    }
}
