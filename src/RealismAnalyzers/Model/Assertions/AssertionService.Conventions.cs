using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RealismAnalyzers.Model
{
    internal sealed partial class AssertionService
    {
        private readonly ConcurrentDictionary<(string?, string?), AssertionConventions> _conventions =
            new ConcurrentDictionary<(string?, string?), AssertionConventions>();

        // ---------------------------------------------------------------- conventions

        /// <summary>The user's assertion conventions in force for <paramref name="tree"/>.</summary>
        public AssertionConventions GetConventions(AnalyzerOptions options, SyntaxTree tree)
        {
            // Asked by several rules for every test: the answer is kept per options provider (a new one comes with new .editorconfig) and tree.
            var byTree = _conventionsByTree.GetValue(options.AnalyzerConfigOptionsProvider, s_newConventionsByTree);
            if (byTree.TryGetValue(tree, out var conventions))
            {
                return conventions;
            }

            return byTree.GetOrAdd(tree, ReadConventions(options, tree));
        }

        private static readonly ConditionalWeakTable<AnalyzerConfigOptionsProvider, ConcurrentDictionary<SyntaxTree, AssertionConventions>>.CreateValueCallback s_newConventionsByTree =
            _ => new ConcurrentDictionary<SyntaxTree, AssertionConventions>();

        private readonly ConditionalWeakTable<AnalyzerConfigOptionsProvider, ConcurrentDictionary<SyntaxTree, AssertionConventions>> _conventionsByTree =
            new ConditionalWeakTable<AnalyzerConfigOptionsProvider, ConcurrentDictionary<SyntaxTree, AssertionConventions>>();

        private AssertionConventions ReadConventions(AnalyzerOptions options, SyntaxTree tree)
        {
            var prefixes = RealismOptions.GetText(options, tree, RealismOptions.AssertionPrefixes);
            var methods = RealismOptions.GetText(options, tree, RealismOptions.AssertionMethods);
            return _conventions.GetOrAdd((prefixes, methods), key => new AssertionConventions(key.Item1, key.Item2));
        }
    }
}
