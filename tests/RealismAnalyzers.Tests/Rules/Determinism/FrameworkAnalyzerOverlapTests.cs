using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;
using RealismAnalyzers.Rules.Determinism;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Rules.Determinism;

/// <summary>
/// RA4001, RA4004 and RA4005 beside the real analyzers of each framework (loaded from their NuGet packages) on the same code: a line
/// or statement never gets both a finding of ours and one of theirs for the same shape, and ours still reports what theirs misses.
/// Lines end with <c>// theirs</c> (only the framework's rule reports it), <c>// ours</c> (only ours), or
/// <c>// ours | theirs when on</c> (ours, unless the framework's rule that is off by default is turned on).
/// </summary>
public class FrameworkAnalyzerOverlapTests
{
    /// <summary>The rules of the frameworks' analyzers that report the shapes ours report.</summary>
    private static readonly ImmutableHashSet<string> s_overlapping =
        ["xUnit1031", "xUnit1048", "xUnit1049", "NUnit1012", "MSTEST0003", "MSTEST0067", "TUnit0031"];

    private static readonly ImmutableHashSet<string> s_ours = ["RA4001", "RA4004", "RA4005"];

    [Theory]
    [InlineData(Fw.XUnitV2, "xunit.analyzers/1.18.0/analyzers/dotnet/cs/xunit.analyzers.dll")]
    [InlineData(Fw.XUnitV3, "xunit.analyzers/1.27.0/analyzers/dotnet/cs/xunit.analyzers.dll")]
    public Task XUnit(Fw fw, string analyzer) => CheckAsync(fw, analyzer, XUnitSource(fw), turnedOn: null);

    [Theory]
    [InlineData(Fw.NUnit3)]
    [InlineData(Fw.NUnit4)]
    public Task NUnit(Fw fw) => CheckAsync(fw, "nunit.analyzers/4.15.0/analyzers/dotnet/cs/nunit.analyzers.dll", NUnitSource, turnedOn: null);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task MSTest(bool blockingRuleOn) => CheckAsync(
        Fw.MSTest, "mstest.analyzers/4.5.3/analyzers/dotnet/cs/MSTest.Analyzers.dll", MSTestSource, turnedOn: blockingRuleOn ? "MSTEST0067" : null);

    [Fact]
    public Task TUnit() => CheckAsync(Fw.TUnit, "tunit.core/1.86.0/analyzers/dotnet/roslyn4.14/cs/TUnit.Analyzers.dll", TUnitSource, turnedOn: null);

    [Theory]
    [InlineData(FrameworkAnalyzerRules.XUnitAsyncVoidV2, "xunit.analyzers/1.18.0/analyzers/dotnet/cs/xunit.analyzers.dll")]
    [InlineData(FrameworkAnalyzerRules.XUnitAsyncVoidV3, "xunit.analyzers/1.27.0/analyzers/dotnet/cs/xunit.analyzers.dll")]
    [InlineData(FrameworkAnalyzerRules.XUnitBlocking, "xunit.analyzers/1.18.0/analyzers/dotnet/cs/xunit.analyzers.dll")]
    [InlineData(FrameworkAnalyzerRules.NUnitAsyncVoid, "nunit.analyzers/4.15.0/analyzers/dotnet/cs/nunit.analyzers.dll")]
    [InlineData(FrameworkAnalyzerRules.MSTestTestMethodShouldBeValid, "mstest.analyzers/4.5.3/analyzers/dotnet/cs/MSTest.Analyzers.dll")]
    [InlineData(FrameworkAnalyzerRules.MSTestBlocking, "mstest.analyzers/4.5.3/analyzers/dotnet/cs/MSTest.Analyzers.dll")]
    [InlineData(FrameworkAnalyzerRules.TUnitAsyncVoid, "tunit.core/1.86.0/analyzers/dotnet/roslyn4.14/cs/TUnit.Analyzers.dll")]
    public void The_Models_rule_ids_are_the_real_analyzers_rules(string id, string analyzer) =>
        Assert.Contains(Load(analyzer).SelectMany(a => a.SupportedDiagnostics), d => d.Id == id);

