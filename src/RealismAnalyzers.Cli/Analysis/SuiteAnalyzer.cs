using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using RealismAnalyzers.AnalysisModes;
using RealismAnalyzers.Cli.Loading;
using RealismAnalyzers.Cli.Reporting;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Cli.Analysis;

internal sealed record AnalyzeSettings
{
    public bool Restore { get; init; } = true;

    /// <summary>How many tests and types the top-offender lists hold.</summary>
    public int Top { get; init; } = 10;

    /// <summary>
    /// Which rules run, as the package's <c>RealismAnalysisMode</c> would set them. Recommended by default: the rules on by default
    /// at their severity, and the rules whose measured precision keeps them off by default as suggestions, which weigh less
    /// in the scores. A severity the project sets itself (.editorconfig, .globalconfig, NoWarn) still wins.
    /// </summary>
    public AnalysisMode Mode { get; init; } = AnalysisMode.Recommended;
}

/// <summary>Restores, loads and analyses the test projects of an input, and builds its <see cref="Report"/>.</summary>
internal static class SuiteAnalyzer
{
    public static string ToolVersion { get; } =
        typeof(SuiteAnalyzer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static async Task<Report> AnalyzeAsync(AnalysisInput input, AnalyzeSettings settings, ProgressReporter progress, CancellationToken cancellationToken)
    {
        var failures = new List<Failure>();
        var failedProjects = new HashSet<string>(StringComparer.Ordinal);

        if (settings.Restore)
        {
            IReadOnlyList<string> targets = input.Kind == InputKind.Folder ? input.ProjectFiles : [input.Path];
            for (var i = 0; i < targets.Count; i++)
            {
                progress.Report($"restoring {input.Relative(targets[i])} ({i + 1}/{targets.Count})");
                var errors = await Restorer.RestoreAsync(targets[i], cancellationToken).ConfigureAwait(false);
                AddFailures(errors, "restore", input, failures, failedProjects);
            }
        }

        WorkspaceLoader.EnsureMSBuildRegistered();
        using var workspace = MSBuildWorkspace.Create();
        var loadErrors = await WorkspaceLoader.LoadAsync(workspace, input, failedProjects, progress, cancellationToken).ConfigureAwait(false);
        AddFailures(loadErrors, "load", input, failures, failedProjects);

        var analyzers = AnalyzerCatalog.CreateAnalyzers();
        var rules = AnalyzerCatalog.Rules(analyzers);
        var ruleById = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);

        // One project per file: a multi-targeted project loads once per target framework.
        var projects = workspace.CurrentSolution.Projects
            .Where(p => p.Language == LanguageNames.CSharp && p.FilePath is not null)
            .GroupBy(p => p.FilePath!, StringComparer.Ordinal)
            .Select(g => g.OrderBy(p => p.Name, StringComparer.Ordinal).First())
            .OrderBy(p => p.FilePath, StringComparer.Ordinal)
            .ToList();

        var projectReports = new List<ProjectReport>();
        var allFindings = new List<Finding>();
        var declarations = new Dictionary<string, (string Project, string File, int Line)>(StringComparer.Ordinal);
        int tests = 0, emptyTests = 0;
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            var projectFile = project.FilePath!;
            if (failedProjects.Contains(projectFile))
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(projectFile);
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null || TestingModel.For(compilation) is not { } model)
            {
                continue;
            }

            progress.Report($"analysing {name} ({i + 1}/{projects.Count})");
            var index = TestIndex.Build(compilation, model, cancellationToken);
            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(
                project.AnalyzerOptions,
                (exception, analyzer, _) =>
                {
                    lock (exceptions)
                    {
                        exceptions.Add($"{analyzer.GetType().Name} failed: {exception.GetType().Name}: {exception.Message}");
                    }
                },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            // The compiler's own diagnostics come with the analyzers' (one binding serves both): a project that does not
            // compile is still scored, but the report says its scores are unreliable.
            compilation = WithMode(compilation, settings.Mode, analyzers);
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            foreach (var message in exceptions.Distinct(StringComparer.Ordinal))
            {
                failures.Add(new Failure { Project = input.Relative(projectFile), Stage = "analyze", Message = message });
            }

            var findings = new List<Finding>();
            var compileErrors = 0;
            Diagnostic? firstCompileError = null;
            foreach (var diagnostic in diagnostics)
            {
                if (ruleById.ContainsKey(diagnostic.Id))
                {
                    if (ToFinding(diagnostic, name, input, index, ruleById, cancellationToken) is { } finding)
                    {
                        findings.Add(finding);
                    }
                }
                else if (diagnostic.Severity == DiagnosticSeverity.Error && !diagnostic.IsSuppressed)
                {
                    compileErrors++;
                    if (firstCompileError is null || CompareLocations(diagnostic, firstCompileError) < 0)
                    {
                        firstCompileError = diagnostic;
                    }
                }
            }

            findings.Sort(CompareFindings);
            foreach (var (declared, position) in index.Declarations)
            {
                declarations.TryAdd(declared, (name, input.Relative(position.File), position.Line));
            }

            tests += index.Tests;
            emptyTests += index.EmptyTests;
            allFindings.AddRange(findings);
            projectReports.Add(new ProjectReport
            {
                Name = name,
                Path = input.Relative(projectFile),
                Scores = Scoring.Score(index.Tests, index.EmptyTests, findings, rules),
                CompileErrors = compileErrors,
                FirstCompileError = firstCompileError is null ? null : Describe(firstCompileError, input),
            });
        }

