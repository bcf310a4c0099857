using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class AssertionService
    {
        /// <summary>
        /// True when the comparison an assertion makes is changed by something the library applies: a tolerance, precision,
        /// comparer or option passed to it (xUnit <c>Assert.Equal(a, b, precision)</c>, MSTest <c>AreEqual(a, b, delta)</c>,
        /// FluentAssertions <c>BeApproximately(e, precision)</c>, Shouldly <c>ShouldBe(e, tolerance)</c>), a modifier of an NUnit
        /// constraint (<c>Is.EqualTo(e).Within(0.1)</c>, <c>.Using(comparer)</c>, <c>.IgnoreCase</c>), or a call made on the
        /// assertion itself (TUnit <c>IsEqualTo(e).Within(t)</c>). Then the library's rules decide the outcome, not plain equality.
        /// Messages and caller-expression texts do not count.
        /// </summary>
        public bool HasComparisonModifier(IInvocationOperation assertion)
        {
            foreach (var argument in assertion.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Parameter is not { } parameter || IsAssertionMessageParameter(parameter))
                {
                    continue;
                }

                if (IsConstraintParameter(parameter.Type))
                {
                    if (HasConstraintModifier(argument.Value))
                    {
                        return true;
                    }

                    continue;
                }

                if (OperandRoleOf(parameter) != OperandRole.None)
                {
                    continue;
                }

                if (parameter.Ordinal == 0 && assertion.TargetMethod.IsExtensionMethod)
                {
                    continue; // The subject of an extension assertion (Shouldly's actual, FluentAssertions' assertions object).
                }

                // Texts (messages, [CallerArgumentExpression] parameters) and message arguments do not change the comparison.
                if (parameter.Type.SpecialType == SpecialType.System_String ||
                    (parameter.IsParams && parameter.Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object }))
                {
                    continue;
                }

                return true;
            }

            // A call made on the assertion's own result (not through .And/.Or): TUnit's Within, WithComparer, IgnoringCase.
            return OperationQueries.ChainParent(assertion) is IInvocationOperation modifier && _model.Classify(modifier).Role == InvocationRole.Assertion;
        }

        /// <summary>True when an NUnit constraint has more than its deciding member: <c>Is.EqualTo(x).Within(1)</c>, <c>Is.EqualTo(s).IgnoreCase</c>.</summary>
        private static bool HasConstraintModifier(IOperation constraint)
        {
            var members = 0;
            var current = OperationQueries.Unwrap(constraint);
            for (var depth = 0; depth < 32 && MemberChainLink.TryRead(current, out var link); depth++)
            {
                switch (link.Member.Name)
                {
                    case "Not":
                    case "No":
                        break;
                    default:
                        members++;
                        break;
                }

                if (link.Next is null)
                {
                    break;
                }

                current = OperationQueries.Unwrap(link.Next);
            }

            return members > 1;
        }

        /// <summary>
        /// True when <paramref name="value"/> reads a constant the product declares (a <c>const</c> field or enum member of a production
        /// assembly, or of non-test code of this compilation): comparing it with a literal pins the product's value, which a change in
        /// the product breaks, unlike comparing two literals. <paramref name="production"/> says what the product is (<c>realism.production_assemblies</c>).
        /// </summary>
        public bool IsProductConstant(IOperation value, ProductionScope production, CancellationToken cancellationToken)
        {
            if (OperationQueries.Unwrap(value) is not IFieldReferenceOperation { Field: { IsConst: true } field })
            {
                return false;
            }

            if (!production.IsProductionMember(field))
            {
                return false;
            }

            return !SymbolEqualityComparer.Default.Equals(field.ContainingAssembly, _model.Compilation.Assembly) ||
                !_model.Tests.IsTestSideType(field.ContainingType, cancellationToken);
        }

        /// <summary>True when <paramref name="value"/> or any operand inside it reads a constant the product declares (<c>Limits.Max &gt; 10</c>).</summary>
        public bool ReadsProductConstant(IOperation value, ProductionScope production, CancellationToken cancellationToken)
        {
            foreach (var node in value.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is IFieldReferenceOperation && IsProductConstant(node, production, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when comparing a value of <paramref name="type"/> for equality runs the product's own code: the type (or a base type
        /// below <c>object</c>) declares <c>Equals</c>, in a production assembly or in non-test code of this compilation. Comparing such a
        /// value with itself tests that <c>Equals</c> (reflexivity), which can fail.
        /// </summary>
        public bool HasProductEquality(ITypeSymbol? type, ProductionScope production, CancellationToken cancellationToken)
        {
            var depth = 0;
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && depth < 32; current = current.BaseType, depth++)
            {
                if (current is not INamedTypeSymbol named || !production.IsProductionMember(named))
                {
                    continue;
                }

                if (SymbolEqualityComparer.Default.Equals(named.ContainingAssembly, _model.Compilation.Assembly) && _model.Tests.IsTestSideType(named, cancellationToken))
                {
                    continue;
                }

                foreach (var member in named.GetMembers("Equals"))
                {
                    if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 1 })
                    {
                        return true;
                    }
                }
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
    }
}
