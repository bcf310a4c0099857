using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RealismAnalyzers.Tests.CodeFixes;

/// <summary>
/// The IDE's Fix All, as the light bulb runs it: for each code fix and each scope (document, project, solution), the fix's
/// <see cref="FixAllProvider"/> gets a <see cref="FixAllContext"/> over one <see cref="AdhocWorkspace"/> solution of four
/// test projects (xUnit, NUnit, MSTest, TUnit). The fixed solution must compile with no new error, the fixed diagnostics
/// must be gone from the scope, and nothing outside the scope may change.
/// </summary>
public sealed class FixAllFlowTests(FixAllFlowFixture fixture) : IClassFixture<FixAllFlowFixture>
{
    public static TheoryData<string, FixAllScope> Cases()
    {
        var data = new TheoryData<string, FixAllScope>();
        foreach (var provider in FixAllFlowFixture.Providers())
        {
            foreach (var scope in new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution })
            {
                data.Add(provider.GetType().Name, scope);
            }
        }

        return data;
    }

    [Fact]
    public void The_solution_compiles_and_has_a_finding_for_every_code_fix_in_every_framework()
    {
        Assert.All(fixture.Errors, e => Assert.Empty(e.Value));
        Assert.True(FixAllFlowFixture.Providers().Count >= 12, "the code fixes were not found");
        foreach (var provider in FixAllFlowFixture.Providers())
        {
            Assert.True(fixture.Fixable(provider).Any(), provider.GetType().Name + " has nothing to fix in the solution");
        }

        Assert.All(fixture.Solution.Projects, project =>
            Assert.True(FixAllFlowFixture.Providers().Count(p => fixture.Fixable(p).Any(f => f.Document.Project.Id == project.Id)) >= 8, project.Name + " exercises too few fixes"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fix_All_fixes_its_scope_only_and_the_solution_still_compiles(string providerName, FixAllScope scope)
    {
        var ct = CancellationToken.None;
        var provider = FixAllFlowFixture.Providers().Single(p => p.GetType().Name == providerName);
        var fixable = fixture.Fixable(provider).ToList();
        Assert.NotEmpty(fixable);

        // The light bulb starts from one diagnostic: take one in a document that shares its project with another fixable document.
        var trigger = fixable.OrderByDescending(f => fixable.Count(g => g.Document.Project.Id == f.Document.Project.Id && g.Document.Id != f.Document.Id)).First();
        var context = new FixAllContext(
            trigger.Document,
            provider,
            scope,
            trigger.EquivalenceKey,
            provider.FixableDiagnosticIds,
            new FixedDiagnostics(fixture.Diagnostics),
            ct);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        var operations = await action.GetOperationsAsync(ct);
        var fixedSolution = Assert.Single(operations.OfType<ApplyChangesOperation>()).ChangedSolution;

        var inScope = fixable.Where(f => f.EquivalenceKey == trigger.EquivalenceKey && InScope(f.Document, trigger.Document, scope)).ToList();
        Assert.NotEmpty(inScope);
        foreach (var document in fixture.Solution.Projects.SelectMany(p => p.Documents))
        {
            var before = (await document.GetTextAsync(ct)).ToString();
            var after = (await fixedSolution.GetDocument(document.Id)!.GetTextAsync(ct)).ToString();
            if (!InScope(document, trigger.Document, scope))
            {
                Assert.True(before == after, $"{document.Project.Name}/{document.Name} is outside the {scope} scope but changed");
            }
            else if (inScope.Any(f => f.Document.Id == document.Id))
            {
                Assert.True(before != after, $"{document.Project.Name}/{document.Name} has findings to fix but did not change");
            }
        }

        foreach (var project in fixedSolution.Projects)
        {
            var errors = await FixAllFlowSolution.CompileErrorsAsync(project, ct);
            Assert.True(errors.IsEmpty, $"{project.Name} no longer compiles after {providerName} in {scope} scope:\n" + string.Join("\n", errors));

            // No diagnostic the fix still offers to fix is left in the scope.
            var remaining = await FixAllFlowFixture.FixableAsync(provider, fixedSolution.GetProject(project.Id)!, await FixAllFlowSolution.AnalyzeAsync(project, ct), ct);
            var left = remaining.Where(f => f.EquivalenceKey == trigger.EquivalenceKey && InScope(f.Document, trigger.Document, scope)).ToList();
            Assert.True(left.Count == 0, $"{providerName} in {scope} scope left: " + string.Join(", ", left.Select(f => $"{f.Document.Name}: {f.Diagnostic}")));
        }
    }

    private static bool InScope(Document document, Document trigger, FixAllScope scope) => scope switch
    {
        FixAllScope.Document => document.Id == trigger.Id,
        FixAllScope.Project => document.Project.Id == trigger.Project.Id,
        _ => true,
    };

    /// <summary>The diagnostics Fix All works on, as the IDE's diagnostic service would hand them over.</summary>
    private sealed class FixedDiagnostics(IReadOnlyDictionary<ProjectId, ImmutableArray<Diagnostic>> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics[document.Project.Id].Where(d => d.Location.SourceTree?.FilePath == tree!.FilePath);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics[project.Id].Where(d => !d.Location.IsInSource));

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics[project.Id]);
    }
}

