using AngleSharp.Dom;
using NewsModel.Html;
using NewsModel.Persian;

namespace NewsModel.Extraction.Metadata;

/// <summary>
/// General rules over the visible page, for sites without a rule of their own: the kicker, lead and printed date
/// beside the headline, bylines, and the «کد خبر» / «شناسه خبر» line. Elements count only when they sit near the
/// <c>h1</c> (so a list of other articles, or the header's today's-date widget, does not speak for the article).
/// </summary>
internal static class VisibleLayer
{
    /// <summary>Labels in front of a byline: the Persian ones name a role, the others only say "by".</summary>
    private static readonly string[] RolePrefixes =
    [
        // Two-word roles before their first word («تهیه و تنظیم» is one role, not «تهیه» and a name «و تنظیم: …»).
        "تهیه و تنظیم", "ترجمه و تنظیم", "ترجمه و تلخیص", "گزارش و عکس",
        "نویسنده", "خبرنگار", "دبیر", "گزارشگر", "گزارش", "ترجمه", "مترجم", "عکاس", "عکس", "تنظیم", "تهیه", "گفت‌وگو",
        "گفتگو", "نگارش", "گردآوری", "تدوین", "مصاحبه",
    ];

    /// <summary>What joins two names in a byline ("A und B", "A, B", «الف و ب»).</summary>
    internal static readonly string[] NameSeparators = [" und ", " and ", " & ", ", ", " و ", "، ", " et ", " y "];

