using System.Text.Json;
using Microsoft.CodeAnalysis;
using RealismAnalyzers.AnalysisModes;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Packaging;

/// <summary>
/// Each analysis mode applied to a real <c>dotnet build</c> of a test project that references the packed package: the
/// rules it reports and at which level (read from the compiler's SARIF log, which holds suggestions too) are what the
/// descriptors say for that mode, and a user's own .editorconfig / .globalconfig / NoWarn still win.
/// </summary>
[Collection(PackedPackage.Collection)]
public sealed class AnalysisModeBuildTests(PackedPackage packed)
{
    // Smells of both default levels and of rules off by default: RA1001 no assertion, RA1002 empty, RA4001 sleeps, RA4002 a date
    // from the wall clock as the expected value, RA4003 unseeded random, and RA1007 (Cart lives in the test project itself, so no
    // test touches production code).
    private const string Smells = """
        using System;
        using System.Threading;
        using Xunit;

        namespace Consumer.Tests;

        public class Cart
        {
            public int Count { get; private set; }

            public DateTime? OpenedAt { get; set; }

            public void Add() => Count++;

            public void Open() => OpenedAt = DateTime.Now;
        }

        public class CartTests
        {
            [Fact]
            public void Adding_an_item() { var cart = new Cart(); cart.Add(); }

            [Fact]
            public void Removing_an_item() { }

            [Fact]
            public void Counting_after_a_pause() { var cart = new Cart(); Thread.Sleep(10); cart.Add(); Assert.Equal(1, cart.Count); }

            [Fact]
            public void Opening_today() { var cart = new Cart(); cart.Open(); Assert.Equal(DateTime.Today, cart.OpenedAt!.Value.Date); }

            [Fact]
            public void Adding_some() { var cart = new Cart(); var n = new Random().Next(1, 3); for (var i = 0; i < n; i++) { cart.Add(); } Assert.True(cart.Count >= 1); }
        }
        """;

    private static readonly string[] s_smells = ["RA1001", "RA1002", "RA1007", "RA4001", "RA4002", "RA4003"];

    private static readonly IReadOnlyDictionary<string, DiagnosticDescriptor> s_descriptors = RuleCatalog.Realism().ToDictionary(d => d.Id);

    private static Task<IReadOnlyDictionary<string, string>>? s_all;

