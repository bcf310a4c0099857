using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Determinism
{
    /// <summary>
    /// RA4002: a wall-clock read in a test or its setup whose value reaches an assertion as expected or actual value, or decides a
    /// branch through a part of the date that repeats (hour, weekday, month), without being the same reading the code under test
    /// receives. The value is followed through locals, arithmetic, formatting, fields and helpers of the test class. Not reported:
    /// output text and assertion messages; a reading the code under test also receives (an argument or property of production
    /// code, a double's configured answer, a clock seam such as <c>FakeTimeProvider</c>), so that the check compares it with itself;
    /// the same reading on both sides of one assertion; tolerance and ordering comparisons against now (<c>BeCloseTo</c>,
    /// <c>.Within(…)</c>, <c>&lt;</c>/<c>&gt;</c>), which depend on elapsed time only; offsets from now handed to the code under test.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA4002TestReadsTheWallClock : RealismAnalyzer
    {
        private const int MaxSteps = 256;
        private const int MaxHelperDepth = 3;
        private const string AssertionSink = "an assertion";
        private const string BranchSink = "a branch of the test";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA4002TestReadsTheWallClock);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operationContext =>
                {
                    var operation = operationContext.Operation;
                    if (!ClockAndTaskService.IsWallClockRead(operation))
                    {
                        return;
                    }

                    var where = model.Tests.GetTestCodeKind(operationContext.ContainingSymbol);
                    if (where != TestCodeKind.Test && where != TestCodeKind.Setup)
                    {
                        return;
                    }

                    var production = model.Tests.GetProductionScope(operationContext.Options, operation.Syntax.SyntaxTree);
                    var flow = new Flow(model, production, operationContext.ContainingSymbol.ContainingType, operationContext.CancellationToken);
                    var sink = flow.FindSink(operation);
                    if (sink is null)
                    {
                        return;
                    }

                    operationContext.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA4002TestReadsTheWallClock,
                        operation.Syntax.GetLocation(),
                        operation.Syntax.ToString(),
                        sink));
                },
                OperationKind.PropertyReference);
        }

        /// <summary>Which part of the date a value derived from the reading keeps.</summary>
        [System.Flags]
        private enum ClockParts
        {
            None = 0,

            /// <summary>A part that repeats (hour, weekday, month): a check or branch on it depends on when the test runs.</summary>
            Periodic = 1,

            /// <summary>The year alone: it changes once a year.</summary>
            Year = 2,
        }

        private static ClockParts PartOf(ISymbol member) =>
            ClockAndTaskService.IsPeriodicClockComponent(member) ? ClockParts.Periodic
            : ClockAndTaskService.IsYearComponent(member) ? ClockParts.Year
            : ClockParts.None;

        /// <summary>One step of the search: a tainted value, how many helpers deep, and which part of the date it keeps.</summary>
        private readonly struct Step
        {
            public Step(IOperation value, int depth, ClockParts parts)
            {
                Value = value;
                Depth = depth;
                Parts = parts;
            }

            public IOperation Value { get; }

            public int Depth { get; }

            public ClockParts Parts { get; }
        }

        /// <summary>Follows one wall-clock reading forward to every place it reaches, then says whether that makes the outcome depend on the time.</summary>
        private sealed class Flow
        {
            private readonly TestingModel _model;
            private readonly ProductionScope _production;
            private readonly INamedTypeSymbol? _testClass;
            private readonly CancellationToken _cancellationToken;
            private readonly Stack<Step> _pending = new Stack<Step>();
            private readonly HashSet<ISymbol> _seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

            // Each assertion the reading reaches (by the end of its chain), with the arguments it arrives through.
            private readonly Dictionary<IOperation, HashSet<IOperation>> _assertions = new Dictionary<IOperation, HashSet<IOperation>>();
            private bool _received;
            private bool _branch;
            private int _steps;

            public Flow(TestingModel model, ProductionScope production, INamedTypeSymbol? testClass, CancellationToken cancellationToken)
            {
                _model = model;
                _production = production;
                _testClass = testClass;
                _cancellationToken = cancellationToken;
            }

            /// <summary>"an assertion" or "a branch of the test" when the outcome depends on the reading; null otherwise.</summary>
            public string? FindSink(IOperation read)
            {
                _pending.Push(new Step(read, 0, ClockParts.None));
                while (_pending.Count > 0 && _steps++ < MaxSteps)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var step = _pending.Pop();
                    Follow(step.Value, step.Depth, step.Parts);
                }

                if (_branch)
                {
                    return BranchSink;
                }

                // The same reading handed to the code under test and checked: the check compares the reading with itself.
                if (_received)
                {
                    return null;
                }

                foreach (var arrivals in _assertions.Values)
                {
                    // On both sides of one assertion (`Assert.Equal(now.AddDays(42), now.Add(weeks))`): compared with itself.
                    if (arrivals.Count == 1)
                    {
                        return AssertionSink;
                    }
                }

                return null;
            }

            /// <summary>Walks up from a tainted value, recording what it reaches and queueing the places it is stored.</summary>
            private void Follow(IOperation value, int depth, ClockParts parts)
            {
                // Follow climbs the tree (argument → call → its parent), so it ends at the root; the stack may still run short on deep code.
                if (!StackGuard.IsSufficient())
                {
                    return;
                }

                // Captured by a lambda handed to production code (`Job.FromExpression(() => Run(date))`, a message sent from an
                // endpoint callback): the code under test receives it.
                if (_model.ClockAndTasks.IsInProductionCallback(value, _production))
                {
                    _received = true;
                }

                var current = value;
                for (var guard = 0; guard < 64; guard++)
                {
                    var parent = current.Parent;
                    switch (parent)
                    {
                        case null:
                            return;

                        case IArgumentOperation argument:
                            if (FollowArgument(argument, depth, parts) is not { } carried)
                            {
                                return;
                            }

                            current = carried;
                            continue;

                        case IInvocationOperation invocation:
                            // The value is the receiver: `now.AddDays(1)`, `now.ToString("o")`, `clock.Set(...)`.
                            if (Receives(invocation.TargetMethod))
                            {
                                _received = true;
                                return;
                            }

                            parts |= PartOf(invocation.TargetMethod);
                            current = invocation;
                            continue;

                        case IPropertyReferenceOperation or IFieldReferenceOperation when current == ((IMemberReferenceOperation)parent).Instance:
                            parts |= PartOf(((IMemberReferenceOperation)parent).Member);
                            current = parent;
                            continue;

                        case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                            QueueLocal(declarator.Symbol, depth, parts);
                            return;

                        case IVariableInitializerOperation { Parent: IVariableDeclarationOperation declaration }:
                            foreach (var declared in declaration.Declarators)
                            {
                                QueueLocal(declared.Symbol, depth, parts);
                            }

                            return;

                        case IFieldInitializerOperation fieldInitializer:
                            foreach (var field in fieldInitializer.InitializedFields)
                            {
                                QueueMember(field, depth, parts);
                            }

                            return;

                        case IPropertyInitializerOperation propertyInitializer:
                            foreach (var property in propertyInitializer.InitializedProperties)
                            {
                                QueueMember(property, depth, parts);
                            }

                            return;

                        case ISimpleAssignmentOperation assignment when assignment.Value == current:
                            if (FollowAssignment(assignment, depth, parts) is not { } assigned)
                            {
                                return;
                            }

                            current = assigned;
                            continue;

                        case IReturnOperation:
                            if (EnclosingLambda(current) is not { } lambda)
                            {
                                return;
                            }

                            current = lambda;
                            continue;

                        case IExpressionStatementOperation:
                        case IBlockOperation:
                        case IThrowOperation:
                            return;

                        case IConditionalOperation conditional when conditional.Condition == current:
                        case IWhileLoopOperation:
                        case ISwitchOperation:
                        case ISwitchExpressionOperation switchExpression when switchExpression.Value == current:
                            // A branch on the hour, weekday or month takes a different path depending on when the test runs; a deadline
                            // (`while (DateTime.UtcNow < deadline)`) does not.
                            _branch |= (parts & ClockParts.Periodic) != 0;
                            return;

                        case IBinaryOperation { OperatorKind: BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual } when (parts & ClockParts.Periodic) == 0:
                            // An ordering of two readings of the clock depends on the time that passed between them, not on when the test ran.
                            return;

                        default:
                            // Conversions, arithmetic, equality, formatting, awaits, tuples, collections of the value.
                            current = parent;
                            continue;
                    }
                }
            }

            /// <summary>What happens to a value passed as an argument; the operation that carries it on, or null when it ends here.</summary>
            private IOperation? FollowArgument(IArgumentOperation argument, int depth, ClockParts parts)
            {
                switch (argument.Parent)
                {
                    case IInvocationOperation { IsImplicit: true, Parent: IObjectOrCollectionInitializerOperation { Parent: { } collection } }:
                        // `new Dictionary<string, string> { { key, now } }`: the collection carries the value on.
                        return collection;

                    case IInvocationOperation invocation:
                        var info = _model.Classify(invocation);
                        if (info.IsCheck || info.Role == InvocationRole.AssertionStart)
                        {
                            if (AssertionService.IsAssertionMessageParameter(argument.Parameter) ||
                                ((parts & ClockParts.Periodic) == 0 && _model.ClockAndTasks.IsToleranceAssertion(invocation)))
                            {
                                return null;
                            }

                            // Only the year of the reading: the check can change only when a year ends between the two readings.
                            if (parts == ClockParts.Year)
                            {
                                return null;
                            }

                            var end = OperationQueries.ChainEnd(invocation);
                            if (!_assertions.TryGetValue(end, out var arrivals))
                            {
                                arrivals = new HashSet<IOperation>();
                                _assertions.Add(end, arrivals);
                            }

                            arrivals.Add(argument);
                            return null;
                        }

                        if (info.Role == InvocationRole.DoubleConfiguration)
                        {
                            // A double answers production code with what it was configured to return.
                            _received = true;
                            return null;
                        }

                        var method = invocation.TargetMethod;
                        if (_production.IsProductionMember(method) && IsTestClassMember(method))
                        {
                            // A helper of the test class: follow the parameter inside it, and the value it returns.
                            FollowIntoHelper(method, argument.Parameter, depth, parts);
                            return method.ReturnsVoid ? null : invocation;
                        }

                        if (Receives(method))
                        {
                            _received = true;
                            return null;
                        }

                        // A library call that returns something carries the value on: `now.AddDays(1)`, `string.Format(..., now)`,
                        // NUnit `Is.EqualTo(now)`; one that returns nothing (console, test output, logger) ends it.
                        return method.ReturnsVoid ? null : invocation;

                    case IObjectCreationOperation creation when creation.Constructor is { } constructor:
                        if (_production.IsProductionMember(constructor) && IsTestClassMember(constructor))
                        {
                            return null;
                        }

                        if (Receives(constructor))
                        {
                            _received = true;
                            return null;
                        }

                        return creation;
                }

                return null;
            }

            /// <summary>The code under test receives values passed to production code (not to the test class's own helpers) and to clock seams.</summary>
            private bool Receives(ISymbol member) =>
                (_production.IsProductionMember(member) && !IsTestClassMember(member)) || ClockAndTaskService.IsClockSeam(member);

            private IOperation? FollowAssignment(ISimpleAssignmentOperation assignment, int depth, ClockParts parts)
            {
                switch (OperationQueries.Unwrap(assignment.Target))
                {
                    case ILocalReferenceOperation local:
                        QueueLocal(local.Local, depth, parts);
                        return null;

                    case IPropertyReferenceOperation { Property.ContainingType.IsAnonymousType: true } when assignment.Parent is IAnonymousObjectCreationOperation anonymous:
                        // `new { PlacedAt = DateTime.Now }`: the anonymous object carries the value on.
                        return anonymous;

                    case IPropertyReferenceOperation { Property: var property }:
                        if (Receives(property))
                        {
                            // `order.PlacedAt = DateTime.Now`, `new Order { PlacedAt = DateTime.Now }`, `clock.UtcNow = now`.
                            _received = true;
                            return null;
                        }

                        QueueMember(property, depth, parts);

                        // `new DateTimeMessage { Sent = now }`: the object carries the value on (to the code under test or a check).
                        return assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation created } ? created : null;

                    case IFieldReferenceOperation { Field: var field }:
                        if (Receives(field))
                        {
                            _received = true;
                            return null;
                        }

                        QueueMember(field, depth, parts);
                        return null;
                }

                return null;
            }

            /// <summary>The lambda a returned value leaves (its value goes wherever the lambda goes), or null for a method or local function.</summary>
            private static IOperation? EnclosingLambda(IOperation returned)
            {
                for (var current = returned.Parent; current is not null; current = current.Parent)
                {
                    if (current is IAnonymousFunctionOperation lambda)
                    {
                        return lambda;
                    }

                    if (current is ILocalFunctionOperation or IMethodBodyOperation or IConstructorBodyOperation)
                    {
                        return null;
                    }
                }

                return null;
            }

            private bool IsTestClassMember(ISymbol member)
            {
                for (var type = member.ContainingType; type is not null; type = type.ContainingType)
                {
                    if (SymbolEqualityComparer.Default.Equals(type, _testClass) || _model.Tests.DeclaresTests(type))
                    {
                        return true;
                    }
                }

                return false;
            }

            private void QueueLocal(ILocalSymbol local, int depth, ClockParts parts)
            {
                if (!_seen.Add(local))
                {
                    return;
                }

                foreach (var reference in local.DeclaringSyntaxReferences)
                {
                    var scope = reference.GetSyntax(_cancellationToken);
                    var body = EnclosingBody(scope);
                    if (body is null)
                    {
                        continue;
                    }

                    var root = _model.GetOperation(body, _cancellationToken);
                    if (root is null)
                    {
                        continue;
                    }

                    foreach (var node in root.Descendants())
                    {
                        if (node is ILocalReferenceOperation { IsDeclaration: false } read &&
                            SameDeclaration(read.Local, local) && !IsAssignmentTarget(read))
                        {
                            _pending.Push(new Step(read, depth, parts));
                        }
                    }
                }
            }

            /// <summary>A field or property of the test class holding the value: follow its reads in every member of the class.</summary>
            private void QueueMember(ISymbol member, int depth, ClockParts parts)
            {
                if (_testClass is null || !IsTestClassMember(member) || !_seen.Add(member))
                {
                    return;
                }

                // The class's references by member are indexed once per class (shared with the rules that follow doubles held in fields).
                foreach (var read in _model.Tests.GetMemberReferences(member.ContainingType, _cancellationToken).Of(member))
                {
                    if (!IsAssignmentTarget(read))
                    {
                        _pending.Push(new Step(read, depth, parts));
                    }
                }
            }

            /// <summary>A helper of the test class receives the value as a parameter: follow the parameter in the helper.</summary>
            private void FollowIntoHelper(IMethodSymbol method, IParameterSymbol? parameter, int depth, ClockParts parts)
            {
                if (parameter is null || depth >= MaxHelperDepth)
                {
                    return;
                }

                method = method.OriginalDefinition;
                var target = parameter.OriginalDefinition;
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    var root = _model.GetOperation(reference.GetSyntax(_cancellationToken), _cancellationToken);
                    if (root is null)
                    {
                        continue;
                    }

                    foreach (var node in root.Descendants())
                    {
                        if (node is IParameterReferenceOperation read &&
                            SameDeclaration(read.Parameter.OriginalDefinition, target) && !IsAssignmentTarget(read))
                        {
                            _pending.Push(new Step(read, depth + 1, parts));
                        }
                    }
                }
            }

            /// <summary>
            /// The same declared symbol, also when the two come from different semantic models
            /// (locals are bound anew by each one, so they are compared by where they are declared).
            /// </summary>
            private static bool SameDeclaration(ISymbol a, ISymbol b)
            {
                if (SymbolEqualityComparer.Default.Equals(a, b))
                {
                    return true;
                }

                return a.Kind == b.Kind && a.Name == b.Name && !a.Locations.IsDefaultOrEmpty && !b.Locations.IsDefaultOrEmpty &&
                    a.Locations[0] == b.Locations[0];
            }

            private static bool IsAssignmentTarget(IOperation reference) =>
                reference.Parent is IAssignmentOperation assignment && assignment.Target == reference;

            private static SyntaxNode? EnclosingBody(SyntaxNode declaration)
            {
                for (var node = declaration.Parent; node is not null; node = node.Parent)
                {
                    switch (node)
                    {
                        case Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax:
                        case Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax:
                        case Microsoft.CodeAnalysis.CSharp.Syntax.LocalFunctionStatementSyntax:
                        case Microsoft.CodeAnalysis.CSharp.Syntax.AnonymousFunctionExpressionSyntax:
                            return node;
                    }
                }

                return null;
            }
        }
    }
}
