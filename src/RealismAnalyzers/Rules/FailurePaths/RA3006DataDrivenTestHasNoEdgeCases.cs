using System;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.FailurePaths
{
    /// <summary>
    /// RA3006: a data-driven test with at least <c>realism.RA3006.min_rows</c> literal rows where a string, numeric or
    /// collection parameter never gets one of its type's edge values. Reported on the test's name, listing the parameters.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA3006DataDrivenTestHasNoEdgeCases : RealismAnalyzer
    {
        private const int DefaultMinRows = 3;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA3006DataDrivenTestHasNoEdgeCases);

        private enum ValueKind
        {
            None,
            String,
            Integer,
            Unsigned,
            Floating,
            Collection,
        }

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterSymbolAction(symbol => Analyze(symbol, model), SymbolKind.Method);
        }

        private static void Analyze(SymbolAnalysisContext context, TestingModel model)
        {
            if (context.Symbol is not IMethodSymbol method || model.GetTestInfo(method) is not { } test ||
                test.HasDataSource || test.DataRows.IsDefaultOrEmpty || method.Parameters.IsEmpty)
            {
                return;
            }

            var location = method.Locations[0];
            var minimum = FailurePathOptions.GetInt(context.Options, location.SourceTree, FailurePathOptions.RA3006MinRows, DefaultMinRows);
            if (test.DataRows.Length < minimum)
            {
                return;
            }

            // Parameters fed by attributes of their own (NUnit [Values]/[Range], TUnit [Matrix]) get data the rows do not show.
            foreach (var parameter in method.Parameters)
            {
                if (!parameter.GetAttributes().IsEmpty || parameter.IsParams || parameter.IsOptional)
                {
                    return;
                }
            }

            var rows = ImmutableArray.CreateBuilder<ImmutableArray<TypedConstant>>(test.DataRows.Length);
            foreach (var row in test.DataRows)
            {
                if (!TestingModel.TryGetRowValues(row, method, out var values))
                {
                    return;
                }

                rows.Add(values);
            }

            StringBuilder? message = null;
            for (var index = 0; index < method.Parameters.Length; index++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var parameter = method.Parameters[index];
                var kind = KindOf(parameter.Type);
                if (kind == ValueKind.None || parameter.Name.StartsWith("expected", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var hasEdge = false;
                foreach (var row in rows)
                {
                    if (IsEdge(row[index], kind, parameter.Type))
                    {
                        hasEdge = true;
                        break;
                    }
                }

                if (hasEdge)
                {
                    continue;
                }

                message = message is null ? new StringBuilder() : message.Append("; ");
                message.Append('\'').Append(parameter.Name).Append("' never gets ").Append(MissingKinds(kind, parameter.Type));
            }

            if (message is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RA3006DataDrivenTestHasNoEdgeCases,
                    location,
                    method.Name,
                    test.DataRows.Length,
                    message.ToString()));
            }
        }

        private static ValueKind KindOf(ITypeSymbol type)
        {
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && type is INamedTypeSymbol { TypeArguments.Length: 1 } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return ValueKind.String;
                case SpecialType.System_SByte:
                case SpecialType.System_Int16:
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_Decimal:
                    return ValueKind.Integer;
                case SpecialType.System_Byte:
                case SpecialType.System_UInt16:
                case SpecialType.System_UInt32:
                case SpecialType.System_UInt64:
                    return ValueKind.Unsigned;
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return ValueKind.Floating;
            }

            return type is IArrayTypeSymbol ? ValueKind.Collection : ValueKind.None;
        }

        private static bool IsEdge(TypedConstant value, ValueKind kind, ITypeSymbol type)
        {
            if (value.IsNull)
            {
                return true;
            }

            if (value.Kind == TypedConstantKind.Array)
            {
                return kind == ValueKind.Collection && value.Values.IsEmpty;
            }

            switch (value.Value)
            {
                case string text:
                    return kind == ValueKind.String && string.IsNullOrWhiteSpace(text);
                case double d:
                    return d <= 0 || double.IsNaN(d) || double.IsInfinity(d) || d == double.MaxValue || IsLimit(d, type);
                case float f:
                    return f <= 0 || float.IsNaN(f) || float.IsInfinity(f) || f == float.MaxValue;
                case null:
                    return true;
            }

            if (kind != ValueKind.Integer && kind != ValueKind.Unsigned && kind != ValueKind.Floating)
            {
                return false;
            }

            // Integral constants of any width (an int literal may feed a long or decimal parameter).
            if (value.Value is IConvertible convertible && value.Value is not bool && value.Value is not char)
            {
                if (value.Value is ulong unsignedLong)
                {
                    return unsignedLong == 0 || unsignedLong == ulong.MaxValue;
                }

                var number = convertible.ToDecimal(System.Globalization.CultureInfo.InvariantCulture);
                return number <= 0 || IsLimit(number, type);
            }

            return false;
        }

        // Outside decimal's range a double is no integral type's limit (and the conversion would throw: (double)decimal.MaxValue rounds up).
        private static bool IsLimit(double value, ITypeSymbol type) => Math.Abs(value) < DecimalRange && IsLimit((decimal)value, type);

        private const double DecimalRange = 7.9e28;

        private static bool IsLimit(decimal value, ITypeSymbol type)
        {
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && type is INamedTypeSymbol { TypeArguments.Length: 1 } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            return type.SpecialType switch
            {
                SpecialType.System_SByte => value == sbyte.MaxValue,
                SpecialType.System_Byte => value == byte.MaxValue,
                SpecialType.System_Int16 => value == short.MaxValue,
                SpecialType.System_UInt16 => value == ushort.MaxValue,
                SpecialType.System_Int32 => value == int.MaxValue,
                SpecialType.System_UInt32 => value == uint.MaxValue,
                SpecialType.System_Int64 => value == long.MaxValue,
                SpecialType.System_Decimal => value == decimal.MaxValue,
                _ => false,
            };
        }

        private static string MissingKinds(ValueKind kind, ITypeSymbol type)
        {
            var name = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            return kind switch
            {
                ValueKind.String => "null, empty or whitespace",
                ValueKind.Integer => "zero, a negative value or " + name.TrimEnd('?') + ".MinValue/MaxValue",
                ValueKind.Unsigned => "zero or " + name.TrimEnd('?') + ".MaxValue",
                ValueKind.Floating => "zero, a negative value, NaN or infinity",
                _ => "an empty collection",
            };
        }
    }
}