    private static async Task CheckAsync(Fw fw, string analyzerPath, string source, string? turnedOn)
    {
        var theirs = Load(analyzerPath);
        Assert.Contains(theirs.SelectMany(a => a.SupportedDiagnostics), d => s_overlapping.Contains(d.Id));

        var references = await Frameworks.References(fw).ResolveAsync(LanguageNames.CSharp, default);
        var tree = CSharpSyntaxTree.ParseText(source + DeterminismSources.Production, new CSharpParseOptions(LanguageVersion.Latest), path: "CheckoutTests.cs");
        // Ours are all on (RA4001 is off by default), as a user who turns them on gets them.
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(s_ours.Concat(turnedOn is null ? [] : [turnedOn]).Select(id => new KeyValuePair<string, ReportDiagnostic>(id, ReportDiagnostic.Warn)));

        var compilation = CSharpCompilation.Create("Shop.Tests", [tree], references, options);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        ImmutableArray<DiagnosticAnalyzer> analyzers =
        [
            new RA4001TestSleeps(), new RA4004TestIsAsyncVoid(), new RA4005TestBlocksOnATask(), .. theirs,
        ];
        var diagnostics = await compilation
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");

        var ours = diagnostics.Where(d => s_ours.Contains(d.Id)).ToList();
        var framework = diagnostics.Where(d => s_overlapping.Contains(d.Id)).ToList();

        // Never both on one line or one statement (or, for a rule about a whole test, one method).
        var theirLines = framework.Select(Line).ToHashSet();
        var theirShapes = framework.Select(d => Shape(tree, d)).ToHashSet();
        Assert.All(ours, d =>
        {
            Assert.DoesNotContain(Line(d), theirLines);
            Assert.DoesNotContain(Shape(tree, d), theirShapes);
        });

        // Each side reports exactly the lines marked for it.
        var lines = source.Split('\n');
        var expectedOurs = Marked(lines, turnedOn is null ? ["// ours", "// ours | theirs when on"] : ["// ours"]);
        var expectedTheirs = Marked(lines, turnedOn is null ? ["// theirs"] : ["// theirs", "// ours | theirs when on"]);
        Assert.Equal(expectedOurs, ours.Select(Line).Distinct().Order());
        Assert.Equal(expectedTheirs, framework.Select(Line).Distinct().Order());
    }

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line;

    /// <summary>The statement a diagnostic sits in, or the member when it sits outside any statement (a test's name or attribute).</summary>
    private static TextSpanKey Shape(SyntaxTree tree, Diagnostic diagnostic)
    {
        var node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        SyntaxNode shape = (SyntaxNode?)node.AncestorsAndSelf().OfType<StatementSyntax>().LastOrDefault(s => s.Parent is BlockSyntax)
            ?? node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().First();
        return new TextSpanKey(shape.SpanStart, shape.Span.End);
    }

    private static List<int> Marked(string[] lines, string[] markers) =>
        [.. Enumerable.Range(0, lines.Length).Where(i => markers.Any(m => lines[i].TrimEnd().EndsWith(m, StringComparison.Ordinal))).Order()];

    private readonly record struct TextSpanKey(int Start, int End);

