namespace NewsModel.Dates;

/// <summary>How <see cref="NewsDateParser"/> reads dates. Immutable: change with <c>with</c> copies.</summary>
public sealed record DateParseOptions
{
    /// <summary>No reference instant, zones by month names, two-digit years pivoting at 80.</summary>
    public static DateParseOptions Default { get; } = new();

    /// <summary>
    /// The reference instant for relative forms («۲ ساعت پیش», «دیروز», «امروز ساعت ۱۰:۲۰»), usually the crawl time.
    /// When null, relative forms fail with <see cref="DateParseErrorKind.MissingReferenceTime"/>: the machine clock is
    /// never read.
    /// </summary>
    public DateTimeOffset? Now { get; init; }

    /// <summary>
    /// The zone local times are in. Null: Asia/Tehran (built-in rules) for Iranian month names and numeric dates,
    /// Asia/Kabul (+04:30) for Afghan (Dari) month names. A zone whose id is Asia/Tehran / Iran Standard Time,
    /// Asia/Kabul / Afghanistan Standard Time, Asia/Karachi / Pakistan Standard Time or Asia/Kolkata / India Standard
    /// Time uses the built-in rules too, so results do not depend on the machine. A zone the text names after its time
    /// («۱۴:۵۲ گرینویچ», «به وقت کابل», "5:01 a.m. ET", "MESZ") wins over this one (<see cref="DateMatch.HasOffset"/>).
    /// </summary>
    public TimeZoneInfo? Zone { get; init; }

    /// <summary>
    /// How two-digit Jalali years are read (<c>02/12/17</c>): <c>yy</c> below the pivot means 14yy, otherwise 13yy.
    /// Default 80, so 00–79 → 1400–1479 and 80–99 → 1380–1399. Set it to 0 to read every two-digit year as 13yy, or
    /// to 100 for 14yy. Only the year-first order (<c>yy/MM/dd</c>) is read with a two-digit Jalali year; the German
    /// <c>dd.MM.yy</c> in ASCII digits («31.10.23») is a Gregorian date of 2000–2069 or 1970–1999, whatever the pivot.
    /// </summary>
    public int TwoDigitYearPivot { get; init; } = 80;

    /// <summary>
    /// Whether a weekday written before a date must be the date's weekday (default true): «چهارشنبه ۱۹ اردیبهشت ۱۴۰۳»
    /// is read, «پنجشنبه ۱۹ اردیبهشت ۱۴۰۳» fails with <see cref="DateParseErrorKind.WeekdayMismatch"/> (and find mode
    /// skips it). Set to false to ignore the weekday.
    /// </summary>
    public bool CheckWeekday { get; init; } = true;
}
