using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.FailurePaths
{
    /// <summary>
    /// RA3002: an exception assertion (or <c>[ExpectedException]</c>) that any exception satisfies: derived types accepted with
    /// <c>System.Exception</c>/<c>SystemException</c> as the type, or no type at all, and nothing narrowing the caught exception.
    /// Exact-type checks (xUnit/NUnit <c>Throws&lt;Exception&gt;</c>, MSTest <c>ThrowsExactly</c>…) fail on a <c>NullReferenceException</c>: not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA3002ExceptionAssertionIsTooBroad : RealismAnalyzer
    {
        private const string AnyException = "any exception";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA3002ExceptionAssertionIsTooBroad);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Assertions;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    if (!model.FailureSetups.TryGetExceptionExpectation(invocation, out var expectation) || !expectation.AcceptsAnyException ||
                        model.FailureSetups.IsCaughtExceptionNarrowed(invocation) || ThrowsOnlyWhatItConstructs(invocation) ||
                        ExpectsTheBroadExceptionTheTestThrows(model, invocation, expectation, operation.CancellationToken))
                    {
                        return;
                    }

                    operation.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA3002ExceptionAssertionIsTooBroad,
                        invocation.Syntax.GetLocation(),
                        expectation.Type is null ? AnyException : expectation.Type.ToDisplayString()));
                },
                OperationKind.Invocation);

            context.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is not IMethodSymbol method || !model.Tests.IsTestMethod(method) ||
                        !model.FailureSetups.TryGetExpectedExceptionAttribute(method, out var attribute, out var exceptionType) ||
                        exceptionType is null || attribute is null || !FailureSetupService.IsBroadException(exceptionType) ||
                        !FailureSetupService.AcceptsDerivedTypes(attribute) || attribute.ApplicationSyntaxReference is not { } reference)
                    {
                        return;
                    }

                    symbol.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA3002ExceptionAssertionIsTooBroad,
                        reference.GetSyntax(symbol.CancellationToken).GetLocation(),
                        exceptionType.ToDisplayString()));
                },
                SymbolKind.Method);
        }

        /// <summary>
        /// True when the broad exception <paramref name="expectation"/> accepts is the very one the test arranges to be thrown
        /// (<c>throw new Exception(…)</c> in a callback it hands over, a double set up with <c>Throws(new Exception())</c>): no more
        /// specific type exists to expect.
        /// </summary>
        private static bool ExpectsTheBroadExceptionTheTestThrows(TestingModel model, IInvocationOperation assertion, ExceptionExpectation expectation, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var type in model.Assertions.GetArrangedExceptions(TestBodies.RootOf(assertion), cancellationToken).Types)
            {
                if (FailureSetupService.IsBroadException(type) && (expectation.Type is null || SymbolEqualityComparer.Default.Equals(type, expectation.Type)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when the code an exception assertion runs can throw nothing but an exception it constructs itself:
        /// <c>() =&gt; throw new X()</c>, <c>() =&gt; Task.FromException(new X())</c>, or such a task passed directly.
        /// Expecting any exception from it hides nothing (the assertion library's own tests of its overloads).
        /// </summary>
        private static bool ThrowsOnlyWhatItConstructs(IInvocationOperation assertion)
        {
            // TUnit Assert.That(() => …).Throws…(): the code is the argument of the chain's start.
            var call = assertion;
            for (var depth = 0; depth < 2; depth++)
            {
                foreach (var argument in call.Arguments)
                {
                    var value = OperationQueries.Unwrap(argument.Value);
                    if (value is IDelegateCreationOperation creation)
                    {
                        value = OperationQueries.Unwrap(creation.Target);
                    }

                    if (value is IAnonymousFunctionOperation lambda)
                    {
                        return BodyOnlyThrowsNew(lambda.Body);
                    }

                    if (IsFaultedTaskOfNewException(value))
                    {
                        return true;
                    }
                }

                if (OperationQueries.Receiver(call) is not IInvocationOperation start || start == call)
                {
                    break;
                }

                call = start;
            }

            return false;
        }

        private static bool BodyOnlyThrowsNew(IBlockOperation body)
        {
            var sawThrow = false;
            foreach (var statement in body.Operations)
            {
                var operation = statement is IExpressionStatementOperation expression ? expression.Operation : statement;
                if (operation is IAwaitOperation awaited)
                {
                    operation = OperationQueries.Unwrap(awaited.Operation);
                }

                switch (operation)
                {
                    case IThrowOperation { Exception: { } thrown } when OperationQueries.Unwrap(thrown) is IObjectCreationOperation created && AreAllConstants(created.Arguments):
                        sawThrow = true;
                        continue;
                    case IReturnOperation { ReturnedValue: { } returned } when IsFaultedTaskOfNewException(OperationQueries.Unwrap(returned)) || OperationQueries.Unwrap(returned) is IThrowOperation:
                        sawThrow = true;
                        continue;
                    case IReturnOperation { ReturnedValue: null }:
                        continue;
                    case IInvocationOperation invocation when IsFaultedTaskOfNewException(invocation):
                        sawThrow = true;
                        continue;
                }

                return false;
            }

            return sawThrow;
        }

        private static bool IsFaultedTaskOfNewException(IOperation operation) =>
            OperationQueries.TaskFaultedWith(operation) is IObjectCreationOperation created && AreAllConstants(created.Arguments);

        private static bool AreAllConstants(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments)
        {
            foreach (var argument in arguments)
            {
                if (!argument.Value.ConstantValue.HasValue)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