    public static void Read(IDocument document, PageIndex index, IElement? headline, IElement? contentRoot, CandidateSet set, Uri? baseUrl, PageClock clock = default)
    {
        var near = new HashSet<IElement>();
        for (var (p, depth) = (headline?.ParentElement, 0); p is not null && depth < 4 && p.LocalName != "body"; p = p.ParentElement, depth++)
        {
            near.Add(p);
        }

        if (near.Count > 0)
        {
            var kicker = First(index.Kickers, near, 2, 200);
            CandidateSet.Add(set.Kicker, TextTools.TextOf(kicker), FieldSource.VisibleText, "kicker class beside the h1");
            var lead = First(index.Leads, near, 30, 800, notLinks: true);
            CandidateSet.Add(set.Lead, TextTools.TextOf(lead), FieldSource.VisibleText, "lead class beside the h1");
            var date = TextTools.TextOf(First(index.DateLike, near, 6, 120, skipToday: true));
            if (PrintedDate.IsUpdateLine(date))
            {
                // «Updated June 13, 2019» is the day of the last change, whenever the article first appeared.
                CandidateSet.Add(set.Modified, date, FieldSource.VisibleText, "printed update date beside the h1");
            }
            else
            {
                CandidateSet.Add(set.Published, date, FieldSource.VisibleText, "printed date beside the h1");
            }
        }

        // «کد خبر: ۲۱۶۰۲۶» in an element of its own.
        foreach (var e in index.CodeLike)
        {
            var text = TextTools.ShortText(e, 40);
            if (text is null || text.Length > 40 || !(text.Contains("کد خبر", StringComparison.Ordinal) || text.Contains("شناسه خبر", StringComparison.Ordinal)))
            {
                continue;
            }

            var digits = new string(PersianDigits.ToAscii(text).Where(char.IsAsciiDigit).ToArray());
            if (digits.Length >= 3)
            {
                set.Id.Add(new Candidate<string>(digits, FieldSource.VisibleText, "«کد خبر»"));
                break;
            }
        }

        // No layer gave an id: a labelled code anywhere in the page's text, whatever its element is called («کد خبر:
        // ۲۱۶۰۲۶» in an unnamed span, «شناسه خبر», «کد مطلب», «شماره خبر»). Only on a Persian page (by its markup, or by
        // its headline's letters when the markup names no language): the walk over every text node cost theverge.com
        // 2.7 % of a parse for nothing.
        var declared = set.Language.FirstOrDefault()?.Value;
        var persianPage = declared is "fa" or "prs" || declared?.StartsWith("fa-", StringComparison.OrdinalIgnoreCase) == true
            || (declared is null && LanguageTools.HasArabicScript(TextTools.TextOf(headline)));
        if (set.Id.Count == 0 && persianPage && NewsCode.FindOnPage(document.Body) is { } code)
        {
            set.Id.Add(new Candidate<string>(code, FieldSource.VisibleText, "«کد خبر» line"));
        }

        ReadBylines(index, set, baseUrl);

        // The article: the element that holds both the headline and the main text. Found only when a walk needs it.
        IElement? region = null;

        // No layer gave tags: the links the article shows as its tags. Only inside the article's box: a page whose box is
        // its whole body gives the main text's parent at most.
        if (set.Tags.Count == 0 && (region ??= ArticleRegion(document, headline, contentRoot)) is { } article
            && (article != document.Body ? article : contentRoot?.ParentElement) is { } tagScope && tagScope != document.Body
            && VisibleTags.Find(index.TagLists, tagScope) is { } tags)
        {
            set.Tags.Add(new Candidate<IReadOnlyList<string>>(tags, FieldSource.VisibleText, "tag links in the article"));
        }

        // No layer gave a readable publication or update date: one printed under the headline in an unmarked line. A
        // publication day without its time («Stand: 04.02.2022» in a box beside the h1, a date in the address) asks
        // for the line too, but only its time: the line's date is taken when it is of that day and has one (the merger
        // then prefers it as the more precise), and passed over otherwise.
        var days = new List<DateTimeOffset>();
        var needPublished = headline is not null;
        for (var i = 0; i < set.Published.Count && needPublished; i++)
        {
            if (IsReadable(set.Published[i], clock, out var day))
            {
                days.Add(day);
                needPublished = day.TimeOfDay == TimeSpan.Zero;
            }
        }

        var needModified = headline is not null && !set.Modified.Any(c => IsReadable(c, clock, out _));
        if ((needPublished || needModified) && (region ??= ArticleRegion(document, headline, contentRoot)) is { } dateRegion)
        {
            var printed = PrintedDate.Find(dateRegion, headline!);
            if (needPublished && printed.Published is not null && (days.Count == 0 || AddsTime(printed.Published, days, clock)))
            {
                set.Published.Add(new Candidate<string>(printed.Published, FieldSource.VisibleText, printed.PublishedWhere));
            }

            if (needModified && printed.Modified is not null)
            {
                set.Modified.Add(new Candidate<string>(printed.Modified, FieldSource.VisibleText, printed.ModifiedWhere));
            }
        }

        // No author anywhere so far, or only the site's own name, which is no writer's: a byline that only its words
        // mark («Autor: …», "By …", «von …»; on a Persian page «خبرنگار: …», «به قلم …» only), looked for in the article.
        // Pashto, Arabic and Urdu pages are not walked: no label of theirs is known. Without one, a name alone in bold
        // closing the text is the writer's signature, but not on a Persian page: without capitals two bold words closing
        // the text («پایان خبر») look like a name.
        bool IsOutlet(string name) => set.SiteName.Exists(c => TextTools.SameText(c.Value, name));
        var language = declared;
        var persian = language is "fa" or "prs";
        if (!set.Authors.TrueForAll(c => c.Value.All(a => IsOutlet(a.Name))) || language is "ps" or "ar" or "ur")
        {
            return;
        }

        if ((region ??= ArticleRegion(document, headline, contentRoot)) is { } bylineRegion
            && LabelledByline.Find(bylineRegion, bylineRegion == document.Body ? headline : null, contentRoot, out var links, out var labelled, out var role, IsOutlet, persian) is { } names)
        {
            var authors = names.Select((n, i) => new Author
            {
                Name = n,
                Role = role,
                Url = links is not null && i < links.Count && links[i] is { } link ? AuthorPage(TextTools.Resolve(link.GetAttribute("href"), baseUrl), baseUrl) : null,
            }).ToList();
            set.Authors.Add(new Candidate<IReadOnlyList<Author>>(authors, FieldSource.VisibleText, labelled ? "labelled byline" : "link to an author page"));
        }
        else if (!persian && contentRoot is not null && LabelledByline.Signature(contentRoot) is { } signature && !IsOutlet(signature))
        {
            set.Authors.Add(new Candidate<IReadOnlyList<Author>>([new Author { Name = signature }], FieldSource.VisibleText, "signature after the text"));
        }
    }

