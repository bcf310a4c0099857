using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace RealismAnalyzers.Model
{
    /// <summary>
    /// The testing world of one compilation: which methods are tests, what an invocation means
    /// (assertion, verification, double creation or configuration), which methods assert.
    /// Built once per compilation and shared by every analyzer; every answer is cached.
    /// </summary>
    internal sealed partial class TestingModel
    {
        private static readonly ConditionalWeakTable<Compilation, TestingModel> s_models = new ConditionalWeakTable<Compilation, TestingModel>();
        private static readonly ConditionalWeakTable<Compilation, TestingModel>.CreateValueCallback s_create = c => new TestingModel(c);

        private static readonly ImmutableArray<(string Assembly, TestFramework Framework)> s_frameworkAssemblies = ImmutableArray.Create(
            ("xunit.core", TestFramework.XUnit),
            ("xunit.v3.core", TestFramework.XUnit),
            ("nunit.framework", TestFramework.NUnit),
            ("Microsoft.VisualStudio.TestPlatform.TestFramework", TestFramework.MSTest),
            ("MSTest.TestFramework", TestFramework.MSTest),
            ("TUnit.Core", TestFramework.TUnit));

        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _semanticModels =
            new ConcurrentDictionary<SyntaxTree, SemanticModel>();

        private TestingModel(Compilation compilation)
        {
            Compilation = compilation;
            Frameworks = FindFrameworks(compilation);
            Tests = new TestCatalog(this);
            Assertions = new AssertionService(this);
            Doubles = new DoubleService(this);
            FailureSetups = new FailureSetupService(this);
            ClockAndTasks = new ClockAndTaskService(this);
        }

        /// <summary>What is a test, test code and production code.</summary>
        public TestCatalog Tests { get; }

        /// <summary>What asserts, what it compares, whether it can fail.</summary>
        public AssertionService Assertions { get; }

        /// <summary>Test doubles: creation, storage, configuration, verification, answers.</summary>
        public DoubleService Doubles { get; }

        /// <summary>Doubles made to fail, expected exceptions, outcome checks, data-driven values.</summary>
        public FailureSetupService FailureSetups { get; }

        /// <summary>Sleeps, the wall clock, random sources and tasks.</summary>
        public ClockAndTaskService ClockAndTasks { get; }

        public Compilation Compilation { get; }

        /// <summary>The test frameworks the compilation references.</summary>
        public ImmutableArray<TestFramework> Frameworks { get; }

        public bool HasTestFramework => !Frameworks.IsDefaultOrEmpty;

        internal KnownTypeCatalog Types { get; } = new KnownTypeCatalog();

        internal TestAttributeCatalog Attributes { get; } = new TestAttributeCatalog();

        /// <summary>The Model of <paramref name="compilation"/>, or null when it references no test framework.</summary>
        public static TestingModel? For(Compilation compilation)
        {
            var model = s_models.GetValue(compilation, s_create);
            return model.HasTestFramework ? model : null;
        }

        private static ImmutableArray<TestFramework> FindFrameworks(Compilation compilation)
        {
            var builder = ImmutableArray.CreateBuilder<TestFramework>();
            foreach (var assembly in compilation.ReferencedAssemblyNames)
            {
                foreach (var (name, framework) in s_frameworkAssemblies)
                {
                    if (string.Equals(assembly.Name, name, System.StringComparison.OrdinalIgnoreCase) && !builder.Contains(framework))
                    {
                        builder.Add(framework);
                    }
                }
            }

            return builder.ToImmutable();
        }

        /// <summary>The operation of a declaration in this compilation (method body, initializer), or null.</summary>
        internal IOperation? GetOperation(SyntaxNode node, CancellationToken cancellationToken)
        {
            if (!Compilation.ContainsSyntaxTree(node.SyntaxTree))
            {
                return null;
            }

            var semanticModel = _semanticModels.GetOrAdd(node.SyntaxTree, tree =>
            {
                // Cross-method questions (does this helper assert?) need the helper's operations.
#pragma warning disable RS1030 // Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer
                return Compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
            });
            return semanticModel.GetOperation(node, cancellationToken);
        }
    }
}
