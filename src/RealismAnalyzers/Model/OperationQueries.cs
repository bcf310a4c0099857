using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>Questions about operations and symbols that need nothing but the operation itself: no compilation, no cache of the Model.</summary>
    internal static partial class OperationQueries
    {
        /// <summary>True for <c>Task</c>, <c>ValueTask</c> and their generic forms; <paramref name="hasResult"/> for the generic ones.</summary>
        internal static bool IsTaskLike(ITypeSymbol type, out bool hasResult)
        {
            hasResult = false;
            if (type is not INamedTypeSymbol named || (named.Name != "Task" && named.Name != "ValueTask"))
            {
                return false;
            }

            if (KnownTypeCatalog.NamespaceOf(named) != "System.Threading.Tasks")
            {
                return false;
            }

            hasResult = named.IsGenericType;
            return true;
        }

        /// <summary>True when a body does not compile yet (syntax errors or unresolved operations): whole-test rules wait for it.</summary>
        internal static bool HasErrors(IOperation body)
        {
            if (body.Syntax.ContainsDiagnostics)
            {
                return true;
            }

            // Several whole-test rules ask about the same body (the driver hands every analyzer the same operations).
            return s_bodyHasErrors.GetValue(body, s_findErrors) == s_true;
        }

        private static readonly object s_true = new object();

        private static readonly object s_false = new object();

        private static readonly ConditionalWeakTable<IOperation, object> s_bodyHasErrors = new ConditionalWeakTable<IOperation, object>();

        private static readonly ConditionalWeakTable<IOperation, object>.CreateValueCallback s_findErrors = body => ContainsInvalidOperation(body) ? s_true : s_false;

        private static bool ContainsInvalidOperation(IOperation body)
        {
            foreach (var operation in body.Descendants())
            {
                if (operation is IInvalidOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="type"/> is the type <paramref name="name"/> of namespace <paramref name="ns"/>.</summary>
        internal static bool IsSystemType(ITypeSymbol? type, string name, string ns) =>
            type is not null && type.Name == name && KnownTypeCatalog.NamespaceOf(type) == ns;

        /// <summary>True when <paramref name="type"/> is <c>System.Type</c>.</summary>
        internal static bool IsSystemTypeClass(ITypeSymbol type) => type.SpecialType == SpecialType.None && IsSystemType(type, "Type", "System");

        /// <summary>The value a call is made on: the instance, or the <c>this</c> argument of an extension method.</summary>
        internal static IOperation? Receiver(IInvocationOperation invocation)
        {
            var receiver = invocation.Instance;
            if (receiver is null && invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0)
            {
                receiver = invocation.Arguments[0].Value;
            }

            return receiver is null ? null : Unwrap(receiver);
        }

        /// <summary>Strips implicit conversions and parentheses.</summary>
        internal static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        continue;
                    default:
                        return operation;
                }
            }
        }

        /// <summary>A type that <c>await</c> accepts: tasks, value tasks, and types with an instance <c>GetAwaiter()</c>.</summary>
        internal static bool IsAwaitable(ITypeSymbol? type)
        {
            if (type is null || type.SpecialType == SpecialType.System_Void)
            {
                return false;
            }

            if (OperationQueries.IsTaskLike(type, out _))
            {
                return true;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers("GetAwaiter"))
                {
                    if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 0 })
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// The end of the call chain <paramref name="operation"/> heads: the outermost call or property made on its result
        /// (<c>.WithMessage(...)</c>, <c>.And.IsPositive()</c>, <c>.ConfigureAwait(false)</c>), so that the caller sees where the value goes.
        /// </summary>
        internal static IOperation ChainEnd(IOperation operation)
        {
            var current = operation;
            for (var depth = 0; depth < 32 && ChainParent(current) is { } next; depth++)
            {
                current = next;
            }

            return current;
        }

        /// <summary>The call or property made directly on the result of <paramref name="operation"/>, or null.</summary>
        internal static IOperation? ChainParent(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IInvocationOperation call when call.Instance is { } instance && OperationQueries.Unwrap(instance) == operation:
                    return call;
                case IArgumentOperation { Parameter: { Ordinal: 0, ContainingSymbol: IMethodSymbol { IsExtensionMethod: true } }, Parent: IInvocationOperation extension }:
                    return extension;
                case IPropertyReferenceOperation property when property.Instance is { } propertyInstance && OperationQueries.Unwrap(propertyInstance) == operation:
                    return property;
            }

            return null;
        }

        /// <summary>The operation that receives <paramref name="operation"/>'s value, past conversions and parentheses.</summary>
        internal static IOperation? ValueConsumer(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            return parent;
        }

        /// <summary>The task itself when <paramref name="task"/> is <c>task.ConfigureAwait(...)</c> (conversions and parentheses skipped).</summary>
        internal static IOperation SkipConfigureAwait(IOperation task)
        {
            task = OperationQueries.Unwrap(task);
            return task is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured } configure &&
                OperationQueries.IsTaskLike(configure.TargetMethod.ContainingType, out _)
                ? OperationQueries.Unwrap(configured)
                : task;
        }

        /// <summary>The outermost operation of the same expression that is not a conversion or parenthesis.</summary>
        internal static IOperation SkipConversions(IOperation operation)
        {
            while (operation.Parent is IConversionOperation || operation.Parent is IParenthesizedOperation)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        /// <summary>The local, parameter, field or property an expression names (fields and properties only on <c>this</c>), or null.</summary>
        internal static ISymbol? SymbolOf(IOperation operation)
        {
            switch (OperationQueries.Unwrap(operation))
            {
                case ILocalReferenceOperation local:
                    return local.Local;
                case IParameterReferenceOperation parameter:
                    return parameter.Parameter;
                case IFieldReferenceOperation field when field.Instance is null || field.Instance is IInstanceReferenceOperation:
                    return field.Field;
                case IPropertyReferenceOperation property when property.Arguments.IsEmpty && (property.Instance is null || property.Instance is IInstanceReferenceOperation):
                    return property.Property;
            }

            return null;
        }

        /// <summary>
        /// A call that hands back or completes a task failed with an exception: <c>Task.FromException</c>, <c>ValueTask.FromException</c>,
        /// <c>TaskCompletionSource.SetException</c>/<c>TrySetException</c>; with <paramref name="canceledToo"/>, also <c>FromCanceled</c>.
        /// </summary>
        internal static bool FaultsATask(IInvocationOperation call, bool canceledToo = false)
        {
            switch (call.TargetMethod.Name)
            {
                case "FromException":
                case "SetException":
                case "TrySetException":
                    break;
                case "FromCanceled" when canceledToo:
                    break;
                default:
                    return false;
            }

            return KnownTypeCatalog.NamespaceOf(call.TargetMethod.ContainingType) == "System.Threading.Tasks";
        }

        /// <summary>
        /// The exception a task is created failed with: <c>x</c> of <c>Task.FromException(x)</c>, <c>ValueTask.FromException(x)</c> or
        /// <c>new ValueTask(Task.FromException(x))</c>; null for anything else.
        /// </summary>
        internal static IOperation? TaskFaultedWith(IOperation operation)
        {
            operation = Unwrap(operation);
            if (operation is IObjectCreationOperation { Arguments.Length: 1, Type: { } wrapped } wrapper && IsTaskLike(wrapped, out _))
            {
                operation = Unwrap(wrapper.Arguments[0].Value);
            }

            return operation is IInvocationOperation { TargetMethod.Name: "FromException", Arguments.Length: 1 } fromException && FaultsATask(fromException)
                ? Unwrap(fromException.Arguments[0].Value)
                : null;
        }
    }
}
