using AngleSharp.Dom;
using NewsModel.Dates;
using NewsModel.Extraction.Content;
using NewsModel.Html;

namespace NewsModel.Extraction.Metadata;

/// <summary>
/// A publication date printed under the headline in an element no class names: «Stand: 20. April 2020, 14:57 Uhr»,
/// «Freitag, 5. Juni 2015», "Posted on September 21, 2020", «Veröffentlicht von SeglerBlog am 23. Februar 2020». Read
/// in document order from the headline, in the lines before the article's first paragraph: a short line that is a
/// whole date with at most a few words of label around it. A date inside a sentence is prose («… erfolgte am 21.
/// August 1948»), and a deadline or an event's day is not the article's.
/// </summary>
internal static class PrintedDate
{
    // A line this long is a paragraph: the article's text has begun. A teaser or lead may come before the date, so
    // it takes two lines of prose length, or one of paragraph length, to say the text has begun.
    private const int ParagraphLength = 200;

    private const int ProseLength = 80;

    // Letters around the date, beyond which the line says more than when it was published.
    private const int MaxLabelLetters = 30;

    // The same for a line of two or more dates: «Veröffentlicht am …, aktualisiert am …».
    private const int MaxLabelLettersOfTwo = 40;

    // Lines read after the headline before giving up.
    private const int MaxLines = 25;

    // Lines read after the text has begun, for a date its label names (a meta box under the text: «Datum: …»).
    private const int MaxLabelledLines = 300;

    // Lines read back from the headline, inside the headline's own box, for a date printed above it.
    private const int MaxLinesBefore = 4;

    // How far up from the headline the box reaches whose lines above the headline are read.
    private const int LevelsAbove = 3;

    // Where in a paragraph a dateline's date may begin: after a place («Karlsruhe, (12.11.2021). …»).
    private const int MaxDatelineStart = 40;

    // Labels of a forum's clock, which shows when the page was served, and of a member's day of joining.
    private static readonly string[] ServedTimeWords =
    [
        "aktuelle zeit", "current time", "it is currently", "heure actuelle", "hora actual",

        // A forum member's profile beside the post: when they joined.
        "registriert", "registered", "anmeldedatum", "mitglied seit", "member since", "joined", "inscrit",
    ];

    // Words that make a date something else than the publication's: a deadline, an event, a period, a birth.
    private static readonly string[] OtherDates =
    [
        "deadline", "frist", "termin", "anmeldeschluss", "anmeldung", "bis ", "ab ", "seit ", "until", "from ", "event",
        "veranstaltung", "beginn", "findet", "geboren", "born", "gestorben", "died", "ausstellung", "exhibition", "läuft", "gültig",
        "valid", "©", "copyright", "release",

        // A forum's clock: the time the page was served («Aktuelle Zeit: 14.10.2020, 12:18», "It is currently …").
        .. ServedTimeWords,

        // Persian: a deadline («مهلت»), an event held («برگزار»).
        "مهلت", "برگزار",
    ];

    // Labels that say a date is the publication's: after the text has begun only a date so labelled is read
    // («Datum:» + «03.11.2021», «Erscheinungsdatum: 07.02.2022», «Veröffentlicht am 16.08.2019», "Date" + "23.05.2011").
    private static readonly string[] PublishedLabels =
    [
        "datum", "date", "erscheinungsdatum", "veröffentlicht", "veröffentlicht am", "publiziert", "publiziert am", "erstellt",
        "erstellt am", "erschienen", "erschienen am", "published", "published on", "posted", "posted on", "publication date",
        "date published", "publicado", "publicado el", "publicado em", "fecha", "fecha de publicación", "publié", "publié le",
        "date de publication", "pubblicato", "pubblicato il", "data", "data di pubblicazione", "data de publicação",
        "opublikowano", "gepubliceerd", "gepubliceerd op", "تاریخ انتشار", "زمان انتشار", "تاریخ", "تاريخ النشر",
    ];

    // Words that make a date the day of an update: «Aktualisiert am …», "Last updated: …", «mis à jour le …»,
    // «Actualizado el …», «atualizado em …», «آخرین به‌روزرسانی: …».
    private static readonly string[] UpdateWords =
    [
        "aktualisiert", "updated", "update", "geändert", "änderung", "modified", "mis à jour", "actualizado", "actualización", "atualizado",
        "aggiornato", "bijgewerkt", "zaktualizowano", "обновлено", "به\u200cروز", "بروز", "به روز",
    ];

