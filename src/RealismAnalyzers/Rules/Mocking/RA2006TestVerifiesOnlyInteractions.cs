using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Mocking
{
    /// <summary>RA2006: a test whose only checks are verifications of calls on test doubles.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA2006TestVerifiesOnlyInteractions : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA2006TestVerifiesOnlyInteractions);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.GetTestInfo(method) is not { } test ||
                    test.IsSkipped || test.HasExpectedException || test.HasExpectedResult ||
                    TestBodies.FindBody(block.OperationBlocks) is not { } body || TestingModel.HasErrors(body))
                {
                    return;
                }

                var conventions = model.GetConventions(block.Options, body.Syntax.SyntaxTree);
                var verifications = 0;
                foreach (var operation in body.Descendants())
                {
                    block.CancellationToken.ThrowIfCancellationRequested();
                    switch (operation)
                    {
                        case IThrowOperation:
                            // The test fails on purpose on some condition of its own: a state check.
                            return;

                        case IInvocationOperation invocation:
                            var info = model.Classify(invocation, conventions);
                            switch (info.Role)
                            {
                                case InvocationRole.Verification:
                                    verifications++;
                                    continue;
                                case InvocationRole.Assertion:
                                case InvocationRole.Fail:
                                    return;
                                case InvocationRole.None:
                                    // A helper that asserts: its kind of check is unknown here, so the test is not reported.
                                    if (model.MethodAsserts(invocation.TargetMethod, conventions, block.CancellationToken))
                                    {
                                        return;
                                    }

                                    break;
                            }

                            break;
                    }
                }

                if (verifications > 0)
                {
                    block.ReportDiagnostic(Diagnostic.Create(Descriptors.RA2006TestVerifiesOnlyInteractions, method.Locations[0], method.Name));
                }
            });
        }
    }
}
