using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>The determinism questions of the Model, per framework and per mocking library.</summary>
public class DeterminismModelTests
{
    private const string Production = """

        public interface IGateway
        {
            System.Threading.Tasks.Task<bool> ChargeAsync(decimal amount);
            void Refund(decimal amount);
        }
        """;

    private static async Task<(Compilation Compilation, TestingModel Model)> CompileAsync(Fw fw, string source)
    {
        var references = await Frameworks.ResolveAsync(fw);
        var tree = CSharpSyntaxTree.ParseText(Frameworks.Expand(source, fw), new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "Shop.Tests",
            [tree],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var model = TestingModel.For(compilation);
        Assert.NotNull(model);
        return (compilation, model!);
    }

    /// <summary>The operations of <typeparamref name="T"/> in the compilation, in source order.</summary>
    private static List<T> Operations<T>(Compilation compilation)
        where T : IOperation
    {
        var tree = compilation.SyntaxTrees.Single();
        var semanticModel = compilation.GetSemanticModel(tree);
        var found = new List<T>();
        foreach (var member in tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
        {
            if (member is not (BaseMethodDeclarationSyntax or FieldDeclarationSyntax))
            {
                continue;
            }

            var roots = member is FieldDeclarationSyntax field
                ? field.Declaration.Variables.Select(v => v.Initializer).OfType<SyntaxNode>()
                : [member];
            foreach (var root in roots)
            {
                var operation = semanticModel.GetOperation(root);
                if (operation is not null)
                {
                    found.AddRange(operation.DescendantsAndSelf().OfType<T>());
                }
            }
        }

        return found.OrderBy(o => o.Syntax.SpanStart).ToList();
    }

    private static IInvocationOperation Sleep(Compilation compilation, int index) =>
        Operations<IInvocationOperation>(compilation).Where(i => ClockAndTaskService.GetSleepKind(i) != SleepKind.None).ElementAt(index);

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Tells_tests_setup_and_other_members_of_a_test_class(Fw fw)
    {
        var (compilation, model) = await CompileAsync(fw, """
            [CLASS]
            public class RefundTests
            {
                public RefundTests() { }

                [TEST]
                public void Refund_is_issued() { }

                private static void Helper() { }
            }

            public class RefundPolicy
            {
                public RefundPolicy() { }
            }
            """);
        var tests = compilation.GetTypeByMetadataName("RefundTests")!;
        var policy = compilation.GetTypeByMetadataName("RefundPolicy")!;

        Assert.True(model.Tests.DeclaresTests(tests));
        Assert.False(model.Tests.DeclaresTests(policy));
        Assert.Equal(TestCodeKind.Test, model.Tests.GetTestCodeKind(tests.GetMembers("Refund_is_issued").Single()));
        Assert.Equal(TestCodeKind.Setup, model.Tests.GetTestCodeKind(tests.InstanceConstructors.Single()));
        Assert.Equal(TestCodeKind.OtherMember, model.Tests.GetTestCodeKind(tests.GetMembers("Helper").Single()));
        Assert.Equal(TestCodeKind.None, model.Tests.GetTestCodeKind(policy.InstanceConstructors.Single()));
    }

    [Fact]
    public async Task Knows_a_delay_in_Moq_behaviour()
    {
        var (compilation, model) = await CompileAsync(Fw.XUnitV2, """
            using System.Threading;
            using System.Threading.Tasks;
            using Moq;
            public class RefundTests
            {
                [Fact]
                public async Task Slow_gateway()
                {
                    var gateway = new Mock<IGateway>();
                    gateway.Setup(g => g.ChargeAsync(1m)).Returns(async () => { await Task.Delay(10); return true; });
                    gateway.Setup(g => g.ChargeAsync(2m)).ReturnsAsync(() => { Thread.Sleep(5); return true; });
                    gateway.Setup(g => g.Refund(1m)).Callback(() => Thread.Sleep(5));
                    await Task.Run(() => Thread.Sleep(5));
                }
            }
            """ + Production);

        Assert.True(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 0)));
        Assert.True(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 1)));
        Assert.True(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 2)));
        Assert.False(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 3)));
    }

    [Fact]
    public async Task Knows_a_delay_in_NSubstitute_behaviour()
    {
        var (compilation, model) = await CompileAsync(Fw.NUnit4, """
            using System.Threading;
            using System.Threading.Tasks;
            using NSubstitute;
            public class RefundTests
            {
                [Test]
                public async Task Slow_gateway()
                {
                    var gateway = Substitute.For<IGateway>();
                    gateway.ChargeAsync(1m).Returns(async _ => { await Task.Delay(10); return true; });
                    gateway.When(g => g.Refund(1m)).Do(_ => Thread.Sleep(5));
                    gateway.ChargeAsync(2m).Returns(true).AndDoes(_ => Thread.Sleep(5));
                    Assert.That(() => Thread.Sleep(5), Throws.Nothing);
                }
            }
            """ + Production);

        Assert.True(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 0)));
        Assert.True(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 1)));
        Assert.True(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 2)));
        Assert.False(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 3)));
    }

    [Fact]
    public async Task Knows_a_delay_in_FakeItEasy_behaviour()
    {
        var (compilation, model) = await CompileAsync(Fw.MSTest, """
            using System.Threading;
            using System.Threading.Tasks;
            using FakeItEasy;
            [TestClass]
            public class RefundTests
            {
                [TestMethod]
                public async Task Slow_gateway()
                {
                    var gateway = A.Fake<IGateway>();
                    A.CallTo(() => gateway.ChargeAsync(1m)).ReturnsLazily(async () => { await Task.Delay(10); return true; });
                    A.CallTo(() => gateway.Refund(1m)).Invokes(() => Thread.Sleep(5));
                    var run = () => Thread.Sleep(5);
                }
            }
            """ + Production);

        Assert.True(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 0)));
        Assert.True(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 1)));
        Assert.False(model.ClockAndTasks.IsInDoubleBehaviour(Sleep(compilation, 2)));
    }

    [Fact]
    public async Task Knows_a_callback_handed_to_production_code()
    {
        var (compilation, model) = await CompileAsync(Fw.TUnit, """
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            public class RefundTests
            {
                [Test]
                public async Task Hanging_refund()
                {
                    await new RefundRunner().RunAsync(ct => Task.Delay(Timeout.Infinite, ct));
                    await Task.Run(() => Task.Delay(10));
                }
            }

            public sealed class RefundRunner
            {
                public Task RunAsync(Func<CancellationToken, Task> work) => work(CancellationToken.None);
            }
            """);

        var production = model.Tests.GetProductionScope(null, null);
        Assert.True(model.ClockAndTasks.IsInProductionCallback(Sleep(compilation, 0), production));
        Assert.False(model.ClockAndTasks.IsInProductionCallback(Sleep(compilation, 1), production));
    }

    [Fact]
    public async Task Knows_the_wall_clock_members()
    {
        var (compilation, _) = await CompileAsync(Fw.XUnitV3, """
            using System;
            public class ClockTests
            {
                [Fact]
                public void Reads()
                {
                    var a = DateTime.Now;
                    var b = DateTime.UtcNow;
                    var c = DateTime.Today;
                    var d = DateTimeOffset.Now;
                    var e = DateTimeOffset.UtcNow;
                    var f = DateTime.MinValue;
                    var g = DateTimeOffset.UnixEpoch;
                    var h = Shop.DateTime.Now;
                    var i = a.Date;
                }
            }

            namespace Shop { public static class DateTime { public static System.DateTime Now => default; } }
            """);

        var reads = Operations<IPropertyReferenceOperation>(compilation)
            .Where(p => p.Syntax.Ancestors().OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == "Reads"))
            .Select(p => (p.Syntax.ToString(), ClockAndTaskService.IsWallClockRead(p)))
            .ToList();

        Assert.Equal(
            [("DateTime.Now", true), ("DateTime.UtcNow", true), ("DateTime.Today", true), ("DateTimeOffset.Now", true), ("DateTimeOffset.UtcNow", true),
             ("Shop.DateTime.Now", false), ("a.Date", false)],
            reads);
    }

    [Fact]
    public async Task Knows_unseeded_random_sources()
    {
        var (compilation, _) = await CompileAsync(Fw.NUnit3, """
            using System;
            public class PriceTests
            {
                [Test]
                public void Random_prices(int seed)
                {
                    var a = new Random();
                    var b = Random.Shared;
                    var c = new Random(Environment.TickCount);
                    var d = new Random(Guid.NewGuid().GetHashCode());
                    var e = new Random(42);
                    var f = new Random(seed);
                    var g = new Shop.Random();
                }
            }

            namespace Shop { public sealed class Random { } }
            """);

        var operations = Operations<IOperation>(compilation)
            .Where(o => o is IObjectCreationOperation || (o is IPropertyReferenceOperation { Property.Name: "Shared" }))
            .Select(o => (o.Syntax.ToString(), ClockAndTaskService.IsUnseededRandom(o, out var seed), seed is not null))
            .ToList();

        Assert.Equal(
            [("new Random()", true, false), ("Random.Shared", true, false), ("new Random(Environment.TickCount)", true, true),
             ("new Random(Guid.NewGuid().GetHashCode())", true, true), ("new Random(42)", false, false), ("new Random(seed)", false, false),
             ("new Shop.Random()", false, false)],
            operations);
    }

    [Fact]
    public async Task Knows_blocking_calls_and_tasks_complete_by_construction()
    {
        var (compilation, _) = await CompileAsync(Fw.XUnitV2, """
            using System.Threading.Tasks;
            public class BlockingTests
            {
                [Fact]
                public void Blocks(Task<int> task, Task work)
                {
                    var a = task.Result;
                    work.Wait();
                    var b = task.GetAwaiter().GetResult();
                    var c = task.ConfigureAwait(false).GetAwaiter().GetResult();
                    var d = new ValueTask<int>(5).Result;
                    var e = Task.FromResult(1).Result;
                    var f = new ValueTask<int>(task).Result;
                }
            }
            """);

        var blocking = Operations<IOperation>(compilation)
            .Select(o => (Operation: o, Kind: ClockAndTaskService.GetBlockingKind(o, out var task), Task: task))
            .Where(x => x.Kind != BlockingKind.None)
            .Select(x => (x.Operation.Syntax.ToString(), x.Kind, ClockAndTaskService.IsCompletedByConstruction(x.Task!)))
            .ToList();

        Assert.Equal(
            [("task.Result", BlockingKind.Result, false), ("work.Wait()", BlockingKind.Wait, false),
             ("task.GetAwaiter().GetResult()", BlockingKind.GetResult, false),
             ("task.ConfigureAwait(false).GetAwaiter().GetResult()", BlockingKind.GetResult, false),
             ("new ValueTask<int>(5).Result", BlockingKind.Result, true), ("Task.FromResult(1).Result", BlockingKind.Result, true),
             ("new ValueTask<int>(task).Result", BlockingKind.Result, false)],
            blocking);
    }

    [Fact]
    public async Task Sees_through_ConfigureAwait_and_knows_WhenAll_only_on_tasks()
    {
        var (compilation, _) = await CompileAsync(Fw.XUnitV2, """
            using System.Threading.Tasks;
            public static class Batch { public static Task WhenAll(params Task[] tasks) => Task.CompletedTask; }
            public class AwaitingTests
            {
                [Fact]
                public async Task Awaits(Task work, Task other)
                {
                    await work.ConfigureAwait(false);
                    await (work);
                    await Task.WhenAll(work, other);
                    await Batch.WhenAll(work, other);
                }
            }
            """);

        var awaited = Operations<IAwaitOperation>(compilation).Select(a => OperationQueries.SkipConfigureAwait(a.Operation)).ToList();
        Assert.Equal(["work", "work", "Task.WhenAll(work, other)", "Batch.WhenAll(work, other)"], awaited.Select(a => a.Syntax.ToString()));
        Assert.Equal([false, false, true, false], awaited.Select(a => a is IInvocationOperation call && ClockAndTaskService.IsWhenAll(call)));
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task Library_assemblies_are_told_from_production_ones(Fw fw)
    {
        var (compilation, _) = await CompileAsync(fw, "public class Order { }");
        var model = TestingModel.For(compilation)!;
        var libraries = compilation.References
            .Select(compilation.GetAssemblyOrModuleSymbol)
            .OfType<IAssemblySymbol>()
            .Where(a => model.Tests.RoleOf(a) == AssemblyRole.Production)
            .Select(a => a.Name)
            .ToList();

        Assert.Empty(libraries);
        Assert.Equal(AssemblyRole.Production, model.Tests.RoleOf(compilation.Assembly));
        Assert.True(model.Tests.GetProductionScope(null, null).IsProductionMember(compilation.GetTypeByMetadataName("Order")!));
    }
}
