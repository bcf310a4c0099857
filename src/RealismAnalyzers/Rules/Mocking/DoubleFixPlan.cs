using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RealismAnalyzers.Model;

namespace RealismAnalyzers.Rules.Mocking
{
    /// <summary>
    /// The edits a mocking fix makes, computed by the analyzer (which knows the double's references) and handed to
    /// the fix through the diagnostic: the first <see cref="ReplaceCountKey"/> additional locations are replaced by the texts
    /// <see cref="ReplacementKey"/>0, 1, …; the next <see cref="UnwrapCountKey"/> are <c>x.Object</c> accesses that become <c>x</c>;
    /// the rest are statements or declarations to remove.
    /// </summary>
    internal sealed class DoubleFixPlan
    {
        /// <summary>How many of the first additional locations are replaced; their texts are <see cref="ReplacementKey"/>0, 1, ….</summary>
        public const string ReplaceCountKey = "ReplaceCount";
        public const string ReplacementKey = "Replacement";
        public const string UsingKey = "Using";
        public const string UnwrapCountKey = "UnwrapCount";

        private readonly List<(Location Location, string Text)> _replacements = new List<(Location, string)>();
        private readonly List<Location> _unwraps = new List<Location>();
        private readonly List<Location> _removals = new List<Location>();
        private string? _using;

        public static readonly ImmutableDictionary<string, string?> NoFix = ImmutableDictionary<string, string?>.Empty;

        public void Replace(SyntaxNode target, string replacement, string? usingNamespace = null)
        {
            _replacements.Add((target.GetLocation(), replacement));
            _using ??= usingNamespace;
        }

        public void Unwrap(SyntaxNode memberAccess) => _unwraps.Add(memberAccess.GetLocation());

        public void Remove(SyntaxNode statement) => _removals.Add(statement.GetLocation());

        public ImmutableDictionary<string, string?> Properties
        {
            get
            {
                var builder = ImmutableDictionary.CreateBuilder<string, string?>();
                builder[ReplaceCountKey] = _replacements.Count.ToString(CultureInfo.InvariantCulture);
                for (var i = 0; i < _replacements.Count; i++)
                {
                    builder[ReplacementKey + i.ToString(CultureInfo.InvariantCulture)] = _replacements[i].Text;
                }

                if (_using is not null)
                {
                    builder[UsingKey] = _using;
                }

                builder[UnwrapCountKey] = _unwraps.Count.ToString(CultureInfo.InvariantCulture);
                return builder.ToImmutable();
            }
        }

        /// <summary>The replaced locations, then the unwrapped ones, then the removed ones.</summary>
        public IEnumerable<Location> AdditionalLocations
        {
            get
            {
                foreach (var (location, _) in _replacements)
                {
                    yield return location;
                }

                foreach (var location in _unwraps)
                {
                    yield return location;
                }

                foreach (var location in _removals)
                {
                    yield return location;
                }
            }
        }

        /// <summary>
        /// Plans replacing the double with a real value: the stored expression itself (<c>Substitute.For&lt;T&gt;()</c>,
        /// <c>new Mock&lt;T&gt;().Object</c>), or, for a Moq/FakeItEasy wrapper in a <c>var</c> local, the creation plus every
        /// <c>local.Object</c>. Null when the double is configured or verified, created with arguments, or used through its wrapper.
        /// </summary>
        /// <param name="allowedConfiguration">A configuration the caller folds into the replacement (removed with it), or null.</param>
        public static DoubleFixPlan? TryReplace(
            TestingModel model,
            DoubleSite site,
            ImmutableArray<DoubleReference> references,
            string replacement,
            string? usingNamespace,
            IOperation? allowedConfiguration = null)
        {
            if (!CreatedWithoutArguments(site.Creation.Syntax))
            {
                return null;
            }

            var plan = new DoubleFixPlan();
            foreach (var reference in references)
            {
                switch (reference.Kind)
                {
                    case DoubleReferenceKind.Configuration when allowedConfiguration is not null && reference.Top == allowedConfiguration:
                        continue;
                    case DoubleReferenceKind.Configuration:
                    case DoubleReferenceKind.Verification:
                    case DoubleReferenceKind.Definition:
                        return null;
                }

                if (site.HolderIsWrapper)
                {
                    // Only local.Object can become local.
                    var outer = reference.Reference;
                    while (outer.Parent is IConversionOperation or IParenthesizedOperation)
                    {
                        outer = outer.Parent;
                    }

                    if (outer.Parent is not IPropertyReferenceOperation access || !model.Doubles.IsWrapperObjectProperty(access) ||
                        access.Syntax is not MemberAccessExpressionSyntax)
                    {
                        return null;
                    }

                    plan.Unwrap(access.Syntax);
                }
            }

            plan.Replace(site.HolderIsWrapper ? site.Creation.Syntax : site.Stored.Syntax, replacement, usingNamespace);
            if (site.HolderIsWrapper && !IsVarLocal(site))
            {
                // A private field of the wrapper type becomes a field of the doubled type.
                if (PrivateFieldType(site) is not { } fieldType || site.Creation.SemanticModel is not { } semanticModel)
                {
                    return null;
                }

                plan.Replace(fieldType, NameAsWritten(site.Double.DoubledType, fieldType, semanticModel, fieldType.SpanStart));
            }

            if (allowedConfiguration is not null)
            {
                if (allowedConfiguration.Parent is not IExpressionStatementOperation statement)
                {
                    return null;
                }

                plan.Remove(statement.Syntax);
            }

            return plan;
        }

