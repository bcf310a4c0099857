using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Mocking
{
    /// <summary>RA2001: a test that uses more test doubles than <c>realism.RA2001.max_test_doubles</c> (its own plus the setup's it names itself).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA2001TooManyTestDoubles : RealismAnalyzer
    {
        public const int DefaultMaxTestDoubles = 4;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA2001TooManyTestDoubles);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            var limits = new ConcurrentDictionary<SyntaxTree, int>();
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { IsSkipped: false } ||
                    TestBodies.FindBody(block.OperationBlocks) is not { } body || OperationQueries.HasErrors(body))
                {
                    return;
                }

                var cancellationToken = block.CancellationToken;
                var tree = body.Syntax.SyntaxTree;
                var max = limits.GetOrAdd(tree, t => ReadLimit(block.Options, t));
                var count = model.Tests.FactsOf(body, model.Assertions.GetConventions(block.Options, tree)).DoubleSites(cancellationToken).Length;

                var setup = model.Doubles.GetSetupDoubles(method.ContainingType, cancellationToken);
                if (!setup.Doubles.IsEmpty && count + setup.Doubles.Length > max)
                {
                    // A setup double counts when the test (or a helper it calls) names where it is stored: it creates, configures, verifies
                    // or reads it. Doubles setup only built into something else (the class under test, another double's answer) do not.
                    var touched = model.Doubles.GetTouchedSetupSymbols(method, body, setup, cancellationToken);
                    HashSet<ISymbol>? counted = null;
                    foreach (var site in setup.Doubles)
                    {
                        if (site.Holder is { } holder && touched.Contains(holder) && (counted ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(holder))
                        {
                            count++;
                        }
                    }
                }

                if (count > max)
                {
                    block.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA2001TooManyTestDoubles,
                        method.Locations[0],
                        method.Name,
                        count.ToString(CultureInfo.InvariantCulture),
                        max.ToString(CultureInfo.InvariantCulture)));
                }
            });
        }

        private static int ReadLimit(AnalyzerOptions options, SyntaxTree tree) =>
            RealismOptions.GetCount(options, tree, RealismOptions.RA2001MaxTestDoubles, DefaultMaxTestDoubles, minimum: 0);
    }
}
