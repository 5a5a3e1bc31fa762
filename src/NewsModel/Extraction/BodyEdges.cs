namespace NewsModel.Extraction;

/// <summary>
/// What sits at the edges of an article's body without being its text: a date or a reading time on a line of its own
/// at the top, a label, a lone heading or a counter left at the end once the boxes after the text are gone, a dateline
/// in a paragraph of its own; and the byline that opens the text, the lead that is the whole text.
/// </summary>
internal static partial class BodyEdges
{
    /// <summary>Removes the metadata lines at the top and the remnants at the end, and joins a lone dateline to its paragraph.</summary>
    public static void Trim(List<Block> body)
    {
        // A date or a reading time on a line of its own at the top of the body ("Dienstag, 1. Februar 2022",
        // "Aktualisiert am 19.02.2020", "ca. 8 Min.") is the article's metadata, not its text.
        for (var i = 0; i < Math.Min(4, body.Count);)
        {
            if (body[i] is ParagraphBlock line && IsMetadataLine(line.Text))
            {
                body.RemoveAt(i);
            }
            else
            {
                i++;
            }
        }

        // What is left at the end of the body once the boxes after the text are gone: a heading or a label with
        // nothing after it ("Mehr lesen:", "References", "Verwandte Themen auf unserem Blog:"), a date line, a counter
        // ("37 views", "(Visited 215 times, 55 visits today)").
        for (var removed = 0; removed < 3 && body.Count > 1 && IsTailRemnant(body[^1]); removed++)
        {
            body.RemoveAt(body.Count - 1);
        }

        // An appeal to follow, subscribe or support the site among the last three blocks, also before a citation note
        // or a signature: the site's, not the article's.
        var firstOfLast = Math.Max(1, body.Count - 3);
        for (var i = body.Count - 1; i >= firstOfLast; i--)
        {
            if (body[i] is ParagraphBlock { Text: var appeal } && (IsCallToAction(appeal) || IsSupportAppeal(appeal)))
            {
                body.RemoveAt(i);
            }
        }

        // A dateline in a paragraph of its own (DuMont's <p class="ortsmarke"><strong>Dübendorf -</strong></p>) opens
        // the paragraph after it, as in print: «Dübendorf - Abheben wird sie nicht so schnell …».
        for (var i = 0; i + 1 < body.Count && i < 3; i++)
        {
            if (body[i] is ParagraphBlock { Text: var place } && IsDateline(place) && body[i + 1] is ParagraphBlock next)
            {
                body[i] = next with { Text = place + " " + next.Text };
                body.RemoveAt(i + 1);
                break;
            }
        }
    }

    /// <summary>
    /// Removes the writer's biography among the last three blocks: a paragraph or quote of at most 700 characters that
    /// opens with the full name of an author a layer found and goes on as a biography does («Inga Buller ist Head of
    /// Social &amp; Community bei CHIP. …», "Clara Löw arbeitet als …", "… is a …"), and the writer's picture left last
    /// before it.
    /// </summary>
    public static void WithoutAuthorBio(List<Block> body, IReadOnlyList<string> authorNames)
    {
        if (authorNames.Count == 0)
        {
            return;
        }

        for (var i = body.Count - 1; i >= Math.Max(1, body.Count - 3); i--)
        {
            var text = body[i] switch
            {
                ParagraphBlock p => p.Text,
                QuoteBlock q => q.Text,
                _ => null,
            };
            if (text is null || text.Length > 700)
            {
                continue;
            }

            foreach (var name in authorNames)
            {
                if (name.Contains(' ', StringComparison.Ordinal) && text.StartsWith(name, StringComparison.Ordinal) && BioVerb().IsMatch(text.AsSpan(name.Length)))
                {
                    body.RemoveAt(i);
                    if (i == body.Count && i > 1 && body[i - 1] is ImageBlock)
                    {
                        body.RemoveAt(i - 1);
                    }

                    return;
                }
            }
        }
    }

