using NewsModel.Html;

namespace NewsModel.Extraction.Content;

/// <summary>What an element's <c>class</c> and <c>id</c> say about it.</summary>
[Flags]
internal enum NameHint
{
    None = 0,

    /// <summary>Looks like the article's body (<c>entry-content</c>, <c>articleBody</c>, <c>item-text</c>, …).</summary>
    Body = 1,

    /// <summary>Mildly positive words (<c>article</c>, <c>content</c>, <c>main</c>, <c>text</c>, …).</summary>
    Positive = 2,

    /// <summary>Mildly negative words (<c>meta</c>, <c>extra</c>, <c>aside</c>, …): scored down, not removed.</summary>
    Negative = 4,

    /// <summary>Boilerplate (share bars, related lists, ads, navigation, newsletter boxes): removed from the body.</summary>
    Boilerplate = 8,

    /// <summary>Readers' comments or the comment form: never part of the body.</summary>
    Comments = 16,

    /// <summary>A lead, standfirst or teaser paragraph (<c>lead</c>, <c>intro</c>, <c>summary</c>, <c>chapo</c>, …).</summary>
    Lead = 32,
}

/// <summary>
/// Classifies class and id names by the words they contain, without regular expressions: each name is lower-cased
/// once and searched for a fixed list of fragments. The lists follow what readability, trafilatura and jusText
/// learned about real pages; the Persian CMS names come from docs/PERSIAN_NEWS.md.
/// </summary>
internal static class NameHints
{
    // Fragments that mark the body container on common CMSs.
    private static readonly string[] BodyFragments =
    [
        "articlebody", "article-body", "article_body", "article__body", "articlecontent", "article-content",
        "article_content", "article__content", "article-text", "article_text", "articletext", "entry-content",
        "entry_content", "post-content", "post_content", "postcontent", "post-body", "post_body", "postbody",
        "post-entry", "story-body", "storybody", "story-content", "story_content", "content-body", "body-text",
        "bodytext", "text-body", "item-text", "news-text", "newstext", "news_body", "news-body", "newsbody",
        "main-text", "single-content", "blog-content", "td-post-content", "field-body",
        "field--name-body", "rich-text", "richtext", "page-content", "detail-text", "body_text",
    ];

    private static readonly string[] LeadFragments =
    [
        "lead", "intro", "teaser-text", "teasertext", "teaser__text", "article-teaser", "summary", "excerpt", "abstract",
        "chapo", "standfirst", "deck", "subtitle", "sub-title", "subheadline", "sub-headline", "bajada", "perex",
        "documentdescription", "news-description", "article-description", "rutitr_body", "lid", "vorspann", "anrisstext",
        "einleitung",
    ];

    private static readonly string[] PositiveFragments =
    [
        "article", "content", "entry", "main", "post", "story", "text", "body", "blog", "news", "page", "column",
        "detail", "single",
    ];

    // Strong boilerplate: removed wherever they appear inside the chosen body.
    private static readonly string[] BoilerplateFragments =
    [
        "share", "sharing", "social", "related", "recommend", "sidebar", "advert", "sponsor", "promo",
        "newsletter", "subscri", "signup", "sign-up", "cookie", "consent", "gdpr", "privacy-notice", "privacy-banner",
        "privacy-bar", "popup", "modal", "breadcrumb",
        "pagination", "pager", "footer", "navbar", "navigation", "menu", "masthead", "toolbar", "tagcloud",
        "tag-cloud", "tags", "taglist", "tag-list", "keywords", "author-bio", "authorbio", "author-box", "authorbox",
        "about-author", "about-the-author", "rating", "banner", "outbrain", "taboola", "plista", "ligatus",
        "more-from", "morefrom", "also-read", "alsoread", "read-also", "most-popular", "mostpopular", "most-read",
        "mostread", "popular-posts", "trending", "skip-link", "skiplink", "visually-hidden", "visuallyhidden",
        "sr-only", "screen-reader", "screenreader", "print-only", "login", "register", "donate", "paywall",
        "next-post", "prev-post", "previous-post", "post-nav", "postnav", "nav-links", "jp-relatedposts",
        "sharedaddy", "addtoany", "a2a_", "shariff", "follow-us", "followus", "print-link", "tools", "byline",
        "post-meta", "entry-meta", "postmeta", "entrymeta", "article-meta", "meta-data", "metadata", "post-info",
        "postinfo", "entry-footer", "dateline", "timestamp", "publish-date", "pubdate", "post-date", "postdate",
        "entry-date", "teaser", "overlay", "lightbox", "slider", "carousel", "ticker", "noprint",
        "report-error", "error-report", "copyright", "disclaimer", "category-list", "categories", "post-tags",
        "up-news-tools", "news_tools", "news-tools", "tags_container", "news_path", "path-cover", "author-info",
        "authorinfo", "shortlink", "short-link", "reactions", "emoji", "vote", "like-box", "headline-list",
        "jump", "inline-related", "readmore", "read-more", "see-also", "seealso", "recirc", "more-stories",
        "newsletter", "feedback", "survey", "comment",
        "sabox", "abh_box", "disclosure", "spenden", "subscription", "app-section", "read-time", "readtime",
        "article-tags", "print-button", "interesting", "hidecompletely", "is-hidden",
        "u-hidden", "visuallyhidden",
        "caption", "imagedescription", "image-description", "img-desc", "bildunterschrift", "photo-credit", "legend",
    ];

