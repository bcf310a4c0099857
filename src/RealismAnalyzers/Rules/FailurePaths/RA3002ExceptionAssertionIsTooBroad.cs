using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.FailurePaths
{
    /// <summary>RA3002: an exception assertion (or <c>[ExpectedException]</c>) that accepts <c>System.Exception</c>, <c>SystemException</c> or any exception.</summary>
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
                    if (!model.TryGetExpectedException(invocation, out var exceptionType))
                    {
                        return;
                    }

                    if (exceptionType is null || TestingModel.IsBroadException(exceptionType))
                    {
                        operation.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.RA3002ExceptionAssertionIsTooBroad,
                            invocation.Syntax.GetLocation(),
                            exceptionType is null ? AnyException : exceptionType.ToDisplayString()));
                    }
                },
                OperationKind.Invocation);

            context.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is not IMethodSymbol method || !model.IsTestMethod(method) ||
                        !model.TryGetExpectedExceptionAttribute(method, out var attribute, out var exceptionType) ||
                        exceptionType is null || !TestingModel.IsBroadException(exceptionType) ||
                        attribute?.ApplicationSyntaxReference is not { } reference)
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
