using System.Reflection;
using RealismAnalyzers.Cli.Analysis;
using RealismAnalyzers.Cli.Loading;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Tests;

/// <summary>Paths the build stamps into the test assembly, and a private copy of the fixture projects.</summary>
internal static class TestEnvironment
{
    public static string Metadata(string key) =>
        typeof(TestEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == key).Value!;

    public static string RepositoryRoot => Path.GetFullPath(Metadata("RepositoryRoot"));

    public static string CliAssembly => Path.GetFullPath(Metadata("CliAssembly"));

    /// <summary>Copies the fixture projects (without build output) to a new temporary folder, outside this repository's build settings.</summary>
    public static string CopyFixtures()
    {
        var source = Path.GetFullPath(Metadata("FixturesDirectory"));
        var target = Path.Combine(Path.GetTempPath(), "realism-cli-tests-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public static Task<Report> AnalyzeAsync(string path, bool restore = true) =>
        SuiteAnalyzer.AnalyzeAsync(AnalysisInput.Resolve(path), new AnalyzeSettings { Restore = restore }, ProgressReporter.Silent, CancellationToken.None);

    /// <summary>Runs the command line in this process and captures what it writes.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(bool showProgress, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error, showProgress);
        return (exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>The fixture projects, restored and the Clinic folder analysed once for all the tests of the collection.</summary>
public sealed class FixtureWorkspace : IAsyncLifetime
{
    internal string Root { get; private set; } = string.Empty;

    internal Report Clinic { get; private set; } = null!;

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public async Task InitializeAsync()
    {
        Root = TestEnvironment.CopyFixtures();

        // Tests that pass --no-restore use this project too, in any order.
        var errors = await Loading.Restorer.RestoreAsync(Path("Mixed/Pharmacy.Tests/Pharmacy.Tests.csproj"), CancellationToken.None);
        Assert.Empty(errors);
        Clinic = await TestEnvironment.AnalyzeAsync(Path("Clinic"));
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }

        return Task.CompletedTask;
    }
}

/// <summary>The tests that load projects share one restored copy of the fixtures and run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class WorkspaceCollection : ICollectionFixture<FixtureWorkspace>
{
    public const string Name = "MSBuild workspace";
}
