using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Robustness;

/// <summary>
/// Code that does not compile, the way it looks in an editor: syntax errors, unresolved types and members, library calls
/// with missing or wrong type arguments, recursion between helpers. Every analyzer must run over it without throwing.
/// </summary>
public class BrokenCodeTests
{
    /// <summary>Test classes with errors; each is compiled on its own in every framework.</summary>
    internal static readonly string[] BrokenSources =
    [
        // Unresolved production types and members, with library calls on them.
        """
        using System;
        using Moq;
        using FluentAssertions;
        [CLASS]
        public class InvoiceServiceTests
        {
            private readonly Mock<IInvoiceStore> _store = new Mock<IInvoiceStore>();

            [TEST]
            public void Issuing_an_invoice_stores_it()
            {
                var service = new InvoiceService(_store.Object, new UnknownClock());
                _store.Setup(s => s.NextNumber()).Returns(7);
                var invoice = service.Issue(Customer.Default, 10m);
                invoice.Number.Should().Be(7);
                _store.Verify(s => s.Save(It.IsAny<Invoice>()), Times.Once);
                ASSERT_EQUAL(7, invoice.Missing.Member);
            }
        }
        """,

        // Half-typed statements: unfinished calls, lambdas, generic arguments, attributes.
        """
        using System;
        using System.Threading.Tasks;
        using NSubstitute;
        using Shouldly;
        [CLASS]
        public class PaymentTests
        {
            [TEST]
            public async Task Refund_is_sent(
            {
                var gateway = Substitute.For<>();
                gateway.Charge(Arg.Any<decimal>()).Returns(
                await Should.ThrowAsync<(() => gateway.RefundAsync(
                gateway.Received().
            }

            [TEST]
            public void Totals_add_up() => ;

            [InlineData(1, 2
            [TEST]
            public void Unfinished(int a, int b) { if (a > b) { ASSERT_TRUE(a > b) } else
        """,

        // Test attributes in odd places, a test without a body, generic and static tests, recursive helpers.
        """
        using System;
        using FakeItEasy;
        [CLASS]
        public class LedgerTests
        {
            [TEST]
            public abstract void Abstract_test();

            [TEST]
            public extern void Extern_test();

            [TEST]
            public void Generic_test<T>() where T : new() { CheckAll(new T()); }

            [TEST]
            public static void Static_test() { Ping(3); }

            [TEST]
            public void Fake_without_type() { var f = A.Fake(); A.CallTo(() => f.Foo()).MustHaveHappened(); }

            [TEST]
            public void Throws_without_lambda() { Assert.Throws<ArgumentException>(); Assert.Throws<>(null); }

            [TEST]
            public void Local_functions_recurse() { int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2); Fib(10); }

            private static void Ping(int n) { if (n > 0) Pong(n - 1); }
            private static void Pong(int n) { if (n > 0) Ping(n - 1); }
            private static void CheckAll(object o) { CheckAll(o); }

            [TEST]
            [ExpectedException(typeof())]
            public void Expected_nothing() { }

            [TEST]
            public async void Async_void_with_error() { await; }

            [TEST]
            public void Try_without_catch() { try { Ping(1); ASSERT_TRUE(false); } }

            [TEST]
            public void Result_of_nothing() { var x = Missing().Result; var y = default(System.Threading.Tasks.Task).Wait(); }

            [TEST]
        }
        """,

        // Top-level statements, a stray test attribute on a class and on a local function, and an unterminated string.
        """
        using System;
        Console.WriteLine("top level");
        [TEST]
        void LocalTest() { ASSERT_TRUE(true); }

        [TEST]
        public class Misplaced
        {
            [TEST]
            public void Text() { var s = "unterminated; ASSERT_EQUAL(1, 1); }
        }
        """,
    ];

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task No_analyzer_throws_on_code_with_syntax_errors_and_unresolved_types(Fw fw)
    {
        var references = await Frameworks.ResolveAsync(fw);
        Assert.NotEmpty(BrokenSources);
        var i = 0;
        foreach (var source in BrokenSources)
        {
            i++;
            var tree = CSharpSyntaxTree.ParseText(Frameworks.Expand(source, fw), new CSharpParseOptions(LanguageVersion.Latest), $"Broken{i}.cs");
            var compilation = CSharpCompilation.Create("Broken", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

            await Robust.AssertAnalyzersSurviveAsync(compilation, $"broken source #{i} in {fw}");
        }
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task No_analyzer_throws_when_the_assertion_and_mocking_libraries_are_missing(Fw fw)
    {
        // Only the framework and the BCL: `using Moq;` and friends do not resolve.
        var references = await Frameworks.ResolveAsync(fw);
        var frameworkOnly = references.Where(r => r.Display is { } path && !path.Contains("moq", StringComparison.OrdinalIgnoreCase) &&
            !path.Contains("nsubstitute", StringComparison.OrdinalIgnoreCase) && !path.Contains("fakeiteasy", StringComparison.OrdinalIgnoreCase) &&
            !path.Contains("fluentassertions", StringComparison.OrdinalIgnoreCase) && !path.Contains("shouldly", StringComparison.OrdinalIgnoreCase));
        var tree = CSharpSyntaxTree.ParseText(Frameworks.Expand(BrokenSources[0], fw), new CSharpParseOptions(LanguageVersion.Latest), "NoLibraries.cs");
        var compilation = CSharpCompilation.Create("NoLibraries", [tree], frameworkOnly, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        await Robust.AssertAnalyzersSurviveAsync(compilation, $"a test class whose libraries are not referenced, in {fw}");
    }
}
