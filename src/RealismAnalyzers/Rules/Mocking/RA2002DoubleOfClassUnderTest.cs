using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Mocking
{
    /// <summary>
    /// RA2002: a double of the class the test class is named after, or a partial double whose own members
    /// the test calls and then asserts on.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA2002DoubleOfClassUnderTest : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA2002DoubleOfClassUnderTest);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationAction(
                operation =>
                {
                    var containingType = operation.ContainingSymbol.ContainingType ?? operation.ContainingSymbol as INamedTypeSymbol;
                    if (!model.TryGetDoubleSite(operation.Operation, out var site) || !model.IsInTestClass(containingType))
                    {
                        return;
                    }

                    if (site.Double.DoubledType is not INamedTypeSymbol { TypeKind: TypeKind.Class } doubled)
                    {
                        return;
                    }

                    if (TestingModel.IsTestClassNamedAfter(containingType, doubled.Name) || IsPartialDoubleUnderTest(model, site, operation.Options, operation.CancellationToken))
                    {
                        operation.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.RA2002DoubleOfClassUnderTest,
                            operation.Operation.Syntax.GetLocation(),
                            doubled.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
                    }
                },
                OperationKind.ObjectCreation,
                OperationKind.Invocation);
        }

        /// <summary>A partial double (real implementation unless configured) whose own members the test calls, in a test that asserts.</summary>
        private static bool IsPartialDoubleUnderTest(TestingModel model, DoubleSite site, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
        {
            var references = model.GetDoubleReferences(site, cancellationToken);
            var partial = site.Double.IsPartial;
            IOperation? memberCall = null;
            foreach (var reference in references)
            {
                partial |= reference.CallsBase;
                if (reference.Kind == DoubleReferenceKind.MemberCall && memberCall is null)
                {
                    memberCall = reference.Reference;
                }
            }

            if (!partial || memberCall is null)
            {
                return false;
            }

            // The member must be called from a test that checks something.
            var root = memberCall;
            while (root.Parent is not null)
            {
                root = root.Parent;
            }

            var enclosing = root.SemanticModel?.GetEnclosingSymbol(memberCall.Syntax.SpanStart, cancellationToken);
            while (enclosing is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                enclosing = enclosing.ContainingSymbol;
            }

            if (enclosing is not IMethodSymbol method || !model.IsTestMethod(method))
            {
                return false;
            }

            return model.ContainsCheck(root, model.GetConventions(options, root.Syntax.SyntaxTree), cancellationToken);
        }
    }
}
