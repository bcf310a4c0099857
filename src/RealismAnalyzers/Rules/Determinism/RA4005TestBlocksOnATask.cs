using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Determinism
{
    /// <summary>
    /// RA4005: <c>.Result</c>, <c>.Wait()</c> or <c>.GetAwaiter().GetResult()</c> on a task inside a test method or a
    /// setup method the framework can await (<c>[SetUp]</c>, <c>[TestInitialize]</c>, TUnit <c>[Before]</c>, <c>InitializeAsync</c>).
    /// Constructors, initializers and helpers are left alone: sync-only fixtures cannot await.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA4005TestBlocksOnATask : RealismAnalyzer
    {
        /// <summary>Diagnostic property: which form blocks (<see cref="BlockingKind"/> name), for the code fix.</summary>
        internal const string Kind = "BlockingKind";

        private static readonly ImmutableDictionary<BlockingKind, ImmutableDictionary<string, string?>> s_properties =
            ImmutableDictionary<BlockingKind, ImmutableDictionary<string, string?>>.Empty
                .Add(BlockingKind.Result, ImmutableDictionary<string, string?>.Empty.Add(Kind, nameof(BlockingKind.Result)))
                .Add(BlockingKind.Wait, ImmutableDictionary<string, string?>.Empty.Add(Kind, nameof(BlockingKind.Wait)))
                .Add(BlockingKind.GetResult, ImmutableDictionary<string, string?>.Empty.Add(Kind, nameof(BlockingKind.GetResult)));

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA4005TestBlocksOnATask);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operationContext =>
                {
                    var operation = operationContext.Operation;
                    var kind = TestingModel.GetBlockingKind(operation, out var task);
                    if (kind == BlockingKind.None || task is null)
                    {
                        return;
                    }

                    var where = model.GetTestCodeKind(operationContext.ContainingSymbol);
                    if (where != TestCodeKind.Test &&
                        !(where == TestCodeKind.Setup && operationContext.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary }))
                    {
                        return;
                    }

                    if (TestingModel.IsCompletedByConstruction(task) || IsCompletedLocal(task) || WasAwaitedBefore(task, operation))
                    {
                        return;
                    }

                    operationContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA4005TestBlocksOnATask,
                        operation.Syntax.GetLocation(),
                        s_properties[kind],
                        operation.Syntax.ToString()));
                },
                OperationKind.PropertyReference,
                OperationKind.Invocation);
        }

        /// <summary>A local only ever given a task that is complete by construction (<c>var pending = new ValueTask&lt;int&gt;(5);</c>).</summary>
        private static bool IsCompletedLocal(IOperation task)
        {
            if (TestingModel.Unwrap(task) is not ILocalReferenceOperation { Local: var local } || Root(task) is not { } root)
            {
                return false;
            }

            var completed = false;
            foreach (var node in root.Descendants())
            {
                switch (node)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        if (declarator.Initializer is null || !TestingModel.IsCompletedByConstruction(declarator.Initializer.Value))
                        {
                            return false;
                        }

                        completed = true;
                        break;

                    case IAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        return false;
                }
            }

            return completed;
        }

        /// <summary>
        /// True when the task is a local that the test already awaited before this point (<c>await t;</c> or
        /// <c>await Task.WhenAll(t, …)</c>): reading its result no longer blocks.
        /// </summary>
        private static bool WasAwaitedBefore(IOperation task, IOperation blocking)
        {
            if (TestingModel.Unwrap(task) is not ILocalReferenceOperation { Local: var local } || Root(task) is not { } root)
            {
                return false;
            }

            var position = blocking.Syntax.SpanStart;
            foreach (var node in root.Descendants())
            {
                if (node is not IAwaitOperation awaitOperation || awaitOperation.Syntax.Span.End > position)
                {
                    continue;
                }

                var awaited = TestingModel.SkipConfigureAwait(awaitOperation.Operation);

                if (awaited is ILocalReferenceOperation awaitedLocal && SymbolEqualityComparer.Default.Equals(awaitedLocal.Local, local))
                {
                    return true;
                }

                if (awaited is IInvocationOperation whenAll && TestingModel.IsWhenAll(whenAll))
                {
                    foreach (var element in whenAll.Descendants())
                    {
                        if (element is ILocalReferenceOperation passed && SymbolEqualityComparer.Default.Equals(passed.Local, local))
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>The method body an operation belongs to.</summary>
        private static IOperation? Root(IOperation operation)
        {
            var current = operation;
            while (current.Parent is not null)
            {
                current = current.Parent;
            }

            return current;
        }
    }
}
