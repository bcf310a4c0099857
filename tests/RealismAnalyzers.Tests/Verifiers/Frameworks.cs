using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using RealismAnalyzers.Corpus;

namespace RealismAnalyzers.Tests.Verifiers;

/// <summary>A supported test framework version a test case is checked against.</summary>
public enum Fw
{
    XUnitV2,
    XUnitV3,
    NUnit3,
    NUnit4,
    MSTest,
    TUnit,
}

/// <summary>
/// The reference sets each case is compiled against, and the tokens that let one source read in every framework:
/// <c>[TEST]</c>, <c>[THEORY]</c>, <c>[ROW(…)]</c>, <c>[SKIPPED]</c>, <c>[CLASS]</c>, <c>[SETUP]</c> and
/// <c>ASSERT_TRUE(x)</c>, <c>ASSERT_EQUAL(expected, actual)</c>, <c>ASSERT_NOT_NULL(x)</c>.
/// Usings for the framework are added at the top; the assertion and mocking libraries are referenced in every set.
/// </summary>
public static class Frameworks
{
    public static readonly ImmutableArray<Fw> AllFrameworks = [Fw.XUnitV2, Fw.XUnitV3, Fw.NUnit3, Fw.NUnit4, Fw.MSTest, Fw.TUnit];

    public static TheoryData<Fw> All => new(AllFrameworks);

    /// <summary>The libraries every reference set carries: mocking, assertion and the Microsoft.Extensions abstractions.</summary>
    private static readonly ImmutableArray<PackageIdentity> Libraries =
    [
        new("Moq", "4.20.72"),
        new("NSubstitute", "5.3.0"),
        new("FakeItEasy", "6.0.1"),
        new("FluentAssertions", "7.2.2"),
        new("AwesomeAssertions", "9.6.0"),
        new("Shouldly", "4.3.0"),
        new("AutoFixture.AutoMoq", "4.18.1"),
        new("Microsoft.Extensions.Logging.Abstractions", "8.0.0"),
        new("Microsoft.Extensions.Options", "8.0.0"),
    ];

    /// <summary>
    /// NUnit 4.6 declares its classic asserts as C# 14 extension members, which the oldest Roslyn we support (the compat
    /// tests) binds ambiguously (CS0121); there the NUnit 4 set is the last release before them, 4.4.0.
    /// </summary>
#if COMPAT_MINIMUM_ROSLYN
    private const string NUnit4Version = "4.4.0";
#else
    private const string NUnit4Version = "4.6.1";
#endif

    private static readonly Dictionary<Fw, ReferenceAssemblies> s_references = new()
    {
        [Fw.XUnitV2] = Build(new PackageIdentity("xunit.extensibility.core", "2.9.3"), new PackageIdentity("xunit.assert", "2.9.3")),
        [Fw.XUnitV3] = Build(new PackageIdentity("xunit.v3.extensibility.core", "3.2.2"), new PackageIdentity("xunit.v3.assert", "3.2.2")),
        [Fw.NUnit3] = Build(new PackageIdentity("NUnit", "3.14.0")),
        [Fw.NUnit4] = Build(new PackageIdentity("NUnit", NUnit4Version)),
        [Fw.MSTest] = Build(new PackageIdentity("MSTest.TestFramework", "3.11.1")),
        [Fw.TUnit] = Build(new PackageIdentity("TUnit.Core", "1.81.10"), new PackageIdentity("TUnit.Assertions", "1.81.10")),
    };

    private static ReferenceAssemblies Build(params PackageIdentity[] framework) =>
        RestoredPackages.Net80With([.. framework, .. Libraries]);

    /// <summary>The reference set of <paramref name="fw"/>, resolved from the restored packages only (tests/ReferencePackages.props).</summary>
    public static ReferenceAssemblies References(Fw fw) => s_references[fw];

    /// <summary>The resolved assemblies of <paramref name="fw"/>'s reference set, through the process-wide gate.</summary>
    public static Task<ImmutableArray<MetadataReference>> ResolveAsync(Fw fw) => RestoredPackages.ResolveAsync(References(fw));

    public static string Usings(Fw fw) => fw switch
    {
        Fw.XUnitV2 or Fw.XUnitV3 => "using Xunit;\n",
        Fw.NUnit3 => "using NUnit.Framework;\n",
        Fw.NUnit4 => "using NUnit.Framework;\nusing NUnit.Framework.Legacy;\n",
        Fw.MSTest => "using Microsoft.VisualStudio.TestTools.UnitTesting;\n",
        Fw.TUnit => "using TUnit.Core;\nusing TUnit.Assertions;\nusing TUnit.Assertions.Extensions;\n",
        _ => throw new ArgumentOutOfRangeException(nameof(fw)),
    };

