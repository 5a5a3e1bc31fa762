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

    // Words that make a date something else than the publication's: a deadline, an event, a period, a birth.
    private static readonly string[] OtherDates =
    [
        "deadline", "frist", "termin", "anmeldeschluss", "anmeldung", "bis ", "ab ", "seit ", "until", "from ", "event",
        "veranstaltung", "findet", "geboren", "born", "gestorben", "died", "ausstellung", "exhibition", "läuft", "gültig",
        "valid", "©", "copyright", "release",

        // Persian: a deadline («مهلت»), an event held («برگزار»).
        "مهلت", "برگزار",
    ];

    // Words that make a date the day of an update: «Aktualisiert am …», "Last updated: …", «mis à jour le …»,
    // «Actualizado el …», «atualizado em …», «آخرین به‌روزرسانی: …».
    private static readonly string[] UpdateWords =
    [
        "aktualisiert", "updated", "update", "geändert", "modified", "mis à jour", "actualizado", "actualización", "atualizado",
        "aggiornato", "bijgewerkt", "zaktualizowano", "обновлено", "به\u200cروز", "بروز", "به روز",
    ];

    // What makes a line's raw length longer than its text's: tabs, line breaks, two spaces.
    private static readonly System.Buffers.SearchValues<string> WhitespaceRuns =
        System.Buffers.SearchValues.Create(["\t", "\n", "\r", "  "], StringComparison.Ordinal);

    // Lines read after the publication date while an update's is still missing ("Published …" then "Updated …").
    private const int LinesAfterPublished = 3;

    /// <summary>
    /// The first lines after <paramref name="headline"/> in <paramref name="region"/> that are a printed publication
    /// date and a printed update date; either is null when no such line was found.
    /// </summary>
    public static (string? Published, string? Modified) Find(IElement region, IElement headline)
    {
        var walk = new Walk(headline);
        walk.Visit(region);
        return (walk.Published, walk.Modified);
    }

    private sealed class Walk(IElement headline)
    {
        private bool _started;
        private int _lines;
        private bool _done;
        private int _proseLines;
        private int _linesAfterPublished;

        // The line before, when it is a label on its own ("Release:" + "14.11.2019").
        private string? _label;

        public string? Published { get; private set; }

        public string? Modified { get; private set; }

        public void Visit(INode node)
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length && !_done; i++)
            {
                var child = children[i];
                if (child is IElement e)
                {
                    if (e == headline)
                    {
                        _started = true;
                        continue;
                    }

                    // A link in a list leads to another post (a menu's «12M – 12. Mai 2012»); a link on its own under
                    // the headline is the post's permalink («Posted on <a><time>…»). A "today" widget shows the day
                    // the page was fetched. A page header that holds the headline is the article's header too
                    // (hestia: h1, byline and date over a picture): walked, from the headline on.
                    var tag = e.LocalName;
                    if ((LabelledByline.IsOutsideArticleLines(e, tag) && !(tag is "header" or "footer" && e.Contains(headline)))
                        || tag == "figure" || IsTodayWidget(e) || (tag == "a" && e.Closest("li") is not null))
                    {
                        _started |= e.Contains(headline);
                        continue;
                    }

                    Visit(e);
                }
                else if (_started && DomCast.TextData(child) is { } data)
                {
                    Read(child, data);
                }
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

            // A long subheading under the headline is a teaser (correiobraziliense's h2), not the text begun.
            if ((span.Length > ParagraphLength && node.ParentElement?.LocalName is not ("h2" or "h3" or "h4" or "h5" or "h6"))
                || ++_lines > MaxLines || (span.Length > ProseLength && ++_proseLines >= 2)
                || (Published is not null && ++_linesAfterPublished > LinesAfterPublished))
            {
                _done = true;
                return;
            }

            var label = _label;
            _label = span.Length <= 30 && span[^1] == ':' ? span.ToString() : null;
            if (span.Length < 6 || span.IndexOfAnyInRange('0', '9') < 0 && span.IndexOfAnyInRange('۰', '۹') < 0)
            {
                return;
            }

            text ??= TextTools.Clean(data);
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
                var value = time?.GetAttribute("datetime") ?? text.Substring(m.Start, m.Length);
                if (update)
                {
                    Modified ??= value;
                }
                else
                {
                    Published ??= value;
                }
            }

            _done = Published is not null && Modified is not null;
        }
    }

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
