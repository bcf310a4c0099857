using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.FailurePaths
{
    /// <summary>
    /// RA3005: a production member returning <c>bool</c>, a nullable or a result-like type whose results are asserted in at
    /// least <c>realism.RA3005.min_tests</c> tests, all of which check only its success outcome. Each test contributes
    /// small facts (member, outcome, location of the asserted call); the decision is taken at the end of the compilation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA3005OnlySuccessOutcomesAsserted : RealismAnalyzer
    {
        private const int DefaultMinTests = 3;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA3005OnlySuccessOutcomesAsserted);

        private enum ResultShape
        {
            None,
            Boolean,
            Nullable,
            ResultLike,
        }

        /// <summary>
        /// Facts are kept per method group (containing type and name): overloads usually delegate to one implementation, and a
        /// failure asserted through one of them (<c>TryParse(string, …)</c>) covers the others (<c>TryParse(ReadOnlySpan&lt;char&gt;, …)</c>).
        /// </summary>
        private sealed class Facts
        {
            public ConcurrentBag<(IMethodSymbol Member, IMethodSymbol Test, Location Location)> Successes { get; } =
                new ConcurrentBag<(IMethodSymbol, IMethodSymbol, Location)>();

            public ConcurrentDictionary<IMethodSymbol, byte> Failures { get; } =
                new ConcurrentDictionary<IMethodSymbol, byte>(MethodGroupComparer.Instance);

            /// <summary>The constant states passed to state predicates asserted true (<see cref="FailureSetupService.IsStatePredicate"/>).</summary>
            public ConcurrentDictionary<(IMethodSymbol Member, object State), byte> States { get; } =
                new ConcurrentDictionary<(IMethodSymbol, object), byte>(new StateComparer());
        }

        /// <summary>Methods of one group: same containing type, same name.</summary>
        private sealed class MethodGroupComparer : IEqualityComparer<IMethodSymbol>
        {
            public static readonly MethodGroupComparer Instance = new MethodGroupComparer();

            public bool Equals(IMethodSymbol? x, IMethodSymbol? y) =>
                ReferenceEquals(x, y) || (x is not null && y is not null && x.Name == y.Name &&
                SymbolEqualityComparer.Default.Equals(x.ContainingType?.OriginalDefinition, y.ContainingType?.OriginalDefinition));

            public int GetHashCode(IMethodSymbol obj) =>
                obj.Name.GetHashCode() ^ SymbolEqualityComparer.Default.GetHashCode(obj.ContainingType?.OriginalDefinition);
        }

        private sealed class StateComparer : IEqualityComparer<(IMethodSymbol Member, object State)>
        {
            public bool Equals((IMethodSymbol Member, object State) x, (IMethodSymbol Member, object State) y) =>
                MethodGroupComparer.Instance.Equals(x.Member, y.Member) && Equals(x.State, y.State);

            public int GetHashCode((IMethodSymbol Member, object State) obj) =>
                MethodGroupComparer.Instance.GetHashCode(obj.Member) ^ obj.State.GetHashCode();
        }

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            var facts = new Facts();
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { IsSkipped: false } test)
                {
                    return;
                }

                var body = TestBodies.FindBody(block.OperationBlocks);
                if (body is not null)
                {
                    var tree = body.Syntax.SyntaxTree;
                    var sheet = model.Tests.FactsOf(body, model.Assertions.GetConventions(block.Options, tree));
                    CollectFacts(sheet, test, model, model.Tests.GetProductionScope(block.Options, tree), facts, block.CancellationToken);
                }
            });
            context.RegisterCompilationEndAction(end => Decide(end, facts));
        }

        private static void CollectFacts(TestFacts sheet, TestMethodInfo test, TestingModel model, ProductionScope production, Facts facts, System.Threading.CancellationToken cancellationToken)
        {
            // Locals that hold a production call's result (`var result = service.Pay(...)`), and locals that hold doubles.
            Dictionary<ILocalSymbol, IInvocationOperation>? results = null;
            HashSet<ILocalSymbol>? doubles = null;
            foreach (var write in sheet.LocalWrites)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var local = write.Local;
                var value = OperationQueries.Unwrap(write.Value);
                if (value is IAwaitOperation awaited)
                {
                    value = OperationQueries.Unwrap(awaited.Operation);
                }

                if (model.Doubles.TryGetDoubleCreation(value, out _) || (value is IPropertyReferenceOperation { Instance: { } instance } && model.Doubles.TryGetDoubleCreation(OperationQueries.Unwrap(instance), out _)))
                {
                    (doubles ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default)).Add(local);
                }
                else if (value is IInvocationOperation call)
                {
                    (results ??= new Dictionary<ILocalSymbol, IInvocationOperation>(SymbolEqualityComparer.Default))[local] = call;
                }
            }

            var expectsException = false;
            foreach (var call in sheet.Calls)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var invocation = call.Invocation;

                if (test.HasExpectedException && GetShape(invocation.TargetMethod, out _) != ResultShape.None)
                {
                    // [ExpectedException]: every call of the test may be the one expected to fail.
                    facts.Failures.TryAdd(invocation.TargetMethod.OriginalDefinition, 0);
                    continue;
                }

                if (model.FailureSetups.TryGetExpectedException(invocation, out _))
                {
                    expectsException = true;
                    continue;
                }

                if (!model.FailureSetups.TryGetOutcomeCheck(invocation, out var subject, out var check) || subject is null)
                {
                    continue;
                }

                var negated = false;
                while (subject is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
                {
                    negated = !negated;
                    subject = OperationQueries.Unwrap(not.Operand);
                }

                if (negated)
                {
                    check = check switch
                    {
                        OutcomeCheck.IsTrue => OutcomeCheck.IsFalse,
                        OutcomeCheck.IsFalse => OutcomeCheck.IsTrue,
                        _ => OutcomeCheck.None,
                    };
                }

                bool? success;
                IInvocationOperation? producer;
                if (subject is IPropertyReferenceOperation { Instance: { } owner } flag && FailureSetupService.TryGetOutcomeFlag(flag.Property, out var meansSuccess))
                {
                    producer = Producer(owner, results, doubles, model, production);
                    if (producer is null || GetShape(producer.TargetMethod, out _) != ResultShape.ResultLike ||
                        (check != OutcomeCheck.IsTrue && check != OutcomeCheck.IsFalse))
                    {
                        continue;
                    }

                    success = (check == OutcomeCheck.IsTrue) == meansSuccess;
                }
                else
                {
                    producer = Producer(subject, results, doubles, model, production);
                    if (producer is null)
                    {
                        continue;
                    }

                    var shape = GetShape(producer.TargetMethod, out _);
                    if (shape == ResultShape.Nullable && !model.FailureSetups.CanReturnNullAsFailure(producer.TargetMethod, cancellationToken))
                    {
                        continue;
                    }

                    success = (shape, check) switch
                    {
                        (ResultShape.Boolean, OutcomeCheck.IsTrue) => true,
                        (ResultShape.Boolean, OutcomeCheck.IsFalse) => false,
                        (ResultShape.Nullable, OutcomeCheck.IsNotNull) => true,
                        (ResultShape.Nullable, OutcomeCheck.IsNull) => false,
                        (ResultShape.ResultLike, OutcomeCheck.IsNull) => false,
                        _ => null,
                    };
                }

                if (success is null)
                {
                    continue;
                }

                var member = producer.TargetMethod.OriginalDefinition;
                if (success.Value)
                {
                    facts.Successes.Add((member, test.Method, producer.Syntax.GetLocation()));
                    RecordState(producer, member, facts);
                }
                else
                {
                    facts.Failures.TryAdd(member, 0);
                }
            }

            if (expectsException)
            {
                AddCallsInLambdas(sheet, facts);
            }
        }

        /// <summary>The constant state a state predicate asserted true was asked about (<c>IsFeature(FeatureState.Disabled)</c>).</summary>
        private static void RecordState(IInvocationOperation producer, IMethodSymbol member, Facts facts)
        {
            if (!FailureSetupService.IsStatePredicate(member, out var ordinal))
            {
                return;
            }

            foreach (var argument in producer.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal && argument.Value.ConstantValue is { HasValue: true, Value: { } state })
                {
                    facts.States.TryAdd((member, state), 0);
                }
            }
        }

        /// <summary>Assert.Throws(() => service.Pay(...)), act.Should().Throw&lt;T&gt;(): the calls in the test's lambdas are expected to fail.</summary>
        private static void AddCallsInLambdas(TestFacts sheet, Facts facts)
        {
            foreach (var call in sheet.Calls)
            {
                if (IsInsideLambda(call.Invocation, sheet.Body))
                {
                    facts.Failures.TryAdd(call.Invocation.TargetMethod.OriginalDefinition, 0);
                }
            }
        }

        private static bool IsInsideLambda(IOperation operation, IOperation body)
        {
            for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The production call whose result <paramref name="value"/> is (directly, awaited, or through a local), or null.</summary>
        private static IInvocationOperation? Producer(IOperation value, Dictionary<ILocalSymbol, IInvocationOperation>? results, HashSet<ILocalSymbol>? doubles, TestingModel model, ProductionScope production)
        {
            value = OperationQueries.Unwrap(value);
            if (value is IAwaitOperation awaited)
            {
                value = OperationQueries.Unwrap(awaited.Operation);
            }

            if (value is ILocalReferenceOperation local)
            {
                if (results is null || !results.TryGetValue(local.Local, out var call))
                {
                    return null;
                }

                value = call;
            }

            if (value is not IInvocationOperation invocation || !IsProductionMember(invocation, doubles, model, production))
            {
                return null;
            }

            return GetShape(invocation.TargetMethod, out _) == ResultShape.None ? null : invocation;
        }

        /// <summary>A member of the product: not of the BCL, a test, mocking or assertion library, an interface (doubles), or a test class.</summary>
        private static bool IsProductionMember(IInvocationOperation invocation, HashSet<ILocalSymbol>? doubles, TestingModel model, ProductionScope production)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (type is null || type.TypeKind == TypeKind.Interface || type.TypeKind == TypeKind.Error || model.Types.Classify(type) != KnownType.None)
            {
                return false;
            }

            if (!production.IsProductionMember(method))
            {
                return false;
            }

            if (invocation.Instance is { } instance && OperationQueries.Unwrap(instance) is ILocalReferenceOperation receiver && doubles?.Contains(receiver.Local) == true)
            {
                return false;
            }

            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol candidate && model.Tests.IsTestMethod(candidate))
                {
                    return false;
                }
            }

            return true;
        }

        private static ResultShape GetShape(IMethodSymbol method, out ITypeSymbol? resultType)
        {
            var type = method.ReturnType;
            if (OperationQueries.IsTaskLike(type, out var hasResult))
            {
                if (!hasResult || type is not INamedTypeSymbol { TypeArguments.Length: 1 } task)
                {
                    resultType = null;
                    return ResultShape.None;
                }

                type = task.TypeArguments[0];
            }

            resultType = type;
            if (type.SpecialType == SpecialType.System_Boolean)
            {
                return ResultShape.Boolean;
            }

            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ||
                (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated))
            {
                return ResultShape.Nullable;
            }

            return type.TypeKind != TypeKind.Error && FailureSetupService.IsResultLike(type) ? ResultShape.ResultLike : ResultShape.None;
        }

        private static void Decide(CompilationAnalysisContext context, Facts facts)
        {
            var byMember = new Dictionary<IMethodSymbol, (HashSet<IMethodSymbol> Tests, Location First)>(MethodGroupComparer.Instance);
            var statesAsked = new Dictionary<IMethodSymbol, int>(MethodGroupComparer.Instance);
            foreach (var state in facts.States.Keys)
            {
                statesAsked.TryGetValue(state.Member, out var count);
                statesAsked[state.Member] = count + 1;
            }

            foreach (var (member, test, location) in facts.Successes)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (facts.Failures.ContainsKey(member))
                {
                    continue;
                }

                if (!byMember.TryGetValue(member, out var entry))
                {
                    entry = (new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), location);
                }
                else if (SourceOrder.IsBefore(location, entry.First))
                {
                    entry.First = location;
                }

                entry.Tests.Add(test);
                byMember[member] = entry;
            }

            foreach (var pair in byMember)
            {
                var (tests, first) = pair.Value;

                // A state predicate asserted true for different states is an equality check on the state (some of them the negative ones).
                if (statesAsked.TryGetValue(pair.Key, out var states) && states >= 2)
                {
                    continue;
                }

                var minimum = RealismOptions.GetCount(context.Options, first.SourceTree, RealismOptions.RA3005MinTests, DefaultMinTests);
                if (tests.Count < minimum)
                {
                    continue;
                }

                var failure = GetShape(pair.Key, out _) switch
                {
                    ResultShape.Boolean => "a false result",
                    ResultShape.Nullable => "a null result",
                    _ => "a failure result",
                };
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RA3005OnlySuccessOutcomesAsserted,
                    first,
                    pair.Key.ContainingType.Name + "." + pair.Key.Name,
                    tests.Count,
                    failure));
            }
        }
    }
}
