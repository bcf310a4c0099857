using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>What a referenced assembly is to a test project.</summary>
    internal enum AssemblyRole
    {
        /// <summary>Anything else: the product, or a library the product uses.</summary>
        Production = 0,

        /// <summary>The .NET runtime and base class library, recognised by the keys Microsoft signs them with.</summary>
        Framework,

        /// <summary>Test frameworks, mocking, assertion, fixture and snapshot libraries, recognised by their exact names.</summary>
        TestLibrary,
    }

    /// <summary>What a testing library is for; a library can be several (NUnit is a framework with its own assertions).</summary>
    [Flags]
    internal enum TestingLibraryKinds
    {
        None = 0,

        /// <summary>Discovers and runs tests (xUnit, NUnit, MSTest, TUnit).</summary>
        Framework = 1,

        /// <summary>Checks outcomes (the frameworks' Assert classes, FluentAssertions, Shouldly, TUnit.Assertions).</summary>
        Assertions = 2,

        /// <summary>Creates test doubles (Moq, NSubstitute, FakeItEasy).</summary>
        Doubles = 4,

        /// <summary>Anything else a test uses: data generators, snapshot and diff tools, runner adapters.</summary>
        Other = 8,
    }

    /// <summary>
    /// Classifies referenced assemblies by identity: testing libraries by exact name (with the family their own test suites are named
    /// after), the .NET runtime by the public keys Microsoft signs it with. Never by a name prefix such as <c>Microsoft.</c>: a product may
    /// be called anything. The one place where these names are spelled.
    /// </summary>
    internal static class KnownAssemblyCatalog
    {
        /// <summary>A testing library: its exact assembly name, what it is for, and the family name its own repository's test projects start with.</summary>
        private readonly struct Library
        {
            public Library(string name, TestingLibraryKinds kinds, string family)
            {
                Name = name;
                Kinds = kinds;
                Family = family;
            }

            public string Name { get; }

            public TestingLibraryKinds Kinds { get; }

            public string Family { get; }
        }

        private const TestingLibraryKinds FrameworkAndAssertions = TestingLibraryKinds.Framework | TestingLibraryKinds.Assertions;

        private static readonly ImmutableArray<Library> s_libraries = ImmutableArray.Create(
            new Library("xunit.core", TestingLibraryKinds.Framework, "xunit"),
            new Library("xunit.abstractions", TestingLibraryKinds.Framework, "xunit"),
            new Library("xunit.execution.dotnet", TestingLibraryKinds.Framework, "xunit"),
            new Library("xunit.assert", TestingLibraryKinds.Assertions, "xunit"),
            new Library("xunit.v3.core", TestingLibraryKinds.Framework, "xunit"),
            new Library("xunit.v3.common", TestingLibraryKinds.Framework, "xunit"),
            new Library("xunit.v3.runner.common", TestingLibraryKinds.Framework, "xunit"),
            new Library("xunit.v3.runner.inproc.console", TestingLibraryKinds.Framework, "xunit"),
            new Library("xunit.v3.assert", TestingLibraryKinds.Assertions, "xunit"),
            new Library("xunit.runner.visualstudio.testadapter", TestingLibraryKinds.Other, "xunit"),
            new Library("nunit.framework", FrameworkAndAssertions, "NUnit"),
            new Library("nunit.framework.legacy", TestingLibraryKinds.Assertions, "NUnit"),
            new Library("NUnit3.TestAdapter", TestingLibraryKinds.Other, "NUnit"),
            new Library("MSTest.TestFramework", FrameworkAndAssertions, "MSTest"),
            new Library("MSTest.TestFramework.Extensions", FrameworkAndAssertions, "MSTest"),
            new Library("Microsoft.VisualStudio.TestPlatform.TestFramework", FrameworkAndAssertions, "MSTest"),
            new Library("Microsoft.VisualStudio.TestPlatform.TestFramework.Extensions", FrameworkAndAssertions, "MSTest"),
            new Library("TUnit", TestingLibraryKinds.Framework, "TUnit"),
            new Library("TUnit.Core", TestingLibraryKinds.Framework, "TUnit"),
            new Library("TUnit.Engine", TestingLibraryKinds.Framework, "TUnit"),
            new Library("TUnit.Assertions", TestingLibraryKinds.Assertions, "TUnit"),
            new Library("Moq", TestingLibraryKinds.Doubles, "Moq"),
            new Library("Castle.Core", TestingLibraryKinds.Other, "Castle"),
            new Library("NSubstitute", TestingLibraryKinds.Doubles, "NSubstitute"),
            new Library("FakeItEasy", TestingLibraryKinds.Doubles, "FakeItEasy"),
            new Library("FluentAssertions", TestingLibraryKinds.Assertions, "FluentAssertions"),
            new Library("AwesomeAssertions", TestingLibraryKinds.Assertions, "AwesomeAssertions"),
            new Library("Shouldly", TestingLibraryKinds.Assertions, "Shouldly"),
            new Library("AutoFixture", TestingLibraryKinds.Other, "AutoFixture"),
            new Library("AutoFixture.AutoMoq", TestingLibraryKinds.Other, "AutoFixture"),
            new Library("AutoFixture.AutoNSubstitute", TestingLibraryKinds.Other, "AutoFixture"),
            new Library("AutoFixture.AutoFakeItEasy", TestingLibraryKinds.Other, "AutoFixture"),
            new Library("AutoFixture.Xunit2", TestingLibraryKinds.Other, "AutoFixture"),
            new Library("AutoFixture.Xunit3", TestingLibraryKinds.Other, "AutoFixture"),
            new Library("AutoFixture.NUnit3", TestingLibraryKinds.Other, "AutoFixture"),
            new Library("AutoFixture.NUnit4", TestingLibraryKinds.Other, "AutoFixture"),
            new Library("Fare", TestingLibraryKinds.Other, "Fare"),
            new Library("Bogus", TestingLibraryKinds.Other, "Bogus"),
            new Library("Verify", TestingLibraryKinds.Assertions, "Verify"),
            new Library("Verify.Xunit", TestingLibraryKinds.Assertions, "Verify"),
            new Library("Verify.XunitV3", TestingLibraryKinds.Assertions, "Verify"),
            new Library("Verify.NUnit", TestingLibraryKinds.Assertions, "Verify"),
            new Library("Verify.MSTest", TestingLibraryKinds.Assertions, "Verify"),
            new Library("Verify.TUnit", TestingLibraryKinds.Assertions, "Verify"),
            new Library("DiffEngine", TestingLibraryKinds.Other, "DiffEngine"),
            new Library("EmptyFiles", TestingLibraryKinds.Other, "EmptyFiles"),
            new Library("Argon", TestingLibraryKinds.Other, "Argon"),
            new Library("DiffPlex", TestingLibraryKinds.Other, "DiffPlex"),
            new Library("Snapshooter", TestingLibraryKinds.Assertions, "Snapshooter"),
            new Library("Snapshooter.Xunit", TestingLibraryKinds.Assertions, "Snapshooter"),
            new Library("Snapshooter.NUnit", TestingLibraryKinds.Assertions, "Snapshooter"),
            new Library("Snapshooter.MSTest", TestingLibraryKinds.Assertions, "Snapshooter"),
            new Library("Microsoft.TestPlatform.CoreUtilities", TestingLibraryKinds.Other, "Microsoft.TestPlatform"),
            new Library("Microsoft.TestPlatform.PlatformAbstractions", TestingLibraryKinds.Other, "Microsoft.TestPlatform"),
            new Library("Microsoft.VisualStudio.CodeCoverage.Shim", TestingLibraryKinds.Other, "Microsoft.CodeCoverage"),
            new Library("Microsoft.Testing.Platform", TestingLibraryKinds.Other, "Microsoft.Testing"),
            new Library("Microsoft.Testing.Platform.MSBuild", TestingLibraryKinds.Other, "Microsoft.Testing"),
            new Library("Microsoft.Testing.Extensions.TrxReport.Abstractions", TestingLibraryKinds.Other, "Microsoft.Testing"),
            new Library("coverlet.core", TestingLibraryKinds.Other, "coverlet"),
            new Library("coverlet.collector", TestingLibraryKinds.Other, "coverlet"));

        /// <summary>The public key tokens of the .NET runtime, the BCL and the Microsoft.Extensions/ASP.NET Core platform libraries.</summary>
        private static readonly ImmutableArray<string> s_platformKeys = ImmutableArray.Create(
            "b77a5c561934e089", // ECMA: mscorlib, System.*
            "b03f5f7f11d50a3a", // Microsoft: System.* facades, netstandard
            "7cec85d7bea7798e", // .NET Core: System.Private.*
            "cc7b13ffcd2ddd51", // .NET Core: System.* reference assemblies
            "adb9793829ddae60", // ASP.NET Core, Microsoft.Extensions.*
            "31bf3856ad364e35"); // Microsoft: WindowsBase, Presentation*, Entity Framework, Microsoft.Extensions.* of older releases

        /// <summary>What <paramref name="assembly"/> is: a testing library, the .NET platform, or production code.</summary>
        public static AssemblyRole Classify(AssemblyIdentity assembly)
        {
            if (FindLibrary(assembly.Name) >= 0)
            {
                return AssemblyRole.TestLibrary;
            }

            return IsPlatform(assembly) ? AssemblyRole.Framework : AssemblyRole.Production;
        }

        /// <summary>What the testing library named <paramref name="name"/> is for; <see cref="TestingLibraryKinds.None"/> for any other assembly.</summary>
        public static TestingLibraryKinds KindsOf(string name)
        {
            var index = FindLibrary(name);
            return index < 0 ? TestingLibraryKinds.None : s_libraries[index].Kinds;
        }

        /// <summary>
        /// True when an assembly named <paramref name="testAssembly"/> belongs to the repository of the testing library <paramref name="library"/>:
        /// its name is the library's family name or starts with it (<c>NSubstitute.Acceptance.Specs</c>, <c>TUnit.Engine.Tests</c>).
        /// </summary>
        public static bool IsOfFamily(string testAssembly, string library)
        {
            var index = FindLibrary(library);
            if (index < 0)
            {
                return false;
            }

            var family = s_libraries[index].Family;
            return testAssembly.StartsWith(family, StringComparison.OrdinalIgnoreCase) &&
                (testAssembly.Length == family.Length || testAssembly[family.Length] == '.');
        }

        private static int FindLibrary(string name)
        {
            for (var i = 0; i < s_libraries.Length; i++)
            {
                if (string.Equals(s_libraries[i].Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsPlatform(AssemblyIdentity assembly)
        {
            var token = assembly.PublicKeyToken;
            if (token.IsDefaultOrEmpty || token.Length != 8)
            {
                // Reference assemblies of the runtime are always signed; an unsigned mscorlib/netstandard/System is a test compilation's stand-in.
                return string.Equals(assembly.Name, "mscorlib", StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(assembly.Name, "netstandard", StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(assembly.Name, "System.Runtime", StringComparison.OrdinalIgnoreCase);
            }

            var hex = new char[16];
            for (var i = 0; i < 8; i++)
            {
                hex[2 * i] = HexDigit(token[i] >> 4);
                hex[(2 * i) + 1] = HexDigit(token[i] & 0xF);
            }

            var text = new string(hex);
            foreach (var key in s_platformKeys)
            {
                if (string.Equals(key, text, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
    }
}
