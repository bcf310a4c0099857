using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Trivial
{
    /// <summary>
    /// RA1006: a test with assertions where some path from its start to its normal end runs none of them
    /// (decided on Roslyn's control-flow graph of the test's body).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA1006TestCanPassWithoutAssertion : RealismAnalyzer
    {
        private const string BranchReason = "a branch skips them";
        private const string LoopReason = "they sit in a loop that may run zero times";
        private const string ReturnReason = "an early 'return' skips them";
        private const string CatchReason = "they run only when an exception is caught";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA1006TestCanPassWithoutAssertion);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { } test ||
                    test.IsSkipped || test.HasExpectedException || test.HasExpectedResult || method.IsAbstract)
                {
                    return;
                }

                var body = TestBodies.FindBody(block.OperationBlocks);
                // A body that does not compile may hold an assertion in the call that did not bind.
                if (body is null || OperationQueries.HasErrors(body) || TestBodies.IsEmpty(body))
                {
                    return;
                }

                // An assertion every normal path runs, or one straight path through every statement: no path can skip the
                // assertions, and the graph need not be built. The first question reads only statements, so it goes first.
                var conventions = model.Assertions.GetConventions(block.Options, body.Syntax.SyntaxTree);
                if (HasUnconditionalAssertion(model, conventions, body) || ControlFlowShape.IsStraightLine(body.Syntax))
                {
                    return;
                }

                if (!model.Tests.FactsOf(body, conventions).ChecksSomething(block.CancellationToken))
                {
                    return; // RA1001's case.
                }

                // The graph is built for the root of the body: the method body operation above the block the action is given.
                var root = TestBodies.RootOf(body);

                var graph = root switch
                {
                    IMethodBodyOperation methodBody => ControlFlowGraph.Create(methodBody, block.CancellationToken),
                    IBlockOperation blockBody => ControlFlowGraph.Create(blockBody, block.CancellationToken),
                    _ => null,
                };
                if (graph is null)
                {
                    return;
                }

                var reason = FindPathWithoutAssertion(model, conventions, test, body, graph, block.CancellationToken);
                if (reason is not null)
                {
                    block.ReportDiagnostic(Diagnostic.Create(Descriptors.RA1006TestCanPassWithoutAssertion, method.Locations[0], method.Name, reason));
                }
            });
        }

        /// <summary>
        /// True when a statement of the body's own block (not nested in any branch, loop, try or lambda) is itself an assertion, and
        /// the method cannot return before it: every path that ends the test normally runs that assertion, so no graph is needed.
        /// </summary>
        private static bool HasUnconditionalAssertion(TestingModel model, AssertionConventions conventions, IOperation body)
        {
            var block = TestBodies.BlockOf(body);
            if (block is null)
            {
                return false;
            }

            foreach (var statement in block.Operations)
            {
                var value = statement is IExpressionStatementOperation expression ? expression.Operation : null;
                if (value is IAwaitOperation awaited)
                {
                    value = awaited.Operation;
                }

                if (value is IInvocationOperation invocation && model.Classify(invocation, conventions).IsCheck)
                {
                    return !ControlFlowShape.CanLeaveBefore(body.Syntax, statement.Syntax.SpanStart);
                }
            }

            return false;
        }

        /// <summary>
        /// Searches the graph for a path from entry to the normal exit through no asserting block; returns why it exists, or null.
        /// A test whose branches are decided by its constant data rows is searched once per row: only a row that really takes an
        /// assertion-free path counts.
        /// </summary>
        private static string? FindPathWithoutAssertion(
            TestingModel model, AssertionConventions conventions, TestMethodInfo test, IOperation body, ControlFlowGraph graph, CancellationToken cancellationToken)
        {
            var blocks = graph.Blocks;
            var asserts = new bool[blocks.Length];
            var anyOutsideCatch = false;
            var any = false;
            for (var i = 0; i < blocks.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                asserts[i] = Asserts(model, conventions, blocks[i], cancellationToken);
                if (asserts[i])
                {
                    any = true;
                    anyOutsideCatch |= !InCatch(blocks[i].EnclosingRegion);
                }
            }

            if (!any)
            {
                return null; // Assertions only in lambdas the graph does not run (handed to helpers): undecidable, stay silent.
            }

            // `if (missing.Count > 0) Assert.Fail(...)`: a branch that can only fail makes its condition the check, run on every path
            // through it (the manual form of Assert.False(missing.Count > 0)). So does `if (types.Count > 0) Assert.That(types, Is.Empty)`.
            for (var i = 0; i < blocks.Length; i++)
            {
                var block = blocks[i];
                if (asserts[i] || block.ConditionalSuccessor?.Destination is not { } taken || block.FallThroughSuccessor?.Destination is not { } otherwise)
                {
                    continue;
                }

                var whenTrue = block.ConditionKind == ControlFlowConditionKind.WhenFalse ? otherwise : taken;
                asserts[i] = OnlyFails(model, conventions, taken) || OnlyFails(model, conventions, otherwise) ||
                    block.BranchValue is { } condition && AssertionService.CollectionFoundNonEmpty(condition) is { } found &&
                    AssertsEmpty(model, conventions, whenTrue, found);
            }

            var search = new Search(blocks, asserts, FindLoopsThatRunAtLeastOnce(model, model.Tests.FactsOf(body, conventions), cancellationToken), FindNeverNullAccesses(body, cancellationToken));
            var reason = search.Run(default, test.Method, cancellationToken);
            if (reason is null)
            {
                return null;
            }

            // Branches on the test's parameters: every literal row decides them. Silent when no row reaches the end without an assertion.
            if (test.DataRows.Length > 0 && !test.HasDataSource && search.UsedParameterCondition)
            {
                var rowReason = (string?)null;
                foreach (var row in test.DataRows)
                {
                    if (!FailureSetupService.TryGetRowValues(row, test.Method, out var values))
                    {
                        rowReason = reason;
                        break;
                    }

                    rowReason ??= search.Run(values, test.Method, cancellationToken);
                    if (rowReason is not null)
                    {
                        break;
                    }
                }

                reason = rowReason;
            }

            if (reason is null)
            {
                return null;
            }

            return anyOutsideCatch ? reason : CatchReason;
        }

        /// <summary>A breadth-first search of the graph for a path to the exit that runs no assertion, optionally for one data row.</summary>
        private sealed class Search
        {
            private readonly ImmutableArray<BasicBlock> _blocks;
            private readonly bool[] _asserts;
            private readonly HashSet<SyntaxNode> _nonEmptyLoops;
            private readonly HashSet<SyntaxNode> _neverNullAccesses;

            public Search(ImmutableArray<BasicBlock> blocks, bool[] asserts, HashSet<SyntaxNode> nonEmptyLoops, HashSet<SyntaxNode> neverNullAccesses)
            {
                _blocks = blocks;
                _asserts = asserts;
                _nonEmptyLoops = nonEmptyLoops;
                _neverNullAccesses = neverNullAccesses;
            }

            /// <summary>The search without a row met a branch on a test parameter that a row could decide.</summary>
            public bool UsedParameterCondition { get; private set; }

            public string? Run(ImmutableArray<TypedConstant> row, IMethodSymbol test, CancellationToken cancellationToken)
            {
                // States: (block, arrived at a non-empty loop's condition through the loop's back edge).
                var visited = new HashSet<int>();
                var queue = new Queue<(BasicBlock Block, bool LoopedBack, string? Reason)>();
                queue.Enqueue((_blocks[0], false, null));
                visited.Add(0);
                while (queue.Count > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (current, loopedBack, reason) = queue.Dequeue();
                    if (current.Kind == BasicBlockKind.Exit)
                    {
                        return reason ?? BranchReason;
                    }

                    if (_asserts[current.Ordinal])
                    {
                        continue;
                    }

                    var loop = LoopOfCondition(current);
                    var isNonEmptyLoop = loop is not null && !loopedBack && _nonEmptyLoops.Contains(loop);
                    var enterBody = current.ConditionKind == ControlFlowConditionKind.WhenFalse ? current.FallThroughSuccessor : current.ConditionalSuccessor;
                    var taken = TakenBranch(current, row, test);
                    foreach (var branch in new[] { current.FallThroughSuccessor, current.ConditionalSuccessor })
                    {
                        if (branch?.Destination is not { } destination || RunsAssertingFinally(branch, _blocks, _asserts))
                        {
                            continue;
                        }

                        if ((isNonEmptyLoop && branch != enterBody) || (taken is not null && branch != taken))
                        {
                            continue;
                        }

                        var nextReason = reason;
                        if (nextReason is null)
                        {
                            if (branch.Semantics == ControlFlowBranchSemantics.Return && current.Ordinal < _blocks.Length - 2)
                            {
                                nextReason = ReturnReason;
                            }
                            else if (current.ConditionKind != ControlFlowConditionKind.None && current.ConditionalSuccessor is not null && taken is null)
                            {
                                nextReason = loop is not null ? LoopReason : BranchReason;
                            }
                        }

                        var destinationLoop = LoopOfCondition(destination);
                        var backEdge = destinationLoop is not null && current.Ordinal >= destination.Ordinal;
                        var key = destination.Ordinal * 2 + (backEdge ? 1 : 0);
                        if (visited.Add(key))
                        {
                            queue.Enqueue((destination, backEdge, nextReason));
                        }
                    }
                }

                return null;
            }

            /// <summary>
            /// The only branch a conditional block can take, or null when both can: a null check made by <c>?.</c> on a value declared
            /// never null takes the non-null branch; a condition on the test's parameters is decided by the data row being searched.
            /// </summary>
            private ControlFlowBranch? TakenBranch(BasicBlock block, ImmutableArray<TypedConstant> row, IMethodSymbol test)
            {
                if (block.ConditionKind == ControlFlowConditionKind.None || block.BranchValue is not { } condition || block.ConditionalSuccessor is null)
                {
                    return null;
                }

                bool? value = null;
                if (condition is IIsNullOperation && condition.Syntax.Parent is { } parent && _neverNullAccesses.Contains(parent))
                {
                    value = false;
                }
                else if (ParameterConditions.IsDecidable(condition, test))
                {
                    UsedParameterCondition |= row.IsDefault;
                    value = row.IsDefault ? null : ParameterConditions.Evaluate(condition, test, row, 0);
                }

                if (value is not { } known)
                {
                    return null;
                }

                return (block.ConditionKind == ControlFlowConditionKind.WhenTrue) == known ? block.ConditionalSuccessor : block.FallThroughSuccessor;
            }
        }

        /// <summary>
        /// The <c>?.</c> accesses of the body made on a value declared never null in a nullable-enabled context (a parameter or an explicitly
        /// typed local of a non-nullable reference type): their null branch is not a path the test takes (a data row of <c>null</c> would
        /// contradict the declaration).
        /// </summary>
        private static HashSet<SyntaxNode> FindNeverNullAccesses(IOperation body, CancellationToken cancellationToken)
        {
            var accesses = new HashSet<SyntaxNode>();
            foreach (var operation in body.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation is not IConditionalAccessOperation access)
                {
                    continue;
                }

                var (type, annotation) = OperationQueries.Unwrap(access.Operation) switch
                {
                    IParameterReferenceOperation parameter => (parameter.Parameter.Type, parameter.Parameter.NullableAnnotation),
                    ILocalReferenceOperation local when !IsImplicitlyTyped(local.Local) => (local.Local.Type, local.Local.NullableAnnotation),
                    _ => (null, NullableAnnotation.None),
                };
                if (type is { IsReferenceType: true } && annotation == NullableAnnotation.NotAnnotated)
                {
                    accesses.Add(access.Syntax);
                }
            }

            return accesses;
        }

        // 'var' locals are always annotated as nullable by the compiler; only a declared type says "never null".
        private static bool IsImplicitlyTyped(ILocalSymbol local) =>
            local.DeclaringSyntaxReferences.Length == 1 &&
            local.DeclaringSyntaxReferences[0].GetSyntax().Parent is VariableDeclarationSyntax { Type.IsVar: true };

        private static bool InCatch(ControlFlowRegion? region)
        {
            for (; region is not null; region = region.EnclosingRegion)
            {
                if (region.Kind == ControlFlowRegionKind.Catch || region.Kind == ControlFlowRegionKind.Filter || region.Kind == ControlFlowRegionKind.FilterAndHandler)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool RunsAssertingFinally(ControlFlowBranch branch, ImmutableArray<BasicBlock> blocks, bool[] asserts)
        {
            foreach (var region in branch.FinallyRegions)
            {
                for (var i = region.FirstBlockOrdinal; i <= region.LastBlockOrdinal && i < blocks.Length; i++)
                {
                    if (asserts[i])
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The loop statement whose condition (or <c>MoveNext</c>) <paramref name="block"/> evaluates, or null.</summary>
        private static SyntaxNode? LoopOfCondition(BasicBlock block)
        {
            if (block.BranchValue is not { } value || block.ConditionKind == ControlFlowConditionKind.None)
            {
                return null;
            }

            // The graph lowers loops to branches; only the syntax tells which loop a condition belongs to.
            for (var node = value.Syntax; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case CommonForEachStatementSyntax forEach:
                        return forEach.Statement.Span.Contains(value.Syntax.Span) ? null : forEach;
                    case ForStatementSyntax forLoop:
                        return forLoop.Statement.Span.Contains(value.Syntax.Span) ? null : forLoop;
                    case WhileStatementSyntax whileLoop:
                        return whileLoop.Statement.Span.Contains(value.Syntax.Span) ? null : whileLoop;
                    case DoStatementSyntax doLoop:
                        return doLoop.Statement.Span.Contains(value.Syntax.Span) ? null : doLoop;
                    case StatementSyntax:
                    case LambdaExpressionSyntax:
                        return null;
                }
            }

            return null;
        }

        /// <summary>True when running the block runs an assertion, a verification, a failure or an inconclusive/skip call.</summary>
        /// <summary>A block that asserts <paramref name="collection"/> is empty: under a guard that found it non-empty, it can only fail.</summary>
        private static bool AssertsEmpty(TestingModel model, AssertionConventions conventions, BasicBlock block, IOperation collection)
        {
            foreach (var operation in block.Operations)
            {
                var value = operation is IExpressionStatementOperation expression ? expression.Operation : operation;
                if (value is IInvocationOperation invocation && model.Classify(invocation, conventions).Role == InvocationRole.Assertion &&
                    model.Assertions.TryGetAssertionOperands(invocation, out var operands) && AssertionService.ProvesEmpty(operands, collection))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A block that, once entered, fails the test: it calls the framework's fail (<c>Assert.Fail</c>) or ends in a <c>throw</c>.</summary>
        private static bool OnlyFails(TestingModel model, AssertionConventions conventions, BasicBlock block)
        {
            if (block.FallThroughSuccessor is { Semantics: ControlFlowBranchSemantics.Throw or ControlFlowBranchSemantics.Rethrow })
            {
                return true;
            }

            foreach (var operation in block.Operations)
            {
                var value = operation is IExpressionStatementOperation expression ? expression.Operation : operation;
                if (value is IInvocationOperation invocation && model.Classify(invocation, conventions).Role == InvocationRole.Fail)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Asserts(TestingModel model, AssertionConventions conventions, BasicBlock block, CancellationToken cancellationToken)
        {
            foreach (var operation in block.Operations)
            {
                if (Asserts(model, conventions, operation, cancellationToken))
                {
                    return true;
                }
            }

            return block.BranchValue is { } branchValue && Asserts(model, conventions, branchValue, cancellationToken);
        }

        private static bool Asserts(TestingModel model, AssertionConventions conventions, IOperation root, CancellationToken cancellationToken)
        {
            foreach (var operation in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        var info = model.Classify(invocation, conventions);
                        if (info.IsCheck || info.Role == InvocationRole.Inconclusive || info.Role == InvocationRole.AssertionGroup ||
                            model.Assertions.MethodAsserts(invocation.TargetMethod, conventions, cancellationToken))
                        {
                            return true;
                        }

                        break;

                    case IFlowAnonymousFunctionOperation function:
                        if (model.Assertions.MethodAsserts(function.Symbol, conventions, cancellationToken))
                        {
                            return true;
                        }

                        break;

                    case IObjectCreationOperation { Constructor: { } constructor }:
                        if (model.Assertions.MethodAsserts(constructor, conventions, cancellationToken))
                        {
                            return true;
                        }

                        break;

                    case IDynamicInvocationOperation or IPropertyReferenceOperation when model.Assertions.IsCheckWithoutInvocation(operation):
                        return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Loops known to run their body at least once: over a collection known to be non-empty (<see cref="AssertionService.IsKnownNonEmpty"/>),
        /// over a collection asserted non-empty or of a positive count before the loop, or a counting loop that does not count a collection.
        /// </summary>
        private static HashSet<SyntaxNode> FindLoopsThatRunAtLeastOnce(TestingModel model, TestFacts facts, CancellationToken cancellationToken)
        {
            var body = facts.Body;
            var loops = new HashSet<SyntaxNode>();
            foreach (var operation in body.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IForEachLoopOperation forEach:
                        var collection = OperationQueries.Unwrap(forEach.Collection);
                        if (model.Assertions.IsKnownNonEmpty(collection, body, cancellationToken) ||
                            IsAssertedNonEmptyBefore(model, facts, collection, forEach.Syntax.SpanStart, cancellationToken))
                        {
                            loops.Add(forEach.Syntax);
                        }

                        break;

                    case IForLoopOperation forLoop when RunsAtLeastOnce(model, body, forLoop, cancellationToken):
                        loops.Add(forLoop.Syntax);
                        break;
                }
            }

            return loops;
        }

        /// <summary>
        /// A counting loop (<c>for (var i = a; i &lt; b; i++)</c>) runs unless its constant bounds say otherwise or its bound counts a
        /// collection (<c>.Count</c>, <c>.Length</c>, <c>Count()</c>), where an empty result is a realistic regression. Other bounds are
        /// fixed ranges of the domain (a calendar's years, a month's days): a product so broken that they are empty fails elsewhere.
        /// </summary>
        private static bool RunsAtLeastOnce(TestingModel model, IOperation body, IForLoopOperation loop, CancellationToken cancellationToken)
        {
            if (loop.Condition is not IBinaryOperation { LeftOperand: ILocalReferenceOperation counter } condition)
            {
                return false;
            }

            if (condition.RightOperand.ConstantValue is { HasValue: true, Value: int bound })
            {
                foreach (var before in loop.Before)
                {
                    foreach (var node in before.DescendantsAndSelf())
                    {
                        if (node is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, counter.Local) &&
                            (declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer)?.Value.ConstantValue is { HasValue: true, Value: int start })
                        {
                            return condition.OperatorKind switch
                            {
                                BinaryOperatorKind.LessThan => start < bound,
                                BinaryOperatorKind.LessThanOrEqual => start <= bound,
                                _ => false,
                            };
                        }
                    }
                }
            }

            switch (condition.OperatorKind)
            {
                case BinaryOperatorKind.LessThan:
                case BinaryOperatorKind.LessThanOrEqual:
                case BinaryOperatorKind.GreaterThan:
                case BinaryOperatorKind.GreaterThanOrEqual:
                    return !CountsACollectionThatMayBeEmpty(model, body, condition.RightOperand, cancellationToken);
            }

            return false;
        }

        /// <summary>
        /// The bound counts something (<c>items.Count</c>, <c>array.Length</c>, <c>reader.FieldCount</c>, <c>Count()</c>) that is not
        /// known to be non-empty (a data table of non-empty literals is: <c>for (var i = 0; i &lt; Angles.Length; i++)</c>).
        /// </summary>
        private static bool CountsACollectionThatMayBeEmpty(TestingModel model, IOperation body, IOperation bound, CancellationToken cancellationToken)
        {
            foreach (var node in bound.DescendantsAndSelf())
            {
                switch (node)
                {
                    case IPropertyReferenceOperation property when IsCountName(property.Property.Name):
                        if (property.Instance is not { } counted || !model.Assertions.IsKnownNonEmpty(counted, body, cancellationToken))
                        {
                            return true;
                        }

                        break;

                    case IInvocationOperation invocation when IsCountName(invocation.TargetMethod.Name) || invocation.TargetMethod.Name == "GetLength":
                        return true;
                }
            }

            return false;
        }

        private static bool IsCountName(string name) =>
            name.EndsWith("Count", System.StringComparison.Ordinal) || name.EndsWith("Length", System.StringComparison.Ordinal);

        private static bool IsAssertedNonEmptyBefore(TestingModel model, TestFacts facts, IOperation collection, int position, CancellationToken cancellationToken)
        {
            foreach (var call in facts.Calls)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (call.Info.Role != InvocationRole.Assertion)
                {
                    continue;
                }

                var assertion = call.Invocation;
                if (assertion.Syntax.SpanStart < position && model.Assertions.TryGetAssertionOperands(assertion, out var operands) && operands.Actual is { } actual &&
                    AssertionService.ProvesNonEmpty(operands, OperationQueries.Unwrap(actual), collection))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
