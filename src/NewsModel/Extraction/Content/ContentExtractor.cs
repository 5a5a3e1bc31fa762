using AngleSharp.Dom;
using NewsModel.Extraction.Comments;

namespace NewsModel.Extraction.Content;

/// <summary>What the content extractor found: the body blocks, the images in them, and the comments.</summary>
internal sealed record ContentResult(
    IReadOnlyList<Block> Body,
    IReadOnlyList<ImageRef> Images,
    IReadOnlyList<Comment> Comments,
    IElement? Root,
    IReadOnlyList<ParseDiagnostic> Diagnostics)
{
    /// <summary>
    /// The lead (standfirst) paragraph found just before the body, outside it, when there is one. It is also the
    /// first block of <see cref="Body"/>, so a caller that shows <c>Lead</c> apart can drop that block.
    /// </summary>
    public string? Lead { get; init; }
}

/// <summary>
/// Finds the main content of a page and turns it into blocks. Stateless and thread-safe: every call works on its
/// own <see cref="PageAnalysis"/>.
/// </summary>
/// <remarks>
/// The steps: one bottom-up pass measures every element's text and link text and scores paragraph containers
/// (readability's idea: a paragraph gives points to its parent and ancestors, weighted by commas and length, then
/// scaled by one minus the link density, with bonuses and penalties from class and id names). The best container
/// wins, a container the CMS marks as the article body (<c>itemprop=articleBody</c>, <c>entry-content</c>,
/// <c>item-text</c>, …) is preferred when it holds most of the winner's text, and siblings that score well are
/// joined. The chosen elements are then converted by <see cref="BlockBuilder"/>, which drops boilerplate inside
/// them. Comments are read separately by <see cref="CommentExtractor"/> and never enter the body.
/// </remarks>
#pragma warning disable CA1822 // instance methods: the extractor may hold options later, callers keep one instance
internal sealed class ContentExtractor
{
    private readonly CommentExtractor _comments = new();

    /// <summary>Finds the main content of <paramref name="document"/> and converts it.</summary>
    /// <param name="document">The page.</param>
    /// <param name="baseUrl">The page's address, for relative links.</param>
    /// <param name="clock">The page's clock, for comments dated relative to the fetch («vor 3 Stunden»).</param>
    public ContentResult Extract(IDocument document, Uri? baseUrl, PageClock clock = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var page = document.Body ?? document.DocumentElement;
        if (page is null)
        {
            return new ContentResult([], [], [], null, [Diag("content.empty", "The page has no body.")]);
        }

        var analysis = new PageAnalysis(page);
        var urls = new UrlResolver(document, baseUrl);
        var diagnostics = new List<ParseDiagnostic>();
        var comments = _comments.Extract(analysis, urls, clock, out var unnamed);
        MarkComments(analysis, unnamed);
        var chosen = ChooseContent(analysis, page, unnamed);
        if (chosen.Count == 0)
        {
            var empty = new ContentResult([], [], comments, null, [Diag("content.notFound", "No main content was found.")]);
            return Retry(page, urls, comments, empty, unnamed);
        }

        var lead = FindLead(analysis, chosen[0], page);
        var result = Build(analysis, chosen, urls, comments, diagnostics, lead);
        return TextLength(result.Body) >= MinimumText ? result : Retry(page, urls, comments, result, unnamed);
    }

    // Comments found by structure rather than by name (under a «Kommentare» heading, in a form posting to a
    // comments script, a run of reviews) are marked like named ones, so the body never takes them.
    private static void MarkComments(PageAnalysis analysis, IReadOnlyList<IElement> unnamed)
    {
        foreach (var e in unnamed)
        {
            var info = analysis.Info(e);
            if (!info.Junk)
            {
                info.Hint = (info.Hint | NameHint.Comments) & ~NameHint.Body;
            }
        }
    }

    // Below this many characters the first try probably missed the article (names that look like boilerplate
    // on a whole page, a paywall wrapper): try again ignoring class names.
    private const int MinimumText = 250;

    private static ContentResult Retry(IElement page, UrlResolver urls, IReadOnlyList<Comment> comments, ContentResult first, IReadOnlyList<IElement> unnamed)
    {
        var analysis = new PageAnalysis(page, relaxed: true);
        MarkComments(analysis, unnamed);
        var chosen = ChooseContent(analysis, page, unnamed);
        if (chosen.Count == 0)
        {
            return first;
        }

        var second = Build(analysis, chosen, urls, comments, [], FindLead(analysis, chosen[0], page));
        return TextLength(second.Body) > TextLength(first.Body) * 2 ? second : first;
    }

