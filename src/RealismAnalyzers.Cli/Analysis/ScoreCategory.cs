using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Cli.Analysis;

/// <summary>A category of the scorecard, and how rules map onto it.</summary>
internal sealed record ScoreCategory(string Id, string Name)
{
    public static readonly ScoreCategory Trivial = new("trivial", "Trivial tests");
    public static readonly ScoreCategory OverMocking = new("over-mocking", "Over-mocking");
    public static readonly ScoreCategory FailurePaths = new("failure-paths", "Failure paths");
    public static readonly ScoreCategory Determinism = new("determinism", "Determinism");

    /// <summary>The id of findings whose rule belongs to no category; they are listed, not scored.</summary>
    public const string OtherId = "other";

    /// <summary>The scorecard's categories, in display order: one per descriptor category.</summary>
    public static IReadOnlyList<ScoreCategory> All { get; } = [Trivial, OverMocking, FailurePaths, Determinism];

    /// <summary>
    /// The category of a rule: its descriptor's category (the same everywhere: README, rule pages, report), then, for a
    /// category the scorecard does not know, its id's family (RA1xxx…RA4xxx); null when neither says.
    /// </summary>
    public static ScoreCategory? For(DiagnosticDescriptor descriptor) => For(descriptor.Id, descriptor.Category);

    public static ScoreCategory? For(string id, string category)
    {
        switch (category)
        {
            case Categories.Trivial:
                return Trivial;
            case Categories.Mocking:
                return OverMocking;
            case Categories.FailurePaths:
                return FailurePaths;
            case Categories.Determinism:
                return Determinism;
        }

        if (id.Length == 6 && id.StartsWith("RA", StringComparison.Ordinal) && char.IsAsciiDigit(id[2]))
        {
            return id[2] switch
            {
                '1' => Trivial,
                '2' => OverMocking,
                '3' => FailurePaths,
                '4' => Determinism,
                _ => null,
            };
        }

        return null;
    }
}
