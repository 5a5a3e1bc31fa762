using System.Globalization;

namespace NewsModel.Extraction.Metadata;

/// <summary>Reads OpenGraph, Twitter card, Dublin Core and plain <c>&lt;meta&gt;</c> tags into candidates.</summary>
internal static class MetaLayer
{
    private static readonly HashSet<string> WrittenBy = new(StringComparer.OrdinalIgnoreCase)
    {
        "Written by", "Geschrieben von", "Verfasst von", "Escrito por", "Écrit par", "Scritto da", "Geschreven door", "Napisane przez",
        "Author", "Autor", "Autorin", "Auteur", "Autore", "Skrevet af", "Skrivet av", "Kirjoittanut", "نویسنده",
    };

    public static void Read(MetaTags meta, CandidateSet set, Uri? baseUrl)
    {
        // Titles: every og:title is a candidate (varzesh3 pages carry a stale one first); the title chooser decides.
        foreach (var t in meta.All("og:title"))
        {
            CandidateSet.Add(set.Title, t, FieldSource.OpenGraph, "og:title");
        }

        AddFirst(meta, set.Title, FieldSource.TwitterCard, "twitter:title");
        AddFirst(meta, set.Title, FieldSource.Meta, "dc.title", "title");

        AddFirst(meta, set.Lead, FieldSource.OpenGraph, "og:description");
        AddFirst(meta, set.Lead, FieldSource.TwitterCard, "twitter:description");
        AddFirst(meta, set.Lead, FieldSource.Meta, "description", "dc.description");

        AddFirst(meta, set.SiteName, FieldSource.OpenGraph, "og:site_name");
        AddFirst(meta, set.SiteName, FieldSource.Meta, "application-name");

        AddFirst(meta, set.Published, FieldSource.OpenGraph, "article:published_time", "og:article:published_time", "og:published_time");
        AddFirst(meta, set.Published, FieldSource.Meta, "dc.date.issued", "dc.date", "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "original-publish-date", "date.published");
        // «<meta name="date">», DCTERMS' date, «created» and Shareaholic's copy of the publication time date the page,
        // but some CMSes write the time the page was rendered there: read only when no layer gives a publication date.
        AddFirst(meta, set.PagePublished, FieldSource.Meta, "shareaholic:article_published_time", "dcterms.date", "dcterms.created", "date", "created");
        AddFirst(meta, set.Modified, FieldSource.OpenGraph, "article:modified_time", "og:article:modified_time", "og:updated_time");
        AddFirst(meta, set.Modified, FieldSource.Meta, "dc.date.modified", "lastmod", "last-modified");

        AddFirst(meta, set.Section, FieldSource.OpenGraph, "article:section", "og:article:section");
        AddFirst(meta, set.Section, FieldSource.Meta, "section", "category");

        // In page order, each once (a set beside the list: a page can carry thousands of tags).
        var ogTags = new List<string>();
        var seenTags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in (ReadOnlySpan<string>)["article:tag", "og:article:tag"])
        {
            foreach (var v in meta.All(key))
            {
                foreach (var t in TextTools.SplitList(v))
                {
                    if (seenTags.Add(t))
                    {
                        ogTags.Add(t);
                    }
                }
            }
        }

        if (ogTags.Count > 0)
        {
            set.Tags.Add(new Candidate<IReadOnlyList<string>>(ogTags, FieldSource.OpenGraph, "article:tag"));
        }

        var keywords = meta.First("news_keywords", "keywords");
        if (keywords is { } kw && TextTools.SplitList(kw.Value) is { Count: > 0 } kwList)
        {
            set.Tags.Add(new Candidate<IReadOnlyList<string>>(kwList, FieldSource.Meta, kw.Key));
        }

        // After the common names, those of Dublin Core's other spellings, analytics tags (cXense, Sailthru) and
        // Highwire's citation tags, which some sites fill when they write no "author".
        foreach (var (key, source) in (ReadOnlySpan<(string, FieldSource)>)[
            ("article:author", FieldSource.OpenGraph), ("og:article:author", FieldSource.OpenGraph), ("article:author_name", FieldSource.OpenGraph),
            ("author", FieldSource.Meta), ("dc.creator", FieldSource.Meta), ("dc:creator", FieldSource.Meta), ("dcterms.creator", FieldSource.Meta),
            ("dc.author", FieldSource.Meta), ("parsely-author", FieldSource.Meta), ("cxenseparse:author", FieldSource.Meta),
            ("sailthru.author", FieldSource.Meta), ("citation_author", FieldSource.Meta)])
        {
            var names = meta.All(key).Select(TextTools.Clean)
                .Where(n => n.Length > 0 && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !n.StartsWith('@'))
                .Distinct(StringComparer.Ordinal)
                .Select(n => new Author { Name = n })
                .ToList();
            if (names.Count > 0)
            {
                set.Authors.Add(new Candidate<IReadOnlyList<Author>>(names, source, key));
            }
        }

        // Yoast's reading labels: twitter:label1 "Written by" (in the page's language) and twitter:data1 the name.
        for (var i = 1; i <= 4; i++)
        {
            var label = meta.First("twitter:label" + i.ToString(CultureInfo.InvariantCulture))?.Value;
            if (label is not null && WrittenBy.Contains(TextTools.Clean(label).TrimEnd(':'))
                && meta.First("twitter:data" + i.ToString(CultureInfo.InvariantCulture)) is { } data && TextTools.Clean(data.Value) is { Length: > 1 } name)
            {
                set.Authors.Add(new Candidate<IReadOnlyList<Author>>([new Author { Name = name }], FieldSource.TwitterCard, data.Key));
                break;
            }
        }

        AddLanguage(meta.First("og:locale"), set, FieldSource.OpenGraph);
        AddLanguage(meta.First("http-equiv:content-language", "language", "dc.language", "content-language"), set, FieldSource.Meta);

        AddFirst(meta, set.CanonicalUrl, FieldSource.OpenGraph, "og:url");
        AddFirst(meta, set.CanonicalUrl, FieldSource.TwitterCard, "twitter:url");

        AddImage(meta, set, baseUrl, FieldSource.OpenGraph, "og:image", "og:image:url", "og:image:secure_url");
        AddImage(meta, set, baseUrl, FieldSource.TwitterCard, "twitter:image", "twitter:image:src");
    }

