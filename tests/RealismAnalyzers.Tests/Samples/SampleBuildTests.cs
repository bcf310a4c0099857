using System.Text.Json;
using Microsoft.CodeAnalysis;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Samples;

/// <summary>
/// Builds the sample solution for real, as a team's CI would, with the compiler writing SARIF error logs: the
/// command-line compiler runs an analyzer whose diagnostics are all Info only when it writes an error log, so this is
/// the build that runs every rule, as the IDE does. The findings must be exactly the pinned golden list.
/// </summary>
[Collection(DotNetBuilds.Name)]
public sealed class SampleBuildTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly string _work = Path.Combine(Path.GetTempPath(), "realism-samples-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_real_build_of_the_samples_reports_every_pinned_diagnostic_Info_rules_included()
    {
        // A fresh copy, because the CLI tests restore and load tests/samples in place at the same time, and because only
        // a compile that runs writes a log (an up-to-date project writes none). The copy builds the analyzers from this
        // repository's source, as the samples do (RealismAnalyzersDir); the filter builds the solution's sample projects,
        // the analyzer project (which the copy cannot reach by the solution's relative path) coming in through their
        // project references.
        var samples = Path.Combine(_work, "samples");
        var logs = Path.Combine(_work, "sarif");
        CopySamples(samples);
        Directory.CreateDirectory(logs);
        await File.WriteAllTextAsync(Path.Combine(samples, "Samples.slnf"), SolutionFilter(samples));
        var (exitCode, output) = await DotNet.RunAsync(
            samples,
            Timeout,
            "build", "Samples.slnf", "-nologo", "-clp:NoSummary", "--disable-build-servers",
            "-p:RealismAnalyzersDir=" + Path.Combine(RepoPaths.Root, "src", "RealismAnalyzers") + Path.DirectorySeparatorChar,
            "-p:SarifLogDirectory=" + logs);

        Assert.True(exitCode == 0, "dotnet build of the samples failed:\n" + output);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);

        var results = ReadResults(logs, samples);
        Assert.True(results.Count > 0, "the build wrote no SARIF results in " + logs + ":\n" + output);
        Assert.DoesNotContain(results, r => r.RuleId == "AD0001");

        var actual = results.Where(r => r.RuleId.StartsWith("RA", StringComparison.Ordinal))
            .Select(r => $"{r.Path}:{r.Line}: {r.RuleId}")
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = File.ReadAllLines(Path.Combine(RepoPaths.Samples, "expected-diagnostics.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Order(StringComparer.Ordinal)
            .ToList();

        // The point of the error log: the Info rules the golden list names ran in this build too.
        var infoRules = AllAnalyzers.Create()
            .SelectMany(a => a.SupportedDiagnostics)
            .Where(d => d.DefaultSeverity == DiagnosticSeverity.Info)
            .Select(d => d.Id)
            .ToHashSet(StringComparer.Ordinal);
        var expectedInfo = expected.Select(RuleIdOf).Where(infoRules.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expectedInfo);
        Assert.Equal(expectedInfo, actual.Select(RuleIdOf).Where(infoRules.Contains).Distinct().Order(StringComparer.Ordinal));

        Assert.Equal(string.Join(Environment.NewLine, expected), string.Join(Environment.NewLine, actual));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }

    private static string RuleIdOf(string line) => line[(line.LastIndexOf(' ') + 1)..];

    /// <summary>A filter of Samples.sln to its projects under the samples folder (every one but the analyzer project).</summary>
    private static string SolutionFilter(string samples)
    {
        var projects = Directory.EnumerateFiles(samples, "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(samples, p).Replace('/', '\\'))
            .Order(StringComparer.Ordinal);
        return JsonSerializer.Serialize(new { solution = new { path = "Samples.sln", projects } }, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The sample sources and projects, without build output.</summary>
    private static void CopySamples(string target)
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Samples, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    /// <summary>The results of every SARIF 2.1 log in <paramref name="logs"/>, with paths relative to <paramref name="root"/>; suppressed results left out.</summary>
    private static List<(string RuleId, string Path, int Line)> ReadResults(string logs, string root)
    {
        var results = new List<(string, string, int)>();
        if (!Directory.Exists(logs))
        {
            return results;
        }

        foreach (var log in Directory.EnumerateFiles(logs, "*.sarif").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(log));
            Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var runResults))
                {
                    continue;
                }

                foreach (var result in runResults.EnumerateArray())
                {
                    if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0)
                    {
                        continue;
                    }

                    var ruleId = result.GetProperty("ruleId").GetString()!;
                    var path = string.Empty;
                    var line = 0;
                    if (result.TryGetProperty("locations", out var locations) && locations.GetArrayLength() > 0)
                    {
                        var physical = locations[0].GetProperty("physicalLocation");
                        var uri = new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!);
                        path = System.IO.Path.GetRelativePath(root, uri.LocalPath).Replace('\\', '/');
                        line = physical.GetProperty("region").GetProperty("startLine").GetInt32();
                    }

                    results.Add((ruleId, path, line));
                }
            }
        }

        return results;
    }
}
