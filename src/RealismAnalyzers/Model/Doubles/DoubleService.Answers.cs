using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class DoubleService
    {
        internal const int MaxFlowDepth = 8;

        // How often a flow search on this thread stopped at MaxFlowDepth: a memo must not keep an answer the limit decided.
        [ThreadStatic]
        private static int t_depthCutOffs;

        private readonly ConcurrentDictionary<ISymbol, bool> _memberHoldsDoubleObject = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<ISymbol, bool> _memberHoldsDoubleWrapper = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);

        /// <summary>
        /// True when <paramref name="value"/> is what a test double answered, with no production code in between:
        /// a member of a double's object (<c>sub.Get()</c>, <c>mock.Object.Total</c>, awaited or not) that the test or its setup
        /// configured (<see cref="IsConfiguredMember"/>), or a local every assignment of which is such a value. Partial doubles are
        /// excluded: their members may run real code.
        /// </summary>
        public bool IsDoubleAnswer(IOperation value, CancellationToken cancellationToken) => IsDoubleAnswer(value, 0, cancellationToken);

        private bool IsDoubleAnswer(IOperation value, int depth, CancellationToken cancellationToken)
        {
            if (depth > MaxFlowDepth || !StackGuard.IsSufficient())
            {
                t_depthCutOffs++;
                return false;
            }

            cancellationToken.ThrowIfCancellationRequested();
            switch (OperationQueries.Unwrap(value))
            {
                case IAwaitOperation await:
                    return IsDoubleAnswer(await.Operation, depth + 1, cancellationToken);
                case IInvocationOperation call:
                    return call.Instance is { } instance && _model.Types.Classify(call.TargetMethod.ContainingType) == KnownType.None &&
                        IsDoubleObject(instance, depth + 1, cancellationToken) && IsConfiguredMember(instance, call.TargetMethod, cancellationToken);
                case IPropertyReferenceOperation property:
                    return property.Instance is { } owner && !IsWrapperObjectProperty(property) &&
                        _model.Types.Classify(property.Property.ContainingType) == KnownType.None && IsDoubleObject(owner, depth + 1, cancellationToken) &&
                        IsConfiguredMember(owner, property.Property, cancellationToken);
                case ILocalReferenceOperation local:
                    return AllDefinitions(local.Local, RootOf(local), depth, cancellationToken, static (model, v, d, ct) => model.Doubles.IsDoubleAnswer(v, d, ct));
            }

            return false;
        }

        /// <summary>True when <paramref name="value"/> is certainly the object of a (non-partial) test double.</summary>
        public bool IsDoubleObject(IOperation value, CancellationToken cancellationToken) => IsDoubleObject(value, 0, cancellationToken);

        private bool IsDoubleObject(IOperation value, int depth, CancellationToken cancellationToken)
        {
            if (depth > MaxFlowDepth || !StackGuard.IsSufficient())
            {
                t_depthCutOffs++;
                return false;
            }

            var operation = OperationQueries.Unwrap(value);
            switch (operation)
            {
                case IObjectCreationOperation:
                case IInvocationOperation:
                    return TryGetDoubleCreation(operation, out var created) && !created.IsPartial && !IsWrapperType(operation.Type);
                case IPropertyReferenceOperation access when IsWrapperObjectProperty(access):
                    return access.Instance is { } wrapper && IsDoubleWrapper(wrapper, depth + 1, cancellationToken);
                case ILocalReferenceOperation local:
                    return AllDefinitions(local.Local, RootOf(local), depth, cancellationToken, static (model, v, d, ct) => model.Doubles.IsDoubleObject(v, d, ct));
                case IFieldReferenceOperation or IPropertyReferenceOperation when OperationQueries.SymbolOf(operation) is { ContainingType: { } type } member:
                    return MemberHolds(_memberHoldsDoubleObject, member, type, depth, cancellationToken, static (model, v, d, ct) => model.Doubles.IsDoubleObject(v, d, ct));
            }

            return false;
        }

        /// <summary>
        /// <see cref="AllDefinitions"/> of a field or property of <paramref name="type"/>, memoised per member: many tests of a class read the
        /// same field, and its definitions (constructor, setup) are the same for all of them.
        /// </summary>
        private bool MemberHolds(
            ConcurrentDictionary<ISymbol, bool> memo,
            ISymbol member,
            INamedTypeSymbol type,
            int depth,
            CancellationToken cancellationToken,
            Func<TestingModel, IOperation, int, CancellationToken, bool> predicate)
        {
            if (memo.TryGetValue(member, out var holds))
            {
                return holds;
            }

            var cutOffsBefore = t_depthCutOffs;
            holds = AllDefinitions(member, GetWritingRoots(member, type, cancellationToken), depth, cancellationToken, predicate);

            // A search the depth limit cut short is this path's answer, not the member's.
            if (t_depthCutOffs == cutOffsBefore)
            {
                memo.TryAdd(member, holds);
            }

            return holds;
        }

        private bool IsDoubleWrapper(IOperation value, int depth, CancellationToken cancellationToken)
        {
            var operation = OperationQueries.Unwrap(value);
            if (!IsWrapperType(operation.Type))
            {
                return false;
            }

            static bool NotPartial(TestingModel model, IOperation v, int d, CancellationToken ct) =>
                model.Doubles.TryGetDoubleCreation(OperationQueries.Unwrap(v), out var created) && !created.IsPartial;

            switch (operation)
            {
                case IObjectCreationOperation or IInvocationOperation:
                    return NotPartial(_model, operation, depth, cancellationToken);
                case ILocalReferenceOperation local:
                    return AllDefinitions(local.Local, RootOf(local), depth, cancellationToken, NotPartial);
                case IFieldReferenceOperation or IPropertyReferenceOperation when OperationQueries.SymbolOf(operation) is { ContainingType: { } type } member:
                    return MemberHolds(_memberHoldsDoubleWrapper, member, type, depth, cancellationToken, NotPartial);
            }

            return false;
        }

        internal static ImmutableArray<IOperation> RootOf(IOperation operation) => ImmutableArray.Create(TestBodies.RootOf(operation));

        /// <summary>
        /// True when <paramref name="symbol"/> is assigned at least once in <paramref name="roots"/> and every assignment satisfies
        /// <paramref name="predicate"/>; false when it is also written in a way the Model cannot follow (ref/out, compound, deconstruction).
        /// </summary>
        private bool AllDefinitions(
            ISymbol symbol,
            ImmutableArray<IOperation> roots,
            int depth,
            CancellationToken cancellationToken,
            Func<TestingModel, IOperation, int, CancellationToken, bool> predicate)
        {
            if (symbol is ILocalSymbol { IsRef: true })
            {
                return false;
            }

            var found = false;
            foreach (var root in roots)
            {
                foreach (var operation in root.DescendantsAndSelf())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    IOperation? definition = null;
                    switch (operation)
                    {
                        case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, symbol):
                            if (declarator.Initializer is null)
                            {
                                continue;
                            }

                            definition = declarator.Initializer.Value;
                            break;
                        case IFieldInitializerOperation fieldInitializer when Contains(fieldInitializer.InitializedFields, symbol):
                            definition = fieldInitializer.Value;
                            break;
                        case IPropertyInitializerOperation propertyInitializer when Contains(propertyInitializer.InitializedProperties, symbol):
                            definition = propertyInitializer.Value;
                            break;
                        case ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
                            when SymbolEqualityComparer.Default.Equals(OperationQueries.SymbolOf(operation), symbol) || IsSameMember(operation, symbol):
                            var outer = OperationQueries.SkipConversions(operation);
                            switch (outer.Parent)
                            {
                                case ISimpleAssignmentOperation assignment when assignment.Target == outer:
                                    definition = assignment.Value;
                                    break;
                                case ICompoundAssignmentOperation compound when compound.Target == outer:
                                case IIncrementOrDecrementOperation:
                                case IArgumentOperation { Parameter.RefKind: RefKind.Out or RefKind.Ref }:
                                case ITupleOperation:
                                case IDeclarationExpressionOperation:
                                    return false;
                                default:
                                    continue;
                            }

                            break;
                        default:
                            continue;
                    }

                    if (!predicate(_model, definition, depth + 1, cancellationToken))
                    {
                        return false;
                    }

                    found = true;
                }
            }

            return found;
        }

        private static bool Contains<T>(ImmutableArray<T> symbols, ISymbol symbol)
            where T : ISymbol
        {
            foreach (var candidate in symbols)
            {
                if (SymbolEqualityComparer.Default.Equals(candidate, symbol))
                {
                    return true;
                }
            }

            return false;
        }

        // A field or property written through another instance (other._repo = ...) still writes the member.
        private static bool IsSameMember(IOperation operation, ISymbol symbol) => operation switch
        {
            IFieldReferenceOperation field => SymbolEqualityComparer.Default.Equals(field.Field, symbol),
            IPropertyReferenceOperation property => SymbolEqualityComparer.Default.Equals(property.Property, symbol),
            _ => false,
        };
    }
}
