using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Trivial
{
    /// <summary>RA1003: an assertion whose outcome is decided before it runs, so it always passes.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA1003AssertionCannotFail : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA1003AssertionCannotFail);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Assertions;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operationContext =>
                {
                    var invocation = (IInvocationOperation)operationContext.Operation;
                    if (!model.Assertions.TryGetAssertionOperands(invocation, out var operands) || operands.Actual is null)
                    {
                        return;
                    }

                    var production = model.Tests.GetProductionScope(operationContext.Options, invocation.Syntax.SyntaxTree);
                    var reason = WhyItCannotFail(model, invocation, operands, production, operationContext.CancellationToken);
                    if (reason is not null)
                    {
                        var properties = LeavesTestChecked(model, invocation, operationContext)
                            ? DiagnosticProperties.Removable
                            : ImmutableDictionary<string, string?>.Empty;
                        operationContext.ReportDiagnostic(Diagnostic.Create(Descriptors.RA1003AssertionCannotFail, invocation.Syntax.GetLocation(), properties, reason));
                    }
                },
                OperationKind.Invocation);
        }

        /// <summary>
        /// True when removing <paramref name="assertion"/> leaves its test checked on every path: the test's own block has another
        /// statement that is a check which can fail (an assertion, a verification, an asserting helper), and the test cannot return
        /// before it. Only then does the fix "remove the assertion" trade no finding for another (RA1001, RA1006).
        /// </summary>
        private static bool LeavesTestChecked(TestingModel model, IInvocationOperation assertion, OperationAnalysisContext context)
        {
            if (context.ContainingSymbol is not IMethodSymbol method || !model.Tests.IsTestMethod(method))
            {
                return false;
            }

            var root = TestBodies.RootOf(assertion);
            if (TestBodies.BlockOf(root) is not { } block)
            {
                return false;
            }

            var conventions = model.Assertions.GetConventions(context.Options, assertion.Syntax.SyntaxTree);
            foreach (var statement in block.Operations)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var value = statement is IExpressionStatementOperation expression ? expression.Operation : null;
                if (value is IAwaitOperation awaited)
                {
                    value = awaited.Operation;
                }

                if (value is not IInvocationOperation call || statement.Syntax.Span.Contains(assertion.Syntax.Span))
                {
                    continue;
                }

                if (!model.Classify(call, conventions).IsCheck && !model.Assertions.MethodAsserts(call.TargetMethod, conventions, context.CancellationToken))
                {
                    continue;
                }

                if (model.Assertions.TryGetAssertionOperands(call, out var operands) && operands.Actual is not null &&
                    WhyItCannotFail(model, call, operands, model.Tests.GetProductionScope(context.Options, call.Syntax.SyntaxTree), context.CancellationToken) is not null)
                {
                    continue;
                }

                return !ControlFlowShape.CanLeaveBefore(root.Syntax, statement.Syntax.SpanStart);
            }

            return false;
        }

        private static string? WhyItCannotFail(TestingModel model, IInvocationOperation invocation, AssertionOperands operands, ProductionScope production, System.Threading.CancellationToken cancellationToken)
        {
            var actual = operands.Actual!;
            var value = OperationQueries.Unwrap(actual);
            switch (operands.Kind)
            {
                case AssertionKind.Boolean:
                    // A condition over the product's constants (Limits.Max > int.MaxValue) pins them: a change in the product fails it.
                    if (operands.ExpectedBoolean is { } demanded && actual.ConstantValue is { HasValue: true, Value: bool constant } && constant == demanded &&
                        !model.Assertions.ReadsProductConstant(actual, production, cancellationToken))
                    {
                        return constant ? "it checks the constant 'true'" : "it checks the constant 'false'";
                    }

                    return null;

                case AssertionKind.Equality:
                    if (operands.Expected is not { } expected)
                    {
                        return null;
                    }

                    // A tolerance, comparer or option hands the outcome to the library's own rules.
                    if (model.Assertions.HasComparisonModifier(invocation))
                    {
                        return null;
                    }

                    if (ConstantOf(actual, out var left) && ConstantOf(expected, out var right) &&
                        !model.Assertions.IsProductConstant(actual, production, cancellationToken) && !model.Assertions.IsProductConstant(expected, production, cancellationToken))
                    {
                        // Constants of different types (1 and 1L) compare by library rules the Model does not know, and so do
                        // NaN and the infinities (IEEE equality says NaN != NaN; libraries decide for themselves).
                        if (left is null || right is null ? left is not null || right is not null : left.GetType() != right.GetType())
                        {
                            return null;
                        }

                        if (IsSpecialFloatingValue(left) || IsSpecialFloatingValue(right))
                        {
                            return null;
                        }

                        var equal = Equals(left, right);
                        return equal != operands.IsNegated ? "it compares two constants" : null;
                    }

                    // Equality (not identity) of a value with itself runs the product's Equals when it declares one: that is a test of it.
                    if (!operands.IsNegated && ValueFacts.IsSameValue(actual, expected) &&
                        (operands.CheckName.IndexOf("Same", System.StringComparison.Ordinal) >= 0 || !model.Assertions.HasProductEquality(DeclaredType(OperationQueries.Unwrap(expected)), production, cancellationToken)))
                    {
                        return "both sides are the same expression";
                    }

                    return null;

                case AssertionKind.Null:
                    if (!operands.IsNegated)
                    {
                        return null;
                    }

                    var scope = TestBodies.RootOf(invocation);
                    if (operands.IsDefaultCheck)
                    {
                        var isNewReference = value.Type is { IsReferenceType: true } && (ValueFacts.IsCreation(value) ||
                            (value is ILocalReferenceOperation local && ValueFacts.IsOnlyAssigned(local.Local, scope, ValueFacts.IsCreation, cancellationToken)));
                        return isNewReference ? $"'{value.Syntax}' is never the default value" : null;
                    }

                    return ValueFacts.IsNeverNull(value, scope, cancellationToken) ? $"'{value.Syntax}' can never be null" : null;

                case AssertionKind.Type:
                    if (operands.IsNegated || operands.ExpectedType is not { } expectedType || expectedType.TypeKind == TypeKind.Error)
                    {
                        return null;
                    }

                    // A null reference fails every type check: the static type guarantees the outcome only for a value that is never null.
                    if (value.Type is { IsReferenceType: true } && !ValueFacts.IsNeverNull(value, TestBodies.RootOf(invocation), cancellationToken))
                    {
                        return null;
                    }

                    return StaticTypeGuarantees(model, value, expectedType, operands.IsExactTypeCheck)
                        ? $"the static type of '{value.Syntax}' already guarantees '{expectedType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}'"
                        : null;
            }

            return null;
        }

        private static bool StaticTypeGuarantees(TestingModel model, IOperation value, ITypeSymbol expectedType, bool exact)
        {
            var type = DeclaredType(value);
            if (type is null || type.TypeKind == TypeKind.Error || type.TypeKind == TypeKind.TypeParameter || type.TypeKind == TypeKind.Dynamic ||
                type.SpecialType == SpecialType.System_Object || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
            {
                return false;
            }

            // A value that may be null fails a type check; only a type that does not admit null guarantees the outcome.
            if (!type.IsValueType && type.NullableAnnotation == NullableAnnotation.Annotated)
            {
                return false;
            }

            if (exact)
            {
                return SymbolEqualityComparer.Default.Equals(type, expectedType) && (type.IsSealed || type.IsValueType);
            }

            var conversion = model.Compilation.ClassifyCommonConversion(type, expectedType);
            // Identity, reference or boxing: the value itself is already of that type.
            return conversion.Exists && conversion.IsImplicit && !conversion.IsNumeric && !conversion.IsUserDefined && !conversion.IsNullable;
        }

        /// <summary>The constant an argument passes, looking through boxing (<c>object expected</c> parameters).</summary>
        private static bool ConstantOf(IOperation operation, out object? value)
        {
            if (ValueFacts.IsConstant(operation, out value))
            {
                return true;
            }

            return ValueFacts.IsConstant(OperationQueries.Unwrap(operation), out value);
        }

        /// <summary>The declared type of what a value reads: flow analysis may narrow a nullable local after an earlier assertion.</summary>
        private static ITypeSymbol? DeclaredType(IOperation value) => value switch
        {
            ILocalReferenceOperation local => local.Local.Type,
            IParameterReferenceOperation parameter => parameter.Parameter.Type,
            IFieldReferenceOperation field => field.Field.Type,
            IPropertyReferenceOperation property => property.Property.Type,
            IInvocationOperation invocation => invocation.TargetMethod.ReturnType,
            _ => value.Type,
        };

        /// <summary>True for the floating-point values whose equality the libraries define themselves: NaN and the infinities.</summary>
        private static bool IsSpecialFloatingValue(object? value) => value switch
        {
            double d => double.IsNaN(d) || double.IsInfinity(d),
            float f => float.IsNaN(f) || float.IsInfinity(f),
            _ => false,
        };
    }
}
