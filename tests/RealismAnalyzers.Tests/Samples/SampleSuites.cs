using System.Collections.Immutable;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Corpus;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Samples;

/// <summary>
/// Compiles the sample suites of <c>tests/samples</c> in memory as their projects describe them: each
/// <c>*.Tests</c> project with its package references and its production project (compiled first) as references.
/// </summary>
public static class SampleSuites
{
    /// <summary>Packages that only bring build or runner assets; they add nothing to compile against.</summary>
    private static readonly HashSet<string> s_runnerPackages = new(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft.NET.Test.Sdk", "xunit.runner.visualstudio", "NUnit3TestAdapter", "MSTest.TestAdapter", "coverlet.collector", "NUnit.Analyzers",
    };

    /// <summary>
    /// Versions for transitive dependencies whose lowest allowed version the package feed here does not serve
    /// (a real restore takes the nearest one, NU1603; the in-memory resolver needs it named).
    /// </summary>
    private static readonly Dictionary<string, PackageIdentity> s_transitivePins = new(StringComparer.OrdinalIgnoreCase)
    {
        ["FakeItEasy"] = new("Castle.Core", "5.1.1"),
    };

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp12);

    /// <summary>The sample test projects, as paths relative to <c>tests/samples</c>.</summary>
    public static IReadOnlyList<string> TestProjects() =>
        [.. Directory.EnumerateFiles(RepoPaths.Samples, "*.Tests.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(RepoPaths.Samples, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal)];

    /// <summary>The test project's compilation, with its production project compiled and referenced.</summary>
    public static async Task<Compilation> CompileAsync(string testProject, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(RepoPaths.Samples, testProject);
        // Package references flow from the production project to its tests, as they do in a build.
        var references = await ReferencesOfAsync([path, .. ProjectReferencesOf(path)], cancellationToken);
        var projectReferences = new List<MetadataReference>();
        foreach (var referenced in ProjectReferencesOf(path))
        {
            var production = CreateCompilation(referenced, await ReferencesOfAsync([referenced], cancellationToken));
            using var stream = new MemoryStream();
            var emit = production.Emit(stream, cancellationToken: cancellationToken);
            if (!emit.Success)
            {
                throw new InvalidOperationException($"{referenced} does not compile: " + string.Join(Environment.NewLine, emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            projectReferences.Add(MetadataReference.CreateFromImage(stream.ToArray()));
        }

        return CreateCompilation(path, [.. references, .. projectReferences]);
    }

    /// <summary>The source files of a sample project, relative to <c>tests/samples</c>, with their text.</summary>
    public static IEnumerable<(string RelativePath, string Text)> SourcesOf(string projectPath)
    {
        var dir = Path.GetDirectoryName(projectPath)!;
        foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(dir, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            yield return (Path.GetRelativePath(RepoPaths.Samples, file).Replace('\\', '/'), File.ReadAllText(file));
        }
    }

    private static CSharpCompilation CreateCompilation(string projectPath, IEnumerable<MetadataReference> references)
    {
        var trees = SourcesOf(projectPath).Select(s => CSharpSyntaxTree.ParseText(s.Text, s_parseOptions, path: s.RelativePath));
        return CSharpCompilation.Create(
            Path.GetFileNameWithoutExtension(projectPath),
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static IEnumerable<string> ProjectReferencesOf(string projectPath)
    {
        var dir = Path.GetDirectoryName(projectPath)!;
        return XDocument.Load(projectPath).Descendants("ProjectReference")
            .Select(e => Path.GetFullPath(Path.Combine(dir, e.Attribute("Include")!.Value.Replace('\\', Path.DirectorySeparatorChar))));
    }

    private static async Task<ImmutableArray<MetadataReference>> ReferencesOfAsync(IEnumerable<string> projectPaths, CancellationToken cancellationToken)
    {
        var packages = projectPaths.SelectMany(p => XDocument.Load(p).Descendants("PackageReference"))
            .Select(e => (Id: e.Attribute("Include")?.Value, Version: e.Attribute("Version")?.Value))
            .Where(p => p.Id is not null && p.Version is not null && !s_runnerPackages.Contains(p.Id))
            .SelectMany(p => s_transitivePins.TryGetValue(p.Id!, out var pin) ? [new PackageIdentity(p.Id!, p.Version!), pin] : new[] { new PackageIdentity(p.Id!, p.Version!) })
            .Distinct()
            .ToImmutableArray();
        return await RestoredPackages.ResolveAsync(RestoredPackages.Net80With(packages), cancellationToken);
    }
}
