using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RealismAnalyzers.AnalysisModes;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Packaging;

/// <summary>
/// Proves the real package, not just the DLL: packs it, checks its exact contents and metadata, then builds a throwaway
/// test project that references it from a local feed and expects the RA warnings in the build output.
/// </summary>
[Collection(PackedPackage.Collection)]
public sealed partial class PackageTests(PackedPackage packed)
{
    private readonly string _version = packed.Version;
    private readonly string _package = packed.Package;

    [Fact]
    public void The_package_holds_both_assemblies_as_analyzers_the_mode_files_and_nothing_else_to_reference()
    {
        using var zip = ZipFile.OpenRead(_package);
        var entries = zip.Entries.Select(e => e.FullName).Where(e => !IsPackagingPart(e)).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
        [
            "README.md",
            "RealismAnalyzers.nuspec",
            "analyzers/dotnet/cs/RealismAnalyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/RealismAnalyzers.dll",
            "build/RealismAnalyzers.props",
            "build/RealismAnalyzers.targets",
            "build/realism-all.globalconfig",
            "build/realism-none.globalconfig",
            "build/realism-recommended.globalconfig",
            "buildTransitive/RealismAnalyzers.props",
            "buildTransitive/RealismAnalyzers.targets",
        ], entries);

        var metadata = Nuspec(zip);
        Assert.Equal("RealismAnalyzers", Element(metadata, "id"));
        Assert.Equal("true", Element(metadata, "developmentDependency"));
        Assert.Equal("MIT", Element(metadata, "license"));
        Assert.False(string.IsNullOrWhiteSpace(Element(metadata, "description")));
        Assert.Contains("analyzers", Element(metadata, "tags"), StringComparison.Ordinal);
        Assert.Null(metadata.Element(metadata.Name.Namespace + "dependencies"));
    }

    [Fact]
    public void The_package_carries_its_own_readme_release_notes_and_the_one_project_url_of_the_help_links()
    {
        using var zip = ZipFile.OpenRead(_package);
        var metadata = Nuspec(zip);
        var projectUrl = Element(metadata, "projectUrl");
        var repository = metadata.Element(metadata.Name.Namespace + "repository")!;

        Assert.Equal("README.md", Element(metadata, "readme"));
        Assert.Equal(PackageFile("README.md"), Read(zip, "README.md"));
        Assert.Equal(PackageFile("RELEASE-NOTES.md").Trim(), Element(metadata, "releaseNotes"));

        // One home: the rules' help links, the project URL and the repository URL share one base.
        Assert.StartsWith("https://", projectUrl, StringComparison.Ordinal);
        Assert.Equal(projectUrl, repository.Attribute("url")!.Value);
        Assert.Equal("git", repository.Attribute("type")!.Value);
        Assert.StartsWith(projectUrl + "/", Descriptors.HelpLinkBase, StringComparison.Ordinal);
        Assert.Equal(RepositoryInfo.Url, projectUrl);
    }

    [Fact]
    public void The_package_readme_stands_alone()
    {
        using var zip = ZipFile.OpenRead(_package);
        var readme = Read(zip, "README.md");

        // No link into the repository (it would break on a package page), no command that needs a clone of it.
        Assert.DoesNotContain(MarkdownLink().Matches(readme).Select(m => m.Groups["target"].Value), t => !t.StartsWith("https://", StringComparison.Ordinal));
        foreach (var cloneOnly in new[] { "docs/", "src/", "tests/", "dotnet run --project", "artifacts/packages" })
        {
            Assert.DoesNotContain(cloneOnly, readme, StringComparison.Ordinal);
        }

        Assert.Contains("dotnet add package RealismAnalyzers", readme, StringComparison.Ordinal);
        Assert.Contains("RealismAnalysisMode", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_readme_lists_every_rule_with_its_title()
    {
        using var zip = ZipFile.OpenRead(_package);
        var rows = Read(zip, "README.md").Split('\n').Where(l => l.StartsWith("| RA", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            RuleCatalog.Realism().Select(d => $"| {d.Id} | {d.Title} |"),
            rows);
    }

    [Fact]
    public void The_packed_mode_files_are_what_the_descriptors_give()
    {
        using var zip = ZipFile.OpenRead(_package);
        var descriptors = RuleCatalog.Realism();

        Assert.NotEmpty(AnalysisModeRules.ModesWithAConfig);
        foreach (var mode in AnalysisModeRules.ModesWithAConfig)
        {
            Assert.Equal(AnalysisModeRules.Render(mode, descriptors), Read(zip, "build/" + AnalysisModeRules.FileName(mode)));
        }
    }

    [Fact]
    public async Task A_test_project_that_references_the_package_gets_the_warnings_in_its_build()
    {
        var project = await packed.CreateConsumerAsync("Consumer.Tests", Consumer.CartTests);

        var (exitCode, output) = await DotNet.RunAsync(project, PackedPackage.Timeout, "build", "-nologo", "-clp:NoSummary");

        Assert.True(exitCode == 0, "build failed:\n" + output);
        Assert.Contains("CartTests.cs(30,9): warning RA3004", output, StringComparison.Ordinal);
        // RA1001 (no assertion) and RA1002 (empty test) are off by default: their measured precision on real suites (docs/precision.md).
        Assert.DoesNotContain("RA1001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("RA1002", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Counting_items", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("RA0001", output, StringComparison.Ordinal);
    }

    private static bool IsPackagingPart(string entry) =>
        entry.StartsWith("_rels/", StringComparison.Ordinal) || entry.StartsWith("package/", StringComparison.Ordinal) || entry == "[Content_Types].xml";

    private static XElement Nuspec(ZipArchive zip)
    {
        using var stream = zip.GetEntry("RealismAnalyzers.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        return nuspec.Root!.Element(nuspec.Root.Name.Namespace + "metadata")!;
    }

    private static string Element(XElement metadata, string name) => metadata.Element(metadata.Name.Namespace + name)!.Value;

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static string PackageFile(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "RealismAnalyzers.Package", name));

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}

/// <summary>Test projects that consume the packed package.</summary>
public static class Consumer
{
    public const string CartTests = """
        using Xunit;

        namespace Consumer.Tests;

        public class CartTests
        {
            [Fact]
            public void Adding_an_item()
            {
                var items = new System.Collections.Generic.List<string>();
                items.Add("SKU-1");
            }

            [Fact]
            public void Removing_an_item()
            {
            }

            [Fact]
            public void Counting_items()
            {
                var items = new System.Collections.Generic.List<string> { "SKU-1" };
                Assert.Single(items);
            }

            [Fact]
            public void Taking_from_an_empty_cart_fails()
            {
                var items = new System.Collections.Generic.List<string>();
                try
                {
                    _ = items[0];
                    Assert.Fail("expected an exception");
                }
                catch (System.ArgumentOutOfRangeException)
                {
                }
            }
        }
        """;

    public static string Project(string version, string properties = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <NoWarn>NU1603</NoWarn>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="RealismAnalyzers" Version="{version}" PrivateAssets="all" />
          </ItemGroup>
        </Project>
        """;
}

/// <summary>Packs the package once for all package tests, with a version of its own so no cache can serve an old build.</summary>
public sealed class PackedPackage : IAsyncLifetime
{
    public const string Collection = "Packed package";

    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    public string Work { get; } = Path.Combine(Path.GetTempPath(), "realism-package-" + Guid.NewGuid().ToString("N"));

    public string Feed => Path.Combine(Work, "feed");

    public string Version { get; } = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

    public string Package { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        var (exitCode, output) = await DotNet.RunAsync(
            RepoPaths.Root,
            Timeout,
            "pack", "src/RealismAnalyzers.Package/RealismAnalyzers.Package.csproj", "-c", "Release", "-o", Feed, "-p:Version=" + Version);
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        Package = Path.Combine(Feed, $"RealismAnalyzers.{Version}.nupkg");
        Assert.True(File.Exists(Package), "no package at " + Package + "\n" + output);

        // Consumers under Work find the package in the local feed (other packages come from the machine's own sources).
        await File.WriteAllTextAsync(Path.Combine(Work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="realism-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>A test project under <see cref="Work"/> that references the package; returns its folder.</summary>
    public async Task<string> CreateConsumerAsync(string name, string tests, string properties = "", params (string File, string Text)[] files)
    {
        var project = Path.Combine(Work, name);
        Directory.CreateDirectory(project);
        await File.WriteAllTextAsync(Path.Combine(project, name + ".csproj"), Consumer.Project(Version, properties));
        await File.WriteAllTextAsync(Path.Combine(project, "CartTests.cs"), tests);
        foreach (var (file, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(project, file), text);
        }

        return project;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }
}

[CollectionDefinition(PackedPackage.Collection)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>;
