using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Robustness;

/// <summary>
/// A stack overflow kills the compiler or the IDE host: no try/catch and no AD0001 contains it. So every cycle of calls in the
/// analyzers and the fixes (a method reaching itself directly or through other methods, local functions and lambdas included)
/// must pass through a method that asks <c>StackGuard</c> before it goes deeper, and so quietly gives up where the stack runs
/// short. This test compiles the sources, builds their call graph, removes the guarded methods and finds any cycle left.
/// </summary>
public class RecursionGuardTests
{
    private const string GuardType = "StackGuard";

    [Theory]
    [InlineData("src/RealismAnalyzers")]
    [InlineData("src/RealismAnalyzers.CodeFixes")]
    public void Every_recursive_method_asks_the_stack_guard(string project)
    {
        var compilation = Compile(project);
        var graph = CallGraph(compilation);
        Assert.Contains(graph.Values, node => node.Guarded);

        var unguarded = UnguardedCycles(graph).Select(c => string.Join(" -> ", c.Select(m => $"{m.ContainingType?.Name}.{m.Name}"))).ToList();
        unguarded.Sort(StringComparer.Ordinal);
        Assert.True(unguarded.Count == 0, "Cycles of calls that no StackGuard check interrupts:" + Environment.NewLine + string.Join(Environment.NewLine, unguarded));
    }

