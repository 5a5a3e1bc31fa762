using AngleSharp.Dom;
using NewsModel.Extraction.Content;
using NewsModel.Html;

namespace NewsModel.Extraction;

/// <summary>
/// The elements the layers ask about, collected in one walk over the document: running a CSS selector costs a
/// walk over the whole page each time, and the layers would otherwise run a dozen of them.
/// </summary>
internal sealed class PageIndex
{
    // The kicker's names, «روتیتر» in the spellings Persian CMSs use (rutitr, rotitr, ro-titr, uptitr). Generic names
    // (supertitle, pretitle, up-title) were tried on the development set and took dates and "Prev Post" for kickers.
    private static readonly string[] KickerClasses =
    [
        "rutitr", "kicker", "uptitle", "surtitle", "overline", "news-rutitr", "rutitr_body", "rotitr", "ro-titr", "ro_titr", "rootitr",
        "news-rotitr", "uptitr",
    ];

    // A list of the article's tags, by the names themes and CMSs give it (IranSamaneh's tags_container, WordPress's
    // tags-links); a tag cloud is the site's, not the article's.
    private static readonly string[] TagClasses =
    [
        "tags", "tag-list", "tags-list", "taglist", "tagslist", "post-tags", "entry-tags", "article-tags", "news-tags", "story-tags",
        "item-tags", "content-tags", "tags-links", "tag-links", "tags_container", "tags-container", "tag-container", "tags-box",
        "tag-box", "tagbox", "keywords", "news-keywords", "article-keywords",
    ];

    // The lead's names, «لید» written "lid" too. Generic ones (dek, abstract, chapo, vorspann as a class) were tried on
    // the development set and took promotions and kickers for leads as often as they found one.
    private static readonly string[] LeadClasses = ["lead", "summary", "subtitle", "news-lead", "teaser", "intro", "standfirst", "article-summary", "lid", "news-lid"];

    public List<IElement> Metas { get; } = [];

    public List<IElement> JsonLdScripts { get; } = [];

    public List<IElement> ItemProps { get; } = [];

    public List<IElement> Times { get; } = [];

    public List<IElement> H1s { get; } = [];

    public List<IElement> Kickers { get; } = [];

    public List<IElement> Leads { get; } = [];

    public List<IElement> DateLike { get; } = [];

    public List<IElement> CodeLike { get; } = [];

    /// <summary>The outermost elements whose class names a list of the article's tags («tags», «post-tags», «keywords»).</summary>
    public List<IElement> TagLists { get; } = [];

    /// <summary>The outermost elements whose class names a breadcrumb trail, in document order.</summary>
    public List<IElement> Breadcrumbs { get; } = [];

    public List<IElement> AuthorLike { get; } = [];

    public List<IElement> LabelLike { get; } = [];

    public IElement? Canonical { get; private set; }

    /// <summary>
    /// The elements whose class attribute contains one of the markers passed to <see cref="Build"/>, in document
    /// order: a site rule's fingerprint matches on such an element or inside one, so the fingerprints are looked for
    /// there instead of in a walk over the whole page.
    /// </summary>
    public List<IElement> Marked { get; } = [];

    /// <summary>How deep the page nests: the level of its deepest node below the document (see <see cref="DeepPage"/>).</summary>
    public int Depth { get; private set; }

    private FragmentSet _fragments = Fragments;

    public static PageIndex Build(IDocument document, FragmentSet? classMarkers = null)
    {
        var index = new PageIndex { _fragments = classMarkers is null ? Fragments : WithMarkers(classMarkers) };

        // Pre-order, the order of document.All, without its enumerator.
        var walk = Query.DescendantsOf(document).GetEnumerator();
        while (walk.MoveNext())
        {
            index.Visit(walk.Current);
        }

        index.Depth = walk.MaxDepth;
        return index;
    }

    private void Visit(IElement e)
    {
        var tag = e.LocalName;
        switch (tag)
        {
            case "meta":
                Metas.Add(e);
                break;
            case "script":
                if (e.GetAttribute("type")?.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase) == true)
                {
                    JsonLdScripts.Add(e);
                }

                return;
            case "link":
                if (Canonical is null && e.GetAttribute("rel")?.Trim().Equals("canonical", StringComparison.OrdinalIgnoreCase) == true)
                {
                    Canonical = e;
                }

                return;
            case "time":
                if (e.HasAttribute("datetime"))
                {
                    Times.Add(e);
                }

                break;
            case "abbr":
                // hAtom's dates (Blogger, old WordPress themes): <abbr class="published" title="2016-12-23T05:11:00-05:00">.
                if (e.HasAttribute("title") && e.ClassName is { } abbrClass && (ClassNames.HasToken(abbrClass, "published") || ClassNames.HasToken(abbrClass, "updated")))
                {
                    Times.Add(e);
                }

                break;
            case "h1":
                H1s.Add(e);
                break;
            case "h2" or "h3" or "h4" or "h5" or "header":
                LabelLike.Add(e);
                break;
        }

