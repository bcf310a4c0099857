using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    internal sealed partial class TestCatalog
    {
        private readonly ConcurrentDictionary<string, ProductionScope> _productionScopes = new ConcurrentDictionary<string, ProductionScope>();

        private ImmutableHashSet<INamespaceSymbol>? _testNamespaces;

        private readonly ConcurrentDictionary<IAssemblySymbol, AssemblyRole> _assemblyRoles =
            new ConcurrentDictionary<IAssemblySymbol, AssemblyRole>(SymbolEqualityComparer.Default);

        private int _librariesUnderTest = -1;

        /// <summary>
        /// What the referenced assembly is to this suite. The suite's own product is production whatever its name: an assembly that grants
        /// this one access to its internals, or whose family this suite is named after (TUnit's own tests test TUnit). Otherwise testing
        /// libraries by exact name and the .NET platform by its signing keys (<see cref="KnownAssemblyCatalog"/>).
        /// </summary>
        public AssemblyRole RoleOf(IAssemblySymbol assembly) => _assemblyRoles.GetOrAdd(assembly, ComputeRole);

        private AssemblyRole ComputeRole(IAssemblySymbol assembly)
        {
            if (SymbolEqualityComparer.Default.Equals(assembly, _model.Compilation.Assembly) || IsProductOfSuite(assembly))
            {
                return AssemblyRole.Production;
            }

            return KnownAssemblyCatalog.Classify(assembly.Identity);
        }

        private bool IsProductOfSuite(IAssemblySymbol assembly) =>
            assembly.GivesAccessTo(_model.Compilation.Assembly) ||
            (_model.Compilation.AssemblyName is { } name && KnownAssemblyCatalog.IsOfFamily(name, assembly.Name));

        /// <summary>
        /// The kinds of testing library whose own test suite this compilation is (NSubstitute's specs test a double library, TUnit's tests a
        /// framework and its assertions): there the library's calls are the product, not a test's assertions or doubles, and the rules that
        /// judge how a test uses that kind of library stay silent (<see cref="RealismAnalyzer"/>).
        /// </summary>
        public TestingLibraryKinds LibrariesUnderTest
        {
            get
            {
                if (_librariesUnderTest < 0)
                {
                    var kinds = TestingLibraryKinds.None;
                    foreach (var assembly in _model.Compilation.SourceModule.ReferencedAssemblySymbols)
                    {
                        var libraryKinds = KnownAssemblyCatalog.KindsOf(assembly.Name);
                        if (libraryKinds != TestingLibraryKinds.None && IsProductOfSuite(assembly))
                        {
                            kinds |= libraryKinds;
                        }
                    }

                    _librariesUnderTest = (int)kinds;
                }

                return (TestingLibraryKinds)_librariesUnderTest;
            }
        }

        /// <summary>
        /// What counts as production code for <paramref name="tree"/>, under <c>realism.production_assemblies</c> (the one definition every
        /// rule asks: without the option, referenced assemblies that are neither the platform nor a testing library).
        /// </summary>
        public ProductionScope GetProductionScope(AnalyzerOptions? options, SyntaxTree? tree)
        {
            // Asked for every assertion and call some rules judge: the answer is kept per options provider (a new one comes with new
            // .editorconfig) and tree, as the assertion conventions are.
            if (options?.AnalyzerConfigOptionsProvider is not { } provider || tree is null)
            {
                return ScopeFor(RealismOptions.GetText(options, tree, RealismOptions.ProductionAssemblies));
            }

            var byTree = _productionScopesByTree.GetValue(provider, s_newScopesByTree);
            if (byTree.TryGetValue(tree, out var scope))
            {
                return scope;
            }

            return byTree.GetOrAdd(tree, ScopeFor(RealismOptions.GetText(options, tree, RealismOptions.ProductionAssemblies)));
        }

        private ProductionScope ScopeFor(string? patterns) =>
            _productionScopes.GetOrAdd(patterns ?? string.Empty, p => new ProductionScope(_model, p));

        private static readonly ConditionalWeakTable<AnalyzerConfigOptionsProvider, ConcurrentDictionary<SyntaxTree, ProductionScope>>.CreateValueCallback s_newScopesByTree =
            _ => new ConcurrentDictionary<SyntaxTree, ProductionScope>();

        private readonly ConditionalWeakTable<AnalyzerConfigOptionsProvider, ConcurrentDictionary<SyntaxTree, ProductionScope>> _productionScopesByTree =
            new ConditionalWeakTable<AnalyzerConfigOptionsProvider, ConcurrentDictionary<SyntaxTree, ProductionScope>>();

        /// <summary>
        /// True when a type declared in this compilation belongs to the tests: a test class, a type nested in or derived from one,
        /// or a type in a namespace that holds test classes (fixtures, builders, fakes next to the tests).
        /// </summary>
        public bool IsTestSideType(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                for (var baseType = current; baseType is not null; baseType = baseType.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, _model.Compilation.Assembly) && IsTestClass(baseType))
                    {
                        return true;
                    }
                }
            }

            var namespaces = _testNamespaces ??= FindTestNamespaces(cancellationToken);
            return type.ContainingNamespace is { } ns && namespaces.Contains(ns);
        }

        private bool IsTestClass(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol method && (IsTestMethod(method) || (method.MethodKind == MethodKind.Ordinary && IsSetupMember(method))))
                {
                    return true;
                }
            }

            return false;
        }

        private ImmutableHashSet<INamespaceSymbol> FindTestNamespaces(CancellationToken cancellationToken)
        {
            var builder = ImmutableHashSet.CreateBuilder<INamespaceSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<INamespaceSymbol>();
            pending.Push(_model.Compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var ns = pending.Pop();
                foreach (var member in ns.GetMembers())
                {
                    if (member is INamespaceSymbol child)
                    {
                        pending.Push(child);
                    }
                    else if (member is INamedTypeSymbol type && !builder.Contains(ns) && IsTestClass(type))
                    {
                        builder.Add(ns);
                    }
                }
            }

            return builder.ToImmutable();
        }

    }

    /// <summary>
    /// What counts as production code under one value of <c>realism.production_assemblies</c>: referenced assemblies that are not
    /// framework or test libraries (or those the option names), and types of this compilation that are not test-side.
    /// Memoises which types and source methods touch production code.
    /// </summary>
    internal sealed class ProductionScope
    {
        private readonly TestingModel _model;
        private readonly Regex? _patterns;
        private readonly ConcurrentDictionary<IAssemblySymbol, bool> _assemblies = new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _types = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<IMethodSymbol, bool> _methods = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _setups = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        internal ProductionScope(TestingModel model, string patterns)
        {
            _model = model;
            _patterns = ParsePatterns(patterns);
        }

        /// <summary>True when the option names the production assemblies explicitly.</summary>
        public bool IsConfigured => _patterns is not null;

        /// <summary>True when <paramref name="assembly"/> is production: named by the option, or, without it, neither framework nor test library.</summary>
        public bool IsProductionAssembly(IAssemblySymbol assembly) =>
            _assemblies.GetOrAdd(assembly, a => _patterns is not null
                ? _patterns.IsMatch(a.Identity.Name)
                : _model.Tests.RoleOf(a) == AssemblyRole.Production);

        /// <summary>
        /// True when <paramref name="member"/> belongs to the product (or to a test helper of this compilation): this compilation, or a
        /// production assembly (<see cref="IsProductionAssembly"/>); not the .NET platform or a testing library.
        /// </summary>
        public bool IsProductionMember(ISymbol member) =>
            member.ContainingAssembly is { } assembly &&
            (SymbolEqualityComparer.Default.Equals(assembly, _model.Compilation.Assembly) || IsProductionAssembly(assembly));

        /// <summary>A member of the product's own code: a production assembly, or this compilation outside its test-side types.</summary>
        public bool IsProductionCode(ISymbol member) => IsProductionMember(member) && !_model.FailureSetups.IsTestCode(member);

        /// <summary>A call of the product's own code (or a test helper outside the test classes): no testing-library role, not .NET, not test code.</summary>
        public bool IsProductionCall(IInvocationOperation call) =>
            _model.Classify(call).Role == InvocationRole.None && IsProductionCode(call.TargetMethod);

        /// <summary>
        /// True when <paramref name="type"/> is production code or reaches it: declared in a production assembly or in non-test code of this
        /// compilation, built from production types (<c>List&lt;Order&gt;</c>, <c>Order[]</c>), or a test-side type that derives from
        /// or implements production types (a fake of a product interface, a <c>WebApplicationFactory&lt;Program&gt;</c>).
        /// </summary>
        public bool TouchesProduction(ITypeSymbol? type, CancellationToken cancellationToken) => TouchesProduction(type, 0, cancellationToken);

        private bool TouchesProduction(ITypeSymbol? type, int depth, CancellationToken cancellationToken)
        {
            if (type is null || depth > 6 || !StackGuard.IsSufficient())
            {
                return false;
            }

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return TouchesProduction(array.ElementType, depth + 1, cancellationToken);
                case IPointerTypeSymbol pointer:
                    return TouchesProduction(pointer.PointedAtType, depth + 1, cancellationToken);
                case INamedTypeSymbol named:
                    break;
                default:
                    return false;
            }

            if (_types.TryGetValue(type, out var known))
            {
                return known;
            }

            var result = ComputeTouches((INamedTypeSymbol)type, depth, cancellationToken);
            _types.TryAdd(type, result);
            return result;
        }

        private bool ComputeTouches(INamedTypeSymbol type, int depth, CancellationToken cancellationToken)
        {
            foreach (var argument in type.TypeArguments)
            {
                if (TouchesProduction(argument, depth + 1, cancellationToken))
                {
                    return true;
                }
            }

            var definition = type.OriginalDefinition;
            var assembly = definition.ContainingAssembly;
            if (assembly is null || type.TypeKind == TypeKind.Error)
            {
                return false;
            }

            if (!SymbolEqualityComparer.Default.Equals(assembly, _model.Compilation.Assembly))
            {
                return IsProductionAssembly(assembly);
            }

            if (!_model.Tests.IsTestSideType(definition, cancellationToken))
            {
                return true;
            }

            if (TouchesProduction(definition.BaseType, depth + 1, cancellationToken))
            {
                return true;
            }

            foreach (var @interface in definition.Interfaces)
            {
                if (TouchesProduction(@interface, depth + 1, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// True when running <paramref name="root"/> uses production code: a type, member or extension method of it, directly or through
        /// the test-side methods it calls (followed like assertion helpers), or a member of a test class whose setup uses it.
        /// </summary>
        public bool Touches(IOperation root, CancellationToken cancellationToken) => Touches(root, new Walk(), 0, cancellationToken);

        /// <summary>What one search is inside of: the helper methods and the setups being walked (their answers are not known yet).</summary>
        private sealed class Walk
        {
            public readonly HashSet<IMethodSymbol> Methods = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            public readonly HashSet<INamedTypeSymbol> Setups = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        }

        private bool Touches(IOperation root, Walk walk, int depth, CancellationToken cancellationToken)
        {
            if (depth > AssertionService.MaxHelperDepth || !StackGuard.IsSufficient())
            {
                return false;
            }

            foreach (var operation in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (TouchesProduction(operation.Type, cancellationToken))
                {
                    return true;
                }

                ISymbol? member = null;
                IMethodSymbol? followed = null;
                switch (operation)
                {
                    case IInvocationOperation invocation:
                        member = invocation.TargetMethod;
                        followed = invocation.TargetMethod;
                        foreach (var typeArgument in invocation.TargetMethod.TypeArguments)
                        {
                            if (TouchesProduction(typeArgument, cancellationToken))
                            {
                                return true;
                            }
                        }

                        break;
                    case IObjectCreationOperation creation:
                        member = creation.Constructor;
                        followed = creation.Constructor;
                        break;
                    case IMethodReferenceOperation methodReference:
                        // A method group handed on (Lazy<T>(Generate), a callback): the method runs when the delegate does.
                        member = methodReference.Method;
                        followed = methodReference.Method;
                        break;
                    case IMemberReferenceOperation reference:
                        member = reference.Member;
                        if (reference.Member is IPropertySymbol { GetMethod: { } getter })
                        {
                            followed = getter;
                        }

                        break;
                    case ITypeOfOperation typeOf:
                        if (TouchesProduction(typeOf.TypeOperand, cancellationToken))
                        {
                            return true;
                        }

                        break;
                }

                if (member?.ContainingType is { } containing)
                {
                    if (TouchesProduction(containing, cancellationToken))
                    {
                        return true;
                    }

                    // A field or property of a test class: what its setup puts there counts.
                    if ((member is IFieldSymbol || member is IPropertySymbol) && SetupTouches(containing, walk, cancellationToken))
                    {
                        return true;
                    }
                }

                if (followed is not null && MethodTouches(followed, walk, depth + 1, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        private bool MethodTouches(IMethodSymbol method, Walk walk, int depth, CancellationToken cancellationToken)
        {
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            if (depth > AssertionService.MaxHelperDepth || method.DeclaringSyntaxReferences.IsDefaultOrEmpty || !walk.Methods.Add(method))
            {
                return false;
            }

            if (_methods.TryGetValue(method, out var known))
            {
                walk.Methods.Remove(method);
                return known;
            }

            var result = false;
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                var body = _model.GetOperation(reference.GetSyntax(cancellationToken), cancellationToken);
                if (body is not null && Touches(body, walk, depth, cancellationToken))
                {
                    result = true;
                    break;
                }
            }

            walk.Methods.Remove(method);

            // "Does not touch" depends on the path that cut recursion short; only "touches" is safe to remember.
            if (result)
            {
                _methods.TryAdd(method, true);
            }

            return result;
        }

        /// <summary>
        /// True when the setup of <paramref name="type"/> (constructors, initializers, setup methods) uses production code. A setup that
        /// reads the type's own fields (<c>_fixture = fixture</c>, then <c>_fixture.Numbers</c>) meets this question again while answering
        /// it: that inner question answers no, since a setup's own fields hold only what the setup itself puts there.
        /// </summary>
        private bool SetupTouches(INamedTypeSymbol type, Walk walk, CancellationToken cancellationToken)
        {
            if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _model.Compilation.Assembly))
            {
                return false;
            }

            if (_setups.TryGetValue(type, out var known))
            {
                return known;
            }

            if (!walk.Setups.Add(type))
            {
                return false;
            }

            // The setup is a search of its own (its helpers are followed afresh), inside the setups already being walked.
            var outermost = walk.Setups.Count == 1;
            var inner = new Walk();
            inner.Setups.UnionWith(walk.Setups);
            var result = false;
            foreach (var operation in _model.Tests.GetSetupOperations(type, cancellationToken))
            {
                if (Touches(operation, inner, 1, cancellationToken))
                {
                    result = true;
                    break;
                }
            }

            walk.Setups.Remove(type);

            // A "no" reached inside another setup's walk may have been cut short by it; only the outermost answer is remembered.
            if (result || outermost)
            {
                _setups.TryAdd(type, result);
            }

            return result;
        }

        private static Regex? ParsePatterns(string patterns)
        {
            var parts = new List<string>();
            foreach (var raw in patterns.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var pattern = raw.Trim();
                if (pattern.Length > 0)
                {
                    parts.Add(Regex.Escape(pattern).Replace("\\*", ".*"));
                }
            }

            return parts.Count == 0 ? null : new Regex("^(?:" + string.Join("|", parts) + ")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        }
    }
}