    private static int TextLength(IReadOnlyList<Block> blocks)
    {
        var n = 0;
        foreach (var b in blocks)
        {
            n += b.ToPlainText().Length;
        }

        return n;
    }

    /// <summary>Converts a known content element (from a site rule) into blocks, and reads the page's comments.</summary>
    /// <param name="root">The content element.</param>
    /// <param name="baseUrl">The page's address, for relative links.</param>
    /// <param name="clock">The page's clock, for comments dated relative to the fetch.</param>
    public ContentResult Convert(IElement root, Uri? baseUrl, PageClock clock = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        var document = root.Owner;
        var page = document?.Body ?? root;
        var analysis = new PageAnalysis(page.Holds(root) ? page : root);
        var urls = new UrlResolver(document, baseUrl);
        var comments = _comments.Extract(analysis, urls, clock, out _);
        return Build(analysis, [root], urls, comments, [], null);
    }

    private static ContentResult Build(PageAnalysis analysis, List<IElement> chosen, UrlResolver urls, IReadOnlyList<Comment> comments, List<ParseDiagnostic> diagnostics, IElement? leadElement)
    {
        var rootText = 0;
        foreach (var e in chosen)
        {
            rootText += analysis.Info(e).Text;
        }

        var filter = new BoilerplateFilter(analysis, rootText);
        var builder = new BlockBuilder(filter, urls);
        string? lead = null;
        if (leadElement is not null)
        {
            lead = builder.AddLead(leadElement);
        }

        foreach (var e in chosen)
        {
            builder.Add(e);
        }

        var blocks = Tidy(builder.EndOfStory is { } end ? builder.Blocks.GetRange(0, end) : builder.Blocks);
        var images = new List<ImageRef>();
        var seen = new HashSet<Uri>();
        foreach (var b in blocks)
        {
            if (b is ImageBlock ib && seen.Add(ib.Image.Url))
            {
                images.Add(ib.Image);
            }
        }

        if (blocks.Count == 0)
        {
            diagnostics.Add(Diag("content.empty", "The main content holds no text."));
        }

        if (lead is not null)
        {
            // The body may repeat the lead inside its first paragraph: keep one copy.
            if (blocks.Count > 1 && blocks[0] is ParagraphBlock p0 && p0.Text == lead && blocks[1].ToPlainText().Contains(lead, StringComparison.Ordinal))
            {
                blocks.RemoveAt(0);
            }

            if (blocks.Count == 0 || blocks[0] is not ParagraphBlock p1 || p1.Text != lead)
            {
                lead = null;
            }
        }

        if (lead is null && blocks.Count > 1 && blocks[0] is ParagraphBlock firstBlock && IsLeadInside(analysis, chosen[0], firstBlock.Text))
        {
            lead = firstBlock.Text;
        }

        return new ContentResult(blocks, images, comments, chosen[0], diagnostics) { Lead = lead };
    }

    // Whether the body's first paragraph comes from an element named like a lead (p.lead inside the article).
    private static bool IsLeadInside(PageAnalysis analysis, IElement root, string firstText)
    {
        // The first element with text (the root, or its first descendant holding text) decides.
        var e = root;
        for (var depth = 0; depth < 64; depth++)
        {
            var info = analysis.Info(e);
            if ((info.Hint & NameHint.Lead) != 0)
            {
                return info.LinkDensity < 0.3 && string.Equals(BlockBuilder.Collapse(e.TextContent), firstText, StringComparison.Ordinal);
            }

            IElement? next = null;
            foreach (var child in e.ElementChildren())
            {
                if (analysis.Info(child).Text > 0)
                {
                    next = child;
                    break;
                }
            }

            if (next is null || info.OwnText > 0)
            {
                return false;
            }

            e = next;
        }

        return false;
    }

    // The lead sits before the body, near it (within a few ancestors), named like a lead, not link-heavy.
    private static IElement? FindLead(PageAnalysis analysis, IElement root, IElement page)
    {
        if ((analysis.Info(root).Hint & NameHint.Lead) != 0)
        {
            return null;
        }

        var ancestor = root.ParentElement;
        for (var level = 0; level < 6 && ancestor is not null && page.Holds(ancestor); level++, ancestor = ancestor.ParentElement)
        {
            var found = FindLeadBefore(analysis, ancestor, root, 0);
            if (found?.Element is not null)
            {
                return found.Value.Element;
            }
        }

        return null;
    }

