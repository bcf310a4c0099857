using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Mocking
{
    /// <summary>
    /// RA2006: a test whose only checks are verifications that calls on test doubles happened, with any arguments: nothing it checks
    /// carries a value the code produced. Verifications of values, of calls that must not happen, of released resources and of
    /// logged entries check an outcome: a command sent is what command-style code produces.
    /// </summary>
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
                                    switch (model.GetVerificationCheck(invocation, block.Options))
                                    {
                                        case VerificationCheck.CallHappened:
                                            verifications++;
                                            continue;
                                        case VerificationCheck.NoOtherCalls:
                                            continue;
                                        default:
                                            // The verified call carries what the code produced (values, an absence, a release, a log entry),
                                            // or the Model cannot read it: the test checks an outcome, or may.
                                            return;
                                    }

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
