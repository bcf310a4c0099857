using System;

namespace RealismAnalyzers.Model
{
    /// <summary>What a referenced assembly is to a test project.</summary>
    internal enum AssemblyRole
    {
        /// <summary>Anything else: the product, or a library the product uses.</summary>
        Production = 0,

        /// <summary>The runtime and base class library (<c>System.*</c>, <c>Microsoft.*</c>, <c>netstandard</c>).</summary>
        Framework,

        /// <summary>Test frameworks, mocking, assertion, fixture and snapshot libraries.</summary>
        TestLibrary,
    }

    /// <summary>Classifies referenced assemblies by name; the one place where their names are spelled.</summary>
    internal static class KnownAssemblyCatalog
    {
        private static readonly string[] s_frameworkPrefixes = { "System.", "Microsoft.", "Windows.", "runtime." };

        private static readonly string[] s_frameworkNames = { "mscorlib", "netstandard", "System", "WindowsBase", "PresentationCore", "PresentationFramework" };

        // Whole names, or prefixes when they end with '.'.
        private static readonly string[] s_testLibraries =
        {
            "xunit", "xunit.", "nunit", "nunit.", "NUnit3.TestAdapter", "MSTest.", "TUnit", "TUnit.",
            "Moq", "Castle.Core", "NSubstitute", "NSubstitute.", "FakeItEasy", "FakeItEasy.",
            "FluentAssertions", "FluentAssertions.", "AwesomeAssertions", "AwesomeAssertions.", "Shouldly",
            "AutoFixture", "AutoFixture.", "Fare", "Bogus", "Verify", "Verify.", "DiffEngine", "EmptyFiles", "Argon", "DiffPlex",
            "coverlet.", "Snapshooter", "Snapshooter.",
        };

        public static AssemblyRole Classify(string name)
        {
            foreach (var exact in s_frameworkNames)
            {
                if (string.Equals(name, exact, StringComparison.OrdinalIgnoreCase))
                {
                    return AssemblyRole.Framework;
                }
            }

            foreach (var prefix in s_testLibraries)
            {
                if (prefix.EndsWith(".", StringComparison.Ordinal)
                    ? name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                    : string.Equals(name, prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return AssemblyRole.TestLibrary;
                }
            }

            // Microsoft's test platform ships under Microsoft.*: a test library, though the framework rule below would say the same.
            foreach (var prefix in s_frameworkPrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return AssemblyRole.Framework;
                }
            }

            return AssemblyRole.Production;
        }
    }
}