    // What makes a line's raw length longer than its text's: tabs, line breaks, two spaces.
    private static readonly System.Buffers.SearchValues<string> WhitespaceRuns =
        System.Buffers.SearchValues.Create(["\t", "\n", "\r", "  "], StringComparison.Ordinal);

    // Lines read after the publication date while an update's is still missing ("Published …" then "Updated …").
    private const int LinesAfterPublished = 3;

    /// <summary>
    /// The first lines after <paramref name="headline"/> in <paramref name="region"/> that are a printed publication
    /// date and a printed update date, each with where it was read («printed date under the h1», «dateline of the
    /// text», «labelled date after the text», «printed date above the h1»); a value is null when no such line was found.
    /// </summary>
    public static Printed Find(IElement region, IElement headline)
    {
        var walk = new Walk(headline);
        walk.Visit(region);
        if (walk.Published is null)
        {
            walk.ReadAbove();
        }

        return new Printed(walk.Published, walk.PublishedWhere, walk.Modified, walk.ModifiedWhere);
    }

    // Which lines a walk reads: those under the headline, the labelled ones after the text has begun, those above it.
    private enum Lines
    {
        Under,
        AfterText,
        Above,
    }

    /// <summary>The printed dates <see cref="Find"/> read, and where each was.</summary>
    public readonly record struct Printed(string? Published, string PublishedWhere, string? Modified, string ModifiedWhere);

    private sealed class Walk(IElement headline)
    {
        private bool _started;
        private int _lines;
        private bool _done;
        private int _proseLines;
        private int _linesAfterPublished;

        // The text has begun with no publication date read: only a date its label names is read from here on.
        private bool _labelledOnly;

        // The line before, when it is a label on its own ("Release:" + "14.11.2019", "Date" + "23.05.2011").
        private string? _label;

        // The last text nodes before the headline, the latest last (a ring of MaxLinesBefore).
        private readonly INode?[] _above = new INode?[MaxLinesBefore];
        private int _aboveCount;

        public string? Published { get; private set; }

        public string PublishedWhere { get; private set; } = "printed date under the h1";

        public string? Modified { get; private set; }

        public string ModifiedWhere { get; private set; } = "printed update date under the h1";

        /// <summary>
        /// Reads the text under <paramref name="node"/> in document order, from the headline on. A loop over
        /// <see cref="Query.NodesOf"/>, not a recursion: a page nested 512 deep needs no deep stack.
        /// </summary>
        public void Visit(INode node)
        {
            var walk = Query.NodesOf(node).GetEnumerator();
            while (!_done && walk.MoveNext())
            {
                var child = walk.Current;
                if (child is IElement e)
                {
                    if (e == headline)
                    {
                        _started = true;
                        walk.SkipChildren();
                        continue;
                    }

                    // A link in a list leads to another post (a menu's «12M – 12. Mai 2012»); a link on its own under
                    // the headline is the post's permalink («Posted on <a><time>…»). A "today" widget shows the day
                    // the page was fetched. A page header that holds the headline is the article's header too
                    // (hestia: h1, byline and date over a picture), and so is a picture's caption that holds it
                    // (liquimoly-hbl.de: «figcaption > small» date over «figcaption > h1»): walked.
                    var tag = e.LocalName;
                    if (((LabelledByline.IsOutsideArticleLines(e, tag) || tag == "figure") && !(tag is "header" or "footer" or "figure" or "figcaption" && e.Contains(headline)))
                        || IsTodayWidget(e) || (tag == "a" && e.Closest("li") is not null))
                    {
                        _started |= e.Contains(headline);
                        walk.SkipChildren();
                        continue;
                    }

                    // An icon may be a line's label: «<img alt="Anmeldedatum"> 26.10.13» in a forum member's profile.
                    if (tag == "img")
                    {
                        if (_started && e.GetAttribute("alt")?.Trim() is { Length: > 0 and <= 30 } alt)
                        {
                            _label = alt;
                        }

                        walk.SkipChildren();
                    }
                }
                else if (DomCast.TextData(child) is { } data)
                {
                    if (_started)
                    {
                        Read(child, data);
                    }
                    else if (!string.IsNullOrWhiteSpace(data))
                    {
                        _above[_aboveCount++ % MaxLinesBefore] = child;
                    }
                }
            }
        }