        if (projectReports.Count == 0)
        {
            throw new UserError(NoTestProjectMessage(input, projects.Count(p => !failedProjects.Contains(p.FilePath!)), failures));
        }

        allFindings.Sort(CompareFindings);
        return new Report
        {
            ToolVersion = ToolVersion,
            Input = input.Path,
            TestProjects = projectReports.Count,
            Overall = Scoring.Score(tests, emptyTests, allFindings, rules),
            Projects = projectReports,
            TopTests = Offenders(allFindings, f => f.Test, declarations, settings.Top),
            TopTypes = Offenders(allFindings, f => f.Type, declarations, settings.Top),
            Findings = allFindings,
            Failures = failures,
            Rules = rules,
        };
    }

    /// <param name="loaded">Projects loaded and not failed (none of them is a test project).</param>
    private static string NoTestProjectMessage(AnalysisInput input, int loaded, List<Failure> failures)
    {
        var shown = input.Kind == InputKind.Folder ? input.Path : Path.GetFileName(input.Path);
        string message;
        if (failures.Count == 0)
        {
            message = $"No test project found in '{shown}': none of its {loaded} loaded project(s) references a supported test framework (xUnit, NUnit, MSTest, TUnit).";
        }
        else
        {
            var others = loaded == 0
                ? string.Empty
                : $", and none of the {loaded} project(s) that loaded references a supported test framework (xUnit, NUnit, MSTest, TUnit)";
            message = $"No test project could be analysed in '{shown}': restore or load failed{others}:";
        }

        foreach (var failure in failures)
        {
            message += Environment.NewLine + "  " + failure.Describe();
        }

        return message;
    }

    /// <summary>Records one failure per project: the first stage that failed it, its messages as one short line.</summary>
    private static void AddFailures(Dictionary<string, List<string>> errors, string stage, AnalysisInput input, List<Failure> failures, HashSet<string> failedProjects)
    {
        foreach (var (project, messages) in errors.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var relative = input.Relative(project);
            if (failures.Any(f => f.Project == relative))
            {
                continue;
            }

            if (project != input.Path || input.Kind == InputKind.Project)
            {
                failedProjects.Add(project);
            }

            failures.Add(new Failure { Project = relative, Stage = stage, Message = Summarize(messages) });
        }
    }

    /// <summary>The longest a failure's message may be: one error is enough to act on, and a line stays readable.</summary>
    internal const int MaxFailureMessageLength = 300;

    /// <summary>The first message, cut to <see cref="MaxFailureMessageLength"/>, and how many more there are.</summary>
    internal static string Summarize(IReadOnlyList<string> messages)
    {
        var first = messages.Count == 0 ? "unknown error" : messages[0];
        if (first.Length > MaxFailureMessageLength)
        {
            first = first[..(MaxFailureMessageLength - 1)].TrimEnd() + "…";
        }

        return messages.Count switch
        {
            <= 1 => first,
            2 => first + " (and 1 more error)",
            _ => $"{first} (and {messages.Count - 1} more errors)",
        };
    }

    private static int CompareLocations(Diagnostic a, Diagnostic b)
    {
        var c = string.CompareOrdinal(a.Location.SourceTree?.FilePath, b.Location.SourceTree?.FilePath);
        return c != 0 ? c : a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
    }

    /// <summary>"Shop.Tests/CartTests.cs:12: CS0103: The name 'x' does not exist in the current context".</summary>
    private static string Describe(Diagnostic diagnostic, AnalysisInput input)
    {
        var message = $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        if (!diagnostic.Location.IsInSource)
        {
            return message;
        }

        var span = diagnostic.Location.GetMappedLineSpan();
        return $"{input.Relative(span.Path)}:{span.StartLinePosition.Line + 1}: {message}";
    }

    private static Finding? ToFinding(Diagnostic diagnostic, string project, AnalysisInput input, TestIndex index, Dictionary<string, RuleInfo> rules, CancellationToken cancellationToken)
    {
        if (!rules.TryGetValue(diagnostic.Id, out var rule) || AnalyzerCatalog.SeverityName(diagnostic.Severity) is not { } severity)
        {
            return null;
        }

        string file = string.Empty;
        int line = 0, column = 0, endLine = 0, endColumn = 0;
        string? test = null, type = null;
        var location = diagnostic.Location;
        if (location.IsInSource && location.SourceTree is { } tree)
        {
            var span = location.GetMappedLineSpan();
            file = input.Relative(span.Path);
            line = span.StartLinePosition.Line + 1;
            column = span.StartLinePosition.Character + 1;
            endLine = span.EndLinePosition.Line + 1;
            endColumn = span.EndLinePosition.Character + 1;
            test = index.FindTest(tree, location.SourceSpan);
            type = index.FindType(tree, location.SourceSpan, cancellationToken);
        }

        return new Finding
        {
            RuleId = diagnostic.Id,
            Title = rule.Title,
            Category = rule.Category,
            Severity = severity,
            Message = diagnostic.GetMessage(CultureInfo.InvariantCulture),
            Project = project,
            File = file,
            Line = line,
            Column = column,
            EndLine = endLine,
            EndColumn = endColumn,
            Test = test,
            Type = type,
            HelpUri = rule.HelpUri,
        };
    }

    private static int CompareFindings(Finding a, Finding b)
    {
        var c = string.CompareOrdinal(a.Project, b.Project);
        if (c == 0) c = string.CompareOrdinal(a.File, b.File);
        if (c == 0) c = a.Line.CompareTo(b.Line);
        if (c == 0) c = a.Column.CompareTo(b.Column);
        if (c == 0) c = string.CompareOrdinal(a.RuleId, b.RuleId);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
    }

    /// <summary>Tests or types ranked by weighted findings (then count, then name), at most <paramref name="top"/>.</summary>
    internal static IReadOnlyList<Offender> Offenders(
        IEnumerable<Finding> findings,
        Func<Finding, string?> key,
        IReadOnlyDictionary<string, (string Project, string File, int Line)> declarations,
        int top)
    {
        return findings
            .Where(f => key(f) is not null)
            .GroupBy(f => key(f)!, StringComparer.Ordinal)
            .Select(g =>
            {
                var first = g.First();
                var (project, file, line) = declarations.TryGetValue(g.Key, out var d) ? d : (first.Project, first.File, first.Line);
                return new Offender
                {
                    Name = g.Key,
                    Project = project,
                    File = file,
                    Line = line,
                    Findings = g.Count(),
                    WeightedFindings = g.Sum(f => Scoring.Weight(f.Severity)),
                    RuleIds = g.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                };
            })
            .OrderByDescending(o => o.WeightedFindings)
            .ThenByDescending(o => o.Findings)
            .ThenBy(o => o.Name, StringComparer.Ordinal)
            .Take(Math.Max(0, top))
            .ToList();
    }

    /// <summary>
    /// The compilation with every rule at its severity in <paramref name="mode"/>, below the project's own settings: a rule the
    /// project configures (NoWarn, a rule set, a .globalconfig) keeps its setting, and per-file .editorconfig severities apply on top.
    /// </summary>
    internal static Compilation WithMode(Compilation compilation, AnalysisMode mode, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        if (mode == AnalysisMode.Default)
        {
            return compilation;
        }

        var specific = compilation.Options.SpecificDiagnosticOptions;
        foreach (var descriptor in analyzers.SelectMany(a => a.SupportedDiagnostics))
        {
            // A rule the project configures (NoWarn or a rule set, in the compilation's options; a .globalconfig) keeps its setting.
            if (!specific.ContainsKey(descriptor.Id) && compilation.Options.SyntaxTreeOptionsProvider?.TryGetGlobalDiagnosticValue(descriptor.Id, default, out _) != true)
            {
                specific = specific.SetItem(descriptor.Id, AnalysisModeRules.Severity(descriptor, mode) switch
                {
                    "none" => ReportDiagnostic.Suppress,
                    "silent" => ReportDiagnostic.Hidden,
                    "suggestion" => ReportDiagnostic.Info,
                    "error" => ReportDiagnostic.Error,
                    _ => ReportDiagnostic.Warn,
                });
            }
        }

        return compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(specific));
    }
}
