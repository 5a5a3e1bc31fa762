using NewsModel.Extraction.Metadata;

namespace NewsModel.Extraction;

/// <summary>
/// Chooses the article's own headline. A site rule's headline wins. Otherwise an <c>h1</c> that one of the metadata
/// titles confirms (equal, or the metadata title is the h1 plus the site name) is the headline: it is what readers
/// see, and it survives when og:title or <c>&lt;title&gt;</c> is stale. Then the page's only h1 when it reads as a
/// headline and no metadata title is part of it. Without such an h1, the JSON-LD headline, then og:title and the other
/// metadata titles with the site name cut off, then the first h1, then <c>&lt;title&gt;</c>.
/// </summary>
internal static class TitleChooser
{
    // No one-sided dash: "Thermen- & Vulkanland", "Haupt- und Nebensaison" are German words, not a title and a site.
    internal static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", "::", " » ", " · ", " • ", " │ ", " › ", "|"];

    /// <summary>
    /// A metadata title that an unescaped quote cut short: <c>content="Senador … de "incapacitado""</c> ends the
    /// attribute at the second quote. The <c>&lt;title&gt;</c> element has no attribute to break, so when it goes on from
    /// the metadata title with a quote, it is the whole title.
    /// </summary>
    private static Candidate<string> Uncut(Candidate<string> title, string titleTag)
    {
        var v = title.Value;
        if (v.Length < 8 || titleTag.Length <= v.Length + 1 || !titleTag.StartsWith(v, StringComparison.Ordinal))
        {
            return title;
        }

        var rest = titleTag.AsSpan(v.Length).TrimStart(' ');
        return rest.Length > 1 && rest[0] == '"' && rest[1..].IndexOf('"') > 0
            ? title with { Value = titleTag, Detail = title.Detail + " (cut short by a quote; the <title>'s text)" }
            : title;
    }

