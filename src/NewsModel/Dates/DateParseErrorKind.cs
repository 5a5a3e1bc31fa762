namespace NewsModel.Dates;

/// <summary>Why text could not be read as a date.</summary>
public enum DateParseErrorKind
{
    /// <summary>The text is empty or only whitespace and bidi marks.</summary>
    Empty,

    /// <summary>No date form starts here (not a number, month, weekday or relative word the parser knows).</summary>
    Unrecognized,

    /// <summary>A date form was found but is incomplete (e.g. a day and month with no year, a number and a dangling separator).</summary>
    Incomplete,

    /// <summary>The parts do not form a date: month 13, 31 Mehr, 30 Esfand in a common year, 30 February.</summary>
    InvalidDate,

    /// <summary>The clock time is impossible: 25:10, 14:75, 13 ب.ظ.</summary>
    InvalidTime,

    /// <summary>The year is outside what the calendar supports (Jalali 1200–1600, Gregorian 1821–2222, Hijri 1318–1500).</summary>
    YearOutOfRange,

    /// <summary>The weekday named in the text is not the weekday of the date.</summary>
    WeekdayMismatch,

    /// <summary>A relative form («۲ ساعت پیش», «دیروز») was read but <see cref="DateParseOptions.Now"/> is null.</summary>
    MissingReferenceTime,

    /// <summary>A date was read but more text follows it (<see cref="NewsDateParser.Parse(ReadOnlySpan{char}, DateParseOptions?)"/> needs the whole input to be a date).</summary>
    TrailingText,
}
