using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Determinism
{
    /// <summary>RA4001: <c>Thread.Sleep</c> or an awaited (or blocked-on) <c>Task.Delay</c> in a test or its setup.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA4001TestSleeps : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA4001TestSleeps);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operationContext =>
                {
                    var invocation = (IInvocationOperation)operationContext.Operation;
                    var kind = ClockAndTaskService.GetSleepKind(invocation);
                    if (kind == SleepKind.None)
                    {
                        return;
                    }

                    var where = model.Tests.GetTestCodeKind(operationContext.ContainingSymbol);
                    if (where != TestCodeKind.Test && where != TestCodeKind.Setup)
                    {
                        return;
                    }

                    if (ClockAndTaskService.IsTinyWait(invocation) || (kind == SleepKind.TaskDelay && !IsWaitedFor(invocation)))
                    {
                        return;
                    }

                    // A delay inside a double's configured behaviour, in a callback handed to production code, or in the action an
                    // assertion runs (RaisesAsync, ThrowsAsync) runs as the code under test's work: it stands in for slow work, it is
                    // not the test waiting.
                    var production = model.Tests.GetProductionScope(operationContext.Options, invocation.Syntax.SyntaxTree);
                    if (model.ClockAndTasks.IsInDoubleBehaviour(invocation) || model.ClockAndTasks.IsInProductionCallback(invocation, production) ||
                        model.ClockAndTasks.IsInAssertionAction(invocation))
                    {
                        return;
                    }

                    // The back-off of a polling loop with a deadline, or the interval a stopwatch measures, is not a guess that can be too short.
                    if (ClockAndTaskService.IsBoundedPoll(invocation) || ClockAndTaskService.IsMeasuredInterval(invocation))
                    {
                        return;
                    }

                    // MSTEST0067, when turned on, reports Thread.Sleep in MSTest tests: the line is reported once.
                    if (model.ClockAndTasks.FrameworkRuleForSleep(invocation, kind, operationContext.ContainingSymbol, operationContext.Options, operationContext.CancellationToken) is not null)
                    {
                        return;
                    }

                    operationContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA4001TestSleeps,
                        invocation.Syntax.GetLocation(),
                        invocation.Syntax.ToString()));
                },
                OperationKind.Invocation);
        }

        /// <summary>
        /// True when the test waits for the delay: it is awaited (also through <c>ConfigureAwait</c>) or blocked on.
        /// A delay handed on (a timeout in <c>Task.WhenAny</c>, an argument of production code) is not a sleep of the test.
        /// </summary>
        private static bool IsWaitedFor(IInvocationOperation delay)
        {
            var current = Up(delay);
            if (current is not null && OperationQueries.SkipConfigureAwait(current) == delay)
            {
                current = Up(current);
            }

            // delay.Wait() blocks in the consumer itself; delay.GetAwaiter().GetResult() in the call above it.
            return current is IAwaitOperation || BlocksOn(current, delay) || (current is IInvocationOperation && BlocksOn(Up(current), delay));
        }

        private static bool BlocksOn(IOperation? operation, IOperation delay) =>
            operation is not null && ClockAndTaskService.GetBlockingKind(operation, out var task) != BlockingKind.None && task is not null &&
            OperationQueries.SkipConfigureAwait(task) == delay;

        private static IOperation? Up(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            return parent;
        }
    }
}
