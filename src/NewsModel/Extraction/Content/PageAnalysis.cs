using AngleSharp.Dom;
using AngleSharp.Text;
using NewsModel.Html;

namespace NewsModel.Extraction.Content;

/// <summary>What one pass over the DOM learned about an element: its text, link text, commas, names.</summary>
/// <remarks>
/// It is kept on the element itself, in the <see cref="Element.SourceReference"/> slot, which the parser leaves
/// empty (source references are off, see <c>Parsers.Options</c>) and nothing else reads: every lookup of a page's
/// thousands of elements is then one field read instead of a hash of the element in a table. The DOM never leaves
/// the library. Two analyses of one page (the relaxed second try) chain their infos there.
/// </remarks>
internal sealed class ElementInfo : ISourceReference
{
    /// <summary>The analysis this belongs to.</summary>
    public PageAnalysis? Owner;

    /// <summary>Another analysis's info on the same element, or null.</summary>
    public ElementInfo? Next;

    TextPosition ISourceReference.Position => default;

    /// <summary>Visible text length (whitespace runs counted as one), junk excluded.</summary>
    public int Text;

    /// <summary>Text length inside links.</summary>
    public int LinkText;

    /// <summary>Text length of the element's own text nodes (not its children's).</summary>
    public int OwnText;

    /// <summary>Commas in the text (Latin, Arabic, ideographic).</summary>
    public int Commas;

    /// <summary>Commas in the own text nodes.</summary>
    public int OwnCommas;

    /// <summary>Form controls inside (input, textarea, select, button).</summary>
    public int Controls;

    /// <summary>Paragraph-like descendants (p, pre, blockquote, headings): used to spot layout tables.</summary>
    public int Blocks;

    /// <summary>What the class and id say.</summary>
    public NameHint Hint;

    /// <summary>Never content: scripts, styles, hidden elements, form controls.</summary>
    public bool Junk;

    /// <summary>
    /// Inside an element that a class hides (<see cref="PageAnalysis.HasHidingClass"/>): no candidate for the article
    /// while a shown one exists, but still read, since scripts show such boxes on a click (comments behind a «show
    /// comments» button, a match's line-ups in tabs).
    /// </summary>
    public bool HiddenByClass;

    /// <summary>The lower-cased "class id", computed on first request (see <see cref="PageAnalysis.NamesOf"/>).</summary>
    public string? Names;

    /// <summary>The comment reader's reading of <see cref="Names"/> (its own flags), 0 until it asks.</summary>
    public uint CommentWords;

    /// <summary>Readability-style content score.</summary>
    public double Score;

    /// <summary>Whether the element received a score (it holds or is near paragraphs).</summary>
    public bool Scored;

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
}

/// <summary>
/// One bottom-up pass over the document that computes every element's text and link lengths once (no repeated
/// <c>TextContent</c>), classifies names, and scores paragraph containers in the spirit of readability.
/// </summary>
internal sealed class PageAnalysis
{
    private const int MaxDepth = 512;

    // Hints by class attribute, for elements without an id: a page repeats 100-200 class strings over hundreds of
    // elements, and a lookup costs less than lower-casing and scanning the name again.
    private readonly Dictionary<string, (NameHint Hint, bool Hiding)> _hintsByClass = new(StringComparer.Ordinal);
    private readonly List<IElement> _scored = [];

    private readonly bool _relaxed;

    // The elements on the path from the root to the element being visited, and their infos, by depth: a paragraph
    // gives points to its nearest ancestors, which are read here instead of looked up in the table one by one.
    private IElement[] _pathElements = new IElement[32];
    private ElementInfo[] _pathInfos = new ElementInfo[32];

    /// <param name="root">The element to analyse (usually the body).</param>
    /// <param name="relaxed">Whether boilerplate names are ignored (the second try).</param>
    public PageAnalysis(IElement root, bool relaxed = false)
    {
        Root = root;
        _relaxed = relaxed;
        Visit(root, 0, inLink: false, excluded: false);
    }

    public IElement Root { get; }

    /// <summary>Whether boilerplate names were ignored (the second try on pages where the first found nothing).</summary>
    public bool Relaxed => _relaxed;

    public IReadOnlyList<IElement> ScoredElements => _scored;

