using System.Xml.Linq;
using RealismAnalyzers.Cli.Output;

namespace RealismAnalyzers.Cli.Tests;

/// <summary>What the command line says about itself and which spellings it accepts, before any project is loaded.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("analyze", "--help")]
    public async Task Help_names_the_tool_by_the_command_users_type(params string[] args)
    {
        var (exitCode, output, _) = await TestEnvironment.RunAsync(false, args);

        Assert.Equal(ExitCodes.Success, exitCode);
        var usage = output.Split('\n').Select(l => l.Trim()).SkipWhile(l => l != "Usage:").Skip(1).First();
        Assert.StartsWith("realism ", usage, StringComparison.Ordinal);
        Assert.DoesNotContain("RealismAnalyzers.Cli", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_name_in_help_is_the_tool_command_the_package_installs()
    {
        var project = XDocument.Load(Path.Combine(TestEnvironment.RepositoryRoot, "src", "RealismAnalyzers.Cli", "RealismAnalyzers.Cli.csproj"));

        var toolCommandName = project.Descendants("ToolCommandName").Single().Value;

        Assert.Equal(CliApp.ToolName, toolCommandName);
    }

    [Theory]
    [InlineData("md", OutputFormats.Markdown)]
    [InlineData("Markdown", OutputFormats.Markdown)]
    [InlineData("MD", OutputFormats.Markdown)]
    [InlineData("text", OutputFormats.Terminal)]
    [InlineData("txt", OutputFormats.Terminal)]
    [InlineData("terminal", OutputFormats.Terminal)]
    [InlineData("htm", OutputFormats.Html)]
    [InlineData("HTML", OutputFormats.Html)]
    [InlineData("json", OutputFormats.Json)]
    [InlineData("sarif", OutputFormats.Sarif)]
    public void Usual_short_names_and_any_case_name_a_format(string given, string expected)
    {
        Assert.Equal(expected, OutputFormats.Normalize(given));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("m")]
    [InlineData("")]
    public void Other_names_are_no_format(string given)
    {
        Assert.Null(OutputFormats.Normalize(given));
    }

    [Theory]
    [InlineData("md")]
    [InlineData("text")]
    [InlineData("HTML")]
    public async Task A_short_format_name_passes_the_command_line(string format)
    {
        var missing = Path.Combine(Path.GetTempPath(), "realism-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var (exitCode, _, error) = await TestEnvironment.RunAsync(false, "analyze", missing, "--format", format);

        // Past the parser: the path is what fails, not the format.
        Assert.Equal(ExitCodes.InputError, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_lists_the_formats()
    {
        var (exitCode, _, error) = await TestEnvironment.RunAsync(false, "analyze", ".", "--format", "pdf");

        Assert.Equal(ExitCodes.UsageError, exitCode);
        foreach (var format in OutputFormats.All)
        {
            Assert.Contains(format, error, StringComparison.Ordinal);
        }
    }
}