        /// <summary>
        /// How to write <paramref name="type"/> at <paramref name="position"/>: the text of the one type syntax inside
        /// <paramref name="written"/> (the creation, or the declaration being rewritten, at that position) that names a type of the
        /// same name and arity — it binds there already, so it binds after the fix — else the compiler's minimal name at the position.
        /// Reading the source first spares a symbol lookup per finding, which the analyzer would pay on every keystroke.
        /// </summary>
        public static string NameAsWritten(ITypeSymbol type, SyntaxNode written, SemanticModel semanticModel, int position)
        {
            if (type.SpecialType == SpecialType.None && type is INamedTypeSymbol named && !named.IsTupleType)
            {
                TypeSyntax? found = null;
                var count = 0;
                foreach (var node in written.DescendantNodesAndSelf())
                {
                    if (node is TypeSyntax candidate && Names(candidate, named.Name, named.Arity))
                    {
                        found = candidate;
                        count++;
                    }
                }

                if (count == 1 && found is not null)
                {
                    return found.ToString();
                }
            }

            return type.ToMinimalDisplayString(semanticModel, position);
        }

        /// <summary>A type syntax whose rightmost simple name is <paramref name="name"/> with <paramref name="arity"/> type arguments (the outermost of a qualified name).</summary>
        private static bool Names(TypeSyntax syntax, string name, int arity)
        {
            if (syntax.Parent is QualifiedNameSyntax qualified && qualified.Right == syntax || syntax.Parent is AliasQualifiedNameSyntax alias && alias.Name == syntax)
            {
                return false; // counted as the qualified name it ends
            }

            var simple = syntax switch
            {
                SimpleNameSyntax simpleName => simpleName,
                QualifiedNameSyntax qualifiedName => qualifiedName.Right,
                AliasQualifiedNameSyntax aliasName => aliasName.Name,
                _ => null,
            };
            return simple is not null && simple.Identifier.ValueText == name &&
                (simple is GenericNameSyntax generic ? generic.TypeArgumentList.Arguments.Count : 0) == arity;
        }

        /// <summary>
        /// <paramref name="ns"/> when the simple name <paramref name="typeName"/> does not already bind to that namespace's type at
        /// <paramref name="position"/> (file, namespace or global usings), so the fix must import it; otherwise null.
        /// </summary>
        public static string? UsingIfNeeded(SemanticModel semanticModel, int position, string typeName, string ns)
        {
            foreach (var symbol in semanticModel.LookupNamespacesAndTypes(position, container: null, name: typeName))
            {
                if (symbol is INamedTypeSymbol type && KnownTypeCatalog.NamespaceOf(type) == ns)
                {
                    return null;
                }
            }

            return ns;
        }

        private static bool CreatedWithoutArguments(SyntaxNode creation) => creation switch
        {
            BaseObjectCreationExpressionSyntax objectCreation => (objectCreation.ArgumentList is null || objectCreation.ArgumentList.Arguments.Count == 0) && objectCreation.Initializer is null,
            InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments.Count == 0,
            _ => false,
        };

        private static TypeSyntax? PrivateFieldType(DoubleSite site) =>
            site.Holder is IFieldSymbol { DeclaredAccessibility: Accessibility.Private } field && field.DeclaringSyntaxReferences.Length == 1 &&
            field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1, Parent: FieldDeclarationSyntax } declaration }
                ? declaration.Type
                : null;

        // The wrapper's declared type changes with the replacement, so only `var` locals can keep their declaration.
        private static bool IsVarLocal(DoubleSite site) =>
            site.Holder is ILocalSymbol local && local.DeclaringSyntaxReferences.Length == 1 &&
            local.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true, Variables.Count: 1 } };
    }
}
