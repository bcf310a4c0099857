using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers.Tests.Verifiers;

/// <summary>
/// The test frameworks' own analyzers, loaded from their NuGet packages (downloaded by the test project): xunit.analyzers (inside
/// <c>xunit</c> and <c>xunit.v3</c>), MSTest.Analyzers (a dependency of MSTest.TestFramework), NUnit.Analyzers (added by
/// <c>dotnet new nunit</c>) and the analyzers TUnit.Assertions and TUnit.Core carry. Each package gets its own load context, so two
/// versions of one analyzer can be loaded side by side; Roslyn itself comes from the test's own.
/// </summary>
public static class FrameworkAnalyzers
{
    private static readonly ConcurrentDictionary<string, ImmutableArray<DiagnosticAnalyzer>> s_loaded = new();

    public static ImmutableArray<DiagnosticAnalyzer> XunitAnalyzers(string version) => Load("xunit.analyzers", version, "analyzers/dotnet/cs/xunit.analyzers.dll");

    public static ImmutableArray<DiagnosticAnalyzer> MSTestAnalyzers(string version) => Load("mstest.analyzers", version, "analyzers/dotnet/cs/MSTest.Analyzers.dll");

    public static ImmutableArray<DiagnosticAnalyzer> NUnitAnalyzers(string version) => Load("nunit.analyzers", version, "analyzers/dotnet/cs/nunit.analyzers.dll");

    public static ImmutableArray<DiagnosticAnalyzer> TUnitAssertionsAnalyzers(string version) => Load("tunit.assertions", version, "analyzers/dotnet/cs/TUnit.Assertions.Analyzers.dll");

    public static ImmutableArray<DiagnosticAnalyzer> TUnitAnalyzers(string version) => Load("tunit.core", version, "analyzers/dotnet/roslyn4.14/cs/TUnit.Analyzers.dll");

    /// <summary>The analyzers of the framework version <paramref name="fw"/> stands for, as a project using it gets them.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> For(Fw fw) => fw switch
    {
        Fw.XUnitV2 => XunitAnalyzers("1.18.0"),
        Fw.XUnitV3 => XunitAnalyzers("1.27.0"),
        Fw.NUnit3 or Fw.NUnit4 => NUnitAnalyzers("4.15.0"),
        Fw.MSTest => MSTestAnalyzers("3.11.1"),
        _ => [.. TUnitAssertionsAnalyzers("1.81.10"), .. TUnitAnalyzers("1.81.10")],
    };

    private static ImmutableArray<DiagnosticAnalyzer> Load(string package, string version, string relativePath) =>
        s_loaded.GetOrAdd($"{package}/{version}/{relativePath}", _ =>
        {
            var root = typeof(FrameworkAnalyzers).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;
            var path = Path.Combine(root, package, version, relativePath);
            Assert.True(File.Exists(path), $"{path} is missing: restore the test project (it downloads the framework analyzers).");
            var reference = new AnalyzerFileReference(path, new Loader(Path.GetDirectoryName(path)!));
            return reference.GetAnalyzers(LanguageNames.CSharp);
        });

    private sealed class Loader(string directory) : IAnalyzerAssemblyLoader
    {
        private readonly PackageContext _context = new(directory);

        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => _context.LoadFromAssemblyPath(fullPath);
    }

    private sealed class PackageContext(string directory) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name)
        {
            // Roslyn and the runtime are the test's; anything else the analyzer ships beside it is its own.
            if (name.Name is null || name.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || name.Name.StartsWith("System.", StringComparison.Ordinal))
            {
                return null;
            }

            var candidate = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(candidate) ? LoadFromAssemblyPath(candidate) : null;
        }
    }
}
