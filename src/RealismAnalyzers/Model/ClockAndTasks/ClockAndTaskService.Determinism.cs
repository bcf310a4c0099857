using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>How a call makes a test wait for real time.</summary>
    internal enum SleepKind
    {
        None = 0,

        /// <summary><c>Thread.Sleep(...)</c>.</summary>
        ThreadSleep,

        /// <summary><c>Task.Delay(...)</c> (a wait only when awaited or blocked on).</summary>
        TaskDelay,
    }

    /// <summary>How code blocks on a task.</summary>
    internal enum BlockingKind
    {
        None = 0,

        /// <summary><c>task.Result</c>.</summary>
        Result,

        /// <summary><c>task.Wait(...)</c>.</summary>
        Wait,

        /// <summary><c>task.GetAwaiter().GetResult()</c> (also through <c>ConfigureAwait</c>).</summary>
        GetResult,
    }

    internal sealed partial class ClockAndTaskService
    {
        // ---------------------------------------------------------------- sleeping

        /// <summary>Whether <paramref name="invocation"/> is <c>Thread.Sleep</c> or <c>Task.Delay</c>.</summary>
        public static SleepKind GetSleepKind(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!method.IsStatic)
            {
                return SleepKind.None;
            }

            if (method.Name == "Sleep" && OperationQueries.IsSystemType(method.ContainingType, "Thread", "System.Threading"))
            {
                return SleepKind.ThreadSleep;
            }

            if (method.Name == "Delay" && OperationQueries.IsSystemType(method.ContainingType, "Task", "System.Threading.Tasks"))
            {
                return SleepKind.TaskDelay;
            }

            return SleepKind.None;
        }

        /// <summary>
        /// True when <paramref name="operation"/> runs inside a lambda that is a test double's configured behaviour
        /// (Moq <c>Returns</c>/<c>Callback</c>/<c>ReturnsAsync</c>, NSubstitute <c>Returns</c>/<c>AndDoes</c>/<c>When…Do</c>,
        /// FakeItEasy <c>ReturnsLazily</c>/<c>Invokes</c>, …): it runs when production code calls the double, not as a step of the test.
        /// </summary>
        public bool IsInDoubleBehaviour(IOperation operation)
        {
            var depth = 0;
            for (var current = operation.Parent; current is not null && depth < 64; current = current.Parent, depth++)
            {
                if (current is not IAnonymousFunctionOperation lambda)
                {
                    continue;
                }

                var invocation = InvocationReceivingLambda(lambda);
                if (invocation is not null && IsDoubleConfigurationChain(invocation))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="operation"/> runs inside a lambda handed to production code as a callback
        /// (<c>sut.RunWithTimeoutAsync(ct => Task.Delay(Timeout.Infinite, ct), …)</c>): a hand-written stand-in that production code drives.
        /// </summary>
        public bool IsInProductionCallback(IOperation operation, ProductionScope production)
        {
            var depth = 0;
            for (var current = operation.Parent; current is not null && depth < 64; current = current.Parent, depth++)
            {
                if (current is not IAnonymousFunctionOperation lambda)
                {
                    continue;
                }

                var receiver = MethodReceivingLambda(lambda);
                if (receiver is not null && production.IsProductionMember(receiver) && !_model.Tests.IsInTestClass(receiver.ContainingType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The method or constructor a lambda is passed to as an argument, through delegate conversions.</summary>
        private static IMethodSymbol? MethodReceivingLambda(IAnonymousFunctionOperation lambda) => CallReceivingLambda(lambda) switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };

        /// <summary>The invocation a lambda is passed to as an argument, through delegate conversions.</summary>
        private static IInvocationOperation? InvocationReceivingLambda(IAnonymousFunctionOperation lambda) =>
            CallReceivingLambda(lambda) as IInvocationOperation;

        /// <summary>The invocation or object creation a lambda is an argument of (through delegate conversions), or null.</summary>
        private static IOperation? CallReceivingLambda(IAnonymousFunctionOperation lambda)
        {
            IOperation? current = lambda.Parent;
            for (var depth = 0; current is not null && depth < 8; depth++)
            {
                switch (current)
                {
                    case IDelegateCreationOperation:
                    case IConversionOperation:
                    case IParenthesizedOperation:
                        current = current.Parent;
                        continue;
                    case IArgumentOperation { Parent: IInvocationOperation or IObjectCreationOperation } argument:
                        return argument.Parent;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>True when the call configures a double, or is chained onto a call that does (<c>mock.Setup(...).ReturnsAsync(...)</c>).</summary>
        private bool IsDoubleConfigurationChain(IInvocationOperation invocation)
        {
            IOperation? current = invocation;
            for (var depth = 0; depth < 16 && current is IInvocationOperation call; depth++)
            {
                var info = _model.Classify(call);
                if (info.Role == InvocationRole.DoubleConfiguration ||
                    (info.Role == InvocationRole.AssertionStart && info.Library == TestLibrary.FakeItEasy))
                {
                    return true;
                }

                current = OperationQueries.Receiver(call);
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="operation"/> runs inside a lambda handed to an assertion that runs and awaits it
        /// (xUnit/TUnit <c>RaisesAsync</c>, <c>ThrowsAsync(async () =&gt; …)</c>, TUnit <c>Assert.That(async () =&gt; …)</c>): the lambda
        /// stands in for the async work of the code under test. Assertion groups (<c>Assert.Multiple</c>) are the test's own steps.
        /// </summary>
        public bool IsInAssertionAction(IOperation operation)
        {
            var depth = 0;
            for (var current = operation.Parent; current is not null && depth < 64; current = current.Parent, depth++)
            {
                if (current is not IAnonymousFunctionOperation lambda || InvocationReceivingLambda(lambda) is not { } invocation)
                {
                    continue;
                }

                var role = _model.Classify(invocation).Role;
                if (role == InvocationRole.Assertion || role == InvocationRole.AssertionStart || role == InvocationRole.Fail)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True for a wait of at most one millisecond (<c>Task.Delay(1)</c>, <c>Thread.Sleep(TimeSpan.FromMilliseconds(1))</c>): a way to
        /// force an asynchronous continuation or a non-zero interval, not a guess of how long something takes.
        /// </summary>
        public static bool IsTinyWait(IInvocationOperation sleep)
        {
            if (sleep.Arguments.Length == 0)
            {
                return false;
            }

            var value = OperationQueries.Unwrap(sleep.Arguments[0].Value);
            if (value.ConstantValue is { HasValue: true, Value: int milliseconds })
            {
                return milliseconds >= 0 && milliseconds <= 1;
            }

            switch (value)
            {
                case IFieldReferenceOperation { Field: { IsStatic: true, Name: "Zero" } zero } when OperationQueries.IsSystemType(zero.ContainingType, "TimeSpan", "System"):
                    return true;
                case IInvocationOperation { TargetMethod: { IsStatic: true } factory } call when call.Arguments.Length >= 1 && OperationQueries.IsSystemType(factory.ContainingType, "TimeSpan", "System"):
                    var amount = OperationQueries.Unwrap(call.Arguments[0].Value).ConstantValue;
                    if (!amount.HasValue || amount.Value is null or string)
                    {
                        return false;
                    }

                    var number = System.Convert.ToDouble(amount.Value, System.Globalization.CultureInfo.InvariantCulture);
                    return factory.Name switch
                    {
                        "FromMilliseconds" => number >= 0 && number <= 1,
                        "FromTicks" => number >= 0 && number <= System.TimeSpan.TicksPerMillisecond,
                        "FromMicroseconds" => number >= 0 && number <= 1000,
                        _ => false,
                    };
            }

            return false;
        }

        /// <summary>
        /// True when the wait is the interval a stopwatch measures: a <c>Stopwatch</c> is started before it and stopped or read after
        /// it in the same block (a test of elapsed-time code needs some time to pass; it does not wait for anything).
        /// </summary>
        public static bool IsMeasuredInterval(IInvocationOperation sleep)
        {
            var statement = StatementOf(sleep);
            if (statement?.Parent is not IBlockOperation block)
            {
                return false;
            }

            var index = block.Operations.IndexOf(statement);
            var started = false;
            for (var i = 0; i < index && !started; i++)
            {
                started = UsesStopwatch(block.Operations[i], start: true);
            }

            if (!started)
            {
                return false;
            }

            for (var i = index + 1; i < block.Operations.Length; i++)
            {
                if (UsesStopwatch(block.Operations[i], start: false))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool UsesStopwatch(IOperation statement, bool start)
        {
            foreach (var node in statement.DescendantsAndSelf())
            {
                switch (node)
                {
                    case IInvocationOperation { TargetMethod: var method } when OperationQueries.IsSystemType(method.ContainingType, "Stopwatch", "System.Diagnostics"):
                        if (start ? method.Name is "StartNew" or "Start" or "Restart" : method.Name is "Stop")
                        {
                            return true;
                        }

                        break;
                    case IPropertyReferenceOperation { Property: var property } when !start && OperationQueries.IsSystemType(property.ContainingType, "Stopwatch", "System.Diagnostics"):
                        if (property.Name.StartsWith("Elapsed", System.StringComparison.Ordinal))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the wait is the back-off of a polling loop with a bound: the loop re-checks a condition (its own or an exit in its
        /// body) and ends at a deadline or cancellation (a clock, a stopwatch, a token passed to the wait or checked), or after a counted
        /// number of tries. The wait cannot be too short, since the loop checks again.
        /// </summary>
        public static bool IsBoundedPoll(IInvocationOperation sleep)
        {
            ILoopOperation? loop = null;
            for (var current = sleep.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyOperation)
                {
                    return false;
                }

                if (current is IWhileLoopOperation or IForLoopOperation)
                {
                    loop = (ILoopOperation)current;
                    break;
                }
            }

            if (loop is null)
            {
                return false;
            }

            var condition = loop switch
            {
                IWhileLoopOperation whileLoop => whileLoop.Condition,
                IForLoopOperation forLoop => forLoop.Condition,
                _ => null,
            };

            var bounded = HasCancellationToken(sleep);
            var polls = false;
            if (condition is not null)
            {
                ReadCondition(condition, loop, ref bounded, ref polls);
            }

            foreach (var node in loop.Body.Descendants())
            {
                if (node is IConditionalOperation { Condition: var exitCondition } conditional && ExitsLoop(conditional.WhenTrue))
                {
                    ReadCondition(exitCondition, loop, ref bounded, ref polls);
                }
            }

            return bounded && polls;
        }

        private static bool HasCancellationToken(IInvocationOperation sleep)
        {
            foreach (var argument in sleep.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.Type is not { } type ||
                    !OperationQueries.IsSystemType(type, "CancellationToken", "System.Threading"))
                {
                    continue;
                }

                var value = OperationQueries.Unwrap(argument.Value);
                if (value is IDefaultValueOperation || value is IPropertyReferenceOperation { Property.Name: "None", Property.IsStatic: true })
                {
                    continue;
                }

                return true;
            }

            return false;
        }

        /// <summary>Sorts the parts of a loop condition into bounds (deadline, cancellation, counted tries) and polled state.</summary>
        private static void ReadCondition(IOperation condition, ILoopOperation loop, ref bool bounded, ref bool polls)
        {
            foreach (var part in ConditionParts(condition))
            {
                if (IsBound(part, loop))
                {
                    bounded = true;
                }
                else if (!(part.ConstantValue is { HasValue: true, Value: true }))
                {
                    polls = true;
                }
            }
        }

        /// <summary>The operands of a chain of <c>&amp;&amp;</c>/<c>||</c> (and <c>!</c>), without recursion.</summary>
        private static System.Collections.Generic.List<IOperation> ConditionParts(IOperation condition)
        {
            var parts = new System.Collections.Generic.List<IOperation>();
            var pending = new System.Collections.Generic.Stack<IOperation>();
            pending.Push(condition);
            while (pending.Count > 0 && parts.Count < 64)
            {
                var value = OperationQueries.Unwrap(pending.Pop());
                if (value is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical)
                {
                    pending.Push(logical.RightOperand);
                    pending.Push(logical.LeftOperand);
                    continue;
                }

                if (value is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
                {
                    pending.Push(not.Operand);
                    continue;
                }

                parts.Add(value);
            }

            return parts;
        }

        private static bool IsBound(IOperation part, ILoopOperation loop)
        {
            foreach (var node in part.DescendantsAndSelf())
            {
                switch (node)
                {
                    case IPropertyReferenceOperation property when IsWallClockRead(property):
                        return true;
                    case IPropertyReferenceOperation { Property: var member } when OperationQueries.IsSystemType(member.ContainingType, "Stopwatch", "System.Diagnostics") ||
                        (member.Name == "IsCancellationRequested" && OperationQueries.IsSystemType(member.ContainingType, "CancellationToken", "System.Threading")) ||
                        (member.Name is "TickCount" or "TickCount64" && OperationQueries.IsSystemType(member.ContainingType, "Environment", "System")):
                        return true;
                    case IIncrementOrDecrementOperation:
                        return true;
                    case ILocalReferenceOperation counter when IsCountedIn(counter.Local, loop):
                        return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="local"/> is incremented, decremented or added to in the loop (a count of tries).</summary>
        private static bool IsCountedIn(ILocalSymbol local, ILoopOperation loop)
        {
            foreach (var node in loop.DescendantsAndSelf())
            {
                var target = node switch
                {
                    IIncrementOrDecrementOperation step => step.Target,
                    ICompoundAssignmentOperation compound => compound.Target,
                    _ => null,
                };
                if (target is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ExitsLoop(IOperation branch)
        {
            foreach (var node in branch.DescendantsAndSelf())
            {
                if (node is IBranchOperation { BranchKind: BranchKind.Break } or IReturnOperation or IThrowOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private static IOperation? StatementOf(IOperation operation)
        {
            var current = operation;
            while (current.Parent is not null and not IBlockOperation)
            {
                current = current.Parent;
            }

            return current.Parent is null ? null : current;
        }

        // ---------------------------------------------------------------- wall clock

        /// <summary>True for a read of the wall clock: <c>DateTime.Now</c>/<c>UtcNow</c>/<c>Today</c>, <c>DateTimeOffset.Now</c>/<c>UtcNow</c>.</summary>
        public static bool IsWallClockRead(IOperation operation)
        {
            if (operation is not IPropertyReferenceOperation { Instance: null, Property: { IsStatic: true } property })
            {
                return false;
            }

            switch (property.Name)
            {
                case "Now":
                case "UtcNow":
                    return property.ContainingType.SpecialType == SpecialType.System_DateTime ||
                        OperationQueries.IsSystemType(property.ContainingType, "DateTimeOffset", "System");
                case "Today":
                    return property.ContainingType.SpecialType == SpecialType.System_DateTime;
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="operation"/> creates an unseeded random source: <c>new Random()</c>, <c>Random.Shared</c>,
        /// or <c>new Random(seed)</c> whose seed changes on every run (clock ticks, <c>Environment.TickCount</c>, <c>Guid.NewGuid()</c>).
        /// <paramref name="seed"/> is the non-deterministic seed argument, when there is one.
        /// </summary>
        public static bool IsUnseededRandom(IOperation operation, out IOperation? seed)
        {
            seed = null;
            switch (operation)
            {
                case IObjectCreationOperation creation when IsRandomType(creation.Type):
                    if (creation.Arguments.Length == 0)
                    {
                        return true;
                    }

                    if (creation.Arguments.Length == 1 && IsNondeterministicValue(creation.Arguments[0].Value))
                    {
                        seed = creation.Arguments[0].Value;
                        return true;
                    }

                    return false;

                case IPropertyReferenceOperation { Instance: null, Property: { Name: "Shared", IsStatic: true } property }:
                    return IsRandomType(property.ContainingType);
            }

            return false;
        }

        /// <summary>
        /// True when every value drawn from the random source <paramref name="source"/> only sets the length of a wait
        /// (<c>Task.Delay(random.Next(10, 50))</c>, <c>Thread.Sleep(...)</c>, through arithmetic, <c>TimeSpan.From…</c> and locals):
        /// jitter in a concurrency test, not test data. The source is followed through the local or field it is stored in.
        /// </summary>
        public bool FeedsOnlyWaits(IOperation source, CancellationToken cancellationToken)
        {
            var uses = new System.Collections.Generic.List<IOperation>();
            if (!CollectUses(source, uses, cancellationToken))
            {
                return false;
            }

            foreach (var use in uses)
            {
                if (OperationQueries.ValueConsumer(use) is not IInvocationOperation draw || draw.Instance is null || OperationQueries.Unwrap(draw.Instance) != use ||
                    draw.Type is null || draw.Type.SpecialType == SpecialType.System_Void || !FeedsOnlyWait(draw, 0, new HashSet<ISymbol>(SymbolEqualityComparer.Default), cancellationToken))
                {
                    return false;
                }
            }

            return uses.Count > 0;
        }

        /// <summary>The places the random object itself is used: the source, or the reads of the local or field it initialises.</summary>
        private bool CollectUses(IOperation source, System.Collections.Generic.List<IOperation> uses, CancellationToken cancellationToken)
        {
            switch (OperationQueries.ValueConsumer(source))
            {
                case IInvocationOperation invocation when invocation.Instance is { } instance && OperationQueries.Unwrap(instance) == source:
                    uses.Add(source);
                    return true;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return CollectReads(declarator.Symbol, DoubleService.RootOf(source), uses, cancellationToken);
                case IFieldInitializerOperation { InitializedFields: { Length: 1 } fields } when fields[0].ContainingType is { } type:
                    return CollectReads(fields[0], _model.Tests.GetTypeOperationRoots(type, cancellationToken), uses, cancellationToken);
            }

            return false;
        }

        private static bool CollectReads(ISymbol symbol, System.Collections.Immutable.ImmutableArray<IOperation> roots, System.Collections.Generic.List<IOperation> uses, CancellationToken cancellationToken)
        {
            foreach (var root in roots)
            {
                foreach (var node in root.Descendants())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var read = node switch
                    {
                        ILocalReferenceOperation { IsDeclaration: false } local when SymbolEqualityComparer.Default.Equals(local.Local, symbol) => node,
                        IFieldReferenceOperation field when SymbolEqualityComparer.Default.Equals(field.Field, symbol) => node,
                        _ => null,
                    };
                    if (read is null)
                    {
                        continue;
                    }

                    if (read.Parent is IAssignmentOperation assignment && assignment.Target == read)
                    {
                        // Written again: the Model no longer knows what the symbol holds.
                        return false;
                    }

                    uses.Add(read);
                }
            }

            return true;
        }

        /// <summary>
        /// True when <paramref name="value"/> ends as the length of a wait, through arithmetic, conversions, <c>TimeSpan.From…</c> and locals.
        /// <paramref name="followed"/> holds the locals already followed: a local read twice (<c>b = a + a</c>) is walked once.
        /// </summary>
        private static bool FeedsOnlyWait(IOperation value, int depth, HashSet<ISymbol> followed, CancellationToken cancellationToken)
        {
            if (depth > DoubleService.MaxFlowDepth || !StackGuard.IsSufficient())
            {
                return false;
            }

            var current = value;
            for (var guard = 0; guard < 16; guard++)
            {
                switch (OperationQueries.ValueConsumer(current))
                {
                    case IArgumentOperation { Parent: IInvocationOperation call }:
                        if (GetSleepKind(call) != SleepKind.None)
                        {
                            return true;
                        }

                        if (call.TargetMethod.IsStatic && OperationQueries.IsSystemType(call.TargetMethod.ContainingType, "TimeSpan", "System"))
                        {
                            current = call;
                            continue;
                        }

                        return false;
                    case IBinaryOperation binary:
                        current = binary;
                        continue;
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        if (!followed.Add(declarator.Symbol))
                        {
                            // Followed already: had it not fed only waits, the whole answer would be false by now.
                            return true;
                        }

                        var reads = new System.Collections.Generic.List<IOperation>();
                        if (!CollectReads(declarator.Symbol, DoubleService.RootOf(current), reads, cancellationToken) || reads.Count == 0)
                        {
                            return false;
                        }

                        foreach (var read in reads)
                        {
                            if (!FeedsOnlyWait(read, depth + 1, followed, cancellationToken))
                            {
                                return false;
                            }
                        }

                        return true;
                    default:
                        return false;
                }
            }

            return false;
        }

        private static bool IsRandomType(ITypeSymbol? type) => type is not null && OperationQueries.IsSystemType(type, "Random", "System");

        /// <summary>True when a value differs on every run: it reads the clock, the tick counter or a new GUID.</summary>
        internal static bool IsNondeterministicValue(IOperation value)
        {
            foreach (var node in value.DescendantsAndSelf())
            {
                switch (node)
                {
                    case IPropertyReferenceOperation property when IsWallClockRead(property):
                        return true;
                    case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "TickCount" or "TickCount64" } tick }
                        when OperationQueries.IsSystemType(tick.ContainingType, "Environment", "System"):
                        return true;
                    case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "NewGuid" } newGuid }
                        when OperationQueries.IsSystemType(newGuid.ContainingType, "Guid", "System"):
                        return true;
                    case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "GetTimestamp" } timestamp }
                        when OperationQueries.IsSystemType(timestamp.ContainingType, "Stopwatch", "System.Diagnostics"):
                        return true;
                }
            }

            return false;
        }

        // ---------------------------------------------------------------- blocking

        /// <summary>
        /// Whether <paramref name="operation"/> blocks on a task: <c>.Result</c>, <c>.Wait(...)</c> or <c>.GetAwaiter().GetResult()</c>;
        /// <paramref name="task"/> is the task blocked on.
        /// </summary>
        public static BlockingKind GetBlockingKind(IOperation operation, out IOperation? task)
        {
            task = null;
            switch (operation)
            {
                case IPropertyReferenceOperation { Property.Name: "Result", Instance: { } instance } when OperationQueries.IsTaskLike(instance.Type!, out var hasResult) && hasResult:
                    task = instance;
                    return BlockingKind.Result;

                case IInvocationOperation { TargetMethod: { Name: "Wait", IsStatic: false } wait, Instance: { } waited }
                    when OperationQueries.IsSystemType(wait.ContainingType, "Task", "System.Threading.Tasks"):
                    task = waited;
                    return BlockingKind.Wait;

                case IInvocationOperation { TargetMethod: { Name: "GetResult", Parameters.Length: 0 } getResult, Instance: { } awaiter }
                    when IsTaskAwaiter(getResult.ContainingType):
                    var getAwaiter = OperationQueries.Unwrap(awaiter) as IInvocationOperation;

                    // Only a task's awaiter: other awaitables (TUnit assertions, FluentAssertions' async assertions) may hand out a
                    // TaskAwaiter of their own, but blocking on them is not blocking on a task the test started.
                    if (getAwaiter is { TargetMethod.Name: "GetAwaiter", Instance: { } awaited } &&
                        awaited.Type is { } awaitedType && OperationQueries.IsTaskLike(OperationQueries.SkipConfigureAwait(awaited).Type ?? awaitedType, out _))
                    {
                        task = awaited;
                        return BlockingKind.GetResult;
                    }

                    return BlockingKind.None;
            }

            return BlockingKind.None;
        }

        /// <summary>True for <c>Task.WhenAll(...)</c>: awaiting it awaits every task passed to it.</summary>
        public static bool IsWhenAll(IInvocationOperation invocation) =>
            invocation.TargetMethod is { Name: "WhenAll", IsStatic: true } whenAll && OperationQueries.IsTaskLike(whenAll.ContainingType, out _);

        private static bool IsTaskAwaiter(INamedTypeSymbol? type)
        {
            if (type is null)
            {
                return false;
            }

            switch (type.Name)
            {
                case "TaskAwaiter":
                case "ValueTaskAwaiter":
                case "ConfiguredTaskAwaiter":
                case "ConfiguredValueTaskAwaiter":
                    return KnownTypeCatalog.NamespaceOf(type) == "System.Runtime.CompilerServices";
            }

            return false;
        }

        /// <summary>
        /// True when the task is complete the moment it exists, so blocking on it never waits:
        /// <c>new ValueTask&lt;T&gt;(value)</c>, <c>default(ValueTask)</c>, <c>ValueTask.FromResult</c>, <c>ValueTask.CompletedTask</c>,
        /// <c>Task.FromResult</c>, <c>Task.CompletedTask</c> (also through <c>ConfigureAwait</c>).
        /// </summary>
        public static bool IsCompletedByConstruction(IOperation task)
        {
            switch (OperationQueries.SkipConfigureAwait(task))
            {
                case IObjectCreationOperation creation:
                    return OperationQueries.IsSystemType(creation.Type, "ValueTask", "System.Threading.Tasks") && creation.Arguments.Length == 1 &&
                        !OperationQueries.IsTaskLike(creation.Arguments[0].Value.Type ?? creation.Type!, out _);
                case IDefaultValueOperation defaultValue:
                    return OperationQueries.IsSystemType(defaultValue.Type, "ValueTask", "System.Threading.Tasks");
                case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FromResult" } fromResult }:
                    return OperationQueries.IsTaskLike(fromResult.ContainingType, out _);
                case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "CompletedTask" } completed }:
                    return OperationQueries.IsTaskLike(completed.ContainingType, out _);
            }

            return false;
        }

        /// <summary>
        /// True when the task is complete by the time code reads it, though not by construction: the antecedent a
        /// <c>ContinueWith</c> (or <c>ContinueWhenAny</c>/<c>ContinueWhenAll</c>) continuation receives, or what a test double
        /// answers when no configuration in <paramref name="root"/> makes a double answer late (an async lambda, a task that is not
        /// complete by construction, a delay). Mocking libraries wrap configured values, and the defaults of unconfigured members,
        /// in completed tasks.
        /// </summary>
        public bool IsCompletedWhenRead(IOperation task, IOperation root, CancellationToken cancellationToken)
        {
            var value = OperationQueries.SkipConfigureAwait(task);
            if (IsContinuationAntecedent(value))
            {
                return true;
            }

            return _model.Doubles.IsDoubleAnswer(value, cancellationToken) && !ConfiguresLateAnswer(root, cancellationToken);
        }

        /// <summary>The first parameter of a continuation passed to <c>ContinueWith</c>/<c>ContinueWhenAny</c>, or an element of <c>ContinueWhenAll</c>'s.</summary>
        private static bool IsContinuationAntecedent(IOperation value)
        {
            var parameter = value switch
            {
                IParameterReferenceOperation reference => reference.Parameter,
                IArrayElementReferenceOperation { ArrayReference: IParameterReferenceOperation array } => array.Parameter,
                _ => null,
            };
            if (parameter is not { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda } ||
                lambda.DeclaringSyntaxReferences.IsDefaultOrEmpty)
            {
                return false;
            }

            for (var current = value.Parent; current is not null; current = current.Parent)
            {
                if (current is not IAnonymousFunctionOperation function || !SymbolEqualityComparer.Default.Equals(function.Symbol, lambda))
                {
                    continue;
                }

                var receiver = MethodReceivingLambda(function);
                if (receiver is null)
                {
                    return false;
                }

                switch (receiver.Name)
                {
                    case "ContinueWith":
                        return OperationQueries.IsTaskLike(receiver.ContainingType, out _);
                    case "ContinueWhenAny":
                    case "ContinueWhenAll":
                        return OperationQueries.IsSystemType(receiver.ContainingType, "TaskFactory", "System.Threading.Tasks");
                }

                return false;
            }

            return false;
        }

        /// <summary>
        /// True when a double configuration in <paramref name="root"/> may answer with a task that is not yet complete:
        /// an async lambda, a lambda or value of a task type that is not complete by construction, or a delay (Moq <c>ReturnsAsync(value, delay)</c>).
        /// </summary>
        private bool ConfiguresLateAnswer(IOperation root, CancellationToken cancellationToken)
        {
            foreach (var node in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is not IInvocationOperation invocation || !_model.Doubles.TryGetDoubleConfiguration(invocation, out var configuration) ||
                    configuration.Kind != ConfigurationKind.Returns)
                {
                    continue;
                }

                foreach (var argument in invocation.Arguments)
                {
                    // The configured call itself (NSubstitute's `sub.GetAsync().Returns(…)`) is not an answer.
                    var isConfiguredCall = invocation.TargetMethod.IsExtensionMethod && argument.Parameter is { Ordinal: 0 };
                    if (!isConfiguredCall && IsLateAnswer(argument.Value))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsLateAnswer(IOperation value)
        {
            if (value.Type is { } type && OperationQueries.IsSystemType(type, "TimeSpan", "System"))
            {
                return true;
            }

            if (DoubleService.AsLambda(value) is { } lambda)
            {
                if (lambda.Symbol.IsAsync)
                {
                    return true;
                }

                foreach (var operation in lambda.Body.Descendants())
                {
                    if (operation is IReturnOperation { ReturnedValue: { } returned } && returned.Type is { } returnedType &&
                        OperationQueries.IsTaskLike(returnedType, out _) && !IsCompletedByConstruction(returned))
                    {
                        return true;
                    }
                }

                return false;
            }

            // A method group or another delegate may do anything.
            if (OperationQueries.Unwrap(value) is IDelegateCreationOperation)
            {
                return true;
            }

            return value.Type is { } valueType && OperationQueries.IsTaskLike(valueType, out _) && !IsCompletedByConstruction(value);
        }

        // ---------------------------------------------------------------- helpers
    }
}
