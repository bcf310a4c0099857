using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>The one reader of <c>realism.*</c> options: where a value comes from, how it is typed, and that the docs name exactly these.</summary>
public class RealismOptionsTests
{
    private static readonly SyntaxTree Tree = CSharpSyntaxTree.ParseText("class C { }", path: "/src/C.cs");

    [Fact]
    public void The_file_section_wins_over_the_global_options_and_blank_means_unset()
    {
        var options = Options(
            file: new() { [RealismOptions.LoggerTypes] = " Shop.IAudit ", [RealismOptions.ProductionAssemblies] = "  " },
            global: new() { [RealismOptions.LoggerTypes] = "Global.ILog", [RealismOptions.ProductionAssemblies] = "Shop.*", [RealismOptions.AssertionMethods] = "*.Approve" });

        Assert.Equal("Shop.IAudit", RealismOptions.GetText(options, Tree, RealismOptions.LoggerTypes));
        Assert.Equal("Shop.*", RealismOptions.GetText(options, Tree, RealismOptions.ProductionAssemblies));
        Assert.Equal("*.Approve", RealismOptions.GetText(options, tree: null, RealismOptions.AssertionMethods));
        Assert.Null(RealismOptions.GetText(options, Tree, RealismOptions.AssertionPrefixes));
        Assert.Null(RealismOptions.GetText(options: null, Tree, RealismOptions.LoggerTypes));
    }

    [Theory]
    [InlineData("7", 1, 7)]
    [InlineData(" 2 ", 1, 2)]
    [InlineData("0", 1, 3)]
    [InlineData("0", 0, 0)]
    [InlineData("-1", 0, 3)]
    [InlineData("three", 1, 3)]
    [InlineData("", 1, 3)]
    public void Counts_below_the_minimum_or_not_numbers_fall_back(string text, int minimum, int expected)
    {
        var options = Options(file: new() { [RealismOptions.RA3006MinRows] = text });

        Assert.Equal(expected, RealismOptions.GetCount(options, Tree, RealismOptions.RA3006MinRows, fallback: 3, minimum));
    }

    [Theory]
    [InlineData("false", true, false)]
    [InlineData("FALSE", true, false)]
    [InlineData("True", false, true)]
    [InlineData("no", true, true)]
    [InlineData("", false, false)]
    public void Flags_read_true_or_false_in_any_case(string text, bool fallback, bool expected)
    {
        var options = Options(file: new() { [RealismOptions.DeferToFrameworkAnalyzers] = text });

        Assert.Equal(expected, RealismOptions.GetFlag(options, Tree, RealismOptions.DeferToFrameworkAnalyzers, fallback));
    }

    [Fact]
    public void The_readme_table_lists_every_option_and_the_docs_name_no_other()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var table = Regex.Matches(readme, @"^\| `(realism\.[A-Za-z0-9_.]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(RealismOptions.All.OrderBy(k => k, StringComparer.Ordinal), table.OrderBy(k => k, StringComparer.Ordinal));

        var pages = Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(RepoPaths.Root, "README.md"));
        foreach (var page in pages)
        {
            foreach (Match key in Regex.Matches(File.ReadAllText(page), @"\brealism\.(?:RA\d{4}\.)?[a-z_]+\b(?=\s*=|`)"))
            {
                Assert.True(RealismOptions.IsKnown(key.Value), $"{Path.GetFileName(page)} names an option no rule reads: {key.Value}");
            }
        }
    }

    [Fact]
    public async Task The_production_assemblies_option_is_the_one_definition_of_the_product_every_production_query_reads()
    {
        // A product signed with a platform key (as Microsoft's own libraries are) reads as .NET until the option names it.
        var references = await Frameworks.ResolveAsync(Fw.XUnitV3);
        var key = typeof(System.Text.Json.JsonSerializer).Assembly.GetName().GetPublicKey()!;
        var product = CSharpCompilation.Create(
            "Contoso.Billing",
            [CSharpSyntaxTree.ParseText("namespace Contoso.Billing { public static class Invoice { public static decimal Total(decimal net) => net * 1.2m; } }")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithPublicSign(true).WithCryptoPublicKey([.. key]));
        var tests = CSharpCompilation.Create(
            "Billing.Tests",
            [CSharpSyntaxTree.ParseText("""
                public class InvoiceTests
                {
                    [Xunit.Theory, Xunit.InlineData(10)]
                    public void Totals(decimal net) => Xunit.Assert.Equal(12m, Contoso.Billing.Invoice.Total(net));
                }
                """)],
            references.Add(product.ToMetadataReference()),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(tests.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var model = TestingModel.For(tests)!;
        var tree = tests.SyntaxTrees[0];
        var call = (IInvocationOperation)tests.GetSemanticModel(tree).GetOperation(
            tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>().Single(i => i.ToString().StartsWith("Contoso", StringComparison.Ordinal)))!;
        var test = tests.GetSymbolsWithName("Totals").OfType<IMethodSymbol>().Single();
        var body = tests.GetSemanticModel(tree).GetOperation(test.DeclaringSyntaxReferences[0].GetSyntax())!;

        var byKey = model.Tests.GetProductionScope(Options(), tree);
        var named = model.Tests.GetProductionScope(Options(global: new() { [RealismOptions.ProductionAssemblies] = "Contoso.*" }), tree);

        Assert.False(byKey.IsProductionMember(call.TargetMethod));
        Assert.False(byKey.IsProductionCall(call));
        Assert.False(model.FailureSetups.ReachesProductionAsIs(test.Parameters[0], body, byKey));
        Assert.True(named.IsProductionMember(call.TargetMethod));
        Assert.True(named.IsProductionCall(call));
        Assert.True(model.FailureSetups.ReachesProductionAsIs(test.Parameters[0], body, named));
    }

    private static AnalyzerOptions Options(Dictionary<string, string>? file = null, Dictionary<string, string>? global = null) =>
        new(ImmutableArray<AdditionalText>.Empty, new Provider(new Config(file ?? new()), new Config(global ?? new())));

    private sealed class Provider(AnalyzerConfigOptions file, AnalyzerConfigOptions global) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions => global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => file;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => file;
    }

    private sealed class Config(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
