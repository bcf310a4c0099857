using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// Every <c>realism.*</c> option the analyzers read, and the one way they are read: the <c>.editorconfig</c> section that
    /// applies to the file (which includes <c>.globalconfig</c> values), else the global options; blank means unset. Owners of
    /// list-valued options parse the text themselves and cache the result by it.
    /// </summary>
    internal static class RealismOptions
    {
        /// <summary>More methods, by name prefix, that count as assertions (RA1001 and every rule that asks what asserts).</summary>
        public const string AssertionPrefixes = "realism.assertion_prefixes";

        /// <summary>More methods, by name or full name, that count as assertions.</summary>
        public const string AssertionMethods = "realism.assertion_methods";

        /// <summary>More logger types (full names, <c>*</c> wildcards): verifying what they were told checks an outcome.</summary>
        public const string LoggerTypes = "realism.logger_types";

        /// <summary>The assemblies that are the product (names, <c>*</c> wildcards), instead of "neither .NET nor a testing library".</summary>
        public const string ProductionAssemblies = "realism.production_assemblies";

        /// <summary><c>false</c> reports a finding even where a framework's own analyzer reports the same thing.</summary>
        public const string DeferToFrameworkAnalyzers = "realism.defer_to_framework_analyzers";

        /// <summary>RA2001: the most test doubles one test may use.</summary>
        public const string RA2001MaxTestDoubles = "realism.RA2001.max_test_doubles";

        /// <summary>RA2005: more types with a ready-made fake (<c>Type = replacement</c> entries).</summary>
        public const string RA2005AdditionalTypes = "realism.RA2005.additional_types";

        /// <summary>RA3001: how many tests must use a dependency before its missing failure is reported.</summary>
        public const string RA3001MinTests = "realism.RA3001.min_tests";

        /// <summary>RA3005: how many tests must assert a member before only-success outcomes are reported.</summary>
        public const string RA3005MinTests = "realism.RA3005.min_tests";

        /// <summary>RA3006: how many data rows a data-driven test needs before missing edge values are reported.</summary>
        public const string RA3006MinRows = "realism.RA3006.min_rows";

        /// <summary>Every key above, for documentation checks.</summary>
        public static ImmutableArray<string> All { get; } = ImmutableArray.Create(
            AssertionPrefixes, AssertionMethods, LoggerTypes, ProductionAssemblies, DeferToFrameworkAnalyzers,
            RA2001MaxTestDoubles, RA2005AdditionalTypes, RA3001MinTests, RA3005MinTests, RA3006MinRows);

        /// <summary>The option's text for <paramref name="tree"/> (else the global options), trimmed; null when unset or blank.</summary>
        public static string? GetText(AnalyzerOptions? options, SyntaxTree? tree, string key)
        {
            if (options is null)
            {
                return null;
            }

            var provider = options.AnalyzerConfigOptionsProvider;
            string? text = null;
            if (tree is not null)
            {
                provider.GetOptions(tree).TryGetValue(key, out text);
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                provider.GlobalOptions.TryGetValue(key, out text);
            }

            return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        }

        /// <summary>A whole number of at least <paramref name="minimum"/>; <paramref name="fallback"/> when unset or not such a number.</summary>
        public static int GetCount(AnalyzerOptions? options, SyntaxTree? tree, string key, int fallback, int minimum = 1) =>
            GetText(options, tree, key) is { } text &&
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
                ? value
                : fallback;

        /// <summary><c>true</c> or <c>false</c> in any case; <paramref name="fallback"/> when unset or neither.</summary>
        public static bool GetFlag(AnalyzerOptions? options, SyntaxTree? tree, string key, bool fallback) =>
            GetText(options, tree, key) is { } text && bool.TryParse(text, out var value) ? value : fallback;

        /// <summary>True when <paramref name="key"/> is one of the options above (ordinal, as the config files spell keys).</summary>
        public static bool IsKnown(string key) => All.IndexOf(key, StringComparer.Ordinal) >= 0;
    }
}