    /// <summary>The element's lower-cased class and id, computed once per element and only when asked.</summary>
    public string NamesOf(IElement element)
    {
        var info = Find(element);
        if (info?.Names is not null)
        {
            return info.Names;
        }

        var cls = element.ClassName;
        var id = element.Id;
        var names = NameHints.WithoutTaxonomy(string.IsNullOrEmpty(id) ? (cls ?? string.Empty).ToLowerInvariant() : ((cls ?? string.Empty) + " " + id).ToLowerInvariant());
        if (info is not null)
        {
            info.Names = names;
        }

        return names;
    }

    public ElementInfo Info(IElement element) => Find(element) ?? Empty;

    private ElementInfo? Find(IElement element)
    {
        for (var info = element.SourceReference as ElementInfo; info is not null; info = info.Next)
        {
            if (info.Owner == this)
            {
                return info;
            }
        }

        return null;
    }

    // Keeps the info on the element, before any other analysis's.
    private ElementInfo Attach(IElement element)
    {
        var info = new ElementInfo { Owner = this, Next = element.SourceReference as ElementInfo };
        ((Element)element).SourceReference = info;
        return info;
    }

    private static readonly ElementInfo Empty = new() { Junk = true };

    /// <summary>Tags whose text is never part of the content.</summary>
    internal static bool IsJunkTag(string tag) => tag switch
    {
        "script" or "style" or "noscript" or "template" or "svg" or "canvas" or "button" or "input" or "select"
            or "textarea" or "option" or "optgroup" or "datalist" or "head" or "link" or "meta" or "title"
            or "iframe" or "object" or "embed" or "video" or "audio" or "map" or "dialog" or "menu" => true,
        _ => false,
    };

    /// <summary>Whether the element is hidden by its attributes (<c>hidden</c>, <c>aria-hidden</c>, inline style).</summary>
    internal static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden"))
        {
            return true;
        }

