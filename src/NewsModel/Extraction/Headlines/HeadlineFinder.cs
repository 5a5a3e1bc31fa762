using System.Collections.Frozen;
using System.Globalization;
using AngleSharp.Dom;
using NewsModel.Extraction.Content;
using NewsModel.Html;

namespace NewsModel.Extraction.Headlines;

/// <summary>
/// Finds headline lists: labelled lists on any page («اخبار مرتبط», «پربازدید», "Most read", …) and, on homepages
/// and section pages, every headline that links to an article.
/// </summary>
internal static class HeadlineFinder
{
    private static readonly (string Label, HeadlineListKind Kind)[] Labels =
    [
        ("اخبار مرتبط", HeadlineListKind.Related), ("خبرهای مرتبط", HeadlineListKind.Related), ("مطالب مرتبط", HeadlineListKind.Related),
        ("مرتبط", HeadlineListKind.Related), ("related", HeadlineListKind.Related), ("see also", HeadlineListKind.Related),
        ("پربازدید", HeadlineListKind.MostViewed), ("پربیننده", HeadlineListKind.MostViewed), ("پرخواننده", HeadlineListKind.MostViewed),
        ("most read", HeadlineListKind.MostViewed), ("most viewed", HeadlineListKind.MostViewed), ("most popular", HeadlineListKind.MostViewed),
        ("پربحث", HeadlineListKind.MostDiscussed), ("پرنظر", HeadlineListKind.MostDiscussed), ("most commented", HeadlineListKind.MostDiscussed),
        ("آخرین اخبار", HeadlineListKind.Latest), ("آخرین", HeadlineListKind.Latest), ("تازه ترین", HeadlineListKind.Latest), ("latest", HeadlineListKind.Latest),
        ("سرخط", HeadlineListKind.Ticker), ("تیتر یک", HeadlineListKind.Ticker), ("اخبار فوری", HeadlineListKind.Ticker), ("breaking", HeadlineListKind.Ticker),
    ];

    private const int MinTitle = 12;

    // More links than this under a label is a page-wide box, not a list.
    private const int MaxList = 80;

    // How deep a walk for links goes; pages nest far less, damaged ones may nest more.
    private const int MaxDepth = 256;

    // The most elements a headline's item box holds (a teaser: link, heading, picture, date, summary, a few wrappers).
    private const int MaxItemElements = 200;

    private static readonly Uri StandIn = new("http://stand-in.invalid/");

    /// <summary>The labelled lists of an article page.</summary>
    public static IReadOnlyList<HeadlineList> FindOnArticle(IDocument document, IEnumerable<IElement> labels, Uri? url, PageClock clock) => FindLabelled(labels, url, new ItemMemo(clock), new HashSet<IElement>());

    /// <summary>The labelled lists, then one <see cref="HeadlineListKind.Page"/> list of every other headline.</summary>
    public static IReadOnlyList<HeadlineList> FindOnPage(IDocument document, Uri? url, PageClock clock)
    {
        var index = PageIndex.Build(document);
        return DeepPage.Run(index.Depth, (document, index.LabelLike, url, clock), static s => FindOnPage(s.document, s.LabelLike, s.url, s.clock));
    }

    /// <summary>The same, with the page's label elements already found (the article parser's page index).</summary>
    public static IReadOnlyList<HeadlineList> FindOnPage(IDocument document, IEnumerable<IElement> labels, Uri? url, PageClock clock)
    {
        var used = new HashSet<IElement>();
        var memo = new ItemMemo(clock);
        var lists = FindLabelled(labels, url, memo, used).ToList();
        var items = new List<Headline>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? lastHref = null;
        IElement? lastAnchor = null;
        IElement? lastBox = null;
        foreach (var a in Query.All(document, "a[href]"))
        {
            if (used.Contains(a) || InChrome(a))
            {
                continue;
            }

            // Without the page's address a relative link cannot be resolved: it is classified against a stand-in
            // base and reported without a URL rather than with a made-up one.
            var href = a.GetAttribute("href");
            var probe = TextTools.Resolve(href, url ?? StandIn);
            if (probe is null || !LooksLikeArticle(probe) || (url is not null && !SameSite(probe, url)))
            {
                continue;
            }

            var target = url is null ? TextTools.Resolve(href, null) : probe;
            var item = ReadItem(a, target, url, memo, out var box);
            if (item is not null && lastAnchor is not null && string.Equals(href, lastHref, StringComparison.Ordinal) && SameTeaser(box, lastBox))
            {
                // The next link of the same teaser: one headline with the last.
                items[^1] = memo.Merged(items[^1], item, MergeTeaser(items[^1], lastAnchor, item));
                seen.Add(item.Title);
                continue;
            }

            // The same headline shown twice on a homepage (a carousel and a box) is one headline.
            if (item is not null && seen.Add(probe.AbsoluteUri) && seen.Add(item.Title))
            {
                items.Add(item);
                (lastHref, lastAnchor, lastBox) = (href, a, box);
            }
        }

        if (items.Count > 0)
        {
            lists.Add(new HeadlineList { Kind = HeadlineListKind.Page, Items = WithCheckedTimes(items, memo) });
        }

        return lists;
    }

