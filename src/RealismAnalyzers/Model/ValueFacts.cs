using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>Facts about values that hold before a line runs, decided on operations and symbols (never on text).</summary>
    internal static class ValueFacts
    {
        /// <summary>
        /// True when <paramref name="left"/> and <paramref name="right"/> are the same side-effect-free expression:
        /// the same local, parameter, <c>this</c>, constant, or field of the same instance. Properties and calls may change
        /// between two reads, so they never count as the same.
        /// </summary>
        public static bool IsSameValue(IOperation left, IOperation right, bool allowProperties = false)
        {
            left = OperationQueries.Unwrap(left);
            right = OperationQueries.Unwrap(right);
            for (var depth = 0; depth < 16; depth++)
            {
                switch (left)
                {
                    case ILocalReferenceOperation l when right is ILocalReferenceOperation r:
                        return SymbolEqualityComparer.Default.Equals(l.Local, r.Local);
                    case IParameterReferenceOperation l when right is IParameterReferenceOperation r:
                        return SymbolEqualityComparer.Default.Equals(l.Parameter, r.Parameter);
                    case IInstanceReferenceOperation when right is IInstanceReferenceOperation:
                        return true;
                    case IFieldReferenceOperation l when right is IFieldReferenceOperation r:
                        if (!SymbolEqualityComparer.Default.Equals(l.Field, r.Field))
                        {
                            return false;
                        }

                        if (l.Instance is null || r.Instance is null)
                        {
                            return l.Instance is null && r.Instance is null;
                        }

                        left = OperationQueries.Unwrap(l.Instance);
                        right = OperationQueries.Unwrap(r.Instance);
                        continue;
                    case IPropertyReferenceOperation l when allowProperties && right is IPropertyReferenceOperation r && l.Arguments.IsEmpty && r.Arguments.IsEmpty:
                        if (!SymbolEqualityComparer.Default.Equals(l.Property, r.Property))
                        {
                            return false;
                        }

                        if (l.Instance is null || r.Instance is null)
                        {
                            return l.Instance is null && r.Instance is null;
                        }

                        left = OperationQueries.Unwrap(l.Instance);
                        right = OperationQueries.Unwrap(r.Instance);
                        continue;
                }

                return false;
            }

            return false;
        }

        /// <summary>A literal or constant value (after the conversions the compiler applied).</summary>
        public static bool IsConstant(IOperation operation, out object? value)
        {
            var constant = operation.ConstantValue;
            value = constant.HasValue ? constant.Value : null;
            return constant.HasValue;
        }

        /// <summary>
        /// True when <paramref name="operation"/> can never be null: an object, array or anonymous creation, <c>typeof</c>,
        /// <c>nameof</c>, a string literal, an interpolated string, a lambda, a value of a non-nullable value type, or a local
        /// that <paramref name="scope"/> only ever assigns such values.
        /// </summary>
        public static bool IsNeverNull(IOperation operation, IOperation? scope, CancellationToken cancellationToken)
        {
            var value = OperationQueries.Unwrap(operation);
            if (value.Type is { IsValueType: true } valueType && valueType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T && valueType.TypeKind != TypeKind.TypeParameter)
            {
                return true;
            }

            if (IsCreation(value) || IsStateMachineResult(value))
            {
                return true;
            }

            return value is ILocalReferenceOperation local && scope is not null &&
                IsOnlyAssigned(local.Local, scope, static v => IsCreation(v) || IsStateMachineResult(v), cancellationToken);
        }

        /// <summary>
        /// True when <paramref name="operation"/> is a call of a method the compiler turned into a state machine — an <c>async</c> method
        /// returning <c>Task</c>/<c>Task&lt;T&gt;</c>, an iterator, an async iterator — that no override can replace: the state machine
        /// always hands back its task or sequence, so the result is never null (<c>Assert.NotNull(storage.StoreAsync(…))</c>, the task
        /// not even awaited). Known from the <c>async</c> modifier or the <c>yield</c> of a method in source, and from the compiler's
        /// <c>[AsyncStateMachine]</c>/<c>[IteratorStateMachine]</c> marks on a compiled one; a method that only returns some task is not.
        /// </summary>
        public static bool IsStateMachineResult(IOperation operation)
        {
            if (OperationQueries.Unwrap(operation) is not IInvocationOperation { TargetMethod: var method } || method.ReturnsVoid ||
                !method.ReturnType.IsReferenceType)
            {
                return false;
            }

            method = method.ReducedFrom ?? method;
            if ((method.IsAbstract || method.IsVirtual || method.IsOverride) && !method.IsSealed && method.ContainingType is not { IsSealed: true })
            {
                return false; // an override (or an implementation of the interface) may return anything, null included
            }

            if (method.IsAsync || IsIteratorInSource(method))
            {
                return true;
            }

            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is { } mark && (OperationQueries.IsSystemType(mark, "AsyncStateMachineAttribute", CompilerServices) ||
                    OperationQueries.IsSystemType(mark, "IteratorStateMachineAttribute", CompilerServices) ||
                    OperationQueries.IsSystemType(mark, "AsyncIteratorStateMachineAttribute", CompilerServices)))
                {
                    return true;
                }
            }

            return false;
        }

        private const string CompilerServices = "System.Runtime.CompilerServices";

        /// <summary>A method declared in source whose own body (not a lambda's or local function's) has a <c>yield</c>.</summary>
        private static bool IsIteratorInSource(IMethodSymbol method)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var declaration = reference.GetSyntax();
                foreach (var node in declaration.DescendantNodes(static n => n is not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax))
                {
                    if (node is YieldStatementSyntax)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Creates a new non-null value: <c>new T(...)</c>, array, anonymous object, <c>typeof</c>, <c>nameof</c>, string literal, lambda.</summary>
        public static bool IsCreation(IOperation operation)
        {
            operation = OperationQueries.Unwrap(operation);
            switch (operation)
            {
                case IObjectCreationOperation:
                case IAnonymousObjectCreationOperation:
                case IArrayCreationOperation:
                case ITypeOfOperation:
                case INameOfOperation:
                case IInterpolatedStringOperation:
                case IAnonymousFunctionOperation:
                case IDelegateCreationOperation:
                    return true;
            }

            return operation.ConstantValue is { HasValue: true, Value: string };
        }

        /// <summary>A collection literal with at least one element: array, collection initializer or collection expression.</summary>
        public static bool IsNonEmptyLiteral(IOperation operation)
        {
            operation = OperationQueries.Unwrap(operation);
            switch (operation)
            {
                case IArrayCreationOperation { Initializer: { ElementValues.Length: > 0 } }:
                    return true;
                case IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation initializer }:
                    foreach (var element in initializer.Initializers)
                    {
                        if (element is IInvocationOperation || element is IDynamicInvocationOperation)
                        {
                            return true;
                        }
                    }

                    return false;
            }

            // Collection expressions have no dedicated operation in Roslyn 4.8: their syntax says how many elements they list.
            return operation.Syntax is CollectionExpressionSyntax { Elements.Count: > 0 };
        }

        /// <summary>
        /// True when every write to <paramref name="local"/> inside <paramref name="scope"/> (its declaration included) assigns a value
        /// that satisfies <paramref name="predicate"/>, and nothing writes it by reference (<c>ref</c>/<c>out</c> arguments, deconstruction).
        /// </summary>
        public static bool IsOnlyAssigned(ILocalSymbol local, IOperation scope, Func<IOperation, bool> predicate, CancellationToken cancellationToken)
        {
            if (local.IsRef)
            {
                return false;
            }

            var assigned = false;
            foreach (var node in scope.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (node)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                        if (initializer is null)
                        {
                            // Declared without a value (or by a pattern, foreach, using): not a plain creation.
                            if (declarator.Parent is not IVariableDeclarationOperation)
                            {
                                return false;
                            }

                            break;
                        }

                        if (!predicate(initializer.Value))
                        {
                            return false;
                        }

                        assigned = true;
                        break;

                    case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local):
                        if (reference.IsDeclaration)
                        {
                            // out var / pattern / deconstruction declarations.
                            return false;
                        }

                        switch (reference.Parent)
                        {
                            case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                                if (!predicate(assignment.Value))
                                {
                                    return false;
                                }

                                assigned = true;
                                break;
                            case IAssignmentOperation assignment when assignment.Target == reference:
                            case IIncrementOrDecrementOperation:
                            case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                            case ITupleOperation:
                                return false;
                        }

                        break;
                }
            }

            return assigned;
        }

        /// <summary>The symbol a value reads (local, parameter, field, property), through conversions; null for anything else.</summary>
        public static ISymbol? ReferencedSymbol(IOperation operation)
        {
            switch (OperationQueries.Unwrap(operation))
            {
                case ILocalReferenceOperation local: return local.Local;
                case IParameterReferenceOperation parameter: return parameter.Parameter;
                case IFieldReferenceOperation field: return field.Field;
                case IPropertyReferenceOperation property: return property.Property;
            }

            return null;
        }
    }
}
