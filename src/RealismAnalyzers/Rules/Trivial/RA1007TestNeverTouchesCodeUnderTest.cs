using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Trivial
{
    /// <summary>RA1007: a test that uses only the BCL, test libraries and the test project's own types (the "import test").</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA1007TestNeverTouchesCodeUnderTest : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA1007TestNeverTouchesCodeUnderTest);

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { IsSkipped: false } || method.IsAbstract)
                {
                    return;
                }

                var body = TestBodies.FindBody(block.OperationBlocks);
                if (body is null || body.Syntax.ContainsDiagnostics || TestBodies.IsEmpty(body))
                {
                    return;
                }

                // Half-typed code: what the test will touch is not written yet.
                var facts = model.Tests.FactsOf(body, model.Assertions.GetConventions(block.Options, body.Syntax.SyntaxTree));
                if (!facts.BindsFully)
                {
                    return;
                }

                // A test class whose base or state does not bind: its setup may be where the product is used.
                if (HasUnboundState(method.ContainingType))
                {
                    return;
                }

                var scope = model.Tests.GetProductionScope(block.Options, body.Syntax.SyntaxTree);
                foreach (var parameter in method.Parameters)
                {
                    if (scope.TouchesProduction(parameter.Type, block.CancellationToken))
                    {
                        return;
                    }
                }

                // An attribute of the product on the test or its class configures what runs (a priority, a culture, a fixture).
                if (UsesProductAttribute(method, scope, block.CancellationToken))
                {
                    return;
                }

                if (!scope.Touches(body, block.CancellationToken))
                {
                    block.ReportDiagnostic(Diagnostic.Create(Descriptors.RA1007TestNeverTouchesCodeUnderTest, method.Locations[0], method.Name));
                }
            });
        }

        private static bool HasUnboundState(INamedTypeSymbol? type)
        {
            for (var depth = 0; type is not null && depth < 16; type = type.BaseType, depth++)
            {
                if (type.TypeKind == TypeKind.Error || IsUnbound(type))
                {
                    return true;
                }

                foreach (var member in type.GetMembers())
                {
                    var memberType = member switch
                    {
                        IFieldSymbol field => field.Type,
                        IPropertySymbol property => property.Type,
                        _ => null,
                    };
                    if (memberType is not null && IsUnbound(memberType))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsUnbound(ITypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Error)
            {
                return true;
            }

            if (type is INamedTypeSymbol { IsGenericType: true } named)
            {
                foreach (var argument in named.TypeArguments)
                {
                    if (argument.TypeKind == TypeKind.Error)
                    {
                        return true;
                    }
                }
            }

            return type is IArrayTypeSymbol { ElementType.TypeKind: TypeKind.Error };
        }

        private static bool UsesProductAttribute(IMethodSymbol method, ProductionScope scope, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (scope.TouchesProduction(attribute.AttributeClass, cancellationToken))
                {
                    return true;
                }
            }

            for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                foreach (var attribute in type.GetAttributes())
                {
                    if (scope.TouchesProduction(attribute.AttributeClass, cancellationToken))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
