using System.Collections.Immutable;
using RealismAnalyzers.Model;

namespace RealismAnalyzers
{
    /// <summary>Keys of the data a diagnostic hands to its code fix.</summary>
    internal static class DiagnosticProperties
    {
        /// <summary>The test framework of the reported test (<see cref="TestFramework"/> name).</summary>
        public const string Framework = "Framework";

        /// <summary>Present when the reported code can be removed without leaving the test unchecked (the fix that removes it is offered).</summary>
        public const string CanRemove = "CanRemove";

        /// <summary>The properties of a diagnostic whose reported code can be removed safely.</summary>
        public static readonly ImmutableDictionary<string, string?> Removable = ImmutableDictionary<string, string?>.Empty.Add(CanRemove, "true");

        /// <summary>Present when the reported code sits in a test method, whose signature the fix may change (no caller of it sees the change).</summary>
        public const string InTest = "InTest";

        /// <summary>The properties of a diagnostic reported inside a test method.</summary>
        public static readonly ImmutableDictionary<string, string?> InTestMethod = ImmutableDictionary<string, string?>.Empty.Add(InTest, "true");

        private static readonly ImmutableDictionary<TestFramework, ImmutableDictionary<string, string?>> s_byFramework = Build();

        public static ImmutableDictionary<string, string?> ForFramework(TestFramework framework) =>
            s_byFramework.TryGetValue(framework, out var properties) ? properties : ImmutableDictionary<string, string?>.Empty;

        private static ImmutableDictionary<TestFramework, ImmutableDictionary<string, string?>> Build()
        {
            var builder = ImmutableDictionary.CreateBuilder<TestFramework, ImmutableDictionary<string, string?>>();
            foreach (var framework in new[] { TestFramework.XUnit, TestFramework.NUnit, TestFramework.MSTest, TestFramework.TUnit })
            {
                builder[framework] = ImmutableDictionary<string, string?>.Empty.Add(Framework, framework.ToString());
            }

            return builder.ToImmutable();
        }
    }
}