    // Searches e's subtree, in document order, up to the body root. Returns null when nothing was found; a result
    // whose Element is null means "the root was reached without a lead".
    private static (IElement? Element, bool Stop)? FindLeadBefore(PageAnalysis analysis, IElement e, IElement root, int depth)
    {
        if (depth > 64)
        {
            return null;
        }

        foreach (var child in e.ElementChildren())
        {
            if (child == root)
            {
                return (null, true);
            }

            var info = analysis.Info(child);
            if (info.Junk || child.LocalName is "nav" or "aside" or "footer" or "form" or "a" or "ul" or "ol" or "li" or "h1"
                || (info.Hint & NameHint.Comments) != 0)
            {
                continue;
            }

            if ((info.Hint & NameHint.Lead) != 0 && info.Text is >= 40 and <= 1500 && info.LinkDensity < 0.3
                && (info.Hint & NameHint.Body) == 0 && !child.Holds(root))
            {
                return (child, true);
            }

            if (child.Holds(root) || info.Text > 0)
            {
                var inner = FindLeadBefore(analysis, child, root, depth + 1);
                if (inner is not null)
                {
                    return inner;
                }
            }
        }

        return null;
    }

    // Drops blocks repeated back to back (the same caption twice, a heading repeated as a paragraph).
    private static List<Block> Tidy(List<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        foreach (var b in blocks)
        {
            if (result.Count > 0 && result[^1].Equals(b))
            {
                continue;
            }

            result.Add(b);
        }

        return result;
    }

    private static ParseDiagnostic Diag(string code, string message) =>
        new() { Code = code, Message = message, Field = "body", Severity = DiagnosticSeverity.Warning };

    /// <summary>The elements holding the main content, in document order.</summary>
    internal static List<IElement> ChooseContent(PageAnalysis analysis, IElement page, IReadOnlyList<IElement>? comments = null)
    {
        IElement? top = null;
        var topScore = double.MinValue;
        var ranked = new List<(IElement Element, double Score)>();

        // A box that a class hides (a newsletter overlay, a collapsed panel) is a candidate only when nothing shown is.
        for (var pass = 0; pass < 2 && top is null; pass++)
        {
            var hiddenSeen = false;
            foreach (var e in analysis.ScoredElements)
            {
                if (!page.Holds(e) || IsUnlikely(analysis, e) || InsideAny(e, comments))
                {
                    continue;
                }

                if (pass == 0 && analysis.Info(e).HiddenByClass)
                {
                    hiddenSeen = true;
                    continue;
                }

                var score = FinalScore(analysis, e);
                ranked.Add((e, score));
                if (score > topScore)
                {
                    topScore = score;
                    top = e;
                }
            }

            if (!hiddenSeen)
            {
                break;
            }
        }

        if (top is null)
        {
            return analysis.Info(page).Text > 0 ? [page] : [];
        }

        top = OutweighName(analysis, top, ranked);
        topScore = FinalScore(analysis, top);
        top = Refine(analysis, top, topScore, ranked, page);
        top = PreferBodyContainer(analysis, top, page);
        return JoinSiblings(analysis, top, page);
    }

    // A weak name («panel-body», «csc-textpic-text», «content-box») lifts a small box by 25 points, more than a page's
    // whole article earns from its paragraphs when its own name is plain or negative («beschreibung», «right»). When
    // another candidate outside the winner holds four times its paragraph score and three times its text, at a low
    // link density and with no boilerplate name, the text outweighs the name. A body name («entry-content»,
    // itemprop=articleBody) is a strong one and keeps its box.
    private static IElement OutweighName(PageAnalysis analysis, IElement top, List<(IElement Element, double Score)> ranked)
    {
        var info = analysis.Info(top);
        if ((info.Hint & NameHint.Body) != 0 || (info.Hint & NameHint.Positive) == 0)
        {
            return top;
        }

        IElement? best = null;
        var bestScore = Math.Max(info.Score, 1) * 4;
        foreach (var (e, _) in ranked)
        {
            var ei = analysis.Info(e);
            if (ei.Score >= bestScore && ei.Text >= info.Text * 3 && ei.LinkDensity < 0.25
                && (ei.Hint & (NameHint.Boilerplate | NameHint.Comments)) == 0 && !e.Holds(top) && !top.Holds(e))
            {
                best = e;
                bestScore = ei.Score;
            }
        }

        return best ?? top;
    }

