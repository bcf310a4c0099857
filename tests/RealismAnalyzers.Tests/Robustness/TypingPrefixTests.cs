using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RealismAnalyzers.Tests.Samples;

namespace RealismAnalyzers.Tests.Robustness;

/// <summary>
/// A user typing a test file produces every prefix of it. Each sample test file (<c>tests/samples/**/*.Tests/*.cs</c>) is cut
/// at every statement boundary and at sampled token boundaries, the cut file replaces the original in its project's
/// compilation, and every analyzer analyses the cut document as the IDE does (every sixth statement cut also as a whole
/// build, with compilation-end rules): none may throw.
/// </summary>
/// <remarks>
/// Token cuts are sampled (about <see cref="TokenCutsPerFile"/> per file, evenly spaced, plus the tokens right after each
/// <c>(</c>, <c>{</c>, <c>=&gt;</c>, <c>.</c> and <c>&lt;</c> of the first test method) rather than exhaustive: a full
/// analysis per token would be thousands of compilations (minutes on a 2-core CI machine), while statement cuts already
/// cover every statement and the sampled token cuts land inside expressions, argument lists, lambdas, generic type
/// arguments and attributes, the places where half-typed code has shapes that complete statements never have.
/// </remarks>
public class TypingPrefixTests
{
    private const int TokenCutsPerFile = 20;

    /// <summary>Every this many statement cuts, the whole project is analysed too (compilation-end rules included).</summary>
    private const int FullBuildEvery = 6;

    public static TheoryData<string> SampleTestFiles()
    {
        var data = new TheoryData<string>();
        foreach (var project in SampleSuites.TestProjects())
        {
            foreach (var (path, _) in SampleSuites.SourcesOf(Path.Combine(Verifiers.RepoPaths.Samples, project)))
            {
                data.Add(path);
            }
        }

        return data;
    }

    [Theory, MemberData(nameof(SampleTestFiles))]
    public async Task No_analyzer_throws_on_any_prefix_of_a_sample_test_file(string file)
    {
        var project = SampleSuites.TestProjects().Single(p => file.StartsWith(Path.GetDirectoryName(p)!.Replace('\\', '/') + "/", StringComparison.Ordinal));
        var compilation = await SampleSuites.CompileAsync(project);
        var original = compilation.SyntaxTrees.Single(t => t.FilePath == file);
        var text = (await original.GetTextAsync()).ToString();

        var (statementCuts, tokenCuts) = CutPoints(await original.GetRootAsync());
        Assert.NotEmpty(statementCuts);
        var index = 0;
        foreach (var cut in statementCuts.Union(tokenCuts).Order())
        {
            var prefix = CSharpSyntaxTree.ParseText(text[..cut], (CSharpParseOptions)original.Options, original.FilePath);
            var typed = compilation.ReplaceSyntaxTree(original, prefix);
            var input = $"{file} cut at offset {cut} (…{Tail(text, cut)})";

            // As the IDE analyses a document on each keystroke; every few statements also a whole build with compilation-end rules.
            await Robust.AssertDocumentAnalysisSurvivesAsync(typed, prefix, input);
            if (statementCuts.Contains(cut) && index++ % FullBuildEvery == 0)
            {
                await Robust.AssertAnalyzersSurviveAsync(typed, input, concurrent: false);
            }
        }
    }

    /// <summary>The offsets to cut at: the end of every statement, member and attribute list; and sampled token ends.</summary>
    private static (SortedSet<int> Statements, SortedSet<int> Tokens) CutPoints(SyntaxNode root)
    {
        var statements = new SortedSet<int>();
        var cuts = new SortedSet<int>();
        foreach (var node in root.DescendantNodes())
        {
            if (node is StatementSyntax or MemberDeclarationSyntax or AttributeListSyntax)
            {
                statements.Add(node.Span.End);
            }
        }

        var tokens = root.DescendantTokens().Where(t => !t.IsKind(SyntaxKind.EndOfFileToken)).ToList();
        var stride = Math.Max(1, tokens.Count / TokenCutsPerFile);
        // Start half a stride in so the samples do not all fall on the same kind of token as the statement cuts.
        for (var i = stride / 2; i < tokens.Count; i += stride)
        {
            cuts.Add(tokens[i].Span.End);
        }

        // Inside the first test method: right after each opening token, where code is most often half-typed.
        var firstTest = root.DescendantNodes().OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.AttributeLists.Count > 0);
        if (firstTest is not null)
        {
            foreach (var token in firstTest.DescendantTokens())
            {
                if (token.Kind() is SyntaxKind.OpenParenToken or SyntaxKind.OpenBraceToken or SyntaxKind.EqualsGreaterThanToken or SyntaxKind.DotToken or SyntaxKind.LessThanToken)
                {
                    cuts.Add(token.Span.End);
                }
            }
        }

        cuts.ExceptWith(statements);
        cuts.Remove(0);
        return (statements, cuts);
    }

    private static string Tail(string text, int cut)
    {
        var start = Math.Max(0, cut - 40);
        return text[start..cut].ReplaceLineEndings(" ");
    }
}
