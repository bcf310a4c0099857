namespace RealismAnalyzers.Cli.Reporting;

/// <summary>
/// The realism report of one run: what the JSON output serialises, and what every other format renders.
/// The shape is versioned by <see cref="SchemaVersion"/> and documented in docs/report.md.
/// </summary>
internal sealed record Report
{
    /// <summary>Incremented on any breaking change of this shape.</summary>
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string ToolVersion { get; init; }

    /// <summary>The analysed path as the user gave it, made absolute.</summary>
    public required string Input { get; init; }

    /// <summary>Test projects analysed.</summary>
    public required int TestProjects { get; init; }

    public required ScoreCard Overall { get; init; }

    public required IReadOnlyList<ProjectReport> Projects { get; init; }

    public required IReadOnlyList<Offender> TopTests { get; init; }

    public required IReadOnlyList<Offender> TopTypes { get; init; }

    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>Projects that could not be restored, loaded or analysed; the others were analysed.</summary>
    public required IReadOnlyList<Failure> Failures { get; init; }

    /// <summary>Every rule that was run.</summary>
    public required IReadOnlyList<RuleInfo> Rules { get; init; }
}

/// <summary>Scores of one scope (the whole input, or one project).</summary>
internal sealed record ScoreCard
{
    /// <summary>Tests found (skipped ones included).</summary>
    public required int Tests { get; init; }

    /// <summary>Tests with an empty body; not part of <see cref="ScoredTests"/>.</summary>
    public required int EmptyTests { get; init; }

    /// <summary>The normalising count: <see cref="Tests"/> minus <see cref="EmptyTests"/>.</summary>
    public required int ScoredTests { get; init; }

    /// <summary>Mean of the scored categories, 0–10 with one decimal; null when no test was found.</summary>
    public required double? Score { get; init; }

    public required int Findings { get; init; }

    public required IReadOnlyList<CategoryScore> Categories { get; init; }
}

internal sealed record CategoryScore
{
    /// <summary>Stable id: trivial, over-mocking, failure-paths, determinism.</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>0–10 with one decimal; null when no rule of the category exists or no test was found.</summary>
    public required double? Score { get; init; }

    public required int Findings { get; init; }

    /// <summary>Findings weighted by severity (error and warning 1, info 0.5).</summary>
    public required double WeightedFindings { get; init; }

    /// <summary>Findings per rule id, for every rule of the category (zero included), ordered by id.</summary>
    public required IReadOnlyDictionary<string, int> Rules { get; init; }
}

internal sealed record ProjectReport
{
    public required string Name { get; init; }

    /// <summary>Path of the project file, relative to the input folder, with forward slashes.</summary>
    public required string Path { get; init; }

    public required ScoreCard Scores { get; init; }

    /// <summary>Compiler errors of the project: when not zero, its scores are unreliable (code that does not compile is analysed as far as it binds).</summary>
    public int CompileErrors { get; init; }

    /// <summary>The first compiler error ("file:line: CSxxxx: message"), or null when the project compiles.</summary>
    public string? FirstCompileError { get; init; }

    /// <summary>One line that says the scores are unreliable, or null when the project compiles.</summary>
    public string? UnreliableNote() => CompileErrors == 0
        ? null
        : $"{Name} has {CompileErrors} compile error{(CompileErrors == 1 ? string.Empty : "s")}: its scores are unreliable (first: {FirstCompileError})";
}

/// <summary>A test method or a type ranked by its weighted findings.</summary>
internal sealed record Offender
{
    public required string Name { get; init; }

    public required string Project { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }

    public required int Findings { get; init; }

    public required double WeightedFindings { get; init; }

    /// <summary>Distinct rule ids, ordered.</summary>
    public required IReadOnlyList<string> RuleIds { get; init; }
}

internal sealed record Finding
{
    public required string RuleId { get; init; }

    public required string Title { get; init; }

    /// <summary>The scorecard category id, or "other" for a rule outside the known families.</summary>
    public required string Category { get; init; }

    /// <summary>Effective severity after .editorconfig: error, warning, info.</summary>
    public required string Severity { get; init; }

    public required string Message { get; init; }

    public required string Project { get; init; }

    /// <summary>Relative to the input folder, forward slashes; empty when the diagnostic has no source location.</summary>
    public required string File { get; init; }

    public required int Line { get; init; }

    public required int Column { get; init; }

    public required int EndLine { get; init; }

    public required int EndColumn { get; init; }

    /// <summary>The test method the finding is in (Namespace.Type.Method), or null.</summary>
    public required string? Test { get; init; }

    /// <summary>The type the finding is in, or null.</summary>
    public required string? Type { get; init; }

    public required string HelpUri { get; init; }
}

internal sealed record Failure
{
    /// <summary>The project (or solution) file, relative to the input folder when inside it.</summary>
    public required string Project { get; init; }

    /// <summary>restore, load or analyze.</summary>
    public required string Stage { get; init; }

    public required string Message { get; init; }

    /// <summary>"Shop.Tests/Shop.Tests.csproj: restore failed: NU1101: …", the one line every format shows.</summary>
    public string Describe() => $"{Project}: {Stage} failed: {Message}";
}

internal sealed record RuleInfo
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Category { get; init; }

    public required string DefaultSeverity { get; init; }

    public required string HelpUri { get; init; }
}
