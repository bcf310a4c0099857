using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// The testing world of one compilation: which methods are tests, what an invocation means
    /// (assertion, verification, double creation or configuration), which methods assert.
    /// Built once per compilation and shared by every analyzer; every answer is cached.
    /// </summary>
    internal sealed partial class TestingModel
    {
        private static readonly ConditionalWeakTable<Compilation, TestingModel> s_models = new ConditionalWeakTable<Compilation, TestingModel>();
        private static readonly ConditionalWeakTable<Compilation, TestingModel>.CreateValueCallback s_create = c => new TestingModel(c);

        private static readonly ImmutableArray<(string Assembly, TestFramework Framework)> s_frameworkAssemblies = ImmutableArray.Create(
            ("xunit.core", TestFramework.XUnit),
            ("xunit.v3.core", TestFramework.XUnit),
            ("nunit.framework", TestFramework.NUnit),
            ("Microsoft.VisualStudio.TestPlatform.TestFramework", TestFramework.MSTest),
            ("MSTest.TestFramework", TestFramework.MSTest),
            ("TUnit.Core", TestFramework.TUnit));

        private readonly ConcurrentDictionary<IMethodSymbol, TestMethodInfo?> _tests =
            new ConcurrentDictionary<IMethodSymbol, TestMethodInfo?>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<IOperation>> _setup =
            new ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<(string?, string?), AssertionConventions> _conventions =
            new ConcurrentDictionary<(string?, string?), AssertionConventions>();

        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels =
            new ConcurrentDictionary<SyntaxTree, SemanticModel>();

        private TestingModel(Compilation compilation)
        {
            Compilation = compilation;
            Frameworks = FindFrameworks(compilation);
        }

        public Compilation Compilation { get; }

        /// <summary>The test frameworks the compilation references.</summary>
        public ImmutableArray<TestFramework> Frameworks { get; }

        public bool HasTestFramework => !Frameworks.IsDefaultOrEmpty;

        internal KnownTypeCatalog Types { get; } = new KnownTypeCatalog();

        internal TestAttributeCatalog Attributes { get; } = new TestAttributeCatalog();

        /// <summary>The Model of <paramref name="compilation"/>, or null when it references no test framework.</summary>
        public static TestingModel? For(Compilation compilation)
        {
            var model = s_models.GetValue(compilation, s_create);
            return model.HasTestFramework ? model : null;
        }

        private static ImmutableArray<TestFramework> FindFrameworks(Compilation compilation)
        {
            var builder = ImmutableArray.CreateBuilder<TestFramework>();
            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                foreach (var (name, framework) in s_frameworkAssemblies)
                {
                    if (string.Equals(assembly.Name, name, System.StringComparison.OrdinalIgnoreCase) && !builder.Contains(framework))
                    {
                        builder.Add(framework);
                    }
                }
            }

            return builder.ToImmutable();
        }

        // ---------------------------------------------------------------- tests

        /// <summary>True when <paramref name="method"/> is a test the framework runs (skipped ones included).</summary>
        public bool IsTestMethod(IMethodSymbol method) => GetTestInfo(method) is not null;

        /// <summary>What the Model knows about a test method, or null when <paramref name="method"/> is not a test.</summary>
        public TestMethodInfo? GetTestInfo(IMethodSymbol method)
        {
            if (method.MethodKind != MethodKind.Ordinary)
            {
                return null;
            }

            if (_tests.TryGetValue(method, out var info))
            {
                return info;
            }

            info = ComputeTestInfo(method);
            _tests.TryAdd(method, info);
            return info;
        }

        private TestMethodInfo? ComputeTestInfo(IMethodSymbol method)
        {
            var framework = TestFramework.None;
            var dataDriven = method.Parameters.Length > 0;
            var skipped = false;
            var expectedException = false;
            var expectedResult = false;
            var hasSource = false;
            var rows = ImmutableArray.CreateBuilder<AttributeData>();

            foreach (var attribute in method.GetAttributes())
            {
                var (role, attributeFramework) = Attributes.Classify(attribute.AttributeClass);
                if (role == AttributeRole.None)
                {
                    continue;
                }

                if ((role & AttributeRole.Test) != 0)
                {
                    framework = attributeFramework;
                    if (HasNonNullNamedArgument(attribute, "Skip"))
                    {
                        skipped = true;
                    }

                    if (HasNamedArgument(attribute, "ExpectedResult"))
                    {
                        expectedResult = true;
                    }
                }

                if ((role & AttributeRole.DataDriven) != 0)
                {
                    dataDriven = true;
                }

                if ((role & AttributeRole.DataRow) != 0)
                {
                    dataDriven = true;
                    rows.Add(attribute);
                }

                if ((role & AttributeRole.DataSource) != 0)
                {
                    dataDriven = true;
                    hasSource = true;
                }

                if ((role & AttributeRole.Skip) != 0)
                {
                    skipped = true;
                }

                if ((role & AttributeRole.ExpectedException) != 0)
                {
                    expectedException = true;
                }
            }

            if (framework == TestFramework.None)
            {
                return null;
            }

            if (!skipped && method.ContainingType is { } type)
            {
                foreach (var attribute in type.GetAttributes())
                {
                    if ((Attributes.Classify(attribute.AttributeClass).Role & AttributeRole.Skip) != 0)
                    {
                        skipped = true;
                        break;
                    }
                }
            }

            // A test that returns a value (not a task) hands it to the framework to compare.
            if (!method.ReturnsVoid && (!IsTaskLike(method.ReturnType, out var hasResult) || hasResult))
            {
                expectedResult |= framework == TestFramework.NUnit || framework == TestFramework.TUnit;
            }

            return new TestMethodInfo(method, framework, dataDriven, skipped, expectedException, expectedResult, rows.ToImmutable(), hasSource);
        }

        private static bool HasNamedArgument(AttributeData attribute, string name)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == name)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasNonNullNamedArgument(AttributeData attribute, string name)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == name && !argument.Value.IsNull)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True for <c>Task</c>, <c>ValueTask</c> and their generic forms; <paramref name="hasResult"/> for the generic ones.</summary>
        internal static bool IsTaskLike(ITypeSymbol type, out bool hasResult)
        {
            hasResult = false;
            if (type is not INamedTypeSymbol named || (named.Name != "Task" && named.Name != "ValueTask"))
            {
                return false;
            }

            if (KnownTypeCatalog.NamespaceOf(named) != "System.Threading.Tasks")
            {
                return false;
            }

            hasResult = named.IsGenericType;
            return true;
        }

        /// <summary>True when an attribute marks <paramref name="method"/> as an assertion method (<c>[AssertionMethod]</c>, any namespace).</summary>
        public bool HasAssertionMethodAttribute(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if ((Attributes.Classify(attribute.AttributeClass).Role & AttributeRole.AssertionMethod) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        // ---------------------------------------------------------------- setup

        /// <summary>
        /// The operations that prepare every test of <paramref name="testClass"/>: constructors,
        /// <c>[SetUp]</c>/<c>[OneTimeSetUp]</c>, <c>[TestInitialize]</c>/<c>[ClassInitialize]</c>, TUnit <c>[Before]</c>,
        /// xUnit <c>IAsyncLifetime.InitializeAsync</c>, and field/property initializers, in this class and its source base classes.
        /// </summary>
        public ImmutableArray<IOperation> GetSetupOperations(INamedTypeSymbol testClass, CancellationToken cancellationToken)
        {
            if (_setup.TryGetValue(testClass, out var operations))
            {
                return operations;
            }

            var builder = ImmutableArray.CreateBuilder<IOperation>();
            var depth = 0;
            for (var type = testClass; type is not null && depth < 16; type = type.BaseType, depth++)
            {
                foreach (var member in type.GetMembers())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (IsSetupMember(member))
                    {
                        AddOperations(member, builder, cancellationToken);
                    }
                }
            }

            operations = builder.ToImmutable();
            _setup.TryAdd(testClass, operations);
            return operations;
        }

        /// <summary>True when <paramref name="member"/> runs before the tests of its class.</summary>
        public bool IsSetupMember(ISymbol member)
        {
            switch (member)
            {
                case IMethodSymbol method:
                    if (method.MethodKind == MethodKind.Constructor || method.MethodKind == MethodKind.StaticConstructor)
                    {
                        return !method.IsImplicitlyDeclared;
                    }

                    if (method.MethodKind != MethodKind.Ordinary)
                    {
                        return false;
                    }

                    foreach (var attribute in method.GetAttributes())
                    {
                        if ((Attributes.Classify(attribute.AttributeClass).Role & AttributeRole.Setup) != 0)
                        {
                            return true;
                        }
                    }

                    return method.Name == "InitializeAsync" && method.Parameters.Length == 0 && ImplementsAsyncLifetime(method.ContainingType);

                case IFieldSymbol field:
                    return !field.IsImplicitlyDeclared && HasInitializer(field);

                case IPropertySymbol property:
                    return HasInitializer(property);
            }

            return false;
        }

        private static bool ImplementsAsyncLifetime(INamedTypeSymbol type)
        {
            foreach (var @interface in type.AllInterfaces)
            {
                if (@interface.Name == "IAsyncLifetime" && KnownTypeCatalog.NamespaceOf(@interface) == "Xunit")
                {
                    return true;
                }
            }

            return false;
        }

        // Initializers exist only in syntax: the symbol does not say whether a field has one.
        private static bool HasInitializer(ISymbol symbol)
        {
            foreach (var reference in symbol.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax();
                if (node is VariableDeclaratorSyntax { Initializer: not null } || node is PropertyDeclarationSyntax { Initializer: not null })
                {
                    return true;
                }
            }

            return false;
        }

        private void AddOperations(ISymbol member, ImmutableArray<IOperation>.Builder builder, CancellationToken cancellationToken)
        {
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                var node = reference.GetSyntax(cancellationToken);
                if (node is VariableDeclaratorSyntax { Initializer: { } variableInitializer })
                {
                    node = variableInitializer;
                }
                else if (node is PropertyDeclarationSyntax { Initializer: { } propertyInitializer })
                {
                    node = propertyInitializer;
                }

                var operation = GetOperation(node, cancellationToken);
                if (operation is not null)
                {
                    builder.Add(operation);
                }
            }
        }

        /// <summary>The operation of a declaration in this compilation (method body, initializer), or null.</summary>
        internal IOperation? GetOperation(SyntaxNode node, CancellationToken cancellationToken)
        {
            if (!Compilation.ContainsSyntaxTree(node.SyntaxTree))
            {
                return null;
            }

            var semanticModel = _semanticModels.GetOrAdd(node.SyntaxTree, tree =>
            {
                // Cross-method questions (does this helper assert?) need the helper's operations.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
                return Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            });
            return semanticModel.GetOperation(node, cancellationToken);
        }

        // ---------------------------------------------------------------- conventions

        /// <summary>The user's assertion conventions in force for <paramref name="tree"/>.</summary>
        public AssertionConventions GetConventions(AnalyzerOptions options, SyntaxTree tree)
        {
            // Asked by several rules for every test: the answer is kept per options provider (a new one comes with new .editorconfig) and tree.
            var byTree = _conventionsByTree.GetValue(options.AnalyzerConfigOptionsProvider, s_newConventionsByTree);
            if (byTree.TryGetValue(tree, out var conventions))
            {
                return conventions;
            }

            return byTree.GetOrAdd(tree, ReadConventions(options, tree));
        }

        private static readonly ConditionalWeakTable<AnalyzerConfigOptionsProvider, ConcurrentDictionary<SyntaxTree, AssertionConventions>>.CreateValueCallback s_newConventionsByTree =
            _ => new ConcurrentDictionary<SyntaxTree, AssertionConventions>();

        private readonly ConditionalWeakTable<AnalyzerConfigOptionsProvider, ConcurrentDictionary<SyntaxTree, AssertionConventions>> _conventionsByTree =
            new ConditionalWeakTable<AnalyzerConfigOptionsProvider, ConcurrentDictionary<SyntaxTree, AssertionConventions>>();

        private AssertionConventions ReadConventions(AnalyzerOptions options, SyntaxTree tree)
        {
            var prefixes = RealismOptions.GetText(options, tree, RealismOptions.AssertionPrefixes);
            var methods = RealismOptions.GetText(options, tree, RealismOptions.AssertionMethods);
            return _conventions.GetOrAdd((prefixes, methods), key => new AssertionConventions(key.Item1, key.Item2));
        }
    }
}
