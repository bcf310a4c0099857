using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Trivial
{
    /// <summary>RA1002: a test whose body has no statements.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA1002TestIsEmpty : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA1002TestIsEmpty);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { IsSkipped: false })
                {
                    return;
                }

                var body = TestBodies.FindBody(block.OperationBlocks);
                if (body is not null && TestBodies.IsEmpty(body))
                {
                    block.ReportDiagnostic(Diagnostic.Create(Descriptors.RA1002TestIsEmpty, method.Locations[0], method.Name));
                }
            });
        }
    }
}
