using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.FailurePaths
{
    /// <summary>
    /// RA3004: in a test, <c>try { …; Assert.Fail(); } catch (X) { … }</c> (reported at <c>try</c>), and <c>catch</c> blocks
    /// that swallow exceptions without asserting, rethrowing or recording them (reported at <c>catch</c>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA3004ExceptionCheckedWithTryCatch : RealismAnalyzer
    {
        /// <summary>Diagnostic property: which pattern was found (<see cref="FailGuarded"/> or <see cref="Swallowing"/>).</summary>
        public const string PatternProperty = "Pattern";

        public const string FailGuarded = "FailGuarded";

        public const string Swallowing = "Swallowing";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA3004ExceptionCheckedWithTryCatch);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Assertions;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { } test)
                {
                    return;
                }

                var body = TestBodies.FindBody(block.OperationBlocks);
                if (body is null)
                {
                    return;
                }

                AssertionConventions? conventions = null;
                ArrangedExceptions? arranged = null;
                foreach (var operation in body.Descendants())
                {
                    block.CancellationToken.ThrowIfCancellationRequested();
                    if (operation is not ITryOperation tryOperation || tryOperation.Syntax is not TryStatementSyntax syntax ||
                        tryOperation.Catches.IsEmpty || IsInsideFunction(tryOperation, body))
                    {
                        continue;
                    }

                    if (EndsWithFail(tryOperation, model))
                    {
                        var properties = DiagnosticProperties.ForFramework(test.Framework).SetItem(PatternProperty, FailGuarded);
                        block.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.RA3004ExceptionCheckedWithTryCatch,
                            syntax.TryKeyword.GetLocation(),
                            properties,
                            method.Name,
                            "checks an exception with try/fail/catch: assert it with the framework's Throws form around the call that should throw"));
                        continue;
                    }

                    // Cleanup in a finally block, and output written for diagnosis, are not the test's flow.
                    if (IsInsideFinally(tryOperation, body) || AssertionService.OnlyWritesOutput(tryOperation.Body))
                    {
                        continue;
                    }

                    conventions ??= model.Assertions.GetConventions(block.Options, body.Syntax.SyntaxTree);
                    bool? checksAfter = null;
                    bool? tryChecks = null;
                    foreach (var catchClause in tryOperation.Catches)
                    {
                        if (catchClause.Syntax is not CatchClauseSyntax catchSyntax ||
                            !Swallows(catchClause, model, conventions, block.CancellationToken))
                        {
                            continue;
                        }

                        checksAfter ??= ChecksAfter(tryOperation, body, model, conventions, block.CancellationToken);
                        var caughtType = catchClause.ExceptionType;

                        // The exception the test itself provokes (a throw, a faulted task, a double set up to throw, its own cancellation),
                        // caught so that the outcome can be checked afterwards.
                        arranged ??= model.Assertions.GetArrangedExceptions(body, block.CancellationToken);
                        if (checksAfter.Value && !AssertionService.CatchesEverything(catchClause) && arranged.Contains(caughtType!))
                        {
                            continue;
                        }

                        // Assertion failures in the try block end in this catch (unless the framework records them first).
                        tryChecks ??= model.Assertions.ContainsAssertion(tryOperation.Body, conventions, block.CancellationToken);
                        var swallowsAssertions = AssertionService.CatchesAssertionFailures(catchClause) && tryChecks.Value && !model.Assertions.RecordsAssertionFailures;

                        // Nothing after the try checks the outcome: whatever this catch takes, the test passes. Under a framework that
                        // records assertion failures, a try block that can only fail by an assertion hands nothing to the catch.
                        var nothingChecksLater = !checksAfter.Value &&
                            !(model.Assertions.RecordsAssertionFailures && model.Assertions.CanFailOnlyByAssertion(tryOperation.Body));

                        if (!swallowsAssertions && !nothingChecksLater)
                        {
                            continue;
                        }

                        block.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.RA3004ExceptionCheckedWithTryCatch,
                            catchSyntax.CatchKeyword.GetLocation(),
                            DiagnosticProperties.ForFramework(test.Framework).SetItem(PatternProperty, Swallowing),
                            method.Name,
                            swallowsAssertions
                                ? "swallows the failures of the assertions in its try block in a catch block that neither asserts, rethrows nor records them: they cannot fail the test"
                                : "swallows exceptions in a catch block that neither asserts, rethrows nor records them, and nothing after it checks the outcome: the test cannot fail on them"));
                    }
                }
            });
        }

        /// <summary>Code in lambdas and local functions runs elsewhere (a double's behaviour, a callback): not the test's own flow.</summary>
        private static bool IsInsideFunction(IOperation operation, IOperation body)
        {
            for (var current = operation.Parent; current is not null && current != body; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation || current is ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The try block's last statement fails the test unconditionally: <c>Assert.Fail</c> and the libraries' <c>Fail</c>, an
        /// assertion of a constant that contradicts it (<c>Assert.True(false)</c>), or a <c>throw</c> of an exception that none of
        /// the catch clauses catches (a suite's own "test failed" exception).
        /// </summary>
        internal static bool EndsWithFail(ITryOperation tryOperation, TestingModel model)
        {
            var body = tryOperation.Body;
            if (body.Operations.IsEmpty)
            {
                return false;
            }

            var last = body.Operations[body.Operations.Length - 1];
            if (last is IThrowOperation { Exception: { } thrown })
            {
                return OperationQueries.Unwrap(thrown).Type is { } thrownType && FailureSetupService.IsException(thrownType) && !IsCaught(thrownType, tryOperation);
            }

            var expression = last switch
            {
                IExpressionStatementOperation statement => statement.Operation,
                _ => null,
            };
            if (expression is IAwaitOperation awaited)
            {
                expression = awaited.Operation;
            }

            return expression is IInvocationOperation invocation && model.Assertions.IsUnconditionalFailure(invocation);
        }

        /// <summary>A catch clause of <paramref name="tryOperation"/> takes <paramref name="thrownType"/> (its type or a base of it, or a bare catch).</summary>
        private static bool IsCaught(ITypeSymbol thrownType, ITryOperation tryOperation)
        {
            foreach (var catchClause in tryOperation.Catches)
            {
                var caught = catchClause.ExceptionType;
                if (AssertionService.CatchesEverything(catchClause) || catchClause.Filter is not null)
                {
                    return true;
                }

                var depth = 0;
                for (var current = thrownType; current is not null && depth < 32; current = current.BaseType, depth++)
                {
                    if (SymbolEqualityComparer.Default.Equals(current, caught))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The test's own code throws (<c>if (!found) throw new …</c>): a check written by hand.</summary>
        private static bool ContainsThrow(IOperation statement)
        {
            foreach (var operation in statement.DescendantsAndSelf())
            {
                if (operation is IThrowOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The try statement sits in a <c>finally</c> block of the test: cleanup, not the test's flow.</summary>
        private static bool IsInsideFinally(IOperation operation, IOperation body)
        {
            var child = operation;
            for (var current = operation.Parent; current is not null && current != body; child = current, current = current.Parent)
            {
                if (current is ITryOperation enclosing && enclosing.Finally == child)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A statement after <paramref name="tryOperation"/> — in its own block or any enclosing one up to the test's body — asserts,
        /// verifies or fails the test (helpers that do included), or throws.
        /// </summary>
        private static bool ChecksAfter(ITryOperation tryOperation, IOperation body, TestingModel model, AssertionConventions conventions, System.Threading.CancellationToken cancellationToken)
        {
            IOperation child = tryOperation;
            for (var current = tryOperation.Parent; current is not null; child = current, current = current.Parent)
            {
                if (current is IBlockOperation block)
                {
                    var after = false;
                    foreach (var statement in block.Operations)
                    {
                        if (after && (model.Assertions.ContainsAssertion(statement, conventions, cancellationToken) || ContainsThrow(statement)))
                        {
                            return true;
                        }

                        after |= statement == child;
                    }
                }

                if (current == body || current is IAnonymousFunctionOperation || current is ILocalFunctionOperation)
                {
                    break;
                }
            }

            return false;
        }

        private static bool Swallows(ICatchClauseOperation catchClause, TestingModel model, AssertionConventions conventions, System.Threading.CancellationToken cancellationToken)
        {
            var handler = catchClause.Handler;
            if (model.Assertions.ContainsCheck(handler, conventions, cancellationToken))
            {
                return false;
            }

            foreach (var operation in handler.Descendants())
            {
                switch (operation)
                {
                    // Assert.Inconclusive / Assume / Skip: the test ends without a pass.
                    case IInvocationOperation invocation when model.Classify(invocation, conventions).Role == InvocationRole.Inconclusive:
                        return false;

                    // The exception or a flag is recorded for a later assertion (`caught = ex;`, `thrown = true;`).
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } when !IsDeclaredIn(local.Local, handler):
                        return false;

                    case ISimpleAssignmentOperation { Target: IFieldReferenceOperation or IPropertyReferenceOperation or IParameterReferenceOperation }:
                        return false;

                    // Handing the exception to something else (a collector, a logger the test reads).
                    case ILocalReferenceOperation reference when catchClause.ExceptionDeclarationOrExpression is IVariableDeclaratorOperation declarator &&
                        SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol) && reference.Parent is IArgumentOperation:
                        return false;

                    case IReturnOperation { ReturnedValue: not null }:
                        return false;
                }
            }

            return true;
        }

        private static bool IsDeclaredIn(ILocalSymbol local, IOperation scope)
        {
            foreach (var reference in local.DeclaringSyntaxReferences)
            {
                if (scope.Syntax.Span.Contains(reference.Span))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
