using AngleSharp.Dom;
using NewsModel.Html;

namespace NewsModel.Extraction.Metadata;

/// <summary>Reads schema.org microdata (<c>itemprop</c>) and <c>&lt;time datetime&gt;</c> elements into candidates.</summary>
internal static class MicrodataLayer
{
    public static void Read(IDocument document, CandidateSet set, Uri? baseUrl) =>
        Read(document.QuerySelectorAll("[itemprop]"), document.QuerySelectorAll("time[datetime]"), set, baseUrl);

    /// <summary>
    /// Whether an author property belongs to another work than the page's: a comment or review
    /// (<c>itemtype=…/Comment</c>), or a work the page cites (an item that is itself <c>itemprop=citation</c>, as in
    /// Springer's reference lists, whose sixty cited authors were read as the article's).
    /// </summary>
    private static bool OfAnotherWork(IElement author)
    {
        for (var p = author.ParentElement; p is not null; p = p.ParentElement)
        {
            if (!p.HasAttribute("itemscope"))
            {
                continue;
            }

            var type = p.GetAttribute("itemtype") ?? string.Empty;
            var prop = p.GetAttribute("itemprop") ?? string.Empty;
            return type.EndsWith("/Comment", StringComparison.OrdinalIgnoreCase) || type.EndsWith("/Review", StringComparison.OrdinalIgnoreCase)
                || ClassNames.HasToken(prop, "citation") || ClassNames.HasToken(prop, "comment") || ClassNames.HasToken(prop, "review");
        }

        return false;
    }

    public static void Read(IEnumerable<IElement> itemProps, IEnumerable<IElement> times, CandidateSet set, Uri? baseUrl)
    {
        var authors = new List<Author>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in itemProps)
        {
            var prop = e.GetAttribute("itemprop");
            switch (prop)
            {
                case "headline" or "datePublished" or "dateModified" or "articleSection" when seen.Add(prop):
                    var list = prop switch
                    {
                        "headline" => set.Title,
                        "datePublished" => set.Published,
                        "dateModified" => set.Modified,
                        _ => set.Section,
                    };
                    CandidateSet.Add(list, ValueOf(e), FieldSource.Microdata, "itemprop=" + prop);
                    break;
                case "keywords" when seen.Add(prop):
                    if (TextTools.SplitList(ValueOf(e)) is { Count: > 0 } tags)
                    {
                        set.Tags.Add(new Candidate<IReadOnlyList<string>>(tags, FieldSource.Microdata, "itemprop=keywords"));
                    }

                    break;
                case "author" or "creator" when !OfAnotherWork(e):
                    var nameEl = Query.One(e, "[itemprop=name]");
                    var name = TextTools.Clean(nameEl is null ? ValueOf(e) : ValueOf(nameEl));
                    if (name.Length is > 1 and < 80 && authors.All(a => a.Name != name))
                    {
                        var href = e is IElement { LocalName: "a" } ? e.GetAttribute("href") : Query.One(e, "a[href]")?.GetAttribute("href");
                        authors.Add(new Author { Name = name, Url = TextTools.Resolve(href, baseUrl) });
                    }

                    break;
                case "image" when seen.Add(prop):
                    var src = e.GetAttribute("content") ?? e.GetAttribute("src") ?? e.GetAttribute("href") ?? Query.One(e, "img")?.GetAttribute("src");
                    if (TextTools.Resolve(src, baseUrl) is { } url && MetaLayer.LooksLikeImage(url))
                    {
                        set.Image.Add(new Candidate<ImageRef>(new ImageRef { Url = url, Alt = e.GetAttribute("alt") }, FieldSource.Microdata, "itemprop=image"));
                    }

                    break;
            }
        }

        if (authors.Count > 0)
        {
            set.Authors.Add(new Candidate<IReadOnlyList<Author>>(authors, FieldSource.Microdata, "itemprop=author"));
        }

