namespace RealismAnalyzers.Tests.Verifiers;

/// <summary>Locations in the repository, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "tests", "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RealismAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("RealismAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
