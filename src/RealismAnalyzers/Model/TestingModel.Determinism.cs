using System.Collections.Concurrent;
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

    /// <summary>Where a wall-clock, random or sleeping operation sits, as far as the determinism rules care.</summary>
    internal enum TestCodeKind
    {
        None = 0,

        /// <summary>A test method.</summary>
        Test,

        /// <summary>A setup member of a test class (constructor, <c>[SetUp]</c>, <c>InitializeAsync</c>, initializer).</summary>
        Setup,

        /// <summary>Any other member of a test class (helpers, fields without setup meaning).</summary>
        OtherMember,
    }

    internal sealed partial class TestingModel
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _testClasses =
            new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        // ---------------------------------------------------------------- where

        /// <summary>True when <paramref name="type"/> (or a base class in source) declares test methods.</summary>
        public bool DeclaresTests(INamedTypeSymbol type)
        {
            if (_testClasses.TryGetValue(type, out var known))
            {
                return known;
            }

            var result = false;
            var depth = 0;
            for (var current = type; current is not null && !result && depth < 16; current = current.BaseType, depth++)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IMethodSymbol method && IsTestMethod(method))
                    {
                        result = true;
                        break;
                    }
                }
            }

            _testClasses.TryAdd(type, result);
            return result;
        }

        /// <summary>
        /// What the member that owns an operation is to a test class: a test, a setup member, another member of a
        /// test class (or of a type nested in one), or none of these.
        /// </summary>
        public TestCodeKind GetTestCodeKind(ISymbol? owner)
        {
            if (owner is null)
            {
                return TestCodeKind.None;
            }

            if (owner is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && IsTestMethod(method))
            {
                return TestCodeKind.Test;
            }

            var type = owner.ContainingType;
            if (type is null)
            {
                return TestCodeKind.None;
            }

            if (DeclaresTests(type))
            {
                return IsSetupMember(owner) ? TestCodeKind.Setup : TestCodeKind.OtherMember;
            }

            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                if (DeclaresTests(outer))
                {
                    return TestCodeKind.OtherMember;
                }
            }

            return TestCodeKind.None;
        }

        /// <summary>True when <paramref name="member"/> belongs to the product (or a test helper): not to the .NET or a testing library.</summary>
        public bool IsProductionMember(ISymbol member) =>
            member.ContainingAssembly is { } assembly && RoleOf(assembly) == AssemblyRole.Production;

        // ---------------------------------------------------------------- sleeping

        /// <summary>Whether <paramref name="invocation"/> is <c>Thread.Sleep</c> or <c>Task.Delay</c>.</summary>
        public static SleepKind GetSleepKind(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!method.IsStatic)
            {
                return SleepKind.None;
            }

            if (method.Name == "Sleep" && IsSystemType(method.ContainingType, "Thread", "System.Threading"))
            {
                return SleepKind.ThreadSleep;
            }

            if (method.Name == "Delay" && IsSystemType(method.ContainingType, "Task", "System.Threading.Tasks"))
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
        public bool IsInProductionCallback(IOperation operation)
        {
            var depth = 0;
            for (var current = operation.Parent; current is not null && depth < 64; current = current.Parent, depth++)
            {
                if (current is not IAnonymousFunctionOperation lambda)
                {
                    continue;
                }

                var receiver = MethodReceivingLambda(lambda);
                if (receiver is not null && IsProductionMember(receiver) && !IsInTestClass(receiver))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsInTestClass(ISymbol member)
        {
            for (var type = member.ContainingType; type is not null; type = type.ContainingType)
            {
                if (DeclaresTests(type))
                {
                    return true;
                }
            }

            return false;
        }

        private static IMethodSymbol? MethodReceivingLambda(IAnonymousFunctionOperation lambda)
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
                    case IArgumentOperation { Parent: IInvocationOperation invocation }:
                        return invocation.TargetMethod;
                    case IArgumentOperation { Parent: IObjectCreationOperation creation }:
                        return creation.Constructor;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>The invocation a lambda is passed to as an argument, through delegate conversions.</summary>
        private static IInvocationOperation? InvocationReceivingLambda(IAnonymousFunctionOperation lambda)
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
                    case IArgumentOperation { Parent: IInvocationOperation invocation }:
                        return invocation;
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
                var info = Classify(call);
                if (info.Role == InvocationRole.DoubleConfiguration ||
                    (info.Role == InvocationRole.AssertionStart && info.Library == TestLibrary.FakeItEasy))
                {
                    return true;
                }

                current = Receiver(call);
            }

            return false;
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
                        IsSystemType(property.ContainingType, "DateTimeOffset", "System");
                case "Today":
                    return property.ContainingType.SpecialType == SpecialType.System_DateTime;
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="parameter"/> of an assertion takes the text shown when it fails
        /// (<c>message</c>, <c>userMessage</c>, FluentAssertions <c>because</c>/<c>becauseArgs</c>, Shouldly <c>customMessage</c>).
        /// </summary>
        public static bool IsAssertionMessageParameter(IParameterSymbol? parameter)
        {
            if (parameter is null)
            {
                return false;
            }

            switch (parameter.Name)
            {
                case "message":
                case "userMessage":
                case "because":
                case "becauseArgs":
                case "customMessage":
                case "args":
                case "parameters":
                case "messageArgs":
                case "getExceptionMessage":
                    return true;
            }

            return false;
        }

        // ---------------------------------------------------------------- randomness

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

        private static bool IsRandomType(ITypeSymbol? type) => type is not null && IsSystemType(type, "Random", "System");

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
                        when IsSystemType(tick.ContainingType, "Environment", "System"):
                        return true;
                    case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "NewGuid" } newGuid }
                        when IsSystemType(newGuid.ContainingType, "Guid", "System"):
                        return true;
                    case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "GetTimestamp" } timestamp }
                        when IsSystemType(timestamp.ContainingType, "Stopwatch", "System.Diagnostics"):
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
                case IPropertyReferenceOperation { Property.Name: "Result", Instance: { } instance } when IsTaskLike(instance.Type!, out var hasResult) && hasResult:
                    task = instance;
                    return BlockingKind.Result;

                case IInvocationOperation { TargetMethod: { Name: "Wait", IsStatic: false } wait, Instance: { } waited }
                    when IsSystemType(wait.ContainingType, "Task", "System.Threading.Tasks"):
                    task = waited;
                    return BlockingKind.Wait;

                case IInvocationOperation { TargetMethod: { Name: "GetResult", Parameters.Length: 0 } getResult, Instance: { } awaiter }
                    when IsTaskAwaiter(getResult.ContainingType):
                    var getAwaiter = Unwrap(awaiter) as IInvocationOperation;
                    if (getAwaiter is { TargetMethod.Name: "GetAwaiter", Instance: { } awaited })
                    {
                        task = awaited;
                        return BlockingKind.GetResult;
                    }

                    return BlockingKind.None;
            }

            return BlockingKind.None;
        }

        /// <summary>The task itself when <paramref name="task"/> is <c>task.ConfigureAwait(...)</c> (conversions and parentheses skipped).</summary>
        public static IOperation SkipConfigureAwait(IOperation task)
        {
            task = Unwrap(task);
            return task is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured } configure &&
                IsTaskLike(configure.TargetMethod.ContainingType, out _)
                ? Unwrap(configured)
                : task;
        }

        /// <summary>True for <c>Task.WhenAll(...)</c>: awaiting it awaits every task passed to it.</summary>
        public static bool IsWhenAll(IInvocationOperation invocation) =>
            invocation.TargetMethod is { Name: "WhenAll", IsStatic: true } whenAll && IsTaskLike(whenAll.ContainingType, out _);

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
            switch (SkipConfigureAwait(task))
            {
                case IObjectCreationOperation creation:
                    return IsSystemType(creation.Type, "ValueTask", "System.Threading.Tasks") && creation.Arguments.Length == 1 &&
                        !IsTaskLike(creation.Arguments[0].Value.Type ?? creation.Type!, out _);
                case IDefaultValueOperation defaultValue:
                    return IsSystemType(defaultValue.Type, "ValueTask", "System.Threading.Tasks");
                case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FromResult" } fromResult }:
                    return IsTaskLike(fromResult.ContainingType, out _);
                case IPropertyReferenceOperation { Property: { IsStatic: true, Name: "CompletedTask" } completed }:
                    return IsTaskLike(completed.ContainingType, out _);
            }

            return false;
        }

        // ---------------------------------------------------------------- helpers

        private static bool IsSystemType(ITypeSymbol? type, string name, string ns) =>
            type is not null && type.Name == name && KnownTypeCatalog.NamespaceOf(type) == ns;
    }
}
