using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>What an exception assertion accepts: the expected type (null: any exception) and whether derived types pass too.</summary>
    internal readonly struct ExceptionExpectation
    {
        public ExceptionExpectation(ITypeSymbol? type, bool acceptsDerivedTypes, bool namesType)
        {
            Type = type;
            AcceptsDerivedTypes = acceptsDerivedTypes;
            NamesType = namesType;
        }

        /// <summary>The expected exception type; null when the assertion accepts any exception or names its type only by a member (NUnit <c>Throws.ArgumentException</c>).</summary>
        public ITypeSymbol? Type { get; }

        /// <summary>The assertion expects a particular type (<see cref="Type"/>, or one named by a constraint member such as NUnit <c>Throws.ArgumentException</c>).</summary>
        public bool NamesType { get; }

        /// <summary>
        /// Derived types satisfy the assertion (xUnit <c>ThrowsAny</c>, NUnit <c>Catch</c>/<c>Throws.InstanceOf</c>, MSTest 3.8+ <c>Throws</c>,
        /// TUnit <c>Throws</c>, FluentAssertions <c>Throw</c>, Shouldly's generic <c>Throw&lt;T&gt;</c>); false for exact-type checks.
        /// </summary>
        public bool AcceptsDerivedTypes { get; }

        /// <summary>Any exception at all passes: no type, or <c>Exception</c>/<c>SystemException</c> with derived types accepted.</summary>
        public bool AcceptsAnyException => !NamesType || (Type is not null && AcceptsDerivedTypes && FailureSetupService.IsBroadException(Type));
    }

    /// <summary>
    /// Exception assertions (RA3002, RA3005): what each library's forms accept (exact type or derived types), and whether the
    /// caught exception is narrowed afterwards by a check a stray exception would fail.
    /// </summary>
    internal sealed partial class FailureSetupService
    {
        /// <summary>How many links of a fluent chain or NUnit constraint are followed.</summary>
        private const int MaxChainLinks = 32;

        /// <summary>
        /// True when <paramref name="invocation"/> asserts that code throws and the Model can read what it accepts.
        /// Each library's semantics, from its documentation and source:
        /// exact type — xUnit <c>Throws</c>/<c>ThrowsAsync</c>, NUnit <c>Throws</c>/<c>ThrowsAsync</c>/<c>Throws.TypeOf</c>/<c>Throws.ArgumentException</c>…,
        /// MSTest <c>ThrowsException</c>/<c>ThrowsExactly</c>, TUnit <c>ThrowsExactly</c>, FluentAssertions/AwesomeAssertions <c>ThrowExactly</c>,
        /// Shouldly <c>Throw(…, typeof(T))</c>;
        /// derived types — xUnit <c>ThrowsAny</c>, NUnit <c>Catch</c>/<c>CatchAsync</c>/<c>Throws.InstanceOf</c>/<c>Throws.Exception</c>,
        /// MSTest 3.8+ <c>Throws</c>/<c>ThrowsAsync</c>, TUnit <c>Throws</c>/<c>ThrowsAsync</c>/<c>ThrowsException</c>,
        /// FluentAssertions/AwesomeAssertions <c>Throw</c>/<c>ThrowAsync</c>, Shouldly <c>Throw&lt;T&gt;</c>/<c>ShouldThrow&lt;T&gt;</c>.
        /// </summary>
        public bool TryGetExceptionExpectation(IInvocationOperation invocation, out ExceptionExpectation expectation)
        {
            expectation = default;
            if (!TryGetExpectedException(invocation, out var type))
            {
                return false;
            }

            var info = _model.Classify(invocation);
            var name = invocation.TargetMethod.Name;
            if (info.Library == TestLibrary.NUnit && name.StartsWith("That", StringComparison.Ordinal))
            {
                return TryReadNUnitThrowsConstraint(invocation, out expectation, out _);
            }

            expectation = new ExceptionExpectation(type, AcceptsDerivedTypes(invocation, info.Library, name), type is not null);
            return true;
        }

        private static bool AcceptsDerivedTypes(IInvocationOperation invocation, TestLibrary library, string name)
        {
            if (name.IndexOf("Exactly", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            switch (library)
            {
                case TestLibrary.XUnit:
                    return name.StartsWith("ThrowsAny", StringComparison.Ordinal);

                case TestLibrary.NUnit:
                    return name.StartsWith("Catch", StringComparison.Ordinal);

                case TestLibrary.MSTest:
                    // ThrowsException<T> (legacy) is an exact-type check; Throws<T>/ThrowsAsync<T> (3.8+) accept derived types.
                    return name == "Throws" || name == "ThrowsAsync";

                case TestLibrary.Shouldly:
                    // Shouldly's generic forms catch T (derived types pass); the Type-argument forms compare the exact type.
                    return !HasTypeArgument(invocation);

                case TestLibrary.TUnit:
                case TestLibrary.FluentAssertions:
                case TestLibrary.AwesomeAssertions:
                    return true;
            }

            return true;
        }

        private static bool HasTypeArgument(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Type is { } parameterType && OperationQueries.IsSystemTypeClass(parameterType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Reads NUnit's <c>Assert.That(code, Throws…)</c> constraint from its root on the <c>Throws</c> helper:
        /// <c>Throws.Exception</c> (any exception), <c>Throws.TypeOf&lt;T&gt;()</c> and <c>Throws.ArgumentException</c>-style
        /// properties (exactly T), <c>Throws.InstanceOf&lt;T&gt;()</c> (T or derived), also after <c>Throws.Exception.</c>;
        /// <paramref name="narrowed"/> when the chain goes on to check the exception (<c>.With.Message.EqualTo(…)</c>,
        /// <c>.And.Property(…)</c>, <c>.Message.StartWith(…)</c>, <c>Throws.InnerException…</c>). False for <c>Throws.Nothing</c>.
        /// </summary>
        private bool TryReadNUnitThrowsConstraint(IInvocationOperation invocation, out ExceptionExpectation expectation, out bool narrowed)
        {
            expectation = default;
            narrowed = false;
            if (invocation.Arguments.Length < 2)
            {
                return false;
            }

            // Collect the links from the outermost member down to the static root.
            var links = new MemberChainLink[MaxChainLinks];
            var count = 0;
            var current = OperationQueries.Unwrap(invocation.Arguments[1].Value);
            while (count < MaxChainLinks && MemberChainLink.TryRead(current, out var link))
            {
                links[count++] = link;
                if (link.Next is null)
                {
                    break;
                }

                current = OperationQueries.Unwrap(link.Next);
            }

            if (count == 0 || links[count - 1].Next is not null)
            {
                return false;
            }

            var root = links[count - 1].Member;
            if (!root.IsStatic || root.ContainingType is null || _model.Types.Classify(root.ContainingType) != KnownType.NUnitConstraintHelper ||
                root.ContainingType.Name != "Throws")
            {
                return false;
            }

            ITypeSymbol? type = null;
            var acceptsDerived = true;
            var typed = false;
            for (var index = count - 1; index >= 0; index--)
            {
                var link = links[index];
                var name = link.Member.Name;
                if (index == count - 1)
                {
                    switch (name)
                    {
                        case "Nothing":
                            return false;
                        case "Exception":
                            continue;
                        case "InnerException":
                            narrowed = true;
                            continue;
                    }
                }

                if (!typed && (name == "TypeOf" || name == "InstanceOf") && link.Call is { } call)
                {
                    if (!TryReadConstraintType(call, out type))
                    {
                        return false;
                    }

                    acceptsDerived = name == "InstanceOf";
                    typed = true;
                    continue;
                }

                if (index == count - 1 && link.Call is null && link.Member is IPropertySymbol { Type: { } constraintType } && constraintType.Name.EndsWith("Constraint", StringComparison.Ordinal))
                {
                    // Throws.ArgumentException, Throws.ArgumentNullException, Throws.InvalidOperationException, Throws.TargetInvocationException:
                    // exact-type constraints named after their (specific) exception.
                    acceptsDerived = false;
                    typed = true;
                    continue;
                }

                if (name == "With" || name == "And")
                {
                    continue;
                }

                // Anything else refines the expectation: Message, Property(…), Matches(…), EqualTo(…), InnerException, …
                narrowed = true;
            }

            expectation = new ExceptionExpectation(type, acceptsDerived, typed);
            return true;
        }

        private static bool TryReadConstraintType(IInvocationOperation call, out ITypeSymbol? type)
        {
            type = null;
            if (call.TargetMethod.TypeArguments.Length == 1)
            {
                type = call.TargetMethod.TypeArguments[0];
                return true;
            }

            if (call.Arguments.Length == 1 && OperationQueries.Unwrap(call.Arguments[0].Value) is ITypeOfOperation typeOf)
            {
                type = typeOf.TypeOperand;
                return true;
            }

            return false;
        }

        /// <summary>
        /// True when an <c>[ExpectedException]</c> attribute lets derived types pass (<c>AllowDerivedTypes = true</c>); without it
        /// MSTest and NUnit 2 compare the exact type.
        /// </summary>
        public static bool AcceptsDerivedTypes(AttributeData expectedException)
        {
            foreach (var named in expectedException.NamedArguments)
            {
                if (named.Key == "AllowDerivedTypes" && named.Value.Value is true)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the exception <paramref name="assertion"/> catches is checked further, so that an unrelated exception
        /// would fail the test: the assertion's own chain goes on to check it (FluentAssertions <c>.WithMessage(…)</c>,
        /// <c>.Where(…)</c>, <c>.Which.Message.Should()…</c>; TUnit <c>.WithMessage(…)</c>; NUnit <c>Throws.Exception.With.Message…</c>),
        /// or the exception is kept in a local that a later assertion of the same method checks (its message, a property, its
        /// identity or type) — a check that it is merely not null does not count.
        /// </summary>
        public bool IsCaughtExceptionNarrowed(IInvocationOperation assertion)
        {
            if (_model.Classify(assertion).Library == TestLibrary.NUnit && assertion.TargetMethod.Name.StartsWith("That", StringComparison.Ordinal))
            {
                return TryReadNUnitThrowsConstraint(assertion, out _, out var narrowed) && narrowed;
            }

            // Up the chain: each link uses the previous one as its receiver.
            IOperation current = assertion;
            for (var depth = 0; depth < MaxChainLinks; depth++)
            {
                var parent = current.Parent;
                switch (parent)
                {
                    case IAwaitOperation:
                    case IConversionOperation:
                    case IParenthesizedOperation:
                    case IPropertyReferenceOperation:
                    case IFieldReferenceOperation:
                        current = parent;
                        continue;

                    case IArgumentOperation { Parent: IInvocationOperation call } argument when call.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0:
                        if (ChecksTheException(call, current))
                        {
                            return true;
                        }

                        current = call;
                        continue;

                    case IArgumentOperation { Parent: IInvocationOperation call }:
                        // Passed to an assertion (Assert.Equal(expected, caught.Message)) or to an assertion start (Assert.That(caught.Message)).
                        return ChecksTheException(call, current) || (_model.Classify(call).Role == InvocationRole.AssertionStart && ChainChecks(call));

                    case IInvocationOperation call when call.Instance == current:
                        if (ChecksTheException(call, current))
                        {
                            return true;
                        }

                        current = call;
                        continue;

                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                        return IsLocalCheckedLater(declarator.Symbol, assertion);

                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment when assignment.Value == current:
                        return IsLocalCheckedLater(local.Local, assertion);
                }

                return false;
            }

            return false;
        }

        /// <summary>An assertion made on (part of) the caught exception, other than a not-null check of the exception itself.</summary>
        private bool ChecksTheException(IInvocationOperation call, IOperation subject)
        {
            var info = _model.Classify(call);
            if (info.Role != InvocationRole.Assertion && info.Role != InvocationRole.Verification)
            {
                return false;
            }

            return info.Kind != AssertionKind.Null || !IsTheExceptionItself(subject);
        }

        /// <summary>The caught exception itself (the assertion's result or the local holding it), not one of its members.</summary>
        private static bool IsTheExceptionItself(IOperation subject)
        {
            var current = OperationQueries.Unwrap(subject);
            for (var depth = 0; depth < MaxChainLinks; depth++)
            {
                switch (current)
                {
                    case IAwaitOperation awaited:
                        current = OperationQueries.Unwrap(awaited.Operation);
                        continue;
                    case IPropertyReferenceOperation { Property.Name: "Which" or "And" or "Subject", Instance: { } instance }:
                        current = OperationQueries.Unwrap(instance);
                        continue;
                }

                break;
            }

            return current is IInvocationOperation or ILocalReferenceOperation;
        }

        /// <summary>The assertion start (<c>Should()</c>, TUnit <c>Assert.That(x)</c>) is completed by an assertion that is not a null check of the exception.</summary>
        private bool ChainChecks(IInvocationOperation start)
        {
            IOperation current = start;
            for (var depth = 0; depth < MaxChainLinks; depth++)
            {
                switch (current.Parent)
                {
                    case IInvocationOperation call when call.Instance == current:
                        return ChecksTheException(call, StartSubject(start));
                    case IArgumentOperation { Parent: IInvocationOperation call } argument when call.TargetMethod.IsExtensionMethod && argument.Parameter?.Ordinal == 0:
                        return ChecksTheException(call, StartSubject(start));
                    case IConversionOperation or IParenthesizedOperation:
                        current = current.Parent;
                        continue;
                }

                return false;
            }

            return false;
        }

        private static IOperation StartSubject(IInvocationOperation start)
        {
            foreach (var argument in start.Arguments)
            {
                return argument.Value;
            }

            return start;
        }

        /// <summary>A later statement of the method asserts on <paramref name="local"/> (see <see cref="IsCaughtExceptionNarrowed"/>).</summary>
        private bool IsLocalCheckedLater(ILocalSymbol local, IOperation assertion)
        {
            var after = assertion.Syntax.Span.End;
            foreach (var operation in TestBodies.RootOf(assertion).Descendants())
            {
                if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local) ||
                    reference.Syntax.SpanStart < after)
                {
                    continue;
                }

                if (IsUsedByCheck(reference))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The use of the caught exception at <paramref name="reference"/> feeds an assertion (through member accesses and assertion starts).</summary>
        private bool IsUsedByCheck(IOperation reference)
        {
            IOperation current = reference;
            for (var depth = 0; depth < MaxChainLinks && current.Parent is { } parent; depth++)
            {
                switch (parent)
                {
                    case IConversionOperation:
                    case IParenthesizedOperation:
                    case IPropertyReferenceOperation:
                    case IFieldReferenceOperation:
                    case IAwaitOperation:
                        current = parent;
                        continue;

                    case IInvocationOperation call when call.Instance == current:
                        if (ChecksTheException(call, current == reference ? reference : current))
                        {
                            return true;
                        }

                        current = call;
                        continue;

                    case IArgumentOperation { Parent: IInvocationOperation call }:
                        var info = _model.Classify(call);
                        if (info.Role == InvocationRole.AssertionStart)
                        {
                            if (ChainChecks(call))
                            {
                                return true;
                            }

                            current = call;
                            continue;
                        }

                        if (ChecksTheException(call, current))
                        {
                            return true;
                        }

                        // ex.Message.Contains("…") inside an assertion, string.Equals(ex.Message, …): keep going up.
                        current = call;
                        continue;

                    case IBinaryOperation:
                    case IIsPatternOperation:
                    case IIsTypeOperation:
                        current = parent;
                        continue;
                }

                return false;
            }

            return false;
        }
    }
}
