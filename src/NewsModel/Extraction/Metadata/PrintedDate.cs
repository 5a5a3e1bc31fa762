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

    // Lines read after the headline before giving up.
    private const int MaxLines = 25;

    // Words that make a date something else than the publication's: a deadline, an event, an update, a period.
    private static readonly string[] OtherDates =
    [
        "deadline", "frist", "termin", "anmeldeschluss", "anmeldung", "bis ", "ab ", "seit ", "until", "from ", "event",
        "veranstaltung", "findet", "aktualisiert", "updated", "update", "geändert", "modified", "geboren", "born", "gestorben",
        "died", "ausstellung", "exhibition", "läuft", "gültig", "valid", "©", "copyright", "release",

        // Persian: an update («به‌روزرسانی», «بروز شده»), a deadline («مهلت»), an event held («برگزار»).
        "به\u200cروز", "بروز", "به روز", "مهلت", "برگزار",
    ];

    /// <summary>The first line after <paramref name="headline"/> in <paramref name="region"/> that is a printed date, or null.</summary>
    public static string? Find(IElement region, IElement headline)
    {
        var walk = new Walk(headline);
        walk.Visit(region);
        return walk.Found;
    }

    private sealed class Walk(IElement headline)
    {
        private bool _started;
        private int _lines;
        private bool _done;
        private int _proseLines;

        // The line before, when it is a label on its own ("Release:" + "14.11.2019").
        private string? _label;

        public string? Found { get; private set; }

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

            if (span.Length > ParagraphLength || ++_lines > MaxLines || (span.Length > ProseLength && ++_proseLines >= 2))
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

            var text = TextTools.Clean(data);
            foreach (var m in NewsDateParser.Default.FindAll(text))
            {
                if (m.IsRelative || m.IsYearInferred || IsRangeEnd(text, m) || !IsLabelOnly(text, m) || (label is not null && NamesOtherDate(label))
                    || (node.ParentElement is { } parent && VisibleLayer.InComments(parent)))
                {
                    continue;
                }

                // The printed date of a <time datetime> has its exact instant in the attribute; an update's is not
                // the publication's.
                if (node.ParentElement is { LocalName: "time" } time && time.GetAttribute("datetime") is { Length: >= 10 } datetime)
                {
                    // «class="date updated published"»: WordPress themes mark the one date as both.
                    if (time.ClassName is { } cls && (cls.Contains("update", StringComparison.OrdinalIgnoreCase) || cls.Contains("modif", StringComparison.OrdinalIgnoreCase))
                        && !cls.Contains("publish", StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    Found = datetime;
                }
                else
                {
                    Found = text.Substring(m.Start, m.Length);
                }

                _done = true;
                return;
            }
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

    // The line is the date and a short label: «Stand: …», «Freitag, …», «Von Henry am …», «… | Paris».
    private static bool IsLabelOnly(string text, DateMatch m)
    {
        var letters = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if ((i < m.Start || i >= m.End) && char.IsLetter(text[i]))
            {
                letters++;
            }
        }

        if (letters > MaxLabelLetters)
        {
            return false;
        }

        return !NamesOtherDate(text);
    }

    private static bool NamesOtherDate(string text)
    {
        var lower = text.ToLowerInvariant() + " ";
        foreach (var word in OtherDates)
        {
            if (lower.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
