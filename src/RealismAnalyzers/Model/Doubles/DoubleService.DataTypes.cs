using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>What kind of plain data a doubled type is (RA2003).</summary>
    internal enum DataTypeKind
    {
        None = 0,
        Record,

        /// <summary>A class whose instance members are only auto-properties and fields.</summary>
        Dto,
        String,
        Collection,
        Array,
    }

    internal sealed partial class DoubleService
    {
        /// <summary>RA2005's table of types with a real or ready-made test implementation (extensible through .editorconfig).</summary>
        internal ReadyMadeFakeCatalog ReadyMadeFakes { get; } = new ReadyMadeFakeCatalog();

        /// <summary>
        /// Whether <paramref name="type"/> is plain data that needs no double: a record, a DTO (only auto-properties and
        /// fields, no behaviour), <c>string</c>, an array or a BCL collection type.
        /// </summary>
        public static DataTypeKind GetDataTypeKind(ITypeSymbol type)
        {
            switch (type)
            {
                case IArrayTypeSymbol:
                    return DataTypeKind.Array;
                case INamedTypeSymbol named:
                    if (named.SpecialType == SpecialType.System_String)
                    {
                        return DataTypeKind.String;
                    }

                    if (IsCollectionType(named))
                    {
                        return DataTypeKind.Collection;
                    }

                    if (named.TypeKind != TypeKind.Class || named.DeclaringSyntaxReferences.IsDefaultOrEmpty && !named.IsRecord)
                    {
                        // Only the user's own classes are judged by shape: a library class's members are not all visible as written.
                        return DataTypeKind.None;
                    }

                    if (named.IsRecord)
                    {
                        return DataTypeKind.Record;
                    }

                    return IsDto(named, 0) ? DataTypeKind.Dto : DataTypeKind.None;
            }

            return DataTypeKind.None;
        }

        /// <summary>The BCL collection types (generic and not) of <c>System.Collections(.Generic)</c>.</summary>
        internal static bool IsCollectionType(INamedTypeSymbol type)
        {
            var ns = KnownTypeCatalog.NamespaceOf(type);
            if (ns == "System.Collections.Generic")
            {
                switch (type.MetadataName)
                {
                    case "List`1":
                    case "IList`1":
                    case "ICollection`1":
                    case "IEnumerable`1":
                    case "IReadOnlyList`1":
                    case "IReadOnlyCollection`1":
                    case "Dictionary`2":
                    case "IDictionary`2":
                    case "IReadOnlyDictionary`2":
                    case "HashSet`1":
                    case "ISet`1":
                    case "IReadOnlySet`1":
                        return true;
                }
            }

            if (ns == "System.Collections")
            {
                switch (type.MetadataName)
                {
                    case "IEnumerable":
                    case "IList":
                    case "ICollection":
                    case "IDictionary":
                        return true;
                }
            }

            return false;
        }

        private static bool IsDto(INamedTypeSymbol type, int depth)
        {
            if (depth > 8 || !StackGuard.IsSufficient())
            {
                return false;
            }

            var dataMembers = 0;
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared)
                {
                    continue;
                }

                switch (member)
                {
                    case IFieldSymbol field:
                        if (field.AssociatedSymbol is null)
                        {
                            dataMembers++;
                        }

                        break;
                    case IPropertySymbol property:
                        if (!IsAutoProperty(property))
                        {
                            return false;
                        }

                        dataMembers++;
                        break;
                    case IMethodSymbol method:
                        if (method.MethodKind == MethodKind.Constructor)
                        {
                            continue;
                        }

                        if (method.MethodKind == MethodKind.PropertyGet || method.MethodKind == MethodKind.PropertySet)
                        {
                            continue;
                        }

                        return false;
                    case INamedTypeSymbol:
                        continue;
                    default:
                        // Events and anything else are behaviour.
                        return false;
                }
            }

            var baseType = type.BaseType;
            if (baseType is null || baseType.SpecialType == SpecialType.System_Object)
            {
                return dataMembers > 0;
            }

            return !baseType.DeclaringSyntaxReferences.IsDefaultOrEmpty && IsDto(baseType, depth + 1);
        }

        // An auto-property has a compiler-generated backing field; the symbol API shows it as a field whose AssociatedSymbol is the property.
        private static bool IsAutoProperty(IPropertySymbol property)
        {
            if (property.IsIndexer)
            {
                return false;
            }

            foreach (var member in property.ContainingType.GetMembers())
            {
                if (member is IFieldSymbol { IsImplicitlyDeclared: true } field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
