using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers.Model
{
    internal sealed partial class DoubleService
    {
        /// <summary>The words a logging member's name starts with: <c>Log</c>, the usual level names, <c>Is…Enabled</c>, scopes and contexts.</summary>
        private static readonly string[] s_loggingMemberPrefixes =
        {
            "Log", "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Critical", "Verbose", "Write", "Is", "BeginScope", "ForContext", "Bind",
        };

        private readonly ConcurrentDictionary<ITypeSymbol, bool> _loggerShapes = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);

        private readonly ConcurrentDictionary<string, Regex?> _loggerPatterns = new ConcurrentDictionary<string, Regex?>(StringComparer.Ordinal);

        /// <summary>
        /// True when <paramref name="type"/> is a logger: Microsoft.Extensions.Logging's <c>ILogger</c>, <c>ILogger&lt;T&gt;</c>,
        /// <c>ILoggerFactory</c>, <c>ILoggerProvider</c>; any type named <c>…Logger</c> or <c>…Log</c> whose methods all log (<c>Log…</c>,
        /// level names such as <c>Warn</c>/<c>LogWarning</c>, <c>Is…Enabled</c>, <c>BeginScope</c>) — a team's own <c>IAppLogger&lt;T&gt;</c>,
        /// Hangfire's <c>ILog</c>; or a type matched by <c>realism.logger_types</c> for <paramref name="tree"/>.
        /// What a logger is told is output of the code (logging is its effect), and a logger's own failure is no path of the product.
        /// </summary>
        public bool IsLoggerType(ITypeSymbol type, AnalyzerOptions? options, SyntaxTree? tree)
        {
            if (type is not INamedTypeSymbol named)
            {
                return false;
            }

            named = named.OriginalDefinition;
            if (_loggerShapes.TryGetValue(named, out var shaped))
            {
                if (shaped)
                {
                    return true;
                }
            }
            else
            {
                shaped = _loggerShapes.GetOrAdd(named, HasLoggerShape(named));
                if (shaped)
                {
                    return true;
                }
            }

            if (RealismOptions.GetText(options, tree, RealismOptions.LoggerTypes) is not { } text)
            {
                return false;
            }

            var patterns = _loggerPatterns.GetOrAdd(text, ParseTypePatterns);
            return patterns is not null && patterns.IsMatch(named.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None)));
        }

        private static bool HasLoggerShape(INamedTypeSymbol type)
        {
            if (type.TypeKind != TypeKind.Interface && type.TypeKind != TypeKind.Class)
            {
                return false;
            }

            var name = type.Name;
            if (KnownTypeCatalog.NamespaceOf(type) == "Microsoft.Extensions.Logging" &&
                (name == "ILogger" || name == "ILoggerFactory" || name == "ILoggerProvider"))
            {
                return true;
            }

            if (!name.EndsWith("Logger", StringComparison.Ordinal) && !name.EndsWith("Log", StringComparison.Ordinal))
            {
                return false;
            }

            var methods = 0;
            if (!AllMethodsLog(type, ref methods))
            {
                return false;
            }

            foreach (var @interface in type.AllInterfaces)
            {
                if (!AllMethodsLog(@interface, ref methods))
                {
                    return false;
                }
            }

            return methods > 0;
        }

        private static bool AllMethodsLog(INamedTypeSymbol type, ref int methods)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } method || FailureSetupService.IsObjectOverride(method) ||
                    (type.TypeKind == TypeKind.Class && method.DeclaredAccessibility != Accessibility.Public))
                {
                    continue;
                }

                if (!IsLoggingMemberName(method.Name))
                {
                    return false;
                }

                methods++;
            }

            return true;
        }

        private static bool IsLoggingMemberName(string name)
        {
            foreach (var prefix in s_loggingMemberPrefixes)
            {
                if (name.StartsWith(prefix, StringComparison.Ordinal) &&
                    (name.Length == prefix.Length || char.IsUpper(name[prefix.Length]) || char.IsDigit(name[prefix.Length]) || prefix == "Info" || prefix == "Warn"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Full type names with <c>*</c> wildcards, separated by commas or semicolons; null when there are none.</summary>
        private static Regex? ParseTypePatterns(string text)
        {
            var pattern = new StringBuilder();
            foreach (var raw in text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var part = raw.Trim();
                if (part.Length == 0)
                {
                    continue;
                }

                if (pattern.Length > 0)
                {
                    pattern.Append('|');
                }

                pattern.Append("(?:").Append(Regex.Escape(part).Replace("\\*", ".*")).Append(')');
            }

            return pattern.Length == 0 ? null : new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
    }
}
