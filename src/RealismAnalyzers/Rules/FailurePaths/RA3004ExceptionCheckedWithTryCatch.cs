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
                if (block.OwningSymbol is not IMethodSymbol method || model.GetTestInfo(method) is not { } test)
                {
                    return;
                }

                var body = TestBodies.FindBody(block.OperationBlocks);
                if (body is null)
                {
                    return;
                }

                AssertionConventions? conventions = null;
                foreach (var operation in body.Descendants())
                {
                    block.CancellationToken.ThrowIfCancellationRequested();
                    if (operation is not ITryOperation tryOperation || tryOperation.Syntax is not TryStatementSyntax syntax ||
                        tryOperation.Catches.IsEmpty || IsInsideFunction(tryOperation, body))
                    {
                        continue;
                    }

                    if (EndsWithFail(tryOperation.Body, model))
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

                    foreach (var catchClause in tryOperation.Catches)
                    {
                        if (catchClause.Syntax is not CatchClauseSyntax catchSyntax)
                        {
                            continue;
                        }

                        conventions ??= model.GetConventions(block.Options, body.Syntax.SyntaxTree);
                        if (Swallows(catchClause, model, conventions, block.CancellationToken))
                        {
                            block.ReportDiagnostic(Diagnostic.Create(
                                Descriptors.RA3004ExceptionCheckedWithTryCatch,
                                catchSyntax.CatchKeyword.GetLocation(),
                                DiagnosticProperties.ForFramework(test.Framework).SetItem(PatternProperty, Swallowing),
                                method.Name,
                                "swallows exceptions in a catch block that neither asserts, rethrows nor records them: the test cannot fail on them"));
                        }
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

        /// <summary>The try block's last statement fails the test unconditionally (<c>Assert.Fail</c>, FluentAssertions/TUnit <c>Fail</c>).</summary>
        internal static bool EndsWithFail(IBlockOperation body, TestingModel model)
        {
            if (body.Operations.IsEmpty)
            {
                return false;
            }

            var last = body.Operations[body.Operations.Length - 1];
            var expression = last switch
            {
                IExpressionStatementOperation statement => statement.Operation,
                _ => null,
            };
            if (expression is IAwaitOperation awaited)
            {
                expression = awaited.Operation;
            }

            return expression is IInvocationOperation invocation && model.Classify(invocation).Role == InvocationRole.Fail;
        }

        private static bool Swallows(ICatchClauseOperation catchClause, TestingModel model, AssertionConventions conventions, System.Threading.CancellationToken cancellationToken)
        {
            var handler = catchClause.Handler;
            if (model.ContainsCheck(handler, conventions, cancellationToken))
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
