using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Rules.Trivial;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Ecosystem;

/// <summary>
/// RA1004 beside the frameworks' own analyzers, loaded from their packages: every dropped asynchronous assertion is reported, and no
/// line is reported by both (xUnit2021, NUnit2059, TUnitAssertions0002 cover their framework's shapes; RA1004 the rest).
/// </summary>
public class FrameworkAnalyzerOverlapTests
{
    /// <summary>The framework rules that report an asynchronous assertion left unawaited.</summary>
    private static readonly ImmutableHashSet<string> s_unawaitedAssertionRules = ["xUnit2021", "NUnit2059", "TUnitAssertions0002"];

    // Lazy: two tests must not download and unpack the same package at once.
    private static readonly ConcurrentDictionary<string, Lazy<Task<ImmutableArray<MetadataReference>>>> s_references = new();

    /// <summary>NUnit 5, whose Assert.ThrowsAsync, CatchAsync and DoesNotThrowAsync return tasks (NUnit2059 was written for them).</summary>
    private static readonly ReferenceAssemblies s_nunit5 = ReferenceAssemblies.Net.Net80.AddPackages(
        [new PackageIdentity("NUnit", "5.0.0"), new PackageIdentity("FluentAssertions", "7.2.2"), new PackageIdentity("Shouldly", "4.3.0")]);

    private const string Production = """

        namespace Bank
        {
            public sealed class InsufficientFundsException : System.Exception { }
            public sealed class Account
            {
                public decimal Balance { get; private set; }
                public System.Threading.Tasks.Task WithdrawAsync(decimal amount) =>
                    amount > Balance ? System.Threading.Tasks.Task.FromException(new InsufficientFundsException()) : System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    /// <summary>Every line marked <c>// dropped</c> drops an asynchronous assertion; the libraries' shapes follow the framework's.</summary>
    private static string Suite(string frameworkShapes) => """
        using System;
        using System.Threading.Tasks;
        using FluentAssertions;
        using Shouldly;
        using Bank;
        [CLASS]
        public class AccountTests
        {
            [TEST]
            public async Task Withdrawing_too_much_fails()
            {
                var account = new Account();
                Func<Task> withdraw = () => account.WithdrawAsync(10m);
                await Task.Yield();
        """ + frameworkShapes + """

                withdraw.Should().ThrowAsync<InsufficientFundsException>(); // dropped
                _ = withdraw.Should().ThrowAsync<InsufficientFundsException>(); // dropped
                var forgotten = withdraw.Should().ThrowAsync<InsufficientFundsException>(); // dropped
                withdraw.ShouldThrowAsync<InsufficientFundsException>(); // dropped
                await withdraw.Should().ThrowAsync<InsufficientFundsException>();
            }
        }
        """ + Production;

    public static TheoryData<string> Cases => new(["xunit v2", "xunit v3", "NUnit 3", "NUnit 4", "NUnit 5", "MSTest", "TUnit"]);

    [Theory, MemberData(nameof(Cases))]
    public async Task No_line_gets_both_RA1004_and_the_frameworks_own_rule(string framework)
    {
        var (fw, references, analyzers, shapes) = Setup(framework);
        var diagnostics = await RunAsync(fw, references, Suite(shapes), analyzers, editorConfig: null);

        var theirs = Lines(diagnostics, d => s_unawaitedAssertionRules.Contains(d.Id));
        var ours = Lines(diagnostics, d => d.Id == "RA1004");
        Assert.Empty(theirs.Intersect(ours));
        Assert.Equal(DroppedLines(fw, Suite(shapes)), theirs.Union(ours).Order().ToList());
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task With_the_option_off_RA1004_reports_every_dropped_assertion(string framework)
    {
        var (fw, references, analyzers, shapes) = Setup(framework);
        var diagnostics = await RunAsync(fw, references, Suite(shapes), [], editorConfig: RealismAnalyzers.Model.RealismOptions.DeferToFrameworkAnalyzers + " = false");
        Assert.Equal(DroppedLines(fw, Suite(shapes)), Lines(diagnostics, d => d.Id == "RA1004").Order().ToList());
    }

    private static (Fw Fw, ReferenceAssemblies References, ImmutableArray<DiagnosticAnalyzer> Analyzers, string Shapes) Setup(string framework) => framework switch
    {
        "xunit v2" or "xunit v3" => (framework == "xunit v2" ? Fw.XUnitV2 : Fw.XUnitV3, Frameworks.References(framework == "xunit v2" ? Fw.XUnitV2 : Fw.XUnitV3),
            FrameworkAnalyzers.For(framework == "xunit v2" ? Fw.XUnitV2 : Fw.XUnitV3), """

