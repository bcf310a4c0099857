using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace RealismAnalyzers.Tests.Verifiers;

/// <summary>Runs an analyzer on code that does not compile (half-typed statements) and checks it reports nothing and does not crash.</summary>
public static class BrokenCode<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyNoDiagnosticAsync(Fw fw, string source)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = Frameworks.Expand(source, fw),
            ReferenceAssemblies = Frameworks.References(fw),
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        return test.RunResolvedAsync();
    }
}
