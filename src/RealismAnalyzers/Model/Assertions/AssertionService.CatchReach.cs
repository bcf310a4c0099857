using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// What can reach a <c>catch</c> in a test (RA3004): statements that fail the test unconditionally, exceptions the test
    /// arranges itself, assertion failures the framework records before they could be caught, and code that only writes output.
    /// </summary>
    internal sealed partial class AssertionService
    {
        /// <summary>How many levels of helper calls <see cref="CanFailOnlyByAssertion"/> follows.</summary>
        private const int MaxAssertionOnlyDepth = 3;

        private int _recordsAssertionFailures = -1;

        /// <summary>
        /// True when the framework records an assertion failure in the test's result before it throws, so that a <c>catch</c>
        /// cannot turn it into a pass: NUnit from 3.6 on (nunit/nunit#2758).
        /// </summary>
        public bool RecordsAssertionFailures
        {
            get
            {
                if (_recordsAssertionFailures < 0)
                {
                    var records = false;
                    foreach (var assembly in _model.Compilation.ReferencedAssemblyNames)
                    {
                        if (string.Equals(assembly.Name, "nunit.framework", StringComparison.OrdinalIgnoreCase) &&
                            (assembly.Version.Major > 3 || (assembly.Version.Major == 3 && assembly.Version.Minor >= 6)))
                        {
                            records = true;
                            break;
                        }
                    }

                    _recordsAssertionFailures = records ? 1 : 0;
                }

                return _recordsAssertionFailures == 1;
            }
        }

        /// <summary>A bare <c>catch</c> (typed <c>object</c> by the compiler), or one whose type does not bind.</summary>
        public static bool CatchesEverything(ICatchClauseOperation catchClause) =>
            catchClause.ExceptionType is not { } type || type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Error;

        /// <summary>
        /// True when <paramref name="catchClause"/> takes the frameworks' assertion failures: a bare catch or <c>catch (Exception)</c>
        /// (xUnit, NUnit, MSTest and TUnit derive their assertion exceptions from <c>System.Exception</c> directly, not from <c>SystemException</c>).
        /// </summary>
        public static bool CatchesAssertionFailures(ICatchClauseOperation catchClause) =>
            CatchesEverything(catchClause) ||
            (catchClause.ExceptionType is { Name: "Exception" } type && KnownTypeCatalog.NamespaceOf(type) == "System");

        /// <summary>
        /// True when <paramref name="invocation"/> fails the test whatever happens: <c>Assert.Fail</c> and the libraries' <c>Fail</c>,
        /// or a boolean assertion of a constant that contradicts it (<c>Assert.True(false)</c>, <c>Assert.That(false).IsTrue()</c>,
        /// <c>Assert.IsFalse(true)</c>, <c>false.Should().BeTrue()</c>).
        /// </summary>
        public bool IsUnconditionalFailure(IInvocationOperation invocation)
        {
            if (_model.Classify(invocation).Role == InvocationRole.Fail)
            {
                return true;
            }

            if (!_model.FailureSetups.TryGetOutcomeCheck(invocation, out var subject, out var check) || subject is null ||
                OperationQueries.Unwrap(subject).ConstantValue is not { HasValue: true, Value: bool value })
            {
                return false;
            }

            return (check == OutcomeCheck.IsTrue && !value) || (check == OutcomeCheck.IsFalse && value);
        }

        /// <summary>
        /// The exceptions a test arranges to be thrown in <paramref name="body"/>: <c>throw new X(…)</c>, a task faulted with
        /// <c>new X(…)</c> (<c>SetException</c>, <c>TrySetException</c>, <c>Task.FromException</c>), a double configured to throw X
        /// (<c>Throws&lt;X&gt;()</c>, <c>Throws(new X())</c>, <c>ThrowsAsync(new X())</c>), and the cancellation exceptions when the
        /// test handles a cancellation token or source of its own.
        /// </summary>
        public ArrangedExceptions GetArrangedExceptions(IOperation body, CancellationToken cancellationToken)
        {
            var arranged = new ArrangedExceptions();
            foreach (var operation in body.Descendants())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (operation)
                {
                    case IThrowOperation { Exception: { } thrown } when OperationQueries.Unwrap(thrown) is IObjectCreationOperation { Type: { } type }:
                        arranged.Types.Add(type);
                        break;

                    case IInvocationOperation invocation:
                        AddArrangedBy(invocation, arranged.Types);
                        break;

                    case ILocalReferenceOperation or IParameterReferenceOperation or IPropertyReferenceOperation or IObjectCreationOperation
                        when !arranged.Cancellation && IsCancellationType(operation.Type):
                        arranged.Cancellation = true;
                        break;
                }
            }

            return arranged;
        }

        private void AddArrangedBy(IInvocationOperation invocation, HashSet<ITypeSymbol> types)
        {
            if (!OperationQueries.FaultsATask(invocation) && !(_model.Doubles.TryGetDoubleConfiguration(invocation, out var configuration) && configuration.Kind == ConfigurationKind.Throws))
            {
                return;
            }

            foreach (var typeArgument in invocation.TargetMethod.TypeArguments)
            {
                if (FailureSetupService.IsException(typeArgument))
                {
                    types.Add(typeArgument);
                }
            }

            foreach (var argument in invocation.Arguments)
            {
                if (OperationQueries.Unwrap(argument.Value) is IObjectCreationOperation { Type: { } created } && FailureSetupService.IsException(created))
                {
                    types.Add(created);
                }
            }
        }

        private static bool IsCancellationType(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "CancellationToken" or "CancellationTokenSource" } named &&
            KnownTypeCatalog.NamespaceOf(named) == "System.Threading";

        /// <summary>
        /// True when <paramref name="root"/> asserts, verifies or fails the test — directly, in its lambdas, or through methods of this
        /// compilation that do (a few calls deep). Unlike <see cref="ContainsCheck(IOperation, AssertionConventions, CancellationToken)"/>,
        /// an explicit <c>throw</c> (product code rejecting its input) is not an assertion here.
        /// </summary>
        public bool ContainsAssertion(IOperation root, AssertionConventions conventions, CancellationToken cancellationToken) =>
            ContainsAssertion(root, conventions, null, 0, cancellationToken);

        private bool ContainsAssertion(IOperation root, AssertionConventions conventions, HashSet<IMethodSymbol>? onPath, int depth, CancellationToken cancellationToken)
        {
            if (depth > MaxAssertionOnlyDepth || !StackGuard.IsSufficient())
            {
                return false;
            }

            foreach (var operation in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation is not IInvocationOperation invocation)
                {
                    continue;
                }

                if (_model.Classify(invocation, conventions).IsCheck)
                {
                    return true;
                }

                var target = (invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod).OriginalDefinition;
                if (!SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, _model.Compilation.Assembly) || target.DeclaringSyntaxReferences.IsDefaultOrEmpty)
                {
                    continue;
                }

                onPath ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
                if (!onPath.Add(target))
                {
                    continue;
                }

                foreach (var reference in target.DeclaringSyntaxReferences)
                {
                    if (_model.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken) is { } body &&
                        ContainsAssertion(body, conventions, onPath, depth + 1, cancellationToken))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// True when <paramref name="statements"/> can only fail by an assertion failure: each is an assertion, verification or
        /// <c>Assert.Fail</c> whose arguments evaluate nothing before the check runs (lambdas, constants, variables), or a call,
        /// without such arguments, to a method of this compilation whose statements are all of that kind (a few levels deep).
        /// </summary>
        public bool CanFailOnlyByAssertion(IBlockOperation statements) => CanFailOnlyByAssertion(statements, null, 0);

        private bool CanFailOnlyByAssertion(IBlockOperation block, HashSet<IMethodSymbol>? onPath, int depth)
        {
            if (depth > MaxAssertionOnlyDepth || !StackGuard.IsSufficient())
            {
                return false;
            }

            var sawCheck = false;
            foreach (var statement in block.Operations)
            {
                var expression = statement is IExpressionStatementOperation { Operation: var operation } ? operation : statement;
                if (expression is IAwaitOperation awaited)
                {
                    expression = awaited.Operation;
                }

                switch (expression)
                {
                    case IReturnOperation { ReturnedValue: null }:
                    case IEmptyOperation:
                        continue;

                    case IInvocationOperation invocation when !EvaluatesBeforeCall(invocation):
                        if (_model.Classify(invocation).IsCheck)
                        {
                            sawCheck = true;
                            continue;
                        }

                        var target = invocation.TargetMethod.OriginalDefinition;
                        if (GetBlockBody(target) is { } body)
                        {
                            onPath ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
                            if (onPath.Add(target))
                            {
                                var only = CanFailOnlyByAssertion(body, onPath, depth + 1);
                                onPath.Remove(target);
                                if (only)
                                {
                                    sawCheck = true;
                                    continue;
                                }
                            }
                        }

                        return false;
                }

                return false;
            }

            return sawCheck;
        }

        /// <summary>An argument (or receiver) is computed by a call or creation of code other than the assertion library before the call itself runs.</summary>
        private static bool EvaluatesBeforeCall(IInvocationOperation invocation)
        {
            if (invocation.Instance is { } instance && !IsInert(instance))
            {
                return true;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (!IsInert(argument.Value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Nothing in <paramref name="value"/> runs code that could throw before the assertion does: constants, variables, lambdas
        /// (they run inside the assertion), and NUnit's constraint builders (<c>Is.EqualTo(1)</c>).
        /// </summary>
        private static bool IsInert(IOperation value)
        {
            var pending = new Stack<IOperation>();
            pending.Push(value);
            for (var visited = 0; pending.Count > 0; visited++)
            {
                if (visited > 256)
                {
                    return false;
                }

                var current = pending.Pop();
                switch (current)
                {
                    case IAnonymousFunctionOperation:
                    case IDelegateCreationOperation:
                        continue;
                    case IInvocationOperation { TargetMethod.ContainingType: var type } when !IsNUnitFrameworkType(type):
                    case IObjectCreationOperation { Type: var createdType } when !IsNUnitFrameworkType(createdType):
                    case IAwaitOperation:
                        return false;
                }

                foreach (var child in current.ChildOperations)
                {
                    pending.Push(child);
                }
            }

            return true;
        }

        private static bool IsNUnitFrameworkType(ITypeSymbol? type) =>
            type is not null && KnownTypeCatalog.NamespaceOf(type).StartsWith("NUnit.Framework", StringComparison.Ordinal);

        /// <summary>The body (block or expression) of a method declared in this compilation, bound through the Model's semantic models.</summary>
        private IBlockOperation? GetBlockBody(IMethodSymbol method)
        {
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax declaration &&
                    _model.GetOperation(declaration, CancellationToken.None) is IMethodBodyOperation body)
                {
                    return body.BlockBody ?? body.ExpressionBody;
                }
            }

            return null;
        }

        /// <summary>
        /// True when every statement of <paramref name="block"/> only writes diagnostic output (<c>Console.Write*</c>,
        /// <c>Debug</c>/<c>Trace</c>, a <c>TextWriter</c>, xUnit's <c>ITestOutputHelper</c>, the frameworks' <c>TestContext</c>)
        /// or declares a local used by nothing but such output: code that is not the behaviour under test.
        /// </summary>
        public static bool OnlyWritesOutput(IBlockOperation block)
        {
            var sawOutput = false;
            List<ILocalSymbol>? locals = null;
            foreach (var statement in block.Operations)
            {
                switch (statement)
                {
                    case IExpressionStatementOperation { Operation: IInvocationOperation invocation } when IsOutputWrite(invocation):
                        sawOutput = true;
                        continue;
                    case IVariableDeclarationGroupOperation group:
                        foreach (var declaration in group.Declarations)
                        {
                            foreach (var declarator in declaration.Declarators)
                            {
                                (locals ??= new List<ILocalSymbol>()).Add(declarator.Symbol);
                            }
                        }

                        continue;
                }

                return false;
            }

            if (!sawOutput)
            {
                return false;
            }

            if (locals is null)
            {
                return true;
            }

            // A declared local may only be read by the output writes.
            foreach (var operation in block.Descendants())
            {
                if (operation is ILocalReferenceOperation reference && locals.Contains(reference.Local) && !IsInsideOutputWrite(reference))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsInsideOutputWrite(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IInvocationOperation invocation && IsOutputWrite(invocation))
                {
                    return true;
                }

                if (current is IExpressionStatementOperation or IVariableDeclarationGroupOperation)
                {
                    return false;
                }
            }

            return false;
        }

        private static bool IsOutputWrite(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!method.Name.StartsWith("Write", StringComparison.Ordinal) || method.ContainingType is not { } type)
            {
                return false;
            }

            switch (KnownTypeCatalog.NamespaceOf(type))
            {
                case "System":
                    return type.Name == "Console";
                case "System.Diagnostics":
                    return type.Name == "Debug" || type.Name == "Trace";
                case "System.IO":
                    return true;
            }

            return type.Name == "ITestOutputHelper" || type.Name == "TestContext" || type.Name == "TestOutputHelper";
        }
    }

    /// <summary>The exceptions a test arranges to be thrown (<see cref="AssertionService.GetArrangedExceptions"/>).</summary>
    internal sealed class ArrangedExceptions
    {
        public HashSet<ITypeSymbol> Types { get; } = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);

        /// <summary>The test handles a cancellation token or source of its own: it may provoke the cancellation exceptions.</summary>
        public bool Cancellation { get; set; }

        /// <summary>True when a <c>catch</c> of <paramref name="catchType"/> catches exactly an exception the test arranged.</summary>
        public bool Contains(ITypeSymbol catchType)
        {
            if (Types.Contains(catchType))
            {
                return true;
            }

            return Cancellation && (catchType.Name == "OperationCanceledException" || catchType.Name == "TaskCanceledException") &&
                KnownTypeCatalog.NamespaceOf(catchType).StartsWith("System", StringComparison.Ordinal);
        }
    }
}
