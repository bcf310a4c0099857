using Microsoft.CodeAnalysis;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Samples;

/// <summary>
/// Pins the exact diagnostics the sample suites produce, so every change in behaviour shows in review.
/// When the list changes on purpose, copy <c>tests/samples/expected-diagnostics.actual.txt</c> over
/// <c>expected-diagnostics.txt</c>.
/// </summary>
public class SampleGoldenTests
{
    private static readonly string ExpectedPath = Path.Combine(RepoPaths.Samples, "expected-diagnostics.txt");
    private static readonly string ActualPath = Path.Combine(RepoPaths.Samples, "expected-diagnostics.actual.txt");

    [Fact]
    public async Task The_samples_produce_exactly_the_pinned_diagnostics()
    {
        var actual = new List<string>();
        foreach (var project in SampleSuites.TestProjects())
        {
            var compilation = await SampleSuites.CompileAsync(project);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            var diagnostics = await AllAnalyzers.RunAsync(compilation);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            actual.AddRange(diagnostics.Select(Format));
        }

        actual.Sort(StringComparer.Ordinal);
        var expected = File.Exists(ExpectedPath)
            ? File.ReadAllLines(ExpectedPath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList()
            : [];
        if (!expected.SequenceEqual(actual))
        {
            await File.WriteAllLinesAsync(ActualPath, actual);
        }
        else if (File.Exists(ActualPath))
        {
            File.Delete(ActualPath);
        }

        Assert.Equal(string.Join(Environment.NewLine, expected), string.Join(Environment.NewLine, actual));
    }

    [Fact]
    public void The_samples_turn_on_exactly_the_rules_off_by_default_at_their_descriptors_severity()
    {
        var configured = File.ReadAllLines(Path.Combine(RepoPaths.Samples, "realism-every-rule.globalconfig"))
            .Where(l => l.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal))
            .Select(l => l.Split('=', StringSplitOptions.TrimEntries))
            .ToDictionary(p => p[0]["dotnet_diagnostic.".Length..^".severity".Length], p => p[1]);
        var offByDefault = AllAnalyzers.Create().SelectMany(a => a.SupportedDiagnostics).Where(d => !d.IsEnabledByDefault)
            .DistinctBy(d => d.Id)
            .ToDictionary(d => d.Id, d => d.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                DiagnosticSeverity.Info => "suggestion",
                _ => "silent",
            });

        Assert.Equal(offByDefault.OrderBy(p => p.Key), configured.OrderBy(p => p.Key));
    }

    [Fact]
    public void The_samples_cover_at_least_one_suite() => Assert.NotEmpty(SampleSuites.TestProjects());

    private static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}: {diagnostic.Id}";
    }
}
