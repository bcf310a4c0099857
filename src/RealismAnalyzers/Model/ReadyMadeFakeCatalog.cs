using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers.Model
{
    /// <summary>What kind of ready-made replacement a type has; the mechanical kinds get a code fix.</summary>
    internal enum ReadyMadeKind
    {
        Other = 0,

        /// <summary><c>ILogger</c>/<c>ILogger&lt;T&gt;</c>: reported only when the test never verifies it.</summary>
        Logger,

        /// <summary><c>IOptions&lt;T&gt;</c>: <c>Options.Create(...)</c>.</summary>
        Options,
    }

    /// <summary>A type that has a real or purpose-built test implementation, and what to use instead of a double.</summary>
    internal sealed class ReadyMadeFake
    {
        public ReadyMadeFake(string typeName, string replacement, ReadyMadeKind kind = ReadyMadeKind.Other, bool includesDerived = false)
        {
            TypeName = typeName;
            Replacement = replacement;
            Kind = kind;
            IncludesDerived = includesDerived;
        }

        /// <summary>Namespace-qualified metadata name (<c>Microsoft.Extensions.Logging.ILogger`1</c>).</summary>
        public string TypeName { get; }

        /// <summary>The suggestion shown in the message.</summary>
        public string Replacement { get; }

        public ReadyMadeKind Kind { get; }

        /// <summary>Also matches classes derived from the type (a user's <c>ShopDbContext : DbContext</c>).</summary>
        public bool IncludesDerived { get; }
    }

    /// <summary>
    /// RA2005's data: types for which doubling is worse than the standard real or ready-made implementation,
    /// plus the user's own entries from <c>realism.RA2005.additional_types</c>.
    /// </summary>
    internal sealed class ReadyMadeFakeCatalog
    {
        public static readonly ImmutableArray<ReadyMadeFake> BuiltIn = ImmutableArray.Create(
            new ReadyMadeFake("Microsoft.Extensions.Logging.ILogger", "NullLogger.Instance or FakeLogger", ReadyMadeKind.Logger),
            new ReadyMadeFake("Microsoft.Extensions.Logging.ILogger`1", "NullLogger<T>.Instance or FakeLogger<T>", ReadyMadeKind.Logger),
            new ReadyMadeFake("Microsoft.Extensions.Logging.ILoggerFactory", "NullLoggerFactory.Instance", ReadyMadeKind.Logger),
            new ReadyMadeFake("Microsoft.Extensions.Options.IOptions`1", "Options.Create(value)", ReadyMadeKind.Options),
            // Not IOptionsSnapshot<T> or IOptionsMonitor<T>: Options.Create gives neither, and a real options setup is more code than the
            // one-line stub it would replace (real suites: jellyfin's authentication handler tests).
            new ReadyMadeFake("Microsoft.Extensions.Configuration.IConfiguration", "new ConfigurationBuilder().AddInMemoryCollection(...).Build()"),
            new ReadyMadeFake("Microsoft.Extensions.Configuration.IConfigurationRoot", "new ConfigurationBuilder().AddInMemoryCollection(...).Build()"),
            new ReadyMadeFake("System.TimeProvider", "FakeTimeProvider", includesDerived: false),
            new ReadyMadeFake("System.Net.Http.HttpMessageHandler", "a stub HttpMessageHandler or a local test server"),
            new ReadyMadeFake("System.Net.Http.HttpClient", "a real HttpClient over a stub HttpMessageHandler or a local test server"),
            new ReadyMadeFake("Microsoft.EntityFrameworkCore.DbContext", "a real DbContext on SQLite in-memory or a test database", includesDerived: true),
            new ReadyMadeFake("Microsoft.EntityFrameworkCore.DbSet`1", "a real DbContext on SQLite in-memory or a test database"),
            new ReadyMadeFake("System.IO.Abstractions.IFileSystem", "MockFileSystem"),
            new ReadyMadeFake("Microsoft.Extensions.Caching.Memory.IMemoryCache", "new MemoryCache(new MemoryCacheOptions())"));

        private readonly ConcurrentDictionary<string, ImmutableArray<ReadyMadeFake>> _additional =
            new ConcurrentDictionary<string, ImmutableArray<ReadyMadeFake>>(StringComparer.Ordinal);

        /// <summary>The entry for <paramref name="type"/> in force for <paramref name="tree"/>, or null.</summary>
        public ReadyMadeFake? Find(ITypeSymbol type, AnalyzerOptions options, SyntaxTree tree)
        {
            var additional = ImmutableArray<ReadyMadeFake>.Empty;
            if (RealismOptions.GetText(options, tree, RealismOptions.RA2005AdditionalTypes) is { } text)
            {
                additional = _additional.GetOrAdd(text, Parse);
            }

            var depth = 0;
            for (var current = type; current is not null && depth < 16; current = current.BaseType, depth++)
            {
                var fullName = KnownTypeCatalog.NamespaceOf(current);
                var metadataName = fullName.Length == 0 ? current.MetadataName : fullName + "." + current.MetadataName;
                var plainName = fullName.Length == 0 ? current.Name : fullName + "." + current.Name;

                // The user's entries win over the built-in ones.
                foreach (var entry in additional)
                {
                    if ((depth == 0 || entry.IncludesDerived) && (entry.TypeName == metadataName || entry.TypeName == plainName))
                    {
                        return entry;
                    }
                }

                foreach (var entry in BuiltIn)
                {
                    if ((depth == 0 || entry.IncludesDerived) && entry.TypeName == metadataName)
                    {
                        return entry;
                    }
                }

                if (current.SpecialType == SpecialType.System_Object)
                {
                    break;
                }
            }

            return null;
        }

        /// <summary>Parses <c>A.B =&gt; x, C.D&lt;T&gt; =&gt; y</c> (commas inside angle brackets belong to the name; <c>;</c> and <c>#</c> start an .editorconfig comment); malformed entries are skipped. A generic name may be written <c>C.D&lt;T&gt;</c> or <c>C.D`1</c>.</summary>
        internal static ImmutableArray<ReadyMadeFake> Parse(string text)
        {
            var builder = ImmutableArray.CreateBuilder<ReadyMadeFake>();
            foreach (var raw in SplitEntries(text))
            {
                var arrow = raw.IndexOf("=>", StringComparison.Ordinal);
                var name = (arrow < 0 ? raw : raw.Substring(0, arrow)).Trim();
                var replacement = arrow < 0 ? string.Empty : raw.Substring(arrow + 2).Trim();
                if (name.Length == 0)
                {
                    continue;
                }

                var includesDerived = name.EndsWith("+", StringComparison.Ordinal);
                if (includesDerived)
                {
                    name = name.Substring(0, name.Length - 1).Trim();
                }

                var angle = name.IndexOf('<');
                name = name.Replace(" ", string.Empty);
                angle = name.IndexOf('<');
                if (angle > 0)
                {
                    var arity = 1;
                    foreach (var c in name)
                    {
                        if (c == ',')
                        {
                            arity++;
                        }
                    }

                    name = name.Substring(0, angle).Trim() + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                builder.Add(new ReadyMadeFake(name, replacement.Length == 0 ? "the real or in-memory implementation" : replacement, ReadyMadeKind.Other, includesDerived));
            }

            return builder.ToImmutable();
        }

        private static System.Collections.Generic.IEnumerable<string> SplitEntries(string text)
        {
            var depth = 0;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '<':
                        depth++;
                        break;
                    case '>' when i == 0 || text[i - 1] != '=':
                        depth = depth > 0 ? depth - 1 : 0;
                        break;
                    case ',' when depth == 0:
                        yield return text.Substring(start, i - start);
                        start = i + 1;
                        break;
                }
            }

            yield return text.Substring(start);
        }
    }
}
