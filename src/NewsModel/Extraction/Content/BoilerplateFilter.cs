using AngleSharp.Dom;
using NewsModel.Html;

namespace NewsModel.Extraction.Content;

/// <summary>
/// Decides, inside the chosen content, what is not body: junk tags, hidden elements, navigation, asides and
/// footers, forms, comment sections, boilerplate by class or id, link-dense boxes, and short paragraphs that are
/// known boilerplate phrases (share/print/report-error lines, comment-moderation notices, in Persian and in the
/// Western languages of the development set).
/// </summary>
internal sealed class BoilerplateFilter
{
    private readonly PageAnalysis _analysis;
    private readonly int _rootText;

    public BoilerplateFilter(PageAnalysis analysis, int rootText)
    {
        _analysis = analysis;
        _rootText = Math.Max(rootText, 1);
    }

    /// <summary>Whether the element (and all it holds) stays out of the body.</summary>
    public bool IsSkipped(IElement e)
    {
        var info = _analysis.Info(e);
        if (info.Junk)
        {
            return true;
        }

        var tag = e.LocalName;
        var big = info.Text >= _rootText * 0.6;
        var body = (info.Hint & NameHint.Body) != 0;
        switch (tag)
        {
            case "nav" or "aside" or "footer" when !body && !big:
                return true;
            case "form" when info.Controls > 0 && !big:
                return true;
            case "header" when !body && info.Text < 300:
                return true;
        }

        if (body)
        {
            return false;
        }

        if ((info.Hint & NameHint.Comments) != 0)
        {
            return true;
        }

        if (_analysis.Relaxed)
        {
            return info.Text > 0 && !big && info.LinkDensity > 0.7;
        }

        if ((info.Hint & NameHint.Boilerplate) != 0 && !big)
        {
            // A news dateline set in a span of its own at the start of the text («<span class="dateline">KOBE –
            // </span>A total of …», latimes.com's «WASHINGTON —»): «dateline» also names the publication's date line,
            // boilerplate, but a place and a dash are the text's first words.
            return !(tag is "span" or "strong" or "b" && info.Text <= 40 && Extraction.BodyEdges.IsDateline(TextTools.Clean(e.TextContent)));
        }

        var role = e.GetAttribute("role");
        if (role is "navigation" or "complementary" or "banner" or "contentinfo" or "menu" or "menubar" or "search" or "dialog")
        {
            return !big;
        }

        if (info.Text > 0 && !big && tag is "div" or "section" or "ul" or "ol" or "table" or "dl" or "li" or "article" or "header")
        {
            var density = info.LinkDensity;
            if (density > 0.5 || (density > 0.3 && info.Text < 200 && tag is "ul" or "ol" or "div"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a table lays out the page rather than holding data.</summary>
    public bool IsLayoutTable(IElement table)
    {
        if (string.Equals(table.GetAttribute("role"), "presentation", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var info = _analysis.Info(table);
        if (HasNestedTable(table, 0))
        {
            return true;
        }

        var rows = table.Descendants(static d => d.LocalName == "tr", static d => d.LocalName != "table").Count;
        return info.Blocks > 4 || info.Text / Math.Max(rows, 1) > 400;
    }

    private static bool HasNestedTable(IElement e, int depth)
    {
        if (depth > 64)
        {
            return false;
        }

        foreach (var child in e.ElementChildren())
        {
            if (child.LocalName == "table" || HasNestedTable(child, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a paragraph of text is boilerplate by its words or links.</summary>
    public static bool IsBoilerplateParagraph(string text, int linkChars, int total)
    {
        if (total > 0 && linkChars >= total * 0.8 && total < 150 && !text.Contains('@', StringComparison.Ordinal))
        {
            return true;
        }

        if (text.Length <= 400 && ConsentNotices.ContainsAny(text))
        {
            return true;
        }

        if (text.Length > 200)
        {
            return false;
        }

        // «(Le puede interesar: Buscan responsables de …)»: a teaser line set in parentheses.
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')' && ParagraphStarts.StartsAny(text[1..^1].TrimStart()))
        {
            return true;
        }

        return ParagraphStarts.StartsAny(text) || ParagraphContains.ContainsAny(text)
            || (text.Length < 100 && CreditStarts.StartsAny(text)) || IsAgencyCredit(text) || IsDateLine(text) || IsLabel(text);
    }

    // "Kontakt:", "Weitere Informationen:", "Credit:": a short label whose content follows elsewhere.
    private static bool IsLabel(string text) => text.Length <= 30 && text[^1] == ':';

    // "23.10.2018", "20:37", "03.04.2020 14:31", "۱۳۹۸/۰۲/۱۲ - ۱۶:۱۲": a line of digits and separators only.
    private static bool IsDateLine(string text)
    {
        if (text.Length > 40)
        {
            return false;
        }

        var digits = 0;
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return digits >= 2 && letters <= 3;
    }

    /// <summary>
    /// Whether a paragraph is the line Persian agencies end a story with: «انتهای پیام» (ISNA, IRNA, YJC, often with
    /// the editor's initial, «انتهای پیام/ز»), «انتهای خبر».
    /// </summary>
    public static bool IsEndOfStory(string text) =>
        text.Length < 40 && (text.StartsWith("انتهای پیام", StringComparison.Ordinal) || text.StartsWith("انتهای خبر", StringComparison.Ordinal));

    /// <summary>Whether a heading only labels boilerplate (related lists, comments, sharing).</summary>
    public static bool IsBoilerplateHeading(string text) =>
        text.Length < 60 && (HeadingStarts.StartsAny(text) || ParagraphStarts.StartsAny(text));

    // Persian boilerplate from docs/PERSIAN_NEWS.md, then common English and German lines.
    private static readonly PhraseSet ParagraphStarts = new(
    [
        "گزارش خطا", "ارسال نظر", "ارسال نظرات", "کد خبر", "کدخبر", "کد\u200cخبر", "کد مطلب", "کد مقاله", "شناسه خبر", "شناسه مطلب", "شماره خبر",
        "شماره مطلب", "تاریخ انتشار", "زمان انتشار",
        "انتهای پیام", "لینک کوتاه", "تعداد بازدید", "بازدید:", "ارسال دیدگاه", "نظرات کاربران", "اشتراک گذاری", "اشتراک‌گذاری",
        "چاپ خبر", "نسخه چاپی", "{*Start Google Analytics", "share this", "share on", "follow us", "click here to",
        "sign up for", "subscribe to", "all rights reserved", "copyright ©", "© copyright", "related articles",
        "related posts", "read more:", "read next", "advertisement", "anzeige", "teilen:", "jetzt teilen",
        "weiterlesen", "mehr zum thema", "alle rechte vorbehalten", "das könnte sie auch interessieren",
        "ähnliche beiträge", "leave a reply", "leave a comment", "kommentar schreiben", "kommentare",
        "schreibe einen kommentar", "hinterlasse einen kommentar", "tags:", "schlagworte:", "schlagwörter:",
        "lea también", "lea más:", "le puede interesar", "puedes ver:", "vea también", "mira:", "mire:", "auch interessant",
        "mehr themen", "auch lesen", "lesen sie auch", "lies auch", "schon gelesen", "das thema könnte", "see also",
        "read also", "also read", "read more", "czytaj też", "czytaj także", "à lire aussi", "lire aussi", "lust auf mehr",
        "explore further", "related coverage", "follow the", "follow us", "subscribe now", "jetzt abonnieren",
        "newsletter abonnieren", "this post contains", "*werbung", "werbung:", "- anzeige", "anzeige -",
        "bitte teilen", "gefällt dir", "unterstützen sie", "hazte miembro", "bildergalerie", "zum vergrößern",
        "این خبر را", "بیشتر بخوانید", "بخوانید:", "مطالب مرتبط", "اخبار مرتبط", "مطلب مرتبط", "خبر مرتبط", "همچنین بخوانید",
        "در همین زمینه:",
        // A tag line, with the half-space, a space or nothing in «برچسب‌ها» (dumps and old pages lose it).
        "برچسب‌ها:", "برچسب ها:", "برچسبها:", "برچسب:", "کلیدواژه‌ها:", "کلیدواژه ها:", "کلید واژه ها:", "کلمات کلیدی:",
        "واژه‌های کلیدی:", "واژه های کلیدی:", "تگ‌ها:", "تگ ها:",
        // The page's tools as lines of their own: a short address, print, send, rate, «copied».
        "آدرس کوتاه", "نشانی کوتاه", "نسخه قابل چاپ", "ارسال به دوستان", "پیشنهاد سردبیر", "کپی شد", "امتیاز دهید",
        "to view the full story", "suscríbete", "suscribete", "zapraszamy też do subskrypcji", "for the latest stories",
        "never miss", "sign up to", "jetzt anmelden", "jetzt spenden", "unterstützen sie uns",
    ]);

    // Photo credits and source lines under images and at the end of agency copy.
    private static readonly PhraseSet CreditStarts = new(
    [
        "foto:", "fotos:", "foto :", "bild:", "bilder:", "quelle:", "credit:", "credits:", "photo:", "photos:", "image:",
        "(foto", "(photo", "(bild", "kuva:", "crédito", "crédits photo", "source:", "fuente:", "photograph by", "picture:",
        "عکس:", "عکس از", "منبع:", "titelbild:", "beitragsbild", "bildquelle", "copyright:", "©",
        "(quelle", "(credit", "symbolbild", "(symbolbild", "symbolfoto", "(symbolfoto", "bildnachweis", "fotonachweis",
        "image credit", "photo credit", "picture credit",
    ]);

    // Picture agencies named alone under a picture ("Shutterstock", "Getty Images", "iStock/cjp"): a credit.
    private static readonly string[] PictureAgencies =
    [
        "shutterstock", "getty images", "gettyimages", "istock", "unsplash", "pixabay", "adobe stock", "imago images",
        "picture alliance", "picture-alliance", "pexels", "fotolia", "depositphotos",
    ];

    // The agency alone, or with a photographer after a slash ("iStock/cjp", "Getty Images / Jane Doe").
    private static bool IsAgencyCredit(string text)
    {
        if (text.Length >= 60)
        {
            return false;
        }

        foreach (var agency in PictureAgencies)
        {
            if (text.StartsWith(agency, StringComparison.OrdinalIgnoreCase))
            {
                var rest = text.AsSpan(agency.Length).TrimStart();
                return rest.IsEmpty || rest[0] == '/';
            }
        }

        return false;
    }

    private static readonly PhraseSet ParagraphContains = new(
    [
        "پس از تایید", "پس از تائید", "حاوی توهین", "منتشر نخواهد شد", "Start Google Analytics Code",
        "Deine E-Mail-Adresse wird nicht veröffentlicht", "Ihre E-Mail-Adresse wird nicht veröffentlicht",
        "Your email address will not be published", "Required fields are marked",
        "Erforderliche Felder sind mit", "This site uses Akismet", "Diese Website verwendet Akismet",
    ]);

    // The placeholders consent tools put where an embedded video or post would load, and cookie notices: longer than
    // other boilerplate lines (they say what is sent where, and how to choose), so they are looked for up to 400
    // characters.
    private static readonly PhraseSet ConsentNotices = new(
    [
        "ohne dein Einverständnis keine Verbindung", "ohne Ihr Einverständnis keine Verbindung", "erfolgt eine Datenübertragung an",
        "nutzen wir Cookies", "verwenden wir Cookies", "Diese Website verwendet Cookies", "Diese Webseite verwendet Cookies",
        "This website uses cookies", "We use cookies to",
    ]);

    private static readonly PhraseSet HeadingStarts = new(
    [
        "نظرات", "دیدگاه", "اخبار مرتبط", "مطالب مرتبط", "پربازدید", "پربحث", "آخرین اخبار", "سرخط خبرها",
        "برچسب", "کلیدواژه", "related", "comments", "recommended", "more from", "more on", "most read", "most popular",
        "trending", "you may also like", "you might also like", "popular", "latest", "share", "about the author",
        "kommentare", "ähnliche", "verwandte", "mehr zum", "das könnte", "beliebt", "meistgelesen", "teilen",
        "weitere artikel", "weitere beiträge", "neueste", "letzte beiträge", "neue beiträge", "archiv", "kategorien",
        "kontakt", "contact", "weitere informationen", "weitere infos", "mehr informationen", "zusatzinformationen",
        "more information", "further information", "further reading", "quellen", "sources", "originalpublikation",
        "ansprechpartner", "downloads", "links", "weiterführende", "zum weiterlesen", "lesetipp",
        "schlagworte", "tags", "newsletter", "über den autor", "zum autor",
    ]);
}
