using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Mocking
{
    /// <summary>RA2007: a test double that is never passed, stored, returned or invoked beyond its own setup and verification calls.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA2007UnusedTestDouble : RealismAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA2007UnusedTestDouble);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            // Doubles held in locals (or not held at all) of tests and setup members.
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || !(model.Tests.IsTestMethod(method) || model.Tests.IsSetupMember(method)) ||
                    TestBodies.FindBody(block.OperationBlocks) is not { } body)
                {
                    return;
                }

                var inSetup = !model.Tests.IsTestMethod(method);
                var facts = model.Tests.FactsOf(body, model.Assertions.GetConventions(block.Options, body.Syntax.SyntaxTree));
                foreach (var site in facts.DoubleSites(block.CancellationToken))
                {
                    if (site.Holder is IFieldSymbol or IPropertySymbol)
                    {
                        continue;
                    }

                    if (FindUnused(model, site, block.CancellationToken) is { } plan)
                    {
                        Report(block.ReportDiagnostic, site, plan, inSetup);
                    }
                }
            });

            // Doubles held in fields and properties of a test class: unused when no member of the class uses them. The members'
            // operations are the ones the driver hands to the operation-block actions below: asking the Model for them instead
            // would bind every member of every test class a second time.
            context.RegisterSymbolStartAction(
                start =>
                {
                    var type = (INamedTypeSymbol)start.Symbol;
                    if (type.TypeKind != TypeKind.Class || !model.Tests.IsInTestClass(type))
                    {
                        return;
                    }

                    var roots = new ConcurrentDictionary<IOperation, bool>();
                    start.RegisterOperationBlockAction(block =>
                    {
                        if (!SymbolEqualityComparer.Default.Equals(block.OwningSymbol.ContainingType, type))
                        {
                            return;
                        }

                        foreach (var operation in block.OperationBlocks)
                        {
                            roots.TryAdd(TestBodies.RootOf(operation), true);
                        }
                    });

                    start.RegisterSymbolEndAction(end =>
                    {
                        ReferenceIndex? scope = null;
                        foreach (var site in model.Doubles.GetSetupDoubles(type, end.CancellationToken).Doubles)
                        {
                            if (site.Holder is not (IFieldSymbol or IPropertySymbol) || !SymbolEqualityComparer.Default.Equals(site.Holder.ContainingType, type) ||
                                !(site.Holder.DeclaredAccessibility == Accessibility.Private || type.IsSealed))
                            {
                                continue;
                            }

                            scope ??= ReferenceIndex.Build(InSourceOrder(roots.Keys), membersOnly: true, end.CancellationToken);
                            if (FindUnused(model, site, end.CancellationToken, scope) is { } plan)
                            {
                                Report(end.ReportDiagnostic, site, plan, inSetup: true);
                            }
                        }
                    });
                },
                SymbolKind.NamedType);
        }

        // The driver hands the blocks over in any order (concurrently); the fix plan lists removals in source order.
        private static ImmutableArray<IOperation> InSourceOrder(IEnumerable<IOperation> roots)
        {
            var sorted = new List<IOperation>(roots);
            sorted.Sort((x, y) =>
            {
                var byTree = string.CompareOrdinal(x.Syntax.SyntaxTree.FilePath, y.Syntax.SyntaxTree.FilePath);
                return byTree != 0 ? byTree : x.Syntax.SpanStart.CompareTo(y.Syntax.SpanStart);
            });
            return ImmutableArray.CreateRange(sorted);
        }

        private static void Report(System.Action<Diagnostic> report, DoubleSite site, DoubleFixPlan plan, bool inSetup) =>
            report(Diagnostic.Create(
                Descriptors.RA2007UnusedTestDouble,
                site.Creation.Syntax.GetLocation(),
                plan.AdditionalLocations,
                plan.Properties,
                site.Double.DoubledType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                inSetup ? " in the class's setup" : string.Empty));

        /// <summary>A plan removing the unused double (no removals when it cannot be removed mechanically), or null when the double is used.</summary>
        /// <param name="scope">Where the holder can be referenced, when the caller has it; else the Model finds it.</param>
        private static DoubleFixPlan? FindUnused(TestingModel model, DoubleSite site, CancellationToken cancellationToken, ReferenceIndex? scope = null)
        {
            // Freeze<Mock<T>>() registers the double with an auto-mocker; a using disposes it: both use it without naming it again.
            if (model.Doubles.IsRegisteredAtCreation(site) || IsDisposedByUsing(site))
            {
                return null;
            }

            var plan = new DoubleFixPlan();
            var removable = true;
            var stored = Outer(site.Stored);
            if (site.Holder is null)
            {
                // new Mock<T>(); or _ = Substitute.For<T>(); as a statement of its own.
                if (stored.Parent is IExpressionStatementOperation statement)
                {
                    plan.Remove(statement.Syntax);
                    return plan;
                }

                if (stored.Parent is ISimpleAssignmentOperation { Target: IDiscardOperation, Parent: IExpressionStatementOperation discard })
                {
                    plan.Remove(discard.Syntax);
                    return plan;
                }

                return null;
            }

            if (site.Holder is not (ILocalSymbol or IFieldSymbol or IPropertySymbol))
            {
                return null;
            }

            foreach (var reference in (scope is null ? model.Doubles.GetDoubleReferences(site, cancellationToken) : model.Doubles.GetDoubleReferences(site, scope)))
            {
                switch (reference.Kind)
                {
                    case DoubleReferenceKind.Configuration or DoubleReferenceKind.Verification when model.Doubles.IsInHandedOverAction(reference.Top):
                        // Assert.Throws(() => sub.Get().Returns(1)): configuring (or verifying) the double is the act the test runs.
                        return null;
                    case DoubleReferenceKind.Definition:
                    case DoubleReferenceKind.Configuration:
                        if (reference.Top.Parent is IExpressionStatementOperation statement)
                        {
                            plan.Remove(statement.Syntax);
                        }
                        else
                        {
                            removable = false;
                        }

                        break;
                    case DoubleReferenceKind.Verification:
                        // Removing a check changes what the test asserts: reported, but left to the author.
                        removable = false;
                        break;
                    default:
                        return null;
                }
            }

            var declaration = Declaration(site, stored);
            if (declaration is null)
            {
                removable = false;
            }
            else
            {
                plan.Remove(declaration);
            }

            return removable ? plan : new DoubleFixPlan();
        }

        /// <summary>The statement or member declaration that holds the double: <c>var m = ...;</c>, <c>m = ...;</c>, or the field.</summary>
        private static SyntaxNode? Declaration(DoubleSite site, IOperation stored)
        {
            switch (stored.Parent)
            {
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Parent: IVariableDeclarationOperation { Declarators.Length: 1, Parent: IVariableDeclarationGroupOperation group } } }:
                    return group.Syntax is LocalDeclarationStatementSyntax ? group.Syntax : null;
                case ISimpleAssignmentOperation { Parent: IExpressionStatementOperation statement }:
                    // The assignment statement is removed with the references; a field or local declared elsewhere must go too.
                    return DeclarationOfHolder(site.Holder) ?? statement.Syntax;
                case IFieldInitializerOperation or IPropertyInitializerOperation:
                    return DeclarationOfHolder(site.Holder);
            }

            return null;
        }

        private static SyntaxNode? DeclarationOfHolder(ISymbol? holder)
        {
            if (holder is null || holder.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            var node = holder.DeclaringSyntaxReferences[0].GetSyntax();
            return node switch
            {
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax field } } => field,
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax local } } => local,
                PropertyDeclarationSyntax property => property,
                _ => null,
            };
        }

        private static IOperation Outer(IOperation operation)
        {
            while (operation.Parent is IConversionOperation or IParenthesizedOperation)
            {
                operation = operation.Parent;
            }

            return operation;
        }

        /// <summary>
        /// True when the double is the resource of a <c>using</c> statement or declaration (<c>await using</c> included): the block's end
        /// calls its <c>Dispose</c>/<c>DisposeAsync</c>.
        /// </summary>
        private static bool IsDisposedByUsing(DoubleSite site)
        {
            for (IOperation? current = site.Stored.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case IConversionOperation or IParenthesizedOperation or IVariableInitializerOperation or IVariableDeclaratorOperation or
                        IVariableDeclarationOperation or IVariableDeclarationGroupOperation:
                        continue;
                    case IUsingOperation or IUsingDeclarationOperation:
                        return true;
                }

                return false;
            }

            return false;
        }
    }
}
