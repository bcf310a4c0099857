using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RealismAnalyzers.CodeFixes
{
    /// <summary>
    /// The one place the code fixes import a namespace: <see cref="Add"/> writes <c>using N;</c> only when nothing imports
    /// <c>N</c> yet, in the order, line ending and layout the file already has.
    /// </summary>
    internal static class UsingDirectives
    {
        /// <summary>
        /// True when the file itself imports <paramref name="namespaceName"/> with a plain using directive (not an alias, not
        /// <c>using static</c>): at the top of the file, a <c>global using</c> of this file, or inside any namespace declaration.
        /// </summary>
        public static bool IsInFile(CompilationUnitSyntax root, string namespaceName) =>
            Contains(root.Usings, namespaceName) || NamespaceImporting(root, namespaceName) is not null;

        /// <summary>
        /// True when <paramref name="namespaceName"/> is imported at <paramref name="position"/> by any using directive in scope there:
        /// the file's, its namespace's, or a global using of any file of the project (<c>ImplicitUsings</c>, <c>&lt;Using Include="Xunit" /&gt;</c>).
        /// </summary>
        public static bool IsImported(SemanticModel semanticModel, int position, string namespaceName, CancellationToken cancellationToken)
        {
            foreach (var scope in semanticModel.GetImportScopes(position, cancellationToken))
            {
                foreach (var import in scope.Imports)
                {
                    if (import.NamespaceOrType is INamespaceSymbol imported && imported.ToDisplayString() == namespaceName)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Adds <c>using <paramref name="namespaceName"/>;</c> to <paramref name="root"/> unless it is imported already: by a using at the
        /// top of the file or of the namespace declaration that keeps the file's usings, or, when <paramref name="semanticModel"/> is given,
        /// by any using in scope at <paramref name="position"/> (<see cref="IsImported"/>: the enclosing namespaces', and the global and
        /// implicit usings of the project). <paramref name="semanticModel"/> and <paramref name="position"/> may belong to the document
        /// before the fix: the imports in scope do not change with the fix's own edits. Callers that have a semantic model pass it.
        /// </summary>
        /// <remarks>
        /// The directive goes where the file keeps its usings (the namespace declaration's, when only one has any) in the file's order:
        /// System-first then alphabetical (the <c>dotnet</c> default, preferred when both orders fit), else plain alphabetical; in a file
        /// with no order, beside the usings that share most of its name (<see cref="IndexAmongRelatives"/>), else after the last using.
        /// Aliases, <c>using static</c> and <c>global using</c> directives stay where they are and do not count for the order. The
        /// directive has the file's line ending and its neighbours' indentation; a file header stays in front of the first using, blank
        /// lines between groups of usings stay between groups, a directive that ends the block is followed by a blank line, and a file
        /// without usings gets it at the top (after its header comment) followed by a blank line.
        /// </remarks>
        public static CompilationUnitSyntax Add(
            CompilationUnitSyntax root,
            string namespaceName,
            SemanticModel? semanticModel,
            int position,
            CancellationToken cancellationToken)
        {
            // Where the file keeps its usings: at the top, or in its namespace declaration when only that has any.
            var namespaceDeclaration = HasOrdinaryUsing(root.Usings) ? null : FirstNamespaceWithUsings(root);
            if (Contains(root.Usings, namespaceName) ||
                (namespaceDeclaration is not null && IsInEnclosingNamespaces(namespaceDeclaration, namespaceName)) ||
                (semanticModel is not null && IsImported(semanticModel, position, namespaceName, cancellationToken)))
            {
                return root;
            }

            var endOfLine = EndOfLine(root);
            if (namespaceDeclaration is not null)
            {
                return root.ReplaceNode(namespaceDeclaration, namespaceDeclaration.WithUsings(Insert(namespaceDeclaration.Usings, namespaceName, endOfLine)));
            }

            return root.Usings.Count == 0 && root.Externs.Count == 0
                ? AddToFileWithoutUsings(root, namespaceName, endOfLine)
                : root.WithUsings(Insert(root.Usings, namespaceName, endOfLine));
        }

        private static SyntaxList<UsingDirectiveSyntax> Insert(SyntaxList<UsingDirectiveSyntax> usings, string namespaceName, SyntaxTrivia endOfLine)
        {
            // The plain usings, the only ones that give the order.
            var ordinary = new List<int>();
            var firstAllowed = 0;
            for (var i = 0; i < usings.Count; i++)
            {
                if (!usings[i].GlobalKeyword.IsKind(SyntaxKind.None))
                {
                    // A global using must precede every other using.
                    firstAllowed = i + 1;
                }
                else if (NameOf(usings[i]) is not null)
                {
                    ordinary.Add(i);
                }
            }

            var comparison = OrderOf(usings, ordinary);
            var index = ordinary.Count == 0 ? firstAllowed
                : comparison is not null ? SortedIndex(usings, ordinary, namespaceName, comparison)
                : IndexAmongRelatives(usings, ordinary, namespaceName);
            var trailing = SyntaxFactory.TriviaList(endOfLine);
            var closesBlock = index == usings.Count && usings.Count > 0 &&
                usings[index - 1].GetLastToken().GetNextToken(includeZeroWidth: true) is var following &&
                !following.IsKind(SyntaxKind.EndOfFileToken) && !following.IsKind(SyntaxKind.CloseBraceToken) && !StartsWithBlankLine(following.LeadingTrivia);
            var reference = usings.Count == 0 ? null : usings[index < usings.Count ? index : index - 1];
            var indentation = reference is null ? SyntaxFactory.TriviaList() : Indentation(reference.GetLeadingTrivia());
            var newLeading = indentation;
            var grouping = GroupingOf(usings, ordinary, comparison);
            var previous = index > 0 ? NameOf(usings[index - 1]) : null;
            var next = index < usings.Count ? NameOf(usings[index]) : null;
            if (grouping is not null && previous is not null && grouping(previous) != grouping(namespaceName))
            {
                // A group of its own, or the first of the next group: separated from the group before.
                newLeading = newLeading.Insert(0, endOfLine);
            }

            if (index == 0 && usings.Count > 0)
            {
                // The file header (or the namespace's layout) stays in front of the first using.
                var first = usings[0].GetLeadingTrivia();
                newLeading = WithoutIndentation(first).AddRange(indentation);
                var firstLeading = Indentation(first);
                if (grouping is not null && next is not null && grouping(next) != grouping(namespaceName))
                {
                    firstLeading = firstLeading.Insert(0, endOfLine);
                }

                usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia(firstLeading));
            }
            else if (grouping is not null && next is not null && previous is not null && grouping(previous) != grouping(next) && grouping(namespaceName) == grouping(next))
            {
                // The new first of the next group: the separation moves in front of it.
                newLeading = indentation.Insert(0, endOfLine);
                usings = usings.Replace(usings[index], usings[index].WithLeadingTrivia(WithoutLeadingBlankLines(usings[index].GetLeadingTrivia())));
            }

            if (closesBlock)
            {
                // The new last using closes the block of usings: a blank line separates it from the first member.
                trailing = trailing.Add(endOfLine);
            }

            return usings.Insert(index, Directive(namespaceName, newLeading, trailing));
        }

        /// <summary>In a sorted file: before the first plain using that sorts after the new one, else after the last plain using.</summary>
        private static int SortedIndex(SyntaxList<UsingDirectiveSyntax> usings, List<int> ordinary, string namespaceName, Comparison<string> comparison)
        {
            foreach (var i in ordinary)
            {
                if (comparison(NameOf(usings[i])!, namespaceName) > 0)
                {
                    return i;
                }
            }

            return ordinary[ordinary.Count - 1] + 1;
        }

        /// <summary>
        /// In a file with no order of its own: beside its closest relatives (the usings that share the most leading name parts with it,
        /// <c>Microsoft.Extensions.Logging</c> for <c>Microsoft.Extensions.Logging.Abstractions</c>), in their order when they are sorted,
        /// else after the last of them; after the last plain using when no using shares even the first name part.
        /// </summary>
        private static int IndexAmongRelatives(SyntaxList<UsingDirectiveSyntax> usings, List<int> ordinary, string namespaceName)
        {
            var relatives = new List<int>();
            var closest = 0;
            foreach (var i in ordinary)
            {
                var shared = SharedParts(NameOf(usings[i])!, namespaceName);
                if (shared > closest)
                {
                    closest = shared;
                    relatives.Clear();
                }

                if (shared == closest && shared > 0)
                {
                    relatives.Add(i);
                }
            }

            if (relatives.Count == 0)
            {
                return ordinary[ordinary.Count - 1] + 1;
            }

            return OrderOf(usings, relatives) is { } order ? SortedIndex(usings, relatives, namespaceName, order) : relatives[relatives.Count - 1] + 1;
        }

        /// <summary>How many leading name parts <paramref name="x"/> and <paramref name="y"/> share (<c>A.B.C</c> and <c>A.B.D</c>: 2).</summary>
        private static int SharedParts(string x, string y)
        {
            var xParts = x.Split('.');
            var yParts = y.Split('.');
            var shared = 0;
            while (shared < xParts.Length && shared < yParts.Length && xParts[shared] == yParts[shared])
            {
                shared++;
            }

            return shared;
        }

        /// <summary>The using at the top of a file that has none, after the file's header comment and followed by a blank line.</summary>
        private static CompilationUnitSyntax AddToFileWithoutUsings(CompilationUnitSyntax root, string namespaceName, SyntaxTrivia endOfLine)
        {
            var firstToken = root.GetFirstToken(includeZeroWidth: true);
            var leading = firstToken.LeadingTrivia;
            var bannerEnd = BannerEnd(leading);
            var banner = SyntaxFactory.TriviaList();
            var rest = SyntaxFactory.TriviaList();
            for (var i = 0; i < leading.Count; i++)
            {
                if (i < bannerEnd)
                {
                    banner = banner.Add(leading[i]);
                }
                else
                {
                    rest = rest.Add(leading[i]);
                }
            }

            var trailing = firstToken.IsKind(SyntaxKind.EndOfFileToken)
                ? SyntaxFactory.TriviaList(endOfLine)
                : SyntaxFactory.TriviaList(endOfLine, endOfLine);
            var directive = Directive(namespaceName, banner, trailing);
            var updated = root.ReplaceToken(firstToken, firstToken.WithLeadingTrivia(WithoutLeadingBlankLines(rest)));
            return updated.WithUsings(updated.Usings.Add(directive));
        }

        /// <summary>
        /// The length of the file header in the leading trivia of the file's first token: comments up to and including the last blank line
        /// before anything else (a documentation comment or a preprocessor directive belongs to what follows); 0 when there is none.
        /// </summary>
        private static int BannerEnd(SyntaxTriviaList leading)
        {
            var end = 0;
            var hasComment = false;
            var lineIsBlank = true;
            for (var i = 0; i < leading.Count; i++)
            {
                var trivia = leading[i];
                if (trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    hasComment = true;
                    lineIsBlank = false;
                }
                else if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    if (lineIsBlank && hasComment)
                    {
                        end = i + 1;
                    }

                    lineIsBlank = true;
                }
                else if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    break;
                }
            }

            return end;
        }

        private static UsingDirectiveSyntax Directive(string namespaceName, SyntaxTriviaList leading, SyntaxTriviaList trailing) =>
            SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(namespaceName))
                .WithUsingKeyword(SyntaxFactory.Token(leading, SyntaxKind.UsingKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space)))
                .WithSemicolonToken(SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.SemicolonToken, trailing));

        /// <summary>
        /// How the file orders its plain usings: System-first then alphabetical, else alphabetical, else null (no order to keep).
        /// </summary>
        private static Comparison<string>? OrderOf(SyntaxList<UsingDirectiveSyntax> usings, List<int> ordinary)
        {
            var systemFirst = true;
            var alphabetical = true;
            for (var k = 1; k < ordinary.Count; k++)
            {
                var before = NameOf(usings[ordinary[k - 1]])!;
                var after = NameOf(usings[ordinary[k]])!;
                systemFirst = systemFirst && CompareSystemFirst(before, after) <= 0;
                alphabetical = alphabetical && CompareAlphabetically(before, after) <= 0;
            }

            return systemFirst ? CompareSystemFirst : alphabetical ? CompareAlphabetically : null;
        }

        /// <summary>
        /// The grouping the file shows with blank lines between its sorted plain usings: by first name part (<c>System</c>, <c>Microsoft</c>,
        /// …; <c>dotnet_separate_import_directive_groups</c>) or System against the rest; null when it separates none or otherwise.
        /// </summary>
        private static Func<string, string>? GroupingOf(SyntaxList<UsingDirectiveSyntax> usings, List<int> ordinary, Comparison<string>? comparison)
        {
            if (comparison is null)
            {
                return null;
            }

            return Separates(usings, ordinary, FirstPart) ? FirstPart
                : Separates(usings, ordinary, SystemOrOther) ? SystemOrOther
                : null;
        }

        /// <summary>True when every change of <paramref name="group"/> between neighbouring plain usings, and only those, has a blank line.</summary>
        private static bool Separates(SyntaxList<UsingDirectiveSyntax> usings, List<int> ordinary, Func<string, string> group)
        {
            var boundaries = 0;
            for (var k = 1; k < ordinary.Count; k++)
            {
                if (ordinary[k] != ordinary[k - 1] + 1)
                {
                    continue;
                }

                var changes = group(NameOf(usings[ordinary[k - 1]])!) != group(NameOf(usings[ordinary[k]])!);
                if (changes != StartsWithBlankLine(usings[ordinary[k]].GetLeadingTrivia()))
                {
                    return false;
                }

                boundaries += changes ? 1 : 0;
            }

            return boundaries > 0;
        }

        private static string FirstPart(string name)
        {
            var dot = name.IndexOf('.');
            return dot < 0 ? name : name.Substring(0, dot);
        }

        private static string SystemOrOther(string name) => IsSystem(name) ? "System" : string.Empty;

        private static bool IsSystem(string name) => name == "System" || name.StartsWith("System.", StringComparison.Ordinal);

        /// <summary>System namespaces first, then <see cref="CompareAlphabetically"/>.</summary>
        private static int CompareSystemFirst(string x, string y)
        {
            var system = IsSystem(y).CompareTo(IsSystem(x));
            return system != 0 ? system : CompareAlphabetically(x, y);
        }

        /// <summary>Part by part (<c>A.B</c> before <c>A.B.C</c> before <c>A.Bc</c>), ignoring case first as Visual Studio's sort does.</summary>
        private static int CompareAlphabetically(string x, string y)
        {
            var xParts = x.Split('.');
            var yParts = y.Split('.');
            for (var i = 0; i < xParts.Length && i < yParts.Length; i++)
            {
                var result = string.Compare(xParts[i], yParts[i], StringComparison.OrdinalIgnoreCase);
                if (result == 0)
                {
                    result = string.CompareOrdinal(xParts[i], yParts[i]);
                }

                if (result != 0)
                {
                    return result;
                }
            }

            return xParts.Length.CompareTo(yParts.Length);
        }

        /// <summary>The namespace a plain using imports (<c>global::</c> and spaces dropped); null for an alias or <c>using static</c>.</summary>
        private static string? NameOf(UsingDirectiveSyntax directive)
        {
            if (directive.Alias is not null || !directive.StaticKeyword.IsKind(SyntaxKind.None) || directive.Name is null)
            {
                return null;
            }

            var name = directive.Name.ToString().Replace(" ", string.Empty);
            return name.StartsWith("global::", StringComparison.Ordinal) ? name.Substring("global::".Length) : name;
        }

        private static bool Contains(SyntaxList<UsingDirectiveSyntax> usings, string namespaceName)
        {
            foreach (var directive in usings)
            {
                if (NameOf(directive) == namespaceName)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first namespace declaration, in file order, with a plain using of <paramref name="namespaceName"/>.</summary>
        private static BaseNamespaceDeclarationSyntax? NamespaceImporting(CompilationUnitSyntax root, string namespaceName)
        {
            foreach (var declaration in NamespaceDeclarations(root))
            {
                if (Contains(declaration.Usings, namespaceName))
                {
                    return declaration;
                }
            }

            return null;
        }

        /// <summary>True when <paramref name="declaration"/> or a namespace declaration around it imports <paramref name="namespaceName"/>.</summary>
        private static bool IsInEnclosingNamespaces(BaseNamespaceDeclarationSyntax declaration, string namespaceName)
        {
            for (SyntaxNode? node = declaration; node is not null; node = node.Parent)
            {
                if (node is BaseNamespaceDeclarationSyntax enclosing && Contains(enclosing.Usings, namespaceName))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasOrdinaryUsing(SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.None))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The first namespace declaration, in file order, that has usings of its own.</summary>
        private static BaseNamespaceDeclarationSyntax? FirstNamespaceWithUsings(CompilationUnitSyntax root)
        {
            foreach (var declaration in NamespaceDeclarations(root))
            {
                if (declaration.Usings.Count > 0)
                {
                    return declaration;
                }
            }

            return null;
        }

        /// <summary>The file's namespace declarations, nested ones included, in file order (a walk with its own stack: nesting has no limit).</summary>
        private static IEnumerable<BaseNamespaceDeclarationSyntax> NamespaceDeclarations(CompilationUnitSyntax root)
        {
            var pending = new Stack<BaseNamespaceDeclarationSyntax>();
            PushNamespaces(pending, root.Members);
            while (pending.Count > 0)
            {
                var declaration = pending.Pop();
                yield return declaration;
                PushNamespaces(pending, declaration.Members);
            }
        }

        private static void PushNamespaces(Stack<BaseNamespaceDeclarationSyntax> pending, SyntaxList<MemberDeclarationSyntax> members)
        {
            for (var i = members.Count - 1; i >= 0; i--)
            {
                if (members[i] is BaseNamespaceDeclarationSyntax declaration)
                {
                    pending.Push(declaration);
                }
            }
        }

        /// <summary>The file's own line ending (its first one), not the platform's; a line feed in a file of one line.</summary>
        private static SyntaxTrivia EndOfLine(CompilationUnitSyntax root)
        {
            foreach (var trivia in root.DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia.ToString() == "\r\n" ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.LineFeed;
                }
            }

            return SyntaxFactory.LineFeed;
        }

        /// <summary>The whitespace after the last line break of <paramref name="leading"/>: the indentation of the token it leads.</summary>
        private static SyntaxTriviaList Indentation(SyntaxTriviaList leading)
        {
            var start = leading.Count;
            while (start > 0 && leading[start - 1].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                start--;
            }

            var indentation = SyntaxFactory.TriviaList();
            for (var i = start; i < leading.Count; i++)
            {
                indentation = indentation.Add(leading[i]);
            }

            return indentation;
        }

        private static SyntaxTriviaList WithoutIndentation(SyntaxTriviaList leading)
        {
            var end = leading.Count;
            while (end > 0 && leading[end - 1].IsKind(SyntaxKind.WhitespaceTrivia))
            {
                end--;
            }

            var result = SyntaxFactory.TriviaList();
            for (var i = 0; i < end; i++)
            {
                result = result.Add(leading[i]);
            }

            return result;
        }

        private static bool StartsWithBlankLine(SyntaxTriviaList leading)
        {
            foreach (var trivia in leading)
            {
                if (!trivia.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    return trivia.IsKind(SyntaxKind.EndOfLineTrivia);
                }
            }

            return false;
        }

        /// <summary><paramref name="leading"/> without the blank lines it starts with (what remains on the token's own line and the comments).</summary>
        private static SyntaxTriviaList WithoutLeadingBlankLines(SyntaxTriviaList leading)
        {
            var start = 0;
            for (var i = 0; i < leading.Count; i++)
            {
                if (leading[i].IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    start = i + 1;
                }
                else if (!leading[i].IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    break;
                }
            }

            var result = SyntaxFactory.TriviaList();
            for (var i = start; i < leading.Count; i++)
            {
                result = result.Add(leading[i]);
            }

            return result;
        }
    }
}
