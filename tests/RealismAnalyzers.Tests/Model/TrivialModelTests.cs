using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
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

    private const string Storage = """
        namespace Storage
        {
            using System.Collections.Generic;
            using System.Threading.Tasks;
            public interface IMessageStore { Task<int> SaveAsync(string name); }
            public class MessageStore : IMessageStore
            {
                public async Task<int> SaveAsync(string name) { await Task.Yield(); return name.Length; }
                public Task<int> CountAsync() => Task.FromResult(0);
                public virtual async Task<int> LoadAsync() { await Task.Yield(); return 0; }
                public IEnumerable<int> Ids() { yield return 1; }
                public async IAsyncEnumerable<int> StreamAsync() { await Task.Yield(); yield return 1; }
                public async ValueTask<int> PeekAsync() { await Task.Yield(); return 0; }
            }
            public sealed class SealedStore : MessageStore
            {
                public override async Task<int> LoadAsync() { await Task.Yield(); return 1; }
            }
        }
        """;

    private const string StorageCalls = """
        public static class Calls
        {
            public static void Run(Storage.MessageStore store, Storage.SealedStore sealedStore, Storage.IMessageStore contract)
            {
                System.GC.KeepAlive(store.SaveAsync("a"));
                System.GC.KeepAlive(store.Ids());
                System.GC.KeepAlive(store.StreamAsync());
                System.GC.KeepAlive(sealedStore.LoadAsync());
                System.GC.KeepAlive(store.CountAsync());
                System.GC.KeepAlive(store.LoadAsync());
                System.GC.KeepAlive(contract.SaveAsync("b"));
                System.GC.KeepAlive(store.PeekAsync());
            }
        }
        """;

    private static readonly bool[] StateMachineAnswers = [true, true, true, true, false, false, false, false];

    [Fact]
    public async Task A_call_of_an_async_method_or_iterator_that_no_override_replaces_is_never_null_in_source()
    {
        var harness = await ModelHarness.CreateAsync(Fw.XUnitV2, Storage + StorageCalls);

        Assert.Equal(StateMachineAnswers, StorageCallResults(harness.Compilation));
    }

    [Fact]
    public async Task A_compiled_async_method_or_iterator_is_known_by_the_compilers_state_machine_mark()
    {
        // A package's method: no source, no async modifier to read; the compiler's [AsyncStateMachine]/[IteratorStateMachine] say it.
        var references = await Frameworks.ResolveAsync(Fw.XUnitV2);
        var product = CSharpCompilation.Create("Storage", [CSharpSyntaxTree.ParseText(Storage)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        Assert.True(product.Emit(image).Success);
        var tests = CSharpCompilation.Create(
            "Storage.Tests",
            [CSharpSyntaxTree.ParseText(StorageCalls)],
            [.. references, MetadataReference.CreateFromImage(image.ToArray())],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(tests.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        Assert.Equal(StateMachineAnswers, StorageCallResults(tests));
    }

    private static List<bool> StorageCallResults(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains("class Calls", StringComparison.Ordinal));
        var semantic = compilation.GetSemanticModel(tree);
        return tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(call => call.Expression.ToString() == "System.GC.KeepAlive")
            .Select(call => ValueFacts.IsStateMachineResult(((IInvocationOperation)semantic.GetOperation(call)!).Arguments[0].Value))
            .ToList();
    }

    [Fact]
    public async Task A_guard_that_holds_only_for_a_non_empty_collection_names_it()
    {
        var harness = await ModelHarness.CreateAsync(Fw.XUnitV2, """
            using System.Collections.Generic;
            using System.Linq;
            public static class Guards
            {
                public static void Run(List<int> items, int[] array, IEnumerable<int> query)
                {
                    System.GC.KeepAlive(items.Count > 0);
                    System.GC.KeepAlive(array.Length != 0);
                    System.GC.KeepAlive(query.Count() >= 1);
                    System.GC.KeepAlive(query.Any());
                    System.GC.KeepAlive(items.Count > -1);
                    System.GC.KeepAlive(items.Count >= 0);
                    System.GC.KeepAlive(query.Any(i => i > 2));
                    System.GC.KeepAlive(items.Count == 0);
                }
            }
            """);
        var conditions = harness.Tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(call => call.Expression.ToString() == "System.GC.KeepAlive")
            .Select(call => ((IInvocationOperation)harness.SemanticModel.GetOperation(call)!).Arguments[0].Value);

        Assert.Equal(
            ["items", "array", "query", "query", null, null, null, null],
            conditions.Select(c => AssertionService.CollectionFoundNonEmpty(c)?.Syntax.ToString()));
    }
}