    private static readonly string[] CommentFragments =
    [
        "comment", "disqus", "respond", "reply", "discussion", "leserbrief", "leserpost", "kommentar", "reaction",
        "opinion-form", "feedback",
    ];

    private static readonly string[] NegativeFragments =
    [
        "meta", "extra", "aside", "supplement", "foot", "header", "info", "caption-credit", "credit", "author",
        "date", "time", "contact", "bottom", "right", "left", "top", "external", "widget",
    ];

    // Which list a fragment came from; a name may hit several.
    [Flags]
    private enum Hit
    {
        None = 0,
        Body = 1,
        Positive = 2,
        Lead = 4,
        Comment = 8,
        CommentLink = 16,
        Boilerplate = 32,
        Negative = 64,

        // A fragment every ad or hiding token holds ("ad", "dfp", "hid", "invisible", "none"): without one,
        // HasAdToken cannot answer yes and its token walk is skipped.
        AdLike = 128,
    }

    private static readonly string[] AdLikeFragments = ["ad", "dfp", "hid", "invisible", "none"];

    private static readonly string[] CommentLinkFragments = ["comments-link", "comment-count", "commentcount", "comments-count"];

    // Every fragment with the list it came from: one pass over the name finds all of them.
    private static readonly FragmentSet Fragments = new(
        BodyFragments.Select(f => (f, (ulong)Hit.Body))
            .Concat(PositiveFragments.Select(f => (f, (ulong)Hit.Positive)))
            .Concat(LeadFragments.Select(f => (f, (ulong)Hit.Lead)))
            .Concat(CommentFragments.Select(f => (f, (ulong)Hit.Comment)))
            .Concat(CommentLinkFragments.Select(f => (f, (ulong)Hit.CommentLink)))
            .Concat(BoilerplateFragments.Select(f => (f, (ulong)Hit.Boilerplate)))
            .Concat(NegativeFragments.Select(f => (f, (ulong)Hit.Negative)))
            .Concat(AdLikeFragments.Select(f => (f, (ulong)Hit.AdLike))));

    private static Hit Scan(ReadOnlySpan<char> names) => (Hit)Fragments.Find(names);

