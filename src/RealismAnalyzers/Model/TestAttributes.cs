using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>What an attribute means on a test method, parameter or class.</summary>
    [Flags]
    internal enum AttributeRole
    {
        None = 0,
        Test = 1 << 0,
        DataDriven = 1 << 1,
        DataRow = 1 << 2,
        DataSource = 1 << 3,
        Skip = 1 << 4,
        Setup = 1 << 5,
        ExpectedException = 1 << 6,
        AssertionMethod = 1 << 7,
        Teardown = 1 << 8,
    }

    /// <summary>Classifies attribute classes (and the classes derived from them) once per class.</summary>
    internal sealed class TestAttributeCatalog
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, (AttributeRole Role, TestFramework Framework)> _cache =
            new ConcurrentDictionary<INamedTypeSymbol, (AttributeRole, TestFramework)>(SymbolEqualityComparer.Default);

        public (AttributeRole Role, TestFramework Framework) Classify(INamedTypeSymbol? attributeClass)
        {
            if (attributeClass is null)
            {
                return default;
            }

            if (_cache.TryGetValue(attributeClass, out var result))
            {
                return result;
            }

            result = default;
            var depth = 0;
            for (var current = attributeClass; current is not null && depth < 16; current = current.BaseType, depth++)
            {
                var own = ClassifyExact(current);
                if (own.Role != AttributeRole.None)
                {
                    result = own;
                    break;
                }
            }

            _cache.TryAdd(attributeClass, result);
            return result;
        }

        private static (AttributeRole Role, TestFramework Framework) ClassifyExact(INamedTypeSymbol type)
        {
            // Name, not MetadataName: generic forms such as TUnit's Arguments<T> mean the same.
            var name = type.Name;

            // Recognised in any namespace, as JetBrains annotations and other analyzers do.
            if (name == "AssertionMethodAttribute")
            {
                return (AttributeRole.AssertionMethod, TestFramework.None);
            }

            if (name == "ExpectedExceptionAttribute")
            {
                return (AttributeRole.ExpectedException, TestFramework.None);
            }

            switch (KnownTypeCatalog.NamespaceOf(type))
            {
                case "Xunit":
                    switch (name)
                    {
                        case "FactAttribute": return (AttributeRole.Test, TestFramework.XUnit);
                        case "TheoryAttribute": return (AttributeRole.Test | AttributeRole.DataDriven, TestFramework.XUnit);
                        case "InlineDataAttribute": return (AttributeRole.DataRow, TestFramework.XUnit);
                        case "MemberDataAttribute":
                        case "ClassDataAttribute":
                        case "DataAttribute":
                            return (AttributeRole.DataSource, TestFramework.XUnit);
                    }

                    break;

                case "Xunit.Sdk":
                    if (name == "DataAttribute")
                    {
                        return (AttributeRole.DataSource, TestFramework.XUnit);
                    }

                    break;

                case "NUnit.Framework":
                    switch (name)
                    {
                        case "TestAttribute": return (AttributeRole.Test, TestFramework.NUnit);
                        case "TestCaseAttribute": return (AttributeRole.Test | AttributeRole.DataDriven | AttributeRole.DataRow, TestFramework.NUnit);
                        case "TestCaseSourceAttribute": return (AttributeRole.Test | AttributeRole.DataDriven | AttributeRole.DataSource, TestFramework.NUnit);
                        case "TheoryAttribute": return (AttributeRole.Test | AttributeRole.DataDriven, TestFramework.NUnit);
                        case "SetUpAttribute":
                        case "OneTimeSetUpAttribute":
                            return (AttributeRole.Setup, TestFramework.NUnit);
                        case "TearDownAttribute":
                        case "OneTimeTearDownAttribute":
                            return (AttributeRole.Teardown, TestFramework.NUnit);
                        case "IgnoreAttribute":
                        case "ExplicitAttribute":
                            return (AttributeRole.Skip, TestFramework.NUnit);
                    }

                    break;

                case "Microsoft.VisualStudio.TestTools.UnitTesting":
                    switch (name)
                    {
                        case "TestMethodAttribute": return (AttributeRole.Test, TestFramework.MSTest);
                        case "DataTestMethodAttribute": return (AttributeRole.Test | AttributeRole.DataDriven, TestFramework.MSTest);
                        case "DataRowAttribute": return (AttributeRole.DataRow, TestFramework.MSTest);
                        case "DynamicDataAttribute": return (AttributeRole.DataSource, TestFramework.MSTest);
                        case "TestInitializeAttribute":
                        case "ClassInitializeAttribute":
                            return (AttributeRole.Setup, TestFramework.MSTest);
                        case "TestCleanupAttribute":
                        case "ClassCleanupAttribute":
                            return (AttributeRole.Teardown, TestFramework.MSTest);
                        case "IgnoreAttribute": return (AttributeRole.Skip, TestFramework.MSTest);
                        case "ExpectedExceptionBaseAttribute": return (AttributeRole.ExpectedException, TestFramework.MSTest);
                    }

                    break;

                case "TUnit.Core":
                    switch (name)
                    {
                        case "TestAttribute": return (AttributeRole.Test, TestFramework.TUnit);
                        case "ArgumentsAttribute": return (AttributeRole.DataRow, TestFramework.TUnit);
                        case "MethodDataSourceAttribute":
                        case "ClassDataSourceAttribute":
                            return (AttributeRole.DataSource, TestFramework.TUnit);
                        case "SkipAttribute": return (AttributeRole.Skip, TestFramework.TUnit);
                        case "BeforeAttribute": return (AttributeRole.Setup, TestFramework.TUnit);
                        case "AfterAttribute": return (AttributeRole.Teardown, TestFramework.TUnit);
                    }

                    break;
            }

            return (AttributeRole.None, TestFramework.None);
        }
    }
}
