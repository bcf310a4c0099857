using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;
using RealismAnalyzers.Tests.Verifiers;

namespace RealismAnalyzers.Tests.Model;

/// <summary>Compiles a source against a framework's reference set and asks the Model about parts of it.</summary>
public sealed class ModelHarness
{
    private ModelHarness(CSharpCompilation compilation, TestingModel model)
    {
        Compilation = compilation;
        Model = model;
        Tree = compilation.SyntaxTrees[0];
        SemanticModel = compilation.GetSemanticModel(Tree);
    }

    internal TestingModel Model { get; }

    public CSharpCompilation Compilation { get; }

    public SyntaxTree Tree { get; }

    public SemanticModel SemanticModel { get; }

    public static async Task<ModelHarness> CreateAsync(Fw fw, string source)
    {
        var references = await Frameworks.ResolveAsync(fw);
        var tree = CSharpSyntaxTree.ParseText(Frameworks.Expand(source, fw), new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("ModelTests", [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        var model = TestingModel.For(compilation);
        Assert.NotNull(model);
        return new ModelHarness(compilation, model!);
    }

    public IMethodSymbol Method(string name) =>
        Compilation.GetSymbolsWithName(name, SymbolFilter.Member).OfType<IMethodSymbol>().Single();

    public INamedTypeSymbol Type(string name) =>
        Compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();

    /// <summary>The invocation whose text is <paramref name="text"/>, else the outermost one whose text starts with it.</summary>
    public IInvocationOperation Invocation(string text)
    {
        var invocations = Tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().ToList();
        var node = invocations.FirstOrDefault(n => n.ToString() == text)
            ?? invocations.First(n => n.ToString().StartsWith(text, StringComparison.Ordinal));
        return (IInvocationOperation)SemanticModel.GetOperation(node)!;
    }

    /// <summary>The creation (invocation or <c>new</c>) whose text starts with <paramref name="text"/>.</summary>
    public IOperation Creation(string text)
    {
        var node = Tree.GetRoot().DescendantNodes().OfType<ExpressionSyntax>()
            .First(n => (n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax) && n.ToString().StartsWith(text, StringComparison.Ordinal));
        return SemanticModel.GetOperation(node)!;
    }

    internal InvocationInfo Classify(string text) => Model.Classify(Invocation(text), Conventions());

    internal AssertionConventions Conventions(string? prefixes = null, string? methods = null) => new(prefixes, methods);
}