    private static ImmutableArray<DiagnosticAnalyzer> Load(string relativePath)
    {
        var root = typeof(FrameworkAnalyzerOverlapTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
        var path = Path.Combine(root, relativePath);
        Assert.True(File.Exists(path), $"{path} is not restored; run `dotnet restore` for the test project.");
        return new AnalyzerFileReference(path, new IsolatedLoader()).GetAnalyzers(LanguageNames.CSharp);
    }

    /// <summary>Each analyzer package in a load context of its own: two versions of xunit.analyzers share one simple name.</summary>
    private sealed class IsolatedLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => new PackageContext(fullPath).LoadFromAssemblyPath(fullPath);

        private sealed class PackageContext(string path) : AssemblyLoadContext(Path.GetFileName(path), isCollectible: false)
        {
            private readonly string _directory = Path.GetDirectoryName(path)!;

            // Roslyn and the runtime come from the host; anything else the package carries, from its own folder.
            protected override Assembly? Load(AssemblyName assemblyName)
            {
                var candidate = Path.Combine(_directory, assemblyName.Name + ".dll");
                return !assemblyName.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) && File.Exists(candidate)
                    ? LoadFromAssemblyPath(candidate)
                    : null;
            }
        }
    }

    private static string XUnitSource(Fw fw) => """
        using System;
        using System.Threading.Tasks;
        using Xunit;

        public class CheckoutTests : IAsyncLifetime
        {
            private readonly CheckoutService _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));

            public async TASK InitializeAsync()
            {
                _service.ProcessQueueAsync().Wait(); // ours
                await Task.Yield();
            }

            public TASK DisposeAsync() => DONE;

            [Fact]
            public async void Payment_is_charged() // theirs
            {
                Assert.Equal(0, await _service.PendingCountAsync());
            }

            [Theory]
            [InlineData(1)]
            public async void Pending_count_is_zero(int attempt) // theirs
            {
                Assert.Equal(0, await _service.PendingCountAsync() * attempt);
            }

            [RetryFact]
            public async void Refund_is_issued() // ours
            {
                Assert.Equal(0, await _service.PendingCountAsync());
            }

            [Fact]
            public void Count_is_read()
            {
                var count = _service.PendingCountAsync().Result; // theirs
                var pending = _service.PendingCountAsync().GetAwaiter().GetResult(); // theirs
                Func<int> later = () => _service.PendingCountAsync().Result; // ours
                Assert.Equal(count + pending, later());
            }

            [RetryFact]
            public void Queue_is_drained()
            {
                _service.ProcessQueueAsync().Wait(); // ours
            }
        }

        public sealed class RetryFactAttribute : FactAttribute { }

        """
        .Replace("TASK", fw == Fw.XUnitV2 ? "Task" : "ValueTask")
        .Replace("DONE", fw == Fw.XUnitV2 ? "Task.CompletedTask" : "default");

    private const string NUnitSource = """
        using System;
        using System.Threading.Tasks;
        using NUnit.Framework;

        public class CheckoutTests
        {
            private static readonly int[] Attempts = { 1, 2 };
            private readonly CheckoutService _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));

            [Test] public async void Payment_is_charged() // theirs
            {
                Assert.That(await _service.PendingCountAsync(), Is.EqualTo(0));
            }

            [TestCase(1)] public async void Pending_count_is_zero(int attempt) // theirs
            {
                Assert.That(await _service.PendingCountAsync() * attempt, Is.EqualTo(0));
            }

            [TestCaseSource(nameof(Attempts))] public async void Refund_is_issued(int attempt) // ours
            {
                Assert.That(await _service.PendingCountAsync() * attempt, Is.EqualTo(0));
            }

            [Test]
            public void Count_is_read()
            {
                var count = _service.PendingCountAsync().Result; // ours
                _service.ProcessQueueAsync().Wait(); // ours
                Assert.That(count, Is.EqualTo(0));
            }
        }

        """;

    private const string MSTestSource = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.VisualStudio.TestTools.UnitTesting;

        [TestClass]
        public class CheckoutTests
        {
            private readonly CheckoutService _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));

            [TestMethod]
            public async void Payment_is_charged() // theirs
            {
                Assert.AreEqual(0, await _service.PendingCountAsync());
            }

            [DataTestMethod]
            [DataRow(1)]
            public async void Pending_count_is_zero(int attempt) // ours
            {
                Assert.AreEqual(0, await _service.PendingCountAsync() * attempt);
            }

            [TestMethod]
            public void Count_is_read()
            {
                _ = _service.ProcessQueueAsync();
                Thread.Sleep(50); // ours | theirs when on
                var count = _service.PendingCountAsync().Result; // ours | theirs when on
                _service.ProcessQueueAsync().Wait(); // ours | theirs when on
                var pending = _service.PendingCountAsync().GetAwaiter().GetResult(); // ours
                var cached = _service.CachedCountAsync().Result; // ours
                Assert.AreEqual(0, count + pending + cached);
            }
        }

        """;

    private const string TUnitSource = """
        using System;
        using System.Threading.Tasks;
        using TUnit.Core;
        using TUnit.Assertions;
        using TUnit.Assertions.Extensions;

        public class CheckoutTests
        {
            private readonly CheckoutService _service = new CheckoutService(null!, TimeSpan.FromSeconds(5));

            [Test]
            public async void Payment_is_charged() // theirs
            {
                await Assert.That(await _service.PendingCountAsync()).IsEqualTo(0);
            }

            [Test]
            public async Task Count_is_read()
            {
                var count = _service.PendingCountAsync().Result; // ours
                await Assert.That(count).IsEqualTo(0);
            }
        }

        """;
}
