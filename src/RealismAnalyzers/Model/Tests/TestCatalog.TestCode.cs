using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>Where a wall-clock, random or sleeping operation sits, as far as the determinism rules care.</summary>
    internal enum TestCodeKind
    {
        None = 0,

        /// <summary>A test method.</summary>
        Test,

        /// <summary>A setup member of a test class (constructor, <c>[SetUp]</c>, <c>InitializeAsync</c>, initializer).</summary>
        Setup,

        /// <summary>Any other member of a test class (helpers, fields without setup meaning).</summary>
        OtherMember,
    }

    internal sealed partial class TestCatalog
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _testClasses =
            new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        // ---------------------------------------------------------------- where

        /// <summary>True when <paramref name="type"/> (or a base class in source) declares test methods.</summary>
        public bool DeclaresTests(INamedTypeSymbol type)
        {
            if (_testClasses.TryGetValue(type, out var known))
            {
                return known;
            }

            var result = false;
            var depth = 0;
            for (var current = type; current is not null && !result && depth < 16; current = current.BaseType, depth++)
            {
                foreach (var member in current.GetMembers())
                {
                    if (member is IMethodSymbol method && IsTestMethod(method))
                    {
                        result = true;
                        break;
                    }
                }
            }

            _testClasses.TryAdd(type, result);
            return result;
        }

        /// <summary>
        /// What the member that owns an operation is to a test class: a test, a setup member, another member of a
        /// test class (or of a type nested in one), or none of these.
        /// </summary>
        public TestCodeKind GetTestCodeKind(ISymbol? owner)
        {
            if (owner is null)
            {
                return TestCodeKind.None;
            }

            if (owner is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && IsTestMethod(method))
            {
                return TestCodeKind.Test;
            }

            var type = owner.ContainingType;
            if (type is null)
            {
                return TestCodeKind.None;
            }

            if (DeclaresTests(type))
            {
                return IsSetupMember(owner) ? TestCodeKind.Setup : TestCodeKind.OtherMember;
            }

            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                if (DeclaresTests(outer))
                {
                    return TestCodeKind.OtherMember;
                }
            }

            return TestCodeKind.None;
        }


        /// <summary>True when <paramref name="type"/> (or a type it is nested in) declares test methods (see <see cref="DeclaresTests"/>).</summary>
        public bool IsInTestClass(INamedTypeSymbol? type)
        {
            for (var depth = 0; type is not null && depth < 8; type = type.ContainingType, depth++)
            {
                if (DeclaresTests(type))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
