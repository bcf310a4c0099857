using System.Text.Json;
using AngleSharp.Html.Parser;
using RealismAnalyzers.Cli.Output;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Tests;

/// <summary>Each output format of the Clinic report, parsed back and checked against the report.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class FormatTests(FixtureWorkspace workspace)
{
    private Report Clinic => workspace.Clinic;

    [Fact]
    public void The_terminal_table_shows_every_category_the_overall_score_and_the_offenders()
    {
        var text = OutputFormats.Render(Clinic, OutputFormats.Terminal);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal($"Realism report for {Clinic.Input}", lines[0]);
        Assert.Equal("2 test projects, 11 tests, 4 findings", lines[1]);
        foreach (var category in Clinic.Overall.Categories)
        {
            var row = Assert.Single(lines, l => l.StartsWith("  " + category.Name + " ", StringComparison.Ordinal));
            var cells = row.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(Text.Score(category.Score), cells[1]);
        }

        Assert.Contains(lines, l => l.StartsWith("  Overall ", StringComparison.Ordinal) && l.Contains(Text.Score(Clinic.Overall.Score) + "/10", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Clinic.Tests.ScheduleTests.Rescheduling_moves_the_appointment", StringComparison.Ordinal) && l.Contains("RA1002", StringComparison.Ordinal));
        Assert.Contains("Top offending types", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_tables_hold_the_scores_and_every_finding_with_its_rule_link()
    {
        var markdown = OutputFormats.Render(Clinic, OutputFormats.Markdown);
        var rows = markdown.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith('|')).Select(Cells).ToList();

        var trivial = Assert.Single(rows, r => r[0] == "Trivial tests");
        Assert.Equal(["Trivial tests", "6.1", "4", "3.5", "RA1001 ×3, RA1002 ×1"], trivial);
        var billing = Assert.Single(rows, r => r[0] == "Clinic.Billing.Tests");
        Assert.Equal("4", billing[1]);
        Assert.Equal("8.3", billing[2]);
        var findingRows = rows.Where(r => r[0].StartsWith("[RA", StringComparison.Ordinal)).ToList();
        Assert.Equal(Clinic.Findings.Count, findingRows.Count);
        for (var i = 0; i < findingRows.Count; i++)
        {
            Assert.Equal($"[{Clinic.Findings[i].RuleId}]({Clinic.Findings[i].HelpUri})", findingRows[i][0]);
            Assert.Equal($"{Clinic.Findings[i].File}:{Clinic.Findings[i].Line}", findingRows[i][2]);
        }

        // Every table row has as many cells as its header.
        Assert.All(markdown.Split("\n\n").Where(b => b.StartsWith('|')), table =>
        {
            var counts = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Cells(l).Length).Distinct();
            Assert.Single(counts);
        });
    }

    [Fact]
    public void The_json_report_round_trips_and_keeps_its_documented_shape()
    {
        var json = OutputFormats.Render(Clinic, OutputFormats.Json);

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(
            ["schemaVersion", "toolVersion", "input", "testProjects", "overall", "projects", "topTests", "topTypes", "findings", "failures", "rules"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        var overall = root.GetProperty("overall");
        Assert.Equal(["tests", "emptyTests", "scoredTests", "score", "findings", "categories"], overall.EnumerateObject().Select(p => p.Name));
        Assert.Equal(11, overall.GetProperty("tests").GetInt32());
        var trivial = overall.GetProperty("categories")[0];
        Assert.Equal(["id", "name", "score", "findings", "weightedFindings", "rules"], trivial.EnumerateObject().Select(p => p.Name));
        Assert.Equal("trivial", trivial.GetProperty("id").GetString());
        Assert.Equal(6.1, trivial.GetProperty("score").GetDouble());
        Assert.Equal(3, trivial.GetProperty("rules").GetProperty("RA1001").GetInt32());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal(
            ["ruleId", "title", "category", "severity", "message", "project", "file", "line", "column", "endLine", "endColumn", "test", "type", "helpUri"],
            finding.EnumerateObject().Select(p => p.Name));
        foreach (var (category, expected) in overall.GetProperty("categories").EnumerateArray().Zip(Clinic.Overall.Categories))
        {
            Assert.Equal(expected.Id, category.GetProperty("id").GetString());
            Assert.Equal(expected.Score, category.GetProperty("score").ValueKind == JsonValueKind.Null ? null : category.GetProperty("score").GetDouble());
        }

        var back = JsonSerializer.Deserialize<JsonReport>(json, JsonFormatter.Options)!;
        Assert.Equal(Clinic.Overall.Score, back.Overall.Score);
        Assert.Equal(Clinic.Findings.Select(f => (f.RuleId, f.File, f.Line, f.Severity)), back.Findings.Select(f => (f.RuleId, f.File, f.Line, f.Severity)));
        Assert.Equal(Clinic.Projects.Select(p => (p.Name, p.Scores.Score)), back.Projects.Select(p => (p.Name, p.Scores.Score)));
    }

    [Fact]
    public void The_sarif_log_has_the_2_1_0_shape_with_one_result_per_finding()
    {
        using var document = JsonDocument.Parse(OutputFormats.Render(Clinic, OutputFormats.Sarif));
        var root = document.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.EndsWith("sarif-schema-2.1.0.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("RealismAnalyzers", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Clinic.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.StartsWith("https://", r.GetProperty("helpUri").GetString(), StringComparison.Ordinal));
        var srcRoot = run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", srcRoot, StringComparison.Ordinal);
        Assert.EndsWith("/", srcRoot, StringComparison.Ordinal);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(Clinic.Findings.Count, results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(Clinic.Findings[i].RuleId, ruleId);
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.Equal(Clinic.Findings[i].File, physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("SRCROOT", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.Equal(Clinic.Findings[i].Line, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        }

        Assert.Equal("note", results.Single(r => r.GetProperty("properties").GetProperty("project").GetString() == "Clinic.Billing.Tests").GetProperty("level").GetString());
    }

    [Fact]
    public void The_html_report_is_self_contained_with_a_chart_per_category_and_linked_findings()
    {
        var html = OutputFormats.Render(Clinic, OutputFormats.Html);
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed"));
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("@font-face", html, StringComparison.Ordinal);
        Assert.Equal(Text.Score(Clinic.Overall.Score) + "/10", document.QuerySelector("#overall-score")!.TextContent);

        var cards = document.QuerySelectorAll("section.card");
        Assert.Equal(Clinic.Overall.Categories.Select(c => "category-" + c.Id), cards.Select(c => c.Id));
        foreach (var card in cards)
        {
            var category = Clinic.Overall.Categories.Single(c => "category-" + c.Id == card.Id);
            var bars = card.QuerySelectorAll("svg rect.bar");
            Assert.Equal(1 + Clinic.Projects.Count, bars.Length);
            Assert.Equal(Text.Score(category.Score), bars[0].GetAttribute("data-score"));
        }

        var trivialBar = document.QuerySelector("#category-trivial svg rect.bar")!;
        Assert.Equal("219.6", trivialBar.GetAttribute("width"));

        var rows = document.QuerySelectorAll("#findings tbody tr");
        Assert.Equal(Clinic.Findings.Count, rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var link = rows[i].QuerySelector("a")!;
            Assert.Equal(Clinic.Findings[i].RuleId, link.TextContent);
            Assert.Equal(Clinic.Findings[i].HelpUri, link.GetAttribute("href"));
        }

        Assert.Equal(Clinic.TopTests.Count, document.QuerySelectorAll("#top-tests tbody tr").Length);
    }

    private static string[] Cells(string row)
    {
        var trimmed = row.Trim();
        return trimmed[1..^1].Split('|').Select(c => c.Trim().Replace("\\_", "_", StringComparison.Ordinal)).ToArray();
    }

    private sealed record JsonReport(int SchemaVersion, ScoreCard Overall, IReadOnlyList<ProjectReport> Projects, IReadOnlyList<Finding> Findings);
}
