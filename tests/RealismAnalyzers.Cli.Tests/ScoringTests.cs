using RealismAnalyzers.Cli.Analysis;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Tests;

public sealed class ScoringTests
{
    private static readonly IReadOnlyList<RuleInfo> s_rules =
    [
        Rule("RA1001", "trivial"), Rule("RA1002", "trivial"), Rule("RA2001", "over-mocking"),
        Rule("RA3001", "failure-paths"), Rule("RA4001", "determinism"),
    ];

    [Theory]
    [InlineData(0.0, 10, 10.0)]
    [InlineData(1.0, 10, 9.0)]
    [InlineData(2.5, 10, 7.5)]
    [InlineData(10.0, 10, 0.0)]
    [InlineData(25.0, 10, 0.0)]
    [InlineData(0.5, 3, 8.3)]
    [InlineData(3.0, 0, 0.0)]
    public void A_category_scores_ten_times_one_minus_weighted_findings_per_scored_test(double weighted, int scoredTests, double expected)
    {
        Assert.Equal(expected, Scoring.Round(Scoring.CategoryScore(weighted, scoredTests)));
    }

    [Theory]
    [InlineData("error", 1.0)]
    [InlineData("warning", 1.0)]
    [InlineData("info", 0.5)]
    [InlineData("hidden", 0.0)]
    public void Findings_weigh_by_their_effective_severity(string severity, double weight)
    {
        Assert.Equal(weight, Scoring.Weight(severity));
    }

    [Fact]
    public void The_overall_score_is_the_mean_of_the_categories_that_have_rules()
    {
        var findings = new[] { Find("RA1001", "trivial", "warning"), Find("RA1002", "trivial", "warning"), Find("RA2001", "over-mocking", "info") };

        var card = Scoring.Score(tests: 10, emptyTests: 0, findings, s_rules);

        Assert.Equal(8.0, Score(card, "trivial"));
        Assert.Equal(9.5, Score(card, "over-mocking"));
        Assert.Equal(10.0, Score(card, "failure-paths"));
        Assert.Equal(10.0, Score(card, "determinism"));
        Assert.Equal(4, card.Categories.Count);
        Assert.Equal(9.4, card.Score);
        Assert.Equal(3, card.Findings);
    }

    [Fact]
    public void Nothing_is_scored_without_tests()
    {
        var card = Scoring.Score(tests: 0, emptyTests: 0, [], s_rules);

        Assert.Null(card.Score);
        Assert.All(card.Categories, c => Assert.Null(c.Score));
    }

    [Theory]
    [InlineData("RA3006", "RealismAnalyzers.FailurePaths", "failure-paths")]
    [InlineData("RA3001", "RealismAnalyzers.FailurePaths", "failure-paths")]
    [InlineData("RA1001", "RealismAnalyzers.Trivial", "trivial")]
    [InlineData("RA2009", "RealismAnalyzers.Mocking", "over-mocking")]
    [InlineData("RA4007", "RealismAnalyzers.Determinism", "determinism")]
    [InlineData("RA4999", "SomethingNew", "determinism")]
    [InlineData("RA2999", "", "over-mocking")]
    [InlineData("XY1234", "Style", null)]
    [InlineData("RA9001", "SomethingNew", null)]
    public void Rules_map_to_categories_by_descriptor_category_then_by_id_family(string id, string category, string? expected)
    {
        Assert.Equal(expected, ScoreCategory.For(id, category)?.Id);
    }

    /// <summary>
    /// Monotonicity: over many random suites, fixing any one finding (removing it; for an empty test, also removing the
    /// test as RA1002's fix does) never lowers the overall score nor any category score.
    /// </summary>
    [Fact]
    public void Fixing_a_finding_never_lowers_a_score()
    {
        var random = new Random(20240611);
        string[] severities = ["error", "warning", "info"];
        var checkedFixes = 0;
        for (var suite = 0; suite < 400; suite++)
        {
            var tests = random.Next(1, 40);
            var emptyTests = random.Next(0, tests + 1);
            var findings = new List<Finding>();
            for (var i = random.Next(0, 60); i > 0; i--)
            {
                var rule = s_rules[random.Next(s_rules.Count)];
                findings.Add(Find(rule.Id, rule.Category, severities[random.Next(severities.Length)]));
            }

            for (var e = 0; e < emptyTests; e++)
            {
                findings.Add(Find("RA1002", "trivial", "warning"));
            }

            var before = Scoring.Score(tests, emptyTests, findings, s_rules);
            for (var i = 0; i < findings.Count; i++)
            {
                var fixedFindings = findings.Where((_, j) => j != i).ToList();
                var removesEmptyTest = findings[i].RuleId == "RA1002" && emptyTests > 0 && tests > 1;
                var after = removesEmptyTest
                    ? Scoring.Score(tests - 1, emptyTests - 1, fixedFindings, s_rules)
                    : Scoring.Score(tests, emptyTests, fixedFindings, s_rules);

                AssertNotLower(before, after);
                checkedFixes++;
            }
        }

        Assert.True(checkedFixes > 1000, $"only {checkedFixes} fixes were checked");
    }

    private static void AssertNotLower(ScoreCard before, ScoreCard after)
    {
        Assert.True((after.Score ?? 0) >= (before.Score ?? 0), $"overall went from {before.Score} to {after.Score}");
        for (var c = 0; c < before.Categories.Count; c++)
        {
            Assert.True((after.Categories[c].Score ?? 0) >= (before.Categories[c].Score ?? 0), $"{before.Categories[c].Id} went from {before.Categories[c].Score} to {after.Categories[c].Score}");
        }
    }

    private static double? Score(ScoreCard card, string id) => card.Categories.Single(c => c.Id == id).Score;

    private static RuleInfo Rule(string id, string category) => new()
    {
        Id = id,
        Title = id,
        Category = category,
        DefaultSeverity = "warning",
        HelpUri = "docs/rules/" + id + ".md",
    };

    private static Finding Find(string id, string category, string severity) => new()
    {
        RuleId = id,
        Title = id,
        Category = category,
        Severity = severity,
        Message = id,
        Project = "Shop.Tests",
        File = "OrderTests.cs",
        Line = 1,
        Column = 1,
        EndLine = 1,
        EndColumn = 2,
        Test = null,
        Type = null,
        HelpUri = "docs/rules/" + id + ".md",
    };
}
