using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>
/// The Model's answers about waits (tiny, measured, bounded polls, assertion actions), clocks (tolerance checks, clock seams),
/// tasks complete when read, random jitter, and which framework analyzer rule covers a shape.
/// </summary>
public class DeterminismFlowModelTests
{
    private const string Production = """

        public interface IGateway { System.Threading.Tasks.Task<bool> ChargeAsync(decimal amount); }
        public interface IClock { System.DateTime Now { get; } }
        public sealed class FakeClock : IClock { public System.DateTime Now { get; set; } public void Set(System.DateTime now) => Now = now; }
        public sealed class Basket { public void Add(System.DateTime at) { } }
        """;

    private static async Task<(Compilation Compilation, TestingModel Model)> CompileAsync(Fw fw, string source, bool expand = true)
    {
        var references = await Frameworks.References(fw).ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var text = (expand ? Frameworks.Expand(source, fw) : source) + Production;
        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "Shop.Tests",
            [tree],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var model = TestingModel.For(compilation);
        Assert.NotNull(model);
        return (compilation, model!);
    }

    private static List<T> Operations<T>(Compilation compilation)
        where T : IOperation
    {
        var tree = compilation.SyntaxTrees.Single();
        var semanticModel = compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>()
            .Select(m => semanticModel.GetOperation(m))
            .OfType<IOperation>()
            .SelectMany(o => o.DescendantsAndSelf().OfType<T>())
            .OrderBy(o => o.Syntax.SpanStart)
            .ToList();
    }

