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
                if (model is not null)
                {
                    Register(start, model);
                }
            });
        }

        /// <summary>Registers the rule's actions for a compilation that has tests; <paramref name="model"/> answers every testing question.</summary>
        private protected abstract void Register(CompilationStartAnalysisContext context, TestingModel model);
    }
}