    /// <summary>
    /// The lists without the links that lead back to the page itself or share it: share buttons ("?share=twitter",
    /// "Click to share on …", a social site's share endpoint) and comment permalinks ("#comment-12") are no headlines
    /// in any list, and in a related list the article itself is not related to itself. A list left empty is dropped.
    /// </summary>
    public static IReadOnlyList<HeadlineList> WithoutSelfLinks(IReadOnlyList<HeadlineList> lists, Uri? url, Uri? canonical)
    {
        var page = url ?? canonical;
        if (page is null || lists.Count == 0)
        {
            return lists;
        }

        // The page's paths once, and the last segment of each as escaped and as written: an item's path is only
        // built when its address holds one of them (Uri builds the path string anew on every call, and a Persian
        // page's lists hold dozens of long percent-encoded addresses).
        var paths = new[] { url?.AbsolutePath, canonical?.AbsolutePath };
        // A segment without letters that have case (a Persian slug) is looked for as it is: ignoring case would compare
        // every position through the casing table, since it is not ASCII, and find the same.
        var segments = paths.OfType<string>().Select(p => p.TrimEnd('/')).Select(p => p[(p.LastIndexOf('/') + 1)..])
            .SelectMany(seg => new[] { seg, Uri.UnescapeDataString(seg) }).Distinct(StringComparer.Ordinal)
            .Select(seg => (seg, PhraseSet.IsCaseless(seg) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)).ToArray();
        List<HeadlineList>? kept = null;
        for (var i = 0; i < lists.Count; i++)
        {
            var list = lists[i];
            var items = list.Items.Where(h => !IsSelfLink(h.Url, list.Kind, page, paths, segments)).ToList();
            if (items.Count == list.Items.Count && kept is null)
            {
                continue;
            }

            kept ??= [.. lists.Take(i)];
            if (items.Count > 0)
            {
                kept.Add(list with { Items = items });
            }
        }

        return kept ?? lists;
    }

    // Share endpoints of the social sites: "Share on Facebook" is a button, whatever list it sits in.
    private static readonly string[] ShareEndpoints =
        ["/sharer", "/dialog/share", "/intent/tweet", "/intent/post", "/sharearticle", "/pin/create", "/pin/find", "/share?", "/send?text="];

