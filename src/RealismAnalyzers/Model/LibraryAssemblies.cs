using System;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// Which assemblies are not the product: the .NET libraries and the testing, mocking, assertion and
    /// test-data libraries. Everything else a test calls is production code (or a helper of the test project).
    /// This is the one place where those assembly names are spelled.
    /// </summary>
    internal static class LibraryAssemblies
    {
        private static readonly string[] s_exactNames =
        {
            "mscorlib",
            "netstandard",
            "WindowsBase",
            "Moq",
            "NSubstitute",
            "FakeItEasy",
            "Shouldly",
            "Bogus",
            "Castle.Core",
            "Fare",
            "DiffEngine",
            "EmptyFiles",
        };

        private static readonly string[] s_prefixes =
        {
            "System.",
            "Microsoft.",
            "xunit.",
            "nunit.",
            "NUnit.",
            "MSTest.",
            "TUnit.",
            "FluentAssertions",
            "AwesomeAssertions",
            "AutoFixture",
            "Verify",
        };

        /// <summary>True when <paramref name="assembly"/> is a .NET, test, mocking, assertion or test-data library.</summary>
        public static bool IsLibrary(IAssemblySymbol? assembly)
        {
            if (assembly is null)
            {
                return false;
            }

            var name = assembly.Name;
            if (name == "System" || name == "TUnit")
            {
                return true;
            }

            foreach (var exact in s_exactNames)
            {
                if (string.Equals(name, exact, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            foreach (var prefix in s_prefixes)
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
