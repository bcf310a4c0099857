using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Mocking
{
    /// <summary>RA2004: an assertion whose checked value is what a test double answered, with no production code in between.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RA2004AssertionChecksDoubleAnswer : RealismAnalyzer
    {
        private const int MaxShownLength = 60;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RA2004AssertionChecksDoubleAnswer);

        private protected override TestingLibraryKinds Judges => TestingLibraryKinds.Doubles;

        private protected override void Register(CompilationStartAnalysisContext context, TestingModel model)
        {
            context.RegisterOperationBlockAction(block =>
            {
                if (block.OwningSymbol is not IMethodSymbol method || model.Tests.GetTestInfo(method) is not { IsSkipped: false } ||
                    TestBodies.FindBody(block.OperationBlocks) is not { } body || OperationQueries.HasErrors(body))
                {
                    return;
                }

                HashSet<IOperation>? reported = null;
                foreach (var call in model.Tests.FactsOf(body, model.Assertions.GetConventions(block.Options, body.Syntax.SyntaxTree)).Calls)
                {
                    block.CancellationToken.ThrowIfCancellationRequested();
                    // The value an assertion checks (its "actual" side); exception assertions check what the code threw, not a value.
                    var invocation = call.Invocation;
                    if (call.Info.Role != InvocationRole.Assertion || call.Info.Kind == AssertionKind.Throws ||
                        model.Assertions.GetAssertedValue(invocation) is not { } value)
                    {
                        continue;
                    }

                    // One report per checked value: x.Should().NotBeNull().And.Be(5) is one assertion chain.
                    if (reported?.Contains(value) == true || !model.Doubles.IsDoubleAnswer(value, block.CancellationToken))
                    {
                        continue;
                    }

                    (reported ??= new HashSet<IOperation>()).Add(value);
                    block.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.RA2004AssertionChecksDoubleAnswer,
                        invocation.Syntax.GetLocation(),
                        Shorten(value.Syntax.ToString())));
                }
            });
        }

        private static string Shorten(string text)
        {
            text = text.Replace("\r", string.Empty).Replace("\n", " ");
            return text.Length <= MaxShownLength ? text : text.Substring(0, MaxShownLength - 1) + "…";
        }
    }
}
