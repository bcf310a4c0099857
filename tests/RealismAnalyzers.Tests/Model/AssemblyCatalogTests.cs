using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>Which referenced assemblies are production, the platform or testing libraries, and which library a suite is the test suite of.</summary>
public class AssemblyCatalogTests
{
    private static readonly ImmutableArray<byte> s_microsoftToken = [0xb0, 0x3f, 0x5f, 0x7f, 0x11, 0xd5, 0x0a, 0x3a];

    [Theory]
    [InlineData("System.Runtime", true, "Framework")]
    [InlineData("Microsoft.Extensions.Logging.Abstractions", true, "Framework")]
    [InlineData("Microsoft.Contoso.Billing", false, "Production")]
    [InlineData("System.Shop", false, "Production")]
    [InlineData("Shop.Core", false, "Production")]
    [InlineData("TUnit.Engine", false, "TestLibrary")]
    [InlineData("nsubstitute", false, "TestLibrary")]
    [InlineData("TUnit.Aspire.Core", false, "Production")]
    [InlineData("NSubstitute.Extensions.Contoso", false, "Production")]
    public void Assemblies_are_classified_by_identity_never_by_a_name_prefix(string name, bool signedByMicrosoft, string expected)
    {
        var identity = new AssemblyIdentity(name, new Version(1, 0, 0, 0), publicKeyOrToken: signedByMicrosoft ? s_microsoftToken : default);

        Assert.Equal(Enum.Parse<AssemblyRole>(expected), KnownAssemblyCatalog.Classify(identity));
    }

    [Theory]
    [InlineData("NSubstitute.Acceptance.Specs", "NSubstitute", true)]
    [InlineData("NSubstitute", "NSubstitute", true)]
    [InlineData("TUnit.Engine.Tests", "TUnit.Core", true)]
    [InlineData("TUnit.TestProject", "TUnit.Assertions", true)]
    [InlineData("NSubstituteLike.Tests", "NSubstitute", false)]
    [InlineData("Shop.Tests", "Moq", false)]
    [InlineData("MoqShop.Tests", "Moq", false)]
    [InlineData("Shop.Tests", "Shop.Core", false)]
    public void A_suite_belongs_to_a_testing_library_when_it_is_named_after_its_family(string suite, string library, bool expected) =>
        Assert.Equal(expected, KnownAssemblyCatalog.IsOfFamily(suite, library));

    [Fact]
    public async Task The_libraries_under_test_are_those_whose_family_the_suite_is_named_after()
    {
        var references = await Frameworks.ResolveAsync(Fw.NUnit4);
        var tree = CSharpSyntaxTree.ParseText("using NUnit.Framework; public class Specs { [Test] public void M() { } }");

        var specs = TestingModel.For(CSharpCompilation.Create("NSubstitute.Acceptance.Specs", [tree], references))!;
        var shop = TestingModel.For(CSharpCompilation.Create("Shop.Tests", [tree], references))!;
        var nunit = TestingModel.For(CSharpCompilation.Create("NUnit.Framework.Tests", [tree], references))!;

        Assert.Equal(TestingLibraryKinds.Doubles, specs.Tests.LibrariesUnderTest);
        Assert.Equal(TestingLibraryKinds.None, shop.Tests.LibrariesUnderTest);
        Assert.Equal(TestingLibraryKinds.Framework | TestingLibraryKinds.Assertions, nunit.Tests.LibrariesUnderTest);

        var nsubstitute = specs.Compilation.SourceModule.ReferencedAssemblySymbols.Single(a => a.Name == "NSubstitute");
        Assert.Equal(AssemblyRole.Production, specs.Tests.RoleOf(nsubstitute));
        Assert.Equal(AssemblyRole.TestLibrary, shop.Tests.RoleOf(nsubstitute));
    }

    [Fact]
    public async Task An_assembly_that_grants_the_suite_its_internals_is_the_product_whatever_its_name()
    {
        var references = await Frameworks.ResolveAsync(Fw.XUnitV2);
        var product = CSharpCompilation.Create(
            "Moq",
            [CSharpSyntaxTree.ParseText("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Contoso.Tests\")] namespace Contoso { public class Clock { } }")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var tests = CSharpCompilation.Create(
            "Contoso.Tests",
            [CSharpSyntaxTree.ParseText("public class ClockTests { [Xunit.Fact] public void M() { } }")],
            [.. references.Where(r => !(r.Display ?? string.Empty).Contains("moq", StringComparison.OrdinalIgnoreCase)), product.ToMetadataReference()]);
        var model = TestingModel.For(tests)!;

        var contoso = tests.SourceModule.ReferencedAssemblySymbols.Single(a => a.Name == "Moq");
        Assert.Equal(AssemblyRole.Production, model.Tests.RoleOf(contoso));
        Assert.Equal(TestingLibraryKinds.Doubles, model.Tests.LibrariesUnderTest);
    }
}
