using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Determinism
{
    /// <summary>
    /// RA4003: <c>new Random()</c>, <c>Random.Shared</c> or a random seeded from the clock in test code
    /// (tests, setup, helpers and fields of test classes and the types nested in them), unless its values only set the length of waits.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA4003TestUsesAnUnseededRandomSource : RealismAnalyzer
    {
        /// <summary>Property set on the diagnostic when the source has a seed that changes every run (the fix replaces it).</summary>
        internal const string HasVaryingSeed = "HasVaryingSeed";

        private static readonly ImmutableDictionary<string, string?> s_varyingSeed =
            ImmutableDictionary<string, string?>.Empty.Add(HasVaryingSeed, "true");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA4003TestUsesAnUnseededRandomSource);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operationContext =>
                {
                    var operation = operationContext.Operation;
                    if (!ClockAndTaskService.IsUnseededRandom(operation, out var seed))
                    {
                        return;
                    }

                    if (model.Tests.GetTestCodeKind(operationContext.ContainingSymbol) == TestCodeKind.None)
                    {
                        return;
                    }

                    // Jitter: values that only set how long a wait lasts are not test data, and a seed would not make thread timing repeatable.
                    if (model.ClockAndTasks.FeedsOnlyWaits(operation, operationContext.CancellationToken))
                    {
                        return;
                    }

                    operationContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA4003TestUsesAnUnseededRandomSource,
                        operation.Syntax.GetLocation(),
                        seed is null ? ImmutableDictionary<string, string?>.Empty : s_varyingSeed,
                        operation.Syntax.ToString()));
                },
                OperationKind.ObjectCreation,
                OperationKind.PropertyReference);
        }
    }
}