    // What follows the name in a biography: «ist», "is", «arbeitet», "works", «lebt», "lives", «schreibt», "writes", a
    // comma before an apposition («Clara Löw, Jahrgang 1990, …»).
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:,|(?:ist|is|war|was|arbeitet|works|schreibt|writes|lebt|lives|studierte|studied|leitet|leads|est|es|è)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BioVerb();

    /// <summary>
    /// The writers a byline paragraph among the first three of the body names: a label ("Von", "By", "Por", "Par",
    /// "Autor:") and one to three names of two to four capitalised words, with an agency or a date beside them at most
    /// ("Von David Hutzler, dpa"). Null when none opens the text.
    /// </summary>
    internal static IReadOnlyList<string>? TextByline(List<Block> body)
    {
        var paragraphs = 0;
        for (var i = 0; i < body.Count && paragraphs < 3; i++)
        {
            if (body[i] is not ParagraphBlock p)
            {
                continue;
            }

            paragraphs++;
            var t = p.Text;
            if (t.Length is < 6 or > 80 || !BylineLabel().IsMatch(t))
            {
                continue;
            }

            // Agencies and places beside the names are no writers: "Von David Hutzler, dpa".
            var names = AuthorNames.Tidy(t).SelectMany(n => n.Split([", ", " und ", " and ", " & ", " y ", " et "], StringSplitOptions.TrimEntries))
                .Where(IsPersonName).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count is >= 1 and <= 3)
            {
                return names;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Von|By|Por|Par|Autor:|Autorin:|Author:)\s+\p{Lu}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BylineLabel();

    // "David Hutzler", "Claudia von Lindner", "Jean-Luc Picard": two to four words, each capitalised but for particles.
    private static bool IsPersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && name.Length <= 40 && !name.Any(char.IsDigit)
            && words.All(w => char.IsUpper(w[0]) || w is "von" or "van" or "de" or "der" or "den" or "di" or "da" or "la" or "le" or "zu")
            && char.IsUpper(words[^1][0]);
    }

    // An author slot that names the site: its address, its name, or a name that begins with the host's label.
    internal static bool IsSiteLike(string name, string? siteName, string? hostLabel) =>
        AuthorNames.IsAddress(name) || (siteName is not null && TextTools.SameText(name, siteName))
        || (hostLabel is { Length: >= 3 } && name.StartsWith(hostLabel, StringComparison.OrdinalIgnoreCase)
            && (name.Length == hostLabel.Length || !char.IsLetterOrDigit(name[hostLabel.Length])));

    /// <summary>Whether the body's last block is a remnant of what followed the text (see the caller).</summary>
    internal static bool IsTailRemnant(Block block) => block switch
    {
        // A pull quote set as a heading is a sentence ("Relotius legt auf Facebook ein Fake-Profil an. Es stützt seine
        // Version."); a label is short.
        HeadingBlock h => h.Text.Length <= 60 && !h.Text.TrimEnd().EndsWith('.'),
        ParagraphBlock p => (p.Text.Length is > 0 and <= 100 && (p.Text.AsSpan().TrimEnd() is [.., ':'] || IsMetadataLine(p.Text) || Counter().IsMatch(p.Text)))
            || IsCallToAction(p.Text),
        _ => false,
    };

    /// <summary>
    /// A line after the text that asks the reader to follow, join or subscribe to the site's channels («Folge uns auf
    /// Facebook | Instagram», "Follow The Gleaner on Twitter and Instagram …", «¿Ya sabías que … tenemos canal de
    /// Telegram? Únete …», «کانال تلگرام ما را دنبال کنید»): an imperative of following, joining or subscribing, and a
    /// channel (a network, a messenger, a newsletter) named, in at most 300 characters.
    /// </summary>
    internal static bool IsCallToAction(string text) =>
        text.Length is > 0 and <= 300 && HasAny(text, ChannelWords, PersianChannelWords) && Channel().IsMatch(text) && Appeal().IsMatch(text);

