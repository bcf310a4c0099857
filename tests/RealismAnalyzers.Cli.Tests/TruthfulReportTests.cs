using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using RealismAnalyzers.Cli.Analysis;
using RealismAnalyzers.Cli.Output;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Tests;

/// <summary>
/// The report says what it could not do: projects that failed to restore or load (once, one line each, a non-zero exit),
/// restore warnings that are not failures, and projects whose compile errors make their scores unreliable.
/// </summary>
[Collection(WorkspaceCollection.Name)]
public sealed class TruthfulReportTests(FixtureWorkspace workspace)
{
    [Fact]
    public async Task A_test_project_that_fails_to_restore_is_named_once_with_its_error_and_the_run_fails()
    {
        // A solution of a production project and a test project that needs a package its only feed lacks (NU1101).
        var folder = NewFolder("realism-unrestorable-");
        WriteFixtureFeed(folder);
        WriteProject(folder, "Ward", "<Project Sdk=\"Microsoft.NET.Sdk\" />", ("Bed.cs", "namespace Ward { public class Bed { } }"));
        WriteProject(folder, "Ward.Tests", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="Realism.Fixture.Missing" Version="1.0.0" />
                <ProjectReference Include="../Ward/Ward.csproj" />
              </ItemGroup>
            </Project>
            """, ("BedTests.cs", "namespace Ward.Tests { public class BedTests { [Xunit.Fact] public void Beds() { Xunit.Assert.True(true); } } }"));
        var solution = Path.Combine(folder, "Ward.slnx");
        File.WriteAllText(solution, """
            <Solution>
              <Project Path="Ward/Ward.csproj" />
              <Project Path="Ward.Tests/Ward.Tests.csproj" />
            </Solution>
            """);

        var (exitCode, output, error) = await TestEnvironment.RunAsync(false, "analyze", solution);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Empty(output);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("realism: No test project could be analysed in 'Ward.slnx': restore or load failed, and none of the 1 project(s) that loaded references a supported test framework (xUnit, NUnit, MSTest, TUnit):", lines[0]);
        var failure = Assert.Single(lines, l => l.Contains("Ward.Tests", StringComparison.Ordinal));
        Assert.StartsWith("Ward.Tests/Ward.Tests.csproj: restore failed: NU1101: Unable to find package Realism.Fixture.Missing.", failure, StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain("No test project found", error, StringComparison.Ordinal);
        Assert.DoesNotContain(": load failed", error, StringComparison.Ordinal);
        EndToEndTests.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Projects_that_cannot_be_analysed_make_the_report_incomplete_said_once_per_project()
    {
        var mixed = workspace.Path("Mixed");

        var terminal = await TestEnvironment.RunAsync(false, "analyze", mixed, "--no-restore");
        var json = await TestEnvironment.RunAsync(false, "analyze", mixed, "--no-restore", "--format", "json", "--output", workspace.Path("out/mixed.json"));

        // The terminal report lists them; nothing repeats them on standard error.
        Assert.Equal(ExitCodes.Incomplete, terminal.ExitCode);
        Assert.Contains("Not analysed (their tests are missing from the scores)", terminal.Output, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(terminal.Output + terminal.Error, "Broken/Broken.csproj"));
        Assert.Empty(terminal.Error);

        // Written to a file, the report is not on screen: standard error says it, one line per project.
        Assert.Equal(ExitCodes.Incomplete, json.ExitCode);
        var warning = Assert.Single(json.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("realism: warning: not analysed: Broken/Broken.csproj: load failed: ", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Below_fail_under_wins_over_an_incomplete_report()
    {
        var (exitCode, _, _) = await TestEnvironment.RunAsync(false, "analyze", workspace.Path("Mixed"), "--no-restore", "--fail-under", "9.9");

        Assert.Equal(ExitCodes.BelowThreshold, exitCode);
    }

    [Fact]
    public void A_failure_message_is_one_short_line_with_the_count_of_the_others()
    {
        var longError = "NU1101: Unable to find package Contoso.Widgets. No packages exist with this id in source(s): " + string.Join(", ", Enumerable.Range(1, 200).Select(i => $"feed-{i}"));

        var summary = SuiteAnalyzer.Summarize([longError, "NU1101: Unable to find package Contoso.Gadgets.", "NU1101: Unable to find package Contoso.Gizmos."]);

        Assert.StartsWith("NU1101: Unable to find package Contoso.Widgets.", summary, StringComparison.Ordinal);
        Assert.EndsWith("… (and 2 more errors)", summary, StringComparison.Ordinal);
        Assert.True(summary.Length <= SuiteAnalyzer.MaxFailureMessageLength + 30, summary);
        Assert.DoesNotContain('\n', summary);
        Assert.Equal("NU1101: short", SuiteAnalyzer.Summarize(["NU1101: short"]));
    }

    [Fact]
    public async Task A_project_whose_restore_only_warns_is_analysed()
    {
        // Dependent 1.0.0 asks for Base >= 1.0.0; the feed has only Base 1.1.0: restore warns NU1603 and goes on, as dotnet build does.
        var folder = NewFolder("realism-restore-warning-");
        WriteFixtureFeed(folder);
        WriteProject(folder, "Ward.Tests", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <!-- The fixtures' Directory.Build.props silences NU1603; this project must hear it. -->
                <NoWarn></NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="Realism.Fixture.Dependent" Version="1.0.0" />
              </ItemGroup>
            </Project>
            """, ("BedTests.cs", """
            using Xunit;

            namespace Ward.Tests
            {
                public class BedTests
                {
                    [Fact]
                    public void A_bed_has_a_number() { Assert.Equal(12, 12); }

                    [Fact]
                    public void Making_a_bed() { var made = true; }

                    [Fact]
                    public void Changing_the_sheets() { Assert.NotNull("sheets"); }
                }
            }
            """));

        var restore = await Loading.Restorer.RestoreAsync(Path.Combine(folder, "Ward.Tests", "Ward.Tests.csproj"), CancellationToken.None);
        var report = await TestEnvironment.AnalyzeAsync(folder);

        Assert.Empty(restore);
        var assets = File.ReadAllText(Path.Combine(folder, "Ward.Tests", "obj", "project.assets.json"));
        Assert.Contains("NU1603", assets, StringComparison.Ordinal);
        Assert.Empty(report.Failures);
        var project = Assert.Single(report.Projects);
        Assert.Equal(3, project.Scores.Tests);
        Assert.Equal(0, project.CompileErrors);
    }

