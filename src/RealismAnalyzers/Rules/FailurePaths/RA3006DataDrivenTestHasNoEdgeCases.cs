using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
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

        /// <summary>A parameter without edge values, and the production members (with the parameter's ordinal) it reaches as it is.</summary>
        private sealed class Gap
        {
            public Gap(IParameterSymbol parameter, ValueKind kind, List<(IMethodSymbol? Member, int Ordinal)> targets)
            {
                Parameter = parameter;
                Kind = kind;
                Targets = targets;
            }

            public IParameterSymbol Parameter { get; }

            public ValueKind Kind { get; }

            public List<(IMethodSymbol? Member, int Ordinal)> Targets { get; }
        }

        private sealed class Candidate
        {
            public Candidate(IMethodSymbol test, int rows, List<Gap> gaps)
            {
                Test = test;
                Rows = rows;
                Gaps = gaps;
            }

            public IMethodSymbol Test { get; }

            public int Rows { get; }

            public List<Gap> Gaps { get; }
        }

        /// <summary>
        /// Facts of the compilation: the test methods that lack edge rows, and every parameter of a production method group
        /// (containing type, method name, parameter name: overloads usually delegate to one another) that some test of the suite
        /// does give an edge value — a literal argument (<c>Parse("")</c>, <c>ToWords(0)</c>) or the edge row of another
        /// data-driven test whose parameter reaches it as it is.
        /// </summary>
        private sealed class Facts
        {
            public ConcurrentBag<Candidate> Candidates { get; } = new ConcurrentBag<Candidate>();

            public ConcurrentDictionary<(ITypeSymbol Type, string Member, string Parameter), byte> CoveredEdges { get; } =
                new ConcurrentDictionary<(ITypeSymbol, string, string), byte>(new TargetComparer());

            public void Cover(IMethodSymbol member, int ordinal)
            {
                if (TryKey(member, ordinal, out var key))
                {
                    CoveredEdges.TryAdd(key, 0);
                }
            }

            public bool IsCovered(IMethodSymbol member, int ordinal) => TryKey(member, ordinal, out var key) && CoveredEdges.ContainsKey(key);

            private static bool TryKey(IMethodSymbol member, int ordinal, out (ITypeSymbol Type, string Member, string Parameter) key)
            {
                key = default;
                if (member.ContainingType is not { } type || ordinal < 0 || ordinal >= member.Parameters.Length)
                {
                    return false;
                }

                key = (type.OriginalDefinition, member.Name, member.Parameters[ordinal].Name);
                return true;
            }
        }

        private sealed class TargetComparer : IEqualityComparer<(ITypeSymbol Type, string Member, string Parameter)>
        {
            public bool Equals((ITypeSymbol Type, string Member, string Parameter) x, (ITypeSymbol Type, string Member, string Parameter) y) =>
                x.Member == y.Member && x.Parameter == y.Parameter && SymbolEqualityComparer.Default.Equals(x.Type, y.Type);

            public int GetHashCode((ITypeSymbol Type, string Member, string Parameter) obj) =>
                SymbolEqualityComparer.Default.GetHashCode(obj.Type) ^ obj.Member.GetHashCode() ^ (obj.Parameter.GetHashCode() * 31);
        }

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            var facts = new Facts();
            context.RegisterOperationBlockAction(block => Analyze(block, model, facts));
            context.RegisterCompilationEndAction(end => Decide(end, facts));
        }

        private static void Analyze(OperationBlockAnalysisContext context, TestingModel model, Facts facts)
        {
            if (context.OwningSymbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { } test ||
                TestBodies.FindBody(context.OperationBlocks) is not { } body)
            {
                return;
            }

            var production = model.Tests.GetProductionScope(context.Options, body.Syntax.SyntaxTree);
            var sheet = model.Tests.FactsOf(body, model.Assertions.GetConventions(context.Options, body.Syntax.SyntaxTree));
            CollectLiteralEdges(sheet, production, facts, context.CancellationToken);
            if (method.Parameters.IsEmpty || test.HasDataSource || test.DataRows.IsDefaultOrEmpty)
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
                if (!FailureSetupService.TryGetRowValues(row, method, out var values))
                {
                    return;
                }

                rows.Add(values);
            }

            var minimum = RealismOptions.GetCount(context.Options, method.Locations[0].SourceTree, RealismOptions.RA3006MinRows, DefaultMinRows);
            List<Gap>? gaps = null;
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

                // A parameter that never reaches the code under test as it is (converted first, only an expected value, a branch
                // selector) has no edges of its own to test there.
                var targets = new List<(IMethodSymbol? Member, int Ordinal)>();
                if (!model.FailureSetups.ReachesProductionAsIs(parameter, body, production, targets))
                {
                    continue;
                }

                if (hasEdge)
                {
                    // This theory's edge rows cover the members its parameter reaches, for the other tests too.
                    foreach (var (member, ordinal) in targets)
                    {
                        if (member is not null)
                        {
                            facts.Cover(member, ordinal);
                        }
                    }

                    continue;
                }

                if (rows.Count >= minimum)
                {
                    (gaps ??= new List<Gap>()).Add(new Gap(parameter, kind, targets));
                }
            }

            if (gaps is not null)
            {
                facts.Candidates.Add(new Candidate(method, rows.Count, gaps));
            }
        }

        /// <summary>Edge literals a test passes to production members: <c>Parse("")</c>, <c>ToWords(0)</c>, <c>Total(new int[0])</c>.</summary>
        private static void CollectLiteralEdges(TestFacts sheet, ProductionScope production, Facts facts, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var call in sheet.Calls)
            {
                cancellationToken.ThrowIfCancellationRequested();
                CoverEdgeArguments(call.Invocation.TargetMethod, call.Invocation.Arguments, production, facts);
            }

            foreach (var creation in sheet.Creations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (creation.Constructor is { } constructor)
                {
                    CoverEdgeArguments(constructor, creation.Arguments, production, facts);
                }
            }
        }

        private static void CoverEdgeArguments(IMethodSymbol target, ImmutableArray<IArgumentOperation> arguments, ProductionScope production, Facts facts)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is not { } parameter || argument.IsImplicit || KindOf(parameter.Type) is var kind && kind == ValueKind.None ||
                    !IsEdgeArgument(argument.Value, kind, parameter.Type))
                {
                    continue;
                }

                if (!production.IsProductionMember(target))
                {
                    break;
                }

                facts.Cover(target, parameter.Ordinal);
            }
        }

        private static void Decide(CompilationAnalysisContext context, Facts facts)
        {
            foreach (var candidate in facts.Candidates)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                StringBuilder? message = null;
                foreach (var gap in candidate.Gaps)
                {
                    if (IsCoveredElsewhere(gap, facts))
                    {
                        continue;
                    }

                    message = message is null ? new StringBuilder() : message.Append("; ");
                    message.Append('\'').Append(gap.Parameter.Name).Append("' never gets ").Append(MissingKinds(gap.Kind, gap.Parameter.Type));
                }

                if (message is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA3006DataDrivenTestHasNoEdgeCases,
                        candidate.Test.Locations[0],
                        candidate.Test.Name,
                        candidate.Rows,
                        message.ToString()));
                }
            }
        }

        /// <summary>Every member the parameter reaches as it is gets an edge value for that parameter from some test of the suite.</summary>
        private static bool IsCoveredElsewhere(Gap gap, Facts facts)
        {
            if (gap.Targets.Count == 0)
            {
                return false;
            }

            foreach (var (member, ordinal) in gap.Targets)
            {
                if (member is null || !facts.IsCovered(member, ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static ValueKind KindOf(ITypeSymbol type) => ScalarKinds.Of(type) switch
        {
            ScalarKind.String => ValueKind.String,
            ScalarKind.Integer => ValueKind.Integer,
            ScalarKind.Unsigned => ValueKind.Unsigned,
            ScalarKind.Floating => ValueKind.Floating,
            _ => type is IArrayTypeSymbol ? ValueKind.Collection : ValueKind.None,
        };

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

            return IsEdgeValue(value.Value, kind, type);
        }

        /// <summary>An argument written as an edge value: a constant (<c>null</c>, <c>""</c>, <c>0</c>, <c>-1</c>, <c>int.MaxValue</c>), <c>default</c>,
        /// <c>string.Empty</c>, or an empty array (<c>new int[0]</c>, <c>Array.Empty&lt;T&gt;()</c>).</summary>
        private static bool IsEdgeArgument(IOperation argument, ValueKind kind, ITypeSymbol type)
        {
            var value = OperationQueries.Unwrap(argument);
            if (value.ConstantValue.HasValue)
            {
                return IsEdgeValue(value.ConstantValue.Value, kind, type);
            }

            switch (value)
            {
                case IDefaultValueOperation:
                    return true;
                case IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } }:
                    return kind == ValueKind.String;
                case IArrayCreationOperation creation:
                    return kind == ValueKind.Collection &&
                        (creation.Initializer is { ElementValues.IsEmpty: true } ||
                         (creation.Initializer is null && creation.DimensionSizes.Length == 1 && creation.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 }));
                case IInvocationOperation { TargetMethod: { Name: "Empty", IsStatic: true, Parameters.IsEmpty: true } }:
                    return kind == ValueKind.Collection;
            }

            return false;
        }

        private static bool IsEdgeValue(object? value, ValueKind kind, ITypeSymbol type)
        {
            switch (value)
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
            if (value is IConvertible convertible && value is not bool && value is not char)
            {
                if (value is ulong unsignedLong)
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