    // The words the expressions need, looked for before either runs: most paragraphs hold none. ASCII words at once
    // (vectorized, ignoring case); Persian ones one by one (each a vectorized search), and only in text with Arabic
    // letters: one set mixing both is searched letter by letter through a table.
    private static bool HasAny(string text, System.Buffers.SearchValues<string> ascii, string[] persian)
    {
        var span = text.AsSpan();
        if (span.ContainsAny(ascii))
        {
            return true;
        }

        if (!LanguageTools.HasArabicScript(span))
        {
            return false;
        }

        foreach (var word in persian)
        {
            if (span.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<string> ChannelWords = System.Buffers.SearchValues.Create(
        ["twitter", "facebook", "instagram", "telegram", "youtube", "whatsapp", "tiktok", "linkedin", "google news", "newsletter", "mastodon", "threads"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly string[] PersianChannelWords = ["تلگرام", "اینستاگرام", "ایتا", "روبیکا", "سروش", "آپارات", "واتساپ", "توییتر"];

    // «unterstützen sie» and «apóyanos» are found by their ASCII parts.
    private static readonly System.Buffers.SearchValues<string> SupportWords = System.Buffers.SearchValues.Create(
        ["support", "your help", "donate", "nterst", "spende", "yanos", "apoya", "periodismo", "soutenez", "faire un don", "sostieni"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly string[] PersianSupportWords = ["از ما حمایت"];

    internal static bool IsSupportAppeal(string text) => text.Length is > 0 and <= 300 && HasAny(text, SupportWords, PersianSupportWords) && Support().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:consider supporting|support (?:our|us)\b|support independent|we need your help|(?:please )?donate (?:now|today|here)|unterstützen sie (?:uns|unsere|unser|diese)|spenden sie|jede (?:kleine )?spende|apóyanos|apoya (?:nuestro|el) periodismo|periodismo incómodo|hacemos periodismo|soutenez[- ](?:nous|notre)|faire un don|sostienici|sostieni il)|از ما حمایت کنید", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Support();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:twitter|facebook|instagram|telegram|youtube|whatsapp|tiktok|linkedin|google news|newsletter|mastodon|threads|تلگرام|اینستاگرام|ایتا|روبیکا|سروش|آپارات|واتساپ|توییتر)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Channel();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:follow (?:us|@|them|the \w+ on|\w+ on)|join (?:us|our)|subscribe|sign up|folg(?:e|t|en sie)? uns|abonnier(?:e|t|en sie)|síguenos|siguenos|seguirnos|suscribirse|suscríbase|únete|unete|suscríbete|suscribete|tenemos canal|nuestro canal|suivez[- ]nous|abonnez[- ]vous|rejoignez[- ]nous|seguici|iscriviti|siga[- ]nos|inscreva[- ]se)\b|دنبال کنید|بپیوندید|عضو شوید|فالو کنید", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Appeal();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\(?\s*(?:visited\s+)?\d[\d.,]*\s*(?:times|views?|aufrufe|mal gelesen|visits?)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Counter();

    /// <summary>A dateline alone: a place of a few words and a dash after it ("Dübendorf -", "Bergisch Gladbach –").</summary>
    internal static bool IsDateline(string text)
    {
        var t = text.TrimEnd();
        if (t.Length is < 4 or > 40 || !(t.EndsWith(" -", StringComparison.Ordinal) || t.EndsWith(" –", StringComparison.Ordinal) || t.EndsWith(" —", StringComparison.Ordinal)))
        {
            return false;
        }

        var words = t[..^2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && char.IsUpper(words[0][0]) && words.All(w => w.All(c => char.IsLetter(c) || c is '-' or '.' or '/' or '(' or ')'));
    }

    // Words a date line carries beside its date ("Erstellt am:", "Updated", "Stand:", "Veröffentlichung:", «تاریخ انتشار:»).
    private static readonly HashSet<string> DateLineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "um", "on", "at", "de", "le", "el", "a", "las", "uhr", "erstellt", "aktualisiert", "veröffentlicht", "publiziert",
        "stand", "datum", "updated", "published", "posted", "date", "publicado", "actualizado", "publié", "mis", "à", "jour",
        "hrs", "h", "veröffentlichung", "publikation", "publication", "publicación", "publicação", "pubblicato", "aggiornato",
        "تاریخ", "انتشار", "ساعت", "زمان", "بروزرسانی", "به\u200cروزرسانی", "آخرین", "منتشرشده",
    };

    /// <summary>
    /// Whether a short paragraph is only a date with its label ("Erstellt am: 30.01.2022 18:36", "Miércoles, 4 de Mayo de
    /// 2022 a las 07:46hrs.") or a reading time ("ca. 8 Min.", "Estimated reading time: 6 minutes", "5 min read").
    /// </summary>
    internal static bool IsMetadataLine(string text)
    {
        if (text.Length is 0 or > 60)
        {
            return false;
        }

        if (ReadingTime().IsMatch(text))
        {
            return true;
        }

        // A date has digits; most short paragraphs have none and need no date search.
        if (!text.AsSpan().ContainsAnyInRange('0', '9') && !text.AsSpan().ContainsAnyInRange('۰', '۹') && !text.AsSpan().ContainsAnyInRange('٠', '٩'))
        {
            return false;
        }

        var matches = Dates.NewsDateParser.Default.FindAll(text);
        if (matches.Count == 0 || matches.All(m => m.IsRelative))
        {
            return false;
        }

        // What the dates leave: only label words and marks.
        var at = 0;
        foreach (var m in matches.OrderBy(m => m.Start))
        {
            if (m.Start > at && !OnlyDateLineWords(text.AsSpan(at, m.Start - at)))
            {
                return false;
            }

            at = Math.Max(at, m.End);
        }

        return at >= text.Length || OnlyDateLineWords(text.AsSpan(at));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateLineWordLookup = DateLineWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether a stretch of a date line holds nothing but label words, marks and digits.
    private static bool OnlyDateLineWords(ReadOnlySpan<char> stretch)
    {
        foreach (var range in stretch.SplitAny(" ,;:|/.()-–—"))
        {
            var word = stretch[range];
            if (word.IsEmpty || DateLineWordLookup.Contains(word))
            {
                continue;
            }

            foreach (var c in word)
            {
                if (char.IsLetter(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:(?:ca\.?|etwa|rund|about)\s+)?(?:lesezeit|reading time|estimated reading time|temps de lecture|tiempo de lectura)?\s*:?\s*(?:ca\.?\s*)?\d{1,3}\s*(?:min\.?|minuten|minutes|minute|mins)(?:\s+(?:lesezeit|read|reading time|de lecture|de lectura))?\.?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ReadingTime();

    /// <summary>
    /// Whether a lead is the text itself: 300 characters or more, four fifths of the text's length at least, and the
    /// text's opening in its first 300 characters (or its own opening at the text's start).
    /// </summary>
    internal static bool IsWholeText(string lead, string text)
    {
        // Most leads are far shorter than the text: decided before the text is copied to be compared (the text differs
        // from its collapsed form only by a character between paragraphs).
        if (lead.Length < 300 || text.Length < 60 || lead.Length * 10 < text.Length * 7)
        {
            return false;
        }

        var l = TextTools.Clean(lead);
        var t = TextTools.Clean(text);
        if (l.Length < 300 || t.Length < 60 || l.Length * 5 < t.Length * 4)
        {
            return false;
        }

        var opening = t.AsSpan(0, 60);
        var at = l.AsSpan().IndexOf(opening, StringComparison.Ordinal);
        return (at >= 0 && at <= 300) || t.AsSpan().StartsWith(l.AsSpan(0, 60), StringComparison.Ordinal);
    }
}