        // <time datetime>: the first one outside page chrome (header, nav, footer, aside) and outside links, which
        // belong to lists of other articles, and outside the comments (a reader's time is not the article's).
        foreach (var time in times)
        {
            if (InChrome(time) || VisibleLayer.InComments(time) || InTeaser(time, baseUrl))
            {
                continue;
            }

            var target = time.HasAttribute("pubdate") || time.GetAttribute("itemprop") == "datePublished" || !ClassHas(time, "update", "modif")
                ? set.Published
                : set.Modified;
            if (time.LocalName == "abbr")
            {
                CandidateSet.Add(target, time.GetAttribute("title"), FieldSource.TimeElement, "abbr." + (target == set.Published ? "published" : "updated") + "[title] (hAtom)");
            }
            else
            {
                CandidateSet.Add(target, time.GetAttribute("datetime"), FieldSource.TimeElement, "time[datetime]");
            }

            break;
        }
    }

    // How far up from a <time> its teaser's box may reach.
    private const int TeaserLevels = 4;

    // A teaser is a heading, a date and an excerpt at most; a box with more text is an article's.
    private const int MaxTeaserLength = 600;

    /// <summary>
    /// Whether the time is a teaser's for another post: its box (the first of a few elements up that has a heading,
    /// short) has a heading that links to another page (a WordPress theme's related posts: «h4.post-title > a» over
    /// «time.published»). A heading that links to the page itself (an old theme's linked post title) is the post's own.
    /// </summary>
    internal static bool InTeaser(IElement time, Uri? baseUrl)
    {
        var box = time.ParentElement;
        for (var up = 0; box is not null && up < TeaserLevels && box.LocalName is not ("body" or "main"); up++, box = box.ParentElement)
        {
            // A teaser's box is short (read only that far: a long page costs no more), and the first box up that has
            // a heading decides: its heading links elsewhere. The box of the page's headline is the article's.
            if (TextTools.ShortText(box, MaxTeaserLength) is not { Length: <= MaxTeaserLength })
            {
                return false;
            }

            var headings = box.QuerySelectorAll("h1, h2, h3, h4, h5, h6");
            if (headings.Length == 0)
            {
                continue;
            }

            foreach (var heading in headings)
            {
                if (heading.LocalName == "h1")
                {
                    return false;
                }

                var link = heading.Closest("a") ?? heading.QuerySelector("a[href]");
                if (link is not null && !IsSelf(link.GetAttribute("href"), time.Owner, baseUrl))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    // Whether a link leads to the page itself: its address, or the canonical address it names.
    private static bool IsSelf(string? href, IDocument? document, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#'))
        {
            return true;
        }

        // A page read without its address resolves a relative link against its canonical one.
        var canonical = TextTools.Resolve(document?.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), baseUrl);
        var target = TextTools.Resolve(href, baseUrl ?? canonical);
        return target is not null && (SameAddress(target, baseUrl) || SameAddress(target, canonical));
    }

    // The same page: the same site, path and query, whatever the scheme, a "www.", a trailing slash or a fragment.
    private static bool SameAddress(Uri a, Uri? b) =>
        b is { IsAbsoluteUri: true } && a.IsAbsoluteUri
        && string.Equals(TextTools.SiteHost(a), TextTools.SiteHost(b), StringComparison.OrdinalIgnoreCase)
        && a.AbsolutePath.TrimEnd('/').Equals(b.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        && a.Query == b.Query;

    // An <abbr> holds its machine value in its title (hAtom: <abbr itemprop="datePublished" title="2019-10-16T14:33:00-07:00">2:33 PM</abbr>).
    private static string? ValueOf(IElement e) =>
        e.GetAttribute("content") ?? e.GetAttribute("value") ?? e.GetAttribute("datetime")
            ?? (e.LocalName == "abbr" ? e.GetAttribute("title") : null) ?? e.TextContent;

    internal static bool InChrome(IElement e)
    {
        for (var p = e; p is not null; p = p.ParentElement)
        {
            // An article's own meta box may be an aside («article > … > aside.meta»: its date, source and credits);
            // WordPress's «aside.widget_meta» (log-in links) is a sidebar's.
            if (p.LocalName is "nav" or "a" || (p.LocalName == "aside" && !IsArticleMetaBox(p)))
            {
                return true;
            }

            // The page's header and footer are chrome; an article's own <header> (its headline, byline and date) and
            // <footer> are not: inside an article or main, or named for it (<header class="article">).
            if (p.LocalName is "header" or "footer" && !InArticle(p) && !ClassHas(p, ArticleNames))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsArticleMetaBox(IElement aside) =>
        ClassHas(aside, "meta") && !ClassHas(aside, "widget") && InArticle(aside);

    private static readonly string[] ArticleNames = ["article", "entry-", "story", "post-header", "post-footer", "post-meta"];

    internal static bool InArticle(IElement e)
    {
        for (var p = e.ParentElement; p is not null; p = p.ParentElement)
        {
            if (p.LocalName is "article" or "main")
            {
                return true;
            }
        }

        return false;
    }

    private static bool ClassHas(IElement e, params string[] parts)
    {
        var cls = e.ClassName;
        return cls is not null && parts.Any(p => cls.Contains(p, StringComparison.OrdinalIgnoreCase));
    }
}
