using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// The user's conventions for recognising their own assertion methods:
    /// <c>realism.assertion_prefixes</c> and <c>realism.assertion_methods</c> from <c>.editorconfig</c>.
    /// One instance per distinct pair of option values; it also memoises which methods assert under it.
    /// </summary>
    internal sealed class AssertionConventions
    {
        internal static readonly ImmutableArray<string> DefaultPrefixes =
            ImmutableArray.Create("Assert", "Verify", "Expect", "Check", "Ensure", "Should");

        private readonly ImmutableArray<string> _prefixes;
        private readonly Regex? _methods;
        private readonly ConcurrentDictionary<ISymbol, bool> _customAssertionMethods =
            new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);

        internal AssertionConventions(string? prefixes, string? methods)
        {
            _prefixes = ParsePrefixes(prefixes);
            _methods = ParseMethodPatterns(methods);
        }

        /// <summary>Memo of "does this source method assert, directly or through what it calls".</summary>
        internal ConcurrentDictionary<IMethodSymbol, bool> AssertingMethods { get; } =
            new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);

        public ImmutableArray<string> Prefixes => _prefixes;

        /// <summary>True when the user's conventions make <paramref name="method"/> an assertion by its name or pattern.</summary>
        public bool IsCustomAssertion(IMethodSymbol method)
        {
            if (HasAssertionPrefix(method.Name))
            {
                return true;
            }

            // The prefix check is cheaper than any memo; only a user's name patterns (a regex over the full name) are memoised.
            if (_methods is null)
            {
                return false;
            }

            method = method.ReducedFrom ?? method;
            method = method.OriginalDefinition;
            if (_customAssertionMethods.TryGetValue(method, out var known))
            {
                return known;
            }

            var result = MatchesPattern(method);
            _customAssertionMethods.TryAdd(method, result);
            return result;
        }

        /// <summary>A prefix counts at a word boundary: <c>AssertValid</c>, <c>Verify</c>, <c>Should_be</c>, not <c>Checkout</c>.</summary>
        internal bool HasAssertionPrefix(string name)
        {
            foreach (var prefix in _prefixes)
            {
                if (name.Length >= prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    if (name.Length == prefix.Length)
                    {
                        return true;
                    }

                    var next = name[prefix.Length];
                    if (char.IsUpper(next) || char.IsDigit(next) || next == '_')
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool MatchesPattern(IMethodSymbol method)
        {
            if (_methods is null || method.ContainingType is null)
            {
                return false;
            }

            var fullName = method.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None)) + "." + method.Name;
            return _methods.IsMatch(fullName);
        }

        private static ImmutableArray<string> ParsePrefixes(string? value)
        {
            if (value is null)
            {
                return DefaultPrefixes;
            }

            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var part in Split(value))
            {
                builder.Add(part);
            }

            return builder.ToImmutable();
        }

        private static Regex? ParseMethodPatterns(string? value)
        {
            if (value is null)
            {
                return null;
            }

            var pattern = new StringBuilder();
            foreach (var part in Split(value))
            {
                if (pattern.Length > 0)
                {
                    pattern.Append('|');
                }

                pattern.Append("(?:");
                pattern.Append(Regex.Escape(part).Replace("\\*", ".*"));
                pattern.Append(')');
            }

            return pattern.Length == 0 ? null : new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }

        private static IEnumerable<string> Split(string value)
        {
            foreach (var raw in value.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var part = raw.Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }
            }
        }
    }
}
