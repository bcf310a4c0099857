using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.FailurePaths
{
    /// <summary>
    /// RA3002: an exception assertion (or <c>[ExpectedException]</c>) that any exception satisfies: derived types accepted with
    /// <c>System.Exception</c>/<c>SystemException</c> as the type, or no type at all, and nothing narrowing the caught exception.
    /// Exact-type checks (xUnit/NUnit <c>Throws&lt;Exception&gt;</c>, MSTest <c>ThrowsExactly</c>…) fail on a <c>NullReferenceException</c>: not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA3002ExceptionAssertionIsTooBroad : RealismAnalyzer
    {
        private const string AnyException = "any exception";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA3002ExceptionAssertionIsTooBroad);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Assertions;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    if (!model.FailureSetups.TryGetExceptionExpectation(invocation, out var expectation) || !expectation.AcceptsAnyException ||
                        model.FailureSetups.IsCaughtExceptionNarrowed(invocation) || FailureSetupService.ThrowsOnlyWhatItConstructs(invocation) ||
                        model.FailureSetups.ExpectsTheBroadExceptionTheTestThrows(invocation, expectation, operation.CancellationToken))
                    {
                        return;
                    }

                    operation.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA3002ExceptionAssertionIsTooBroad,
                        invocation.Syntax.GetLocation(),
                        expectation.Type is null ? AnyException : expectation.Type.ToDisplayString()));
                },
                OperationKind.Invocation);

            context.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is not IMethodSymbol method || !model.Tests.IsTestMethod(method) ||
                        !model.FailureSetups.TryGetExpectedExceptionAttribute(method, out var attribute, out var exceptionType) ||
                        exceptionType is null || attribute is null || !FailureSetupService.IsBroadException(exceptionType) ||
                        !FailureSetupService.AcceptsDerivedTypes(attribute) || attribute.ApplicationSyntaxReference is not { } reference)
                    {
                        return;
                    }

                    symbol.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA3002ExceptionAssertionIsTooBroad,
                        reference.GetSyntax(symbol.CancellationToken).GetLocation(),
                        exceptionType.ToDisplayString()));
                },
                SymbolKind.Method);
        }
    }
}
