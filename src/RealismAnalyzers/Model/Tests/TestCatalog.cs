using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.Model
{
    /// <summary>What is a test, test code and production code: tests and their setup, the members of test classes, the assemblies under test. One per compilation, reached through <see cref="TestingModel.Tests"/>; it owns its caches.</summary>
    internal sealed partial class TestCatalog
    {
        private readonly TestingModel _model;

        internal TestCatalog(TestingModel model)
        {
            _model = model;
        }

        private readonly ConcurrentDictionary<IMethodSymbol, TestMethodInfo?> _tests =
            new ConcurrentDictionary<IMethodSymbol, TestMethodInfo?>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<IOperation>> _setup =
            new ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<IOperation>>(SymbolEqualityComparer.Default);

        // ---------------------------------------------------------------- tests

        /// <summary>True when <paramref name="method"/> is a test the framework runs (skipped ones included).</summary>
        public bool IsTestMethod(IMethodSymbol method) => GetTestInfo(method) is not null;

        /// <summary>The fact sheet of a test's body (its calls classified once, whether it throws or checks anything), shared by every rule.</summary>
        public TestFacts FactsOf(IOperation body, AssertionConventions conventions) => TestFacts.For(_model, body, conventions);

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
                var (role, attributeFramework) = _model.Attributes.Classify(attribute.AttributeClass);
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
                    if ((_model.Attributes.Classify(attribute.AttributeClass).Role & AttributeRole.Skip) != 0)
                    {
                        skipped = true;
                        break;
                    }
                }
            }

            // A test that returns a value (not a task) hands it to the framework to compare.
            if (!method.ReturnsVoid && (!OperationQueries.IsTaskLike(method.ReturnType, out var hasResult) || hasResult))
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

        /// <summary>True when an attribute marks <paramref name="method"/> as an assertion method (<c>[AssertionMethod]</c>, any namespace).</summary>
        public bool HasAssertionMethodAttribute(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if ((_model.Attributes.Classify(attribute.AttributeClass).Role & AttributeRole.AssertionMethod) != 0)
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
                        if ((_model.Attributes.Classify(attribute.AttributeClass).Role & AttributeRole.Setup) != 0)
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

        internal void AddOperations(ISymbol member, ImmutableArray<IOperation>.Builder builder, CancellationToken cancellationToken)
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

                var operation = _model.GetOperation(node, cancellationToken);
                if (operation is not null)
                {
                    builder.Add(operation);
                }
            }
        }
    }
}
