using System.IO.Compression;
using System.Xml.Linq;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Packaging;

/// <summary>
/// Proves the real package, not just the DLL: packs it, checks its exact contents, then builds a throwaway
/// test project that references it from a local feed and expects the RA warnings in the build output.
/// </summary>
[Collection(DotNetBuilds.Name)]
public sealed class PackageTests(PackedPackage packed) : IClassFixture<PackedPackage>
{
    private readonly string _work = packed.Work;
    private readonly string _version = packed.Version;
    private readonly string _package = packed.Package;

    [Fact]
    public void The_package_holds_both_assemblies_as_analyzers_and_nothing_else_to_reference()
    {
        using var zip = ZipFile.OpenRead(_package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("analyzers/dotnet/cs/RealismAnalyzers.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/RealismAnalyzers.CodeFixes.dll", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && !e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal));

        using var nuspecStream = zip.GetEntry("RealismAnalyzers.nuspec")!.Open();
        var nuspec = XDocument.Load(nuspecStream);
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        Assert.Equal("RealismAnalyzers", metadata.Element(ns + "id")!.Value);
        Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")!.Value));
        Assert.Contains("analyzers", metadata.Element(ns + "tags")!.Value, StringComparison.Ordinal);
        Assert.Null(metadata.Element(ns + "dependencies"));
    }

    [Fact]
    public async Task A_test_project_that_references_the_package_gets_the_warnings_in_its_build()
    {
        var project = Path.Combine(_work, "Consumer.Tests");
        Directory.CreateDirectory(project);
        await File.WriteAllTextAsync(Path.Combine(_work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="realism-test-feed" value="{Path.Combine(_work, "feed")}" />
              </packageSources>
            </configuration>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "Consumer.Tests.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <NoWarn>NU1603</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="RealismAnalyzers" Version="{_version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "CartTests.cs"), """
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
            }
            """);

        var (exitCode, output) = await DotNet.RunAsync(project, PackedPackage.Timeout, "build", "-nologo", "-clp:NoSummary");

        Assert.True(exitCode == 0, "build failed:\n" + output);
        Assert.Contains("CartTests.cs(8,17): warning RA1001", output, StringComparison.Ordinal);
        Assert.Contains("CartTests.cs(15,17): warning RA1002", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Counting_items", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
    }
}

/// <summary>Packs the package once for all package tests, with a version of its own so no cache can serve an old build.</summary>
public sealed class PackedPackage : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    public string Work { get; } = Path.Combine(Path.GetTempPath(), "realism-package-" + Guid.NewGuid().ToString("N"));

    public string Version { get; } = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff");

    public string Package { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var feed = Path.Combine(Work, "feed");
        Directory.CreateDirectory(feed);
        var (exitCode, output) = await DotNet.RunAsync(
            RepoPaths.Root,
            Timeout,
            "pack", "src/RealismAnalyzers.Package/RealismAnalyzers.Package.csproj", "-c", "Release", "-o", feed, "-p:Version=" + Version);
        Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        Package = Path.Combine(feed, $"RealismAnalyzers.{Version}.nupkg");
        Assert.True(File.Exists(Package), "no package at " + Package + "\n" + output);
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
