using RealismAnalyzers.Cli.Analysis;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Tests;

/// <summary>The Clinic fixture end to end: restored, loaded, analysed, scored; counts and scores asserted exactly.</summary>
[Collection(WorkspaceCollection.Name)]
public sealed class EndToEndTests(FixtureWorkspace workspace)
{
    // Clinic.Tests: 7 tests (1 empty), RA1001 ×2 and RA1002 ×1 as warnings → 10 × (1 − 3/6) = 5.0.
    // Clinic.Billing.Tests: 4 tests (1 empty), its .editorconfig makes RA1001 a suggestion (×1, weight 0.5) and RA1002 none
    // → 10 × (1 − 0.5/3) = 8.3. Together: 11 tests, 2 empty, weighted 3.5 → 10 × (1 − 3.5/9) = 6.1.
    // The fixtures contain no smell of the other families, so each of their categories scores 10 once it has rules.
    private const int ClinicTests = 11;
    private const int ClinicEmptyTests = 2;
    private const double ClinicTrivialScore = 6.1;

    private Report Clinic => workspace.Clinic;

    [Fact]
    public void The_clinic_folder_counts_its_test_projects_and_tests()
    {
        Assert.Equal(2, Clinic.TestProjects);
        Assert.Equal(ClinicTests, Clinic.Overall.Tests);
        Assert.Equal(ClinicEmptyTests, Clinic.Overall.EmptyTests);
        Assert.Equal(ClinicTests - ClinicEmptyTests, Clinic.Overall.ScoredTests);
        Assert.Equal(["Clinic.Billing.Tests", "Clinic.Tests"], Clinic.Projects.Select(p => p.Name));
        Assert.Empty(Clinic.Failures);
    }

    [Fact]
    public void The_trivial_category_is_scored_from_its_weighted_findings()
    {
        var trivial = Category(Clinic.Overall, "trivial");

        Assert.Equal(ClinicTrivialScore, trivial.Score);
        Assert.Equal(4, trivial.Findings);
        Assert.Equal(3.5, trivial.WeightedFindings);
        Assert.Equal(3, trivial.Rules["RA1001"]);
        Assert.Equal(1, trivial.Rules["RA1002"]);
    }

    [Fact]
    public void Categories_without_findings_score_ten_and_categories_without_rules_are_not_scored()
    {
        foreach (var category in Clinic.Overall.Categories.Where(c => c.Id != "trivial"))
        {
            Assert.Equal(0, category.Findings);
            var hasRules = Clinic.Rules.Any(r => r.Category == category.Id);
            Assert.Equal(hasRules ? 10.0 : null, category.Score);
        }

        var scored = Clinic.Overall.Categories.Count(c => c.Score is not null);
        var expected = Scoring.Round((Scoring.CategoryScore(3.5, 9) + (10.0 * (scored - 1))) / scored);
        Assert.Equal(expected, Clinic.Overall.Score);
    }

    [Fact]
    public void Each_project_is_scored_on_its_own_tests()
    {
        var clinic = Clinic.Projects.Single(p => p.Name == "Clinic.Tests");
        var billing = Clinic.Projects.Single(p => p.Name == "Clinic.Billing.Tests");

        Assert.Equal("Clinic.Tests/Clinic.Tests.csproj", clinic.Path);
        Assert.Equal(7, clinic.Scores.Tests);
        Assert.Equal(5.0, Category(clinic.Scores, "trivial").Score);
        Assert.Equal(4, billing.Scores.Tests);
        Assert.Equal(8.3, Category(billing.Scores, "trivial").Score);
    }

    [Fact]
    public void The_editorconfig_of_a_project_sets_the_severity_of_its_findings()
    {
        var billing = Clinic.Findings.Where(f => f.Project == "Clinic.Billing.Tests").ToList();

        var finding = Assert.Single(billing);
        Assert.Equal("RA1001", finding.RuleId);
        Assert.Equal("info", finding.Severity);
        Assert.DoesNotContain(Clinic.Findings, f => f.Test == "Clinic.Billing.Tests.InvoiceTests.Refunding_an_invoice");
    }

