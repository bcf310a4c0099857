using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Trivial
{
    /// <summary>RA1005: a call that starts an assertion or verification (<c>Should()</c>, <c>Received()</c>, <c>A.CallTo</c>, <c>Record.Exception</c>, <c>Assert.That</c>, Moq <c>Verify()</c>) that nothing completes.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA1005AssertionNeverCompleted : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA1005AssertionNeverCompleted);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Assertions | TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operationContext =>
                {
                    var invocation = (IInvocationOperation)operationContext.Operation;
                    var reason = model.Classify(invocation).RequiresCompletion
                        ? WhyStartIsIncomplete(model, invocation, operationContext.CancellationToken)
                        : WhyVerificationIsEmpty(model, invocation, operationContext.CancellationToken);
                    // In code whose throwing the test asserts, the start is the code under test (Received() on something that is not a substitute).
                    if (reason is not null && !model.FailureSetups.IsInCodeExpectedToThrow(invocation, operationContext.CancellationToken))
                    {
                        operationContext.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.RA1005AssertionNeverCompleted,
                            invocation.Syntax.GetLocation(),
                            invocation.TargetMethod.Name,
                            reason));
                    }
                },
                OperationKind.Invocation);
        }

        private static string? WhyStartIsIncomplete(TestingModel model, IInvocationOperation start, CancellationToken cancellationToken)
        {
            IOperation value = start;
            if (OperationQueries.ValueConsumer(value) is IAwaitOperation awaited)
            {
                value = awaited;
            }

            switch (OperationQueries.ValueConsumer(value))
            {
                case IExpressionStatementOperation statement:
                    return model.Doubles.ArmsNextCallOnSubject(start, out var subject) && IsNextUseAMemberCall(statement, subject!, cancellationToken)
                        ? null
                        : "its result is discarded";

                case ISimpleAssignmentOperation { Target: IDiscardOperation }:
                    return "its result is discarded";

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    var used = false;
                    var asserted = false;
                    foreach (var node in TestBodies.RootOf(declarator).Descendants())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (node is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol))
                        {
                            used = true;
                            if (FlowsIntoCheck(model, reference))
                            {
                                asserted = true;
                                break;
                            }
                        }
                    }

                    if (!used)
                    {
                        return $"the local '{declarator.Symbol.Name}' is never used";
                    }

                    return !asserted && model.Doubles.RecordsException(start) ? $"the recorded exception '{declarator.Symbol.Name}' is never asserted on" : null;
            }

            return null;
        }

        /// <summary>
        /// True when the first use of <paramref name="subject"/> after <paramref name="statement"/> in the statements that follow it
        /// (in its block, lambdas included) is a member call, property, indexer or event access made on it: the call that completes
        /// a two-statement verification (<c>sub.Received(); sub.Send(x);</c>).
        /// </summary>
        private static bool IsNextUseAMemberCall(IExpressionStatementOperation statement, ISymbol subject, CancellationToken cancellationToken)
        {
            if (statement.Parent is not IBlockOperation block)
            {
                return false;
            }

            var after = false;
            foreach (var sibling in block.Operations)
            {
                if (!after)
                {
                    after = sibling == statement;
                    continue;
                }

                foreach (var node in sibling.DescendantsAndSelf())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!SymbolEqualityComparer.Default.Equals(ValueFacts.ReferencedSymbol(node), subject) || node is IConversionOperation or IParenthesizedOperation)
                    {
                        continue;
                    }

                    switch (OperationQueries.ValueConsumer(node))
                    {
                        case IInvocationOperation call when call.Instance is { } instance && OperationQueries.Unwrap(instance) == node:
                        case IPropertyReferenceOperation property when property.Instance is { } propertyInstance && OperationQueries.Unwrap(propertyInstance) == node:
                        case IEventReferenceOperation eventReference when eventReference.Instance is { } eventInstance && OperationQueries.Unwrap(eventInstance) == node:
                            return true;
                    }

                    return false;
                }
            }

            return false;
        }

        /// <summary>
        /// True when a value reaches something that can check it: an assertion, a verification, a helper of this compilation,
        /// a <c>throw</c>, a <c>return</c>, a comparison, or another variable (followed no further, so it counts).
        /// </summary>
        private static bool FlowsIntoCheck(TestingModel model, IOperation value)
        {
            var current = value;
            for (var depth = 0; depth < 16; depth++)
            {
                switch (OperationQueries.ValueConsumer(current))
                {
                    case IArgumentOperation { Parent: IInvocationOperation call }:
                        var info = model.Classify(call);
                        if (info.IsCheck || info.Role == InvocationRole.AssertionStart || info.Role == InvocationRole.AssertionGroup ||
                            !call.TargetMethod.DeclaringSyntaxReferences.IsDefaultOrEmpty)
                        {
                            return true;
                        }

                        // An extension or a library call on the value: what it returns carries the value on.
                        current = call;
                        continue;

                    case IArgumentOperation { Parent: IObjectCreationOperation creation }:
                        return !creation.Constructor?.DeclaringSyntaxReferences.IsDefaultOrEmpty ?? false;

                    case IInvocationOperation call when call.Instance is { } instance && OperationQueries.Unwrap(instance) == current:
                        if (model.Classify(call).IsCheck)
                        {
                            return true;
                        }

                        current = call;
                        continue;

                    case IPropertyReferenceOperation property:
                        current = property;
                        continue;

                    case IConditionalAccessOperation conditional:
                        current = conditional;
                        continue;

                    case IConditionalAccessInstanceOperation:
                        return true;

                    case IThrowOperation:
                    case IReturnOperation:
                    case IBinaryOperation:
                    case IIsPatternOperation:
                    case IIsTypeOperation:
                    case IAssignmentOperation:
                    case IVariableInitializerOperation:
                    case ISwitchOperation:
                    case ISwitchExpressionOperation:
                    case ICoalesceOperation:
                        return true;
                }

                return false;
            }

            return false;
        }

        private static string? WhyVerificationIsEmpty(TestingModel model, IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            if (!model.Doubles.IsSetupVerification(invocation, out var onlyVerifiable) ||
                OperationQueries.Unwrap(invocation.Instance!) is not ILocalReferenceOperation mockReference)
            {
                return null;
            }

            var mock = mockReference.Local;
            var root = TestBodies.RootOf(invocation);

            // A mock made elsewhere (AutoFixture, Mock.Get, a factory) may have been set up there.
            if (!ValueFacts.IsOnlyAssigned(mock, root, value => OperationQueries.Unwrap(value) is IObjectCreationOperation, cancellationToken))
            {
                return null;
            }

            var hasSetup = false;
            var hasVerifiable = false;
            foreach (var node in root.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, mock))
                {
                    continue;
                }

                switch (OperationQueries.ValueConsumer(reference))
                {
                    case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                        continue;
                    case IPropertyReferenceOperation access when model.Doubles.IsWrapperObjectProperty(access):
                        continue;
                    case IInvocationOperation call when call.Instance is { } instance && OperationQueries.Unwrap(instance) == reference:
                        if (model.Doubles.IsSetupVerification(call, out _) || model.Classify(call).Role == InvocationRole.Verification)
                        {
                            continue;
                        }

                        if (!model.Doubles.IsDoubleSetup(call))
                        {
                            // As<T>(), Protected(), SetupAllProperties on the wrapper…: the Model cannot follow it.
                            return null;
                        }

                        hasSetup = true;
                        IOperation link = call;
                        for (var depth = 0; depth < 16 && OperationQueries.ChainParent(link) is { } next; depth++)
                        {
                            if (next is IInvocationOperation nextCall && model.Doubles.MarksVerifiable(nextCall))
                            {
                                hasVerifiable = true;
                            }

                            link = next;
                        }

                        continue;
                    default:
                        // Passed to a helper, stored, returned: it may be set up there.
                        return null;
                }
            }

            if (!hasSetup)
            {
                return $"'{mock.Name}' has no setups, so there is nothing to verify";
            }

            return onlyVerifiable && !hasVerifiable ? $"no setup of '{mock.Name}' is marked Verifiable(), so Verify() checks nothing" : null;
        }
    }
}
