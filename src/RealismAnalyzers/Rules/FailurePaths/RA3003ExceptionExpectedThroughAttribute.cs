using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.FailurePaths
{
    /// <summary>RA3003: <c>[ExpectedException]</c> on a test (MSTest, or an NUnit 2 style attribute in any namespace).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA3003ExceptionExpectedThroughAttribute : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA3003ExceptionExpectedThroughAttribute);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { HasExpectedException: true } test ||
                        !model.FailureSetups.TryGetExpectedExceptionAttribute(method, out var attribute, out var exceptionType) ||
                        attribute?.ApplicationSyntaxReference is not { } reference)
                    {
                        return;
                    }

                    symbol.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA3003ExceptionExpectedThroughAttribute,
                        reference.GetSyntax(symbol.CancellationToken).GetLocation(),
                        DiagnosticProperties.ForFramework(test.Framework),
                        method.Name,
                        exceptionType?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? "an exception"));
                },
                SymbolKind.Method);
        }
    }
}
