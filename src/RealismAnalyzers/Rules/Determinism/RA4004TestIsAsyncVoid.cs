using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Determinism
{
    /// <summary>RA4004: a test method declared <c>async void</c>.</summary>
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
                    if (!method.IsAsync || !method.ReturnsVoid || method.Locations.IsDefaultOrEmpty || !model.IsTestMethod(method))
                    {
                        return;
                    }

                    symbolContext.ReportDiagnostic(Diagnostic.Create(Descriptors.RA4004TestIsAsyncVoid, method.Locations[0], method.Name));
                },
                SymbolKind.Method);
        }
    }
}