    private static void AddFirst(MetaTags meta, List<Candidate<string>> list, FieldSource source, params ReadOnlySpan<string> keys)
    {
        if (meta.First(keys) is { } hit)
        {
            CandidateSet.Add(list, hit.Value, source, hit.Key);
        }
    }

    private static void AddLanguage((string Value, string Key)? hit, CandidateSet set, FieldSource source)
    {
        set.AfghanLocale |= hit is { } raw && LanguageTools.IsAfghan(raw.Value);
        if (hit is { } h && LanguageTools.Normalize(h.Value) is { } lang)
        {
            set.Language.Add(new Candidate<string>(lang, source, h.Key));
        }
    }

    private static void AddImage(MetaTags meta, CandidateSet set, Uri? baseUrl, FieldSource source, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            foreach (var v in meta.All(key))
            {
                var url = TextTools.Resolve(v, baseUrl);
                if (url is null || !LooksLikeImage(url))
                {
                    continue;
                }

                var width = Int(meta.First("og:image:width")?.Value);
                var height = Int(meta.First("og:image:height")?.Value);
                set.Image.Add(new Candidate<ImageRef>(new ImageRef { Url = url, Width = width, Height = height, Alt = meta.First("og:image:alt")?.Value }, source, key));
                return;
            }
        }
    }

    /// <summary>An image address, not a page address put in og:image by mistake (varzesh3 does that).</summary>
    internal static bool LooksLikeImage(Uri url)
    {
        var path = url.AbsolutePath;
        var dot = path.LastIndexOf('.');
        if (dot > path.LastIndexOf('/'))
        {
            var ext = path[(dot + 1)..].ToUpperInvariant();
            return ext is "JPG" or "JPEG" or "PNG" or "GIF" or "WEBP" or "AVIF" or "BMP" or "SVG" or "JFIF";
        }

        // No extension: image services often have none; a path that looks like an article page does not qualify.
        return !path.Contains("/news/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// An image that stands for no article: WordPress.com's blank og:image (<c>s0.wp.com/i/blank.jpg</c>), a
    /// Gravatar avatar or a forum's (<c>data/avatars/l/81/81656.jpg</c>, the picture a forum's JSON-LD gives its
    /// thread), a favicon or touch icon, a file named logo…, or a spacer (<c>blank</c>, <c>spacer</c>, <c>clear.gif</c>,
    /// <c>1x1</c>, <c>placeholder</c>).
    /// </summary>
    internal static bool IsPlaceholderImage(Uri url)
    {
        var file = FileOf(url);
        if (url.Host.EndsWith("gravatar.com", StringComparison.OrdinalIgnoreCase) || IsTracking(url.Host, file))
        {
            return true;
        }

        var (path, name, stem) = file;
        return name.Contains("favicon", StringComparison.OrdinalIgnoreCase) || name.Contains("touch-icon", StringComparison.OrdinalIgnoreCase)
            || stem.StartsWith("logo", StringComparison.OrdinalIgnoreCase)
            || path.Contains("/avatars/", StringComparison.OrdinalIgnoreCase) || stem.StartsWith("avatar", StringComparison.OrdinalIgnoreCase)
            || (stem.Equals("clear", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".gif", StringComparison.OrdinalIgnoreCase))
            || stem.Contains("placeholder", StringComparison.OrdinalIgnoreCase)
            || stem.Equals("blank", StringComparison.OrdinalIgnoreCase) || stem.Equals("spacer", StringComparison.OrdinalIgnoreCase)
            || stem.Equals("1x1", StringComparison.OrdinalIgnoreCase) || stem.Equals("transparent", StringComparison.OrdinalIgnoreCase)
            || HasMarkWord(stem);
    }

    // A word of the file's name that says logo, icon or blank ("fn_logo_fb_1200x630", "nmblogo-bw-440",
    // "institutionlogo29539", "ms-icon-310x310", "quote_icon", "wordbooker_blank"), or a name that is a network's
    // (a theme's default share picture: "facebook.jpg").
    private static bool HasMarkWord(string stem)
    {
        if (stem.Equals("facebook", StringComparison.OrdinalIgnoreCase) || stem.Equals("twitter", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var range in stem.AsSpan().SplitAny("-_. "))
        {
            var word = stem.AsSpan()[range].TrimEnd("0123456789");
            // "googlelogo", "nmblogo", but not Italian and Spanish words ("dialogo", "catalogo", "psicologo", "epilogo").
            if ((word.EndsWith("logo", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ologo", StringComparison.OrdinalIgnoreCase)
                    && !word.EndsWith("alogo", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ilogo", StringComparison.OrdinalIgnoreCase))
                || word.Equals("icon", StringComparison.OrdinalIgnoreCase)
                || word.Equals("blank", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // The address's path, its last segment, and that segment without its extension.
    private static (string Path, string Name, string Stem) FileOf(Uri url)
    {
        var path = url.AbsolutePath;
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return (path, name, dot > 0 ? name[..dot] : name);
    }

    // Hosts that serve nothing but counting pixels.
    private static readonly string[] TrackingHosts =
    [
        "scorecardresearch.com", "google-analytics.com", "doubleclick.net", "ivwbox.de", "ioam.de", "quantserve.com",
        "bat.bing.com", "analytics.twitter.com", "px.ads.linkedin.com", "pixel.wp.com", "stats.wp.com",
    ];

    /// <summary>
    /// Whether the image is a counting pixel: a tracker's host, Matomo's or Piwik's endpoint, Facebook's <c>/tr</c>, a
    /// file named like a pixel ("renderTimingPixel.png"). A <c>&lt;noscript&gt;&lt;img&gt;</c> in the head ends up at
    /// the top of the body when a page is parsed without scripting, where it would be the article's first picture.
    /// </summary>
    internal static bool IsTrackingImage(Uri url) => IsTracking(url.Host, FileOf(url));

    private static bool IsTracking(string host, (string Path, string Name, string Stem) file)
    {
        foreach (var tracker in TrackingHosts)
        {
            if (host.EndsWith(tracker, StringComparison.OrdinalIgnoreCase)
                && (host.Length == tracker.Length || host[host.Length - tracker.Length - 1] == '.'))
            {
                return true;
            }
        }

        var (path, name, stem) = file;
        return name.Equals("matomo.php", StringComparison.OrdinalIgnoreCase) || name.Equals("piwik.php", StringComparison.OrdinalIgnoreCase)
            || (host.EndsWith("facebook.com", StringComparison.OrdinalIgnoreCase) && path.StartsWith("/tr", StringComparison.Ordinal))
            || stem.EndsWith("pixel", StringComparison.OrdinalIgnoreCase);
    }

    private static int? Int(string? s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : null;
}