        /// <summary>
        /// No date under the headline: the last lines above it, inside its own box (the few elements around it, not
        /// the page), may be one: «Thema des Tages // 02.11.2021», «08. Februar 2022 · Zurück zur Übersicht».
        /// </summary>
        public void ReadAbove()
        {
            var box = headline;
            for (var up = 0; up < LevelsAbove && box.ParentElement is { LocalName: not ("body" or "html") } parent; up++)
            {
                box = parent;
            }

            for (var k = 1; k <= Math.Min(_aboveCount, MaxLinesBefore) && Published is null; k++)
            {
                var node = _above[(_aboveCount - k) % MaxLinesBefore]!;
                if (box == headline || !box.Contains(node))
                {
                    return;
                }

                var text = TextTools.Clean(node.TextContent);
                if (text.Length > ProseLength)
                {
                    return;
                }

                // The line before it may be its label («Aktuelle Zeit:» + «14.10.2020, 12:18»).
                var before = k < Math.Min(_aboveCount, MaxLinesBefore) ? TextTools.Clean(_above[(_aboveCount - k - 1) % MaxLinesBefore]!.TextContent) : null;
                var label = before is { Length: > 0 and <= 30 } && (before[^1] == ':' || IsLabel(before)) ? before : null;
                ReadDates(node, text, label, Lines.Above);
            }
        }

        private void Read(INode node, string data)
        {
            var span = data.AsSpan().Trim();
            if (span.IsEmpty)
            {
                return;
            }

            // Lengths are of the text as read: a template's run of tabs inside a line is one space.
            string? text = null;
            if (span.ContainsAny(WhitespaceRuns))
            {
                text = TextTools.Clean(data);
                span = text;
            }

            if (_labelledOnly)
            {
                if (++_lines > MaxLabelledLines)
                {
                    _done = true;
                    return;
                }

                if (span.Length > ParagraphLength)
                {
                    _label = null;
                    return;
                }
            }
            else
            {
                if (Published is not null && ++_linesAfterPublished > LinesAfterPublished)
                {
                    _done = true;
                    return;
                }

                // The text may begin with a dateline: «Karlsruhe, (12.11.2021). Traditionell gedenken …».
                var prose = span.Length > ProseLength;
                if (prose && Published is null && _proseLines < 2 && Dateline(text ?? TextTools.Clean(data)) is { } dateline
                    && !(node.ParentElement is { } p && VisibleLayer.InComments(p)))
                {
                    Published = dateline;
                    PublishedWhere = "dateline of the text";
                }

                // A long subheading under the headline is a teaser (correiobraziliense's h2), not the text begun. Once
                // the text has begun without a publication date, only a labelled one is read.
                if ((span.Length > ParagraphLength && node.ParentElement?.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6") && !IsTeaser(node))
                    || ++_lines > MaxLines || (prose && !IsTeaser(node) && ++_proseLines >= 2))
                {
                    _labelledOnly = Published is null;
                    _done = !_labelledOnly;
                    _lines = 0;
                    _label = null;
                    return;
                }
            }

            var label = _label;
            _label = span.Length <= 30 && (span[^1] == ':' || IsLabel(span)) ? span.ToString() : null;
            if (span.Length < 6 || span.IndexOfAnyInRange('0', '9') < 0 && span.IndexOfAnyInRange('۰', '۹') < 0)
            {
                return;
            }

            // After the text has begun only a labelled line can give a date (a label's word, or a <time> whose class
            // says "updated"): any other is passed over before its dates are looked for.
            if (_labelledOnly && label is null && node.ParentElement?.LocalName != "time" && !Names(span, PublishedLabels) && !Names(span, UpdateWords))
            {
                return;
            }

            ReadDates(node, text ?? TextTools.Clean(data), label, _labelledOnly ? Lines.AfterText : Lines.Under);
            _done = Published is not null && Modified is not null;
        }

        // The line's publication and update dates, when the line is dates and a few words of label.
        private void ReadDates(INode node, string text, string? label, Lines where)
        {
            var labelledOnly = where == Lines.AfterText;
            List<DateMatch>? dates = null;
            foreach (var m in NewsDateParser.Default.FindAll(text))
            {
                if (!m.IsRelative && !m.IsYearInferred && !IsRangeEnd(text, m))
                {
                    (dates ??= []).Add(m);
                }
            }

            if (dates is null || !IsLabelOnly(text, dates) || (label is not null && Names(label, OtherDates))
                || (node.ParentElement is { } parent && VisibleLayer.InComments(parent)))
            {
                return;
            }

            // The printed date of a <time datetime> has its exact instant in the attribute, and its class may say
            // it is an update's («class="date updated"»; WordPress themes mark the one date "updated published").
            var time = node.ParentElement is { LocalName: "time" } t && t.GetAttribute("datetime") is { Length: >= 10 } ? t : null;
            var updateTime = time?.ClassName is { } cls && (cls.Contains("update", StringComparison.OrdinalIgnoreCase) || cls.Contains("modif", StringComparison.OrdinalIgnoreCase))
                && !cls.Contains("publish", StringComparison.OrdinalIgnoreCase);
            var start = 0;
            for (var i = 0; i < dates.Count; i++)
            {
                // Each date's own label is the text since the date before it («Veröffentlicht am …, aktualisiert am
                // …»); a last date with no words before it may have its label after it («… aktualisiert»).
                var m = dates[i];
                var own = text.AsSpan(start, Math.Max(0, m.Start - start));
                start = Math.Max(start, m.End);
                var update = updateTime || (label is not null && Names(label, UpdateWords)) || Names(own, UpdateWords)
                    || (i == dates.Count - 1 && !HasLetters(own) && Names(text.AsSpan(m.End), UpdateWords));

                // After the text has begun a date is read only when its label says what it is.
                if (labelledOnly && !update && !EndsWithLabel(own) && !(i == 0 && !HasLetters(own) && label is not null && EndsWithLabel(label)))
                {
                    continue;
                }

                var value = time?.GetAttribute("datetime") ?? text.Substring(m.Start, m.Length);
                if (update)
                {
                    // Above the headline only the publication's date is looked for.
                    if (where != Lines.Above && Modified is null)
                    {
                        Modified = value;
                        ModifiedWhere = labelledOnly ? "labelled update date after the text" : ModifiedWhere;
                    }
                }
                else if (Published is null)
                {
                    Published = value;
                    PublishedWhere = where switch
                    {
                        Lines.AfterText => "labelled date after the text",
                        Lines.Above => "printed date above the h1",
                        _ => PublishedWhere,
                    };
                }
            }
        }
    }

