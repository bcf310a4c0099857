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

        /// <summary>
        /// What a test double answers is a completed task, and the rule relies on the Model to recognise doubles. In a double
        /// library's own suite its objects are the product, not doubles (NSubstitute's specs block on what a substitute answers
        /// to check that it is complete), so the rule cannot tell those tasks apart and stays silent there.
        /// </summary>
        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operationContext =>
                {
                    var operation = operationContext.Operation;
                    var kind = ClockAndTaskService.GetBlockingKind(operation, out var task);
                    if (kind == BlockingKind.None || task is null)
                    {
                        return;
                    }

                    var where = model.Tests.GetTestCodeKind(operationContext.ContainingSymbol);
                    if (where != TestCodeKind.Test &&
                        !(where == TestCodeKind.Setup && operationContext.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Ordinary }))
                    {
                        return;
                    }

                    if (ClockAndTaskService.IsCompletedByConstruction(task) || IsCompletedLocal(task) || WasAwaitedBefore(task, operation) ||
                        IsDelay(task) || model.ClockAndTasks.IsCompletedWhenRead(task, TestBodies.RootOf(operation), operationContext.CancellationToken))
                    {
                        return;
                    }

                    // Where the framework's own analyzer reports the same call (xUnit1031, MSTEST0067 when on), it is reported once.
                    if (model.ClockAndTasks.FrameworkRuleForBlockingCall(operation, kind, task, operationContext.ContainingSymbol, operationContext.Options, operationContext.CancellationToken) is not null)
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
            if (OperationQueries.Unwrap(task) is not ILocalReferenceOperation { Local: var local } || TestBodies.RootOf(task) is not { } root)
            {
                return false;
            }

            var completed = false;
            foreach (var node in root.Descendants())
            {
                switch (node)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        if (declarator.Initializer is null || !ClockAndTaskService.IsCompletedByConstruction(declarator.Initializer.Value))
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

        /// <summary><c>Task.Delay(…).Wait()</c>: a sleep, which RA4001 reports.</summary>
        private static bool IsDelay(IOperation task) =>
            OperationQueries.SkipConfigureAwait(task) is IInvocationOperation delay && ClockAndTaskService.GetSleepKind(delay) == SleepKind.TaskDelay;

        /// <summary>
        /// True when the task is a local that the test already awaited before this point (<c>await t;</c> or
        /// <c>await Task.WhenAll(t, …)</c>), or an element of a collection it awaited with <c>Task.WhenAll</c>
        /// (<c>tasks.Count(t =&gt; t.Result.IsSuccess)</c>, <c>foreach (var t in tasks)</c>): reading its result no longer blocks.
        /// </summary>
        private static bool WasAwaitedBefore(IOperation task, IOperation blocking)
        {
            var local = OperationQueries.Unwrap(task) switch
            {
                ILocalReferenceOperation reference => reference.Local,
                IParameterReferenceOperation parameter => CollectionOfElement(parameter),
                _ => null,
            };
            if (local is null || TestBodies.RootOf(task) is not { } root)
            {
                return false;
            }

            if (OperationQueries.Unwrap(task) is ILocalReferenceOperation iterated && ForEachCollection(iterated.Local, root) is { } collection)
            {
                local = collection;
            }

            var position = blocking.Syntax.SpanStart;
            foreach (var node in root.Descendants())
            {
                if (node is not IAwaitOperation awaitOperation || awaitOperation.Syntax.Span.End > position)
                {
                    continue;
                }

                var awaited = OperationQueries.SkipConfigureAwait(awaitOperation.Operation);

                if (awaited is ILocalReferenceOperation awaitedLocal && SymbolEqualityComparer.Default.Equals(awaitedLocal.Local, local))
                {
                    return true;
                }

                if (awaited is IInvocationOperation whenAll && ClockAndTaskService.IsWhenAll(whenAll))
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

        /// <summary>The local collection whose elements a lambda parameter receives (<c>tasks.Count(t =&gt; …)</c>, <c>tasks.Select(t =&gt; …)</c>).</summary>
        private static ILocalSymbol? CollectionOfElement(IParameterReferenceOperation parameter)
        {
            if (parameter.Parameter is not { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda })
            {
                return null;
            }

            for (var current = parameter.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation function && SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
                {
                    var outer = current.Parent;
                    while (outer is IDelegateCreationOperation or IConversionOperation)
                    {
                        outer = outer.Parent;
                    }

                    // An extension call over the collection: its first argument is the collection, the lambda another argument.
                    return outer is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.IsExtensionMethod: true, Arguments: { Length: > 1 } arguments } } &&
                        OperationQueries.Unwrap(arguments[0].Value) is ILocalReferenceOperation source
                        ? source.Local
                        : null;
                }
            }

            return null;
        }

        /// <summary>The local collection a <c>foreach</c> iteration variable walks, or null.</summary>
        private static ILocalSymbol? ForEachCollection(ILocalSymbol variable, IOperation root)
        {
            foreach (var node in root.Descendants())
            {
                if (node is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation declarator } loop &&
                    SymbolEqualityComparer.Default.Equals(declarator.Symbol, variable) &&
                    OperationQueries.Unwrap(loop.Collection) is ILocalReferenceOperation collection)
                {
                    return collection.Local;
                }
            }

            return null;
        }
    }
}
