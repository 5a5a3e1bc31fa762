namespace NewsModel.Dates;

/// <summary>A date read from text: what calendar it was in, the local clock time, the exact instant when known, and where it was.</summary>
/// <param name="Calendar">The calendar the text used.</param>
/// <param name="Local">The local date and clock time on the Gregorian calendar (kind unspecified); midnight when <paramref name="HasTime"/> is false.</param>
/// <param name="HasTime">Whether the text gave a clock time (or a relative time precise to the hour or minute).</param>
/// <param name="Jalali">The same local value on the Jalali calendar (for Gregorian and Hijri text too), when within 1200–1600.</param>
/// <param name="Instant">The instant, when the text gave a time: with the offset the text wrote or in the zone it named (see <see cref="HasOffset"/>), else with the offset in force in the zone (Tehran by default); null for a date alone.</param>
/// <param name="Start">Index of the first character of the date in the text.</param>
/// <param name="Length">Number of characters the date spans (weekday, «ساعت», AM/PM marker included).</param>
public readonly record struct DateMatch(
    DateCalendar Calendar,
    DateTime Local,
    bool HasTime,
    JalaliDateTime? Jalali,
    DateTimeOffset? Instant,
    int Start,
    int Length)
{
    /// <summary>Whether the text was relative («۲ ساعت پیش», «دیروز») and was resolved against <see cref="DateParseOptions.Now"/>.</summary>
    public bool IsRelative { get; init; }

    /// <summary>
    /// Whether the text gave no year («پنجشنبه ۱۹ اردیبهشت», «۱۹ اردیبهشت - ۱۴:۳۰») and the year was inferred from
    /// <see cref="DateParseOptions.Now"/>: the latest year that does not put the date more than a day in the future.
    /// </summary>
    public bool IsYearInferred { get; init; }

    /// <summary>
    /// Whether the text wrote the time's offset ("Z", "+04:30", "+0200", "GMT", "UTC+0200", "EST") or named its zone
    /// («۱۴:۵۲ گرینویچ», «به وقت کابل», "5:01 a.m. ET"), so that <see cref="Instant"/> is exactly what the text says
    /// rather than the local time placed in the options' zone.
    /// </summary>
    public bool HasOffset { get; init; }

    /// <summary>
    /// Whether the text named its month the Afghan (Dari) way («حمل», «ثور», … «حوت»): a date of Afghanistan, whose
    /// clock is +04:30 all year. Without a zone in the options, <see cref="Instant"/> is then Kabul time, and a reader
    /// that knows only that a page is in Persian should read its local time in Kabul too.
    /// </summary>
    public bool IsAfghan { get; init; }

    /// <summary>The index just after the date.</summary>
    public int End => Start + Length;

    /// <summary>The local date as a Jalali date, when within 1200–1600.</summary>
    public JalaliDate? JalaliDate => Jalali?.Date;
}
