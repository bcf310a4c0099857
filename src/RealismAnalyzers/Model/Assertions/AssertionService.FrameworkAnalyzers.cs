using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class AssertionService
    {
        /// <summary>The first xunit.assert whose <c>xunit</c> package brings xunit.analyzers 1.0 (with xUnit2021) along.</summary>
        private static readonly Version s_xunitWithAnalyzers = new Version(2, 4, 2);

        /// <summary>
        /// True when the test framework's own analyzer already reports this dropped asynchronous assertion, so that reporting it again
        /// would put two warnings on one line. An analyzer cannot see the others, so the framework (and its version) is the signal:
        /// <list type="bullet">
        /// <item>xUnit: xUnit2021 (xunit.analyzers, inside the <c>xunit</c> package since 2.4.2 and inside <c>xunit.v3</c>) reports
        /// <c>Assert.ThrowsAsync</c>, <c>ThrowsAnyAsync</c>, <c>AllAsync</c>, <c>CollectionAsync</c>, <c>PropertyChangedAsync</c>,
        /// <c>RaisesAsync</c> and <c>RaisesAnyAsync</c> whose task ends in a statement (alone or discarded), not one stored in a local.</item>
        /// <item>NUnit: NUnit2059 (NUnit.Analyzers 4.14 and later, which <c>dotnet new nunit</c> adds) reports <c>Assert.ThatAsync</c>,
        /// <c>MultipleAsync</c> and NUnit 5's <c>ThrowsAsync</c>/<c>CatchAsync</c>/<c>DoesNotThrowAsync</c> left alone as a statement.</item>
        /// <item>TUnit: TUnitAssertions0002 (inside the TUnit.Assertions package) reports every <c>Assert.That(…)</c> chain whose statement
        /// does not await it: alone, discarded, stored, or in a lambda.</item>
        /// <item>MSTest: MSTest.Analyzers (a dependency of MSTest.TestFramework) has no such rule; nothing is left to it.</item>
        /// </list>
        /// <paramref name="end"/> is the end of the assertion's chain, whose value is dropped. Null when no framework rule reports it, the user
        /// turned that rule off, or <c>realism.defer_to_framework_analyzers = false</c> asks for ours everywhere.
        /// </summary>
        public string? FrameworkRuleForDroppedAssertion(IInvocationOperation assertion, IOperation end, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var tree = assertion.Syntax.SyntaxTree;
            if (!ClockAndTaskService.DefersToFrameworkAnalyzers(options, tree))
            {
                return null;
            }

            var method = assertion.TargetMethod;
            string? rule = null;
            switch (_model.Types.Classify(method.ContainingType))
            {
                case KnownType.XUnitAssert:
                    if (IsXunitAsyncAssert(method.Name) && EndsInStatement(end, discardToo: true) && BringsXunitAnalyzers(method.ContainingAssembly))
                    {
                        rule = FrameworkAnalyzerRules.XUnitDroppedAsyncAssertion;
                    }

                    break;

                case KnownType.NUnitAssert:
                    if (IsNUnitAsyncAssert(method.Name) && EndsInStatement(end, discardToo: false))
                    {
                        rule = FrameworkAnalyzerRules.NUnitDroppedAsyncAssertion;
                    }

                    break;

                case KnownType.TUnitAssertions:
                    if (FindChainStart(assertion) is { } start && _model.Types.Classify(start.TargetMethod.ContainingType) == KnownType.TUnitAssert)
                    {
                        rule = FrameworkAnalyzerRules.TUnitDroppedAssertion;
                    }

                    break;
            }

            return rule is not null && _model.ClockAndTasks.IsRuleOn(rule, enabledByDefault: true, tree, cancellationToken) ? rule : null;
        }

        private static bool IsXunitAsyncAssert(string name)
        {
            switch (name)
            {
                case "ThrowsAsync":
                case "ThrowsAnyAsync":
                case "AllAsync":
                case "CollectionAsync":
                case "PropertyChangedAsync":
                case "RaisesAsync":
                case "RaisesAnyAsync":
                    return true;
            }

            return false;
        }

        private static bool IsNUnitAsyncAssert(string name)
        {
            switch (name)
            {
                case "ThatAsync":
                case "MultipleAsync":
                case "ThrowsAsync":
                case "CatchAsync":
                case "DoesNotThrowAsync":
                    return true;
            }

            return false;
        }

        /// <summary>The xunit.assert of v2 2.4.2 or later, or any v3 assert library: its framework package carries xUnit2021.</summary>
        private static bool BringsXunitAnalyzers(IAssemblySymbol assembly) =>
            assembly.Identity.Name != "xunit.assert" || assembly.Identity.Version >= s_xunitWithAnalyzers;

        /// <summary>The value is a statement of its own (a lambda's expression body included), or with <paramref name="discardToo"/>, <c>_ = value;</c>.</summary>
        private static bool EndsInStatement(IOperation end, bool discardToo)
        {
            switch (OperationQueries.ValueConsumer(end))
            {
                case IExpressionStatementOperation:
                    return true;
                case ISimpleAssignmentOperation { Target: IDiscardOperation } discard when discardToo:
                    return discard.Parent is IExpressionStatementOperation;
            }

            return false;
        }
    }
}
