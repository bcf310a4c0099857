using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RealismAnalyzers.Tests.Samples;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Robustness;

/// <summary>
/// Every rule on a thread with a small stack (256 KB, a sixth of a pool thread's): a walk that recurses too deep must give up
/// quietly (<c>StackGuard</c>), never overflow, since an overflow ends the compiler, the IDE host or this test run. The inputs are
/// the sample suites, the generated corpus, the broken sources and the shapes that once recursed without end.
/// </summary>
public class SmallStackTests
{
    private const int SmallStack = 256 * 1024;

    /// <summary>A class fixture, an output helper, a setup reading its own fields, a fake assigning its own fields: once a stack overflow.</summary>
    private const string SelfReadingSetups = """
        using System.Linq;
        namespace Shop.Tests
        {
            public sealed class NumbersFixture { public int[] Numbers { get; } = { 1, 2, 3 }; }

            public class SumTests : IClassFixture<NumbersFixture>
            {
                private readonly NumbersFixture _fixture;
                private readonly int _count;
                public SumTests(NumbersFixture fixture) { _fixture = fixture; _count = _fixture.Numbers.Length; }

                [Fact]
                public void Sum_of_the_numbers_is_six() => Assert.Equal(6, _fixture.Numbers.Sum() + _count - 3);
            }

            public sealed class FakeStopwatch
            {
                private readonly long _start;
                private long _elapsed;
                public FakeStopwatch(long start) { _start = start; _elapsed = _start; }
                public long Elapsed => _elapsed - _start;
            }

            public class StopwatchTests
            {
                [Fact]
                public void Starts_at_zero() => Assert.Equal(0L, new FakeStopwatch(10).Elapsed);
            }
        }
        """;

    [Fact]
    public async Task No_rule_overflows_a_small_stack_on_the_samples()
    {
        var projects = SampleSuites.TestProjects();
        Assert.NotEmpty(projects);
        foreach (var project in projects)
        {
            var compilation = await SampleSuites.CompileAsync(project);
            var onSmallStack = await SurvivesOnSmallStackAsync(compilation, project);

            // Ordinary code fits in a small stack: the guard gives up nothing there, so the findings are those of a normal run.
            var normal = await AllAnalyzers.RunAsync(compilation, concurrent: false);
            Assert.Equal(normal.Select(Robust.Format).Order(StringComparer.Ordinal), onSmallStack.Select(Robust.Format).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task No_rule_overflows_a_small_stack_on_the_generated_corpus()
    {
        var corpus = await Robust.SmallCorpusAsync();
        Assert.NotEmpty(corpus);
        foreach (var (project, compilation) in corpus)
        {
            await SurvivesOnSmallStackAsync(compilation, $"the generated {project.Name} corpus");
        }
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task No_rule_overflows_a_small_stack_on_broken_code(Fw fw)
    {
        var references = await Frameworks.ResolveAsync(fw);
        Assert.NotEmpty(BrokenCodeTests.BrokenSources);
        var i = 0;
        foreach (var source in BrokenCodeTests.BrokenSources)
        {
            i++;
            await SurvivesOnSmallStackAsync(Compile(Frameworks.Expand(source, fw), references), $"broken source #{i} in {fw}");
        }
    }

    [Theory]
    [InlineData(Fw.XUnitV2)]
    [InlineData(Fw.XUnitV3)]
    public async Task No_rule_overflows_a_small_stack_on_setups_that_read_their_own_fields(Fw fw)
    {
        var references = await Frameworks.ResolveAsync(fw);
        var diagnostics = await SurvivesOnSmallStackAsync(Compile(Frameworks.Usings(fw) + SelfReadingSetups, references), "setups that read their own fields");

        // The answers are still given: neither test touches production code (there is none), so both are import tests.
        Assert.Equal(2, diagnostics.Count(d => d.Id == "RA1007"));
    }

    private static CSharpCompilation Compile(string source, ImmutableArray<MetadataReference> references) =>
        CSharpCompilation.Create(
            "SmallStack",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), "SmallStack.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static async Task<ImmutableArray<Diagnostic>> SurvivesOnSmallStackAsync(Compilation compilation, string input)
    {
        // Sequential analysis, so every rule's callbacks run on the small-stack thread itself.
        var diagnostics = await Robust.OnBigStackAsync(() => AllAnalyzers.RunAsync(compilation, concurrent: false), SmallStack);
        Robust.AssertNoAnalyzerCrashed(diagnostics, input + " on a 256 KB stack");
        return diagnostics;
    }
}
