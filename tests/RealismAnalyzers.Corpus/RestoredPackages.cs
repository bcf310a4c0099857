using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace RealismAnalyzers.Corpus;

/// <summary>
/// Reference sets resolved only from the packages <c>dotnet restore</c> put in NuGet's global packages folder
/// (<c>tests/ReferencePackages.props</c> lists them), never from a package feed, one set at a time through one
/// process-wide gate.
/// </summary>
/// <remarks>
/// The testing library's <see cref="ReferenceAssemblies.ResolveAsync"/> falls back to the machine's package feeds
/// for a package that is not on disk yet and extracts it under <c>$TMPDIR/test-packages</c>. The feed here answers
/// its dependency queries with the package id in lower case and no dependencies: the library then looks for the
/// extracted package under the lower-case name, misses it on a case-sensitive file system and leaves the package
/// out of the set without a word, and never fetches its dependencies. Only a later run, which reads the packages
/// extracted by the first, saw them. Resolving from the restored packages alone reads every package's own nuspec,
/// and a package that is not there fails the resolution loudly instead of compiling the test without it.
/// </remarks>
public static class RestoredPackages
{
    private static readonly SemaphoreSlim s_gate = new(1, 1);
    private static readonly ConcurrentDictionary<ReferenceAssemblies, ImmutableArray<MetadataReference>> s_resolved = new();
    private static readonly Lazy<string> s_configPath = new(WriteNuGetConfig);

    /// <summary>The global packages folder restore filled: <c>NUGET_PACKAGES</c> when set (NuGet reads it first), else the one the build saw.</summary>
    public static string GlobalPackagesFolder { get; } =
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : typeof(RestoredPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;

    /// <summary>The .NET 8 reference assemblies, resolved from the restored packages only.</summary>
    public static ReferenceAssemblies Net80 => ReferenceAssemblies.Net.Net80.WithNuGetConfigFilePath(s_configPath.Value);

    /// <summary>The .NET 8 reference assemblies and <paramref name="packages"/>, resolved from the restored packages only.</summary>
    public static ReferenceAssemblies Net80With(ImmutableArray<PackageIdentity> packages) => packages.IsEmpty ? Net80 : Net80.AddPackages(packages);

    /// <summary>
    /// Resolves <paramref name="references"/> completely, once per process: sets are resolved one at a time, and a test
    /// that compiles against a set only starts once it is resolved. Throws when a package is not restored.
    /// </summary>
    public static async Task<ImmutableArray<MetadataReference>> ResolveAsync(ReferenceAssemblies references, CancellationToken cancellationToken = default)
    {
        if (s_resolved.TryGetValue(references, out var resolved))
        {
            return resolved;
        }

        await s_gate.WaitAsync(cancellationToken);
        try
        {
            if (s_resolved.TryGetValue(references, out resolved))
            {
                return resolved;
            }

            if (references.NuGetConfigFilePath != s_configPath.Value)
            {
                throw new InvalidOperationException(
                    "This reference set would be resolved from the machine's package feeds: create it through RestoredPackages.Net80 or Net80With.");
            }

            try
            {
                resolved = await references.ResolveAsync(LanguageNames.CSharp, cancellationToken);
            }
            catch (Exception e) when (e.GetType().Namespace?.StartsWith("NuGet", StringComparison.Ordinal) == true)
            {
                throw new InvalidOperationException(
                    $"The reference set {Describe(references)} cannot be resolved from the restored packages in {GlobalPackagesFolder}: {e.Message} " +
                    "Add the package with its exact version to tests/ReferencePackages.props and run dotnet restore.",
                    e);
            }

            EnsureRestored(references, resolved);
            s_resolved[references] = resolved;
            return resolved;
        }
        finally
        {
            s_gate.Release();
        }
    }

    /// <summary>
    /// Every package folder the set's assemblies come from must be a restored package: one extracted under
    /// <c>$TMPDIR/test-packages</c> by an earlier run from a feed would pass here and fail on a fresh machine.
    /// </summary>
    private static void EnsureRestored(ReferenceAssemblies references, ImmutableArray<MetadataReference> resolved)
    {
        var notRestored = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var reference in resolved)
        {
            if (PackageFolderOf(reference.Display) is not { } package)
            {
                continue;
            }

            var (id, version) = package;
            if (!Directory.Exists(Path.Combine(GlobalPackagesFolder, id.ToLowerInvariant(), version.ToLowerInvariant())))
            {
                notRestored.Add($"{id} {version}");
            }
        }

        if (notRestored.Count > 0)
        {
            throw new InvalidOperationException(
                $"The reference set {Describe(references)} takes {string.Join(", ", notRestored)} from an earlier run's extraction, not from the restored packages in {GlobalPackagesFolder}. " +
                "Add them with their exact versions to tests/ReferencePackages.props and run dotnet restore.");
        }
    }

    /// <summary>The package id and version of an assembly extracted by the testing library (<c>…/test-packages/Id.Version/…</c>).</summary>
    private static (string Id, string Version)? PackageFolderOf(string? path)
    {
        if (path is null)
        {
            return null;
        }

        var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var index = Array.LastIndexOf(parts, "test-packages");
        if (index < 0 || index + 1 >= parts.Length)
        {
            return null;
        }

        // "Microsoft.Extensions.Options.8.0.0": the version starts at the first dot followed by a digit.
        var folder = parts[index + 1];
        for (var i = 0; i < folder.Length - 1; i++)
        {
            if (folder[i] == '.' && char.IsAsciiDigit(folder[i + 1]))
            {
                return (folder[..i], folder[(i + 1)..]);
            }
        }

        return null;
    }

    private static string Describe(ReferenceAssemblies references) =>
        "[" + string.Join(", ", references.Packages.Select(p => $"{p.Id} {p.Version}")) + "]";

    /// <summary>A NuGet configuration with no package source and the restored folder as the global packages folder.</summary>
    private static string WriteNuGetConfig()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "restored-packages.nuget.config");
        var text = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(GlobalPackagesFolder)}" />
              </config>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """;
        // Written beside a temporary name and moved, so a process starting at the same time never reads half a file.
        var temporary = path + "." + Environment.ProcessId + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
        return path;
    }
}
