namespace RealismAnalyzers.Cli;

/// <summary>Progress lines on standard error; a reporter without a writer is silent.</summary>
internal sealed class ProgressReporter(TextWriter? writer)
{
    public static ProgressReporter Silent { get; } = new(null);

    public void Report(string message)
    {
        if (writer is not null)
        {
            writer.WriteLine("realism: " + message);
            writer.Flush();
        }
    }
}
