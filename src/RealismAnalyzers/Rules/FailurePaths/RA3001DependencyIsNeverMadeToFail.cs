using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.FailurePaths
{
    /// <summary>
    /// RA3001: a type doubled in at least <c>realism.RA3001.min_tests</c> tests, none of whose doubles is ever made to fail.
    /// Facts (creations, failing configurations, calls into helpers, tests per class) are collected while the
    /// compilation is analysed; the decision is taken once, at the end of the compilation.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA3001DependencyIsNeverMadeToFail : RealismAnalyzer
    {
        private const int DefaultMinTests = 3;

        /// <summary>How many calls up from a helper that creates a double the rule looks for the tests using it.</summary>
        private const int MaxHelperDepth = 3;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA3001DependencyIsNeverMadeToFail);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            var facts = new Facts();
            context.RegisterOperationAction(
                operation => OnOperation(operation, model, facts),
                OperationKind.Invocation,
                OperationKind.ObjectCreation);
            context.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is IMethodSymbol method && method.ContainingType is { } type && model.IsTestMethod(method))
                    {
                        facts.TestsByClass.GetOrAdd(type, _ => new ConcurrentDictionary<IMethodSymbol, byte>(SymbolEqualityComparer.Default)).TryAdd(method, 0);
                    }
                },
                SymbolKind.Method);
            context.RegisterCompilationEndAction(end => Decide(end, model, facts));
        }

        private sealed class Facts
        {
            public ConcurrentBag<(ITypeSymbol Type, ISymbol Container, Location Location)> Creations { get; } =
                new ConcurrentBag<(ITypeSymbol, ISymbol, Location)>();

            public ConcurrentDictionary<ITypeSymbol, byte> Failing { get; } =
                new ConcurrentDictionary<ITypeSymbol, byte>(SymbolEqualityComparer.Default);

            /// <summary>Callers of source methods: helper → the methods that call it.</summary>
            public ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<ISymbol, byte>> Callers { get; } =
                new ConcurrentDictionary<IMethodSymbol, ConcurrentDictionary<ISymbol, byte>>(SymbolEqualityComparer.Default);

            public ConcurrentDictionary<INamedTypeSymbol, ConcurrentDictionary<IMethodSymbol, byte>> TestsByClass { get; } =
                new ConcurrentDictionary<INamedTypeSymbol, ConcurrentDictionary<IMethodSymbol, byte>>(SymbolEqualityComparer.Default);

            private Dictionary<INamedTypeSymbol, List<IMethodSymbol>>? _testsByAncestor;

            /// <summary>
            /// For each test class and each of its base classes, the tests that run that class's setup; built once at the compilation
            /// end (after every test is known), so that each setup double costs one lookup rather than a scan of every test class.
            /// </summary>
            public Dictionary<INamedTypeSymbol, List<IMethodSymbol>> TestsByAncestor()
            {
                if (_testsByAncestor is not null)
                {
                    return _testsByAncestor;
                }

                var byAncestor = new Dictionary<INamedTypeSymbol, List<IMethodSymbol>>(SymbolEqualityComparer.Default);
                foreach (var pair in TestsByClass)
                {
                    var depth = 0;
                    for (var type = pair.Key; type is not null && depth < 16; type = type.BaseType, depth++)
                    {
                        if (!byAncestor.TryGetValue(type.OriginalDefinition, out var tests))
                        {
                            byAncestor.Add(type.OriginalDefinition, tests = new List<IMethodSymbol>());
                        }

                        tests.AddRange(pair.Value.Keys);
                    }
                }

                return _testsByAncestor = byAncestor;
            }
        }

        private static void OnOperation(OperationAnalysisContext context, TestingModel model, Facts facts)
        {
            var operation = context.Operation;
            if (model.TryGetDoubleCreation(operation, out var testDouble))
            {
                var type = testDouble.DoubledType;
                if (type.TypeKind != TypeKind.Error && type.TypeKind != TypeKind.TypeParameter)
                {
                    facts.Creations.Add((type, context.ContainingSymbol, operation.Syntax.GetLocation()));
                }

                return;
            }

            if (operation is not IInvocationOperation invocation)
            {
                return;
            }

            if (model.IsFailingConfiguration(invocation, out var configuration))
            {
                if (configuration.DoubledType is { } failing)
                {
                    facts.Failing.TryAdd(failing, 0);
                }

                return;
            }

            // Calls into methods of this compilation: a helper that creates a double serves the tests that call it.
            var target = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
            if (!target.DeclaringSyntaxReferences.IsDefaultOrEmpty && context.ContainingSymbol is { } caller)
            {
                facts.Callers.GetOrAdd(target.OriginalDefinition, _ => new ConcurrentDictionary<ISymbol, byte>(SymbolEqualityComparer.Default))
                    .TryAdd(caller, 0);
            }
        }

        private static void Decide(CompilationAnalysisContext context, TestingModel model, Facts facts)
        {
            var byType = new Dictionary<ITypeSymbol, (HashSet<IMethodSymbol> Tests, Location First)>(SymbolEqualityComparer.Default);
            foreach (var (type, container, location) in facts.Creations)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (facts.Failing.ContainsKey(type))
                {
                    continue;
                }

                if (!byType.TryGetValue(type, out var entry))
                {
                    entry = (new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), location);
                }
                else if (FailurePathOptions.IsBefore(location, entry.First))
                {
                    entry.First = location;
                }

                AddTestsServedBy(container, model, facts, entry.Tests, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0);
                byType[type] = entry;
            }

            foreach (var pair in byType)
            {
                var type = pair.Key;
                var (tests, first) = pair.Value;
                var minimum = FailurePathOptions.GetInt(context.Options, first.SourceTree, FailurePathOptions.RA3001MinTests, DefaultMinTests);
                if (tests.Count < minimum || TestingModel.IsDataType(type) || TestingModel.HasNoFailurePath(type))
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RA3001DependencyIsNeverMadeToFail,
                    first,
                    type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                    tests.Count));
            }
        }

        /// <summary>The tests a double created in <paramref name="container"/> serves: the test itself, every test of a setup's class, or the tests calling a helper.</summary>
        private static void AddTestsServedBy(ISymbol container, TestingModel model, Facts facts, HashSet<IMethodSymbol> tests, HashSet<ISymbol> visited, int depth)
        {
            if (!visited.Add(container) || !StackGuard.IsSufficient())
            {
                return;
            }

            if (container is IMethodSymbol method && model.IsTestMethod(method))
            {
                tests.Add(method);
                return;
            }

            if (container is IFieldSymbol || container is IPropertySymbol || model.IsSetupMember(container))
            {
                if (container.ContainingType is { } setupClass)
                {
                    AddTestsOfClass(setupClass, facts, tests);
                }

                return;
            }

            if (container is IMethodSymbol helper && depth < MaxHelperDepth &&
                facts.Callers.TryGetValue(helper.OriginalDefinition, out var callers))
            {
                foreach (var caller in callers.Keys)
                {
                    AddTestsServedBy(caller, model, facts, tests, visited, depth + 1);
                }
            }
        }

        /// <summary>The tests of <paramref name="setupClass"/> and of the test classes deriving from it (they run its setup too).</summary>
        private static void AddTestsOfClass(INamedTypeSymbol setupClass, Facts facts, HashSet<IMethodSymbol> tests)
        {
            if (facts.TestsByAncestor().TryGetValue(setupClass.OriginalDefinition, out var served))
            {
                tests.UnionWith(served);
            }
        }
    }
}
