using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Trivial
{
    /// <summary>RA1004: an assertion that returns a task (or an awaitable assertion) and is dropped instead of awaited.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA1004AsyncAssertionNotAwaited : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA1004AsyncAssertionNotAwaited);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Assertions;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operationContext =>
                {
                    var invocation = (IInvocationOperation)operationContext.Operation;
                    if (!model.Assertions.IsAsyncAssertion(invocation))
                    {
                        return;
                    }

                    // Only the outermost assertion of a chain (TUnit: Assert.That(x).IsPositive().And.IsLessThan(9)) is reported.
                    IOperation end = invocation;
                    for (var depth = 0; depth < 32 && OperationQueries.ChainParent(end) is { } next; depth++)
                    {
                        if (next is IInvocationOperation outer && model.Assertions.IsAsyncAssertion(outer))
                        {
                            return;
                        }

                        end = next;
                    }

                    // .Wait(), .Result, .GetAwaiter(): consumed synchronously (RA4005's concern, not this rule's).
                    if (!OperationQueries.IsAwaitable(end.Type) || !IsDropped(end, operationContext.CancellationToken))
                    {
                        return;
                    }

                    // The framework's own analyzer reports this shape already: one warning on a line is enough.
                    if (model.Assertions.FrameworkRuleForDroppedAssertion(invocation, end, operationContext.Options, operationContext.CancellationToken) is not null)
                    {
                        return;
                    }

                    // Inside code whose throwing the test asserts, building the assertion is the code under test (a constructor that
                    // validates its arguments): it is not a check the test forgot to await.
                    if (model.FailureSetups.IsInCodeExpectedToThrow(invocation, operationContext.CancellationToken))
                    {
                        return;
                    }

                    // The fix may make a test 'async Task'; a helper's callers would then drop its task, so it is told where it is.
                    var properties = operationContext.ContainingSymbol is IMethodSymbol containing && model.Tests.IsTestMethod(containing)
                        ? DiagnosticProperties.InTestMethod
                        : ImmutableDictionary<string, string?>.Empty;
                    operationContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA1004AsyncAssertionNotAwaited,
                        invocation.Syntax.GetLocation(),
                        properties,
                        invocation.TargetMethod.Name));
                },
                OperationKind.Invocation);
        }

        /// <summary>The value is thrown away: a statement of its own, a discard, or a local that nothing reads.</summary>
        private static bool IsDropped(IOperation value, System.Threading.CancellationToken cancellationToken)
        {
            switch (OperationQueries.ValueConsumer(value))
            {
                case IExpressionStatementOperation:
                    return true;

                case ISimpleAssignmentOperation { Target: IDiscardOperation } assignment:
                    return assignment.Parent is IExpressionStatementOperation;

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    var root = TestBodies.RootOf(declarator);

                    foreach (var node in root.Descendants())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (node is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol))
                        {
                            return false;
                        }
                    }

                    return true;
            }

            return false;
        }
    }
}
