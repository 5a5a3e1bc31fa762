using System.Buffers;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using NewsModel.Html;
using NewsModel.Extraction.Content;

namespace NewsModel.Extraction.Comments;

/// <summary>
/// Reads the readers' comments a page renders: finds the comment sections by their class and id names, the single
/// comments inside them (WordPress's <c>li.comment</c>, <c>id="comment-123"</c>, schema.org <c>Comment</c>,
/// <c>leserbrief</c>, …), and for each its author, date (<c>time[datetime]</c>), text, likes and dislikes, and the
/// replies nested in it. Stateless and thread-safe.
/// </summary>
#pragma warning disable CA1822 // an instance, like ContentExtractor: callers keep one and options may come later
internal sealed class CommentExtractor
{
    private const int MaxDepth = 256;

    // The levels of replies nested in Comment.Replies: a level-24 reply's JSON object is 51 deep in the article's.
    private const int MaxNesting = 24;

    // The elements of a comment searched for its permalink (see FirstCommentLink).
    private const int MaxLinkSearch = 500;

    /// <summary>The comments found on the page analysed by <paramref name="analysis"/>.</summary>
    public IReadOnlyList<Comment> Extract(PageAnalysis analysis, UrlResolver urls) => Extract(analysis, urls, default, out _);

    /// <summary>
    /// The comments found on the page analysed by <paramref name="analysis"/>, and the elements they were read from
    /// that the names alone do not mark as comments (a section under a «Kommentare» heading, a form posting to a
    /// comments script, a list of reviews): the content extractor keeps those out of the body.
    /// </summary>
    /// <param name="analysis">The page's analysis.</param>
    /// <param name="urls">Resolves the page's links.</param>
    /// <param name="clock">The page's clock: with a fetch time, comments dated "3 hours ago" get their instant.</param>
    /// <param name="unnamed">The elements read as comments that no name marks.</param>
    public IReadOnlyList<Comment> Extract(PageAnalysis analysis, UrlResolver urls, PageClock clock, out IReadOnlyList<IElement> unnamed)
    {
        var sections = new List<IElement>();
        var siblings = new SiblingIndex();
        FindSections(analysis, analysis.Root, sections, 0, siblings);
        unnamed = [];
        if (sections.Count == 0)
        {
            return [];
        }

        var comments = new List<Comment>();
        Scratch? scratch = null;
        List<IElement>? marked = null;
        var claimed = new HashSet<IElement>();
        var inComments = 0;
        var firstItemText = -1;
        foreach (var section in sections)
        {
            // A section inside an item a «Kommentare» heading already took is that comment again, not a new one.
            if (IsClaimed(section, claimed) || IsLiveCommentary(analysis, section))
            {
                continue;
            }

            var items = new List<IElement>();
            var heading = IsCommentHeading(analysis, section, siblings);
            if (heading)
            {
                // The heading labels its following siblings: each is one comment unless it holds named items.
                CollectAfterHeading(analysis, section, items, siblings);
            }
            else
            {
                FindItems(analysis, section, items, 0);
                if (items.Count == 0 && IsItem(section))
                {
                    // A named item with no section around it (a forum's posts, one after another).
                    items.Add(section);
                }

                if (items.Count == 0 && section.LocalName == "form")
                {
                    ChildrenAsItems(analysis, section, items);
                }
                else if (items.Count == 0)
                {
                    RepeatedChildren(analysis, section, items, 0);
                }
            }

            if (items.Count == 0 || PointsElsewhere(items, urls))
            {
                continue;
            }

            claimed.UnionWith(items);
            foreach (var e in heading ? items : [section])
            {
                var info = analysis.Info(e);
                inComments += info.Text - info.LinkText;
            }

            if (heading || (analysis.Info(section).Hint & NameHint.Comments) == 0)
            {
                marked ??= [];
                marked.AddRange(heading ? items : [section]);
            }

            var thread = Thread.Build(analysis, items);
            foreach (var top in thread.TopLevel)
            {
                var c = Read(analysis, top, thread, null, scratch ??= new Scratch(clock), 0);
                if (c is not null && !IsLabel(analysis, top, c))
                {
                    if (comments.Count == 0)
                    {
                        var info = analysis.Info(top);
                        firstItemText = info.Text - info.LinkText;
                    }

                    comments.Add(c);
                }
            }
        }

        // A forum thread: when the page outside the posts holds less text than the first post, that post is the
        // question the page is about (its main text), and only the answers are comments.
        var root = analysis.Info(analysis.Root);
        if (comments.Count >= 2 && firstItemText > root.Text - root.LinkText - inComments)
        {
            comments.RemoveAt(0);
        }

        if (marked is not null)
        {
            unnamed = marked;
        }

        return comments;
    }

