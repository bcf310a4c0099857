using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Corpus;

namespace RealismAnalyzers.Tests.Verifiers;

/// <summary>Checks an analyzer against markup (<c>{|RA1001:…|}</c>, <c>[|…|]</c>, <c>{|#0:…|}</c>) in a given framework.</summary>
public static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    /// <summary>Expands the framework tokens of <paramref name="source"/> and checks the diagnostics its markup names.</summary>
    public static Task VerifyAnalyzerAsync(Fw fw, string source, params DiagnosticResult[] expected) =>
        VerifyAnalyzerAsync(fw, source, editorConfig: null, expected);

    public static Task VerifyAnalyzerAsync(Fw fw, string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = Frameworks.Expand(source, fw),
            ReferenceAssemblies = Frameworks.References(fw),
        };
        Configure(test.TestState, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunResolvedAsync();
    }

    /// <summary>Checks <paramref name="source"/> as written (no tokens, no usings added) against <paramref name="references"/>.</summary>
    public static Task VerifyRawAsync(ReferenceAssemblies references, string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = references,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunResolvedAsync();
    }

    public static DiagnosticResult Diagnostic(string? id = null) =>
        id is null ? CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic() : CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    internal static void Configure(SolutionState state, string? editorConfig)
    {
        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }
    }
}

/// <summary>Checks a code fix, including Fix All in document, project and solution scope (the testing library runs those too).</summary>
public static class Verify<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyFixAsync(Fw fw, string source, string fixedSource, string? editorConfig = null, int? iterations = null) =>
        VerifyFixAsync(Frameworks.References(fw), Frameworks.Expand(source, fw), Frameworks.Expand(fixedSource, fw), editorConfig, iterations);

    /// <summary>Checks the fix on sources as written, against <paramref name="references"/>.</summary>
    public static Task VerifyFixAsync(ReferenceAssemblies references, string source, string fixedSource, string? editorConfig = null, int? iterations = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = references,
        };
        if (iterations is { } count)
        {
            test.NumberOfFixAllIterations = count;
            test.NumberOfIncrementalIterations = count;
        }

        Verify<TAnalyzer>.Configure(test.TestState, editorConfig);
        return test.RunResolvedAsync();
    }

    /// <summary>Checks the fix on several documents as written (no tokens, no usings added): e.g. a test file beside a file of global usings.</summary>
    public static Task VerifyFixAsync(Fw fw, (string Path, string Text)[] sources, (string Path, string Text)[] fixedSources)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = Frameworks.References(fw),
        };
        test.TestState.Sources.AddRange(sources.Select(s => (s.Path, Microsoft.CodeAnalysis.Text.SourceText.From(s.Text))));
        test.FixedState.Sources.AddRange(fixedSources.Select(s => (s.Path, Microsoft.CodeAnalysis.Text.SourceText.From(s.Text))));
        return test.RunAsync();
    }

    /// <summary>Checks that the fix offers nothing for the diagnostics in <paramref name="source"/>.</summary>
    public static Task VerifyNoFixAsync(Fw fw, string source)
    {
        var expanded = Frameworks.Expand(source, fw);
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            TestCode = expanded,
            FixedCode = expanded,
            ReferenceAssemblies = Frameworks.References(fw),
        };
        return test.RunResolvedAsync();
    }
}

/// <summary>Runs a test of the testing library once its reference set is resolved through the process-wide gate.</summary>
public static class ResolvedTestRun
{
    /// <summary>
    /// Resolves the test's reference set completely (<see cref="RestoredPackages.ResolveAsync"/>: from the restored
    /// packages, one set at a time) before the test compiles anything against it, then runs the test.
    /// </summary>
    public static async Task RunResolvedAsync<TVerifier>(this AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new()
    {
        await RestoredPackages.ResolveAsync(test.ReferenceAssemblies);
        await test.RunAsync();
    }
}
