using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using RealismAnalyzers.Cli.Reporting;

namespace RealismAnalyzers.Cli.Output;

/// <summary>The stable JSON form of the report (schema in docs/report.md), for CI trends.</summary>
internal static class JsonFormatter
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(Report report) => JsonSerializer.Serialize(report, Options) + Environment.NewLine;
}
