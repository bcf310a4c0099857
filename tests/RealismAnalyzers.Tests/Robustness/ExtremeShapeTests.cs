using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Robustness;

/// <summary>
/// Code at the extremes of shape: expressions, lambdas, blocks and call chains nested thousands deep, very long test methods
/// and helper chains longer than the Model follows. The analysis runs on a thread with a large stack because the compiler
/// binds nesting recursively; the analyzers themselves must neither throw nor overflow (an overflow would end the test run).
/// </summary>
public class ExtremeShapeTests
{
    private const int Depth = 2_000;

    public static TheoryData<string> Shapes() => new(s_shapes.Keys);

    private static readonly Dictionary<string, Func<string>> s_shapes = new()
    {
        ["binary expression"] = () => Test("var total = " + string.Join(" + ", Enumerable.Repeat("1", Depth * 2)) + ";\nASSERT_TRUE(total > 0);"),
        ["parentheses"] = () => Test("var total = " + new string('(', Depth) + "1" + new string(')', Depth) + ";\nASSERT_TRUE(total > 0);"),
        ["nested lambdas"] = () => Test(Nest(Depth / 2, "Action a{0} = () => {{", "};") .Replace("@@", "ASSERT_TRUE(true);")),
        ["nested blocks"] = () => Test(Nest(Depth, "if (DateTimeKind.Utc != DateTimeKind.Local) {{", "}") .Replace("@@", "ASSERT_TRUE(true);")),
        ["nested calls"] = () => Test("var total = " + string.Concat(Enumerable.Repeat("Math.Abs(", Depth)) + "1" + new string(')', Depth) + ";\nASSERT_EQUAL(1, total);"),
        ["call chain"] = () => Test("var text = new System.Text.StringBuilder()" + string.Concat(Enumerable.Repeat(".Append('x')", Depth)) + ".ToString();\nASSERT_EQUAL(2000, text.Length);"),
        ["long method"] = () => Test(string.Concat(Enumerable.Range(0, Depth * 2).Select(i => $"var v{i} = {i} * 2;\n")) + "ASSERT_EQUAL(0, v0);"),
        ["long method without assertion"] = () => Test(string.Concat(Enumerable.Range(0, Depth * 2).Select(i => $"Console.WriteLine({i});\n"))),
        ["long helper chain"] = () => Test("Helper0();", string.Concat(Enumerable.Range(0, Depth).Select(i => $"private static void Helper{i}() => Helper{i + 1}();\n")) + $"private static void Helper{Depth}() => ASSERT_TRUE(true);\n"),
    };

    [Theory, MemberData(nameof(Shapes))]
    public async Task No_analyzer_throws_or_overflows_on_extreme_shapes(string shape)
    {
        var references = await Frameworks.ResolveAsync(Fw.XUnitV2);
        var source = Frameworks.Expand(s_shapes[shape](), Fw.XUnitV2);

        var diagnostics = await Robust.OnBigStackAsync(() =>
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), "Extreme.cs");
            var compilation = CSharpCompilation.Create("Extreme", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            return AllAnalyzers.RunAsync(compilation, concurrent: false);
        });

        Robust.AssertNoAnalyzerCrashed(diagnostics, shape);
    }

    private static string Test(string body, string members = "") =>
        "using System;\n[CLASS]\npublic class ExtremeTests\n{\n[TEST]\npublic void Extreme_shape()\n{\n" + body + "\n}\n" + members + "}\n";

    private static string Nest(int depth, string open, string close)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            text.Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, open, i)).Append('\n');
        }

        text.Append("@@\n");
        for (var i = 0; i < depth; i++)
        {
            text.Append(close).Append('\n');
        }

        return text.ToString();
    }
}