    // A labelled byline's link is the writer's page when it stays on the site or leads to a profile; «Written by: <a
    // href="https://forestsnews.cifor.org/63537/management-of-…">Julie Mollins</a>» links the original article.
    private static Uri? AuthorPage(Uri? url, Uri? page)
    {
        if (url is not { IsAbsoluteUri: true } || page is not { IsAbsoluteUri: true })
        {
            return url;
        }

        var (target, own) = (TextTools.SiteHost(url), TextTools.SiteHost(page));
        return target.EndsWith(own, StringComparison.OrdinalIgnoreCase) || own.EndsWith(target, StringComparison.OrdinalIgnoreCase)
            || url.Segments.Length <= 2 || LabelledByline.IsAuthorPage(url.AbsolutePath) ? url : null;
    }

    // Whether a printed date has a time of day, on the day of one of the dates known without one.
    private static bool AddsTime(string printed, List<DateTimeOffset> days, PageClock clock) =>
        DateReader.TryReadVisible(printed, clock, out var value, out _) && value.TimeOfDay != TimeSpan.Zero
        && days.Exists(d => value.ToOffset(d.Offset).Date == d.Date);

    private static bool IsReadable(Candidate<string> c, PageClock clock, out DateTimeOffset value) =>
        (DateReader.TryRead(c.Value, clock, out value, out _) || DateReader.TryReadVisible(c.Value, clock, out value, out _))
        && !DateReader.IsPlaceholder(value);

    private static IElement? ArticleRegion(IDocument document, IElement? headline, IElement? contentRoot)
    {
        if (headline is null || contentRoot is null)
        {
            return contentRoot?.ParentElement ?? document.Body;
        }

        // The nearest element above the main text that also holds the headline; a headline at the top of the main
        // text (achgut's h2) has its byline and date in the box around the text.
        for (var e = contentRoot.Contains(headline) ? contentRoot.ParentElement : contentRoot; e is not null; e = e.ParentElement)
        {
            if (e.Contains(headline))
            {
                return e;
            }
        }

        return document.Body;
    }