    [Fact]
    public async Task All_turns_every_rule_that_fires_into_a_build_warning()
    {
        var all = await AllAsync();

        Assert.Superset(s_smells.ToHashSet(), all.Keys.ToHashSet());
        Assert.All(all, rule => Assert.Equal(s_descriptors[rule.Key].DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning", rule.Value));
    }

    [Fact]
    public async Task Default_reports_each_rule_at_its_descriptors_default_severity()
    {
        var fired = (await AllAsync()).Keys;

        var (levels, _) = await BuildAsync("Default", "<RealismAnalysisMode>Default</RealismAnalysisMode>");

        Assert.Equal(Expected(fired, d => d.IsEnabledByDefault ? d.DefaultSeverity : null), levels);
    }

    [Fact]
    public async Task No_mode_is_the_default_mode()
    {
        var fired = (await AllAsync()).Keys;

        var (levels, _) = await BuildAsync("Unset", string.Empty);

        Assert.Equal(Expected(fired, d => d.IsEnabledByDefault ? d.DefaultSeverity : null), levels);
    }

    [Fact]
    public async Task Recommended_in_any_case_adds_the_rules_that_are_off_by_default_as_suggestions()
    {
        var fired = (await AllAsync()).Keys;

        var (levels, _) = await BuildAsync("Recommended", "<RealismAnalysisMode>recommended</RealismAnalysisMode>");

        var expected = fired
            .Select(id => (id, Level: Level(AnalysisModeRules.Severity(s_descriptors[id], AnalysisMode.Recommended))))
            .Where(r => r.Level is not null)
            .ToDictionary(r => r.id, r => r.Level!);
        Assert.Equal(expected.OrderBy(e => e.Key), levels.OrderBy(e => e.Key));
        Assert.All(fired, id => Assert.True(levels.ContainsKey(id), id + " is off in Recommended"));
    }

    [Fact]
    public async Task None_turns_every_rule_off_but_a_users_own_editorconfig_turns_one_back_on()
    {
        var (levels, _) = await BuildAsync(
            "None",
            "<RealismAnalysisMode>None</RealismAnalysisMode>",
            (".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.RA1002.severity = warning\n"));

        Assert.Equal(new Dictionary<string, string> { ["RA1002"] = "warning" }, levels);
    }

    [Fact]
    public async Task A_users_editorconfig_globalconfig_and_NoWarn_win_over_the_mode()
    {
        var all = await AllAsync();

        var (levels, _) = await BuildAsync(
            "Overridden",
            "<RealismAnalysisMode>All</RealismAnalysisMode><NoWarn>NU1603;RA4003</NoWarn>",
            (".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.RA1001.severity = none\n"),
            // A user's .globalconfig with no global_level (100 by default) is above the package's.
            (".globalconfig", "is_global = true\ndotnet_diagnostic.RA4001.severity = suggestion\n"));

        var expected = all.Where(r => r.Key is not ("RA1001" or "RA4003")).ToDictionary(r => r.Key, r => r.Key == "RA4001" ? "note" : r.Value);
        Assert.Equal(expected.OrderBy(e => e.Key), levels.OrderBy(e => e.Key));
    }

    [Fact]
    public async Task An_unknown_mode_is_a_warning_and_leaves_the_defaults()
    {
        var fired = (await AllAsync()).Keys;

        var (levels, output) = await BuildAsync("Unknown", "<RealismAnalysisMode>Strict</RealismAnalysisMode>");

        Assert.Contains("warning RA0001: RealismAnalysisMode 'Strict' is not a mode", output, StringComparison.Ordinal);
        Assert.Equal(Expected(fired, d => d.IsEnabledByDefault ? d.DefaultSeverity : null), levels);
    }

    private Task<IReadOnlyDictionary<string, string>> AllAsync()
    {
        lock (typeof(AnalysisModeBuildTests))
        {
            return s_all ??= BuildAllAsync();
        }

        async Task<IReadOnlyDictionary<string, string>> BuildAllAsync() => (await BuildAsync("All", "<RealismAnalysisMode>All</RealismAnalysisMode>")).Levels;
    }

    /// <summary>Builds a consumer in <paramref name="name"/>'s folder and returns the SARIF level of each RA rule it reported.</summary>
    private async Task<(Dictionary<string, string> Levels, string Output)> BuildAsync(string name, string properties, params (string File, string Text)[] files)
    {
        var project = await packed.CreateConsumerAsync("Modes." + name, Smells, properties, files);
        var log = Path.Combine(project, "build.sarif");

        var (exitCode, output) = await DotNet.RunAsync(project, PackedPackage.Timeout, "build", "-nologo", "-clp:NoSummary", "-p:ErrorLog=" + log + "%2Cversion%3D2.1");

        Assert.True(exitCode == 0, "build failed:\n" + output);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        using var sarif = JsonDocument.Parse(await File.ReadAllTextAsync(log));
        var levels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var id = result.GetProperty("ruleId").GetString()!;
            var level = result.TryGetProperty("level", out var l) ? l.GetString()! : "warning";
            if (id.StartsWith("RA", StringComparison.Ordinal) && id != "RA0001" && !IsSuppressed(result))
            {
                Assert.True(!levels.TryGetValue(id, out var seen) || seen == level, $"{id} reported as both {seen} and {level}");
                levels[id] = level;
            }
        }

        return (levels, output);
    }

    private static bool IsSuppressed(JsonElement result) =>
        result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0;

    private static Dictionary<string, string> Expected(IEnumerable<string> fired, Func<DiagnosticDescriptor, DiagnosticSeverity?> severity)
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in fired)
        {
            var level = severity(s_descriptors[id]) switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                DiagnosticSeverity.Info => "note",
                _ => null,
            };
            if (level is not null)
            {
                expected[id] = level;
            }
        }

        return expected;
    }

    /// <summary>The SARIF level of an .editorconfig severity; null for one that reports nothing.</summary>
    private static string? Level(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        "suggestion" => "note",
        _ => null,
    };
}
