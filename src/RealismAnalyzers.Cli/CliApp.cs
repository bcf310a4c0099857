using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.Text;
using RealismAnalyzers.Cli.Analysis;
using RealismAnalyzers.Cli.Loading;
using RealismAnalyzers.Cli.Output;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli;

/// <summary>The <c>realism</c> command line: parses arguments, runs the analysis, writes the report, chooses the exit code.</summary>
internal static class CliApp
{
    /// <summary>The command users type (the tool's <c>ToolCommandName</c>), shown in help and errors.</summary>
    public const string ToolName = "realism";

    /// <param name="showProgress">Whether progress lines go to <paramref name="error"/> (false when it is redirected).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool showProgress, CancellationToken cancellationToken = default)
    {
        var pathArgument = new Argument<string>("path")
        {
            Description = "A .sln, .slnx or .csproj file, or a folder (every .csproj under it).",
        };
        var formatOption = new Option<string>("--format", "-f")
        {
            Description = "Output format: terminal (text), markdown (md), html, json or sarif.",
            HelpName = string.Join('|', OutputFormats.All),
            DefaultValueFactory = _ => OutputFormats.Terminal,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (OutputFormats.Normalize(token) is { } format)
                {
                    return format;
                }

                result.AddError($"--format must be one of {string.Join(", ", OutputFormats.All)} (or text, md, htm); got '{token}'.");
                return OutputFormats.Terminal;
            },
        };
        formatOption.CompletionSources.Add(OutputFormats.Accepted.ToArray());
        var outputOption = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of standard output.",
            HelpName = "file",
        };
        var failUnderOption = new Option<double?>("--fail-under")
        {
            Description = "Exit with code 1 when the overall score is below this value (0-10).",
            HelpName = "score",
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0 && value <= 10)
                {
                    return value;
                }

                result.AddError($"--fail-under must be a number between 0 and 10 (got '{token}').");
                return null;
            },
        };
        var topOption = new Option<int>("--top")
        {
            Description = "How many offending tests and types to list.",
            DefaultValueFactory = _ => 10,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0)
                {
                    return value;
                }

                result.AddError($"--top must be a whole number, 0 or more (got '{token}').");
                return 0;
            },
        };
        var modeOption = new Option<string>("--mode", "-m")
        {
            Description = "Which rules run: default (as a default install: the rules on by default), recommended (also the rules off by default, as suggestions), all (every rule as a warning).",
            DefaultValueFactory = _ => "recommended",
            Validators =
            {
                result =>
                {
                    var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "recommended";
                    if (ParseMode(token) is null)
                    {
                        result.AddError($"--mode must be one of default, recommended, all; got '{token}'.");
                    }
                },
            },
        };
        var quietOption = new Option<bool>("--quiet", "-q") { Description = "No progress on standard error." };
        var noRestoreOption = new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' before loading the projects." };

        var analyze = new Command("analyze", "Score the test projects of a solution, project or folder.")
        {
            pathArgument, formatOption, outputOption, failUnderOption, topOption, modeOption, quietOption, noRestoreOption,
        };
        analyze.SetAction((parse, token) => AnalyzeAsync(
            new AnalyzeRequest(
                parse.GetValue(pathArgument)!,
                parse.GetValue(formatOption) ?? OutputFormats.Terminal,
                parse.GetValue(outputOption),
                parse.GetValue(failUnderOption),
                new AnalyzeSettings
                {
                    Restore = !parse.GetValue(noRestoreOption),
                    Top = parse.GetValue(topOption),
                    Mode = ParseMode(parse.GetValue(modeOption) ?? "recommended") ?? AnalysisModes.AnalysisMode.Recommended,
                }),
            output,
            error,
            showProgress && !parse.GetValue(quietOption),
            token));

        // The root is named after the tool's command, not after the assembly that System.CommandLine would infer.
        var root = new Command(ToolName, "realism: scores how much confidence a .NET test suite really gives (trivial tests, over-mocking, failure paths, determinism).")
        {
            new HelpOption(),
            new VersionOption(),
            analyze,
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine($"realism: {parseError.Message}");
            }

            error.WriteLine("Run 'realism analyze --help' for usage.");
            return ExitCodes.UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The <c>--mode</c> values, in any case; None is left out (it would report nothing).</summary>
    internal static AnalysisModes.AnalysisMode? ParseMode(string value) => value.ToLowerInvariant() switch
    {
        "default" => AnalysisModes.AnalysisMode.Default,
        "recommended" => AnalysisModes.AnalysisMode.Recommended,
        "all" => AnalysisModes.AnalysisMode.All,
        _ => null,
    };

    internal sealed record AnalyzeRequest(string Path, string Format, string? OutputFile, double? FailUnder, AnalyzeSettings Settings);

    internal static async Task<int> AnalyzeAsync(AnalyzeRequest request, TextWriter output, TextWriter error, bool showProgress, CancellationToken cancellationToken)
    {
        var progress = showProgress ? new ProgressReporter(error) : ProgressReporter.Silent;
        Report report;
        try
        {
            var input = AnalysisInput.Resolve(request.Path);
            report = await SuiteAnalyzer.AnalyzeAsync(input, request.Settings, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (UserError e)
        {
            error.WriteLine($"realism: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("realism: cancelled.");
            return ExitCodes.InternalError;
        }
        catch (Exception e)
        {
            // A bug of ours: one line, no stack trace, and where to report it.
            error.WriteLine($"realism: internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine("Please report it with the command you ran.");
            return ExitCodes.InternalError;
        }

        var rendered = OutputFormats.Render(report, request.Format);
        if (request.OutputFile is { } file)
        {
            try
            {
                var full = System.IO.Path.GetFullPath(file);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
                await File.WriteAllTextAsync(full, rendered, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
                output.WriteLine($"Realism report written to {full}: overall {Text.Score(report.Overall.Score)}/10 ({Text.Summary(report)}).");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"realism: cannot write '{file}': {e.Message}");
                return ExitCodes.InputError;
            }
        }
        else
        {
            output.Write(rendered);
        }

        // Failures and unreliable scores are said once: the terminal and markdown reports on standard output show them already;
        // otherwise (a file, or a format for machines) they go to standard error too.
        var reportShowsThem = request.OutputFile is null && request.Format is OutputFormats.Terminal or OutputFormats.Markdown;
        if (!reportShowsThem)
        {
            foreach (var note in report.Projects.Select(p => p.UnreliableNote()).OfType<string>())
            {
                error.WriteLine($"realism: warning: {note}");
            }

            foreach (var failure in report.Failures)
            {
                error.WriteLine($"realism: warning: not analysed: {failure.Describe()}");
            }
        }

        if (request.FailUnder is { } threshold && (report.Overall.Score is not { } score || score < threshold))
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"realism: overall score {Text.Score(report.Overall.Score)} is below --fail-under {threshold}."));
            return ExitCodes.BelowThreshold;
        }

        return report.Failures.Count > 0 ? ExitCodes.Incomplete : ExitCodes.Success;
    }
}