        return IsHiddenStyle(e.GetAttribute("style"));
    }

    /// <summary>
    /// Whether a <c>noscript</c> holds the article's text for readers without scripts: the only content, beside
    /// scripts and templates, of an element named as the article's body. Blogger's current themes write a post's
    /// text into a <c>&lt;script type="text/template"&gt;</c> inside <c>div.post-content[itemprop=articleBody]</c>
    /// and again into the noscript after it (security.googleblog.com: the body was empty).
    /// </summary>
    private bool IsBodyFallback(IElement noscript, int depth)
    {
        if (depth == 0 || _pathInfos[depth - 1] is not { } parentInfo || (parentInfo.Hint & NameHint.Body) == 0 || noscript.ParentElement is not { } parent)
        {
            return false;
        }

        foreach (var node in parent.ChildNodes)
        {
            if (node is IElement e ? e.LocalName is not ("script" or "noscript" or "template" or "style") : !string.IsNullOrWhiteSpace(node.TextContent))
            {
                return false;
            }
        }

        return true;
    }

    // The fragments every hiding token holds: a class list without one needs no token walk.
    private static readonly System.Buffers.SearchValues<string> HidingFragments =
        System.Buffers.SearchValues.Create(["hid", "none", "invisible"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the class list hides the element the way CSS frameworks do (<c>hidden</c>, <c>d-none</c>, <c>is-hidden</c>,
    /// <c>hide</c>, <c>invisible</c>, <c>display-none</c>) with no token that shows it again from some screen size on
    /// (Tailwind's <c>hidden lg:block</c>, Bootstrap's <c>d-none d-md-flex</c>): zvei.org's newsletter overlay
    /// (<c>newsalert … hidden</c>) was taken for the article. Not junk: see <see cref="ElementInfo.HiddenByClass"/>.
    /// </summary>
    internal static bool HasHidingClass(string? cls)
    {
        if (cls is null || cls.Length < 4 || !cls.AsSpan().ContainsAny(HidingFragments))
        {
            return false;
        }

        var hiding = false;
        foreach (var range in cls.AsSpan().SplitAny(" \t\n\r\f"))
        {
            var token = cls.AsSpan()[range];
            if (token.Contains(':') || token.StartsWith("visible-", StringComparison.OrdinalIgnoreCase)
                || (token.StartsWith("d-", StringComparison.OrdinalIgnoreCase) && !token.Equals("d-none", StringComparison.OrdinalIgnoreCase)))
            {
                // Shown again at some size: "lg:block", "visible-md", "d-md-block" (but "d-print-none" hides nothing on screen).
                if (!token.EndsWith("-none", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
            else if (token.Equals("hidden", StringComparison.OrdinalIgnoreCase) || token.Equals("d-none", StringComparison.OrdinalIgnoreCase)
                || token.Equals("is-hidden", StringComparison.OrdinalIgnoreCase) || token.Equals("hide", StringComparison.OrdinalIgnoreCase)
                || token.Equals("invisible", StringComparison.OrdinalIgnoreCase) || token.Equals("display-none", StringComparison.OrdinalIgnoreCase))
            {
                hiding = true;
            }
        }

        return hiding;
    }

    private static bool IsHiddenStyle(string? style) =>
        style is not null && style.Length >= 12
        && (ContainsCompact(style, "display:none") || ContainsCompact(style, "visibility:hidden"));

    // Finds "display:none" in "display: none" or "DISPLAY :NONE" without allocating.
    private static bool ContainsCompact(string style, string what)
    {
        for (var start = 0; start < style.Length; start++)
        {
            var i = start;
            var j = 0;
            while (i < style.Length && j < what.Length)
            {
                var c = style[i];
                if (c == ' ')
                {
                    i++;
                    continue;
                }

                if (char.ToLowerInvariant(c) != what[j])
                {
                    break;
                }

                i++;
                j++;
            }

            if (j == what.Length)
            {
                return true;
            }
        }

        return false;
    }

    // Recursive, so its frame is kept small: a page nested to AngleSharp's cap of 512 levels recurses that deep, and
    // with the element's own work inlined (attributes, names, junk test) a level took about 500 bytes of stack,
    // about 400 KB in all, more than a small worker thread has. That work is in Begin, whose frame is gone before
    // the children are visited.
    private ElementInfo Visit(IElement element, int depth, bool inLink, bool excluded)
    {
        var info = Begin(element, depth, out var tag);
        if (info.Junk)
        {
            return info;
        }

        var link = inLink || tag == "a";
        var exclude = (excluded || IsExcludedFromScoring(tag, info.Hint, _relaxed)) && (info.Hint & NameHint.Body) == 0;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is Element ce)
            {
                var ci = Visit(ce, depth + 1, link, exclude);
                info.Controls += ci.Controls;
                if (ci.Junk)
                {
                    continue;
                }

                info.Text += ci.Text;
                info.LinkText += ci.LinkText;
                info.Commas += ci.Commas;
                info.Blocks += ci.Blocks;
            }
            else if (DomCast.TextData(child) is { } data)
            {
                AddText(info, data, link);
            }
        }

        if (tag is "p" or "pre" or "blockquote" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "table" or "dl")
        {
            info.Blocks++;
        }

        if (!exclude)
        {
            ScoreParagraph(element, depth, tag, info);
        }

        return info;
    }

    // A text node's length and commas, counted in its parent.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void AddText(ElementInfo info, string data, bool inLink)
    {
        var (len, commas) = Measure(data);
        info.Text += len;
        info.OwnText += len;
        info.Commas += commas;
        info.OwnCommas += commas;
        if (inLink)
        {
            info.LinkText += len;
        }
    }

    // An element's own part of the visit: its info on the path, its names, and whether it is junk (then its info is
    // complete and its children are not visited).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private ElementInfo Begin(IElement element, int depth, out string tag)
    {
        var info = Attach(element);
        if (depth == _pathElements.Length)
        {
            Array.Resize(ref _pathElements, depth * 2);
            Array.Resize(ref _pathInfos, depth * 2);
        }

        _pathElements[depth] = element;
        _pathInfos[depth] = info;
        tag = element.LocalName;

        // One pass over the attributes instead of one lookup per name.
        string? cls = null;
        string? id = null;
        var hidden = false;
        var articleBody = false;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attr = attributes[i]!;
            switch (attr.LocalName)
            {
                case "class":
                    cls = attr.Value;
                    break;
                case "id":
                    id = attr.Value;
                    break;
                case "hidden":
                    hidden = true;
                    break;
                case "style":
                    hidden |= IsHiddenStyle(attr.Value);
                    break;
                case "itemprop":
                    articleBody = string.Equals(attr.Value, "articleBody", StringComparison.OrdinalIgnoreCase);
                    break;
            }
        }

        (info.Hint, var hiding) = Classify(cls, id);
        info.HiddenByClass = hiding || (depth > 0 && _pathInfos[depth - 1] is { HiddenByClass: true });
        if (articleBody)
        {
            info.Hint |= NameHint.Body | NameHint.Positive;
        }

        if ((IsJunkTag(tag) && !(tag == "noscript" && IsBodyFallback(element, depth))) || hidden || depth > MaxDepth)
        {
            info.Junk = true;
            if (tag is "input" or "textarea" or "select" or "button")
            {
                info.Controls = 1;
            }
        }

        // A junk element's children are not visited; lookups inside junk see junk.
        return info;
    }

    // The names' hint and whether the class hides the element, looked up by class when there is no id.
    private (NameHint Hint, bool Hiding) Classify(string? cls, string? id)
    {
        if (cls is null || !string.IsNullOrEmpty(id))
        {
            return (NameHints.Classify(cls, id), HasHidingClass(cls));
        }

        if (!_hintsByClass.TryGetValue(cls, out var known))
        {
            known = (NameHints.Classify(cls, null), HasHidingClass(cls));
            _hintsByClass[cls] = known;
        }

        return known;
    }

    // Readability drops unlikely candidates before scoring: their paragraphs give no points to anyone.
    private static bool IsExcludedFromScoring(string tag, NameHint hint, bool relaxed)
    {
        if (relaxed)
        {
            return (hint & NameHint.Comments) != 0 && (hint & NameHint.Body) == 0;
        }

        if ((hint & NameHint.Body) != 0)
        {
            return false;
        }

        if ((hint & NameHint.Comments) != 0)
        {
            return true;
        }

        if ((hint & NameHint.Boilerplate) != 0 && (hint & NameHint.Positive) == 0)
        {
            return true;
        }

        return tag is "nav" or "aside" or "footer";
    }

    /// <summary>The collapsed length of a text and its comma count (see <see cref="TextMeasure"/>).</summary>
    internal static (int Length, int Commas) Measure(string text) => TextMeasure.Measure(text);

    // Readability's idea: a paragraph gives points to its parent and, decreasingly, to its ancestors.
    private void ScoreParagraph(IElement element, int depth, string tag, ElementInfo info)
    {
        int len;
        int commas;
        switch (tag)
        {
            case "p" or "pre" or "td" or "blockquote":
                len = info.Text;
                commas = info.Commas;
                break;
            case "div" or "section" or "article" or "main" or "font" or "center" or "span" or "dd" or "li":
                // Loose text directly in a container counts as a paragraph of that container.
                len = info.OwnText;
                commas = info.OwnCommas;
                break;
            default:
                return;
        }

        if (len < 25 || (info.Hint & (NameHint.Boilerplate | NameHint.Comments)) != 0)
        {
            return;
        }

        var points = 1.0 + commas + Math.Min(len / 100, 3);
        if (tag is "div" or "section" or "article" or "main" or "font" or "center" or "span" or "dd" or "li")
        {
            AddScore(element, info, points);
            points /= 2;
        }

        // Ancestors inside the root are on the visit path; the root's own ancestors are looked up in the table.
        IElement? ancestor = null;
        for (var level = 0; level < 5; level++)
        {
            var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            var d = depth - 1 - level;
            if (d >= 0)
            {
                ancestor = _pathElements[d];
                AddScore(ancestor, _pathInfos[d], points / divider);
                continue;
            }

            ancestor = (ancestor ?? element).ParentElement;
            if (ancestor is null)
            {
                break;
            }

            AddScore(ancestor, points / divider);
        }
    }

    private void AddScore(IElement element, double points)
    {
        // The root's ancestors are never visited: create their info now.
        var info = Find(element) ?? Attach(element);

        AddScore(element, info, points);
    }

    private void AddScore(IElement element, ElementInfo info, double points)
    {
        if (!info.Scored)
        {
            info.Scored = true;
            _scored.Add(element);
        }

        info.Score += points;
    }

    /// <summary>The starting score of a candidate container by its tag and names.</summary>
    internal static double InitialScore(string tag, NameHint hint)
    {
        var score = tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if ((hint & NameHint.Body) != 0)
        {
            score += 50;
        }
        else if ((hint & NameHint.Positive) != 0)
        {
            score += 25;
        }

        if ((hint & (NameHint.Boilerplate | NameHint.Comments)) != 0)
        {
            score -= 50;
        }
        else if ((hint & NameHint.Negative) != 0)
        {
            score -= 25;
        }

        if (tag == "article")
        {
            score += 10;
        }

        return score;
    }
}