    private static bool IsSelfLink(Uri? target, HeadlineListKind kind, Uri page, string?[] pagePaths, (string Text, StringComparison Comparison)[] lastSegments)
    {
        if (target is null)
        {
            return false;
        }

        if (!SameSite(target, page))
        {
            var pathAndQuery = target.PathAndQuery;
            foreach (var endpoint in ShareEndpoints)
            {
                if (pathAndQuery.Contains(endpoint, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        if (!lastSegments.Any(seg => target.OriginalString.Contains(seg.Text, seg.Comparison)))
        {
            return false;
        }

        // Both paths as Uri escapes them (a Persian path is percent-encoded on both sides), compared without building
        // unescaped copies.
        var path = target.AbsolutePath.AsSpan().TrimEnd('/');
        var same = false;
        foreach (var pagePath in pagePaths)
        {
            same |= pagePath is not null && path.Equals(pagePath.AsSpan().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        }

        // The page's own address with a fragment is an anchor on it, with "share=" a share button (WordPress); the
        // article itself, tracking parameters and all, a "latest" or "most viewed" list may rightly show.
        return same && (kind == HeadlineListKind.Related || target.Fragment.Length > 0 || target.Query.Contains("share=", StringComparison.OrdinalIgnoreCase));
    }

    private static List<HeadlineList> FindLabelled(IEnumerable<IElement> labels, Uri? url, ItemMemo memo, HashSet<IElement> used)
    {
        var lists = new List<HeadlineList>();
        Dictionary<string, Uri?>? resolved = null;
        foreach (var label in labels)
        {
            if (label.ChildElementCount > 3)
            {
                continue;
            }

            var text = TextTools.ShortText(label, 40);
            if (text is null || text.Length is < 3 or > 40)
            {
                continue;
            }

            var kind = Classify(text);

            // «واژه های کاربردی مرتبط», «برچسب ها»: tag lists, not headline lists.
            if (text.Contains("واژه", StringComparison.Ordinal) || text.Contains("برچسب", StringComparison.Ordinal) || text.Contains("کلیدواژه", StringComparison.Ordinal))
            {
                continue;
            }

            if (kind is null)
            {
                continue;
            }

            // The list is what follows the label up to the next label like it, when that holds two headline links at
            // least (a sidebar of label, list, label, list in one box); else the nearest ancestor of the label that
            // holds them.
            var anchors = FollowingLinks(label);
            IElement? container = anchors is null ? label.ParentElement : null;
            for (var depth = 0; container is not null && depth < 4; depth++, container = container.ParentElement)
            {
                var found = new List<IElement>();
                if (Collect(container, label, found, untilLabel: false, depth: 0) == Walk.TooMany)
                {
                    break;
                }

                if (found.Count >= 2)
                {
                    anchors = found;
                    break;
                }
            }

            if (anchors is null || anchors.Count > MaxList || anchors.Any(used.Contains) || label.LocalName == "a" || label.Closest("a") is not null)
            {
                continue;
            }

            var items = new List<Headline>();
            var seen = new SeenItems();
            string? lastHref = null;
            IElement? lastAnchor = null;
            IElement? lastBox = null;
            foreach (var a in anchors)
            {
                var href = a.GetAttribute("href");
                if (IsAction(href))
                {
                    continue;
                }

                if (IsNavigation(href!))
                {
                    continue;
                }

                // A teaser links its image and its headline alike, and lists repeat one another's links: each
                // address is built once (a long percent-encoded Persian one costs about 2 µs).
                resolved ??= new Dictionary<string, Uri?>(StringComparer.Ordinal);
                if (!resolved.TryGetValue(href!, out var target))
                {
                    target = TextTools.Resolve(href, url);
                    resolved[href!] = target;
                }

                var item = ReadItem(a, target, url, memo, out var box);
                if (item is not null && lastAnchor is not null && string.Equals(href, lastHref, StringComparison.Ordinal) && SameTeaser(box, lastBox))
                {
                    // The next link of the same teaser: one headline with the last.
                    items[^1] = memo.Merged(items[^1], item, MergeTeaser(items[^1], lastAnchor, item));
                    used.Add(a);
                    continue;
                }

                if (item is not null && seen.Add(target, item.Title))
                {
                    items.Add(item);
                    used.Add(a);
                    (lastHref, lastAnchor, lastBox) = (href, a, box);
                }
            }

            if (items.Count > 0)
            {
                lists.Add(new HeadlineList { Kind = kind.Value, Name = text, Items = WithCheckedTimes(items, memo) });
            }
        }

        return lists;
    }

    // Whether two links sit in one item's box (one li, one teaser div), not in two items that link alike.
    private static bool SameTeaser(IElement? box, IElement? before) => box is not null && box == before;

    /// <summary>
    /// Two links in a row to one address, in one item's box, are one teaser: a kicker linked on its own above the
    /// headline (isna: «اسماعیل هلالی:» in an h4, the headline in the h3) becomes the headline's kicker; a date linked
    /// on its own ("33 minutes ago") gives way to the headline; a teaser's text after the headline becomes its
    /// summary, and a "read more" link adds nothing.
    /// </summary>
    private static Headline MergeTeaser(Headline kept, IElement keptAnchor, Headline next)
    {
        var k = kept.Title;
        var n = next.Title;
        if (n.Length > k.Length)
        {
            if (k.Length <= 60 && k[^1] is ':' or '؛' or ';' or '|')
            {
                return next with { Kicker = next.Kicker ?? k, Published = next.Published ?? kept.Published, Image = next.Image ?? kept.Image };
            }

            if ((keptAnchor.ParentElement is { } parent && IsDateElement(parent)) || (k.Length <= 25 && k.Any(char.IsDigit)))
            {
                return next with { Published = next.Published ?? kept.Published, Image = next.Image ?? kept.Image };
            }

            if (kept.Summary is null && n.Length > k.Length + 20)
            {
                return kept with { Summary = n };
            }
        }

        return kept;
    }

    // A link that goes nowhere (a tab, a button: "#", "javascript:…") or to a mail program is no headline.
    private static bool IsAction(string? href)
    {
        var h = href.AsSpan().Trim();
        return h.Length == 0 || h.StartsWith('#') || h.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || h.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
            || h.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    // Path segments that name a listing, not an article: "/tag/prison-papers/", "/author/jwhittaker/",
    // "/news/topics/cyz0z8w0ydwt/…". A related or latest list holds them beside its headlines (a post's tags, its
    // author), and they are none.
    private static readonly FrozenSet<string> ListingSegments = FrozenSet.ToFrozenSet(
        ["tag", "tags", "category", "categories", "author", "authors", "topic", "topics", "autor", "autoren", "schlagwort", "schlagworte", "thema", "themen", "cdn-cgi"],
        StringComparer.OrdinalIgnoreCase);

    // Last segments that name a page of the site itself: "/pages/privacy-policy", "/contact/", "/login".
    private static readonly FrozenSet<string> SitePages = FrozenSet.ToFrozenSet(
        ["privacy", "privacy-policy", "privacypolicy", "terms", "terms-and-conditions", "terms-of-service", "terms-of-use", "tos",
         "contact", "contact-us", "contactus", "about", "about-us", "aboutus", "impressum", "datenschutz", "kontakt", "login",
         "signin", "sign-in", "register", "signup", "sign-up", "subscribe", "newsletter", "account", "cookies", "cookie-policy",
         "feed", "rss"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ListingLookup = ListingSegments.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SitePageLookup = SitePages.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the link leads to a listing (tag, category, author, topic, a month's archive) or one of the site's own
    /// pages. Read from the path of the link as written, without building a <see cref="Uri"/>'s path string.
    /// </summary>
    private static bool IsNavigation(string href)
    {
        var path = TextTools.LinkPath(href);
        if (path.Length == 0)
        {
            return false;
        }

        var last = path;
        var segments = 0;
        var archive = true;
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            last = segment;
            // A month's archive: "/2015/02/", "/2022/12/", "/2014/".
            archive &= segments == 0 ? segment.Length == 4 && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                : segment.Length is 1 or 2 && char.IsAsciiDigit(segment[0]) && char.IsAsciiDigit(segment[^1]);
            segments++;
            // Only a segment followed by a slug names a listing: "/tag/x". A last segment "author" is a page.
            if (range.End.Value < path.Length && ListingLookup.Contains(segment))
            {
                return true;
            }
        }

        if (archive && segments <= 3)
        {
            return true;
        }

        var dot = last.LastIndexOf('.');
        if (dot > 0)
        {
            last = last[..dot];
        }

        return SitePageLookup.Contains(last);
    }

    private static HeadlineListKind? Classify(string text)
    {
        var key = TextTools.Key(text).Replace("\u200C", " ", StringComparison.Ordinal).ToLowerInvariant();
        foreach (var (label, kind) in Labels)
        {
            if (key.Contains(label, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads one headline around a link: its text (or the heading beside an empty link), date, summary, image. The
    /// item's box (see <see cref="ItemBox"/>) comes back too, for telling whether the next link is in it as well.
    /// </summary>
    private static Headline? ReadItem(IElement a, Uri? target, Uri? pageUrl, ItemMemo memo, out IElement? box)
    {
        var title = TitleOf(a);
        box = ItemBox(a);
        var parts = new ItemParts();
        if (box is not null)
        {
            parts.Scan(box, a);
        }

        if (title.Length < MinTitle && parts.Heading is not null)
        {
            // 55online: an empty a.abs-link over the item; the title is a heading or .news-title beside it.
            title = TextTools.TextOf(parts.Heading);
        }

        title = WithoutAction(title);

        if (title.Length < MinTitle)
        {
            return null;
        }

        var published = ReadDate(memo.PreviousElementSibling(a) is { } prev && IsDateElement(prev) ? prev : parts.Date, memo, out var timeOnly);

        var summary = TextTools.TextOf(parts.Summary);
        var section = TextTools.TextOf(parts.Section);
        var kicker = TextTools.TextOf(parts.Kicker);
        ImageRef? image = null;
        if (parts.Image is not null && TextTools.Resolve(parts.Image.GetAttribute("src"), pageUrl) is { } imgUrl)
        {
            image = new ImageRef { Url = imgUrl, Alt = parts.Image.GetAttribute("alt") };
        }

        var headline = new Headline
        {
            Title = title,
            Url = target,
            Published = published,
            Summary = summary.Length > MinTitle && !TextTools.SameText(summary, title) ? summary : null,
            Section = section.Length > 0 ? section : null,
            Kicker = kicker.Length > 0 && !TextTools.SameText(kicker, title) ? kicker : null,
            Image = image,
        };
        if (timeOnly)
        {
            memo.MarkTimeOnly(headline);
        }

        return headline;
    }

    /// <summary>
    /// The date of a headline's date element: its <c>datetime</c> attribute, else its text, else its <c>title</c>.
    /// ISNA prints «۱ ساعت قبل» (relative: no instant without the crawl time) and keeps the absolute date in the title,
    /// «پنجشنبه ۹ خرداد ۱۳۹۸ - ۰۵:۳۷».
    /// </summary>
    private static DateTimeOffset? ReadDate(IElement? e, ItemMemo memo, out bool timeOnly)
    {
        timeOnly = false;
        if (e is null)
        {
            return null;
        }

        if (DateReader.TryRead(e.GetAttribute("datetime"), memo.Clock, out var d, out _))
        {
            return d;
        }

        // Given the fetch time, «۱ ساعت قبل» reads, but only to the hour: an absolute date in the title is exact.
        var printed = memo.ReadVisible(e.TextContent);
        if (printed is { Relative: false })
        {
            return printed.Value.Value;
        }

        if (memo.ReadVisible(e.GetAttribute("title")) is { } titled && !(printed is not null && titled.Relative))
        {
            return titled.Value;
        }

        // «۱۴:۳۰» alone, as a ticker prints today's items: the fetch time's day (or the day before), kept only if the
        // list's times fall from item to item (see WithCheckedTimes). Not a clip's length («۰۲:۳۵» in .video-time,
        // <time datetime="PT2M35S">).
        if (printed is null && memo.Clock.FetchedAt is not null && !IsDuration(e) && DateReader.TryReadTimeOnly(e.TextContent, memo.Clock, out var clockTime))
        {
            timeOnly = true;
            return clockTime;
        }

        return printed?.Value;
    }

    // Names of a clip's length, and an ISO duration in datetime.
    private static bool IsDuration(IElement e) =>
        e.GetAttribute("datetime") is { Length: > 0 } dt && dt[0] is 'P' or 'p'
        || (e.ClassName is { } c && (c.Contains("duration", StringComparison.OrdinalIgnoreCase) || c.Contains("length", StringComparison.OrdinalIgnoreCase)
            || c.Contains("video", StringComparison.OrdinalIgnoreCase) || c.Contains("play", StringComparison.OrdinalIgnoreCase)
            || c.Contains("runtime", StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The items with a date read from a clock time alone kept only when the list holds at least three of them and
    /// their times fall (or stay) from item to item, as a list of the latest news runs; otherwise those items lose the
    /// date (a list of clips' lengths or of unordered times says nothing of the day).
    /// </summary>
    private static List<Headline> WithCheckedTimes(List<Headline> items, ItemMemo memo)
    {
        if (!memo.HasTimeOnly)
        {
            return items;
        }

        var count = 0;
        DateTimeOffset? last = null;
        var falling = true;
        foreach (var item in items)
        {
            if (memo.IsTimeOnly(item))
            {
                count++;
                falling &= last is null || item.Published <= last;
                last = item.Published;
            }
        }

        if (count >= 3 && falling)
        {
            return items;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (memo.IsTimeOnly(items[i]))
            {
                items[i] = items[i] with { Published = null };
            }
        }

        return items;
    }

    /// <summary>
    /// What reading a page's items learns once: the date in each text (a page's lists repeat their items' dates:
    /// isna's two «latest» lists hold the same twenty items, each with its date in a title and «۱ ساعت قبل» as text),
    /// and the positions of the children of wide parents (each link of a flat list asks for the element before it).
    /// For one page's parse; no shared state.
    /// </summary>
    private sealed class ItemMemo(PageClock clock)
    {
        private readonly Dictionary<string, (DateTimeOffset Value, bool Relative)?> _read = new(StringComparer.Ordinal);
        private readonly SiblingIndex _siblings = new();

        public PageClock Clock { get; } = clock;

        /// <summary>The date <see cref="DateReader.TryReadVisible(string?, PageClock, out DateTimeOffset, out bool, out bool)"/> reads in <paramref name="text"/>, if any.</summary>
        public (DateTimeOffset Value, bool Relative)? ReadVisible(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (!_read.TryGetValue(text, out var date))
            {
                date = DateReader.TryReadVisible(text, Clock, out var value, out _, out var relative) ? (value, relative) : null;
                _read[text] = date;
            }

            return date;
        }

        /// <summary>The element sibling before <paramref name="e"/> (see <see cref="SiblingIndex"/>).</summary>
        public IElement? PreviousElementSibling(IElement e) => _siblings.PreviousElement(e);

        // The headlines whose date is a clock time alone, by reference (Headline's equality is by value).
        private HashSet<Headline>? _timeOnly;

        /// <summary>Whether any headline of the page was dated by a clock time alone.</summary>
        public bool HasTimeOnly => _timeOnly is { Count: > 0 };

        /// <summary>Notes that <paramref name="headline"/>'s date is a clock time alone, dated by the fetch time.</summary>
        public void MarkTimeOnly(Headline headline) => (_timeOnly ??= new HashSet<Headline>(ReferenceEqualityComparer.Instance)).Add(headline);

        /// <summary>Whether <paramref name="headline"/>'s date is a clock time alone.</summary>
        public bool IsTimeOnly(Headline headline) => _timeOnly is not null && _timeOnly.Contains(headline);

        /// <summary>A teaser merged from two items keeps the mark of the one whose date it took.</summary>
        public Headline Merged(Headline kept, Headline next, Headline merged)
        {
            if (_timeOnly is not null && merged.Published is { } date
                && ((IsTimeOnly(kept) && kept.Published == date) || (IsTimeOnly(next) && next.Published == date)))
            {
                _timeOnly.Add(merged);
            }

            return merged;
        }
    }

    /// <summary>
    /// The headlines a list already holds, keyed by title and absolute address. The address is only built when a
    /// title repeats: <see cref="Uri.AbsoluteUri"/> escapes a long Persian address again, and most titles never do.
    /// </summary>
    private sealed class SeenItems
    {
        private readonly Dictionary<string, Uri?> _firstByTitle = new(StringComparer.Ordinal);
        private HashSet<(string Url, string Title)>? _more;

        /// <summary>False when an item with this title and the same absolute address (or none) was added before.</summary>
        public bool Add(Uri? target, string title)
        {
            if (_firstByTitle.TryAdd(title, target))
            {
                return true;
            }

            var key = (Address(target), title);
            if (key.Item1 == Address(_firstByTitle[title]))
            {
                return false;
            }

            _more ??= [];
            return _more.Add(key);
        }

        private static string Address(Uri? target) => target?.AbsoluteUri ?? string.Empty;
    }

    /// <summary>The parts of one headline's box, found in one walk over it.</summary>
    private sealed class ItemParts
    {
        public IElement? Heading { get; private set; }

        public IElement? Date { get; private set; }

        public IElement? Summary { get; private set; }

        public IElement? Section { get; private set; }

        public IElement? Kicker { get; private set; }

        public IElement? Image { get; private set; }

        /// <summary>
        /// Walks <paramref name="root"/>'s descendants in document order, keeping the first of each part; the link's
        /// own content is walked only while no image is found. A recursion: cheaper than the shared walk here, and a
        /// page deep enough to strain the stack is read on a thread of its own (see <see cref="DeepPage"/>).
        /// </summary>
        public void Scan(IElement root, IElement link)
        {
            foreach (var e in root.ElementChildren())
            {
                var tag = e.LocalName;
                var cls = e.ClassName ?? string.Empty;
                if (tag is "h1" or "h2" or "h3" or "h4" || Has(cls, "news-title") || cls == "title")
                {
                    Heading ??= e;
                }
                else if (tag == "time" || Has(cls, "date") || Has(cls, "time"))
                {
                    Date ??= e;
                }
                else if (Has(cls, "category") || Has(cls, "service"))
                {
                    Section ??= e;
                }
                else if (Has(cls, "rutitr") || Has(cls, "kicker") || Has(cls, "uptitle"))
                {
                    Kicker ??= e;
                }
                else if (tag == "p" || Has(cls, "summary") || Has(cls, "lead"))
                {
                    Summary ??= e;
                }
                else if (tag == "img" && e.HasAttribute("src"))
                {
                    Image ??= e;
                }

                if (e != link || Image is null)
                {
                    Scan(e, link);
                }
            }
        }

        private static bool Has(string cls, string part) => cls.Contains(part, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDateElement(IElement e) =>
        e.LocalName == "time" || (e.ClassName?.Contains("time", StringComparison.OrdinalIgnoreCase) ?? false) || (e.ClassName?.Contains("date", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The smallest ancestor of a link that is one item (it holds no other headline link).</summary>
    private static IElement? ItemBox(IElement a)
    {
        IElement? best = null;
        var href = a.GetAttribute("href");
        var elements = 0;
        for (var (p, depth) = (a.ParentElement, 0); p is not null && depth < 3; p = p.ParentElement, depth++)
        {
            if (p.LocalName is "body" or "ul" or "ol" or "section" or "main")
            {
                break;
            }

            // The box below was searched on the step before: only its siblings are searched now.
            if (HasOtherLink(p, href, best, ref elements))
            {
                break;
            }

            best = p;
        }

        return best;
    }

    /// <summary>
    /// The headline links in the elements after <paramref name="label"/>, in document order up to the next label like
    /// it (the same tag and class, or a heading), also when an unclosed element has put that label inside the box that
    /// follows (varzesh3's sidebar: «آخرین اخبار», its list, then «ویدیوهای پیشنهادی» nested in the list's div); null
    /// when there are fewer than two or more than <see cref="MaxList"/>.
    /// </summary>
    private static List<IElement>? FollowingLinks(IElement label)
    {
        List<IElement>? found = null;
        foreach (var sibling in Siblings.ElementsAfter(label))
        {
            found ??= [];
            var walk = Collect(sibling, label, found, untilLabel: true, depth: 0);
            if (walk == Walk.TooMany)
            {
                return null;
            }

            if (walk == Walk.Label)
            {
                break;
            }
        }

        return found is { Count: >= 2 and <= MaxList } ? found : null;
    }

    private enum Walk
    {
        Done,
        Label,
        TooMany,
    }

    /// <summary>
    /// Collects the links at and under <paramref name="e"/> (outside <paramref name="label"/>) whose text is long enough
    /// to be a headline, in document order and without building strings. With <paramref name="untilLabel"/> the walk
    /// stops at a label like <paramref name="label"/> (the same tag and class; a heading only among the label's
    /// siblings, depth 0: inside a box, headings are the items' titles).
    /// </summary>
    private static Walk Collect(IElement e, IElement label, List<IElement> found, bool untilLabel, int depth)
    {
        if (e == label)
        {
            return Walk.Done;
        }

        if (untilLabel && ((depth == 0 && e.LocalName is "h2" or "h3" or "h4") || (e.LocalName == label.LocalName && e.ClassName == label.ClassName)))
        {
            return Walk.Label;
        }

        if (e.LocalName == "a")
        {
            if (e.HasAttribute("href") && (HasRawText(e, MinTitle) || (e.GetAttribute("title")?.Length ?? 0) >= MinTitle))
            {
                found.Add(e);
            }

            return found.Count > MaxList ? Walk.TooMany : Walk.Done;
        }

        if (depth >= MaxDepth)
        {
            return Walk.Done;
        }

        foreach (var child in e.ElementChildren())
        {
            var walk = Collect(child, label, found, untilLabel, depth + 1);
            if (walk != Walk.Done)
            {
                return walk;
            }
        }

        return Walk.Done;
    }

    /// <summary>
    /// Whether <paramref name="root"/>, outside <paramref name="skip"/> (the box searched before, whose elements
    /// <paramref name="elements"/> counts), links to another address than <paramref name="href"/>, or holds more
    /// elements than one headline's item does (<see cref="MaxItemElements"/>): a region that big is a part of the page.
    /// The bound keeps each link's search short on a page of hundreds of nested links to one address. A recursion, as
    /// <see cref="ItemParts.Scan"/> is.
    /// </summary>
    private static bool HasOtherLink(IElement root, string? href, IElement? skip, ref int elements)
    {
        foreach (var e in root.ElementChildren())
        {
            if (e == skip)
            {
                elements++;
                continue;
            }

            if (++elements > MaxItemElements || (e.LocalName == "a" && e.HasAttribute("href") && e.GetAttribute("href") != href)
                || HasOtherLink(e, href, null, ref elements))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a node holds at least <paramref name="min"/> non-space characters, counted without building its text
    /// and only until there are that many (a teaser link around a whole paragraph is not read to its end).
    /// </summary>
    internal static bool HasRawText(INode node, int min)
    {
        var missing = min;
        return CountDown(node, ref missing);

        static bool CountDown(INode node, ref int missing)
        {
            var childNodes = node.ChildNodes;
            for (var childIndex = 0; childIndex < childNodes.Length; childIndex++)
            {
                var child = childNodes[childIndex];
                if (child is Element)
                {
                    if (CountDown(child, ref missing))
                    {
                        return true;
                    }
                }
                else if (DomCast.TextData(child) is { } data)
                {
                    foreach (var c in data)
                    {
                        if (!char.IsWhiteSpace(c) && --missing == 0)
                        {
                            return true;
                        }
                    }
                }
            }

            return missing <= 0;
        }
    }

    // Labels that ask for a click. Before a headline they are cut off ("Read more Italy and Poland at risk …"); the
    // navigation ones name a listing or an action, whatever follows them ("View all commits by …", "CLICK HERE to
    // order!"), and make no headline.
    private static readonly string[] ReadOnLabels =
    [
        "continue reading", "read more", "read the rest", "read full story", "weiterlesen", "mehr lesen", "leer más", "lire la suite",
        "ادامه مطلب", "ادامه خبر", "بیشتر بخوانید",
    ];

    private static readonly string[] NavigationLabels =
    [
        "click here", "learn more", "see more", "view all", "see all", "mehr erfahren", "hier klicken", "alle anzeigen",
        "comments powered by",
    ];

    /// <summary>
    /// The title without a label that asks for a click and without a leading arrow; empty when the label is all there
    /// is, or a navigation label ("Continue reading", "View all commits by johny-b").
    /// </summary>
    private static string WithoutAction(string title)
    {
        var t = title.AsSpan().TrimStart(">»›→ ");
        foreach (var label in NavigationLabels)
        {
            if (StartsWithWord(t, label))
            {
                return string.Empty;
            }
        }

        foreach (var label in ReadOnLabels)
        {
            if (StartsWithWord(t, label))
            {
                t = t[label.Length..].TrimStart(" :.…»›→-–—".AsSpan());
                break;
            }
        }

        return t.Length == title.Length ? title : t.ToString();
    }

    private static bool StartsWithWord(ReadOnlySpan<char> text, string label) =>
        text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (text.Length == label.Length || !char.IsLetterOrDigit(text[label.Length]));

    private static string TitleOf(IElement a)
    {
        var text = TextTools.TextOf(a);
        if (a.FirstElementChild is not null && (text.Length > 300 || Query.All(a, "p, div, h2, h3, h4, h5, h6").Count(e => e.TextContent.Trim().Length > 0) >= 2))
        {
            // A link around a whole block: its heading is the title (phys.org: an h5 beside a date paragraph), else
            // its longest paragraph (aftabeyazd).
            var heading = Query.All(a, "h1, h2, h3, h4, h5, h6").Select(HeadingText).FirstOrDefault(t => t.Length is >= MinTitle and < 300);
            text = heading ?? Query.All(a, "p, h2, h3, h4, div").Select(TextTools.TextOf).Where(t => t.Length < 300).OrderByDescending(t => t.Length).FirstOrDefault() ?? string.Empty;
        }

        if (text.Length < MinTitle)
        {
            var t = TextTools.Clean(a.GetAttribute("title"));
            if (t.Length >= MinTitle)
            {
                return t;
            }
        }

        return text;
    }

    /// <summary>A heading's text without a date element at its start or end (dw.com: «… peace? &lt;span class="date"&gt;19.01.2020&lt;/span&gt;»).</summary>
    private static string HeadingText(IElement heading)
    {
        var text = TextTools.TextOf(heading);
        foreach (var e in Query.All(heading, "*"))
        {
            if (!IsDateElement(e))
            {
                continue;
            }

            var date = TextTools.TextOf(e);
            if (date.Length > 0 && date.Length < text.Length)
            {
                text = text.EndsWith(date, StringComparison.Ordinal) ? text[..^date.Length].TrimEnd()
                    : text.StartsWith(date, StringComparison.Ordinal) ? text[date.Length..].TrimStart()
                    : text;
            }
        }

        return text;
    }

    private static bool LooksLikeArticle(Uri url)
    {
        var pq = url.PathAndQuery;
        if (pq.Contains("/news/", StringComparison.OrdinalIgnoreCase) || pq.Contains("newsid=", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var run = 0;
        foreach (var c in url.AbsolutePath)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run >= 5)
            {
                return !url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && !url.AbsolutePath.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static bool SameSite(Uri a, Uri b) =>
        string.Equals(TextTools.SiteHost(a), TextTools.SiteHost(b), StringComparison.OrdinalIgnoreCase);

    private static bool InChrome(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
        {
            if (p.LocalName is "nav" or "footer" or "header")
            {
                return true;
            }
        }

        return false;
    }
}
