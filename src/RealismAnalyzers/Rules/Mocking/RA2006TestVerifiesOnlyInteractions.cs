using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Mocking
{
    /// <summary>
    /// RA2006: a test whose only checks are verifications that calls on test doubles happened, with any arguments: nothing it checks
    /// carries a value the code produced. Verifications of values, of calls that must not happen, of released resources and of
    /// logged entries check an outcome: a command sent is what command-style code produces.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA2006TestVerifiesOnlyInteractions : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA2006TestVerifiesOnlyInteractions);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { } test ||
                    test.IsSkipped || test.HasExpectedException || test.HasExpectedResult ||
                    TestBodies.FindBody(block.OperationBlocks) is not { } body || OperationQueries.HasErrors(body))
                {
                    return;
                }

                var conventions = model.Assertions.GetConventions(block.Options, body.Syntax.SyntaxTree);

                // First the cheap question most tests answer no to: does the test verify calls and check nothing else?
                var facts = model.Tests.FactsOf(body, conventions);
                var production = model.Tests.GetProductionScope(block.Options, body.Syntax.SyntaxTree);
                if (facts.Throws)
                {
                    // The test fails on purpose on some condition of its own: a state check.
                    return;
                }

                List<IInvocationOperation>? verificationCalls = null;
                foreach (var call in facts.Calls)
                {
                    switch (call.Info.Role)
                    {
                        case InvocationRole.Verification:
                            (verificationCalls ??= new List<IInvocationOperation>()).Add(call.Invocation);
                            break;
                        case InvocationRole.Assertion:
                        case InvocationRole.Fail:
                            return;
                    }
                }

                if (verificationCalls is null)
                {
                    return;
                }

                var verifications = 0;
                List<IInvocationOperation>? carryingValues = null;
                foreach (var verification in verificationCalls)
                {
                    switch (model.Doubles.GetVerificationCheck(verification, block.Options))
                    {
                        case VerificationCheck.CallHappened:
                            verifications++;
                            break;
                        case VerificationCheck.NoOtherCalls:
                            break;
                        case VerificationCheck.Values:
                            // Values the code computed, or only the test's own inputs passed on: told apart once the inputs are known.
                            (carryingValues ??= new List<IInvocationOperation>()).Add(verification);
                            break;
                        default:
                            // The verified call carries what the code produced (an absence, a release, a log entry),
                            // or the Model cannot read it: the test checks an outcome, or may.
                            return;
                    }
                }

                // Then the calls of the test's own helpers and of the code under test.
                var inputs = new TestInputs();
                IInvocationOperation? ignoredResult = null;
                // Calls written inside a verification or configuration (x => x.Send(...)) name members of a double, not the code under test.
                var doubleSpans = new List<TextSpan>();
                foreach (var call in facts.Calls)
                {
                    block.CancellationToken.ThrowIfCancellationRequested();
                    var invocation = call.Invocation;
                    switch (call.Info.Role)
                    {
                        case InvocationRole.Verification:
                        case InvocationRole.DoubleConfiguration:
                        case InvocationRole.AssertionStart:
                            doubleSpans.Add(invocation.Syntax.Span);
                            break;

                        case InvocationRole.None:
                            // A helper that asserts: its kind of check is unknown here, so the test is not reported.
                            if (model.Assertions.MethodAsserts(invocation.TargetMethod, conventions, block.CancellationToken))
                            {
                                return;
                            }

                            if (carryingValues is not null && production.IsProductionCall(invocation) && !Within(doubleSpans, invocation.Syntax.Span))
                            {
                                inputs.AddArguments(invocation.Arguments);
                                if (ignoredResult is null && IgnoresResult(invocation, body))
                                {
                                    ignoredResult = invocation;
                                }
                            }

                            break;
                    }
                }

                if (carryingValues is not null)
                {
                    // What the test handed to the constructors of the code under test is its input too.
                    foreach (var creation in facts.Creations)
                    {
                        if (creation.Constructor is { } constructor && production.IsProductionCode(constructor))
                        {
                            inputs.AddArguments(creation.Arguments);
                        }
                    }
                }

                if (carryingValues is not null)
                {
                    // Verifications with values check an outcome, unless the code under test returned a result the test ignored and every
                    // value verified is one the test handed in itself: then the test only checks that its inputs were passed on.
                    if (ignoredResult is null)
                    {
                        return;
                    }

                    foreach (var verification in carryingValues)
                    {
                        if (!model.Doubles.CarriesOnlyForwardedInputs(verification, inputs.Contains))
                        {
                            return;
                        }
                    }

                    block.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA2006TestVerifiesOnlyInteractions,
                        method.Locations[0],
                        method.Name,
                        $"with nothing but the inputs it passed in, ignoring what '{ignoredResult.TargetMethod.Name}' returns"));
                    return;
                }

                if (verifications > 0)
                {
                    block.ReportDiagnostic(Diagnostic.Create(Descriptors.RA2006TestVerifiesOnlyInteractions, method.Locations[0], method.Name, "with any arguments"));
                }
            });
        }

        private static bool Within(List<TextSpan> spans, TextSpan span)
        {
            foreach (var outer in spans)
            {
                if (outer.Contains(span))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the value <paramref name="call"/> returns is dropped: a statement of its own (awaited or not), a discard, or a local
        /// nothing reads. Calls returning nothing (<c>void</c>, <c>Task</c>) and fluent calls returning their receiver's type are not counted.
        /// </summary>
        private static bool IgnoresResult(IInvocationOperation call, IOperation body)
        {
            var method = call.TargetMethod;
            var returned = method.ReturnType;
            if (method.ReturnsVoid || (OperationQueries.IsTaskLike(returned, out var hasResult) && !hasResult))
            {
                return false;
            }

            if (returned is INamedTypeSymbol { IsGenericType: true } task && OperationQueries.IsTaskLike(task, out _))
            {
                returned = task.TypeArguments[0];
            }

            var receiverType = method.IsExtensionMethod && !method.Parameters.IsEmpty ? method.Parameters[0].Type : method.ContainingType;
            if (SymbolEqualityComparer.Default.Equals(returned.OriginalDefinition, receiverType.OriginalDefinition) ||
                (call.Instance?.Type is { } instanceType && SymbolEqualityComparer.Default.Equals(returned, instanceType)))
            {
                return false;
            }

            var parent = call.Parent;
            if (parent is IAwaitOperation awaited)
            {
                parent = awaited.Parent;
            }

            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IExpressionStatementOperation:
                    return true;
                case ISimpleAssignmentOperation { Target: IDiscardOperation }:
                    return true;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } local } }:
                    foreach (var node in body.Descendants())
                    {
                        if (node is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                        {
                            return false;
                        }
                    }

                    return true;
            }

            return false;
        }

        /// <summary>
        /// The values a test hands to the code under test: the locals, parameters, fields and properties it passes (a member read
        /// together with what it is read from: <c>first.Object</c> is not <c>second.Object</c>), and its constants.
        /// </summary>
        private sealed class TestInputs
        {
            private readonly HashSet<ReadPath> _reads = new HashSet<ReadPath>();
            private readonly HashSet<object> _constants = new HashSet<object>();

            public void AddArguments(ImmutableArray<IArgumentOperation> arguments)
            {
                foreach (var argument in arguments)
                {
                    if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                    {
                        continue;
                    }

                    var value = OperationQueries.Unwrap(argument.Value);
                    if (value.ConstantValue is { HasValue: true, Value: { } constant })
                    {
                        _constants.Add(constant);
                    }
                    else if (ReadPath.Of(value) is { } read)
                    {
                        _reads.Add(read);
                    }
                }
            }

            public bool Contains(IOperation value) =>
                value.ConstantValue is { HasValue: true, Value: { } constant } ? _constants.Contains(constant)
                : ReadPath.Of(value) is { } read && _reads.Contains(read);
        }

        /// <summary>
        /// What a value reads, through at most three member reads: <c>timeout</c>, <c>order.Id</c>, <c>_state.Object</c>, <c>this._queue</c>.
        /// Symbols are compared as symbols, so two locals of one name in different lambdas stay apart.
        /// </summary>
        private readonly struct ReadPath : IEquatable<ReadPath>
        {
            private const int MaxDepth = 4;
            private readonly ISymbol _first;
            private readonly ISymbol? _second;
            private readonly ISymbol? _third;
            private readonly ISymbol? _fourth;

            private ReadPath(ISymbol first, ISymbol? second, ISymbol? third, ISymbol? fourth)
            {
                _first = first;
                _second = second;
                _third = third;
                _fourth = fourth;
            }

            /// <summary>The path of <paramref name="value"/>, outermost member first; null for anything else (a call, an element, …).</summary>
            public static ReadPath? Of(IOperation value)
            {
                var symbols = new ISymbol?[MaxDepth];
                for (var depth = 0; depth < MaxDepth; depth++)
                {
                    IOperation? receiver = null;
                    switch (OperationQueries.Unwrap(value))
                    {
                        case ILocalReferenceOperation local:
                            symbols[depth] = local.Local;
                            break;
                        case IParameterReferenceOperation parameter:
                            symbols[depth] = parameter.Parameter;
                            break;
                        case IInstanceReferenceOperation when depth > 0:
                            // this._queue reads the field as _queue does.
                            break;
                        case IFieldReferenceOperation field:
                            symbols[depth] = field.Field;
                            receiver = field.Instance;
                            break;
                        case IPropertyReferenceOperation { Arguments.IsEmpty: true } property:
                            symbols[depth] = property.Property;
                            receiver = property.Instance;
                            break;
                        default:
                            return null;
                    }

                    if (receiver is null)
                    {
                        return new ReadPath(symbols[0]!, symbols[1], symbols[2], symbols[3]);
                    }

                    value = receiver;
                }

                return null;
            }

            public bool Equals(ReadPath other) =>
                SymbolEqualityComparer.Default.Equals(_first, other._first) && SymbolEqualityComparer.Default.Equals(_second, other._second) &&
                SymbolEqualityComparer.Default.Equals(_third, other._third) && SymbolEqualityComparer.Default.Equals(_fourth, other._fourth);

            public override bool Equals(object? obj) => obj is ReadPath other && Equals(other);

            public override int GetHashCode()
            {
                var hash = SymbolEqualityComparer.Default.GetHashCode(_first);
                hash = (hash * 31) + (_second is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(_second));
                hash = (hash * 31) + (_third is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(_third));
                return (hash * 31) + (_fourth is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(_fourth));
            }
        }
    }
}