                Assert.ThrowsAsync<InsufficientFundsException>(withdraw); // dropped
                _ = Assert.ThrowsAsync<InsufficientFundsException>(withdraw); // dropped
                var pending = Assert.ThrowsAnyAsync<Exception>(withdraw); // dropped
                Action later = () => Assert.ThrowsAsync<InsufficientFundsException>(withdraw); // dropped
                await Assert.ThrowsAsync<InsufficientFundsException>(withdraw);
        """),
        "NUnit 3" => (Fw.NUnit3, Frameworks.References(Fw.NUnit3), FrameworkAnalyzers.For(Fw.NUnit3), """

                Assert.That(withdraw, Throws.TypeOf<InsufficientFundsException>());
        """),
        "NUnit 4" => (Fw.NUnit4, Frameworks.References(Fw.NUnit4), FrameworkAnalyzers.For(Fw.NUnit4), """

                Assert.ThatAsync(withdraw, Throws.TypeOf<InsufficientFundsException>()); // dropped
                _ = Assert.ThatAsync(withdraw, Throws.TypeOf<InsufficientFundsException>()); // dropped
                var pending = Assert.ThatAsync(withdraw, Throws.TypeOf<InsufficientFundsException>()); // dropped
                Assert.MultipleAsync(async () => await Assert.ThatAsync(withdraw, Throws.Exception)); // dropped
                await Assert.ThatAsync(withdraw, Throws.TypeOf<InsufficientFundsException>());
        """),
        "NUnit 5" => (Fw.NUnit3, s_nunit5, FrameworkAnalyzers.For(Fw.NUnit4), """

                Assert.ThrowsAsync<InsufficientFundsException>(withdraw); // dropped
                Assert.CatchAsync<InsufficientFundsException>(withdraw); // dropped
                _ = Assert.ThrowsAsync<InsufficientFundsException>(withdraw); // dropped
                Assert.ThatAsync(withdraw, Throws.TypeOf<InsufficientFundsException>()); // dropped
                await Assert.ThrowsAsync<InsufficientFundsException>(withdraw);
        """),
        "MSTest" => (Fw.MSTest, Frameworks.References(Fw.MSTest), FrameworkAnalyzers.For(Fw.MSTest), """

                Assert.ThrowsExactlyAsync<InsufficientFundsException>(withdraw); // dropped
                _ = Assert.ThrowsAsync<InsufficientFundsException>(withdraw); // dropped
                var pending = Assert.ThrowsExactlyAsync<InsufficientFundsException>(withdraw); // dropped
                await Assert.ThrowsExactlyAsync<InsufficientFundsException>(withdraw);
        """),
        _ => (Fw.TUnit, Frameworks.References(Fw.TUnit), FrameworkAnalyzers.For(Fw.TUnit), """

                Assert.That(account.Balance).IsEqualTo(0m); // dropped
                _ = Assert.That(account.Balance).IsEqualTo(0m); // dropped
                var pending = Assert.That(account.Balance).IsGreaterThanOrEqualTo(0m).And.IsLessThan(10m); // dropped
                Action later = () => Assert.That(account.Balance).IsPositive(); // dropped
                Assert.ThrowsAsync<InsufficientFundsException>(withdraw); // dropped
                await Assert.That(account.Balance).IsEqualTo(0m);
        """),
    };

    private static List<int> DroppedLines(Fw fw, string source) =>
        [.. Frameworks.Expand(source, fw).Split('\n').Select((line, index) => (line, index)).Where(l => l.line.TrimEnd().EndsWith("// dropped", StringComparison.Ordinal)).Select(l => l.index + 1)];

    private static HashSet<int> Lines(ImmutableArray<Diagnostic> diagnostics, Func<Diagnostic, bool> predicate) =>
        [.. diagnostics.Where(predicate).Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1)];

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(
        Fw fw, ReferenceAssemblies referenceSet, string source, ImmutableArray<DiagnosticAnalyzer> frameworkAnalyzers, string? editorConfig)
    {
        var key = (ReferenceEquals(referenceSet, s_nunit5) ? "nunit5" : "") + fw;
        var references = await s_references.GetOrAdd(key, _ => new(() => referenceSet.ResolveAsync(LanguageNames.CSharp, default))).Value;
        var tree = CSharpSyntaxTree.ParseText(Frameworks.Expand(source, fw), new CSharpParseOptions(LanguageVersion.Latest), path: "/0/Test0.cs");
        var compilation = CSharpCompilation.Create("Bank.Tests", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

        var options = editorConfig is null
            ? new AnalyzerOptions([])
            : new AnalyzerOptions([], new EditorConfigOptions(editorConfig));
        ImmutableArray<DiagnosticAnalyzer> analyzers = [.. frameworkAnalyzers, new RA1004AsyncAssertionNotAwaited()];
        return await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>One <c>key = value</c> line of an .editorconfig, for every tree.</summary>
    private sealed class EditorConfigOptions(string line) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(line);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(string line) : AnalyzerConfigOptions
        {
            private readonly string _key = line[..line.IndexOf('=')].Trim();
            private readonly string _value = line[(line.IndexOf('=') + 1)..].Trim();

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == _key ? _value : null;
                return value is not null;
            }
        }
    }
}
