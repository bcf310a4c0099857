using System.Text.Json;
using System.Text.Json.Nodes;
using RealismAnalyzers.Cli.Analysis;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Output;

/// <summary>SARIF 2.1.0, for code-scanning dashboards: one run, every rule, one result per finding, scores in the run's properties.</summary>
internal static class SarifFormatter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public const string RootBaseId = "SRCROOT";

    public static string Render(Report report)
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var rules = new JsonArray();
        foreach (var rule in report.Rules)
        {
            ruleIndex[rule.Id] = rules.Count;
            rules.Add(new JsonObject
            {
                ["id"] = rule.Id,
                ["name"] = RuleName(rule.Title),
                ["shortDescription"] = new JsonObject { ["text"] = rule.Title },
                ["helpUri"] = rule.HelpUri,
                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(rule.DefaultSeverity) },
                ["properties"] = new JsonObject { ["category"] = rule.Category },
            });
        }

        var results = new JsonArray();
        foreach (var finding in report.Findings)
        {
            var result = new JsonObject
            {
                ["ruleId"] = finding.RuleId,
                ["ruleIndex"] = ruleIndex[finding.RuleId],
                ["level"] = Level(finding.Severity),
                ["message"] = new JsonObject { ["text"] = finding.Message },
            };
            if (finding.File.Length > 0)
            {
                var absolute = Path.IsPathRooted(finding.File);
                var artifact = new JsonObject { ["uri"] = absolute ? new Uri(finding.File).AbsoluteUri : Uri.EscapeDataString(finding.File).Replace("%2F", "/", StringComparison.Ordinal) };
                if (!absolute)
                {
                    artifact["uriBaseId"] = RootBaseId;
                }

                result["locations"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = artifact,
                            ["region"] = new JsonObject
                            {
                                ["startLine"] = finding.Line,
                                ["startColumn"] = finding.Column,
                                ["endLine"] = finding.EndLine,
                                ["endColumn"] = finding.EndColumn,
                            },
                        },
                    },
                };
            }

            var properties = new JsonObject { ["category"] = finding.Category, ["project"] = finding.Project };
            if (finding.Test is not null)
            {
                properties["test"] = finding.Test;
            }

            result["properties"] = properties;
            results.Add(result);
        }

        // What the run could not do well, as SARIF says it: notifications of the tool's execution.
        var notifications = new JsonArray();
        foreach (var project in report.Projects.Where(p => p.CompileErrors > 0))
        {
            notifications.Add(new JsonObject
            {
                ["level"] = "warning",
                ["message"] = new JsonObject { ["text"] = project.UnreliableNote() },
                ["properties"] = new JsonObject { ["project"] = project.Name, ["compileErrors"] = project.CompileErrors },
            });
        }

        foreach (var failure in report.Failures)
        {
            notifications.Add(new JsonObject
            {
                ["level"] = "error",
                ["message"] = new JsonObject { ["text"] = failure.Describe() },
                ["properties"] = new JsonObject { ["project"] = failure.Project, ["stage"] = failure.Stage },
            });
        }

        var root = Path.EndsInDirectorySeparator(report.Input) || Directory.Exists(report.Input) ? report.Input : Path.GetDirectoryName(report.Input)!;
        var sarif = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray
            {
                new JsonObject
                {
                    ["tool"] = new JsonObject
                    {
                        ["driver"] = new JsonObject
                        {
                            ["name"] = "RealismAnalyzers",
                            ["semanticVersion"] = report.ToolVersion,
                            ["informationUri"] = RepositoryInfo.Url,
                            ["rules"] = rules,
                        },
                    },
                    ["originalUriBaseIds"] = new JsonObject
                    {
                        [RootBaseId] = new JsonObject { ["uri"] = new Uri(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar).AbsoluteUri },
                    },
                    ["invocations"] = new JsonArray
                    {
                        new JsonObject { ["executionSuccessful"] = true, ["toolExecutionNotifications"] = notifications },
                    },
                    ["results"] = results,
                    ["properties"] = new JsonObject
                    {
                        ["overallScore"] = report.Overall.Score,
                        ["tests"] = report.Overall.Tests,
                        ["categories"] = JsonSerializer.SerializeToNode(report.Overall.Categories, JsonFormatter.Options),
                    },
                },
            },
        };

        return sarif.ToJsonString(JsonFormatter.Options) + Environment.NewLine;
    }

    private static string Level(string severity) => severity switch
    {
        Severities.Error => "error",
        Severities.Warning => "warning",
        Severities.Info => "note",
        _ => "none",
    };

    // "Test has no assertion" → "TestHasNoAssertion".
    private static string RuleName(string title) =>
        string.Concat(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())));
}