    [Fact]
    public void Findings_carry_their_location_test_type_and_rule_page()
    {
        var finding = Clinic.Findings.Single(f => f.RuleId == "RA1002" && f.Project == "Clinic.Tests");

        Assert.Equal("Clinic.Tests/ScheduleTests.cs", finding.File);
        Assert.Equal(51, finding.Line);
        Assert.Equal(21, finding.Column);
        Assert.Equal("Clinic.Tests.ScheduleTests.Rescheduling_moves_the_appointment", finding.Test);
        Assert.Equal("Clinic.Tests.ScheduleTests", finding.Type);
        Assert.Equal("warning", finding.Severity);
        Assert.Equal("trivial", finding.Category);
        Assert.EndsWith("/docs/rules/RA1002.md", finding.HelpUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_offenders_are_ranked_by_weighted_findings()
    {
        Assert.Equal(4, Clinic.TopTests.Count);
        Assert.Equal("Clinic.Billing.Tests.InvoiceTests.Adding_a_line_to_the_invoice", Clinic.TopTests[^1].Name);
        Assert.Equal(0.5, Clinic.TopTests[^1].WeightedFindings);

        var worstType = Clinic.TopTypes[0];
        Assert.Equal("Clinic.Tests.ScheduleTests", worstType.Name);
        Assert.Equal(2, worstType.Findings);
        Assert.Equal(["RA1001", "RA1002"], worstType.RuleIds);
        Assert.Equal("Clinic.Tests/ScheduleTests.cs", worstType.File);
        Assert.Equal(7, worstType.Line);
    }

    [Fact]
    public async Task A_solution_file_gives_the_same_scores_as_its_folder()
    {
        var solution = await TestEnvironment.AnalyzeAsync(workspace.Path("Clinic/Clinic.slnx"), restore: false);

        Assert.Equal(Clinic.Overall, solution.Overall, new ScoreCardComparer());
        Assert.Equal(Clinic.Findings.Select(f => (f.RuleId, f.File, f.Line)), solution.Findings.Select(f => (f.RuleId, f.File, f.Line)));
    }

    [Fact]
    public async Task Projects_that_fail_to_restore_or_load_are_listed_and_the_others_analysed()
    {
        var report = await TestEnvironment.AnalyzeAsync(workspace.Path("Mixed"));

        Assert.Equal(["Broken/Broken.csproj", "Unrestorable/Unrestorable.csproj"], report.Failures.Select(f => f.Project));
        Assert.All(report.Failures, f => Assert.Equal("restore", f.Stage));
        Assert.Contains("MSB4025", report.Failures[0].Message, StringComparison.Ordinal);
        var pharmacy = Assert.Single(report.Projects);
        Assert.Equal("Pharmacy.Tests", pharmacy.Name);
        Assert.Equal(2, pharmacy.Scores.Tests);
        Assert.Equal(5.0, Category(pharmacy.Scores, "trivial").Score);
    }

    [Fact]
    public async Task Without_restore_a_project_that_cannot_be_loaded_is_listed_as_a_load_failure()
    {
        var report = await TestEnvironment.AnalyzeAsync(workspace.Path("Mixed"), restore: false);

        var broken = report.Failures.Single(f => f.Project == "Broken/Broken.csproj");
        Assert.Equal("load", broken.Stage);
        Assert.Equal("Pharmacy.Tests", Assert.Single(report.Projects).Name);
    }

    [Fact]
    public async Task A_folder_without_test_projects_is_a_clear_error()
    {
        var (exitCode, output, error) = await TestEnvironment.RunAsync(false, "analyze", workspace.Path("Library"));

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Empty(output);
        Assert.Contains("No test project found", error, StringComparison.Ordinal);
        AssertNoStackTrace(error);
    }

    [Fact]
    public async Task A_project_that_cannot_be_loaded_alone_is_a_clear_error()
    {
        var (exitCode, _, error) = await TestEnvironment.RunAsync(false, "analyze", workspace.Path("Mixed/Broken/Broken.csproj"), "--no-restore");

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Contains("Broken.csproj: load failed", error, StringComparison.Ordinal);
        AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Progress_goes_to_standard_error_unless_quiet()
    {
        var project = workspace.Path("Mixed/Pharmacy.Tests/Pharmacy.Tests.csproj");

        var loud = await TestEnvironment.RunAsync(true, "analyze", project, "--no-restore");
        var quiet = await TestEnvironment.RunAsync(true, "analyze", project, "--no-restore", "--quiet");

        Assert.Equal(ExitCodes.Success, loud.ExitCode);
        Assert.Contains("realism: loading Pharmacy.Tests.csproj", loud.Error, StringComparison.Ordinal);
        Assert.Contains("realism: analysing Pharmacy.Tests", loud.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, quiet.ExitCode);
        Assert.Empty(quiet.Error);
        Assert.Equal(loud.Output, quiet.Output);
    }

    [Fact]
    public async Task The_short_format_name_md_writes_the_markdown_report()
    {
        var project = workspace.Path("Mixed/Pharmacy.Tests/Pharmacy.Tests.csproj");

        var (exitCode, output, _) = await TestEnvironment.RunAsync(false, "analyze", project, "--no-restore", "--format", "md");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith("# Realism report", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tool_process_gates_on_fail_under_writes_the_output_file_and_stays_silent_when_redirected()
    {
        var reportFile = workspace.Path("out/report.json");

        var (exitCode, output, error) = await ToolProcess.RunAsync(
            "analyze", workspace.Path("Clinic"), "--no-restore", "--format", "json", "--output", reportFile, "--fail-under", "9.5");

        Assert.Equal(ExitCodes.BelowThreshold, exitCode);
        Assert.Contains("Realism report written to", output, StringComparison.Ordinal);
        Assert.Equal($"realism: overall score {Output.Text.Score(Clinic.Overall.Score)} is below --fail-under 9.5.", error.Trim());
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(reportFile));
        Assert.Equal(Clinic.Overall.Score, json.RootElement.GetProperty("overall").GetProperty("score").GetDouble());
    }

    [Fact]
    public async Task A_score_at_or_above_fail_under_exits_with_success()
    {
        var threshold = Output.Text.Score(Clinic.Overall.Score);

        var (exitCode, output, _) = await TestEnvironment.RunAsync(false, "analyze", workspace.Path("Clinic"), "--no-restore", "--fail-under", threshold);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("Trivial tests", output, StringComparison.Ordinal);
    }

    internal static CategoryScore Category(ScoreCard card, string id) => card.Categories.Single(c => c.Id == id);

    internal static void AssertNoStackTrace(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", error, StringComparison.Ordinal);
    }

    private sealed class ScoreCardComparer : IEqualityComparer<ScoreCard>
    {
        public bool Equals(ScoreCard? x, ScoreCard? y) =>
            x is not null && y is not null && x.Tests == y.Tests && x.EmptyTests == y.EmptyTests && x.Score == y.Score && x.Findings == y.Findings &&
            x.Categories.Select(c => (c.Id, c.Score, c.Findings, c.WeightedFindings)).SequenceEqual(y.Categories.Select(c => (c.Id, c.Score, c.Findings, c.WeightedFindings)));

        public int GetHashCode(ScoreCard obj) => obj.Tests;
    }
}
