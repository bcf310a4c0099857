namespace RealismAnalyzers.Cli.Loading;

internal enum InputKind
{
    Solution,
    Project,
    Folder,
}

/// <summary>What the user asked to analyse: a solution, a project, or every project under a folder.</summary>
internal sealed class AnalysisInput
{
    private static readonly string[] s_skippedFolders = ["bin", "obj", "node_modules", "artifacts", "TestResults"];

    private AnalysisInput(InputKind kind, string path, string baseDirectory, IReadOnlyList<string> projectFiles)
    {
        Kind = kind;
        Path = path;
        BaseDirectory = baseDirectory;
        ProjectFiles = projectFiles;
    }

    public InputKind Kind { get; }

    /// <summary>Absolute path of the solution, project or folder.</summary>
    public string Path { get; }

    /// <summary>The folder that report paths are relative to.</summary>
    public string BaseDirectory { get; }

    /// <summary>For a folder: every C# project under it; for a project: itself; for a solution: empty (the solution lists them).</summary>
    public IReadOnlyList<string> ProjectFiles { get; }

    /// <summary>Resolves a user-given path, or throws a <see cref="UserError"/> that says what is wrong with it.</summary>
    public static AnalysisInput Resolve(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserError("No path given: pass a .sln, .slnx or .csproj file, or a folder.");
        }

        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var directory = System.IO.Path.GetDirectoryName(full)!;
            var extension = System.IO.Path.GetExtension(full).ToLowerInvariant();
            return extension switch
            {
                ".sln" or ".slnx" => new AnalysisInput(InputKind.Solution, full, directory, []),
                ".csproj" => new AnalysisInput(InputKind.Project, full, directory, [full]),
                _ => throw new UserError($"'{path}' is not a .sln, .slnx or .csproj file, nor a folder."),
            };
        }

        if (Directory.Exists(full))
        {
            var projects = FindProjects(full);
            if (projects.Count == 0)
            {
                throw new UserError($"No C# project (.csproj) found under '{path}'.");
            }

            return new AnalysisInput(InputKind.Folder, full.TrimEnd(System.IO.Path.DirectorySeparatorChar), full, projects);
        }

        throw new UserError($"The path '{path}' does not exist.");
    }

    /// <summary>Every .csproj under <paramref name="folder"/>, skipping build output and hidden folders, in ordinal path order.</summary>
    private static List<string> FindProjects(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            try
            {
                found.AddRange(Directory.EnumerateFiles(current, "*.csproj"));
                foreach (var child in Directory.EnumerateDirectories(current))
                {
                    var name = System.IO.Path.GetFileName(child);
                    if (!name.StartsWith('.') && !s_skippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        pending.Push(child);
                    }
                }
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                // An unreadable folder holds no project we could load anyway.
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary><paramref name="file"/> relative to <see cref="BaseDirectory"/> with forward slashes, or absolute when outside it.</summary>
    public string Relative(string? file)
    {
        if (string.IsNullOrEmpty(file))
        {
            return string.Empty;
        }

        var relative = System.IO.Path.GetRelativePath(BaseDirectory, file);
        if (relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative))
        {
            relative = file;
        }

        return relative.Replace('\\', '/');
    }
}