    /// <param name="set">The candidates the layers found.</param>
    /// <param name="h1s">The page's h1 texts, in order (without those that link home).</param>
    /// <param name="titleTag">The <c>&lt;title&gt;</c> element's text.</param>
    /// <param name="siteName">The site's name, when a layer gives it.</param>
    /// <param name="host">The page's host, without "www.".</param>
    /// <param name="homeNames">The texts of h1s that link to the home page: a logo's h1 names the site.</param>
    /// <param name="source">Where the title came from.</param>
    /// <param name="detail">Which element or property, and why.</param>
    public static string? Choose(CandidateSet set, IReadOnlyList<string> h1s, string titleTag, string? siteName, string? host, IReadOnlyList<string> homeNames, out FieldSource source, out string? detail)
    {
        source = FieldSource.SiteRule;
        detail = null;
        var rule = set.Title.FirstOrDefault(c => c.Source == FieldSource.SiteRule);
        if (rule is not null)
        {
            detail = rule.Detail;
            return rule.Value;
        }

        var metaTitles = set.Title.Where(c => c.Source != FieldSource.SiteRule).Select(c => Uncut(c, titleTag)).ToList();
        if (titleTag.Length > 0)
        {
            metaTitles.Add(new Candidate<string>(titleTag, FieldSource.Meta, "<title>"));
        }

        // The names as the page wrote them, taglines included: "Headline - My Daily Magazine - Art, Design, DIY" ends
        // in the tagline of og:site_name, not in the cleaned name.
        var names = set.SiteName.Select(c => c.Value).Append(siteName).OfType<string>().ToList();

        // A logo's h1 that links home names the site ("Salsa-Figuren - Rueda in Berlin" in "Enchufla Figuren -
        // Salsa-Figuren - Rueda in Berlin"), and so do the parts before WordPress's "» Blog Archive »".
        // A link home labelled "Home" or «صفحه اصلی» names no site, and a name that short would match inside headlines.
        names.AddRange(homeNames.Where(n => n.Length is >= 5 and <= 80 && !IsHomeWord(n)));
        names.AddRange(BlogArchiveSiteNames(titleTag));

        // "Muffin Grundrezept : Muffin Rezepte" with the h1 "Muffin Rezepte": the shorter part after a spaced colon,
        // repeated by an h1, is the blog's name.
        var colon = titleTag.LastIndexOf(" : ", StringComparison.Ordinal);
        if (colon > 0 && titleTag[(colon + 3)..].Trim() is { Length: > 0 } afterColon && afterColon.Length < colon
            && h1s.Any(h => TextTools.SameText(h, afterColon)))
        {
            names.Add(afterColon);
        }

        // The names' comparison keys, once: an h1 that is one of them names the site, not the article.
        var nameKeys = names.Select(TextTools.Key).ToHashSet(StringComparer.Ordinal);

        // An h1 confirmed by a metadata title, in passes from the strictest: equal or with a separator and the site's
        // name around it; the same once the site's name is cut off ("Kicker: Headline | Site"); then sharing its
        // start or end word for word, the shorter holding at least 60 % of the longer ("Pierogi z dynią" and
        // "Pierogi z dynią przepis", "Headline" and "Headline: the rest", cut short in og:title).
        var keys = metaTitles.Select(m => Compared(m.Value)).ToList();
        var cutKeys = metaTitles.Select(m => Compared(CutSiteName(m.Value, names, host))).ToList();

        // Blogs put their name in an h1 before the post's: "Ins neue Jahr | Literaturgefluester" would confirm the name
        // (the longer part) as the headline. Such h1s, and those too short to tell, take no part.
        var siteKey = siteName is null ? null : Compared(siteName);
        var h1Keys = h1s.Select(h => Compared(h) is var k && k.Length >= 8 && !string.Equals(k, siteKey, StringComparison.OrdinalIgnoreCase)
            && !nameKeys.Contains(TextTools.Key(h)) ? k : null).ToList();
        for (var pass = 0; pass < 3; pass++)
        {
            for (var h = 0; h < h1s.Count; h++)
            {
                if (h1Keys[h] is not { } key)
                {
                    continue;
                }

                for (var i = 0; i < metaTitles.Count; i++)
                {
                    var confirmed = pass switch
                    {
                        0 => Confirms(key, keys[i]),
                        1 => Confirms(key, cutKeys[i]),
                        _ => Overlaps(key, cutKeys[i]),
                    };
                    if (confirmed)
                    {
                        // A hidden h1 can carry the whole <title>, site name and all.
                        source = FieldSource.VisibleText;
                        detail = "h1 confirmed by " + metaTitles[i].Detail;
                        return CutSiteName(h1s[h], names, host, knownOnly: true);
                    }
                }
            }
        }

        // The page's only h1, when it reads as a headline (three words at least; not the site's name, its address or a
        // box label), wins over metadata titles that do not confirm it: og:title and JSON-LD go stale ("Kein Zutritt
        // mehr mit Sparpreis-Tickets" over the h1's "Kein Zugang mehr mit Sparpreis-Ticket") or carry an SEO title
        // ("1000 Euro Kredit » 1000 EUR sofort aufs Konto"). Not when a metadata title begins or ends the h1: the h1
        // then adds a kicker or a label of its own ("Local News | Brothel catering to …", "Headline: …"), and
        // not when it has the same letters (an h1 whose spans a <br> joins: "Versammlung:Es knirscht").
        if (h1s.Count == 1 && h1Keys[0] is { } only && IsLoneHeadline(h1s[0], only, keys.Concat(cutKeys), siteName, nameKeys, host))
        {
            source = FieldSource.VisibleText;
            detail = "h1 (the page's only one)";
            return h1s[0];
        }

        foreach (var preferred in (ReadOnlySpan<FieldSource>)[FieldSource.JsonLd, FieldSource.OpenGraph, FieldSource.TwitterCard, FieldSource.Microdata, FieldSource.Meta])
        {
            foreach (var m in metaTitles)
            {
                if (m.Source != preferred || m.Detail == "<title>")
                {
                    continue;
                }

                var cut = CutSiteName(m.Value, names, host);
                if (cut.Length > 0)
                {
                    if (TitleTagOverLabel(cut, titleTag, names, host) is { } fromTag)
                    {
                        source = FieldSource.Meta;
                        detail = "<title> (" + m.Detail + " is a one-word label)";
                        return fromTag;
                    }

                    source = m.Source;
                    detail = m.Detail;
                    return cut;
                }
            }
        }

        // Only the <title> and h1s are left. An h1 that is one of the <title>'s short parts is the site's name
        // (blogs put their name in h1), so the <title>'s headline part wins over it.
        var segments = Segments(titleTag);
        var firstH1 = h1s.FirstOrDefault(h => !IsSiteName(h, siteName) && !nameKeys.Contains(TextTools.Key(h))
            && (segments.Count < 2 || !segments.Skip(1).Any(s => TextTools.SameText(s, h))) && !(IsBoxLabel(h) && h.Contains(' ', StringComparison.Ordinal)));
        if (firstH1 is not null)
        {
            // A one-word h1 may be the headline ("Chorgeschichte"); one that names the site's address (a logo: "L-Mag"
            // on l-mag.de) or a navigation box ("Quicklinks") is not.
            if ((IsHostName(firstH1, host) || IsBoxLabel(firstH1)) && TitleTagOverLabel(firstH1, titleTag, names, host) is { } fromTag)
            {
                source = FieldSource.Meta;
                detail = "<title> (the h1 is the site's name or a box label)";
                return fromTag;
            }

            source = FieldSource.VisibleText;
            detail = "h1";
            return firstH1;
        }

        if (segments.Count >= 2)
        {
            var cut = CutSiteName(titleTag, names, host);
            source = FieldSource.Meta;
            detail = "<title> (headline part)";
            return cut != TextTools.Clean(titleTag) ? cut : segments.OrderByDescending(s => s.Length).First();
        }

        if (titleTag.Length > 0)
        {
            source = FieldSource.Meta;
            var whole = TextTools.Clean(titleTag);
            var cutTitle = CutSiteName(whole, names, host, knownOnly: true);
            detail = cutTitle.Length < whole.Length ? "<title> (headline part)" : "<title>";
            return cutTitle;
        }

        return null;
    }

