using System.Xml.Linq;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Packaging;

/// <summary>
/// The README's install route for a package that is not published yet: pack to a local folder, then
/// <c>dotnet add package RealismAnalyzers --version … --source &lt;that folder&gt;</c> in a project that knows no such feed.
/// </summary>
[Collection(PackedPackage.Collection)]
public sealed class InstallTests(PackedPackage packed)
{
    [Fact]
    public async Task Adding_the_package_from_the_local_feed_makes_it_a_private_development_dependency_that_analyses_the_build()
    {
        // Outside the package tests' folder, whose nuget.config names the feed: here only --source does.
        var project = Path.Combine(Path.GetTempPath(), "realism-install-" + Guid.NewGuid().ToString("N"), "Shop.Tests");
        Directory.CreateDirectory(project);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(project, "Shop.Tests.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <NoWarn>NU1603</NoWarn>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="xunit" Version="2.9.3" />
                  </ItemGroup>
                </Project>
                """);
            await File.WriteAllTextAsync(Path.Combine(project, "CartTests.cs"), Consumer.CartTests);

            var add = await DotNet.RunAsync(project, PackedPackage.Timeout, "add", "package", "RealismAnalyzers", "--version", packed.Version, "--source", packed.Feed);
            var build = await DotNet.RunAsync(project, PackedPackage.Timeout, "build", "-nologo", "-clp:NoSummary");

            Assert.True(add.ExitCode == 0, "dotnet add package failed:\n" + add.Output);
            var reference = XDocument.Load(Path.Combine(project, "Shop.Tests.csproj")).Descendants("PackageReference").Single(r => r.Attribute("Include")?.Value == "RealismAnalyzers");
            Assert.Equal(packed.Version, reference.Attribute("Version")!.Value);
            Assert.Equal("all", (reference.Element("PrivateAssets") ?? throw new InvalidOperationException("no PrivateAssets: " + reference)).Value);
            Assert.True(build.ExitCode == 0, "build failed:\n" + build.Output);
            Assert.Contains("CartTests.cs(30,9): warning RA3004", build.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(project)!, recursive: true);
        }
    }
}
