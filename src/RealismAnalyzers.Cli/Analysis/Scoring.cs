using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Analysis;

/// <summary>
/// The scoring formula (docs/report.md): per category, 10 × (1 − weighted findings ÷ scored tests), floored at 0;
/// overall, the mean of the categories that have rules. Every score is non-increasing in every finding's weight,
/// so fixing a finding never lowers a score.
/// </summary>
internal static class Scoring
{
    public const double MaxScore = 10.0;

    /// <summary>The weight of a finding of the given effective severity: error and warning 1, info 0.5, anything else 0.</summary>
    public static double Weight(string severity) => severity switch
    {
        Severities.Error => 1.0,
        Severities.Warning => 1.0,
        Severities.Info => 0.5,
        _ => 0.0,
    };

    /// <summary>The score of one category, unrounded: 10 × max(0, 1 − weighted ÷ max(1, scoredTests)).</summary>
    public static double CategoryScore(double weightedFindings, int scoredTests)
    {
        var density = weightedFindings / Math.Max(1, scoredTests);
        return MaxScore * Math.Max(0.0, 1.0 - density);
    }

    /// <summary>Rounds a score for display and JSON: one decimal, halves away from zero (a monotonic map).</summary>
    public static double Round(double score) => Math.Round(score, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The scorecard of one scope. <paramref name="rules"/> are all rules that ran; a category with none of them is not
    /// scored (its score is null) and does not count in the overall score. With no test at all nothing is scored.
    /// </summary>
    public static ScoreCard Score(int tests, int emptyTests, IReadOnlyCollection<Finding> findings, IReadOnlyList<RuleInfo> rules)
    {
        var scoredTests = Math.Max(0, tests - emptyTests);
        var categories = new List<CategoryScore>();
        var sum = 0.0;
        var scored = 0;
        foreach (var category in ScoreCategory.All)
        {
            var ruleCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var rule in rules)
            {
                if (rule.Category == category.Id)
                {
                    ruleCounts[rule.Id] = 0;
                }
            }

            var count = 0;
            var weighted = 0.0;
            foreach (var finding in findings)
            {
                if (finding.Category != category.Id)
                {
                    continue;
                }

                count++;
                weighted += Weight(finding.Severity);
                ruleCounts[finding.RuleId] = ruleCounts.TryGetValue(finding.RuleId, out var n) ? n + 1 : 1;
            }

            double? score = null;
            if (ruleCounts.Count > 0 && tests > 0)
            {
                var raw = CategoryScore(weighted, scoredTests);
                sum += raw;
                scored++;
                score = Round(raw);
            }

            categories.Add(new CategoryScore
            {
                Id = category.Id,
                Name = category.Name,
                Score = score,
                Findings = count,
                WeightedFindings = weighted,
                Rules = ruleCounts,
            });
        }

        return new ScoreCard
        {
            Tests = tests,
            EmptyTests = emptyTests,
            ScoredTests = scoredTests,
            Score = scored == 0 ? null : Round(sum / scored),
            Findings = findings.Count,
            Categories = categories,
        };
    }
}

/// <summary>The effective severities a finding can have, as written in every output.</summary>
internal static class Severities
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";
}
