using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RealismAnalyzers.Tests.Verifiers;

/// <summary>
/// What a fixed document looks like to every rule: a fix must not trade its finding for another (removing a test's last check
/// would raise RA1001, awaiting in a helper would leave its callers dropping a task). Used after the fix verifier has checked the text.
/// </summary>
public static class FixOutcome
{
    private static readonly ConcurrentDictionary<Fw, Task<ImmutableArray<MetadataReference>>> s_references = new();

    /// <summary>Compiles <paramref name="fixedSource"/> (framework tokens expanded) and checks that no rule reports anything in it.</summary>
    public static async Task AssertNoFindingAsync(Fw fw, string fixedSource, params string[] additionalSources)
    {
        var diagnostics = await FindingsAsync(fw, fixedSource, additionalSources);
        Assert.True(diagnostics.IsEmpty, "The fixed code has findings:" + Environment.NewLine + string.Join(Environment.NewLine, diagnostics));
    }

    /// <summary>
    /// Checks that applying a fix to <paramref name="source"/> (markup allowed) gave <paramref name="fixedSource"/> no finding that the
    /// source did not have: per rule, the fixed code has at most as many findings as before.
    /// </summary>
    public static async Task AssertNoNewFindingAsync(Fw fw, string source, string fixedSource)
    {
        var before = await FindingsAsync(fw, StripMarkup(source));
        var after = await FindingsAsync(fw, StripMarkup(fixedSource));
        var counts = before.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
        var added = after.GroupBy(d => d.Id).Where(g => g.Count() > counts.GetValueOrDefault(g.Key)).SelectMany(g => g).ToList();
        Assert.True(added.Count == 0, "The fix added findings:" + Environment.NewLine + string.Join(Environment.NewLine, added));
    }

    private static string StripMarkup(string source) =>
        System.Text.RegularExpressions.Regex.Replace(source, @"\{\|(?:#\d+|RA\d{4}):|\|\}|\[\||\|\]", string.Empty);

    /// <summary>The findings of every rule on <paramref name="source"/> (framework tokens expanded); compile errors fail the test.</summary>
    public static async Task<ImmutableArray<Diagnostic>> FindingsAsync(Fw fw, string source, params string[] additionalSources)
    {
        var references = await s_references.GetOrAdd(fw, f => Frameworks.References(f).ResolveAsync(LanguageNames.CSharp, default));
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Frameworks.Expand(source, fw), options, path: "/0/Test0.cs") };
        for (var i = 0; i < additionalSources.Length; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(additionalSources[i], options, path: $"/0/Extra{i}.cs"));
        }

        var compilation = CSharpCompilation.Create("FixedTests", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        return await AllAnalyzers.RunAsync(compilation);
    }
}