/// <summary>A diagnostic a code fix offers to fix, with the equivalence key of its fix.</summary>
public sealed record FixableDiagnostic(Document Document, Diagnostic Diagnostic, string EquivalenceKey);

/// <summary>The solution, its findings and its compile errors, computed once for every case.</summary>
public sealed class FixAllFlowFixture : IAsyncLifetime
{
    private readonly AdhocWorkspace _workspace = new();
    private readonly Dictionary<Type, List<FixableDiagnostic>> _fixable = [];

    public Solution Solution { get; private set; } = null!;

    public Dictionary<ProjectId, ImmutableArray<Diagnostic>> Diagnostics { get; } = [];

    public Dictionary<string, ImmutableArray<Diagnostic>> Errors { get; } = [];

    /// <summary>Every code fix the package ships, found by reflection so that a new fix is covered without being listed.</summary>
    public static IReadOnlyList<CodeFixProvider> Providers() =>
    [
        .. typeof(RealismAnalyzers.CodeFixes.Trivial.RA1002RemoveEmptyTestFix).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!),
    ];

    public IEnumerable<FixableDiagnostic> Fixable(CodeFixProvider provider) => _fixable[provider.GetType()];

    public async Task InitializeAsync()
    {
        Solution = await FixAllFlowSolution.CreateAsync(_workspace, CancellationToken.None);
        foreach (var project in Solution.Projects)
        {
            Diagnostics[project.Id] = await FixAllFlowSolution.AnalyzeAsync(project, CancellationToken.None);
            Errors[project.Name] = await FixAllFlowSolution.CompileErrorsAsync(project, CancellationToken.None);
        }

        foreach (var provider in Providers())
        {
            var all = new List<FixableDiagnostic>();
            foreach (var project in Solution.Projects)
            {
                all.AddRange(await FixableAsync(provider, project, Diagnostics[project.Id], CancellationToken.None));
            }

            _fixable[provider.GetType()] = all;
        }
    }

    /// <summary>The diagnostics of <paramref name="project"/> for which <paramref name="provider"/> registers a fix, one per fix.</summary>
    public static async Task<List<FixableDiagnostic>> FixableAsync(CodeFixProvider provider, Project project, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var fixable = new List<FixableDiagnostic>();
        foreach (var diagnostic in diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource))
        {
            var document = project.Documents.Single(d => d.FilePath == diagnostic.Location.SourceTree!.FilePath);
            var actions = new List<CodeAction>();
            await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken));
            foreach (var key in actions.Select(a => a.EquivalenceKey).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                fixable.Add(new FixableDiagnostic(document, diagnostic, key));
            }
        }

        return fixable;
    }

    public Task DisposeAsync()
    {
        _workspace.Dispose();
        return Task.CompletedTask;
    }
}
