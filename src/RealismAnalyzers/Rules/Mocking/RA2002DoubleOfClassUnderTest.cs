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

                    var use = ReadUse(model, site, operation.CancellationToken);

                    // A partial double nothing is configured on runs the real code of every member: it is the cheapest concrete subclass
                    // of an abstract class, not a hybrid, and the test exercises the class's own code.
                    if (use.Partial && !use.Configured)
                    {
                        return;
                    }

                    // A double of the class under test counts when the test makes it act (calls, configures or verifies its members); one
                    // only handed to real code as a value (assigned to a static property, compared by reference) stands in for nothing.
                    if ((TestingModel.IsTestClassNamedAfter(containingType, doubled.Name) && use.Exercised) ||
                        IsPartialDoubleUnderTest(model, use, operation.Options, operation.CancellationToken))
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

        /// <summary>What the test code does with a double: its references read once for both questions of the rule.</summary>
        private readonly struct DoubleUse
        {
            public DoubleUse(bool partial, bool configured, bool exercised, IOperation? memberCall)
            {
                Partial = partial;
                Configured = configured;
                Exercised = exercised;
                MemberCall = memberCall;
            }

            /// <summary>Runs its real implementation unless configured (Moq <c>CallBase</c>, <c>ForPartsOf</c>, <c>CallsBaseMethods</c>).</summary>
            public bool Partial { get; }

            /// <summary>A member is configured (beyond switching to the real implementation) or verified.</summary>
            public bool Configured { get; }

            /// <summary>A member is configured, verified or called by the test code.</summary>
            public bool Exercised { get; }

            /// <summary>The first call of one of its members outside a configuration or verification.</summary>
            public IOperation? MemberCall { get; }
        }

        private static DoubleUse ReadUse(TestingModel model, DoubleSite site, System.Threading.CancellationToken cancellationToken)
        {
            var partial = site.Double.IsPartial;
            var configured = model.IsConfiguredAtCreation(site);
            var exercised = configured;
            IOperation? memberCall = null;

            // A double stored nowhere is used by the expression that creates it (Substitute.For<T>().Member(), new Mock<T>().Object passed on).
            var references = site.Holder is null
                ? ImmutableArray.Create(model.ClassifyDoubleReference(site.Stored, site.HolderIsWrapper))
                : model.GetDoubleReferences(site, cancellationToken);
            foreach (var reference in references)
            {
                partial |= reference.CallsBase;
                switch (reference.Kind)
                {
                    case DoubleReferenceKind.Configuration when !reference.CallsBase:
                    case DoubleReferenceKind.Verification:
                        configured = true;
                        exercised = true;
                        break;
                    case DoubleReferenceKind.MemberCall:
                        memberCall ??= reference.Reference;
                        exercised = true;
                        break;
                }
            }

            return new DoubleUse(partial, configured, exercised, memberCall);
        }

        /// <summary>A partial double (real implementation unless configured) whose own members the test calls, in a test that asserts.</summary>
        private static bool IsPartialDoubleUnderTest(TestingModel model, DoubleUse use, AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
        {
            var memberCall = use.MemberCall;
            if (!use.Partial || memberCall is null)
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
