using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>The framework and library types whose members mean something to a test.</summary>
    internal enum KnownType
    {
        None = 0,
        XUnitAssert,
        XUnitRecord,
        NUnitAssert,
        NUnitAssume,
        NUnitWarn,
        NUnitConstraintHelper,
        MSTestAssert,
        TUnitAssert,
        TUnitAssertions,
        TUnitSkip,
        FluentExtensions,
        FluentAssertionsType,
        FluentOther,
        Shouldly,
        ShouldlyOther,
        MoqMock,
        MoqMockStatic,
        MoqRepository,
        MoqFlow,
        NSubstituteFactory,
        NSubstituteExtensions,
        NSubstituteReceivedInOrder,
        NSubstituteWhenCalled,
        NSubstituteOther,
        FakeItEasyA,
        FakeItEasyFake,
        FakeItEasyConfiguration,
        FakeItEasyOther,
        AutoFixtureFactory,

        /// <summary>Argument matchers of the mocking libraries: Moq <c>It</c>, NSubstitute <c>Arg</c>, FakeItEasy <c>A&lt;T&gt;</c>.</summary>
        ArgumentMatcher,
    }

    /// <summary>
    /// Maps a type to its <see cref="KnownType"/> by namespace and metadata name, once per type.
    /// This is the one place where library names are spelled; everything else asks the Model.
    /// </summary>
    internal sealed class KnownTypeCatalog
    {
        private readonly ConcurrentDictionary<ITypeSymbol, KnownType> _cache =
            new ConcurrentDictionary<ITypeSymbol, KnownType>(SymbolEqualityComparer.Default);

        public KnownType Classify(ITypeSymbol? type)
        {
            if (type is null)
            {
                return KnownType.None;
            }

            type = ExtensionContainer(type.OriginalDefinition);
            if (_cache.TryGetValue(type, out var known))
            {
                return known;
            }

            known = Compute(type);
            _cache.TryAdd(type, known);
            return known;
        }

        /// <summary>
        /// The static class that declares a C# 14 extension block, for the block's own type: members declared in <c>extension(Assert) { … }</c>
        /// (NUnit 4.6's <c>ClassicAssertExtensions</c>) bind to a compiler-named type nested in that class. Other types are returned as they are.
        /// </summary>
        private static ITypeSymbol ExtensionContainer(ITypeSymbol type)
        {
            // Roslyn 4.8, which the analyzers compile against, has no TypeKind for extension blocks: recognise the block by its unspeakable name.
            if (type.ContainingType is { IsStatic: true } container && (type.Name.Length == 0 || type.MetadataName.StartsWith("<", System.StringComparison.Ordinal)))
            {
                return container;
            }

            return type;
        }

        private static KnownType Compute(ITypeSymbol type)
        {
            var ns = NamespaceOf(type);
            if (ns.Length == 0)
            {
                return KnownType.None;
            }

            var name = type.MetadataName;
            var root = RootOf(ns);
            switch (root)
            {
                case "Xunit":
                    if (ns == "Xunit")
                    {
                        if (name == "Assert") return KnownType.XUnitAssert;
                        if (name == "Record") return KnownType.XUnitRecord;
                    }

                    return KnownType.None;

                case "NUnit":
                    if (ns == "NUnit.Framework" || ns == "NUnit.Framework.Legacy")
                    {
                        switch (name)
                        {
                            case "Assert":
                            case "ClassicAssert":
                            case "ClassicAssertExtensions":
                            case "StringAssert":
                            case "CollectionAssert":
                            case "FileAssert":
                            case "DirectoryAssert":
                                return KnownType.NUnitAssert;
                            case "Assume":
                                return KnownType.NUnitAssume;
                            case "Warn":
                                return KnownType.NUnitWarn;
                            case "Is":
                            case "Has":
                            case "Throws":
                            case "Does":
                            case "Contains":
                            case "Iz":
                                return KnownType.NUnitConstraintHelper;
                        }
                    }

                    return KnownType.None;

                case "Microsoft":
                    if (ns == "Microsoft.VisualStudio.TestTools.UnitTesting")
                    {
                        switch (name)
                        {
                            case "Assert":
                            case "StringAssert":
                            case "CollectionAssert":
                                return KnownType.MSTestAssert;
                        }
                    }

                    return KnownType.None;

                case "TUnit":
                    if (ns.StartsWith("TUnit.Assertions", System.StringComparison.Ordinal))
                    {
                        return name == "Assert" && ns == "TUnit.Assertions" ? KnownType.TUnitAssert : KnownType.TUnitAssertions;
                    }

                    if (ns == "TUnit.Core" && name == "Skip")
                    {
                        return KnownType.TUnitSkip;
                    }

                    return KnownType.None;

                case "FluentAssertions":
                case "AwesomeAssertions":
                    if (type.IsStatic && name.EndsWith("Extensions", System.StringComparison.Ordinal))
                    {
                        return KnownType.FluentExtensions;
                    }

                    return IsFluentAssertionsType(type) ? KnownType.FluentAssertionsType : KnownType.FluentOther;

                case "Shouldly":
                    return ns == "Shouldly" && type.IsStatic ? KnownType.Shouldly : KnownType.ShouldlyOther;

                case "Moq":
                    if (ns == "Moq")
                    {
                        if (name == "Mock`1") return KnownType.MoqMock;
                        if (name == "Mock") return KnownType.MoqMockStatic;
                        // MockRepository declares none of its own: Create, Of, Verify and VerifyAll bind to its base, MockFactory.
                        if (name == "MockRepository" || name == "MockFactory") return KnownType.MoqRepository;
                        if (name == "It" || type.ContainingType?.MetadataName == "It") return KnownType.ArgumentMatcher;
                        // Returns/Throws extension methods (ReturnsAsync, ThrowsAsync, …) live in static *Extensions classes.
                        if (name.EndsWith("Extensions", System.StringComparison.Ordinal)) return KnownType.MoqFlow;
                        return KnownType.None;
                    }

                    // Moq.Protected: mock.Protected().Setup<T>("Member", ...) configures a protected member named by a string.
                    return ns.StartsWith("Moq.Language", System.StringComparison.Ordinal) || ns == "Moq.Protected" ? KnownType.MoqFlow : KnownType.None;

                case "NSubstitute":
                    if (ns == "NSubstitute")
                    {
                        switch (name)
                        {
                            case "Substitute": return KnownType.NSubstituteFactory;
                            case "SubstituteExtensions": return KnownType.NSubstituteExtensions;
                            case "Received": return KnownType.NSubstituteReceivedInOrder;
                            case "Arg": return KnownType.ArgumentMatcher;
                        }

                        if (type.ContainingType?.MetadataName == "Arg")
                        {
                            return KnownType.ArgumentMatcher;
                        }
                    }

                    if (ns == "NSubstitute.ExceptionExtensions" || ns == "NSubstitute.ReturnsExtensions")
                    {
                        return KnownType.NSubstituteExtensions;
                    }

                    if (ns == "NSubstitute.Core" && name == "WhenCalled`1")
                    {
                        return KnownType.NSubstituteWhenCalled;
                    }

                    return KnownType.NSubstituteOther;

                case "FakeItEasy":
                    if (ns == "FakeItEasy")
                    {
                        if (name == "A") return KnownType.FakeItEasyA;
                        if (name == "Fake`1") return KnownType.FakeItEasyFake;
                        if (name == "A`1") return KnownType.ArgumentMatcher;
                        if (name.EndsWith("Extensions", System.StringComparison.Ordinal)) return KnownType.FakeItEasyConfiguration;
                    }

                    if (ns.StartsWith("FakeItEasy.Configuration", System.StringComparison.Ordinal))
                    {
                        return KnownType.FakeItEasyConfiguration;
                    }

                    return KnownType.FakeItEasyOther;

                case "AutoFixture":
                    if (ns == "AutoFixture" && (name == "FixtureFreezer" || name == "SpecimenFactory" || name == "Fixture" || name == "IFixture"))
                    {
                        return KnownType.AutoFixtureFactory;
                    }

                    return KnownType.None;
            }

            return KnownType.None;
        }

        /// <summary>FluentAssertions' assertion classes are named <c>…Assertions</c> or <c>…AssertionsBase</c> (and derive from those), plus <c>AssertionChain</c>/<c>AssertionScope</c>.</summary>
        private static bool IsFluentAssertionsType(ITypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                var name = current.Name;
                if (name.IndexOf("Assertions", System.StringComparison.Ordinal) >= 0 || name == "AssertionChain" || name == "AssertionScope" || name == "AssertionHelper" || name == "Execute")
                {
                    return true;
                }
            }

            return false;
        }

        internal static string NamespaceOf(ISymbol symbol)
        {
            var ns = symbol.ContainingNamespace;
            if (ns is null || ns.IsGlobalNamespace)
            {
                return string.Empty;
            }

            return s_namespaceNames.GetValue(ns, s_namespaceName);
        }

        // Namespace names are asked for on every classification; the display string of each namespace symbol is built once.
        private static readonly ConditionalWeakTable<INamespaceSymbol, string> s_namespaceNames = new ConditionalWeakTable<INamespaceSymbol, string>();

        private static readonly ConditionalWeakTable<INamespaceSymbol, string>.CreateValueCallback s_namespaceName =
            ns => ns.ToDisplayString();

        private static string RootOf(string ns)
        {
            var dot = ns.IndexOf('.');
            return dot < 0 ? ns : ns.Substring(0, dot);
        }
    }
}
