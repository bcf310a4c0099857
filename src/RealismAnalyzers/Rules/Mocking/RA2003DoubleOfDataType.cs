using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Mocking
{
    /// <summary>RA2003: a test double of a record, a DTO, <c>string</c>, an array or a collection type.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA2003DoubleOfDataType : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA2003DoubleOfDataType);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operation =>
                {
                    if (!model.Doubles.TryGetDoubleSite(operation.Operation, out var site) ||
                        !model.Tests.IsInTestClass(operation.ContainingSymbol.ContainingType ?? operation.ContainingSymbol as INamedTypeSymbol))
                    {
                        return;
                    }

                    var doubled = site.Double.DoubledType;
                    var kind = DoubleService.GetDataTypeKind(doubled);
                    if (kind == DataTypeKind.None)
                    {
                        return;
                    }

                    var plan = Plan(model, site, kind, operation.CancellationToken);
                    operation.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA2003DoubleOfDataType,
                        operation.Operation.Syntax.GetLocation(),
                        plan?.AdditionalLocations,
                        plan?.Properties ?? DoubleFixPlan.NoFix,
                        doubled.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                        Describe(kind)));
                },
                OperationKind.ObjectCreation,
                OperationKind.Invocation);
        }

        private static string Describe(DataTypeKind kind) => kind switch
        {
            DataTypeKind.Record => "a record",
            DataTypeKind.Dto => "a class with only properties and fields",
            DataTypeKind.String => "a string",
            DataTypeKind.Array => "an array",
            _ => "a collection",
        };

        private static DoubleFixPlan? Plan(TestingModel model, DoubleSite site, DataTypeKind kind, System.Threading.CancellationToken cancellationToken)
        {
            var semanticModel = site.Creation.SemanticModel;
            if (semanticModel is null)
            {
                return null;
            }

            var position = site.Creation.Syntax.SpanStart;
            string Name(ITypeSymbol type) => DoubleFixPlan.NameAsWritten(type, site.Creation.Syntax, semanticModel, position);

            string? replacement = null;
            string? usingNamespace = null;
            string? typeName = null;
            switch (site.Double.DoubledType)
            {
                case IArrayTypeSymbol { Rank: 1 } array:
                    replacement = "Array.Empty<" + Name(array.ElementType) + ">()";
                    usingNamespace = "System";
                    typeName = "Array";
                    break;

                case INamedTypeSymbol named when kind == DataTypeKind.Collection:
                    replacement = CollectionReplacement(named, Name);
                    usingNamespace = named.IsGenericType ? "System.Collections.Generic" : "System";
                    typeName = replacement?.StartsWith("new ", System.StringComparison.Ordinal) == true
                        ? replacement.Substring(4, replacement.IndexOf('<') - 4)
                        : "Array";
                    break;

                case INamedTypeSymbol named when kind == DataTypeKind.Record || kind == DataTypeKind.Dto:
                    if (!named.IsAbstract && HasAccessibleParameterlessConstructor(named))
                    {
                        replacement = "new " + Name(named) + "()";
                    }

                    break;
            }

            if (replacement is null)
            {
                return null;
            }

            if (usingNamespace is not null && typeName is not null)
            {
                usingNamespace = DoubleFixPlan.UsingIfNeeded(semanticModel, position, typeName, usingNamespace);
            }

            var references = model.Doubles.GetDoubleReferences(site, cancellationToken);
            return DoubleFixPlan.TryReplace(model, site, references, replacement, usingNamespace);
        }

        private static string? CollectionReplacement(INamedTypeSymbol type, System.Func<ITypeSymbol, string> name)
        {
            if (!type.IsGenericType)
            {
                // IEnumerable, IList, ICollection: an empty array is all of them; IDictionary is not.
                return type.MetadataName == "IDictionary" ? null : "Array.Empty<object>()";
            }

            var arguments = new StringBuilder();
            foreach (var argument in type.TypeArguments)
            {
                if (arguments.Length > 0)
                {
                    arguments.Append(", ");
                }

                arguments.Append(name(argument));
            }

            switch (type.MetadataName)
            {
                case "Dictionary`2":
                case "IDictionary`2":
                case "IReadOnlyDictionary`2":
                    return "new Dictionary<" + arguments + ">()";
                case "HashSet`1":
                case "ISet`1":
                case "IReadOnlySet`1":
                    return "new HashSet<" + arguments + ">()";
                default:
                    return "new List<" + arguments + ">()";
            }
        }

        private static bool HasAccessibleParameterlessConstructor(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                {
                    return false;
                }
            }

            foreach (var constructor in type.InstanceConstructors)
            {
                if (constructor.Parameters.IsEmpty && constructor.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
