namespace RealismAnalyzers.Cli.Tests;

/// <summary>Errors that are found before any project is loaded: one clear line, the documented exit code, no stack trace.</summary>
public sealed class ErrorTests
{
    [Fact]
    public async Task A_path_that_does_not_exist_is_reported()
    {
        var missing = Path.Combine(Path.GetTempPath(), "realism-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var (exitCode, output, error) = await TestEnvironment.RunAsync(true, "analyze", missing);

        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Empty(output);
        Assert.Equal($"realism: The path '{missing}' does not exist.", error.Trim());
    }

    [Fact]
    public async Task A_folder_with_no_project_is_reported()
    {
        var folder = Directory.CreateTempSubdirectory("realism-empty-").FullName;
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "Nothing to build here.");
        try
        {
            var (exitCode, _, error) = await TestEnvironment.RunAsync(true, "analyze", folder);

            Assert.Equal(ExitCodes.InputError, exitCode);
            Assert.Equal($"realism: No C# project (.csproj) found under '{folder}'.", error.Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_solution_or_project_is_reported()
    {
        var file = Path.Combine(Path.GetTempPath(), "realism-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(file, "not a project");
        try
        {
            var (exitCode, _, error) = await TestEnvironment.RunAsync(true, "analyze", file);

            Assert.Equal(ExitCodes.InputError, exitCode);
            Assert.Contains("is not a .sln, .slnx or .csproj file", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("analyze", ".", "--format", "pdf")]
    [InlineData("analyze", ".", "--fail-under", "11")]
    [InlineData("analyze", ".", "--fail-under", "-1")]
    [InlineData("analyze", ".", "--fail-under", "high")]
    [InlineData("analyze", ".", "--top", "-3")]
    [InlineData("analyze")]
    [InlineData("scan", ".")]
    [InlineData]
    public async Task An_invalid_command_line_exits_with_the_usage_code(params string[] args)
    {
        var (exitCode, output, error) = await TestEnvironment.RunAsync(true, args);

        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Empty(output);
        Assert.EndsWith("Run 'realism analyze --help' for usage.", error.Trim(), StringComparison.Ordinal);
        EndToEndTests.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Help_lists_every_option()
    {
        var (exitCode, output, _) = await TestEnvironment.RunAsync(true, "analyze", "--help");

        Assert.Equal(ExitCodes.Success, exitCode);
        foreach (var option in new[] { "--format", "--output", "--fail-under", "--top", "--quiet", "--no-restore" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }
}