    public static NameHint Classify(string? className, string? id)
    {
        var classLength = className?.Length ?? 0;
        var idLength = id?.Length ?? 0;
        if (classLength == 0 && idLength == 0)
        {
            return NameHint.None;
        }

        // Lower-case "class id" into a stack buffer (names longer than that are rare and truncated).
        Span<char> buffer = stackalloc char[512];
        var length = 0;
        if (classLength > 0)
        {
            length += className.AsSpan(0, Math.Min(classLength, 400)).ToLowerInvariant(buffer);
        }

        if (idLength > 0)
        {
            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            length += id.AsSpan(0, Math.Min(idLength, buffer.Length - length)).ToLowerInvariant(buffer[length..]);
        }

        length = WithoutTaxonomy(buffer[..length]);
        ReadOnlySpan<char> names = buffer[..length];
        var hits = Scan(names);
        var hint = NameHint.None;
        if ((hits & Hit.Body) != 0)
        {
            hint |= NameHint.Body | NameHint.Positive;
        }
        else if ((hits & Hit.Positive) != 0)
        {
            hint |= NameHint.Positive;
        }

        if ((hits & Hit.Lead) != 0)
        {
            hint |= NameHint.Lead;
        }

        if ((hits & Hit.Comment) != 0 && (hits & Hit.CommentLink) == 0)
        {
            // "comment-body", "w-comments-item-text": the body of a comment, not of the article.
            hint |= NameHint.Comments;
            hint &= ~NameHint.Body;
        }

        if ((hits & Hit.Boilerplate) != 0 || ((hits & Hit.AdLike) != 0 && HasAdToken(names)))
        {
            hint |= NameHint.Boilerplate;
        }
        else if ((hits & Hit.Negative) != 0)
        {
            hint |= NameHint.Negative;
        }

        return hint;
    }

    /// <summary>
    /// Drops the taxonomy tokens of WordPress's <c>post_class()</c> («category-der-kommentar», «tag-newsletter»,
    /// «tag-social-media», «format-aside») from a lower-cased class list that is one (it holds <c>hentry</c>,
    /// <c>status-publish</c> or <c>type-post</c>): they are the post's categories and tags, words of its subject, and
    /// read as names they made tv-orange.de's whole post a comment section. Compacts <paramref name="names"/> in place
    /// and returns its new length.
    /// </summary>
    internal static int WithoutTaxonomy(Span<char> names)
    {
        if (!IsPostClass(names))
        {
            return names.Length;
        }

        var write = 0;
        var read = 0;
        while (read < names.Length)
        {
            var end = names[read..].IndexOfAny(' ', '\t', '\n');
            var tokenEnd = end < 0 ? names.Length : read + end;
            var token = names[read..tokenEnd];
            if (!(token.StartsWith("category-") || token.StartsWith("tag-") || token.StartsWith("format-")))
            {
                if (write > 0)
                {
                    names[write++] = ' ';
                }

                token.CopyTo(names[write..]);
                write += token.Length;
            }

            read = tokenEnd + 1;
        }

        return write;
    }

    private static bool IsPostClass(ReadOnlySpan<char> names) => names.ContainsAny(PostClassMarks);

    private static readonly System.Buffers.SearchValues<string> PostClassMarks =
        System.Buffers.SearchValues.Create(["hentry", "status-publish", "type-post"], StringComparison.Ordinal);

    /// <inheritdoc cref="WithoutTaxonomy(Span{char})"/>
    internal static string WithoutTaxonomy(string names)
    {
        if (!IsPostClass(names))
        {
            return names;
        }

        var buffer = names.ToCharArray();
        var length = WithoutTaxonomy(buffer);
        return length == names.Length ? names : new string(buffer, 0, length);
    }

    // "ad", "ads", "ad-slot", "adsbygoogle", "google-ad", "dfp-…": short tokens that must be whole words.
    private static bool HasAdToken(ReadOnlySpan<char> names)
    {
        var span = names;
        while (span.Length > 0)
        {
            var end = span.IndexOfAny(' ', '\t', '\n');
            var token = end < 0 ? span : span[..end];
            if (token is "ad" or "ads" or "adv" or "advert" or "adsbygoogle" or "dfp" or "hidden" or "hide" or "invisible" or "d-none" or "display-none"
                || token.StartsWith("ad-") || token.StartsWith("ad_") || token.StartsWith("ads-") || token.StartsWith("ads_")
                || token.StartsWith("adv-") || token.StartsWith("adslot") || token.StartsWith("adunit") || token.StartsWith("dfp-")
                || token.EndsWith("-ad") || token.EndsWith("_ad") || token.EndsWith("-ads") || token.Contains("-ad-", StringComparison.Ordinal)
                || token.Contains("google-ad", StringComparison.Ordinal) || token.Contains("adsense", StringComparison.Ordinal))
            {
                return true;
            }

            if (end < 0)
            {
                break;
            }

            span = span[(end + 1)..];
        }

        return false;
    }
}
