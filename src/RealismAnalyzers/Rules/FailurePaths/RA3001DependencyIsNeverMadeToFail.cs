using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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
            context.RegisterOperationBlockAction(block => OnTestBody(block, model, facts));
            context.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is IMethodSymbol method && method.ContainingType is { } type && model.Tests.IsTestMethod(method))
                    {
                        facts.TestsByClass.GetOrAdd(type, _ => new ConcurrentDictionary<IMethodSymbol, byte>(SymbolEqualityComparer.Default)).TryAdd(method, 0);
                    }
                },
                SymbolKind.Method);
            context.RegisterCompilationEndAction(end => Decide(end, model, facts));
        }

        /// <summary>One double creation: of what, where, the symbol it is stored in, and whether the creation itself configures it.</summary>
        private readonly struct Creation
        {
            public Creation(ITypeSymbol type, ISymbol container, Location location, ISymbol? holder, bool configured)
            {
                Type = type;
                Container = container;
                Location = location;
                Holder = holder;
                Configured = configured;
            }

            public ITypeSymbol Type { get; }

            public ISymbol Container { get; }

            public Location Location { get; }

            public ISymbol? Holder { get; }

            public bool Configured { get; }
        }

        /// <summary>What the tests of the compilation configure or verify on the doubles of one type.</summary>
        private sealed class TypeUse
        {
            /// <summary>The members configured or verified (method or property).</summary>
            public ConcurrentDictionary<ISymbol, byte> Members { get; } = new ConcurrentDictionary<ISymbol, byte>(SymbolEqualityComparer.Default);

            /// <summary>A configuration or verification whose member the Model cannot tell.</summary>
            public bool UnknownMember { get; set; }
        }

        private sealed class Facts
        {
            public ConcurrentBag<Creation> Creations { get; } = new ConcurrentBag<Creation>();

            public ConcurrentDictionary<ITypeSymbol, byte> Failing { get; } =
                new ConcurrentDictionary<ITypeSymbol, byte>(SymbolEqualityComparer.Default);

            public ConcurrentDictionary<ITypeSymbol, TypeUse> Uses { get; } =
                new ConcurrentDictionary<ITypeSymbol, TypeUse>(SymbolEqualityComparer.Default);

            /// <summary>For the tests of classes whose setup creates doubles: the setup symbols each test touches itself (body and helpers).</summary>
            public ConcurrentDictionary<IMethodSymbol, HashSet<ISymbol>> Touched { get; } =
                new ConcurrentDictionary<IMethodSymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);

            /// <summary>The same, named by the test's own body only: where an unconfigured double counts only when the test hands it over itself.</summary>
            public ConcurrentDictionary<IMethodSymbol, HashSet<ISymbol>> NamedInBody { get; } =
                new ConcurrentDictionary<IMethodSymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);

            /// <summary>Setup holders (fields, properties, setup locals) that the class's setup itself configures.</summary>
            public Dictionary<ISymbol, bool> ConfiguredInSetup { get; } = new Dictionary<ISymbol, bool>(SymbolEqualityComparer.Default);

            public TypeUse UseOf(ITypeSymbol type) => Uses.GetOrAdd(type, _ => new TypeUse());

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
            if (model.Doubles.TryGetDoubleCreation(operation, out var testDouble))
            {
                var type = testDouble.DoubledType;
                if (type.TypeKind != TypeKind.Error && type.TypeKind != TypeKind.TypeParameter)
                {
                    var hasSite = model.Doubles.TryGetDoubleSite(operation, out var site);
                    var configured = hasSite && model.Doubles.IsConfiguredAtCreation(site);
                    if (configured)
                    {
                        var use = facts.UseOf(type);
                        foreach (var member in model.Doubles.GetMembersConfiguredAtCreation(site))
                        {
                            use.Members.TryAdd(member, 0);
                        }
                    }

                    facts.Creations.Add(new Creation(type, context.ContainingSymbol, operation.Syntax.GetLocation(), hasSite ? site.Holder : null, configured));
                }

                return;
            }

            if (operation is not IInvocationOperation invocation)
            {
                return;
            }

            if (model.FailureSetups.IsFailingConfiguration(invocation, out var configuration))
            {
                if (configuration.DoubledType is { } failing)
                {
                    facts.Failing.TryAdd(failing, 0);
                }

                return;
            }

            if (configuration.DoubledType is { } configuredType)
            {
                RecordConfiguration(facts.UseOf(configuredType), configuration);
                return;
            }

            if (model.Doubles.TryGetVerifiedMember(invocation, out var verifiedType, out var verified) && verifiedType is not null)
            {
                var use = facts.UseOf(verifiedType);
                if (verified is null)
                {
                    use.UnknownMember = true;
                }
                else
                {
                    use.Members.TryAdd(verified, 0);
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

        private static void RecordConfiguration(TypeUse use, DoubleConfiguration configuration)
        {
            if (configuration.Member is { } member)
            {
                use.Members.TryAdd(member, 0);
            }
            else
            {
                // Moq SetupAllProperties(), Protected().Setup("Member", ...), NSubstitute ReturnsForAll<T>(): no single member.
                use.UnknownMember = true;
            }
        }

        /// <summary>For each test of a class whose setup creates doubles, which of them it touches itself (names, configures, verifies).</summary>
        private static void OnTestBody(OperationBlockAnalysisContext block, TestingModel model, Facts facts)
        {
            if (block.OwningSymbol is not IMethodSymbol { ContainingType: { } type } method || !model.Tests.IsTestMethod(method) ||
                TestBodies.FindBody(block.OperationBlocks) is not { } body)
            {
                return;
            }

            var setup = model.Doubles.GetSetupDoubles(type, block.CancellationToken);
            if (!setup.Doubles.IsEmpty)
            {
                facts.Touched.TryAdd(method, model.Doubles.GetTouchedSetupSymbols(method, body, setup, block.CancellationToken));
                facts.NamedInBody.TryAdd(method, model.Doubles.GetTouchedSetupSymbols(method, body, setup, block.CancellationToken, throughHelpers: false));
            }
        }

        private static void Decide(CompilationAnalysisContext context, TestingModel model, Facts facts)
        {
            var byType = new Dictionary<ITypeSymbol, (HashSet<IMethodSymbol> Tests, Location First)>(SymbolEqualityComparer.Default);
            foreach (var creation in facts.Creations)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var type = creation.Type;
                if (facts.Failing.ContainsKey(type) || IsFiller(model, facts, creation))
                {
                    continue;
                }

                // A creation that serves no test (a dummy no test touches) is not where the type is doubled for a test: not the place to report.
                var served = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
                AddTestsServedBy(creation.Container, creation, model, facts, served, new HashSet<ISymbol>(SymbolEqualityComparer.Default), 0, context.CancellationToken);
                if (served.Count == 0)
                {
                    continue;
                }

                if (!byType.TryGetValue(type, out var entry))
                {
                    entry = (new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), creation.Location);
                }
                else if (SourceOrder.IsBefore(creation.Location, entry.First))
                {
                    entry.First = creation.Location;
                }

                entry.Tests.UnionWith(served);
                byType[type] = entry;
            }

            foreach (var pair in byType)
            {
                var type = pair.Key;
                var (tests, first) = pair.Value;
                var minimum = RealismOptions.GetCount(context.Options, first.SourceTree, RealismOptions.RA3001MinTests, DefaultMinTests);
                if (tests.Count < minimum || FailureSetupService.IsDataType(type) || FailureSetupService.HasNoFailurePath(type) || DoubleService.IsPlumbingType(type) || DoubleService.IsConfigurationSourceType(type) ||
                    model.Doubles.IsLoggerType(type, context.Options, first.SourceTree) || !IsDependencyThatCouldFail(facts, type))
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

        /// <summary>
        /// True for a double that only fills a parameter: of a type no test configures or verifies anywhere, and created inline as an
        /// argument (<c>new Sut(Mock.Of&lt;T&gt;())</c>) or by a helper. Nothing says the tested code even calls it; one that a test creates
        /// in a local, or names in a setup field in its own body, and hands over itself still counts for that test.
        /// </summary>
        private static bool IsFiller(TestingModel model, Facts facts, Creation creation)
        {
            if (facts.Uses.ContainsKey(creation.Type) || creation.Configured)
            {
                return false;
            }

            return creation.Holder is null ||
                !(creation.Container is IFieldSymbol or IPropertySymbol || (creation.Container is IMethodSymbol method && (model.Tests.IsTestMethod(method) || model.Tests.IsSetupMember(method))));
        }

        /// <summary>
        /// False for a type on which the tests only ask for values (properties, configuration lookups: a configuration source) or for
        /// objects a factory or provider hands out (what fails is the object handed out): neither is a dependency whose failure a test
        /// could rehearse.
        /// </summary>
        private static bool IsDependencyThatCouldFail(Facts facts, ITypeSymbol type)
        {
            if (!facts.Uses.TryGetValue(type, out var use) || use.UnknownMember)
            {
                return true;
            }

            foreach (var member in use.Members.Keys)
            {
                if (!DoubleService.IsValueRead(member) && !DoubleService.IsHandOutMember(member, type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The tests a double created in <paramref name="container"/> serves: the test itself; for a double of a class's setup, the tests of
        /// the class that touch it themselves (or all of them when the setup or the creation configures it); or the tests calling a helper.
        /// </summary>
        private static void AddTestsServedBy(
            ISymbol container,
            Creation creation,
            TestingModel model,
            Facts facts,
            HashSet<IMethodSymbol> tests,
            HashSet<ISymbol> visited,
            int depth,
            CancellationToken cancellationToken)
        {
            if (!visited.Add(container) || !StackGuard.IsSufficient())
            {
                return;
            }

            if (container is IMethodSymbol method && model.Tests.IsTestMethod(method))
            {
                tests.Add(method);
                return;
            }

            if (container is IFieldSymbol || container is IPropertySymbol || model.Tests.IsSetupMember(container))
            {
                if (container.ContainingType is { } setupClass && facts.TestsByAncestor().TryGetValue(setupClass.OriginalDefinition, out var served))
                {
                    var holder = creation.Holder;
                    if (creation.Configured || (holder is not null && IsConfiguredInSetup(model, facts, setupClass, holder, cancellationToken)))
                    {
                        tests.UnionWith(served);
                    }
                    else if (holder is not null)
                    {
                        // A double no test configures or verifies counts only where the test itself hands it over, not through a helper.
                        var named = facts.Uses.ContainsKey(creation.Type) ? facts.Touched : facts.NamedInBody;
                        foreach (var test in served)
                        {
                            if (named.TryGetValue(test, out var touched) && touched.Contains(holder))
                            {
                                tests.Add(test);
                            }
                        }
                    }
                }

                return;
            }

            if (container is IMethodSymbol helper && depth < MaxHelperDepth &&
                facts.Callers.TryGetValue(helper.OriginalDefinition, out var callers))
            {
                foreach (var caller in callers.Keys)
                {
                    AddTestsServedBy(caller, creation, model, facts, tests, visited, depth + 1, cancellationToken);
                }
            }
        }

        /// <summary>True when the setup of <paramref name="setupClass"/> configures the double held in <paramref name="holder"/> (memoised; compilation end only).</summary>
        private static bool IsConfiguredInSetup(TestingModel model, Facts facts, INamedTypeSymbol setupClass, ISymbol holder, CancellationToken cancellationToken)
        {
            if (!facts.ConfiguredInSetup.TryGetValue(holder, out var configured))
            {
                configured = model.Doubles.IsConfiguredIn(model.Tests.GetSetupOperations(setupClass, cancellationToken), holder, cancellationToken);
                facts.ConfiguredInSetup[holder] = configured;
            }

            return configured;
        }
    }
}