    [Fact]
    public async Task A_project_with_compile_errors_is_scored_and_every_format_says_its_scores_are_unreliable()
    {
        var report = await TestEnvironment.AnalyzeAsync(workspace.Path("Unreliable"));

        var ward = Assert.Single(report.Projects);
        Assert.Equal(2, ward.Scores.Tests);
        Assert.Equal(2, ward.CompileErrors);
        Assert.StartsWith("Ward.Tests/BedTests.cs:12: CS0246: ", ward.FirstCompileError, StringComparison.Ordinal);
        const string Note = "Ward.Tests has 2 compile errors: its scores are unreliable";

        Assert.Contains("Unreliable scores", OutputFormats.Render(report, OutputFormats.Terminal), StringComparison.Ordinal);
        Assert.Contains(Note, OutputFormats.Render(report, OutputFormats.Terminal), StringComparison.Ordinal);
        Assert.Contains("## Unreliable scores", OutputFormats.Render(report, OutputFormats.Markdown), StringComparison.Ordinal);
        Assert.Contains(Note, OutputFormats.Render(report, OutputFormats.Markdown), StringComparison.Ordinal);

        var html = new HtmlParser().ParseDocument(OutputFormats.Render(report, OutputFormats.Html));
        var item = Assert.Single(html.QuerySelectorAll("#unreliable li"));
        Assert.Equal("2", item.GetAttribute("data-compile-errors"));
        Assert.StartsWith(Note, item.TextContent, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(OutputFormats.Render(report, OutputFormats.Json));
        var project = json.RootElement.GetProperty("projects")[0];
        Assert.Equal(2, project.GetProperty("compileErrors").GetInt32());
        Assert.StartsWith("Ward.Tests/BedTests.cs:12: CS0246", project.GetProperty("firstCompileError").GetString(), StringComparison.Ordinal);

        using var sarif = JsonDocument.Parse(OutputFormats.Render(report, OutputFormats.Sarif));
        var invocation = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations").EnumerateArray());
        var notification = Assert.Single(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Equal("warning", notification.GetProperty("level").GetString());
        Assert.StartsWith(Note, notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_that_compiles_says_nothing_about_reliability()
    {
        var clinic = workspace.Clinic;

        Assert.All(clinic.Projects, p => Assert.Equal(0, p.CompileErrors));
        Assert.DoesNotContain("Unreliable", OutputFormats.Render(clinic, OutputFormats.Terminal), StringComparison.Ordinal);
        Assert.DoesNotContain("unreliable", OutputFormats.Render(clinic, OutputFormats.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_is_in_the_category_of_its_descriptor()
    {
        var descriptors = AnalyzerCatalog.CreateAnalyzers().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).ToList();

        Assert.Contains(descriptors, d => d.Id == "RA3006");
        foreach (var descriptor in descriptors)
        {
            var rule = workspace.Clinic.Rules.Single(r => r.Id == descriptor.Id);
            var expected = descriptor.Category switch
            {
                Categories.Trivial => "trivial",
                Categories.Mocking => "over-mocking",
                Categories.FailurePaths => "failure-paths",
                Categories.Determinism => "determinism",
                _ => "unknown descriptor category " + descriptor.Category,
            };
            Assert.Equal(expected, rule.Category);
        }
    }

    [Fact]
    public void The_readme_rules_table_states_each_rule_in_the_category_the_report_scores_it_in()
    {
        var readme = File.ReadAllLines(Path.Combine(TestEnvironment.RepositoryRoot, "README.md"));
        var descriptors = AnalyzerCatalog.CreateAnalyzers().SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).ToList();

        Assert.Contains(descriptors, d => d.Id == "RA3006");
        foreach (var descriptor in descriptors)
        {
            var row = Assert.Single(readme, l => l.StartsWith($"| [{descriptor.Id}](", StringComparison.Ordinal));
            var cells = row.Split('|', StringSplitOptions.TrimEntries);
            Assert.Equal(ScoreCategory.For(descriptor)!.Name, cells[3]);
        }
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private string NewFolder(string prefix)
    {
        // Inside the fixture copy, so its Directory.Build.props (net10.0, standalone settings) applies and it is deleted with it.
        var folder = workspace.Path(prefix + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void WriteProject(string folder, string name, string project, params (string File, string Text)[] sources)
    {
        var directory = Path.Combine(folder, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), project);
        foreach (var (file, text) in sources)
        {
            File.WriteAllText(Path.Combine(directory, file), text);
        }
    }

    /// <summary>
    /// A nuget.config with one local feed, and nothing else: Realism.Fixture.Base 1.1.0 and Realism.Fixture.Dependent 1.0.0
    /// (which asks for Base 1.0.0). xunit 2.9.3 comes from the global packages folder, where this repository's own restore
    /// put it, so no package source is asked anything.
    /// </summary>
    private static void WriteFixtureFeed(string folder)
    {
        var feed = Path.Combine(folder, "feed");
        WritePackage(feed, "Realism.Fixture.Base", "1.1.0");
        WritePackage(feed, "Realism.Fixture.Dependent", "1.0.0", ("Realism.Fixture.Base", "1.0.0"));
        File.WriteAllText(Path.Combine(folder, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="fixture-feed" value="feed" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>A package with no content, only a nuspec (and its dependencies), in a local folder feed.</summary>
    private static void WritePackage(string feed, string id, string version, params (string Id, string Version)[] dependencies)
    {
        Directory.CreateDirectory(feed);
        var dependencyElements = string.Concat(dependencies.Select(d => $"<dependency id=\"{d.Id}\" version=\"{d.Version}\" />"));
        using var zip = ZipFile.Open(Path.Combine(feed, $"{id}.{version}.nupkg"), ZipArchiveMode.Create);
        using var writer = new StreamWriter(zip.CreateEntry(id + ".nuspec").Open());
        writer.Write($"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>{id}</id>
                <version>{version}</version>
                <authors>RealismAnalyzers tests</authors>
                <description>A fixture package.</description>
                <dependencies><group targetFramework="net10.0">{dependencyElements}</group></dependencies>
              </metadata>
            </package>
            """);
    }
}
