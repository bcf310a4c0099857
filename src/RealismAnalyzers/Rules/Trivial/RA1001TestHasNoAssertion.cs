using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Trivial
{
    /// <summary>RA1001: a test that performs no assertion, verification or expected-exception check.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA1001TestHasNoAssertion : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA1001TestHasNoAssertion);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { } test)
                {
                    return;
                }

                if (test.IsSkipped || test.HasExpectedException || test.HasExpectedResult || method.IsAbstract)
                {
                    return;
                }

                var body = TestBodies.FindBody(block.OperationBlocks);
                // A body that does not compile may hold its assertion in the call that did not bind (half-typed code, a generator that
                // has not run): wait for it.
                if (body is null || TestBodies.IsEmpty(body) || OperationQueries.HasErrors(body))
                {
                    return;
                }

                var conventions = model.Assertions.GetConventions(block.Options, body.Syntax.SyntaxTree);
                if (model.Tests.FactsOf(body, conventions).ChecksSomething(block.CancellationToken))
                {
                    return;
                }

                block.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RA1001TestHasNoAssertion,
                    method.Locations[0],
                    DiagnosticProperties.ForFramework(test.Framework),
                    method.Name));
            });
        }
    }
}