    /// <summary>
    /// The dates of one line of a text dump, read as a line under the headline is read on a page: none unless the line
    /// is its dates and a few words of label, and is not an event's, a deadline's or a served clock's; each date marked
    /// as an update's (its own label, or the words after the last date, say so) and as labelled a publication's.
    /// </summary>
    /// <param name="text">The line.</param>
    /// <param name="parser">The date parser, with the dump's zone and fetch time.</param>
    /// <remarks>A dump joins what a page sets apart, so a line of up to 25 words is also read when a label or a byline
    /// opens it, or the date does («Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski», "By Ela on 31.
    /// October, 2023 | 18 Comments", «28. Januar 2015 karstenruppert Schreibe einen Kommentar»).</remarks>
    internal static List<(DateMatch Date, bool Update, bool Labelled)>? LineDates(string text, NewsDateParser parser)
    {
        if (text.Length is < 6 or > ParagraphLength || (text.AsSpan().IndexOfAnyInRange('0', '9') < 0 && text.AsSpan().IndexOfAnyInRange('۰', '۹') < 0))
        {
            return null;
        }

        List<DateMatch>? dates = null;
        foreach (var m in parser.FindAll(text))
        {
            if (!m.IsRelative && !IsRangeEnd(text, m))
            {
                (dates ??= []).Add(m);
            }
        }

        if (dates is null || !(IsLabelOnly(text, dates) || IsMetadataLine(text, dates[0])))
        {
            return null;
        }

        var result = new List<(DateMatch, bool, bool)>(dates.Count);
        var start = 0;
        for (var i = 0; i < dates.Count; i++)
        {
            var m = dates[i];
            var own = text.AsSpan(start, Math.Max(0, m.Start - start));
            start = Math.Max(start, m.End);
            var update = Names(own, UpdateWords) || (i == dates.Count - 1 && !HasLetters(own) && Names(text.AsSpan(m.End), UpdateWords));
            result.Add((m, update, !update && (EndsWithLabel(own) || Names(own, PublishedLabels))));
        }

        return result;
    }

