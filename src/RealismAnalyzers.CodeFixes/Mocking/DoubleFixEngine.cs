using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using RealismAnalyzers.Rules.Mocking;

namespace RealismAnalyzers.CodeFixes.Mocking
{
    /// <summary>
    /// Applies the edits an over-mocking analyzer planned (<see cref="DoubleFixPlan"/>): replace the double, unwrap
    /// <c>x.Object</c>, remove statements and declarations, add a using. Several diagnostics of one document are applied together
    /// (Fix All); edits inside a removed statement are dropped.
    /// </summary>
    internal static class DoubleFixEngine
    {
        public static bool CanFix(Diagnostic diagnostic, bool needsReplacement) =>
            diagnostic.AdditionalLocations.Count > 0 && (!needsReplacement || Count(diagnostic, DoubleFixPlan.ReplaceCountKey) > 0);

        private static int Count(Diagnostic diagnostic, string key) =>
            diagnostic.Properties.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 0;

        public static void Register(CodeFixContext context, string title, string equivalenceKey, bool needsReplacement)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!CanFix(diagnostic, needsReplacement))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => ApplyAsync(context.Document, ImmutableArray.Create(diagnostic), ct), equivalenceKey),
                    diagnostic);
            }
        }

        public static async Task<Document> ApplyAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var removals = new List<TextSpan>();
            var replacements = new List<TextChange>();
            var usings = new SortedSet<string>(System.StringComparer.Ordinal);

            foreach (var diagnostic in diagnostics)
            {
                var locations = diagnostic.AdditionalLocations;
                var index = 0;
                var replaceCount = Count(diagnostic, DoubleFixPlan.ReplaceCountKey);
                for (; index < replaceCount && index < locations.Count; index++)
                {
                    if (diagnostic.Properties.TryGetValue(DoubleFixPlan.ReplacementKey + index.ToString(CultureInfo.InvariantCulture), out var replacement) && replacement is not null)
                    {
                        replacements.Add(new TextChange(locations[index].SourceSpan, replacement));
                    }
                }

                if (replaceCount > 0 && diagnostic.Properties.TryGetValue(DoubleFixPlan.UsingKey, out var ns) && ns is not null)
                {
                    usings.Add(ns);
                }

                var unwraps = Count(diagnostic, DoubleFixPlan.UnwrapCountKey);
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < unwraps && index < locations.Count; i++, index++)
                {
                    if (root?.FindNode(locations[index].SourceSpan, getInnermostNodeForTie: true) is { } node &&
                        node.FirstAncestorOrSelf<MemberAccessExpressionSyntax>() is { } access && access.Span == locations[index].SourceSpan)
                    {
                        // x.Object → x
                        replacements.Add(new TextChange(TextSpan.FromBounds(access.Expression.Span.End, access.Span.End), string.Empty));
                    }
                }

                for (; index < locations.Count; index++)
                {
                    removals.Add(LineSpan(text, locations[index].SourceSpan));
                }
            }

            var changes = new List<TextChange>();
            foreach (var removal in removals.Distinct().OrderBy(s => s.Start))
            {
                if (!changes.Any(c => c.Span.Contains(removal)))
                {
                    changes.RemoveAll(c => removal.Contains(c.Span));
                    changes.Add(new TextChange(removal, string.Empty));
                }
            }

            foreach (var change in replacements)
            {
                if (!changes.Any(c => c.Span.Contains(change.Span) || c.Span.OverlapsWith(change.Span)))
                {
                    changes.Add(change);
                }
            }

            var newText = text.WithChanges(changes.OrderBy(c => c.Span.Start));
            var updated = document.WithText(newText);
            if (usings.Count > 0 && await updated.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is CompilationUnitSyntax unit)
            {
                // The analyzer asked for the using only when the name does not bind yet (DoubleFixPlan.UsingIfNeeded): global usings are
                // accounted for, so the file's own usings are all there is to check.
                var withUsings = unit;
                foreach (var ns in usings)
                {
                    withUsings = UsingDirectives.Add(withUsings, ns, semanticModel: null, position: 0, cancellationToken);
                }

                if (withUsings != unit)
                {
                    updated = updated.WithSyntaxRoot(withUsings);
                }
            }

            return updated;
        }

        /// <summary>A statement's whole lines: from the start of its line (when only indentation precedes it) through its line break.</summary>
        private static TextSpan LineSpan(SourceText text, TextSpan span)
        {
            var startLine = text.Lines.GetLineFromPosition(span.Start);
            var start = span.Start;
            var onlyIndentation = true;
            for (var i = startLine.Start; i < span.Start; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    onlyIndentation = false;
                    break;
                }
            }

            if (onlyIndentation)
            {
                start = startLine.Start;
            }

            var endLine = text.Lines.GetLineFromPosition(span.End);
            var end = span.End;
            var restIsBlank = true;
            for (var i = span.End; i < endLine.End; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    restIsBlank = false;
                    break;
                }
            }

            if (restIsBlank && onlyIndentation)
            {
                end = endLine.EndIncludingLineBreak;
            }

            return TextSpan.FromBounds(start, end);
        }
    }

    /// <summary>Fix All for the mocking fixes: all diagnostics of a document in one pass of <see cref="DoubleFixEngine"/>.</summary>
    internal sealed class DoubleFixAllProvider : DocumentBasedFixAllProvider
    {
        public static readonly DoubleFixAllProvider Instance = new DoubleFixAllProvider();

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var fixable = diagnostics.Where(d => d.AdditionalLocations.Count > 0).ToImmutableArray();
            return fixable.IsEmpty ? document : await DoubleFixEngine.ApplyAsync(document, fixable, fixAllContext.CancellationToken).ConfigureAwait(false);
        }
    }
}
