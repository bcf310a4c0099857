using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Trivial
{
    /// <summary>RA1007: a test that uses only the BCL, test libraries and the test project's own types (the "import test").</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA1007TestNeverTouchesCodeUnderTest : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA1007TestNeverTouchesCodeUnderTest);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.GetTestInfo(method) is not { IsSkipped: false } || method.IsAbstract)
                {
                    return;
                }

                var body = TestBodies.FindBody(block.OperationBlocks);
                if (body is null || body.Syntax.ContainsDiagnostics || TestBodies.IsEmpty(body))
                {
                    return;
                }

                // Half-typed code: what the test will touch is not written yet.
                foreach (var operation in body.DescendantsAndSelf())
                {
                    if (operation.Kind == OperationKind.Invalid || operation.Type?.TypeKind == TypeKind.Error)
                    {
                        return;
                    }
                }

                var scope = model.GetProductionScope(block.Options, body.Syntax.SyntaxTree);
                foreach (var parameter in method.Parameters)
                {
                    if (scope.TouchesProduction(parameter.Type, block.CancellationToken))
                    {
                        return;
                    }
                }

                if (!scope.Touches(body, block.CancellationToken))
                {
                    block.ReportDiagnostic(Diagnostic.Create(Descriptors.RA1007TestNeverTouchesCodeUnderTest, method.Locations[0], method.Name));
                }
            });
        }
    }
}