    private static List<IInvocationOperation> Sleeps(Compilation compilation) =>
        Operations<IInvocationOperation>(compilation).Where(i => ClockAndTaskService.GetSleepKind(i) != SleepKind.None).ToList();

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Tells_tiny_measured_and_polling_waits_from_guesses(Fw fw)
    {
        var (compilation, _) = await CompileAsync(fw, """
            using System;
            using System.Diagnostics;
            using System.Threading;
            using System.Threading.Tasks;
            [CLASS]
            public class WaitTests
            {
                [TEST]
                public async Task Waits()
                {
                    await Task.Delay(1);
                    Thread.Sleep(TimeSpan.FromMilliseconds(2));
                    var watch = Stopwatch.StartNew();
                    Thread.Sleep(5);
                    watch.Stop();
                    var done = false;
                    while (!done && watch.Elapsed < TimeSpan.FromSeconds(1))
                    {
                        await Task.Delay(10);
                    }

                    while (!done)
                    {
                        await Task.Delay(10);
                    }
                }
            }
            """);

        var sleeps = Sleeps(compilation);
        Assert.Equal([true, false, false, false, false], sleeps.Select(ClockAndTaskService.IsTinyWait));
        Assert.Equal([false, false, true, false, false], sleeps.Select(ClockAndTaskService.IsMeasuredInterval));
        Assert.Equal([false, false, false, true, false], sleeps.Select(ClockAndTaskService.IsBoundedPoll));
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Tells_tolerance_checks_and_clock_seams(Fw fw)
    {
        var (compilation, model) = await CompileAsync(fw, """
            using System;
            using FluentAssertions;
            [CLASS]
            public class ClockTests
            {
                [TEST]
                public void Checks()
                {
                    var now = DateTime.UtcNow;
                    now.Should().BeCloseTo(DateTime.UtcNow, TimeSpan.FromSeconds(1));
                    now.Should().Be(DateTime.UtcNow);
                    new FakeClock().Set(now);
                    new Basket().Add(now);
                }
            }
            """);

        var invocations = Operations<IInvocationOperation>(compilation);
        Assert.True(model.ClockAndTasks.IsToleranceAssertion(invocations.Single(i => i.TargetMethod.Name == "BeCloseTo")));
        Assert.False(model.ClockAndTasks.IsToleranceAssertion(invocations.Single(i => i.TargetMethod.Name == "Be")));
        Assert.True(ClockAndTaskService.IsClockSeam(invocations.Single(i => i.TargetMethod.Name == "Set").TargetMethod));
        Assert.False(ClockAndTaskService.IsClockSeam(invocations.Single(i => i.TargetMethod.Name == "Add").TargetMethod));
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Tells_tasks_complete_when_read(Fw fw)
    {
        var (compilation, model) = await CompileAsync(fw, """
            using System;
            using System.Threading.Tasks;
            using NSubstitute;
            [CLASS]
            public class GatewayTests
            {
                [TEST]
                public void Reads()
                {
                    var gateway = Substitute.For<IGateway>();
                    gateway.ChargeAsync(1m).Returns(true);
                    var charged = gateway.ChargeAsync(1m).Result;
                    var doubled = Task.Run(() => 2).ContinueWith(t => t.Result * 2).Result;
                }
            }
            """);

        var results = Operations<IPropertyReferenceOperation>(compilation).Where(p => p.Property.Name == "Result").ToList();
        var root = results[0].Syntax.Ancestors().OfType<MethodDeclarationSyntax>().First();
        var body = compilation.GetSemanticModel(compilation.SyntaxTrees.Single()).GetOperation(root)!;
        Assert.Equal([true, false, true], results.Select(r => model.ClockAndTasks.IsCompletedWhenRead(r.Instance!, body, CancellationToken.None)));
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Tells_random_jitter_from_test_data(Fw fw)
    {
        var (compilation, model) = await CompileAsync(fw, """
            using System;
            using System.Threading.Tasks;
            [CLASS]
            public class JitterTests
            {
                [TEST]
                public async Task Draws()
                {
                    var jitter = new Random();
                    await Task.Delay(jitter.Next(5, 10));
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 3) * 2));
                    var price = Random.Shared.Next(1, 100);
                }
            }
            """);

        var sources = Operations<IOperation>(compilation).Where(o => ClockAndTaskService.IsUnseededRandom(o, out _)).ToList();
        Assert.Equal([true, true, false], sources.Select(s => model.ClockAndTasks.FeedsOnlyWaits(s, CancellationToken.None)));
    }

    [Theory]
    [InlineData(Fw.XUnitV2, "[Fact]", "xUnit1048")]
    [InlineData(Fw.XUnitV3, "[Fact]", "xUnit1049")]
    [InlineData(Fw.XUnitV2, "[RetryFact]", null)]
    [InlineData(Fw.NUnit4, "[Test]", "NUnit1012")]
    [InlineData(Fw.NUnit4, "[TestCase(1)]", "NUnit1012")]
    [InlineData(Fw.NUnit4, "[TestCaseSource(nameof(Rows))]", null)]
    [InlineData(Fw.MSTest, "[TestMethod]", "MSTEST0003")]
    [InlineData(Fw.MSTest, "[DataTestMethod, DataRow(1)]", null)]
    [InlineData(Fw.TUnit, "[Test]", "TUnit0031")]
    public async Task Names_the_framework_rule_that_reports_an_async_void_test(Fw fw, string attribute, string? rule)
    {
        var parameter = attribute.Contains('(', StringComparison.Ordinal) ? "int attempt" : "";
        var (compilation, model) = await CompileAsync(fw, $$"""
            using System.Threading.Tasks;
            {{Frameworks.Usings(fw)}}
            {{(fw == Fw.MSTest ? "[TestClass]" : "")}}
            public class CheckoutTests
            {
                public static readonly int[] Rows = { 1 };

                {{attribute}}
                public async void Payment_is_charged({{parameter}}) => await Task.Yield();
            }

            {{(fw is Fw.XUnitV2 or Fw.XUnitV3 ? "public sealed class RetryFactAttribute : FactAttribute { }" : "")}}
            """, expand: false);

        var test = compilation.GetSymbolsWithName("Payment_is_charged").OfType<IMethodSymbol>().Single();
        var info = model.Tests.GetTestInfo(test);
        Assert.NotNull(info);
        var options = new AnalyzerOptions([]);
        Assert.Equal(rule, model.ClockAndTasks.FrameworkRuleForAsyncVoidTest(test, info!.Framework, options, compilation.SyntaxTrees.Single(), CancellationToken.None));
    }
}
