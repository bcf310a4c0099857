using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Cli.Analysis;

/// <summary>The tests of one compilation, as the analyzers' Model sees them, and which test or type a location is in.</summary>
internal sealed class TestIndex
{
    private readonly Compilation _compilation;
    private readonly Dictionary<SyntaxTree, SemanticModel> _semanticModels = [];
    private readonly Dictionary<SyntaxTree, List<(TextSpan Span, string Name)>> _testSpans = [];

    private TestIndex(Compilation compilation)
    {
        _compilation = compilation;
    }

    public int Tests { get; private set; }

    public int EmptyTests { get; private set; }

    /// <summary>Where each test or type is declared (file, 1-based line), by display name.</summary>
    public Dictionary<string, (string File, int Line)> Declarations { get; } = new(StringComparer.Ordinal);

    public static TestIndex Build(Compilation compilation, TestingModel model, CancellationToken cancellationToken)
    {
        var index = new TestIndex(compilation);
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = tree.GetRoot(cancellationToken);
            SemanticModel? semanticModel = null;
            foreach (var node in root.DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
            {
                if (node is not MethodDeclarationSyntax declaration)
                {
                    continue;
                }

                semanticModel ??= index.SemanticModel(tree);
                if (semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not IMethodSymbol method || model.Tests.GetTestInfo(method) is null)
                {
                    continue;
                }

                var name = TestName(method);
                index.Tests++;
                if (IsEmpty(semanticModel, declaration, cancellationToken))
                {
                    index.EmptyTests++;
                }

                if (!index._testSpans.TryGetValue(tree, out var spans))
                {
                    index._testSpans[tree] = spans = [];
                }

                spans.Add((declaration.Span, name));
                index.Declarations.TryAdd(name, Position(declaration.Identifier.GetLocation()));
            }
        }

        return index;
    }

    public static string TestName(IMethodSymbol method) => method.ContainingType.ToDisplayString() + "." + method.Name;

    /// <summary>The test whose declaration contains <paramref name="span"/>, or null.</summary>
    public string? FindTest(SyntaxTree tree, TextSpan span)
    {
        if (_testSpans.TryGetValue(tree, out var spans))
        {
            foreach (var (testSpan, name) in spans)
            {
                if (testSpan.Contains(span))
                {
                    return name;
                }
            }
        }

        return null;
    }

    /// <summary>The innermost type whose declaration contains <paramref name="span"/>, or null.</summary>
    public string? FindType(SyntaxTree tree, TextSpan span, CancellationToken cancellationToken)
    {
        if (!_compilation.ContainsSyntaxTree(tree))
        {
            return null;
        }

        var root = tree.GetRoot(cancellationToken);
        if (!root.FullSpan.Contains(span))
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        var declaration = node.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
        if (declaration is null || SemanticModel(tree).GetDeclaredSymbol(declaration, cancellationToken) is not { } type)
        {
            return null;
        }

        var name = type.ToDisplayString();
        Declarations.TryAdd(name, Position(declaration.Identifier.GetLocation()));
        return name;
    }

    private SemanticModel SemanticModel(SyntaxTree tree)
    {
        if (!_semanticModels.TryGetValue(tree, out var semanticModel))
        {
            _semanticModels[tree] = semanticModel = _compilation.GetSemanticModel(tree);
        }

        return semanticModel;
    }

    // The same notion of "empty" as RA1002: a block body with no statements.
    private static bool IsEmpty(SemanticModel semanticModel, MethodDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        if (declaration.Body is null || semanticModel.GetOperation(declaration, cancellationToken) is not { } operation)
        {
            return false;
        }

        var body = TestBodies.FindBody(ImmutableArray.Create(operation));
        return body is not null && TestBodies.IsEmpty(body);
    }

    private static (string File, int Line) Position(Location location)
    {
        var span = location.GetMappedLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1);
    }
}