    /// <summary>Expands the framework tokens of <paramref name="source"/> and puts the framework's usings first.</summary>
    public static string Expand(string source, Fw fw)
    {
        var text = source
            .Replace("[TEST]", fw switch
            {
                Fw.XUnitV2 or Fw.XUnitV3 => "[Fact]",
                Fw.MSTest => "[TestMethod]",
                _ => "[Test]",
            })
            .Replace("[THEORY]", fw switch
            {
                Fw.XUnitV2 or Fw.XUnitV3 => "[Theory]",
                Fw.MSTest => "[DataTestMethod]",
                Fw.TUnit => "[Test]",
                _ => "[Test]",
            })
            .Replace("[SKIPPED]", fw switch
            {
                Fw.XUnitV2 or Fw.XUnitV3 => "[Fact(Skip = \"flaky on CI\")]",
                Fw.MSTest => "[TestMethod, Ignore]",
                Fw.TUnit => "[Test, Skip(\"flaky on CI\")]",
                _ => "[Test, Ignore(\"flaky on CI\")]",
            })
            .Replace("[CLASS]", fw == Fw.MSTest ? "[TestClass]" : string.Empty)
            .Replace("[SETUP]", fw switch
            {
                Fw.NUnit3 or Fw.NUnit4 => "[SetUp]",
                Fw.MSTest => "[TestInitialize]",
                Fw.TUnit => "[Before(HookType.Test)]",
                _ => string.Empty,
            });
        text = ReplaceCall(text, "[ROW(", args => fw switch
        {
            Fw.XUnitV2 or Fw.XUnitV3 => $"[InlineData({args})]",
            Fw.MSTest => $"[DataRow({args})]",
            Fw.TUnit => $"[Arguments({args})]",
            _ => $"[TestCase({args})]",
        }, closing: ")]");
        text = ReplaceCall(text, "ASSERT_TRUE(", args => fw switch
        {
            Fw.XUnitV2 or Fw.XUnitV3 => $"Assert.True({args})",
            Fw.NUnit3 or Fw.NUnit4 => $"Assert.That({args}, Is.True)",
            Fw.MSTest => $"Assert.IsTrue({args})",
            _ => $"await Assert.That({args}).IsTrue()",
        });
        text = ReplaceCall(text, "ASSERT_NOT_NULL(", args => fw switch
        {
            Fw.XUnitV2 or Fw.XUnitV3 => $"Assert.NotNull({args})",
            Fw.NUnit3 or Fw.NUnit4 => $"Assert.That({args}, Is.Not.Null)",
            Fw.MSTest => $"Assert.IsNotNull({args})",
            _ => $"await Assert.That({args}).IsNotNull()",
        });
        text = ReplaceCall(text, "ASSERT_EQUAL(", args =>
        {
            var comma = TopLevelComma(args);
            var expected = args[..comma].Trim();
            var actual = args[(comma + 1)..].Trim();
            return fw switch
            {
                Fw.XUnitV2 or Fw.XUnitV3 => $"Assert.Equal({expected}, {actual})",
                Fw.NUnit3 or Fw.NUnit4 => $"Assert.That({actual}, Is.EqualTo({expected}))",
                Fw.MSTest => $"Assert.AreEqual({expected}, {actual})",
                _ => $"await Assert.That({actual}).IsEqualTo({expected})",
            };
        });
        return Usings(fw) + text;
    }

    private static string ReplaceCall(string text, string opening, Func<string, string> replacement, string closing = ")")
    {
        var builder = new StringBuilder();
        var index = 0;
        while (true)
        {
            var start = text.IndexOf(opening, index, StringComparison.Ordinal);
            if (start < 0)
            {
                builder.Append(text, index, text.Length - index);
                return builder.ToString();
            }

            builder.Append(text, index, start - index);
            var depth = 1;
            var position = start + opening.Length;
            while (position < text.Length && depth > 0)
            {
                if (text[position] == '(') depth++;
                else if (text[position] == ')') depth--;
                position++;
            }

            var args = text.Substring(start + opening.Length, position - 1 - start - opening.Length);
            builder.Append(replacement(args));
            index = position - 1 + closing.Length;
        }
    }

    private static int TopLevelComma(string args)
    {
        var depth = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case '(' or '[' or '{' or '<': depth++; break;
                case ')' or ']' or '}' or '>': depth--; break;
                case ',' when depth == 0: return i;
            }
        }

        throw new ArgumentException("ASSERT_EQUAL needs two arguments: " + args);
    }
}