        var (itemprop, rel, cls) = AttributeValues.FirstOf(e, "itemprop", "rel", "class");

        if (itemprop is not null)
        {
            ItemProps.Add(e);
            if (tag == "p" && itemprop == "description")
            {
                Leads.Add(e);
            }
        }

        if (cls is null)
        {
            if (rel == "author")
            {
                AuthorLike.Add(e);
            }

            return;
        }

        var hits = _fragments.Find(cls);
        if ((hits & Marker) != 0)
        {
            Marked.Add(e);
        }

        // A box's label: «box-title», «section-header», «sidebar--head»; not a headline's own element («headline»).
        if (tag is not ("h2" or "h3" or "h4" or "h5" or "header") && ((hits & (Title | Header)) != 0 || (hits & (Head | Headline)) == Head))
        {
            LabelLike.Add(e);
        }

        if ((hits & (Date | Time)) != 0)
        {
            DateLike.Add(e);
        }

        if ((hits & (Code | NewsId)) != 0)
        {
            CodeLike.Add(e);
        }

        if ((hits & Breadcrumb) != 0 && (Breadcrumbs.Count == 0 || !Breadcrumbs[^1].Holds(e)))
        {
            Breadcrumbs.Add(e);
        }

        if ((hits & TagParts) != 0 && (TagLists.Count == 0 || !TagLists[^1].Holds(e)) && HasAnyToken(cls, TagClasses))
        {
            TagLists.Add(e);
        }

        if (rel == "author" || (hits & AuthorNames) != 0 || (ClassNames.HasToken(cls, "fn") && InVcard(e)))
        {
            AuthorLike.Add(e);
        }

        if ((hits & HeaderParts) == 0)
        {
            return;
        }

        foreach (var k in KickerClasses)
        {
            if (ClassNames.HasToken(cls, k))
            {
                Kickers.Add(e);
                break;
            }
        }

        foreach (var l in LeadClasses)
        {
            if (ClassNames.HasToken(cls, l))
            {
                Leads.Add(e);
                break;
            }
        }
    }

    // A loop, not a lambda: a lambda over the class string made every visit allocate the closure that holds it.
    private static bool HasAnyToken(string cls, string[] tokens)
    {
        foreach (var token in tokens)
        {
            if (ClassNames.HasToken(cls, token))
            {
                return true;
            }
        }

        return false;
    }

    // hCard: an element of class "fn" names the author when it is inside a ".vcard" (itself included).
    private static bool InVcard(IElement e)
    {
        for (var x = e; x is not null; x = x.ParentElement)
        {
            if (ClassNames.HasToken(x.ClassName, "vcard"))
            {
                return true;
            }
        }

        return false;
    }

    // The class fragments the index sorts elements by, found in one pass over each class attribute (ASCII case
    // ignored).
    private static readonly FragmentSet Fragments = new(
        "title", "header", "date", "time", "code", "news_id", "news-id", "newsid", "author", "byline", "writer",
        "titr", "kicker", "overline", "lead", "summary", "teaser", "intro", "standfirst", "head", "headline", "lid", "breadcrumb", "tags",
        "tag-", "tag_", "taglist", "tagbox", "keyword");

    // The caller's class markers share one flag, above the fragments' own: the class attribute is scanned once for both.
    private const ulong Marker = 1UL << 63;

    private static Combined? _combined;

    private static FragmentSet WithMarkers(FragmentSet markers)
    {
        var combined = _combined;
        if (combined is null || !ReferenceEquals(combined.Markers, markers))
        {
            _combined = combined = new Combined(markers, Fragments.With(markers, Marker));
        }

        return combined.Set;
    }

    private sealed record Combined(FragmentSet Markers, FragmentSet Set);

    private static readonly ulong Title = Fragments.Bit("title");
    private static readonly ulong Header = Fragments.Bit("header");
    private static readonly ulong Head = Fragments.Bit("head");
    private static readonly ulong Headline = Fragments.Bit("headline");
    private static readonly ulong Date = Fragments.Bit("date");
    private static readonly ulong Time = Fragments.Bit("time");
    private static readonly ulong Code = Fragments.Bit("code");
    private static readonly ulong Breadcrumb = Fragments.Bit("breadcrumb");
    private static readonly ulong TagParts = Fragments.Bit("tags") | Fragments.Bit("tag-") | Fragments.Bit("tag_") | Fragments.Bit("taglist") | Fragments.Bit("tagbox") | Fragments.Bit("keyword");
    private static readonly ulong NewsId = Fragments.Bit("news_id") | Fragments.Bit("news-id") | Fragments.Bit("newsid");
    private static readonly ulong AuthorNames = Fragments.Bit("author") | Fragments.Bit("byline") | Fragments.Bit("writer");
    private static readonly ulong HeaderParts = Fragments.Bit("titr") | Fragments.Bit("kicker") | Title | Fragments.Bit("overline") | Fragments.Bit("lead")
        | Fragments.Bit("summary") | Fragments.Bit("teaser") | Fragments.Bit("intro") | Fragments.Bit("standfirst") | Fragments.Bit("lid");
}
