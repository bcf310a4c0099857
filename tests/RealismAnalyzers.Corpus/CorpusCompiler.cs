using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace RealismAnalyzers.Corpus;

/// <summary>
/// Builds Roslyn compilations of a generated project the way a build sees it: the production library is compiled
/// and emitted first, and the test compilation references it as metadata together with the framework's and
/// libraries' reference assemblies (.NET 8 reference pack plus NuGet packages, resolved once per framework from the
/// restored packages, see <see cref="RestoredPackages"/>).
/// </summary>
public static class CorpusCompiler
{
    /// <summary>The libraries every test project references, the same set as the test verifiers' reference sets.</summary>
    private static readonly ImmutableArray<PackageIdentity> s_libraries =
    [
        new("Moq", "4.20.72"),
        new("NSubstitute", "5.3.0"),
        new("FakeItEasy", "6.0.1"),
        new("FluentAssertions", "7.2.2"),
        new("AwesomeAssertions", "9.6.0"),
        new("Shouldly", "4.3.0"),
    ];

    private static readonly ConcurrentDictionary<CorpusFramework, Task<ImmutableArray<MetadataReference>>> s_references = new();
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> s_bcl = new(() => RestoredPackages.ResolveAsync(RestoredPackages.Net80));

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp12);

    public static CSharpCompilationOptions CompilationOptions { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: true);

    /// <summary>The NuGet packages a test project of <paramref name="framework"/> compiles against.</summary>
    public static ImmutableArray<PackageIdentity> PackagesOf(CorpusFramework framework) => framework switch
    {
        CorpusFramework.XUnit => [new("xunit.extensibility.core", "2.9.3"), new("xunit.assert", "2.9.3"), .. s_libraries],
        CorpusFramework.NUnit => [new("NUnit", "4.4.0"), .. s_libraries],
        CorpusFramework.MSTest => [new("MSTest.TestFramework", "3.11.1"), .. s_libraries],
        CorpusFramework.TUnit => [new("TUnit.Core", "1.81.10"), new("TUnit.Assertions", "1.81.10"), .. s_libraries],
        _ => throw new ArgumentOutOfRangeException(nameof(framework)),
    };

    /// <summary>The metadata references of a test project of <paramref name="framework"/> (without its production library).</summary>
    public static Task<ImmutableArray<MetadataReference>> ReferencesAsync(CorpusFramework framework) =>
        s_references.GetOrAdd(framework, f => RestoredPackages.ResolveAsync(RestoredPackages.Net80With(PackagesOf(f))));

    /// <summary>The syntax trees of <paramref name="files"/>, parsed with the corpus' language version.</summary>
    public static ImmutableArray<SyntaxTree> Parse(IEnumerable<CorpusFile> files, CancellationToken cancellationToken = default) =>
        [.. files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, f.Path, cancellationToken: cancellationToken))];

    /// <summary>Compiles and emits the production library of <paramref name="project"/>; throws when it does not compile.</summary>
    public static async Task<MetadataReference> CompileProductionAsync(CorpusProject project, CancellationToken cancellationToken = default)
    {
        var production = CSharpCompilation.Create(project.Name, Parse(project.ProductionFiles, cancellationToken), await s_bcl.Value, CompilationOptions);
        using var stream = new MemoryStream();
        var result = production.Emit(stream, cancellationToken: cancellationToken);
        if (!result.Success)
        {
            throw new InvalidOperationException(
                $"The generated production code of {project.Name} does not compile:{Environment.NewLine}" +
                string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    /// <summary>The test compilation of <paramref name="project"/>, referencing its emitted production library.</summary>
    public static async Task<CSharpCompilation> CompileTestsAsync(CorpusProject project, CancellationToken cancellationToken = default)
    {
        var production = await CompileProductionAsync(project, cancellationToken);
        return CreateTestCompilation(project, Parse(project.TestFiles, cancellationToken), [.. await ReferencesAsync(project.Framework), production]);
    }

    /// <summary>A test compilation of <paramref name="project"/> from already parsed trees and resolved references.</summary>
    public static CSharpCompilation CreateTestCompilation(CorpusProject project, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references) =>
        CSharpCompilation.Create(project.Name + ".Tests", trees, references, CompilationOptions);
}
