using NewsModel.Dates;

namespace NewsModel.Text;

/// <summary>
/// Splits a run of headlines that a dump wrote on one line, only where the split is unambiguous: after a date in
/// parentheses «(۱۳ اردیبهشت ۱۴۰۳)», after a media marker («+ پاسخ», «+ فیلم», «+ عکس», …), and before a section
/// prefix («شهروند خبرنگار |») that the run repeats. Text between two such points stays one item, even when it
/// holds several headlines: a sentence is never cut on a guess.
/// </summary>
internal static class HeadlineRun
{
    private static readonly string[] MediaMarkers = ["پاسخ", "فیلم", "عکس", "تصاویر", "ویدئو", "ویدیو", "اینفوگرافیک", "صوت", "گزارش تصویری"];

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "در", "به", "از", "با", "که", "و", "را", "برای", "تا", "بر" };

    public static List<Headline> Split(string run, NewsDateParser dates, Func<DateTime, DateTimeOffset> midnight)
    {
        var cuts = new SortedSet<int>();
        var dated = new Dictionary<int, DateMatch>();

        // 1. After a date in parentheses.
        foreach (var match in dates.FindAll(run))
        {
            var open = PreviousNonSpace(run, match.Start - 1);
            var close = NextNonSpace(run, match.End);
            if (open >= 0 && run[open] == '(' && close < run.Length && run[close] == ')')
            {
                cuts.Add(close + 1);
                dated[close + 1] = match;
            }
        }

        // 2. After a media marker: «+ فیلم», «+فیلم».
        for (var i = run.IndexOf('+', StringComparison.Ordinal); i >= 0; i = run.IndexOf('+', i + 1))
        {
            var at = NextNonSpace(run, i + 1);
            foreach (var marker in MediaMarkers)
            {
                if (string.CompareOrdinal(run, at, marker, 0, marker.Length) == 0)
                {
                    var end = at + marker.Length;
                    if (end >= run.Length || char.IsWhiteSpace(run[end]))
                    {
                        cuts.Add(end);
                    }
                }
            }
        }

        // 3. Before a section prefix the run repeats («شهروند خبرنگار |»): at least two words, seen at least twice.
        foreach (var start in SectionPrefixStarts(run))
        {
            cuts.Add(start);
        }

        var items = new List<Headline>();
        var from = 0;
        foreach (var cut in cuts.Append(run.Length))
        {
            if (cut <= from)
            {
                continue;
            }

            var piece = run[from..cut];
            dated.TryGetValue(cut, out var date);
            var item = ToHeadline(piece, dated.ContainsKey(cut) ? date : null, midnight);
            if (item is not null)
            {
                items.Add(item);
            }

            from = cut;
        }

        return items;
    }

    private static Headline? ToHeadline(string piece, DateMatch? date, Func<DateTime, DateTimeOffset> midnight)
    {
        var text = piece.Trim().Trim('\u2003', '\u200A', '\u2002', '\u2009').Trim();
        DateTimeOffset? published = null;
        if (date is { } d)
        {
            var open = text.LastIndexOf('(');
            if (open > 0)
            {
                text = text[..open].TrimEnd();
            }

            published = d.Instant ?? midnight(d.Local);
        }

        string? section = null;
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        if (bar > 0 && IsSectionPhrase(text[..bar].Trim()))
        {
            section = text[..bar].Trim();
            text = text[(bar + 1)..].Trim();
        }

        return DumpText.CountWords(text) == 0 ? null : new Headline { Title = text, Published = published, Section = section };
    }

    private static bool IsSectionPhrase(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 3 && !FunctionWords.Contains(words[0]) && !FunctionWords.Contains(words[^1]);
    }

    /// <summary>The starts of phrases of two or three words before a «|» that occur at least twice in the run.</summary>
    private static HashSet<int> SectionPrefixStarts(string run)
    {
        var candidates = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var bar = run.IndexOf('|', StringComparison.Ordinal); bar >= 0; bar = run.IndexOf('|', bar + 1))
        {
            // Walk back over up to three words.
            var end = PreviousNonSpace(run, bar - 1) + 1;
            var start = end;
            for (var words = 1; words <= 3; words++)
            {
                var wordEnd = PreviousNonSpace(run, start - 1) + 1;
                if (wordEnd <= 0)
                {
                    break;
                }

                var wordStart = wordEnd;
                while (wordStart > 0 && !IsSpace(run[wordStart - 1]) && run[wordStart - 1] is not ')' and not '|')
                {
                    wordStart--;
                }

                if (wordStart == wordEnd)
                {
                    break;
                }

                start = wordStart;
                if (words >= 2)
                {
                    var phrase = run[start..end];
                    if (!candidates.TryGetValue(phrase, out var list))
                    {
                        candidates[phrase] = list = [];
                    }

                    list.Add(start);
                }
            }
        }

        // Keep the longest repeated phrase at each bar: a repeated three-word phrase wins over its last two words.
        var chosen = candidates.Where(c => c.Value.Count >= 2 && IsSectionPhrase(c.Key)).OrderByDescending(c => c.Key.Length).ToList();
        var taken = new HashSet<int>();
        foreach (var (phrase, starts) in chosen)
        {
            foreach (var start in starts)
            {
                var end = start + phrase.Length;
                if (!taken.Any(t => t >= start && t < end))
                {
                    taken.Add(start);
                }
            }
        }

        return taken;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200A' or '\u2003';

    private static int PreviousNonSpace(string s, int i)
    {
        while (i >= 0 && IsSpace(s[i]))
        {
            i--;
        }

        return i;
    }

    private static int NextNonSpace(string s, int i)
    {
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        return i;
    }
}
