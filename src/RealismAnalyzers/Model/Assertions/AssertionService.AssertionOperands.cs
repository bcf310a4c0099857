using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class AssertionService
    {
        /// <summary>The value <paramref name="assertion"/> checks (the "actual"), or null when it is not an assertion or the Model cannot tell.</summary>
        public IOperation? GetAssertedValue(IInvocationOperation assertion) =>
            TryGetAssertionOperands(assertion, out var operands) ? operands.Actual : null;

        /// <summary>The value <paramref name="assertion"/> compares with (the "expected"), or null when there is none.</summary>
        public IOperation? GetExpectedValue(IInvocationOperation assertion) =>
            TryGetAssertionOperands(assertion, out var operands) ? operands.Expected : null;

        /// <summary>
        /// Splits an assertion into what it checks and against what, for every library: the frameworks' <c>Assert</c> classes
        /// (by parameter names: <c>expected</c>/<c>actual</c>/<c>condition</c>/…), NUnit's constraint model, the fluent chains of
        /// FluentAssertions/AwesomeAssertions (<c>x.Should().Be(y)</c>) and TUnit (<c>Assert.That(x).IsEqualTo(y)</c>), and Shouldly.
        /// </summary>
        public bool TryGetAssertionOperands(IInvocationOperation assertion, out AssertionOperands operands)
        {
            operands = default;
            var info = _model.Classify(assertion);
            if (info.Role != InvocationRole.Assertion)
            {
                return false;
            }

            var method = assertion.TargetMethod;
            var checkName = method.Name;
            var kind = info.Kind;
            IOperation? actual = null;
            IOperation? expected = null;
            ITypeSymbol? expectedType = null;
            bool? negated = null;

            var start = FindChainStart(assertion);
            if (start is not null && start.Arguments.Length > 0)
            {
                actual = start.Arguments[0].Value;
            }

            IOperation? constraint = null;
            foreach (var argument in assertion.Arguments)
            {
                var parameter = argument.Parameter;
                if (parameter is null)
                {
                    continue;
                }

                var value = argument.Value;
                if (IsConstraintParameter(parameter.Type))
                {
                    constraint = value;
                    continue;
                }

                switch (OperandRoleOf(parameter))
                {
                    case OperandRole.Expected:
                        expected ??= value;
                        continue;

                    case OperandRole.Actual:
                        if (start is null)
                        {
                            actual ??= value;
                        }

                        continue;
                }

                if (parameter.Ordinal == 0 && method.IsExtensionMethod && start is null)
                {
                    actual ??= value;
                }
                else if (OperationQueries.Unwrap(value) is ITypeOfOperation typeOf && OperationQueries.IsSystemTypeClass(parameter.Type))
                {
                    expectedType ??= typeOf.TypeOperand;
                }
            }

            if (constraint is not null && _model.Types.Classify(method.ContainingType) == KnownType.NUnitAssert)
            {
                ReadNUnitConstraint(constraint, ref checkName, ref expected, ref expectedType, out var constraintNegated);
                negated = constraintNegated;
                kind = checkName == method.Name ? info.Kind : TestingModel.KindFromName(checkName);
            }

            if (expectedType is null && kind == AssertionKind.Type)
            {
                expectedType = ExplicitTypeArgument(method);
            }

            operands = new AssertionOperands(actual, expected, kind, checkName, negated ?? AssertionOperands.IsNegatedName(checkName), expectedType);
            return true;
        }

        /// <summary>
        /// The call that starts the fluent chain <paramref name="assertion"/> belongs to (FluentAssertions <c>Should()</c>,
        /// TUnit <c>Assert.That(x)</c>), through earlier assertions and <c>.And</c>; null when the chain changes its subject
        /// (<c>.Which</c>, <c>.Subject</c>) or has no start.
        /// </summary>
        internal IInvocationOperation? FindChainStart(IInvocationOperation assertion)
        {
            var current = OperationQueries.Receiver(assertion);
            for (var depth = 0; depth < 32 && current is not null; depth++)
            {
                switch (current)
                {
                    case IInvocationOperation call:
                        var info = _model.Classify(call);
                        if (info.Role == InvocationRole.AssertionStart)
                        {
                            return call;
                        }

                        if (info.Role != InvocationRole.Assertion)
                        {
                            return null;
                        }

                        current = OperationQueries.Receiver(call);
                        break;

                    case IPropertyReferenceOperation { Property.Name: "And", Instance: { } instance }:
                        current = OperationQueries.Unwrap(instance);
                        break;

                    default:
                        return null;
                }
            }

            return null;
        }

        internal static bool IsConstraintParameter(ITypeSymbol type) =>
            type.Name == "IResolveConstraint" || (type.Name.EndsWith("Constraint", System.StringComparison.Ordinal) && KnownTypeCatalog.NamespaceOf(type).StartsWith("NUnit", System.StringComparison.Ordinal));

        /// <summary>
        /// Reads an NUnit constraint (<c>Is.Not.Null</c>, <c>Is.EqualTo(x).Within(1)</c>, <c>Has.Count.EqualTo(3)</c>, <c>Is.InstanceOf&lt;T&gt;()</c>):
        /// the first member after <c>Is</c>/<c>Has</c>/<c>Not</c> decides the check; the first <c>expected</c> argument in the chain is the expected value.
        /// Compound constraints (<c>.And</c>, <c>.Or</c>) are reported as <see cref="AssertionKind.Other"/>.
        /// </summary>
        private static void ReadNUnitConstraint(IOperation constraint, ref string checkName, ref IOperation? expected, ref ITypeSymbol? expectedType, out bool negated)
        {
            negated = false;
            string? decisive = null;
            IOperation? decisiveExpected = null;
            ITypeSymbol? decisiveType = null;
            var compound = false;

            // Walked outer → inner; the innermost meaningful member wins.
            var current = OperationQueries.Unwrap(constraint);
            for (var depth = 0; depth < 32 && MemberChainLink.TryRead(current, out var link); depth++)
            {
                var member = link.Member;
                var next = link.Next;
                var call = link.Call;

                switch (member.Name)
                {
                    case "Not":
                    case "No":
                        negated = !negated;
                        break;
                    case "And":
                    case "Or":
                        compound = true;
                        break;
                    default:
                        decisive = member.Name;
                        if (call is not null)
                        {
                            decisiveExpected = null;
                            foreach (var argument in call.Arguments)
                            {
                                if (argument.Parameter is { } parameter && (parameter.Name == "expected" || call.Arguments.Length == 1) && argument.ArgumentKind != ArgumentKind.ParamArray)
                                {
                                    decisiveExpected = argument.Value;
                                    break;
                                }
                            }

                            if (call.TargetMethod.TypeArguments.Length == 1)
                            {
                                decisiveType = call.TargetMethod.TypeArguments[0];
                            }
                            else
                            {
                                foreach (var argument in call.Arguments)
                                {
                                    if (OperationQueries.Unwrap(argument.Value) is ITypeOfOperation typeOf)
                                    {
                                        decisiveType = typeOf.TypeOperand;
                                    }
                                }
                            }

                            if (decisiveExpected is not null)
                            {
                                expected = decisiveExpected;
                            }
                        }

                        break;
                }

                if (next is null)
                {
                    break;
                }

                current = OperationQueries.Unwrap(next);
            }

            if (compound || decisive is null)
            {
                checkName = "Compound";
                expected = null;
                return;
            }

            checkName = decisive;
            expectedType ??= decisiveType;
        }

        /// <summary>A type argument given explicitly (not inferred from an argument): <c>T</c> of <c>IsType&lt;T&gt;(object)</c>.</summary>
        private static ITypeSymbol? ExplicitTypeArgument(IMethodSymbol method)
        {
            if (method.TypeArguments.IsDefaultOrEmpty)
            {
                return null;
            }

            var definition = method.OriginalDefinition;
            for (var i = 0; i < definition.TypeParameters.Length; i++)
            {
                var typeParameter = definition.TypeParameters[i];
                var inferred = false;
                foreach (var parameter in definition.Parameters)
                {
                    if (Mentions(parameter.Type, typeParameter, 0))
                    {
                        inferred = true;
                        break;
                    }
                }

                if (!inferred)
                {
                    return method.TypeArguments[i];
                }
            }

            return null;
        }

        private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol typeParameter, int depth)
        {
            if (depth > 8 || !StackGuard.IsSufficient())
            {
                return false;
            }

            switch (type)
            {
                case ITypeParameterSymbol parameter:
                    return SymbolEqualityComparer.Default.Equals(parameter, typeParameter);
                case IArrayTypeSymbol array:
                    return Mentions(array.ElementType, typeParameter, depth + 1);
                case INamedTypeSymbol named:
                    foreach (var argument in named.TypeArguments)
                    {
                        if (Mentions(argument, typeParameter, depth + 1))
                        {
                            return true;
                        }
                    }

                    return false;
            }

            return false;
        }

        /// <summary>Which side of a comparison an assertion parameter takes, by the names the assertion libraries give them.</summary>
        private enum OperandRole
        {
            None,
            Expected,
            Actual,
        }

        /// <summary>
        /// The side of the comparison <paramref name="parameter"/> of an assertion method takes: <c>expected</c>, <c>notExpected</c>, … or
        /// <c>actual</c>, <c>condition</c>, <c>collection</c>, …; <see cref="OperandRole.None"/> for every other parameter (a tolerance, a
        /// comparer, a message). The one table <see cref="TryGetAssertionOperands"/> and <see cref="HasComparisonModifier"/> read.
        /// </summary>
        private static OperandRole OperandRoleOf(IParameterSymbol parameter)
        {
            switch (parameter.Name)
            {
                case "expected":
                case "notExpected":
                case "unexpected":
                case "expectedValue":
                case "unexpectedValue":
                    return OperandRole.Expected;
                case "actual":
                case "condition":
                case "object":
                case "anObject":
                case "value":
                case "collection":
                case "actualString":
                case "actualValue":
                    return OperandRole.Actual;
                default:
                    return OperandRole.None;
            }
        }
    }
}
