using System;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    internal sealed partial class TestCatalog
    {
        /// <summary>The suffixes teams put after the class under test to name its test class.</summary>
        private static readonly string[] s_testClassSuffixes = { "Tests", "Test", "Specs", "Spec", "Facts", "Should", "Fixture" };

        /// <summary>
        /// True when <paramref name="testClass"/> (or a class it is nested in) is named after <paramref name="typeName"/>
        /// plus a test suffix: <c>OrderServiceTests</c>, <c>OrderServiceSpecs</c>, … → <c>OrderService</c>.
        /// </summary>
        public static bool IsTestClassNamedAfter(INamedTypeSymbol? testClass, string typeName)
        {
            for (var depth = 0; testClass is not null && depth < 8; testClass = testClass.ContainingType, depth++)
            {
                var testName = testClass.Name;
                foreach (var suffix in s_testClassSuffixes)
                {
                    if (testName.Length == typeName.Length + suffix.Length &&
                        testName.EndsWith(suffix, StringComparison.Ordinal) &&
                        testName.StartsWith(typeName, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