    private static bool IsClaimed(IElement section, HashSet<IElement> claimed)
    {
        if (claimed.Count == 0)
        {
            return false;
        }

        for (var e = section; e is not null; e = e.ParentElement)
        {
            if (claimed.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    // Live commentary of a match or event ("live-match-comments", "liveticker") is the newsroom's writing.
    private static bool IsLiveCommentary(PageAnalysis analysis, IElement section)
    {
        var names = analysis.NamesOf(section).AsSpan();
        for (var at = names.IndexOf("live", StringComparison.Ordinal); at >= 0; at = Next(names, at))
        {
            var before = at == 0 || !char.IsLetter(names[at - 1]);
            if (before)
            {
                return true;
            }
        }

        return false;

        static int Next(ReadOnlySpan<char> names, int at)
        {
            var next = names[(at + 4)..].IndexOf("live", StringComparison.Ordinal);
            return next < 0 ? -1 : at + 4 + next;
        }
    }

    // A "latest comments" box: its items link to comments on other pages ("…/other-article/#comment-966"). The
    // comments of this page link, if at all, to this page or to their own permalink ("/comment/214106#comment-…").
    private static bool PointsElsewhere(List<IElement> items, UrlResolver urls)
    {
        var b = urls.Base;
        var page = b is not null && b.AbsolutePath.Length > 1 ? b.GetLeftPart(UriPartial.Path).TrimEnd('/') : null;
        string? firstDocument = null;
        var elsewhere = 0;

        // Every comment's link is the same address but for its fragment ("…/#comment-2058226"): each address is
        // resolved once (the fragment changes neither its host nor its path).
        var documents = new Dictionary<string, CommentTarget?>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (FirstCommentLink(item, urls, documents) is { } link)
            {
                var (host, document) = link;
                firstDocument ??= document;
                if ((page is not null && string.Equals(host, b!.Host, StringComparison.OrdinalIgnoreCase)
                        && !string.Equals(document, page, StringComparison.Ordinal))
                    || !string.Equals(document, firstDocument, StringComparison.Ordinal))
                {
                    elsewhere++;
                }
            }
        }

        return elsewhere * 2 >= items.Count && elsewhere > 0;
    }

    // The host and document (the address without query and fragment, no trailing slash) of the first
    // a[href*='#comment'] under e, in document order, that resolves to a page whose path does not speak of comments.
    // Matched as AngleSharp's selector would (an ordinal contains), without parsing the selector for every item, by a
    // recursion (no enumerator's buffers; a page deep enough to strain the stack is read on a thread of its own, see
    // DeepPage). Only the first MaxLinkSearch elements are searched: a comment's permalink is in its header, and each
    // item holds its replies, so a thread nested hundreds deep made this search quadratic.
    private static CommentTarget? FirstCommentLink(IElement e, UrlResolver urls, Dictionary<string, CommentTarget?> documents)
    {
        var searched = 0;
        return FirstCommentLink(e, urls, documents, ref searched);
    }

    private static CommentTarget? FirstCommentLink(IElement e, UrlResolver urls, Dictionary<string, CommentTarget?> documents, ref int searched)
    {
        foreach (var child in e.ElementChildren())
        {
            if (++searched > MaxLinkSearch)
            {
                return null;
            }

            if ((CommentLinkTarget(child, urls, documents) ?? FirstCommentLink(child, urls, documents, ref searched)) is { } target)
            {
                return target;
            }
        }

        return null;
    }

    private static CommentTarget? CommentLinkTarget(IElement a, UrlResolver urls, Dictionary<string, CommentTarget?> documents)
    {
        if (!string.Equals(a.LocalName, "a", StringComparison.OrdinalIgnoreCase) || a.GetAttribute("href") is not { } href
            || !href.Contains("#comment", StringComparison.Ordinal))
        {
            return null;
        }

        // Keyed by the address before its fragment: "#comment" is in the fragment, so that part is never empty.
        var key = href[..href.IndexOf('#', StringComparison.Ordinal)];
        if (string.IsNullOrWhiteSpace(key))
        {
            return Resolve(href, urls);
        }

        if (!documents.TryGetValue(key, out var known))
        {
            known = Resolve(href, urls);
            documents[key] = known;
        }

        return known;
    }

    private static CommentTarget? Resolve(string href, UrlResolver urls)
    {
        var target = urls.Resolve(href);
        return target is null || target.AbsolutePath.Contains("comment", StringComparison.OrdinalIgnoreCase)
            ? null
            : new CommentTarget(target.Host, target.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }

    // Where a comment's permalink leads: the host, and the address without query and fragment (no trailing slash).
    private readonly record struct CommentTarget(string Host, string Document);

    // «Kommentar schreiben», «komentarze (0)», «Loading Facebook Comments …», «Alle Kommentare anzeigen»: a button,
    // a count or a plugin's placeholder in a comment box has no author, no date, a few words, and is a link or
    // speaks of comments. A reader's short comment («Sehr cooles Thema!») is neither.
    private static bool IsLabel(PageAnalysis analysis, IElement item, Comment c)
    {
        if (c.Author is not null || c.Published is not null || c.Replies.Count > 0 || c.Text.Length >= 40)
        {
            return false;
        }

        if (analysis.Info(item).LinkDensity >= 0.5 || !HasLetter(c.Text))
        {
            return true;
        }

        foreach (var stem in LabelStems)
        {
            if (c.Text.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Any char char.IsLetter accepts, without LINQ's boxed enumerator.
    private static bool HasLetter(string text)
    {
        foreach (var ch in text)
        {
            if (char.IsLetter(ch))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] LabelStems = ["comment", "komment", "koment", "comentar", "تعليق", "نظر", "دیدگاه"];

    // The outermost elements named as comment sections (not the form alone, not a link to the comments).
    private static void FindSections(PageAnalysis analysis, IElement e, List<IElement> sections, int depth, SiblingIndex siblings)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var child in e.ElementChildren())
        {
            // Every test below asks for 6 chars of text or more, and an element holds at least the text of each
            // child that is not junk: below 6, nothing inside can be a section either.
            var info = analysis.Info(child);
            if (info.Junk || info.Text < 6)
            {
                continue;
            }

            if ((info.Hint & NameHint.Comments) != 0 && (info.Hint & NameHint.Body) == 0 && info.Text >= 20
                && child.LocalName is not ("a" or "form" or "span" or "button" or "textarea" or "input" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"))
            {
                sections.Add(child);
                continue;
            }

            if (info.Text >= 20 && IsUnnamedSection(analysis, child, info))
            {
                sections.Add(child);
                continue;
            }

            if (info.Text is >= 6 and <= 40 && IsCommentHeading(analysis, child, siblings)
                && (analysis.Info(siblings.NextElement(child)!).Hint & NameHint.Comments) == 0)
            {
                // A «Kommentare» heading: the comments are its following siblings (read in Extract).
                sections.Add(child);
                continue;
            }

            FindSections(analysis, child, sections, depth + 1, siblings);
        }
    }

    // Sections the names do not mark: a form that posts to a comments script and holds no text field (the list of
    // comments a guestbook CMS wraps in its moderation form), a schema.org Comment, and a run of reviews or other
    // items that IsItem knows (two or more siblings alike) outside any named section.
    private static bool IsUnnamedSection(PageAnalysis analysis, IElement e, ElementInfo info)
    {
        if (e.LocalName == "form")
        {
            var action = e.GetAttribute("action");
            return info.Controls == 0 && action is not null && action.Contains("comment", StringComparison.OrdinalIgnoreCase)
                && (info.Hint & NameHint.Body) == 0;
        }

        if ((info.Hint & NameHint.Body) != 0 || !MayBeItem(e))
        {
            return false;
        }

        var itemType = e.GetAttribute("itemtype");
        if (itemType is not null && itemType.EndsWith("/Comment", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!IsItem(e) || e.ParentElement is not { } parent)
        {
            return false;
        }

        // A review teaser (a linked title and a score) is navigation, not a reader's review.
        if (info.LinkDensity > 0.5)
        {
            return false;
        }

        // One review on an article page may be the article itself: ask for a run of them.
        var cls = e.ClassName;
        var alike = 0;
        foreach (var sibling in parent.ElementChildren())
        {
            if (string.Equals(sibling.ClassName, cls, StringComparison.Ordinal) && analysis.Info(sibling).Text > 0)
            {
                alike++;
            }
        }

        return alike >= 2;
    }

    // A cheap test before IsItem on elements whose names say nothing of comments: only item markers left.
    private static bool MayBeItem(IElement e)
    {
        // One pass over the attributes (by qualified name, as HasAttribute and GetAttribute match them).
        string? cls = null;
        var attributes = e.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attr = attributes[i]!;
            switch (attr.Name)
            {
                case "itemtype" or "itemprop":
                    return true;
                case "class":
                    cls ??= attr.Value;
                    break;
            }
        }

        return cls is not null && cls.Contains("rev", StringComparison.OrdinalIgnoreCase);
    }

    // «Kommentare», «3 Comments», «Leserkommentare (12)»: a short element whose whole text labels the comments
    // below it, followed by siblings that hold them.
    internal static bool IsCommentHeading(PageAnalysis analysis, IElement e, SiblingIndex siblings)
    {
        // The cheap tests first, the following sibling last.
        var info = analysis.Info(e);
        if (info.Text is < 6 or > 40 || info.Junk || info.LinkText > 0
            || e.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6" or "div" or "p" or "span" or "strong" or "b"))
        {
            return false;
        }

        if (e.LocalName is "div" or "p" or "span" or "strong" or "b" && e.ChildElementCount > 0)
        {
            return false;
        }

        // The text of a lone text node is its data: no TextContent string.
        var children = e.ChildNodes;
        var text = (children.Length == 1 && children[0] is IText only ? only.Data : e.TextContent).AsSpan().Trim();
        var start = 0;
        while (start < text.Length && (char.IsDigit(text[start]) || text[start] is ' ' or '('))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && (char.IsDigit(text[end - 1]) || text[end - 1] is ' ' or ')' or ':'))
        {
            end--;
        }

        var word = text[start..end];
        foreach (var label in HeadingLabels)
        {
            if (word.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return siblings.NextElement(e) is not null;
            }
        }

        return false;
    }

    private static readonly string[] HeadingLabels =
    [
        "kommentare", "leserkommentare", "comments", "responses", "reader comments",
        "commentaires", "comentarios", "commenti", "komentarze", "reacties", "نظرات", "دیدگاه‌ها", "نظرات کاربران",
    ];

    // The siblings after a comment heading, up to the next heading like it or the comment form.
    private static void CollectAfterHeading(PageAnalysis analysis, IElement heading, List<IElement> items, SiblingIndex siblings)
    {
        var cls = heading.ClassName;
        foreach (var e in siblings.ElementsAfter(heading))
        {
            var info = analysis.Info(e);
            if (e.LocalName == heading.LocalName && string.Equals(e.ClassName, cls, StringComparison.Ordinal))
            {
                break;
            }

            if (info.Junk || info.Text == 0)
            {
                continue;
            }

            if (info.Controls > 0 || e.LocalName is "form" or "h1" or "h2" || (info.Hint & NameHint.Body) != 0)
            {
                break;
            }

            var before = items.Count;
            FindItems(analysis, e, items, 0);
            if (items.Count == before)
            {
                items.Add(e);
            }
        }
    }

    // A section without named items (a guestbook form): each child holding text, links aside, is one comment.
    private static void ChildrenAsItems(PageAnalysis analysis, IElement section, List<IElement> items)
    {
        foreach (var child in section.ElementChildren())
        {
            var info = analysis.Info(child);
            if (!info.Junk && info.Text > 0 && child.LocalName is not ("a" or "img" or "br" or "hr") && info.LinkDensity < 0.5)
            {
                items.Add(child);
            }
        }
    }

    // A named section whose items carry no comment names (li.member beside li.guest): the first run of two or more
    // siblings with the same class, each holding text, mostly not links, marks the list; its elements of that tag are
    // the comments.
    private static bool RepeatedChildren(PageAnalysis analysis, IElement e, List<IElement> items, int depth)
    {
        if (depth > 8)
        {
            return false;
        }

        string? previous = null;
        var run = 0;
        foreach (var child in e.ElementChildren())
        {
            var info = analysis.Info(child);
            var cls = child.ClassName;
            if (info.Junk || info.Text < 20 || string.IsNullOrEmpty(cls) || child.LocalName is "a" or "form" || info.LinkDensity > 0.5)
            {
                continue;
            }

            if (string.Equals(cls, previous, StringComparison.Ordinal))
            {
                run++;
            }
            else
            {
                previous = cls;
                run = 1;
            }

            if (run >= 2)
            {
                // Every sibling of that tag that reads like one ("li.member", "li.guest"), not only the same class.
                foreach (var sibling in e.ElementChildren())
                {
                    var si = analysis.Info(sibling);
                    if (!si.Junk && sibling.LocalName == child.LocalName && si.Text >= 20 && si.LinkDensity <= 0.5)
                    {
                        items.Add(sibling);
                    }
                }

                return true;
            }
        }

        foreach (var child in e.ElementChildren())
        {
            var info = analysis.Info(child);
            if (!info.Junk && info.Text >= 40 && child.LocalName is not ("a" or "form") && RepeatedChildren(analysis, child, items, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    // Elements that are one comment each.
    private static void FindItems(PageAnalysis analysis, IElement e, List<IElement> items, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var child in e.ElementChildren())
        {
            // An item holds text, and an element without text has no child that is not junk with any: the subtree
            // is skipped.
            var info = analysis.Info(child);
            if (info.Junk || info.Text == 0 || child.LocalName is "form" or "a")
            {
                continue;
            }

            if (IsItem(child))
            {
                items.Add(child);
            }

            FindItems(analysis, child, items, depth + 1);
        }
    }

    internal static bool IsItem(IElement e)
    {
        var (itemType, itemProp, cls) = AttributeValues.FirstOf(e, "itemtype", "itemprop", "class");

        if (itemType is not null && (itemType.EndsWith("/Comment", StringComparison.OrdinalIgnoreCase) || itemType.EndsWith("/UserComments", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (string.Equals(itemProp, "comment", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var id = e.Id;
        if (!string.IsNullOrEmpty(id) && !id.StartsWith("div-comment", StringComparison.OrdinalIgnoreCase) && HasNumberedPrefix(id))
        {
            return true;
        }

        if (string.IsNullOrEmpty(cls))
        {
            return false;
        }

        // A comment's text box that also says "comment" (WordPress's Twenty Twelve: <section class="comment-content
        // comment">; theoriginalcopy.de: "comment__content comment") is a part of its comment, not a reply: taken for
        // one, every comment lost its text to a reply of its own.
        if (HasTextBoxToken(cls))
        {
            return false;
        }

        // Each space-separated token, lower-cased char by char (as ToLowerInvariant would) into a buffer: no split
        // array, no token strings.
        Span<char> buffer = stackalloc char[64];
        var rest = cls.AsSpan();
        while (rest.Length > 0)
        {
            var space = rest.IndexOf(' ');
            var token = space < 0 ? rest : rest[..space];
            rest = space < 0 ? [] : rest[(space + 1)..];
            if (token.Length == 0 || token.Length > buffer.Length)
            {
                // The longest item token with its prefix is far shorter than the buffer: a longer one cannot match.
                continue;
            }

            var t = buffer[..token.Length];
            for (var i = 0; i < token.Length; i++)
            {
                t[i] = char.ToLowerInvariant(token[i]);
            }

            if (IsItemToken(t))
            {
                return true;
            }

            // A site's short prefix: "kb-comment", "mo-comment-card", "c-comment-card"; an action's prefix names the
            // button or form ("add-comment", "new-comment", "btn-comment", "load-comments"), not a comment.
            var dash = t.IndexOf('-');
            if (dash is > 0 and <= 4 && t[..dash] is not ("fa" or "fas" or "far" or "fab" or "bi" or "ico" or "icon" or "add" or "new" or "post" or "btn" or "no" or "load" or "show" or "more" or "open") && IsItemToken(t[(dash + 1)..]))
            {
                return true;
            }
        }

        return false;
    }

    // "comment-content", "comment__text", "comment_body", "comment-message": the box that holds a comment's words.
    private static bool HasTextBoxToken(string cls)
    {
        foreach (var range in cls.AsSpan().Split(' '))
        {
            var token = cls.AsSpan()[range];
            if (token.StartsWith("comment", StringComparison.OrdinalIgnoreCase) && token.Length > 8)
            {
                var part = token[7..].TrimStart("-_");
                if (part.Length < token.Length - 7 && (part.Equals("content", StringComparison.OrdinalIgnoreCase) || part.Equals("text", StringComparison.OrdinalIgnoreCase)
                    || part.Equals("body", StringComparison.OrdinalIgnoreCase) || part.Equals("message", StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsItemToken(ReadOnlySpan<char> t) =>
        t is "comment" or "comment-item" or "commentitem" or "comment_item" or "single-comment" or "comment-single"
                or "comments-item" or "comment-entry" or "comment-container" or "leserbrief" or "wpd-comment" or "commentlist-item"
                or "comment-row" or "comment-wrap" or "comment-wrapper" or "c-comment" or "js-comment" or "usercomment"
                or "user-comment" or "comment-thread-element" or "kommentar" or "reader-comment"
                or "kommentar-item" or "commentscon" or "comment-card" or "review" or "jdgm-rev" or "mtncomment" or "comment-main-level";

    // "comment-123", "comment_123", "li-comment-123", "comment123", "cmt-5".
    private static bool HasNumberedPrefix(string id)
    {
        var lower = id.AsSpan();
        var at = lower.IndexOf("comment", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        var rest = lower[(at + 7)..].TrimStart("-_");
        return rest.Length > 0 && rest.Length <= 12 && !rest.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>
    /// Reads a comment and its replies, nested as the page nests them down to <see cref="MaxNesting"/> levels; the
    /// replies below that level are listed under the last nested one in the order the page shows them, each with the
    /// <see cref="Comment.ParentId"/> of the comment it answers, so nothing is lost and the article's JSON stays within
    /// a JSON reader's usual depth limit of 64.
    /// </summary>
    private static Comment? Read(PageAnalysis analysis, IElement item, Thread thread, string? parentId, Scratch scratch, int depth)
    {
        var id = thread.IdOf(item);
        List<Comment>? replies = null;
        if (depth < MaxNesting)
        {
            foreach (var child in thread.RepliesOf(item))
            {
                var r = Read(analysis, child, thread, id, scratch, depth + 1);
                if (r is not null)
                {
                    (replies ??= []).Add(r);
                }
            }
        }
        else
        {
            // Below the last level: every reply under this one, in page order, beside each other. A loop, so a thread
            // nested hundreds of levels needs no deep stack.
            var pending = new Stack<(IElement Item, string? ParentId)>();
            PushReplies(thread, item, id, pending);
            while (pending.TryPop(out var next))
            {
                var nextId = thread.IdOf(next.Item);
                if (ReadOwn(analysis, next.Item, thread, next.ParentId, nextId, scratch, null) is { } r)
                {
                    (replies ??= []).Add(r);
                }

                PushReplies(thread, next.Item, nextId, pending);
            }
        }

        return ReadOwn(analysis, item, thread, parentId, id, scratch, replies);
    }

    // Pushes an item's replies so that the first is popped first.
    private static void PushReplies(Thread thread, IElement item, string? id, Stack<(IElement, string?)> pending)
    {
        var children = thread.RepliesOf(item);
        for (var i = children.Count - 1; i >= 0; i--)
        {
            pending.Push((children[i], id));
        }
    }

    /// <summary>A comment's own parts, with the replies already read; null when it has neither words nor replies.</summary>
    private static Comment? ReadOwn(PageAnalysis analysis, IElement item, Thread thread, string? parentId, string? id, Scratch scratch, List<Comment>? replies)
    {
        var items = thread.Comments;
        var parts = new Parts { Clock = scratch.Clock };
        Survey(analysis, item, items, ref parts, bodyOpen: true, 0);

        // A dt header's words are in the dd after it: the search goes on there, and the words are read from it.
        var partner = thread.PartnerOf(item);
        if (partner is not null)
        {
            Survey(analysis, partner, items, ref parts, bodyOpen: true, 0);
        }

        var words = partner ?? item;
        var author = parts.Author;
        var authorText = author is null ? null : CleanAuthor(TextOf(analysis, author, items, null, scratch.Text));

        // The body's words when it is named for them (tier 2+) or holds at least half of the item's; else the item's.
        // Only the text kept is turned into a string.
        var body = parts.Body;
        string text;
        if (body is not null && parts.Tier >= 2)
        {
            text = ToTrimmedString(TextOf(analysis, body, items, author, scratch.Text));
        }
        else if (body is not null)
        {
            var named = TextOf(analysis, body, items, author, scratch.Text);
            var whole = TextOf(analysis, words, items, author, scratch.Other);
            text = ToTrimmedString(TrimmedLength(named) * 2 >= TrimmedLength(whole) ? named : whole);
        }
        else
        {
            text = ToTrimmedString(TextOf(analysis, words, items, author, scratch.Text));
        }

        text = WithoutActionLines(text);

        // A date printed as bare text above the words (happyface313.com: «März 7, 2018», no element of its own) is the
        // comment's date when nothing else gave one, and not part of its words.
        var published = parts.Date;
        var firstBreak = published is null ? text.IndexOf('\n') : -1;
        if (firstBreak is > 0 and <= 60 && text[..firstBreak] is var firstLine && BodyEdges.IsMetadataLine(firstLine)
            && DateReader.TryReadVisible(firstLine, scratch.Clock, out var printed, out _))
        {
            published = printed;
            text = text[(firstBreak + 1)..].TrimStart();
        }

        if (text.Length == 0 && replies is null)
        {
            return null;
        }

        return new Comment
        {
            Id = id,
            ParentId = parentId,
            Author = string.IsNullOrEmpty(authorText) ? null : authorText,
            Published = published,
            Text = text,
            Likes = parts.Likes,
            Dislikes = parts.Dislikes,
            Replies = replies is null ? [] : replies,
        };
    }

    // The labels of a comment's buttons and links, when the markup gives them no name to skip them by.
    private static readonly string[] ActionLabels =
    [
        "Antworten", "Antwort", "Reply", "Répondre", "Responder", "Rispondi", "Odpowiedz", "Melden", "Report",
        "پاسخ", "پاسخ دادن", "پاسخ به این نظر",
    ];

    // Drops a last line that is only a button's label ("…war super lecker.\nAntworten" on chefkoch.de).
    internal static string WithoutActionLines(string text)
    {
        while (text.LastIndexOf('\n') is var nl and >= 0)
        {
            var last = text.AsSpan(nl + 1).Trim();
            var isLabel = false;
            foreach (var label in ActionLabels)
            {
                if (last.Equals(label, StringComparison.OrdinalIgnoreCase))
                {
                    isLabel = true;
                    break;
                }
            }

            if (!isLabel)
            {
                break;
            }

            text = text[..nl].TrimEnd();
        }

        return text;
    }

    // The StringBuilders one Extract call reuses for the texts of all its comments.
    private sealed class Scratch(PageClock clock)
    {
        public PageClock Clock { get; } = clock;

        public StringBuilder Text { get; } = new();

        public StringBuilder Other { get; } = new();
    }

    // What one walk over an item finds: the first author, date, likes and dislikes in document order (as separate
    // walks that stop at the first match would), and the body by FindBody's tiers.
    private struct Parts
    {
        public PageClock Clock;
        public bool AuthorDone;
        public IElement? Author;
        public bool DateDone;
        public DateTimeOffset? Date;
        public bool LikesDone;
        public int? Likes;
        public bool DislikesDone;
        public int? Dislikes;
        public IElement? Body;
        public int Tier;
        public int BodyText;

        public readonly bool AllFound => AuthorDone && DateDone && LikesDone && DislikesDone;
    }

    /// <summary>
    /// The comments of one section as a tree. An item nested first inside another item, with little text before it,
    /// is the same comment (<c>li.comment &gt; article.comment</c>) and merges into it; any other nested item is a reply.
    /// </summary>
    private sealed class Thread
    {
        private readonly Dictionary<IElement, List<IElement>> _replies;
        private readonly Dictionary<IElement, string?> _ids;
        private Dictionary<IElement, IElement>? _partners;

        // Shared by every item without replies; never changed.
        private static readonly List<IElement> NoReplies = [];

        // Sized for the section's items once instead of growing through every power of two.
        private Thread(int items)
        {
            _replies = new(items, ReferenceEqualityComparer.Instance);
            _ids = new(items, ReferenceEqualityComparer.Instance);
            Comments = new(items, ReferenceEqualityComparer.Instance);
        }

        public HashSet<IElement> Comments { get; }

        public List<IElement> TopLevel { get; } = [];

        public List<IElement> RepliesOf(IElement item) =>
            _replies.TryGetValue(item, out var list) ? list : NoReplies;

        public string? IdOf(IElement item) => _ids.GetValueOrDefault(item);

        /// <summary>The <c>dd</c> that holds the words of a comment whose header is this <c>dt</c> (Thesis: dl#comment_list).</summary>
        public IElement? PartnerOf(IElement item) => _partners?.GetValueOrDefault(item);

        public static Thread Build(PageAnalysis analysis, List<IElement> items)
        {
            var thread = new Thread(items.Count);
            var all = new HashSet<IElement>(items, ReferenceEqualityComparer.Instance);
            var canonical = new Dictionary<IElement, IElement>(items.Count, ReferenceEqualityComparer.Instance);
            IElement? previous = null;
            foreach (var item in items)
            {
                var before = previous;
                previous = item;

                // <dt class="comment">author, date</dt><dd class="comment">words</dd>: one comment in two elements.
                if (item.LocalName == "dd" && before is { LocalName: "dt" } dt && dt.ParentElement == item.ParentElement
                    && canonical.TryGetValue(dt, out var dtOwner) && dtOwner == dt)
                {
                    canonical[item] = dt;
                    (thread._partners ??= new(ReferenceEqualityComparer.Instance))[dt] = item;
                    continue;
                }

                // Items come in document order, so every ancestor item is already placed.
                IElement? outer = null;
                for (var a = item.ParentElement; a is not null; a = a.ParentElement)
                {
                    if (all.Contains(a))
                    {
                        outer = a;
                        break;
                    }
                }

                if (outer is not null && IsSameComment(analysis, outer, item, all))
                {
                    var owner = canonical[outer];
                    canonical[item] = owner;
                    if (thread._ids[owner] is null && !string.IsNullOrEmpty(item.Id))
                    {
                        thread._ids[owner] = item.Id;
                    }

                    continue;
                }

                canonical[item] = item;
                thread.Comments.Add(item);
                thread._ids[item] = string.IsNullOrEmpty(item.Id) ? null : item.Id;
                if (outer is null)
                {
                    thread.TopLevel.Add(item);
                }
                else
                {
                    var parent = canonical[outer];
                    if (!thread._replies.TryGetValue(parent, out var list))
                    {
                        list = [];
                        thread._replies[parent] = list;
                    }

                    list.Add(item);
                }
            }

            return thread;
        }

        // Whether inner is outer's own wrapper: the first item inside outer, with at most a name's length of text before
        // it. A reply comes after its parent's words, so more text than that means inner is a reply.
        private static bool IsSameComment(PageAnalysis analysis, IElement outer, IElement inner, HashSet<IElement> all)
        {
            // The comment's own text block, marked itemprop=comment under a header (Drupal's field-name-comment-body).
            var names = analysis.NamesOf(inner);
            if (string.IsNullOrEmpty(inner.Id) && string.Equals(inner.GetAttribute("itemprop"), "comment", StringComparison.OrdinalIgnoreCase)
                && !names.Contains("depth", StringComparison.Ordinal) && (names.Contains("body", StringComparison.Ordinal) || names.Contains("content", StringComparison.Ordinal)
                || names.Contains("text", StringComparison.Ordinal)))
            {
                return true;
            }

            var before = 0;
            var result = Scan(analysis, outer, inner, all, ref before, 0);
            return result == true;
        }

        // true: reached inner first; false: another item or too much text first; null: keep going.
        private static bool? Scan(PageAnalysis analysis, IElement e, IElement inner, HashSet<IElement> all, ref int before, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            // e holds inner (the caller made sure): the child of e on the way down to inner is found once, instead of
            // a walk up from inner for every child.
            INode holder = inner;
            while (holder.Parent is { } up && up != e)
            {
                holder = up;
            }

            var children = e.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                var node = children[i];
                if (node is Element ce)
                {
                    if (ce == inner)
                    {
                        return true;
                    }

                    if (all.Contains(ce) && ce != holder)
                    {
                        return false;
                    }

                    if (ce == holder)
                    {
                        return Scan(analysis, ce, inner, all, ref before, depth + 1);
                    }

                    before += analysis.Info(ce).Text;
                }
                else if (DomCast.TextData(node) is { } data)
                {
                    before += PageAnalysis.Measure(data).Length;
                }

                if (before > 30)
                {
                    return false;
                }
            }

            return null;
        }
    }

    // One walk over the item's descendants that are not nested comments (nor scripts, styles, forms), in document
    // order. Each finder takes its first match and stops; the body search skips chrome, the author and empty
    // elements with their subtrees, while the other finders still look inside them. The author is always known by
    // the time the walk reaches it or anything inside it (it is the first match or inside that), so the body search
    // sees the same author test as when it ran after the author search.
    private static void Survey(PageAnalysis analysis, IElement e, HashSet<IElement> items, ref Parts parts, bool bodyOpen, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var child in e.ElementChildren())
        {
            if (items.Contains(child) || child.LocalName is "script" or "style" or "form")
            {
                continue;
            }

            // One table lookup for the element's info and names, shared by the finders.
            var info = analysis.Info(child);
            var names = info.Names ?? analysis.NamesOf(child);

            // And one pass over its attributes for the two the finders read (by qualified name, as GetAttribute).
            var (itemprop, datetime, _) = !parts.AuthorDone || !parts.DateDone || bodyOpen
                ? AttributeValues.FirstOf(child, "itemprop", "datetime")
                : default;

            // An author box without a name in it (happyface313.com's "comment-author vcard" holds the avatar alone; the
            // name is a span.author further on) does not end the search.
            if (!parts.AuthorDone && IsAuthorCandidate(analysis, child, info, names, itemprop, out var author) && analysis.Info(author).Text is > 0 and < 120)
            {
                parts.AuthorDone = true;
                parts.Author = author;
            }

            if (!parts.DateDone && (DateOf(child, datetime) ?? PrintedDateOf(child, names, info, parts.Clock)) is { } date)
            {
                parts.DateDone = true;
                parts.Date = date;
            }

            if (!parts.LikesDone || !parts.DislikesDone)
            {
                CountVotes(child, info, names, ref parts);
            }

            var open = bodyOpen && BodyCandidate(child, info, names, itemprop, ref parts);
            if (open || !parts.AllFound)
            {
                Survey(analysis, child, items, ref parts, open, depth + 1);
            }
        }
    }

    // The author: itemprop=author or a cite, else an element named for the commenter, or rather its named child
    // ("comment-author vcard" may hold the avatar and the name).
    private static bool IsAuthorCandidate(PageAnalysis analysis, IElement e, ElementInfo info, string cls, string? itemprop, out IElement author)
    {
        author = e;
        if (string.Equals(itemprop, "author", StringComparison.OrdinalIgnoreCase) || e.LocalName == "cite")
        {
            // The name inside, when it is marked: WordPress's «<cite><b class="fn">Mathias</b> <span>Autor</span></cite>»
            // badges the post's writer beside the name.
            if (e.FirstDescendant(static d => ClassNames.HasToken(d.ClassName, "fn") || string.Equals(d.GetAttribute("itemprop"), "name", StringComparison.OrdinalIgnoreCase)) is { } name
                && analysis.Info(name).Text > 0)
            {
                author = name;
            }

            return true;
        }

        // A named link to the commenter's profile (chefkoch: <strong><a href="/user/profil/…/anaya60.html">), not
        // the avatar's empty link before it.
        if (e.LocalName == "a" && analysis.Info(e).Text is > 1 and < 60 && e.GetAttribute("href") is { } href
            && href.AsSpan().IndexOfAny(ProfilePaths) >= 0)
        {
            return true;
        }

        if (cls.Length > 0 && (WordsOf(info, cls) & Words.Avatar) == 0
            && (ClassNames.HasToken(cls, "fn") || ClassNames.HasToken(cls, "name") || (WordsOf(info, cls) & Words.Author) != 0))
        {
            // A marked name first (class fn, itemprop=name), then the emphasis that holds it.
            var inner = e.FirstDescendant(static d => ClassNames.HasToken(d.ClassName, "fn") || string.Equals(d.GetAttribute("itemprop"), "name", StringComparison.OrdinalIgnoreCase))
                ?? e.FirstDescendant(static d => d.LocalName is "cite" or "b" or "strong");
            if (inner is not null && analysis.Info(inner).Text > 0)
            {
                author = inner;
            }

            return true;
        }

        return false;
    }

    // The element holding the comment's words: named for it ("comment-content", "comment-text", itemprop=text)
    // first, else the largest element named content/text/body/message; never chrome, never the author. Returns
    // whether the search goes on inside the element.
    private static bool BodyCandidate(IElement e, ElementInfo info, string cls, string? itemprop, ref Parts parts)
    {
        if (IsCommentChrome(e, info, cls) || e == parts.Author)
        {
            return false;
        }

        var text = info.Text;
        if (text == 0)
        {
            return false;
        }

        var tier = 0;
        if (itemprop is not null && (itemprop.Equals("text", StringComparison.OrdinalIgnoreCase) || itemprop.Equals("commentText", StringComparison.OrdinalIgnoreCase) || itemprop.Equals("reviewBody", StringComparison.OrdinalIgnoreCase)))
        {
            tier = 3;
        }
        else if (cls.Length > 1 && (WordsOf(info, cls) & (Words.AuthorWord | Words.Avatar)) == 0)
        {
            var wordy = (WordsOf(info, cls) & Words.Wordy) != 0;
            var named = (WordsOf(info, cls) & Words.Named) != 0;
            tier = wordy ? (named ? 2 : 1) : 0;
        }

        if (tier > parts.Tier || (tier == parts.Tier && tier > 0 && text > parts.BodyText))
        {
            parts.Body = e;
            parts.Tier = tier;
            parts.BodyText = text;
        }

        return true;
    }

    // A time element's or a datetime attribute's full date; value: the datetime attribute.
    private static DateTimeOffset? DateOf(IElement e, string? value)
    {
        if (e.LocalName == "time" || value is not null)
        {
            if (value is not null && DateTimeOffset.TryParse(value.AsSpan().Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto)
                && value.Contains('-', StringComparison.Ordinal))
            {
                return dto;
            }
        }

        return null;
    }

    // A date printed in an element named for it ("comment-date", "datetime", "timestamp", "datum"), short enough
    // to be only a date: «12.04.2020 17:02», "March 3, 2019 at 10:21 AM", «۹ خرداد ۱۳۹۸ - ۱۰:۲۰». The page's
    // zone is not known yet: a Jalali date is read as Tehran time, a Gregorian one as UTC (DateReader's rule).
    private static DateTimeOffset? PrintedDateOf(IElement e, string names, ElementInfo info, PageClock clock)
    {
        if (info.Text is < 6 or > 80 || (WordsOf(info, names) & Words.Date) == 0)
        {
            return null;
        }

        // A <time datetime> inside says it exactly, offset and seconds: the walk reaches it next («<a class=
        // "comment-time"><time datetime="2015-12-13T01:10:03+01:00">13 Dezember, 2015 um 01:10</time></a>»).
        if (e.LocalName != "time" && Query.One(e, "time[datetime]") is not null)
        {
            return null;
        }

        // No comment predates the web: «28.09.1912:44» is «28.09.19» glued to «12:44», not 1912.
        return DateReader.TryReadVisible(e.TextContent, clock, out var value, out _) && value.Year >= 1990 ? value : null;
    }

    // Likes and dislikes: a number inside an element named like/up/positive («مثبت») or dislike/down/negative («منفی»).
    private static void CountVotes(IElement e, ElementInfo info, string cls, ref Parts parts)
    {
        // "up" and "down" count only as whole names: as parts they are in «popup», «dropdown», «group».
        var isDislike = (WordsOf(info, cls) & Words.Dislike) != 0 || ClassNames.HasToken(cls, "down");
        if (isDislike)
        {
            if (!parts.DislikesDone && FirstNumberIn(e) is { } n)
            {
                parts.DislikesDone = true;
                parts.Dislikes = n;
            }

            return;
        }

        var isLike = (WordsOf(info, cls) & Words.Like) != 0 || ClassNames.HasToken(cls, "up");
        if (isLike && !parts.LikesDone && FirstNumberIn(e) is { } m)
        {
            parts.LikesDone = true;
            parts.Likes = m;
        }
    }

    // FirstNumber(e.TextContent) without building the text: the element's text nodes in document order, a run of
    // digits read on across node boundaries as in the joined text.
    private static int? FirstNumberIn(IElement e)
    {
        var value = 0;
        var digits = 0;
        foreach (var node in Query.NodesOf(e))
        {
            if (DomCast.TextData(node) is { } data && ReadDigits(data, ref value, ref digits))
            {
                return value;
            }
        }

        return digits > 0 ? value : null;
    }

    /// <summary>The first integer in a text, in ASCII, Persian or Arabic-Indic digits.</summary>
    internal static int? FirstNumber(string text)
    {
        var value = 0;
        var digits = 0;
        return ReadDigits(text, ref value, ref digits) || digits > 0 ? value : null;
    }

    // Reads on the first run of digits (at most nine); true when the run has ended inside this text.
    private static bool ReadDigits(ReadOnlySpan<char> text, ref int value, ref int digits)
    {
        foreach (var c in text)
        {
            var d = c switch
            {
                >= '0' and <= '9' => c - '0',
                >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
                >= '\u0660' and <= '\u0669' => c - '\u0660',
                _ => -1,
            };
            if (d >= 0 && digits < 9)
            {
                value = (value * 10) + d;
                digits++;
            }
            else if (digits > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] AuthorSuffixes = ["says:", "says", "sagt:", "sagt", "schreibt:", "meint:", ":"];

    private static string CleanAuthor(StringBuilder text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(0, buffer, text.Length);
            var t = buffer.AsSpan(0, text.Length).Trim();
            foreach (var suffix in AuthorSuffixes)
            {
                if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    t = t[..^suffix.Length].TrimEnd();
                }
            }

            return t.TrimEnd([',', ' ']).ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // The comment's text: paragraphs joined by line breaks, without nested comments, the author, meta lines,
    // reply links, forms and vote buttons; built into sb (cleared first), untrimmed.
    private static StringBuilder TextOf(PageAnalysis analysis, IElement e, HashSet<IElement> items, IElement? skip, StringBuilder sb)
    {
        // Room for about the element's text up front: a builder left to grow adds a chunk per doubling, and the
        // next Clear copies the chunks into one array again.
        sb.Clear();
        sb.EnsureCapacity(analysis.Info(e).Text + 64);
        var pending = false;
        AppendText(analysis, e, items, skip, sb, ref pending, 0);
        return sb;
    }

    // The builder's text without leading and trailing white space: its length, and the string (as ToString().Trim()).
    private static int TrimmedLength(StringBuilder sb)
    {
        var (start, end) = TrimmedRange(sb);
        return end - start;
    }

    private static string ToTrimmedString(StringBuilder sb)
    {
        var (start, end) = TrimmedRange(sb);
        return sb.ToString(start, end - start);
    }

    private static (int Start, int End) TrimmedRange(StringBuilder sb)
    {
        var end = sb.Length;
        while (end > 0 && char.IsWhiteSpace(sb[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && char.IsWhiteSpace(sb[start]))
        {
            start++;
        }

        return (start, end);
    }

    private static void AppendText(PageAnalysis analysis, IElement e, HashSet<IElement> items, IElement? skip, StringBuilder sb, ref bool pending, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var children = e.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var node = children[i];
            if (node is Element ce)
            {
                if (ce == skip || items.Contains(ce))
                {
                    continue;
                }

                var info = analysis.Info(ce);
                if (info.Junk || IsCommentChrome(ce, info, info.Names ?? analysis.NamesOf(ce)))
                {
                    continue;
                }

                if (ce.LocalName is "br" or "p" or "div" or "li" or "blockquote")
                {
                    NewLine(sb, ref pending);
                }

                AppendText(analysis, ce, items, skip, sb, ref pending, depth + 1);
                if (ce.LocalName is "p" or "div" or "li" or "blockquote")
                {
                    NewLine(sb, ref pending);
                }
            }
            else if (DomCast.TextData(node) is { } data)
            {
                AppendCollapsed(sb, data, ref pending);
            }
        }
    }

    /// <summary>
    /// Appends a text node's words: a whitespace run becomes one space, none after a line break, and one at the ends
    /// is left pending for the next word. Most nodes are words and single spaces between them: appended whole.
    /// </summary>
    internal static void AppendCollapsed(StringBuilder sb, ReadOnlySpan<char> text, ref bool pending)
    {
        var start = text.IndexOfAnyExcept(WhiteSpaceSets.All);
        if (start < 0)
        {
            pending |= sb.Length > 0 && text.Length > 0;
            return;
        }

        var end = text.LastIndexOfAnyExcept(WhiteSpaceSets.All) + 1;
        var inner = text[start..end];
        if (inner.IndexOfAny(WhiteSpaceSets.AllButSpace) >= 0 || inner.IndexOf("  ", StringComparison.Ordinal) >= 0)
        {
            AppendWords(sb, text, ref pending);
            return;
        }

        pending |= start > 0 && sb.Length > 0;
        if (pending)
        {
            if (sb[^1] != '\n')
            {
                sb.Append(' ');
            }

            pending = false;
        }

        sb.Append(inner);
        pending = end < text.Length;
    }

    /// <summary>The general case of <see cref="AppendCollapsed"/>: word by word, in one scalar walk (words are short).</summary>
    internal static void AppendWords(StringBuilder sb, ReadOnlySpan<char> text, ref bool pending)
    {
        var at = 0;
        while (at < text.Length)
        {
            if (WhiteSpaceSets.Is(text[at]))
            {
                pending |= sb.Length > 0;
                while (++at < text.Length && WhiteSpaceSets.Is(text[at]))
                {
                }

                if (at == text.Length)
                {
                    break;
                }
            }

            var end = at + 1;
            while (end < text.Length && !WhiteSpaceSets.Is(text[end]))
            {
                end++;
            }

            if (pending)
            {
                if (sb[^1] != '\n')
                {
                    sb.Append(' ');
                }

                pending = false;
            }

            sb.Append(text[at..end]);
            at = end;
        }
    }

    private static void NewLine(StringBuilder sb, ref bool pending)
    {
        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append('\n');
        }

        pending = false;
    }

    // cls: the element's names (PageAnalysis.NamesOf).
    private static bool IsCommentChrome(IElement e, ElementInfo info, string cls)
    {
        if (e.LocalName is "form" or "button" or "time" or "img" or "svg")
        {
            return true;
        }

        if (cls.Length <= 1)
        {
            return false;
        }

        return (WordsOf(info, cls) & Words.Chrome) != 0;
    }

    private static readonly SearchValues<string> ProfilePaths = SearchValues.Create(
        ["/user/", "/users/", "/profil", "/member/", "/members/", "/benutzer/", "/author/", "/autor/", "/people/"], StringComparison.OrdinalIgnoreCase);

    // What an element's names say to the comment reader, each a list of fragments of its lower-cased "class id".
    [Flags]
    private enum Words : uint
    {
        None = 0,
        Chrome = 1,
        Date = 2,
        Author = 4,
        Wordy = 8,
        Named = 16,
        Dislike = 32,
        Like = 64,
        Avatar = 128,
        AuthorWord = 256,

        // Set with the others once they are known, so that an element with none of them is not scanned again.
        Known = 1u << 31,
    }

    private static readonly (Words Flag, string[] Fragments)[] WordLists =
    [
        (Words.Chrome, ["reply", "meta", "date", "avatar", "vote", "like", "thumbs", "rating", "action", "permalink", "edit-link", "report", "moderation", "awaiting"]),
        (Words.Date, ["date", "time", "datum", "zeit", "tarikh"]),
        (Words.Author, ["author", "autor", "username", "user-name", "nickname", "comment-name", "commenter", "-name", "_name"]),
        (Words.Wordy, ["content", "text", "body", "message", "entry", "inhalt"]),
        (Words.Named, ["comment", "kommentar", "review", "rev__", "post", "message"]),
        (Words.Dislike, ["dislike", "negative", "thumbs-down", "vote-down", "votedown", "minus", "disagree", "manfi"]),
        (Words.Like, ["like", "positive", "thumbs-up", "vote-up", "voteup", "plus", "agree", "mosbat"]),
        (Words.Avatar, ["avatar"]),
        (Words.AuthorWord, ["author"]),
    ];

    // Every list's fragments in one set, a fragment on several lists with all their flags: one pass over an element's
    // names answers every test, where a search per list scanned them up to seven times.
    private static readonly FragmentSet WordSet = new(
        WordLists.SelectMany(l => l.Fragments.Select(f => (Fragment: f, l.Flag)))
            .GroupBy(x => x.Fragment, StringComparer.Ordinal)
            .Select(g => (g.Key, (ulong)g.Aggregate(Words.None, (all, x) => all | x.Flag))));

    /// <summary>What the element's lower-cased names hold, scanned once per element of the analysis.</summary>
    private static Words WordsOf(ElementInfo info, string names)
    {
        if (info.Owner is null)
        {
            // Not an element of the analysis (the shared empty info): nothing to keep it on.
            return (Words)WordSet.Find(names);
        }

        if (info.CommentWords == 0)
        {
            info.CommentWords = (uint)((Words)WordSet.Find(names) | Words.Known);
        }

        return (Words)info.CommentWords;
    }
}
