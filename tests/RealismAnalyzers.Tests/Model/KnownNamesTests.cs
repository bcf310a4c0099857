using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>
/// Every framework and library name the Model spells (KnownTypeCatalog, TestAttributeCatalog, framework assemblies)
/// exists in the real assemblies of the supported versions, so a rename upstream shows here first.
/// </summary>
public class KnownNamesTests
{
    public static TheoryData<Fw, string> SpelledTypes => new()
    {
        { Fw.XUnitV2, "Xunit.FactAttribute" }, { Fw.XUnitV2, "Xunit.TheoryAttribute" }, { Fw.XUnitV2, "Xunit.InlineDataAttribute" },
        { Fw.XUnitV2, "Xunit.MemberDataAttribute" }, { Fw.XUnitV2, "Xunit.ClassDataAttribute" }, { Fw.XUnitV2, "Xunit.Assert" },
        { Fw.XUnitV2, "Xunit.Record" }, { Fw.XUnitV2, "Xunit.IAsyncLifetime" },
        { Fw.XUnitV3, "Xunit.FactAttribute" }, { Fw.XUnitV3, "Xunit.TheoryAttribute" }, { Fw.XUnitV3, "Xunit.InlineDataAttribute" },
        { Fw.XUnitV3, "Xunit.MemberDataAttribute" }, { Fw.XUnitV3, "Xunit.Assert" }, { Fw.XUnitV3, "Xunit.Record" }, { Fw.XUnitV3, "Xunit.IAsyncLifetime" },
        { Fw.NUnit3, "NUnit.Framework.TestAttribute" }, { Fw.NUnit3, "NUnit.Framework.TestCaseAttribute" }, { Fw.NUnit3, "NUnit.Framework.TestCaseSourceAttribute" },
        { Fw.NUnit3, "NUnit.Framework.TheoryAttribute" }, { Fw.NUnit3, "NUnit.Framework.SetUpAttribute" }, { Fw.NUnit3, "NUnit.Framework.OneTimeSetUpAttribute" },
        { Fw.NUnit3, "NUnit.Framework.TearDownAttribute" }, { Fw.NUnit3, "NUnit.Framework.IgnoreAttribute" }, { Fw.NUnit3, "NUnit.Framework.ExplicitAttribute" },
        { Fw.NUnit3, "NUnit.Framework.Assert" }, { Fw.NUnit3, "NUnit.Framework.Assume" }, { Fw.NUnit3, "NUnit.Framework.Warn" }, { Fw.NUnit3, "NUnit.Framework.Is" },
        { Fw.NUnit3, "NUnit.Framework.Has" }, { Fw.NUnit3, "NUnit.Framework.Throws" }, { Fw.NUnit3, "NUnit.Framework.Does" },
        { Fw.NUnit3, "NUnit.Framework.StringAssert" }, { Fw.NUnit3, "NUnit.Framework.CollectionAssert" },
        { Fw.NUnit4, "NUnit.Framework.TestAttribute" }, { Fw.NUnit4, "NUnit.Framework.Assert" }, { Fw.NUnit4, "NUnit.Framework.Legacy.ClassicAssert" },
        { Fw.NUnit4, "NUnit.Framework.Legacy.StringAssert" }, { Fw.NUnit4, "NUnit.Framework.Legacy.CollectionAssert" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.DataTestMethodAttribute" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.DataRowAttribute" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.DynamicDataAttribute" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.TestInitializeAttribute" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.ClassInitializeAttribute" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.IgnoreAttribute" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.ExpectedExceptionAttribute" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.ExpectedExceptionBaseAttribute" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.Assert" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.StringAssert" },
        { Fw.MSTest, "Microsoft.VisualStudio.TestTools.UnitTesting.CollectionAssert" },
        { Fw.TUnit, "TUnit.Core.TestAttribute" }, { Fw.TUnit, "TUnit.Core.ArgumentsAttribute" }, { Fw.TUnit, "TUnit.Core.MethodDataSourceAttribute" },
        { Fw.TUnit, "TUnit.Core.SkipAttribute" }, { Fw.TUnit, "TUnit.Core.BeforeAttribute" }, { Fw.TUnit, "TUnit.Core.AfterAttribute" },
        { Fw.TUnit, "TUnit.Assertions.Assert" },
        { Fw.XUnitV2, "Moq.Mock`1" }, { Fw.XUnitV2, "Moq.Mock" }, { Fw.XUnitV2, "Moq.MockRepository" },
        { Fw.XUnitV2, "NSubstitute.Substitute" }, { Fw.XUnitV2, "NSubstitute.SubstituteExtensions" }, { Fw.XUnitV2, "NSubstitute.Received" },
        { Fw.XUnitV2, "NSubstitute.Core.WhenCalled`1" }, { Fw.XUnitV2, "NSubstitute.ExceptionExtensions.ExceptionExtensions" },
        { Fw.XUnitV2, "FakeItEasy.A" }, { Fw.XUnitV2, "FakeItEasy.Fake`1" },
        { Fw.XUnitV2, "Moq.It" }, { Fw.XUnitV2, "Moq.It+Ref`1" }, { Fw.XUnitV2, "NSubstitute.Arg" }, { Fw.XUnitV2, "NSubstitute.Arg+Compat" },
        { Fw.XUnitV2, "FakeItEasy.A`1" },
        { Fw.XUnitV2, "AutoFixture.FixtureFreezer" }, { Fw.XUnitV2, "AutoFixture.SpecimenFactory" },
        { Fw.XUnitV2, "FluentAssertions.AssertionExtensions" }, { Fw.XUnitV2, "AwesomeAssertions.AssertionExtensions" },
        { Fw.XUnitV2, "Shouldly.Should" }, { Fw.XUnitV2, "Shouldly.ShouldBeTestExtensions" },
    };

    [Theory, MemberData(nameof(SpelledTypes))]
    public async Task The_spelled_type_exists_in_the_real_assembly(Fw fw, string metadataName)
    {
        var compilation = await CompileAsync(fw);
        Assert.NotNull(compilation.GetTypeByMetadataName(metadataName));
    }

    [Theory, MemberData(nameof(Frameworks.All), MemberType = typeof(Frameworks))]
    public async Task The_framework_assembly_is_recognised_by_name(Fw fw)
    {
        var model = TestingModel.For(await CompileAsync(fw));
        Assert.NotNull(model);
        Assert.Single(model!.Frameworks);
    }

    private static async Task<Compilation> CompileAsync(Fw fw)
    {
        var references = await Frameworks.ResolveAsync(fw);
        return CSharpCompilation.Create("Names", [CSharpSyntaxTree.ParseText("class C { }")], references);
    }
}