    // Whether e is one of the comment elements or inside one (a handful of elements, only on pages that have them).
    private static bool InsideAny(IElement e, IReadOnlyList<IElement>? comments)
    {
        if (comments is null || comments.Count == 0)
        {
            return false;
        }

        foreach (var c in comments)
        {
            if (c == e || c.Holds(e))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnlikely(PageAnalysis analysis, IElement e)
    {
        var info = analysis.Info(e);
        if (info.Junk)
        {
            return true;
        }

        return (info.Hint & NameHint.Body) == 0
            && ((info.Hint & NameHint.Comments) != 0 || e.LocalName is "nav" or "aside" or "footer" or "a" or "ul" or "ol" or "li" or "form" or "header");
    }

    internal static double FinalScore(PageAnalysis analysis, IElement e)
    {
        var info = analysis.Info(e);
        return (info.Score + PageAnalysis.InitialScore(e.LocalName, info.Hint)) * (1 - info.LinkDensity);
    }

    // Readability's refinements: when several good candidates share an ancestor, take it; climb while the parent
    // keeps most of the score; climb through wrappers that hold nothing else.
    private static IElement Refine(PageAnalysis analysis, IElement top, double topScore, List<(IElement Element, double Score)> ranked, IElement page)
    {
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        var alternatives = new List<IElement>();
        for (var i = 1; i < ranked.Count && i < 6; i++)
        {
            if (ranked[i].Score >= topScore * 0.75)
            {
                alternatives.Add(ranked[i].Element);
            }
        }

        if (alternatives.Count >= 3)
        {
            for (var parent = top.ParentElement; parent is not null && parent != page.ParentElement; parent = parent.ParentElement)
            {
                var containing = 0;
                foreach (var alt in alternatives)
                {
                    if (parent.Holds(alt))
                    {
                        containing++;
                    }
                }

                if (containing >= 3)
                {
                    top = parent;
                    break;
                }
            }
        }

        var lastScore = FinalScore(analysis, top);
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && page.Holds(parent) && parent != page; parent = parent.ParentElement)
        {
            if (!analysis.Info(parent).Scored)
            {
                continue;
            }

            var parentScore = FinalScore(analysis, parent);
            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                top = parent;
                break;
            }

            lastScore = parentScore;
        }

        while (top.ParentElement is { } p && p != page && page.Holds(p) && p.ChildElementCount == 1 && !IsUnlikely(analysis, p))
        {
            top = p;
        }

        return top;
    }

    // A container the CMS names as the article body is the best evidence there is: take it when it holds a good
    // part of the winner's text (or the winner sits inside it).
    private static IElement PreferBodyContainer(PageAnalysis analysis, IElement top, IElement page)
    {
        var topInfo = analysis.Info(top);
        IElement? best = null;
        var bestText = 0;
        foreach (var e in analysis.ScoredElements)
        {
            var info = analysis.Info(e);
            if ((info.Hint & NameHint.Body) == 0 || info.Junk || info.Text < 200 || info.LinkDensity > 0.5 || !page.Holds(e))
            {
                continue;
            }

            if (info.Text > bestText)
            {
                bestText = info.Text;
                best = e;
            }
        }

        if (best is null || best == top)
        {
            return top;
        }

        if (best.Holds(top))
        {
            return best;
        }

        return bestText >= topInfo.Text * 0.5 ? best : top;
    }

    private static List<IElement> JoinSiblings(PageAnalysis analysis, IElement top, IElement page)
    {
        var parent = top.ParentElement;
        if (parent is null || top == page || !page.Holds(parent))
        {
            return [top];
        }

        var topScore = FinalScore(analysis, top);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.ClassName;
        var result = new List<IElement>();
        foreach (var sibling in parent.ElementChildren())
        {
            if (sibling == top)
            {
                result.Add(sibling);
                continue;
            }

            var info = analysis.Info(sibling);
            if (info.Junk || IsUnlikely(analysis, sibling) || (info.Hint & (NameHint.Boilerplate | NameHint.Comments)) != 0)
            {
                continue;
            }

            var sameClass = !string.IsNullOrEmpty(topClass) && string.Equals(sibling.ClassName, topClass, StringComparison.Ordinal);
            var bonus = sameClass ? topScore * 0.2 : 0;
            if (info.Scored && FinalScore(analysis, sibling) + bonus >= threshold)
            {
                result.Add(sibling);
                continue;
            }

            // The article cut into items of one kind (Drupal's paragraphs: div.field__item after div.field__item): a
            // sibling of the same class with text of its own, not a list of links, is the next part.
            if (sameClass && info.Text >= 200 && info.LinkDensity < 0.25)
            {
                result.Add(sibling);
                continue;
            }

            if (sibling.LocalName == "p")
            {
                var density = info.LinkDensity;
                if ((info.Text > 80 && density < 0.25) || (info.Text > 0 && density == 0 && EndsSentence(sibling)))
                {
                    result.Add(sibling);
                }
            }
        }

        return result;
    }

    private static bool EndsSentence(IElement p)
    {
        var text = p.TextContent.AsSpan().TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '؟' or '。';
    }
}
