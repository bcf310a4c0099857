namespace RealismAnalyzers.Cli;

/// <summary>A problem the user can fix (bad path, nothing to analyse): printed as one clear message, never as a stack trace.</summary>
internal sealed class UserError(string message, int exitCode = ExitCodes.InputError) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>The exit codes of <c>realism</c>, documented in docs/report.md.</summary>
internal static class ExitCodes
{
    /// <summary>The report was produced and the overall score is not below <c>--fail-under</c>.</summary>
    public const int Success = 0;

    /// <summary>The overall score is below <c>--fail-under</c> (or no test was found while <c>--fail-under</c> is set).</summary>
    public const int BelowThreshold = 1;

    /// <summary>Invalid command line.</summary>
    public const int UsageError = 2;

    /// <summary>Nothing could be analysed: the path does not exist, holds no project or no test project, or no project loaded.</summary>
    public const int InputError = 3;

    /// <summary>An unexpected internal error (a bug in realism).</summary>
    public const int InternalError = 4;

    /// <summary>
    /// The report was produced, but some projects could not be restored or loaded: their tests are missing from the scores.
    /// </summary>
    public const int Incomplete = 5;
}
