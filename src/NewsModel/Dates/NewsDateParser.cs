namespace NewsModel.Dates;

/// <summary>
/// Reads the dates news pages print: Jalali with Iranian or Afghan month names or numeric in any digit set, Gregorian
/// and lunar Hijri dates written in Persian or English, clock times with «ساعت» and ق.ظ/ب.ظ, and relative forms
/// («۲ ساعت پیش», «دیروز»). Never throws on bad text; immutable and thread-safe, so one instance serves a whole program.
/// </summary>
/// <example>
/// <code>
/// var r = NewsDateParser.Default.Parse("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱");
/// if (r.TryGetValue(out var d)) Console.WriteLine(d.Instant); // 2024-03-07 14:31:00 +03:30
/// foreach (var m in NewsDateParser.Default.FindAll("کد خبر: ۱۲۳ | ۱۳ اردیبهشت ۱۴۰۳")) { /* m.Start, m.Length */ }
/// </code>
/// </example>
public sealed class NewsDateParser
{
    /// <summary>A parser with <see cref="DateParseOptions.Default"/>.</summary>
    public static NewsDateParser Default { get; } = new(DateParseOptions.Default);

    /// <summary>Creates a parser whose calls use <paramref name="options"/> unless a call passes its own.</summary>
    /// <param name="options">The default options of this parser.</param>
    public NewsDateParser(DateParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options used when a call passes none.</summary>
    public DateParseOptions Options { get; }

    /// <summary>
    /// Reads a text that is one date (surrounding whitespace, NBSP and bidi marks allowed). Allocates nothing on
    /// success. Fails with <see cref="DateParseErrorKind.TrailingText"/> when a date is followed by other text; use
    /// <see cref="FindAll(string, DateParseOptions?)"/> for dates inside running text.
    /// </summary>
    /// <param name="text">The text, e.g. «۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱», «1402/12/17», «۲ ساعت پیش».</param>
    /// <param name="options">Options for this call; null for <see cref="Options"/>.</param>
    /// <returns>The date, or why and where the text is not one.</returns>
    public DateParseResult Parse(ReadOnlySpan<char> text, DateParseOptions? options = null)
    {
        var o = options ?? Options;
        var start = DateEngine.SkipSpace(text, 0);
        if (start >= text.Length)
        {
            return DateParseResult.Fail(DateFailure.Of(DateParseErrorKind.Empty, 0, FailReason.Empty).ToError());
        }

        var outcome = DateEngine.TryMatch(text, start, o, inRunningText: false, out var match, out var failure);
        if (outcome == DateEngine.Outcome.NoMatch)
        {
            return DateParseResult.Fail(DateFailure.Of(DateParseErrorKind.Unrecognized, start, FailReason.Unrecognized).ToError());
        }

        if (outcome == DateEngine.Outcome.Error)
        {
            return DateParseResult.Fail(failure.ToError());
        }

        var rest = DateEngine.SkipSpace(text, match.End);
        if (rest < text.Length)
        {
            return DateParseResult.Fail(DateFailure.Of(DateParseErrorKind.TrailingText, rest, FailReason.TrailingText).ToError());
        }

        return DateParseResult.Ok(match);
    }

    /// <summary>Reads a text that is one date, without a result object.</summary>
    /// <param name="text">The text.</param>
    /// <param name="match">The date on success.</param>
    /// <param name="options">Options for this call; null for <see cref="Options"/>.</param>
    /// <returns>Whether the whole text is a date.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out DateMatch match, DateParseOptions? options = null) =>
        Parse(text, options).TryGetValue(out match);

    /// <summary>
    /// Finds every date in running text (a byline, a headline ending in «(۱۳ اردیبهشت ۱۴۰۳)», a tools bar with «کد خبر»
    /// beside the date), in order, without overlaps. Text that looks like a date but is not one (31 Mehr, a weekday
    /// that does not match) is skipped, and so is a bare «امروز» / «دیروز» without a clock time, which in running text
    /// is a word («از امروز»), not a date; relative forms are found only when <see cref="DateParseOptions.Now"/> is set.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="options">Options for this call; null for <see cref="Options"/>.</param>
    /// <returns>The dates found, each with its <see cref="DateMatch.Start"/> and <see cref="DateMatch.Length"/> in <paramref name="text"/>.</returns>
    public IReadOnlyList<DateMatch> FindAll(string text, DateParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var o = options ?? Options;
        List<DateMatch>? found = null;
        var s = text.AsSpan();
        var i = 0;
        while (i < s.Length)
        {
            if (!DateEngine.IsStart(s, i))
            {
                i++;
                continue;
            }

            if (!DateEngine.MayStartDate(s, i))
            {
                // A word no date starts with: skip it whole.
                i++;
                while (i < s.Length && DateEngine.IsTokenChar(s[i]) && !DateEngine.IsStart(s, i))
                {
                    i++;
                }

                continue;
            }

            var outcome = DateEngine.TryMatch(s, i, o, inRunningText: true, out var match, out var failure);
            if (outcome == DateEngine.Outcome.Match)
            {
                (found ??= []).Add(match);
                i = match.End;
                continue;
            }

            if (failure.Kind == DateParseErrorKind.WeekdayMismatch && failure.Extent > i)
            {
                // The date contradicts its own weekday: report neither part.
                i = failure.Extent;
                continue;
            }

            i++;
            while (i < s.Length && DateEngine.IsTokenChar(s[i]) && !DateEngine.IsStart(s, i))
            {
                i++;
            }
        }

        return found is null ? [] : found.AsReadOnly();
    }
}