    [Fact]
    public void The_check_finds_recursion_through_other_methods_and_local_functions()
    {
        var tree = CSharpSyntaxTree.ParseText("""
            class C
            {
                int A(int n) => n == 0 ? 0 : B(n - 1);
                int B(int n) => A(n);
                int Guarded(int n) { if (!StackGuard.IsSufficient()) return 0; return Guarded(n - 1); }
                int Outer() { return Local(3); int Local(int n) => n == 0 ? 0 : Local(n - 1); }
                int Leaf() => 1;
            }
            static class StackGuard { public static bool IsSufficient() => true; }
            """);
        var compilation = CSharpCompilation.Create("probe", [tree], References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var graph = CallGraph(compilation);
        var recursive = UnguardedCycles(graph).SelectMany(c => c).Select(m => m.Name).OrderBy(n => n).ToList();

        Assert.Equal(["A", "B", "Local"], recursive);
    }

    /// <summary>The cycles left once every guarded method is taken out of the graph (a guard anywhere on a cycle interrupts it).</summary>
    private static List<List<IMethodSymbol>> UnguardedCycles(Dictionary<IMethodSymbol, Node> graph)
    {
        var unguarded = new Dictionary<IMethodSymbol, Node>(SymbolEqualityComparer.Default);
        foreach (var (method, node) in graph)
        {
            if (!node.Guarded)
            {
                unguarded[method] = node;
            }
        }

        return Cycles(unguarded);
    }

    private static CSharpCompilation Compile(string project)
    {
        var folder = Path.Combine(RepoPaths.Root, project);
        var trees = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), f))
            .ToList();
        if (project.EndsWith("CodeFixes", StringComparison.Ordinal))
        {
            // The fixes see the analyzers' internals; compile both together.
            trees.AddRange(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src/RealismAnalyzers"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), f)));
        }

        // The one source the analyzer project generates at build time (RepositoryInfo.g.cs, from an MSBuild property), as it generates it.
        trees.Add(CSharpSyntaxTree.ParseText(
            $"namespace RealismAnalyzers {{ internal static class RepositoryInfo {{ public const string Url = \"{RepositoryInfo.Url}\"; }} }}",
            new CSharpParseOptions(LanguageVersion.Latest),
            "RepositoryInfo.g.cs"));

        var compilation = CSharpCompilation.Create(
            "probe",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));

        // The graph is only as good as the binding: unresolved calls would hide cycles.
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        Assert.True(errors.Count == 0, "The sources do not bind: " + string.Join(Environment.NewLine, errors));
        return compilation;
    }

    private static ImmutableArray<MetadataReference> References()
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToHashSet(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(Compilation).Assembly, typeof(CSharpCompilation).Assembly, typeof(Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider).Assembly, typeof(Microsoft.CodeAnalysis.CSharp.Formatting.CSharpFormattingOptions).Assembly })
        {
            paths.Add(assembly.Location);
        }

        return [.. paths.Where(File.Exists).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private sealed record Node(HashSet<IMethodSymbol> Callees, bool Guarded);

    private static Dictionary<IMethodSymbol, Node> CallGraph(Compilation compilation)
    {
        var graph = new Dictionary<IMethodSymbol, Node>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes())
            {
                ISymbol? symbol = declaration switch
                {
                    BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax => model.GetDeclaredSymbol(declaration),
                    _ => null,
                };
                if (symbol is not IMethodSymbol method)
                {
                    continue;
                }

                var callees = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
                var guarded = false;
                foreach (var node in OwnNodes(declaration))
                {
                    var target = node switch
                    {
                        InvocationExpressionSyntax invocation => model.GetSymbolInfo(invocation).Symbol,
                        BaseObjectCreationExpressionSyntax creation => model.GetSymbolInfo(creation).Symbol,
                        ConstructorInitializerSyntax initializer => model.GetSymbolInfo(initializer).Symbol,
                        IdentifierNameSyntax or MemberAccessExpressionSyntax when node.Parent is not InvocationExpressionSyntax => model.GetSymbolInfo(node).Symbol,
                        _ => null,
                    };
                    switch (target)
                    {
                        case IMethodSymbol called when called.ContainingType?.Name == GuardType:
                            guarded = true;
                            break;
                        case IMethodSymbol called:
                            callees.Add((called.ReducedFrom ?? called).OriginalDefinition);
                            break;
                        case IPropertySymbol { GetMethod: { } getter } property when node is not null && !IsWrittenTo(node):
                            callees.Add(getter.OriginalDefinition);
                            break;
                    }
                }

                graph[method.OriginalDefinition] = new Node(callees, guarded);
            }
        }

        return graph;
    }

    /// <summary>The nodes of a declaration's body, without those of the local functions declared inside it (they are methods of their own).</summary>
    private static IEnumerable<SyntaxNode> OwnNodes(SyntaxNode declaration) =>
        declaration.DescendantNodes(n => n == declaration || n is not LocalFunctionStatementSyntax);

    private static bool IsWrittenTo(SyntaxNode node) =>
        node.Parent is AssignmentExpressionSyntax assignment && assignment.Left == node;

    /// <summary>The strongly connected components with a cycle (Tarjan), each as its methods.</summary>
    private static List<List<IMethodSymbol>> Cycles(Dictionary<IMethodSymbol, Node> graph)
    {
        var index = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
        var low = new Dictionary<IMethodSymbol, int>(SymbolEqualityComparer.Default);
        var onStack = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        var stack = new Stack<IMethodSymbol>();
        var result = new List<List<IMethodSymbol>>();
        var next = 0;

        foreach (var start in graph.Keys)
        {
            if (index.ContainsKey(start))
            {
                continue;
            }

            // Iterative Tarjan: (method, enumerator over its callees).
            var work = new Stack<(IMethodSymbol Method, IEnumerator<IMethodSymbol> Callees)>();
            Visit(start);
            while (work.Count > 0)
            {
                var (method, callees) = work.Peek();
                if (callees.MoveNext())
                {
                    var callee = callees.Current;
                    if (!graph.ContainsKey(callee))
                    {
                        continue;
                    }

                    if (!index.ContainsKey(callee))
                    {
                        Visit(callee);
                    }
                    else if (onStack.Contains(callee))
                    {
                        low[method] = Math.Min(low[method], index[callee]);
                    }

                    continue;
                }

                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Method;
                    low[parent] = Math.Min(low[parent], low[method]);
                }

                if (low[method] == index[method])
                {
                    var component = new List<IMethodSymbol>();
                    IMethodSymbol member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (!SymbolEqualityComparer.Default.Equals(member, method));

                    if (component.Count > 1 || graph[method].Callees.Contains(method))
                    {
                        result.Add(component);
                    }
                }
            }

            void Visit(IMethodSymbol method)
            {
                index[method] = low[method] = next++;
                stack.Push(method);
                onStack.Add(method);
                work.Push((method, graph[method].Callees.GetEnumerator()));
            }
        }

        return result;
    }
}
