using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class FailureSetupService
    {
        /// <summary>How many helper methods deep the search follows a delegate towards an exception assertion.</summary>
        private const int MaxThrowingHelperDepth = 3;

        /// <summary>
        /// True when <paramref name="operation"/> runs inside a lambda whose throwing an exception assertion checks: passed to
        /// <c>Assert.Throws</c>/<c>ThrowsAsync</c>/<c>Catch</c>, NUnit <c>Assert.That(…, Throws.…)</c>, xUnit <c>Record.Exception</c>,
        /// TUnit <c>Assert.That(() => …).Throws…()</c>, FluentAssertions <c>Invoking(…).Should().Throw…()</c> or an <c>Action</c> local
        /// later asserted to throw, Shouldly <c>Should.Throw</c>, or to a helper of this compilation that hands it to one of these.
        /// There the code is the code under test: what it starts need not be finished, because its throwing is what the test checks.
        /// </summary>
        public bool IsInCodeExpectedToThrow(IOperation operation, CancellationToken cancellationToken)
        {
            var depth = 0;
            for (var current = operation.Parent; current is not null && depth < 64; current = current.Parent, depth++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (current is IAnonymousFunctionOperation function && IsDelegateExpectedToThrow(function, 0, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the delegate <paramref name="value"/> (a lambda, a delegate parameter) reaches an exception assertion.</summary>
        private bool IsDelegateExpectedToThrow(IOperation value, int depth, HashSet<IMethodSymbol> onPath, CancellationToken cancellationToken)
        {
            if (depth > MaxThrowingHelperDepth || !StackGuard.IsSufficient())
            {
                return false;
            }

            var consumer = OperationQueries.ValueConsumer(value);
            if (consumer is IDelegateCreationOperation creation)
            {
                consumer = OperationQueries.ValueConsumer(creation);
            }

            switch (consumer)
            {
                case IArgumentOperation { Parent: IInvocationOperation call } argument:
                    return IsThrowCheckedCall(call) || IsHelperParameterExpectedToThrow(call.TargetMethod, argument.Parameter, depth, onPath, cancellationToken);

                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    // Action act = () => …; act.Should().Throw<X>(); / Assert.Throws<X>(act);
                    var root = TestBodies.RootOf(declarator);

                    foreach (var node in root.Descendants())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (node is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol) &&
                            OperationQueries.ValueConsumer(reference) is IArgumentOperation { Parent: IInvocationOperation use } && IsThrowCheckedCall(use))
                        {
                            return true;
                        }
                    }

                    return false;
            }

            return false;
        }

        /// <summary>
        /// True when a helper of this compilation hands its delegate parameter to an exception assertion: passes it on, or calls it
        /// inside a lambda that is asserted to throw (<c>Assert.That(() => action(), Throws.TypeOf&lt;X&gt;())</c>).
        /// </summary>
        private bool IsHelperParameterExpectedToThrow(IMethodSymbol method, IParameterSymbol? parameter, int depth, HashSet<IMethodSymbol> onPath, CancellationToken cancellationToken)
        {
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            if (parameter is null || parameter.Type.TypeKind != TypeKind.Delegate || method.DeclaringSyntaxReferences.IsDefaultOrEmpty || !onPath.Add(method))
            {
                return false;
            }

            try
            {
                // Operations call extension methods in their static form, so the ordinal is the declaration's.
                var ordinal = parameter.Ordinal;
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    if (_model.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken) is not { } body)
                    {
                        continue;
                    }

                    foreach (var node in body.Descendants())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (node is not IParameterReferenceOperation use || use.Parameter.Ordinal != ordinal ||
                            !SymbolEqualityComparer.Default.Equals(use.Parameter.ContainingSymbol.OriginalDefinition, method))
                        {
                            continue;
                        }

                        // action() inside a lambda: that lambda's throwing is the delegate's.
                        if (OperationQueries.ValueConsumer(use) is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke } invoke)
                        {
                            for (var enclosing = invoke.Parent; enclosing is not null; enclosing = enclosing.Parent)
                            {
                                if (enclosing is IAnonymousFunctionOperation lambda)
                                {
                                    if (IsDelegateExpectedToThrow(lambda, depth + 1, onPath, cancellationToken))
                                    {
                                        return true;
                                    }

                                    break;
                                }
                            }

                            continue;
                        }

                        if (IsDelegateExpectedToThrow(use, depth + 1, onPath, cancellationToken))
                        {
                            return true;
                        }
                    }
                }

                return false;
            }
            finally
            {
                onPath.Remove(method);
            }
        }

        /// <summary>
        /// True when <paramref name="call"/>, or a call made on its result (<c>Invoking(…).Should().Throw&lt;X&gt;()</c>,
        /// TUnit <c>Assert.That(() => …).Throws&lt;X&gt;()</c>), checks that code throws; a "does not throw" check does not count.
        /// </summary>
        private bool IsThrowCheckedCall(IInvocationOperation call)
        {
            IOperation current = call;
            for (var depth = 0; depth < 16; depth++)
            {
                if (current is IInvocationOperation invocation && ChecksThrowing(invocation))
                {
                    return true;
                }

                if (OperationQueries.ChainParent(current) is not { } next)
                {
                    return false;
                }

                current = next;
            }

            return false;
        }

        private bool ChecksThrowing(IInvocationOperation invocation)
        {
            var info = _model.Classify(invocation);
            if (info.Kind != AssertionKind.Throws)
            {
                return false;
            }

            switch (info.Role)
            {
                case InvocationRole.AssertionStart:
                    return true; // xUnit Record.Exception: the exception is recorded to be asserted on (RA1005 checks it is).
                case InvocationRole.Assertion:
                    var name = _model.Assertions.TryGetAssertionOperands(invocation, out var operands) ? operands.CheckName : invocation.TargetMethod.Name;
                    return !AssertionOperands.ExpectsNoThrow(name) && !AssertionOperands.ExpectsNoThrow(invocation.TargetMethod.Name);
            }

            return false;
        }
    }
}
