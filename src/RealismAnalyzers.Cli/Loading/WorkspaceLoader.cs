using System.Text.RegularExpressions;
using Microsoft.Build.Locator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace RealismAnalyzers.Cli.Loading;

/// <summary>Opens the input with Roslyn's MSBuild workspace, collecting the projects that fail to load instead of stopping.</summary>
internal static partial class WorkspaceLoader
{
    private static readonly Lock s_registration = new();

    /// <summary>Points MSBuild at the installed .NET SDK, once per process.</summary>
    public static void EnsureMSBuildRegistered()
    {
        lock (s_registration)
        {
            if (MSBuildLocator.IsRegistered)
            {
                return;
            }

            try
            {
                MSBuildLocator.RegisterDefaults();
            }
            catch (InvalidOperationException e)
            {
                throw new UserError($"No .NET SDK was found to load projects with: {e.Message}");
            }
        }
    }

    /// <summary>
    /// Loads <paramref name="input"/> into <paramref name="workspace"/> and returns the load failures per project
    /// file (absolute path; the input itself when the failure names no project).
    /// </summary>
    public static async Task<Dictionary<string, List<string>>> LoadAsync(
        MSBuildWorkspace workspace,
        AnalysisInput input,
        IReadOnlySet<string> skipped,
        ProgressReporter progress,
        CancellationToken cancellationToken)
    {
        var failures = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string current = input.Path;
        using var subscription = workspace.RegisterWorkspaceFailedHandler(e =>
        {
            if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                var message = e.Diagnostic.Message;
                var named = ProjectPath().Match(message);
                Add(failures, named.Success ? Path.GetFullPath(named.Groups["path"].Value) : current, Clean(message));
            }
        });

        switch (input.Kind)
        {
            case InputKind.Solution:
                progress.Report($"loading {Path.GetFileName(input.Path)}");
                await OpenAsync(() => workspace.OpenSolutionAsync(input.Path, cancellationToken: cancellationToken), input.Path, failures).ConfigureAwait(false);
                break;

            default:
                var i = 0;
                foreach (var project in input.ProjectFiles)
                {
                    i++;
                    if (skipped.Contains(project) || IsLoaded(workspace.CurrentSolution, project))
                    {
                        continue;
                    }

                    current = project;
                    progress.Report($"loading {input.Relative(project)} ({i}/{input.ProjectFiles.Count})");
                    await OpenAsync(() => workspace.OpenProjectAsync(project, cancellationToken: cancellationToken), project, failures).ConfigureAwait(false);
                }

                break;
        }

        // The workspace reports what MSBuild logs while it evaluates a project (a restore warning such as NU1603 among it) as a
        // "failure", even when the project loads. Only a project that did not load has failed to load: one that is missing, or
        // the empty stand-in the workspace adds for a project file it could not evaluate (no reference at all, not even the
        // framework's, which every project that evaluates has).
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var project in workspace.CurrentSolution.Projects)
        {
            if (project.FilePath is { } file && project.MetadataReferences.Count > 0)
            {
                loaded.Add(file);
            }
        }

        foreach (var path in failures.Keys.ToList())
        {
            var isInputItself = path == input.Path && input.Kind != InputKind.Project;
            if (loaded.Contains(path) || (isInputItself && loaded.Count > 0))
            {
                failures.Remove(path);
            }
        }

        return failures;
    }

    private static async Task OpenAsync<T>(Func<Task<T>> open, string path, Dictionary<string, List<string>> failures)
    {
        try
        {
            await open().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Add(failures, path, Clean(e.Message));
        }
    }

    private static bool IsLoaded(Solution solution, string projectFile)
    {
        foreach (var project in solution.Projects)
        {
            if (string.Equals(project.FilePath, projectFile, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(Dictionary<string, List<string>> failures, string project, string message)
    {
        if (!failures.TryGetValue(project, out var list))
        {
            failures[project] = list = [];
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    private static string Clean(string message) => BuildHostPrefix().Replace(Whitespace().Replace(message, " ").Trim(), string.Empty);

    // What the workspace puts before MSBuild's own message; the report names the project already.
    [GeneratedRegex(@"^Msbuild failed when processing the file '[^']*'(?: with message)?: ", RegexOptions.IgnoreCase)]
    private static partial Regex BuildHostPrefix();

    [GeneratedRegex(@"'(?<path>[^']+?\.(?:cs|vb|fs)proj)'")]
    private static partial Regex ProjectPath();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