    private static bool IsLoneHeadline(string h1, string key, IEnumerable<string> metaKeys, string? siteName, HashSet<string> nameKeys, string? host)
    {
        if (key.Split(' ').Length < 3 || IsSiteName(h1, siteName) || IsHostName(h1, host) || IsBoxLabel(h1) || nameKeys.Contains(TextTools.Key(h1)))
        {
            return false;
        }

        foreach (var k in metaKeys)
        {
            if (k.Length >= 8 && (SameLetters(k, key) || (k.Length < key.Length
                && (key.StartsWith(k, StringComparison.OrdinalIgnoreCase) || key.EndsWith(k, StringComparison.OrdinalIgnoreCase)))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameLetters(string a, string b) =>
        string.Equals(a.Replace(" ", string.Empty, StringComparison.Ordinal), b.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    // "L-Mag" on l-mag.de, "Spiegel" on www.spiegel.de: the first label of the address that is not "www".
    private static bool IsHostName(string text, string? host)
    {
        if (host is null)
        {
            return false;
        }

        var name = TextTools.HostLabel(host);
        return Compared(text).Replace(" ", "-", StringComparison.Ordinal).Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a link's text names the home page ("Home", «Startseite», «صفحه اصلی»).</summary>
    internal static bool IsHomeWord(string text) =>
        TextTools.Key(text).ToLowerInvariant() is "home" or "homepage" or "home page" or "start" or "startseite" or "accueil" or "inicio"
            or "portada" or "strona główna" or "главная" or "صفحه اصلی" or "صفحه نخست" or "خانه" or "الرئيسية";

    // Labels of a page's boxes: links, search, and the reader's account («ناحیه کاربری», «ثبت نام» on aftabeyazd.ir).
    // Keys drop the half-space: «ثبت‌نام» is «ثبتنام».
    private static bool IsBoxLabel(string text) =>
        TextTools.Key(text).ToLowerInvariant() is "quicklink" or "quicklinks" or "navigation" or "menu" or "menü" or "suche" or "search" or "service"
            or "login" or "log in" or "sign in" or "register" or "anmelden" or "registrieren" or "mein konto" or "my account"
            or "ناحیه کاربری" or "ورود" or "ورود کاربران" or "ثبت نام" or "ثبتنام" or "جستجو" or "منو";

    /// <summary>
    /// The <c>&lt;title&gt;</c>'s headline part, when the title found so far is a label and not a headline: one word
    /// (a logo's h1 "L-Mag", a box's h1 "Quicklink", a section's og:title "Medienmitteilungen") that the
    /// <c>&lt;title&gt;</c> does not hold, while the <c>&lt;title&gt;</c> holds a sentence of four words or more.
    /// </summary>
    private static string? TitleTagOverLabel(string chosen, string titleTag, IReadOnlyList<string> names, string? host)
    {
        var label = TextTools.Clean(chosen);
        if (label.Length == 0 || label.Contains(' ', StringComparison.Ordinal) || titleTag.Contains(label, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var part = CutSiteName(titleTag, names, host);
        return part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4 ? part : null;
    }

    /// <summary>
    /// The text with its typographic marks made plain, for comparing: og:title and <c>&lt;title&gt;</c> often write
    /// "finished" and d'actions where the h1 shows „finished“ and d’actions, and the h1 is what readers see.
    /// Guillemets stay: they also separate a title from the site's name.
    /// </summary>
    internal static string Typography(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[i] switch
            {
                '„' or '“' or '”' or '‟' or '″' => '"',
                '‚' or '‘' or '’' or '‛' or '′' or '`' or '´' => '\'',
                '–' or '—' or '‒' or '−' or '‐' or '‑' => '-',
                var c => c,
            };
        }
    });

    // The h1 must be the larger part of the title: an h1 that is the title's short part is the site's name.
    private static bool Confirms(string key, string mk) =>
        mk == key || (LongEnough(key, mk) &&
            ((mk.StartsWith(key, StringComparison.Ordinal) && IsSuffixOnly(mk[key.Length..])) ||
             (mk.EndsWith(key, StringComparison.Ordinal) && IsSuffixOnly(Reverse(mk[..^key.Length])))));

    // The h1 is at least half the metadata title; or, when it is a sentence of four words or more, a third of it with
    // a site name of six words at most beside it ("Norddeutschland findet seine Meister - Berliner Leichtathletik
    // Verband e.V."). A short h1 inside a long title is a section or a label, not the headline.
    private static bool LongEnough(string key, string mk) =>
        key.Length * 2 >= mk.Length
        || (key.Length * 3 >= mk.Length && Words(key) >= 4 && Words(mk) - Words(key) <= 7);

    private static int Words(string s) => s.AsSpan().Count(' ') + 1;

    // An h1 longer than the metadata title only extends it at its end (og:title cut short): words before it are a
    // kicker or section the page did not mark ("Local News | Headline"), and a "|" after it leads to the site's name.
    private static bool Overlaps(string key, string mk)
    {
        if (key.Length > mk.Length)
        {
            return mk.Length >= 8 && mk.Length * 10 >= key.Length * 6 && key.StartsWith(mk, StringComparison.OrdinalIgnoreCase)
                && !char.IsLetterOrDigit(key[mk.Length]) && key[mk.Length..].TrimStart()[0] is not ('|' or '/' or '·' or '»' or '›');
        }

        if (key.Length < 8 || key.Length == mk.Length || key.Length * 10 < mk.Length * 6)
        {
            return false;
        }

        return (mk.StartsWith(key, StringComparison.OrdinalIgnoreCase) && !char.IsLetterOrDigit(mk[key.Length]))
            || (mk.EndsWith(key, StringComparison.OrdinalIgnoreCase) && !char.IsLetterOrDigit(mk[^(key.Length + 1)]));
    }

    // The comparison key of a title: TextTools.Key with its typographic marks made plain.
    private static string Compared(string text) => Typography(TextTools.Key(text));

    private static bool IsSiteName(string h1, string? siteName) =>
        siteName is not null && string.Equals(Compared(h1), Compared(siteName), StringComparison.OrdinalIgnoreCase);

    private static readonly string[] StrongSeparators = [" | ", " · ", " › ", " » ", " :: ", " // ", " – ", " — ", " - "];

    // WordPress's old default theme titles a post "Site » Blog Archive » Post" (in German "Blog Archiv").
    private static readonly string[] BlogArchive = ["Blog Archive", "Blog Archiv", "Blog-Archiv"];

    /// <summary>
    /// In a title "Site » Blog Archive » Post", the parts before the archive's mark and the mark itself: they name the
    /// site, so that an h1 holding the site's name is not taken for the headline.
    /// </summary>
    private static IEnumerable<string> BlogArchiveSiteNames(string titleTag)
    {
        var segments = Segments(titleTag);
        for (var i = 1; i < segments.Count - 1; i++)
        {
            if (BlogArchive.Any(mark => string.Equals(segments[i], mark, StringComparison.OrdinalIgnoreCase)))
            {
                return segments.Take(i + 1);
            }
        }

        return [];
    }

    /// <summary>The parts of a title split at its strongest separator.</summary>
    private static List<string> Segments(string title)
    {
        var t = TextTools.Clean(title);
        foreach (var sep in StrongSeparators)
        {
            if (t.Contains(sep, StringComparison.Ordinal))
            {
                return t.Split(sep, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(x => x.Length > 0).ToList();
            }
        }

        return t.Length > 0 ? [t] : [];
    }

    private static string Reverse(string s)
    {
        var chars = s.ToCharArray();
        Array.Reverse(chars);
        return new string(chars);
    }

    /// <summary>Whether the rest of a metadata title after the headline is only a separator and a site name.</summary>
    private static bool IsSuffixOnly(string rest)
    {
        // The headline's own closing mark comes first when the key dropped it: "Geheimdiensten? – Site".
        var r = rest.TrimStart(' ', '.', '!', '?', '؟', '؛', ';', '،', ',');
        return r.Length == 0 || r[0] is '|' or '-' or '–' or '—' or ':' or '»' or '«' or '/' or '·';
    }

    // Real titles carry a site name, a section and a tagline at most; a title of thousands of parts ("A | B | …") is
    // cut this many times and left there, each cut costing a pass over it (it recursed once a part, which was
    // quadratic and, on a worker thread's stack, could overflow).
    private const int MaxCuts = 8;

    /// <summary>Cuts a trailing (or leading) site name from a title: "Headline - Site" → "Headline".</summary>
    internal static string CutSiteName(string title, IReadOnlyList<string> siteNames, string? host = null, bool knownOnly = false)
    {
        var t = WithoutDanglingSeparator(TextTools.Clean(title));

        // A title that is the site's name whole ("Gaby’s - Colours of the Soul", a logo's h1) holds no headline to keep.
        if (siteNames.Any(name => TextTools.SameText(name, t)))
        {
            return t;
        }

        for (var cuts = 0; cuts < MaxCuts && CutOnce(t, siteNames, host, knownOnly) is { } shorter; cuts++)
        {
            t = TextTools.Clean(shorter);
        }

        return t;
    }

    // Separators that part nothing when they close or open a title; guillemets are left alone, since French sets a
    // space inside them («… des usagers »).
    private static readonly string[] DanglingSeparators = ["|", "-", "–", "—", "·", "•", "::", "│"];

    /// <summary>
    /// A title with a separator and nothing on one side of it ("National Rail Enquiries -", "Über André Loibl | ": the
    /// site name the template meant to print was empty) without that separator.
    /// </summary>
    internal static string WithoutDanglingSeparator(string t)
    {
        foreach (var sep in DanglingSeparators)
        {
            if (t.Length > sep.Length + 1 && t.EndsWith(sep, StringComparison.Ordinal) && t[^(sep.Length + 1)] == ' ')
            {
                return t[..^(sep.Length + 1)].TrimEnd();
            }

            if (t.Length > sep.Length + 1 && t.StartsWith(sep, StringComparison.Ordinal) && t[sep.Length] == ' ')
            {
                return t[(sep.Length + 1)..].TrimStart();
            }
        }

        return t;
    }

    // The title without one site name (or tagline), or null when it names none.
    private static string? CutOnce(string t, IReadOnlyList<string> siteNames, string? host, bool knownOnly)
    {
        foreach (var sep in Separators)
        {
            // The site's name in front: "NEWS WEB EASY|子どもへの体罰を禁止する法律ができる".
            var first = t.IndexOf(sep, StringComparison.Ordinal);
            if (first > 0 && t[..first].Trim() is var lead && t[(first + sep.Length)..].Trim() is var rest
                && ((rest.Length > lead.Length && siteNames.Any(name => TextTools.SameText(lead, name))) || (IsAddress(lead, host) && rest.Any(char.IsLetter))))
            {
                return rest;
            }

            var at = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var tail = t[(at + sep.Length)..].Trim();
            var head = t[..at].Trim();

            // A template that printed the site's name twice, once glued to the headline: "Truckwash A31Das etwas
            // andere Branchenbuch | Das etwas andere Branchenbuch".
            if (tail.Length >= 10 && head.Length > tail.Length + 1 && head.EndsWith(tail, StringComparison.Ordinal) && char.IsLetterOrDigit(head[^(tail.Length + 1)]))
            {
                return head[..^tail.Length];
            }

            if (IsSite(tail, siteNames, host) || (!knownOnly && tail.Length <= 25 && head.Length >= 2 * tail.Length && tail.Split(' ').Length <= 4))
            {
                return head;
            }

            // The site's name between the headline and a tagline: "Bielersee-Winterhechte | petri-heil.ch | Dein
            // Schweizer Fischereimagazin".
            var parts = t.Split(sep);
            for (var k = 1; k < parts.Length - 1; k++)
            {
                if (IsSite(parts[k].Trim(), siteNames, host))
                {
                    return string.Join(sep, parts[..k]);
                }
            }
        }

        return CutAtColon(t, siteNames) ?? CutCjkSiteName(t);
    }

    // Chinese site names close a title without spaces: «武汉的声音：…-新华网», «蔡健雅_百度百科».
    private static readonly string[] CjkSiteEndings = ["网", "百科", "报", "新闻", "频道", "在线", "官网", "日报"];

    /// <summary>
    /// A Chinese title's site name after a bare "-" or "_": up to eight CJK characters ending in a word sites end in
    /// (网, 百科, 报, 新闻, …), so that «北京-上海高铁» keeps its hyphen.
    /// </summary>
    private static string? CutCjkSiteName(string t)
    {
        var at = t.LastIndexOfAny(['-', '_']);
        if (at < 2 || at == t.Length - 1)
        {
            return null;
        }

        var tail = t.AsSpan(at + 1);
        foreach (var c in tail)
        {
            if (c is < '\u4E00' or > '\u9FFF')
            {
                return null;
            }
        }

        foreach (var ending in CjkSiteEndings)
        {
            if (tail.Length <= 8 && tail.EndsWith(ending, StringComparison.Ordinal) && t[at - 1] is >= '\u3000')
            {
                return t[..at];
            }
        }

        return null;
    }

    /// <summary>
    /// "Headline : Site | Tagline": a colon with a space on both sides parts the headline from the site's name only
    /// when a name the page gives itself follows it, whole; French writes "Covid : le gouvernement …" in headlines.
    /// </summary>
    private static string? CutAtColon(string t, IReadOnlyList<string> siteNames)
    {
        for (var colon = t.IndexOf(" : ", StringComparison.Ordinal); colon > 0; colon = t.IndexOf(" : ", colon + 3, StringComparison.Ordinal))
        {
            var after = t.AsSpan(colon + 3);
            foreach (var name in siteNames)
            {
                if (name.Length > 0 && after.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                    && after[name.Length..].TrimStart(' ') is var rest && (rest.IsEmpty || rest[0] is '|' or '-' or '–' or '—' or '·' or '•' or '»' or '/'))
                {
                    return t[..colon];
                }
            }
        }

        return null;
    }

    // A part that is only the page's address, with a mark after it: "mediaarchitecture.de //" in
    // "mediaarchitecture.de // » Jens Weber".
    private static bool IsAddress(string part, string? host) =>
        host is { Length: > 3 } && part.AsSpan().Trim(" /|:-–·»•") is var name
        && (name.Equals(host, StringComparison.OrdinalIgnoreCase) || (name.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && name[4..].Equals(host, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The site's name where only the page's <c>&lt;title&gt;</c> gives it, beside the headline: "Headline | Site",
    /// "Headline - Section - Site" (the farthest part), "Site | Headline"; "Site: Headline" is not read. The part must
    /// name the address: be it ("evang.at"), hold it in four words at most ("NationNews Barbados — nationnews.com"), or
    /// be its name or open with it ("Digitalcourage" at digitalcourage.de, "Eishockey NEWS" at eishockeynews.de, "Spektrum
    /// der Wissenschaft" at spektrum.de); or, as a Persian outlet's address never spells its name, open with the word that
    /// opens one («خبرگزاری ایسنا», «روزنامه همشهری», six words at most). A part that only looks like a name ("News",
    /// "Ausbildung", "By linksc", a tagline) was wrong on a seventh of the development set's pages and is not taken.
    /// Null otherwise.
    /// </summary>
    internal static string? SiteNameBeside(string titleTag, string title, string? host, string? section)
    {
        var t = TextTools.Clean(titleTag);
        foreach (var sep in StrongSeparators)
        {
            if (!t.Contains(sep, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = t.Split(sep);
            for (var k = 1; k < parts.Length; k++)
            {
                string? candidate = null;
                if (TextTools.SameText(string.Join(sep, parts[..k]), title))
                {
                    candidate = parts[^1].Trim();
                }
                else if (TextTools.SameText(string.Join(sep, parts[k..]), title))
                {
                    candidate = parts[0].Trim();
                }

                if (candidate is not null)
                {
                    candidate = candidate.Trim(' ', '/', '|', ':', '-', '–', '—', '·', '»', '•', '›');
                    return IsNameLike(candidate, host, section) ? candidate : null;
                }
            }
        }

        return null;
    }

    private static bool IsNameLike(string part, string? host, string? section) =>
        part.Length > 0 && !IsHomeWord(part) && (section is null || !TextTools.SameText(part, section))
        && (ReportedBy.IsOutletName(part) || (host is { Length: > 3 } && IsHostLike(part, host)));

    private static bool IsHostLike(string part, string host) =>
        (part.Contains(host, StringComparison.OrdinalIgnoreCase) && part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4)
            || IsHostName(part, host) || OpensWithHostName(part, host) || IsAddress(part, host)
            || SpelledTogether(part).Equals(TextTools.HostLabel(host).Replace("-", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    // A name as an address spells it: without spaces and a leading article ("The Times of Israel" → timesofisrael).
    private static string SpelledTogether(string name)
    {
        var key = Compared(name);
        foreach (var article in (ReadOnlySpan<string>)["the ", "die ", "der ", "das ", "le ", "la ", "il ", "el "])
        {
            if (key.StartsWith(article, StringComparison.OrdinalIgnoreCase))
            {
                key = key[article.Length..];
                break;
            }
        }

        return key.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    // A part of a title that names the site: one of the names the page gives itself, its address, or the name in its
    // address alone ("Über uns | fairkom" at fairkom.eu).
    private static bool IsSite(string part, IReadOnlyList<string> siteNames, string? host) =>
        part.Length > 0 && (siteNames.Any(name => name.Length > 0 &&
            (part.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(part, StringComparison.OrdinalIgnoreCase)))
            || (host is { Length: > 3 } && (part.Contains(host, StringComparison.OrdinalIgnoreCase) || IsHostName(part, host) || OpensWithHostName(part, host))));

    // A short part whose first word is the site's address: «sheego ♥ Magazin» on sheego.de, "Tagesspiegel Checkpoint" on
    // tagesspiegel.de.
    private static bool OpensWithHostName(string part, string host)
    {
        var name = TextTools.HostLabel(host);
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return name.Length >= 4 && words.Length is >= 2 and <= 4 && words[0].Equals(name, StringComparison.OrdinalIgnoreCase);
    }
}