    // A dump's line of metadata: at most 25 words, no event's or deadline's words, and opened by its first date (a
    // weekday before it at most), a publication or update label, or a byline's word.
    private static bool IsMetadataLine(string text, DateMatch first)
    {
        if (text.AsSpan().Count(' ') >= 25 || Names(text, OtherDates))
        {
            return false;
        }

        var before = text.AsSpan(0, first.Start).Trim(" ,.|·•⋅-–—".AsSpan());
        if (before.IsEmpty || (before.Length <= 12 && !before.ContainsAny(' ', ':')))
        {
            return true;
        }

        if (Names(before, PublishedLabels) || Names(before, UpdateWords))
        {
            return true;
        }

        foreach (var label in BylineLabels.Common)
        {
            if (before.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (before.Length == label.Length || before[label.Length] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    // «Karlsruhe, (12.11.2021). Traditionell …», «29.11.2022 – Mehrfach …», «Bern, 17.08.2007 - Rede von …»: a
    // paragraph that opens with a whole date (after a place at most) and a mark that ends it.
    private static string? Dateline(string text) => LeadingDate(text, afterPlace: true)?.Date;

    /// <summary>
    /// A whole date (not relative, with its year, not before 1990) that opens the text, after a place and a comma when
    /// <paramref name="afterPlace"/>, and is followed by a mark that ends it («-», «–», «:», «.», «)», «|», a quote):
    /// the date's text and the index just after it.
    /// </summary>
    internal static (string Date, int End)? LeadingDate(string text, bool afterPlace)
    {
        var head = text.Length > 2 * MaxDatelineStart ? text[..(2 * MaxDatelineStart)] : text;
        if (head.AsSpan(0, Math.Min(head.Length, MaxDatelineStart + 1)).IndexOfAnyInRange('0', '9') < 0)
        {
            return null;
        }

        // The text's first date decides.
        var matches = NewsDateParser.Default.FindAll(head);
        if (matches.Count == 0)
        {
            return null;
        }

        var m = matches[0];
        if (m.Start > (afterPlace ? MaxDatelineStart : 0) || m.IsRelative || m.IsYearInferred || m.Local.Year < 1990)
        {
            return null;
        }

        // Before the date: nothing, or a place and a comma («Bern, », «Karlsruhe, (»).
        var before = head.AsSpan(0, m.Start).TrimEnd(" (");
        if (!before.IsEmpty && !(before[^1] == ',' && IsPlace(before[..^1])))
        {
            return null;
        }

        // After it: a mark that ends the dateline.
        var after = head.AsSpan(m.End).TrimStart(' ');
        return !after.IsEmpty && after[0] is '-' or '–' or '—' or ':' or ')' or '.' or '„' or '"' or '«' or '/' or '|' or '·'
            ? (head.Substring(m.Start, m.Length), m.End)
            : null;
    }

    /// <summary>
    /// A text that opens with a whole date and a mark after it (see <see cref="LeadingDate"/>): the date's text, the
    /// mark, and the text after the mark as it stands. «23.01.2022 - Dorothea Wierer …» opens a headline with its date,
    /// «11.12.2019 - Amelie Loevenich» is a header's line of date and writer.
    /// </summary>
    internal static (string Date, char Mark, string After)? DateThenMark(string text)
    {
        if (LeadingDate(text, afterPlace: false) is not { } date)
        {
            return null;
        }

        // LeadingDate found a mark after the date.
        var rest = text.AsSpan(date.End).TrimStart(' ');
        return (date.Date, rest[0], rest[1..].ToString());
    }

    // A place's name: one to three capitalized words («Karlsruhe», «Frankfurt/Main», «San Salvador»).
    private static bool IsPlace(ReadOnlySpan<char> text)
    {
        var words = 0;
        var place = text.Trim();
        foreach (var range in place.Split(' '))
        {
            var word = place[range];
            if (word.IsEmpty || !char.IsUpper(word[0]) || ++words > 3)
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('/' or '-' or '.'))
                {
                    return false;
                }
            }
        }

        return words > 0;
    }

    // Class names of a lead or teaser under the headline («div.article__intro», «p.lead»): its text is not the article's
    // text begun, however long (elfaro.net's 300-letter lead over its byline and date).
    private static readonly string[] TeaserClasses = ["lead", "teaser", "intro", "summary", "excerpt", "subtitle", "standfirst", "dek", "abstract"];

    private static bool IsTeaser(INode node)
    {
        var e = node.ParentElement;
        for (var up = 0; e is not null && up < 3; up++, e = e.ParentElement)
        {
            if (e.ClassName is { } cls && TeaserClasses.Any(c => cls.Contains(c, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    // A line that is a label alone: «Date», «Datum», «Veröffentlicht am».
    private static bool IsLabel(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd(':').Trim();
        foreach (var label in PublishedLabels)
        {
            if (t.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the text before a date ends with a publication label: «Erscheinungsdatum: », «— veröffentlicht ».
    private static bool EndsWithLabel(ReadOnlySpan<char> text)
    {
        var t = text.TrimEnd(" :|/-–—·•\t".AsSpan());
        foreach (var label in PublishedLabels)
        {
            if (t.EndsWith(label, StringComparison.OrdinalIgnoreCase) && (t.Length == label.Length || !char.IsLetter(t[t.Length - label.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text is a forum's clock («Aktuelle Zeit: 14.10.2020, 12:18», the time the page was served) or a
    /// member's day of joining («Registriert: …»).
    /// </summary>
    internal static bool IsServedTime(string text) => Names(text, ServedTimeWords);

    /// <summary>Whether the element is a "today" widget, which shows the day the page was fetched.</summary>
    internal static bool IsTodayWidget(IElement e) =>
        e.ClassName is { } cls && (cls.Contains("today", StringComparison.OrdinalIgnoreCase) || cls.Contains("current-date", StringComparison.OrdinalIgnoreCase)
            || cls.Contains("currentdate", StringComparison.OrdinalIgnoreCase) || cls.Contains("heute", StringComparison.OrdinalIgnoreCase));

    // «9-23 Feb 2017»: the end of a period (an exhibition's), not a day of publication.
    private static bool IsRangeEnd(string text, DateMatch m)
    {
        var i = m.Start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 1 && text[i] is '-' or '–' or '—' && (char.IsDigit(text[i - 1]) || text[i - 1] == ' ' && i >= 2 && char.IsDigit(text[i - 2]));
    }

    // The line is its dates and a short label for each: «Stand: …», «Freitag, …», «Von Henry am …», «… | Paris»,
    // «Veröffentlicht: … · Aktualisiert: …».
    private static bool IsLabelOnly(string text, List<DateMatch> dates)
    {
        var letters = 0;
        var d = 0;
        for (var i = 0; i < text.Length; i++)
        {
            while (d < dates.Count && i >= dates[d].End)
            {
                d++;
            }

            if ((d == dates.Count || i < dates[d].Start) && char.IsLetter(text[i]))
            {
                letters++;
            }
        }

        return letters <= (dates.Count == 1 ? MaxLabelLetters : MaxLabelLettersOfTwo) && !Names(text, OtherDates);
    }

    private static bool HasLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // Verbs of a first publication: a line that holds one beside an update word gives both dates, the first published.
    private static readonly string[] PublishVerbs =
        ["veröffentlicht", "publiziert", "erschienen", "erstellt", "published", "posted", "publicado", "publié", "pubblicato", "gepubliceerd"];

    /// <summary>
    /// Whether the words before a line's first digit make its date an update's («Aktualisiert am
    /// …», "Last updated …") and not a first publication's («Veröffentlicht …, aktualisiert …» is both).
    /// </summary>
    internal static bool IsUpdateLine(string text)
    {
        var digit = text.AsSpan().IndexOfAnyInRange('0', '9');
        var words = digit < 0 ? text.AsSpan() : text.AsSpan(0, digit);
        return Names(words, UpdateWords) && !Names(text, PublishVerbs);
    }

    private static bool Names(ReadOnlySpan<char> text, string[] words)
    {
        Span<char> lower = text.Length <= 256 ? stackalloc char[text.Length + 1] : new char[text.Length + 1];
        text.ToLowerInvariant(lower);
        lower[^1] = ' ';
        foreach (var word in words)
        {
            if (lower.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
