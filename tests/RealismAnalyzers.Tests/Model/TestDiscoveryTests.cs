using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

public class TestDiscoveryTests
{
    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Recognises_tests_data_driven_tests_skipped_tests_and_helpers(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, """
            [CLASS]
            public class CartTests
            {
                [TEST] public void Plain() { }
                [THEORY]
                [ROW(1)]
                [ROW(2)]
                public void Rows(int quantity) { }
                [SKIPPED] public void Later() { }
                public void Helper() { }
            }
            """);

        var plain = harness.Model.Tests.GetTestInfo(harness.Method("Plain"));
        Assert.NotNull(plain);
        Assert.False(plain!.IsDataDriven);
        Assert.False(plain.IsSkipped);
        Assert.Equal(ExpectedFramework(fw), plain.Framework);

        var rows = harness.Model.Tests.GetTestInfo(harness.Method("Rows"));
        Assert.NotNull(rows);
        Assert.True(rows!.IsDataDriven);
        Assert.Equal(2, rows.DataRows.Length);

        Assert.True(harness.Model.Tests.GetTestInfo(harness.Method("Later"))!.IsSkipped);
        Assert.Null(harness.Model.Tests.GetTestInfo(harness.Method("Helper")));
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Setup_members_are_the_constructor_setup_methods_and_initializers(Fw fw)
    {
        var harness = await ModelHarness.CreateAsync(fw, """
            using System.Collections.Generic;
            [CLASS]
            public class CartTests
            {
                private readonly List<string> _items = new List<string> { "seed" };
                private int _count;
                public CartTests() { _count = 1; }
                [SETUP] public void Prepare() { _count = 2; }
                [TEST] public void Adds() { }
            }
            """);

        var setup = harness.Model.Tests.GetSetupOperations(harness.Type("CartTests"), default);
        var expected = fw is Fw.XUnitV2 or Fw.XUnitV3 ? 2 : 3; // xUnit has no [SetUp]: initializer + constructor.
        Assert.Equal(expected, setup.Length);
        Assert.False(harness.Model.Tests.IsSetupMember(harness.Method("Adds")));
    }

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public async Task XUnit_IAsyncLifetime_InitializeAsync_is_setup(Fw fw)
    {
        var task = fw == Fw.XUnitV3 ? "ValueTask" : "Task";
        var harness = await ModelHarness.CreateAsync(fw, $$"""
            using System.Threading.Tasks;
            public class CartTests : IAsyncLifetime
            {
                public {{task}} InitializeAsync() => {{task}}.CompletedTask;
                public {{task}} DisposeAsync() => {{task}}.CompletedTask;
                [Fact] public void Adds() { }
            }
            """);

        Assert.True(harness.Model.Tests.IsSetupMember(harness.Method("InitializeAsync")));
        Assert.False(harness.Model.Tests.IsSetupMember(harness.Method("DisposeAsync")));
    }

    [Fact]
    public async Task NUnit_expected_results_and_MSTest_expected_exceptions_are_known()
    {
        var nunit = await ModelHarness.CreateAsync(Fw.NUnit4, """
            public class MathTests
            {
                [TestCase(2, ExpectedResult = 4)] public int Doubles(int x) => x * 2;
            }
            """);
        Assert.True(nunit.Model.Tests.GetTestInfo(nunit.Method("Doubles"))!.HasExpectedResult);

        var mstest = await ModelHarness.CreateAsync(Fw.MSTest, """
            [TestClass]
            public class MathTests
            {
                [TestMethod, ExpectedException(typeof(System.DivideByZeroException))] public void Divides() { }
            }
            """);
        Assert.True(mstest.Model.Tests.GetTestInfo(mstest.Method("Divides"))!.HasExpectedException);
    }

    [Fact]
    public void A_compilation_without_a_test_framework_has_no_model()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Production", [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("public class Order { }")]);
        Assert.Null(TestingModel.For(compilation));
    }

    private static TestFramework ExpectedFramework(Fw fw) => fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => TestFramework.XUnit,
        Fw.NUnit3 or Fw.NUnit4 => TestFramework.NUnit,
        Fw.MSTest => TestFramework.MSTest,
        _ => TestFramework.TUnit,
    };
}
