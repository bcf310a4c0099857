using Microsoft.CodeAnalysis.Diagnostics;
using RealismAnalyzers.Model;

namespace RealismAnalyzers
{
    /// <summary>
    /// The one shape of every RealismAnalyzers rule: concurrent, no generated code, and nothing at all
    /// registered for a compilation that references no test framework.
    /// </summary>
    public abstract class RealismAnalyzer : DiagnosticAnalyzer
    {
        public sealed override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var model = TestingModel.For(start.Compilation);
                if (model is not null && AppliesTo(model))
                {
                    Register(start, model);
                }
            });
        }

        /// <summary>
        /// The kinds of testing library whose use the rule judges. In the test suite of such a library (NSubstitute's own specs,
        /// TUnit's own tests) the library is the product: its calls are what the suite tests, not a test's doubles or assertions,
        /// and the rule has nothing to say. A framework's own suite is the framework's fixtures and checks, so no rule applies there.
        /// </summary>
        private protected virtual TestingLibraryKinds Judges => TestingLibraryKinds.None;

        private bool AppliesTo(TestingModel model)
        {
            var underTest = model.Tests.LibrariesUnderTest;
            return (underTest & (TestingLibraryKinds.Framework | Judges)) == 0;
        }

        /// <summary>Registers the rule's actions for a compilation that has tests; <paramref name="model"/> answers every testing question.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext context, TestingModel model);
    }
}
