using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class ClockAndTaskService
    {
        private int _referencesXunitV3 = -1;

        /// <summary>True when the compilation references xUnit v3 (<c>xunit.v3.core</c>) rather than v2.</summary>
        public bool ReferencesXunitV3
        {
            get
            {
                if (_referencesXunitV3 < 0)
                {
                    var v3 = false;
                    foreach (var assembly in _model.Compilation.ReferencedAssemblyNames)
                    {
                        if (string.Equals(assembly.Name, "xunit.v3.core", System.StringComparison.OrdinalIgnoreCase))
                        {
                            v3 = true;
                            break;
                        }
                    }

                    _referencesXunitV3 = v3 ? 1 : 0;
                }

                return _referencesXunitV3 == 1;
            }
        }

        /// <summary>
        /// The rule of the framework's own analyzer that reports <paramref name="test"/> for being <c>async void</c>, or null when
        /// none does (or the user asked the determinism rules not to defer). xUnit1048/xUnit1049 report tests whose attribute is
        /// exactly <c>[Fact]</c> or <c>[Theory]</c>; NUnit1012 tests with <c>[TestCase]</c>, or <c>[Test]</c> without another test
        /// builder; MSTEST0003 tests with exactly <c>[TestMethod]</c>; TUnit0031 every TUnit test.
        /// </summary>
        public string? FrameworkRuleForAsyncVoidTest(IMethodSymbol test, TestFramework framework, AnalyzerOptions options, SyntaxTree tree, CancellationToken cancellationToken)
        {
            if (!DefersToFrameworkAnalyzers(options, tree))
            {
                return null;
            }

            string? rule = null;
            switch (framework)
            {
                case TestFramework.XUnit:
                    if (HasExactXunitTestAttribute(test, throughOverrides: true))
                    {
                        rule = ReferencesXunitV3 ? FrameworkAnalyzerRules.XUnitAsyncVoidV3 : FrameworkAnalyzerRules.XUnitAsyncVoidV2;
                    }

                    break;
                case TestFramework.NUnit:
                    if (NUnitAnalyzerChecksSignature(test))
                    {
                        rule = FrameworkAnalyzerRules.NUnitAsyncVoid;
                    }

                    break;
                case TestFramework.MSTest:
                    if (HasAttributeExactly(test, "TestMethodAttribute", "Microsoft.VisualStudio.TestTools.UnitTesting"))
                    {
                        rule = FrameworkAnalyzerRules.MSTestTestMethodShouldBeValid;
                    }

                    break;
                case TestFramework.TUnit:
                    rule = FrameworkAnalyzerRules.TUnitAsyncVoid;
                    break;
            }

            return rule is not null && IsRuleOn(rule, enabledByDefault: true, tree, cancellationToken) ? rule : null;
        }

        /// <summary>
        /// The rule of the framework's own analyzer that reports the blocking call <paramref name="blocking"/> (of kind
        /// <paramref name="kind"/>, inside <paramref name="owner"/>), or null. xUnit1031 reports <c>.Result</c>, <c>.Wait()</c> and
        /// <c>.GetAwaiter().GetResult()</c> in the body of a method marked exactly <c>[Fact]</c> or <c>[Theory]</c>, not in its lambdas
        /// or local functions; MSTEST0067, when turned on, reports <c>Task.Wait</c> and <c>Task&lt;T&gt;.Result</c> in MSTest tests and
        /// fixture methods, lambdas included. NUnit.Analyzers and TUnit's analyzers have no such rule.
        /// </summary>
        public string? FrameworkRuleForBlockingCall(IOperation blocking, BlockingKind kind, IOperation task, ISymbol? owner, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var tree = blocking.Syntax.SyntaxTree;
            if (owner is not IMethodSymbol method || !DefersToFrameworkAnalyzers(options, tree))
            {
                return null;
            }

            if (method.MethodKind == MethodKind.Ordinary && _model.Tests.GetTestInfo(method) is { Framework: TestFramework.XUnit } &&
                HasExactXunitTestAttribute(method, throughOverrides: false) && !IsInsideFunction(blocking) &&
                IsRuleOn(FrameworkAnalyzerRules.XUnitBlocking, enabledByDefault: true, tree, cancellationToken))
            {
                return FrameworkAnalyzerRules.XUnitBlocking;
            }

            if (kind != BlockingKind.GetResult && task.Type is INamedTypeSymbol { Name: "Task" } &&
                IsMSTestTestCode(method) && IsRuleOn(FrameworkAnalyzerRules.MSTestBlocking, enabledByDefault: false, tree, cancellationToken))
            {
                return FrameworkAnalyzerRules.MSTestBlocking;
            }

            return null;
        }

        /// <summary>The rule of the framework's own analyzer that reports <c>Thread.Sleep</c> in <paramref name="owner"/> (MSTEST0067 when on), or null.</summary>
        public string? FrameworkRuleForSleep(IInvocationOperation sleep, SleepKind kind, ISymbol? owner, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var tree = sleep.Syntax.SyntaxTree;
            if (kind != SleepKind.ThreadSleep || owner is not IMethodSymbol method || !DefersToFrameworkAnalyzers(options, tree))
            {
                return null;
            }

            return IsMSTestTestCode(method) && IsRuleOn(FrameworkAnalyzerRules.MSTestBlocking, enabledByDefault: false, tree, cancellationToken)
                ? FrameworkAnalyzerRules.MSTestBlocking
                : null;
        }

        private static bool IsInsideFunction(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        internal static bool DefersToFrameworkAnalyzers(AnalyzerOptions options, SyntaxTree tree) =>
            RealismOptions.GetFlag(options, tree, RealismOptions.DeferToFrameworkAnalyzers, fallback: true);

        /// <summary>
        /// True when a rule of another analyzer will be reported for <paramref name="tree"/>: its severity as configured
        /// (<c>.editorconfig</c>, <c>.globalconfig</c> such as an analysis mode's, rule sets and <c>/nowarn</c>), else its default.
        /// </summary>
        internal bool IsRuleOn(string id, bool enabledByDefault, SyntaxTree tree, CancellationToken cancellationToken)
        {
            var report = ReportDiagnostic.Default;
            var provider = _model.Compilation.Options.SyntaxTreeOptionsProvider;
            if (provider is not null && provider.TryGetDiagnosticValue(tree, id, cancellationToken, out var perTree))
            {
                report = perTree;
            }
            else if (provider is not null && provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out var global))
            {
                report = global;
            }
            else if (_model.Compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var specific))
            {
                report = specific;
            }

            switch (report)
            {
                case ReportDiagnostic.Default:
                    return enabledByDefault;
                case ReportDiagnostic.Error:
                case ReportDiagnostic.Warn:
                case ReportDiagnostic.Info:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// True when an attribute of <paramref name="method"/> (or, <paramref name="throughOverrides"/>, of a method it overrides)
        /// is exactly xUnit's <c>FactAttribute</c> or <c>TheoryAttribute</c>: what xunit.analyzers calls a test. Attributes derived
        /// from them (<c>[SkippableFact]</c>, a suite's own <c>[RetryFact]</c>) are not.
        /// </summary>
        private static bool HasExactXunitTestAttribute(IMethodSymbol method, bool throughOverrides)
        {
            var depth = 0;
            for (var current = method; current is not null && depth < 16; current = throughOverrides ? current.OverriddenMethod : null, depth++)
            {
                if (HasAttributeExactly(current, "FactAttribute", "Xunit") || HasAttributeExactly(current, "TheoryAttribute", "Xunit"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// NUnit.Analyzers checks the signature of a method with exactly <c>[TestCase]</c>, or with exactly <c>[Test]</c> and no other
        /// test builder (<c>[TestCaseSource]</c>, <c>[Theory]</c>, combining strategies).
        /// </summary>
        private static bool NUnitAnalyzerChecksSignature(IMethodSymbol method)
        {
            var test = false;
            var builder = false;
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is not { } type)
                {
                    continue;
                }

                if (IsExactly(type, "TestCaseAttribute", "NUnit.Framework"))
                {
                    return true;
                }

                test |= IsExactly(type, "TestAttribute", "NUnit.Framework");
                foreach (var @interface in type.AllInterfaces)
                {
                    if (@interface.Name == "ITestBuilder" && KnownTypeCatalog.NamespaceOf(@interface) == "NUnit.Framework.Interfaces")
                    {
                        builder = true;
                    }
                }
            }

            return test && !builder;
        }

        /// <summary>
        /// MSTEST0067's test code: a method with <c>[TestMethod]</c> (or an attribute derived from it) or a fixture attribute
        /// (<c>[TestInitialize]</c>, <c>[ClassInitialize]</c>, cleanups), and the lambdas and local functions inside it.
        /// </summary>
        private bool IsMSTestTestCode(IMethodSymbol method)
        {
            ISymbol? current = method;
            for (var depth = 0; current is IMethodSymbol candidate && depth < 16; depth++)
            {
                if (candidate.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction)
                {
                    current = candidate.ContainingSymbol;
                    continue;
                }

                foreach (var attribute in candidate.GetAttributes())
                {
                    var (role, framework) = _model.Attributes.Classify(attribute.AttributeClass);
                    if (framework == TestFramework.MSTest && (role & (AttributeRole.Test | AttributeRole.Setup | AttributeRole.Teardown)) != 0)
                    {
                        return true;
                    }
                }

                return false;
            }

            return false;
        }

        private static bool HasAttributeExactly(IMethodSymbol method, string name, string ns)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass is { } type && IsExactly(type, name, ns))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsExactly(INamedTypeSymbol type, string name, string ns) =>
            type.Name == name && KnownTypeCatalog.NamespaceOf(type) == ns;
    }
}
