using System;
using System.Collections.Concurrent;
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
            context.RegisterSymbolStartAction(
                start =>
                {
                    var type = (INamedTypeSymbol)start.Symbol;
                    if (type.TypeKind != TypeKind.Class || !model.Tests.IsInTestClass(type))
                    {
                        return;
                    }

                    // A double held in a field of this class is used across its members. Which members use it is read at the class's end
                    // from the operations the driver hands to the blocks below: asking the Model for them while the driver is still
                    // analysing the class would bind every member of every test class a second time.
                    var roots = new ConcurrentDictionary<IOperation, bool>();
                    var classWide = new ConcurrentQueue<(DoubleSite Site, INamedTypeSymbol Doubled, AnalyzerOptions Options)>();
                    start.RegisterOperationBlockAction(block =>
                    {
                        if (SymbolEqualityComparer.Default.Equals(block.OwningSymbol.ContainingType, type))
                        {
                            foreach (var operation in block.OperationBlocks)
                            {
                                roots.TryAdd(TestBodies.RootOf(operation), true);
                            }
                        }
                    });

                    start.RegisterOperationAction(
                        operation =>
                        {
                            var containingType = operation.ContainingSymbol.ContainingType ?? operation.ContainingSymbol as INamedTypeSymbol;
                            if (!SymbolEqualityComparer.Default.Equals(containingType, type) || !model.Doubles.TryGetDoubleSite(operation.Operation, out var site) ||
                                site.Double.DoubledType is not INamedTypeSymbol { TypeKind: TypeKind.Class } doubled)
                            {
                                return;
                            }

                            if (site.Holder is IFieldSymbol or IPropertySymbol && SymbolEqualityComparer.Default.Equals(site.Holder.ContainingType, type))
                            {
                                classWide.Enqueue((site, doubled, operation.Options));
                                return;
                            }

                            // A double stored nowhere is used by the expression that creates it (Substitute.For<T>().Member(), new Mock<T>().Object passed on).
                            var references = site.Holder is null
                                ? ImmutableArray.Create(model.Doubles.ClassifyDoubleReference(site.Stored, site.HolderIsWrapper))
                                : model.Doubles.GetDoubleReferences(site, operation.CancellationToken);
                            Judge(model, type, site, doubled, references, operation.Options, operation.ReportDiagnostic, operation.CancellationToken);
                        },
                        OperationKind.ObjectCreation,
                        OperationKind.Invocation);

                    start.RegisterSymbolEndAction(end =>
                    {
                        if (classWide.IsEmpty)
                        {
                            return;
                        }

                        var index = ReferenceIndex.Build(ImmutableArray.CreateRange(roots.Keys), membersOnly: true, end.CancellationToken);
                        foreach (var (site, doubled, options) in classWide)
                        {
                            Judge(model, type, site, doubled, model.Doubles.GetDoubleReferences(site, index), options, end.ReportDiagnostic, end.CancellationToken);
                        }
                    });
                },
                SymbolKind.NamedType);
        }

        private static void Judge(
            TestingModel model,
            INamedTypeSymbol testClass,
            DoubleSite site,
            INamedTypeSymbol doubled,
            ImmutableArray<DoubleReference> references,
            AnalyzerOptions options,
            Action<Diagnostic> report,
            System.Threading.CancellationToken cancellationToken)
        {
            var use = ReadUse(model, site, references);

            // A partial double nothing is configured on runs the real code of every member: it is the cheapest concrete subclass
            // of an abstract class, not a hybrid, and the test exercises the class's own code.
            if (use.Partial && !use.Configured)
            {
                return;
            }

            // A double of the class under test counts when the test makes it act (calls, configures or verifies its members); one
            // only handed to real code as a value (assigned to a static property, compared by reference) stands in for nothing.
            if ((TestCatalog.IsTestClassNamedAfter(testClass, doubled.Name) && use.Exercised) ||
                IsPartialDoubleUnderTest(model, use, options, cancellationToken))
            {
                report(Diagnostic.Create(
                    Descriptors.RA2002DoubleOfClassUnderTest,
                    site.Creation.Syntax.GetLocation(),
                    doubled.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)));
            }
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

        private static DoubleUse ReadUse(TestingModel model, DoubleSite site, ImmutableArray<DoubleReference> references)
        {
            var partial = site.Double.IsPartial;
            var configured = model.Doubles.IsConfiguredAtCreation(site);
            var exercised = configured;
            IOperation? memberCall = null;
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

            if (enclosing is not IMethodSymbol method || !model.Tests.IsTestMethod(method))
            {
                return false;
            }

            return model.Assertions.ContainsCheck(root, model.Assertions.GetConventions(options, root.Syntax.SyntaxTree), cancellationToken);
        }
    }
}
