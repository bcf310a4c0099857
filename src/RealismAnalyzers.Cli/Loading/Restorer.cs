using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace RealismAnalyzers.Cli.Loading;

/// <summary>Runs <c>dotnet restore</c> so that the MSBuild workspace sees every package reference.</summary>
internal static partial class Restorer
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Restores <paramref name="target"/> (a solution or project file) and returns the errors per project file
    /// (absolute paths); an error that names no project is filed under <paramref name="target"/>.
    /// </summary>
    public static async Task<Dictionary<string, List<string>>> RestoreAsync(string target, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "restore", target, "-nologo", "-tl:off", "-v:q" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Add(errors, target, $"could not run 'dotnet restore': {e.Message}");
            return errors;
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(s_timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            Add(errors, target, $"'dotnet restore' did not finish within {s_timeout.TotalMinutes} minutes");
            return errors;
        }

        // Let the asynchronous readers drain.
        process.WaitForExit();
        string text;
        lock (output)
        {
            text = output.ToString();
        }

        string? lastProject = null, lastCode = null;
        foreach (Match match in ErrorLine().Matches(text))
        {
            // The project is the bracketed suffix when MSBuild adds one, else the error's origin when that is a project file.
            var project = match.Groups["project"].Success ? match.Groups["project"].Value.Trim() : match.Groups["origin"].Value.Trim();
            if (!IsProjectFile(project))
            {
                project = IsProjectFile(match.Groups["origin"].Value.Trim()) ? match.Groups["origin"].Value.Trim() : target;
            }

            project = Path.GetFullPath(project);
            var code = match.Groups["code"].Value;
            var message = match.Groups["message"].Value.Trim();

            // NuGet writes one error over several lines ("NU1102: Unable to find package x" then "NU1102:   - Found 14 version(s) …"):
            // a continuation line belongs to the error before it.
            if (message.StartsWith("- ", StringComparison.Ordinal) && project == lastProject && code == lastCode && errors.TryGetValue(project, out var previous))
            {
                previous[^1] += " " + message;
                continue;
            }

            Add(errors, project, $"{code}: {message}");
            lastProject = project;
            lastCode = code;
        }

        if (process.ExitCode != 0 && errors.Count == 0)
        {
            var lastLines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3);
            Add(errors, target, $"'dotnet restore' failed (exit code {process.ExitCode}): {string.Join(" ", lastLines)}");
        }

        return errors;
    }

    private static bool IsProjectFile(string path) =>
        path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase);

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static void Add(Dictionary<string, List<string>> errors, string project, string message)
    {
        if (!errors.TryGetValue(project, out var list))
        {
            errors[project] = list = [];
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    /// <summary>The dotnet host that runs this tool when known (so restore uses the same SDK), else <c>dotnet</c> from PATH.</summary>
    internal static string DotnetHost()
    {
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var processPath = Environment.ProcessPath;
        if (processPath is not null && Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        return "dotnet";
    }

    // "/path/Shop.Tests.csproj : error NU1101: Unable to find package X. [/path/Shop.sln]",
    // "/path/Broken.csproj(4,5): error MSB4025: The project file could not be loaded. ..."
    [GeneratedRegex(@"^\s*(?<origin>[^\r\n]+?)(?:\(\d+(?:,\d+)*\))?\s*:\s*error\s+(?<code>[A-Z]+[0-9]+)\s*:\s*(?<message>[^\r\n]*?)(?:\s+\[(?<project>[^\]\r\n]*)\])?\s*$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