    private static void ReadBylines(PageIndex index, CandidateSet set, Uri? baseUrl)
    {
        // The first byline outside page chrome and comments; a page's later bylines belong to other articles.
        foreach (var e in index.AuthorLike)
        {
            if (e.ChildElementCount > 6 || (MicrodataLayer.InChrome(e) && e.LocalName != "a") || InComments(e))
            {
                continue;
            }

            // Separators around the name belong to the line: «| Name», «Name -» (a theme's dash before the date).
            var text = TextTools.ShortText(e, 80)?.TrimStart('|', '·', '•', '/', ' ').TrimEnd('|', '·', '•', '/', '-', '–', '—', ' ');
            if (text is null || text.Length is < 3 or > 80)
            {
                continue;
            }

            string? role = null;
            foreach (var prefix in RolePrefixes)
            {
                if (StripPrefix(ref text, prefix))
                {
                    role = prefix;
                    break;
                }
            }

            if (role is null)
            {
                foreach (var prefix in BylineLabels.InAuthorElements)
                {
                    if (StripPrefix(ref text, prefix))
                    {
                        break;
                    }
                }
            }

            text = WithoutDate(text);
            if (text.Length < 3 || text.Split(' ').Length > 8 || text.Any(char.IsDigit) || text.Contains('@', StringComparison.Ordinal) ||
                text.Contains("[at]", StringComparison.Ordinal) || text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var href = e.LocalName == "a" ? e.GetAttribute("href") : Query.One(e, "a[href]")?.GetAttribute("href");
            var url = TextTools.Resolve(href, baseUrl);
            var names = text.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var authors = names.Where(n => n.Length >= 2 && !AuthorNames.IsPlaceholder(n)).Distinct(StringComparer.Ordinal)
                .Select(n => new Author { Name = n, Role = role, Url = names.Length == 1 ? url : null }).ToList();
            if (authors.Count > 0)
            {
                set.Authors.Add(new Candidate<IReadOnlyList<Author>>(authors, FieldSource.VisibleText, "byline"));
                return;
            }
        }
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Sonnabend",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "Today", "Heute", "Gestern", "Yesterday", "Updated", "Aktualisiert", "Stand",
    };

    private static readonly HashSet<string> WeekdayShort = new(StringComparer.Ordinal)
    {
        "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    };

    private static readonly string[] DateThenName = [" by ", " By ", " von ", " par ", " por ", " di ", " door "];

    private static readonly string[] NameThenDate = [" am ", " on ", " le ", " el ", " il ", " op ", " | ", " - ", " – ", " — ", ", ", " · ", " • "];

    /// <summary>
    /// The byline without the date printed in the same line: "MORITZ GATHMANN am 21. April 2020", "Janic Cathomen,
    /// 01.12.2021", "Posted on September 21, 2020 by Adi Tzlil". Unchanged when the line has no digit.
    /// </summary>
    internal static string WithoutDate(string text)
    {
        if (!text.Any(char.IsDigit))
        {
            return text;
        }

        foreach (var by in DateThenName)
        {
            var i = text.LastIndexOf(by, StringComparison.Ordinal);
            if (i > 0 && text[..i].Any(char.IsDigit) && !text[(i + by.Length)..].Any(char.IsDigit))
            {
                return text[(i + by.Length)..].Trim();
            }
        }

        foreach (var marker in NameThenDate)
        {
            var i = text.IndexOf(marker, StringComparison.Ordinal);
            if (i > 1 && !text[..i].Any(char.IsDigit) && text[(i + marker.Length)..].Any(char.IsDigit))
            {
                // "Donnerstag, 12.03.2020" is all date; "Tomas Spahn Fr, 12.03.2020" ends in the weekday.
                var name = text[..i].Trim();
                var last = name.LastIndexOf(' ');
                if (last > 0 && (Weekdays.Contains(name[(last + 1)..].TrimEnd('.')) || WeekdayShort.Contains(name[(last + 1)..].TrimEnd('.'))))
                {
                    name = name[..last];
                }

                return Weekdays.Contains(name) ? text : name;
            }
        }

        return text;
    }

    private static bool StripPrefix(ref string text, string prefix)
    {
        if (!text.StartsWith(prefix, StringComparison.Ordinal) || text.Length <= prefix.Length + 1)
        {
            return false;
        }

        var next = text[prefix.Length];
        if (char.IsLetter(next) && prefix.Length < 6)
        {
            // "Vonnegut" is a name, not "Von" + name; long labels glued to the name ("Geschrieben vonElisa") are labels.
            return false;
        }

        text = text[prefix.Length..].TrimStart(' ', ':', '：', '-', '–');
        return true;
    }

    private static IElement? First(List<IElement> elements, HashSet<IElement> near, int min, int max, bool skipToday = false, bool notLinks = false)
    {
        foreach (var e in elements)
        {
            if (!IsNear(e, near))
            {
                continue;
            }

            // A "teaser" that is a link, or in a navigation block, is another article's, not this one's lead.
            if (notLinks && (e.Closest("a") is not null || e.Closest("nav") is not null || IsMostlyLink(e)))
            {
                continue;
            }

            if (skipToday && (PrintedDate.IsTodayWidget(e) || MicrodataLayer.InChrome(e)))
            {
                continue;
            }

            var text = TextTools.ShortText(e, max);
            if (text is not null && text.Length >= min && text.Length <= max && !(skipToday && PrintedDate.IsServedTime(text)))
            {
                return e;
            }
        }

        return null;
    }

    private static bool IsMostlyLink(IElement e)
    {
        var links = 0;
        foreach (var a in Query.All(e, "a"))
        {
            links += TextTools.TextOf(a).Length;
        }

        return links > 0 && links * 2 >= TextTools.TextOf(e).Length;
    }

    private static bool IsNear(IElement e, HashSet<IElement> near)
    {
        for (var (p, depth) = (e.ParentElement, 0); p is not null && depth < 4; p = p.ParentElement, depth++)
        {
            if (near.Contains(p))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool InComments(IElement e)
    {
        for (var p = e; p is not null; p = p.ParentElement)
        {
            var id = p.Id;
            var cls = p.ClassName;
            if ((cls is not null && cls.Contains("comment", StringComparison.OrdinalIgnoreCase)) || (id is not null && id.Contains("comment", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
