using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>What an assertion says about a value's outcome (RA3005).</summary>
    internal enum OutcomeCheck
    {
        None = 0,
        IsTrue,
        IsFalse,
        IsNull,
        IsNotNull,
    }

    /// <summary>Questions of the failure-path rules (RA3xxx): failing configurations, expected exceptions, outcomes, data rows.</summary>
    internal sealed partial class FailureSetupService
    {
        /// <summary>How many levels of nested lambdas and wrapped tasks a failure value is looked for in (<c>() => () => throw …</c>).</summary>
        internal const int MaxValueNesting = 4;

        // ---------------------------------------------------------------- doubles that fail

        /// <summary>
        /// True when <paramref name="invocation"/> configures a double to fail: throw (sync or async), return a faulted
        /// task, return through a delegate that throws, or return a failure value (<c>false</c>, <c>null</c>).
        /// <paramref name="configuration"/> names the doubled type when the Model can tell.
        /// </summary>
        public bool IsFailingConfiguration(IInvocationOperation invocation, out DoubleConfiguration configuration)
        {
            if (!_model.Doubles.TryGetDoubleConfiguration(invocation, out configuration))
            {
                return false;
            }

            if (configuration.IsFailure)
            {
                return true;
            }

            if (configuration.Kind != ConfigurationKind.Returns)
            {
                return false;
            }

            // NSubstitute ReturnsNull(), ReturnsNullForAnyArgs(): the member answers "nothing found".
            var name = invocation.TargetMethod.Name;
            if (name == "ReturnsNull" || name == "ReturnsNullForAnyArgs")
            {
                return true;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.IsThis == true || argument.Parameter?.Ordinal != (invocation.TargetMethod.IsExtensionMethod ? 1 : 0))
                {
                    continue;
                }

                if (IsFailureValue(argument.Value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A value that reports failure: the constant <c>false</c>, <c>null</c>/<c>default</c> of a reference type, a result-like type's
        /// failure factory (<c>Result.Fail(...)</c>), a task of one of these, or a delegate returning one.
        /// </summary>
        private static bool IsFailureValue(IOperation value) => IsFailureValue(value, 0);

        private static bool IsFailureValue(IOperation value, int depth)
        {
            // Nested lambdas and wrapped tasks are followed a few levels down the tree, no further.
            if (depth > MaxValueNesting || !StackGuard.IsSufficient())
            {
                return false;
            }

            if (DoubleService.AsLambda(value) is { } lambda)
            {
                foreach (var statement in lambda.Body.Operations)
                {
                    if (statement is IReturnOperation { ReturnedValue: { } returned } && IsFailureValue(returned, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            var operation = OperationQueries.Unwrap(value);
            if (operation.ConstantValue is { HasValue: true } constant)
            {
                return constant.Value is false || (constant.Value is null && operation.Type is not { IsValueType: true });
            }

            // ReturnsAsync(false) / Returns(Task.FromResult(false)) / Returns(Task.FromResult<Customer?>(null)).
            if (operation is IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } fromResult &&
                KnownTypeCatalog.NamespaceOf(fromResult.TargetMethod.ContainingType) == "System.Threading.Tasks")
            {
                return IsFailureValue(fromResult.Arguments[0].Value, depth + 1);
            }

            // A result-like type's failure factory: PaymentResult.Failed("declined"), Result.Fail(...), Result.Error(...).
            if (operation is IInvocationOperation { TargetMethod: { IsStatic: true } factory } &&
                (factory.Name.IndexOf("Fail", StringComparison.Ordinal) >= 0 || factory.Name.IndexOf("Error", StringComparison.Ordinal) >= 0) &&
                IsResultLike(factory.ReturnType))
            {
                return true;
            }

            return operation is IDefaultValueOperation { Type: { IsValueType: false } };
        }

        // ---------------------------------------------------------------- data types

        /// <summary>
        /// True for types whose instances carry data rather than behaviour (<see cref="GetDataTypeKind"/>), and for any
        /// enumerable type of <c>System.Collections</c>: RA2003's domain, so RA3001 leaves them to it.
        /// </summary>
        public static bool IsDataType(ITypeSymbol type) =>
            DoubleService.GetDataTypeKind(type) != DataTypeKind.None || (type is INamedTypeSymbol named && IsBclCollection(named));

        private static bool IsBclCollection(INamedTypeSymbol type)
        {
            var ns = KnownTypeCatalog.NamespaceOf(type);
            if (!ns.StartsWith("System.Collections", StringComparison.Ordinal))
            {
                return false;
            }

            if (type.SpecialType == SpecialType.System_Collections_IEnumerable || type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return true;
            }

            foreach (var @interface in type.AllInterfaces)
            {
                if (@interface.SpecialType == SpecialType.System_Collections_IEnumerable)
                {
                    return true;
                }
            }

            return false;
        }

        internal static bool IsObjectOverride(IMethodSymbol method) =>
            method.IsOverride && (method.Name == "ToString" || method.Name == "Equals" || method.Name == "GetHashCode");

        /// <summary>
        /// True for a doubled type that has nothing a test could make fail (properties only) or whose failure is no path of
        /// the product (loggers): RA3001 does not ask for a failing double of those.
        /// </summary>
        public static bool HasNoFailurePath(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Delegate)
            {
                return false;
            }

            var ns = KnownTypeCatalog.NamespaceOf(named);
            if (ns == "Microsoft.Extensions.Logging" && (named.Name == "ILogger" || named.Name == "ILoggerFactory" || named.Name == "ILoggerProvider"))
            {
                return true;
            }

            if (HasBehaviour(named))
            {
                return false;
            }

            foreach (var @interface in named.AllInterfaces)
            {
                if (HasBehaviour(@interface))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasBehaviour(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } method && !IsObjectOverride(method))
                {
                    return true;
                }
            }

            return false;
        }

        // ---------------------------------------------------------------- expected exceptions

        /// <summary>
        /// True when <paramref name="invocation"/> asserts that code throws and the Model can read what it expects:
        /// <paramref name="exceptionType"/> is the expected type, or null when the assertion accepts any exception
        /// (NUnit <c>Assert.Catch(...)</c> without a type, <c>Throws.Exception</c>, TUnit <c>ThrowsException()</c>) or names its type
        /// only by a constraint member (NUnit <c>Throws.ArgumentException</c>). NUnit constraints are read through their whole chain
        /// (<c>Throws.Exception.With.Message…</c>, <c>Throws.TypeOf&lt;T&gt;().And…</c>). Whether derived types pass: <see cref="TryGetExceptionExpectation"/>.
        /// </summary>
        public bool TryGetExpectedException(IInvocationOperation invocation, out ITypeSymbol? exceptionType)
        {
            exceptionType = null;
            var info = _model.Classify(invocation);
            if (info.Role != InvocationRole.Assertion || info.Kind != AssertionKind.Throws)
            {
                return false;
            }

            var method = invocation.TargetMethod;
            var name = method.Name;
            // A "does not throw" check expects nothing; With… continues an expectation read from the assertion it follows.
            if (AssertionOperands.ExpectsNoThrow(name) || name.StartsWith("With", StringComparison.Ordinal))
            {
                return false;
            }

            if (info.Library == TestLibrary.NUnit && name.StartsWith("That", StringComparison.Ordinal))
            {
                if (!TryReadNUnitThrowsConstraint(invocation, out var expectation, out _))
                {
                    return false;
                }

                exceptionType = expectation.Type;
                return true;
            }

            foreach (var typeArgument in method.TypeArguments)
            {
                if (IsException(typeArgument))
                {
                    exceptionType = typeArgument;
                    return true;
                }
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type is { Name: "Type" } parameterType && KnownTypeCatalog.NamespaceOf(parameterType) == "System")
                {
                    // Throws(typeof(X), …) names the type; Throws(someType, …) cannot be read.
                    if (OperationQueries.Unwrap(argument.Value) is ITypeOfOperation typeOf)
                    {
                        exceptionType = typeOf.TypeOperand;
                        return true;
                    }

                    return false;
                }
            }

            // Untyped forms accept any exception: NUnit Assert.Catch(del)/CatchAsync(del), TUnit ThrowsException(),
            // TUnit Assert.ThrowsAsync(del) (no type argument that is an exception reached this point).
            if (name.StartsWith("Catch", StringComparison.Ordinal) || name == "ThrowsException" ||
                (info.Library == TestLibrary.TUnit && (name == "Throws" || name == "ThrowsAsync")))
            {
                return true;
            }

            return false;
        }

        /// <summary>True for <c>System.Exception</c> and <c>System.SystemException</c> themselves: expecting them accepts almost any failure.</summary>
        public static bool IsBroadException(ITypeSymbol type) =>
            (type.Name == "Exception" || type.Name == "SystemException") && KnownTypeCatalog.NamespaceOf(type) == "System" && type is INamedTypeSymbol { IsGenericType: false };

        /// <summary>True when <paramref name="type"/> is <c>System.Exception</c> or derives from it (type parameters by their constraints).</summary>
        public static bool IsException(ITypeSymbol type) => IsException(type, 0);

        private static bool IsException(ITypeSymbol type, int nesting)
        {
            if (type is ITypeParameterSymbol parameter)
            {
                // Constraints may name other type parameters (where T : U); broken code may even make them circular.
                if (nesting > 8 || !StackGuard.IsSufficient())
                {
                    return false;
                }

                foreach (var constraint in parameter.ConstraintTypes)
                {
                    if (IsException(constraint, nesting + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            var depth = 0;
            for (var current = type; current is not null && depth < 32; current = current.BaseType, depth++)
            {
                if (current.Name == "Exception" && KnownTypeCatalog.NamespaceOf(current) == "System")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The <c>[ExpectedException]</c> attribute of a method (MSTest, or NUnit 2 style in any namespace) and the type it names, if any.</summary>
        public bool TryGetExpectedExceptionAttribute(IMethodSymbol method, out AttributeData? attribute, out ITypeSymbol? exceptionType)
        {
            attribute = null;
            exceptionType = null;
            foreach (var candidate in method.GetAttributes())
            {
                if ((_model.Attributes.Classify(candidate.AttributeClass).Role & AttributeRole.ExpectedException) == 0)
                {
                    continue;
                }

                attribute = candidate;
                foreach (var argument in candidate.ConstructorArguments)
                {
                    if (argument.Kind == TypedConstantKind.Type && argument.Value is ITypeSymbol type)
                    {
                        exceptionType = type;
                        break;
                    }
                }

                if (exceptionType is null)
                {
                    foreach (var named in candidate.NamedArguments)
                    {
                        if (named.Value.Kind == TypedConstantKind.Type && named.Value.Value is ITypeSymbol type)
                        {
                            exceptionType = type;
                            break;
                        }
                    }
                }

                return true;
            }

            return false;
        }

        // ---------------------------------------------------------------- outcomes (RA3005)

        /// <summary>
        /// True when <paramref name="invocation"/> asserts that a value is true, false, null or not null;
        /// <paramref name="subject"/> is the checked value (conversions stripped).
        /// Covers the frameworks' assertions, NUnit <c>Is.True/False/Null/Not.Null</c>, FluentAssertions/AwesomeAssertions
        /// <c>Should().BeTrue()</c>…, Shouldly <c>ShouldBeTrue()</c>…, TUnit <c>Assert.That(x).IsTrue()</c>….
        /// </summary>
        public bool TryGetOutcomeCheck(IInvocationOperation invocation, out IOperation? subject, out OutcomeCheck check)
        {
            subject = null;
            check = OutcomeCheck.None;
            var info = _model.Classify(invocation);
            if (info.Role != InvocationRole.Assertion)
            {
                return false;
            }

            var name = invocation.TargetMethod.Name;
            if (info.Library == TestLibrary.NUnit && (name == "That" || name == "ThatAsync"))
            {
                if (invocation.Arguments.Length == 0)
                {
                    return false;
                }

                subject = OperationQueries.Unwrap(invocation.Arguments[0].Value);
                check = invocation.Arguments.Length == 1 || invocation.Arguments[1].Parameter?.Type.SpecialType == SpecialType.System_String
                    ? (subject.Type?.SpecialType == SpecialType.System_Boolean ? OutcomeCheck.IsTrue : OutcomeCheck.None)
                    : NUnitConstraintCheck(OperationQueries.Unwrap(invocation.Arguments[1].Value));
                return check != OutcomeCheck.None;
            }

            check = CheckFromName(name);
            if (check == OutcomeCheck.None)
            {
                return false;
            }

            // Chains: the value is the argument of the call that started it (Should(x), Assert.That(x)).
            var receiver = invocation.TargetMethod.IsExtensionMethod && info.Library == TestLibrary.Shouldly ? null : OperationQueries.Receiver(invocation);
            for (var depth = 0; receiver is IInvocationOperation start && depth < 8; depth++)
            {
                if (_model.Classify(start).Role == InvocationRole.AssertionStart)
                {
                    subject = start.Arguments.Length > 0 ? OperationQueries.Unwrap(start.Arguments[0].Value) : null;
                    return subject is not null;
                }

                receiver = OperationQueries.Receiver(start);
            }

            if (invocation.Instance is not null || invocation.Arguments.Length == 0)
            {
                return false;
            }

            // Static assertions (Assert.True(x), Assert.IsNotNull(x)) and Shouldly's x.ShouldBeTrue(): the first argument.
            subject = OperationQueries.Unwrap(invocation.Arguments[0].Value);
            return true;
        }

        private static OutcomeCheck CheckFromName(string name)
        {
            switch (name)
            {
                case "True":
                case "IsTrue":
                case "BeTrue":
                case "ShouldBeTrue":
                    return OutcomeCheck.IsTrue;
                case "False":
                case "IsFalse":
                case "BeFalse":
                case "ShouldBeFalse":
                    return OutcomeCheck.IsFalse;
                case "Null":
                case "IsNull":
                case "BeNull":
                case "ShouldBeNull":
                    return OutcomeCheck.IsNull;
                case "NotNull":
                case "IsNotNull":
                case "NotBeNull":
                case "ShouldNotBeNull":
                    return OutcomeCheck.IsNotNull;
            }

            return OutcomeCheck.None;
        }

        private OutcomeCheck NUnitConstraintCheck(IOperation constraint)
        {
            // Is.True, Is.False, Is.Null, Is.Not.Null (property chains on NUnit's Is helper).
            if (constraint is not IPropertyReferenceOperation property)
            {
                return OutcomeCheck.None;
            }

            var negated = false;
            IOperation? current = property.Instance is null ? null : OperationQueries.Unwrap(property.Instance);
            if (current is IPropertyReferenceOperation { Property.Name: "Not", Instance: null } not)
            {
                if (_model.Types.Classify(not.Property.ContainingType) != KnownType.NUnitConstraintHelper)
                {
                    return OutcomeCheck.None;
                }

                negated = true;
                current = null;
            }

            if (current is not null || (!negated && _model.Types.Classify(property.Property.ContainingType) != KnownType.NUnitConstraintHelper))
            {
                return OutcomeCheck.None;
            }

            var check = CheckFromName(property.Property.Name);
            check = check switch
            {
                OutcomeCheck.IsTrue => OutcomeCheck.IsTrue,
                OutcomeCheck.IsFalse => OutcomeCheck.IsFalse,
                _ => property.Property.Name == "Null" ? OutcomeCheck.IsNull : OutcomeCheck.None,
            };
            if (!negated)
            {
                return check;
            }

            return check switch
            {
                OutcomeCheck.IsTrue => OutcomeCheck.IsFalse,
                OutcomeCheck.IsFalse => OutcomeCheck.IsTrue,
                OutcomeCheck.IsNull => OutcomeCheck.IsNotNull,
                _ => OutcomeCheck.None,
            };
        }

        /// <summary>
        /// True when <paramref name="property"/> is a boolean outcome flag of a result-like type:
        /// <paramref name="meansSuccess"/> for <c>IsSuccess</c>/<c>Succeeded</c>/<c>IsValid</c>…, false for <c>IsFailure</c>/<c>IsError</c>/<c>HasErrors</c>….
        /// </summary>
        public static bool TryGetOutcomeFlag(IPropertySymbol property, out bool meansSuccess)
        {
            meansSuccess = false;
            if (property.Type.SpecialType != SpecialType.System_Boolean || property.IsStatic)
            {
                return false;
            }

            switch (property.Name)
            {
                case "IsSuccess":
                case "IsSuccessful":
                case "IsSucceeded":
                case "Succeeded":
                case "Success":
                case "IsOk":
                case "IsValid":
                case "IsSuccessStatusCode":
                    meansSuccess = true;
                    return true;
                case "IsFailure":
                case "IsFailed":
                case "Failed":
                case "IsError":
                case "HasError":
                case "HasErrors":
                case "IsFaulted":
                case "IsInvalid":
                    return true;
            }

            return false;
        }

        /// <summary>True for a type with a boolean outcome flag (see <see cref="TryGetOutcomeFlag"/>), inherited ones included.</summary>
        public static bool IsResultLike(ITypeSymbol type)
        {
            var depth = 0;
            for (var current = type; current is not null && depth < 16; current = current.BaseType, depth++)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IPropertySymbol property && TryGetOutcomeFlag(property, out _))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // ---------------------------------------------------------------- data rows (RA3006)

        /// <summary>
        /// The values one literal data row (<c>[InlineData]</c>, <c>[TestCase]</c>, <c>[DataRow]</c>, <c>[Arguments]</c>) passes to
        /// <paramref name="test"/>, one per parameter; false when the row cannot be read one-to-one (errors, optional or params parameters).
        /// A <c>null</c> passed for the whole params array (<c>[InlineData(null)]</c>) is one null value.
        /// </summary>
        public static bool TryGetRowValues(AttributeData row, IMethodSymbol test, out ImmutableArray<TypedConstant> values)
        {
            values = default;
            var constructor = row.AttributeConstructor;
            if (constructor is null || row.ConstructorArguments.Length != constructor.Parameters.Length)
            {
                return false;
            }

            var builder = ImmutableArray.CreateBuilder<TypedConstant>();
            for (var i = 0; i < row.ConstructorArguments.Length; i++)
            {
                var argument = row.ConstructorArguments[i];
                if (argument.Kind == TypedConstantKind.Error)
                {
                    return false;
                }

                if (constructor.Parameters[i].IsParams && argument.Kind == TypedConstantKind.Array && !argument.IsNull)
                {
                    builder.AddRange(argument.Values);
                }
                else
                {
                    builder.Add(argument);
                }
            }

            if (builder.Count != test.Parameters.Length)
            {
                return false;
            }

            values = builder.ToImmutable();
            return true;
        }
    }
}
