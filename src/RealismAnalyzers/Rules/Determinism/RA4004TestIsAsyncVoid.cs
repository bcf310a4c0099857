using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Determinism
{
    /// <summary>
    /// RA4004: a test method declared <c>async void</c>, with what the framework in use does with it. Silent where the framework's
    /// own analyzer reports the same test (xUnit1048/xUnit1049, NUnit1012, MSTEST0003, TUnit0031).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA4004TestIsAsyncVoid : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA4004TestIsAsyncVoid);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterSymbolAction(
                symbolContext =>
                {
                    var method = (IMethodSymbol)symbolContext.Symbol;
                    if (!method.IsAsync || !method.ReturnsVoid || method.Locations.IsDefaultOrEmpty || model.Tests.GetTestInfo(method) is not { } test)
                    {
                        return;
                    }

                    var location = method.Locations[0];
                    if (location.SourceTree is not { } tree ||
                        model.ClockAndTasks.FrameworkRuleForAsyncVoidTest(method, test.Framework, symbolContext.Options, tree, symbolContext.CancellationToken) is not null)
                    {
                        return;
                    }

                    symbolContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA4004TestIsAsyncVoid, location, method.Name, Consequence(test.Framework, model.ClockAndTasks.ReferencesXunitV3)));
                },
                SymbolKind.Method);
        }

        /// <summary>What the framework's runner does with an async void test (read from each framework's source).</summary>
        private static string Consequence(TestFramework framework, bool xunitV3) => framework switch
        {
            TestFramework.XUnit when xunitV3 => "xUnit v3 refuses to run async void tests and fails it without running it",
            TestFramework.XUnit => "xUnit v2 waits for it and reports its failures, but xUnit v3 refuses to run async void tests",
            TestFramework.NUnit => "NUnit refuses to run async void tests: it reports the test as not runnable and none of its checks run",
            TestFramework.MSTest => "MSTest does not discover async void tests: the test never runs, and only a discovery warning says so",
            TestFramework.TUnit => "TUnit runs it like a synchronous method: the test passes at its first await, and what fails after it is lost or crashes the run",
            _ => "the runner cannot await it",
        };
    }
}
