using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>The kinds of simple value whose edges (empty text, zero, a negative, the extremes) a test can reach.</summary>
    internal enum ScalarKind
    {
        None = 0,
        String,

        /// <summary>Signed whole numbers, and <c>decimal</c> (their edges are zero and the negatives).</summary>
        Integer,
        Unsigned,
        Floating,
    }

    /// <summary>What kind of simple value a type holds: one definition for the rules and queries that reason about edge values.</summary>
    internal static class ScalarKinds
    {
        /// <summary>The kind of <paramref name="type"/>, seen through <c>Nullable&lt;T&gt;</c>.</summary>
        public static ScalarKind Of(ITypeSymbol type)
        {
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T && type is INamedTypeSymbol { TypeArguments.Length: 1 } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return ScalarKind.String;
                case SpecialType.System_SByte:
                case SpecialType.System_Int16:
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_Decimal:
                    return ScalarKind.Integer;
                case SpecialType.System_Byte:
                case SpecialType.System_UInt16:
                case SpecialType.System_UInt32:
                case SpecialType.System_UInt64:
                    return ScalarKind.Unsigned;
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return ScalarKind.Floating;
                default:
                    return ScalarKind.None;
            }
        }

        /// <summary>True for every numeric type (nullable or not).</summary>
        public static bool IsNumber(ITypeSymbol type) => Of(type) is ScalarKind.Integer or ScalarKind.Unsigned or ScalarKind.Floating;
    }
}
