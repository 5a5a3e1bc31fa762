using System.Text;

namespace NewsModel.Dates;

/// <summary>
/// A date of the Solar Hijri (Jalali, Shamsi) calendar, the official calendar of Iran and Afghanistan, for the years
/// 1200–1600 (1821–2222 CE). Immutable; equal and ordered by the day it names.
/// </summary>
/// <remarks>
/// The calendar is the astronomical one (a year starts on the day of the March equinox if it falls before noon in
/// Tehran): 1403 is a leap year and 1 Farvardin 1404 is 2025-03-21. Invalid triples (month 13, 31 Mehr, 30 Esfand in
/// a common year) are rejected, never shifted into the next month.
/// </remarks>
public readonly struct JalaliDate : IEquatable<JalaliDate>, IComparable<JalaliDate>, IComparable
{
    // Stored as a day number (DateOnly.DayNumber) so equality, ordering and conversion are one integer operation.
    private readonly int _dayNumber;

    private JalaliDate(int dayNumber) => _dayNumber = dayNumber;

    /// <summary>Creates a date; throws when the triple is not a date (use <see cref="TryCreate(int, int, int, out JalaliDate, out string?)"/> for untrusted input).</summary>
    /// <param name="year">Solar Hijri year, 1200–1600.</param>
    /// <param name="month">Month, 1 (Farvardin) to 12 (Esfand).</param>
    /// <param name="day">Day of month, 1–31 (months 1–6), 1–30 (7–11), 1–29 or 30 in leap years (12).</param>
    /// <exception cref="ArgumentOutOfRangeException">The triple is not a Solar Hijri date; the message says why.</exception>
    public JalaliDate(int year, int month, int day)
    {
        var error = JalaliCalendarData.Validate(year, month, day);
        if (error != JalaliDateError.None)
        {
            throw new ArgumentOutOfRangeException(
                error == JalaliDateError.YearOutOfRange ? nameof(year) : error == JalaliDateError.MonthOutOfRange ? nameof(month) : nameof(day),
                JalaliCalendarData.Describe(error, year, month, day));
        }

        _dayNumber = JalaliCalendarData.ToDayNumber(year, month, day);
    }

    /// <summary>The first supported date, 1 Farvardin 1200 (1821-03-21).</summary>
    public static JalaliDate MinValue => new(JalaliCalendarData.MinDayNumber);

    /// <summary>The last supported date, 29 Esfand 1600 (2222-03-20).</summary>
    public static JalaliDate MaxValue => new(JalaliCalendarData.MaxDayNumber);

    /// <summary>The Solar Hijri year.</summary>
    public int Year
    {
        get
        {
            JalaliCalendarData.FromDayNumber(DayNumber, out var y, out _, out _);
            return y;
        }
    }

    /// <summary>The month, 1 (Farvardin) to 12 (Esfand).</summary>
    public int Month
    {
        get
        {
            JalaliCalendarData.FromDayNumber(DayNumber, out _, out var m, out _);
            return m;
        }
    }

    /// <summary>The day of the month.</summary>
    public int Day
    {
        get
        {
            JalaliCalendarData.FromDayNumber(DayNumber, out _, out _, out var d);
            return d;
        }
    }

    /// <summary>The day of the year, 1 (1 Farvardin) to 365 or 366.</summary>
    public int DayOfYear
    {
        get
        {
            JalaliCalendarData.FromDayNumber(DayNumber, out var y, out _, out _);
            return DayNumber - JalaliCalendarData.ToDayNumber(y, 1, 1) + 1;
        }
    }

    /// <summary>The day of the week (the Iranian week starts on <see cref="System.DayOfWeek.Saturday"/>, شنبه).</summary>
    public DayOfWeek DayOfWeek => DateOnly.FromDayNumber(DayNumber).DayOfWeek;

    /// <summary>Days since 0001-01-01 of the proleptic Gregorian calendar, as <see cref="DateOnly.DayNumber"/>.</summary>
    /// <remarks><c>default(JalaliDate)</c> has no meaningful value; it maps to <see cref="MinValue"/>.</remarks>
    public int DayNumber => _dayNumber == 0 ? JalaliCalendarData.MinDayNumber : _dayNumber;

    /// <summary>Whether <paramref name="year"/> has 366 days (30 Esfand). Throws outside 1200–1600.</summary>
    /// <param name="year">A Solar Hijri year.</param>
    /// <returns><see langword="true"/> for leap years such as 1399 and 1403.</returns>
    public static bool IsLeapYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, JalaliCalendarData.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, JalaliCalendarData.MaxYear);
        return JalaliCalendarData.IsLeapYear(year);
    }

    /// <summary>The number of days of a month: 31 (1–6), 30 (7–11), 29 or 30 (12).</summary>
    /// <param name="year">A Solar Hijri year, 1200–1600.</param>
    /// <param name="month">A month, 1–12.</param>
    /// <returns>The month's length.</returns>
    public static int DaysInMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, JalaliCalendarData.MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, JalaliCalendarData.MaxYear);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return JalaliCalendarData.DaysInMonth(year, month);
    }

    /// <summary>Creates a date from an untrusted triple without throwing.</summary>
    /// <param name="year">Solar Hijri year.</param>
    /// <param name="month">Month.</param>
    /// <param name="day">Day of month.</param>
    /// <param name="date">The date, when valid.</param>
    /// <returns>Whether the triple is a date in 1200–1600.</returns>
    public static bool TryCreate(int year, int month, int day, out JalaliDate date) =>
        TryCreate(year, month, day, out date, out _);

    /// <summary>Creates a date from an untrusted triple without throwing, saying why it is invalid.</summary>
    /// <param name="year">Solar Hijri year.</param>
    /// <param name="month">Month.</param>
    /// <param name="day">Day of month.</param>
    /// <param name="date">The date, when valid.</param>
    /// <param name="reason">Why the triple is not a date (e.g. "Mehr 1402 has 30 days, so day 31 does not exist"); null when valid.</param>
    /// <returns>Whether the triple is a date in 1200–1600.</returns>
    public static bool TryCreate(int year, int month, int day, out JalaliDate date, out string? reason)
    {
        var error = JalaliCalendarData.Validate(year, month, day);
        if (error != JalaliDateError.None)
        {
            date = default;
            reason = JalaliCalendarData.Describe(error, year, month, day);
            return false;
        }

        date = new JalaliDate(JalaliCalendarData.ToDayNumber(year, month, day));
        reason = null;
        return true;
    }

    /// <summary>The Jalali date of a Gregorian date; throws outside 1821-03-21 … 2222-03-20.</summary>
    /// <param name="date">A Gregorian date.</param>
    /// <returns>The same day on the Solar Hijri calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static JalaliDate FromDateOnly(DateOnly date)
    {
        if (!TryFromDateOnly(date, out var result))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is outside the supported Solar Hijri years 1200–1600 (1821-03-21 to 2222-03-20).");
        }

        return result;
    }

    /// <summary>The Jalali date of a Gregorian date, without throwing.</summary>
    /// <param name="date">A Gregorian date.</param>
    /// <param name="result">The Jalali date when in range.</param>
    /// <returns>Whether the date is within 1200–1600.</returns>
    public static bool TryFromDateOnly(DateOnly date, out JalaliDate result)
    {
        var n = date.DayNumber;
        if (n < JalaliCalendarData.MinDayNumber || n > JalaliCalendarData.MaxDayNumber)
        {
            result = default;
            return false;
        }

        result = new JalaliDate(n);
        return true;
    }

    /// <summary>The Jalali date of the date part of a <see cref="DateTime"/> (its clock time and kind are ignored).</summary>
    /// <param name="dateTime">A date-time.</param>
    /// <returns>The Jalali date.</returns>
    public static JalaliDate FromDateTime(DateTime dateTime) => FromDateOnly(DateOnly.FromDateTime(dateTime));

    /// <summary>
    /// Reads a Jalali date in any form <see cref="NewsDateParser"/> reads, with no clock time: «1402-12-17»,
    /// «1402/12/17», «۱۷ اسفند ۱۴۰۲», «پنجشنبه ۱۷ اسفند ۱۴۰۲» (so every <see cref="ToString(JalaliFormat)"/> form
    /// round-trips). Gregorian, Hijri and relative text is rejected.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date when the text is one.</param>
    /// <returns>Whether the text is exactly a Jalali date.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out JalaliDate date)
    {
        if (NewsDateParser.Default.Parse(text).TryGetValue(out var m)
            && m is { Calendar: DateCalendar.Jalali, HasTime: false, IsRelative: false, IsYearInferred: false, Jalali: { } j })
        {
            date = j.Date;
            return true;
        }

        date = default;
        return false;
    }

    /// <summary>Reads a Jalali date like <see cref="TryParse(ReadOnlySpan{char}, out JalaliDate)"/>, throwing on failure.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="FormatException">The text is not exactly a Jalali date; the message says why.</exception>
    public static JalaliDate Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var date) ? date : throw new FormatException(ParseFailure(text));

    internal static string ParseFailure(ReadOnlySpan<char> text)
    {
        var result = NewsDateParser.Default.Parse(text);
        return result.Success
            ? $"«{text}» is a {result.Value.Calendar} date{(result.Value.HasTime ? " with a time" : string.Empty)}, not the expected Jalali value."
            : $"«{text}» is not a Jalali date: {result.Error}";
    }

    /// <summary>The same day as a Gregorian <see cref="DateOnly"/>.</summary>
    /// <returns>The Gregorian date.</returns>
    public DateOnly ToDateOnly() => DateOnly.FromDayNumber(DayNumber);

    /// <summary>Midnight at the start of this day as a <see cref="DateTime"/> of kind <see cref="DateTimeKind.Unspecified"/>.</summary>
    /// <returns>The Gregorian date-time.</returns>
    public DateTime ToDateTime() => ToDateOnly().ToDateTime(TimeOnly.MinValue);

    /// <summary>The date <paramref name="days"/> days later (earlier when negative).</summary>
    /// <param name="days">Number of days.</param>
    /// <returns>The new date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public JalaliDate AddDays(int days) => FromDateOnly(DateOnly.FromDayNumber(DayNumber + days));

    /// <summary>Splits the date into its parts in one lookup.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month.</param>
    /// <param name="day">The day.</param>
    public void Deconstruct(out int year, out int month, out int day) =>
        JalaliCalendarData.FromDayNumber(DayNumber, out year, out month, out day);

    /// <summary>The ISO-like form «1402-12-17».</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(JalaliFormat.Iso);

    /// <summary>Formats the date: «1402-12-17» (<see cref="JalaliFormat.Iso"/>), «1402/12/17» (<see cref="JalaliFormat.Numeric"/>) or «۱۷ اسفند ۱۴۰۲» (<see cref="JalaliFormat.Persian"/>).</summary>
    /// <param name="format">The form.</param>
    /// <returns>The text.</returns>
    public string ToString(JalaliFormat format)
    {
        var sb = new StringBuilder(16);
        AppendTo(sb, format);
        return sb.ToString();
    }

    internal void AppendTo(StringBuilder sb, JalaliFormat format)
    {
        var (y, m, d) = this;
        switch (format)
        {
            case JalaliFormat.Persian:
                JalaliText.AppendNumber(sb, d, 1, persian: true);
                sb.Append(' ').Append(JalaliCalendarData.PersianMonthNames[m - 1]).Append(' ');
                JalaliText.AppendNumber(sb, y, 4, persian: true);
                break;
            default:
                var sep = format == JalaliFormat.Numeric ? '/' : '-';
                JalaliText.AppendNumber(sb, y, 4, persian: false);
                sb.Append(sep);
                JalaliText.AppendNumber(sb, m, 2, persian: false);
                sb.Append(sep);
                JalaliText.AppendNumber(sb, d, 2, persian: false);
                break;
        }
    }

    /// <inheritdoc/>
    public bool Equals(JalaliDate other) => DayNumber == other.DayNumber;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JalaliDate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => DayNumber;

    /// <inheritdoc/>
    public int CompareTo(JalaliDate other) => DayNumber.CompareTo(other.DayNumber);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        JalaliDate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a JalaliDate.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether both name the same day.</returns>
    public static bool operator ==(JalaliDate left, JalaliDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether they name different days.</returns>
    public static bool operator !=(JalaliDate left, JalaliDate right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether <paramref name="left"/> is earlier.</returns>
    public static bool operator <(JalaliDate left, JalaliDate right) => left.DayNumber < right.DayNumber;

    /// <summary>Ordering.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether <paramref name="left"/> is later.</returns>
    public static bool operator >(JalaliDate left, JalaliDate right) => left.DayNumber > right.DayNumber;

    /// <summary>Ordering.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether <paramref name="left"/> is the same day or earlier.</returns>
    public static bool operator <=(JalaliDate left, JalaliDate right) => left.DayNumber <= right.DayNumber;

    /// <summary>Ordering.</summary>
    /// <param name="left">A date.</param>
    /// <param name="right">A date.</param>
    /// <returns>Whether <paramref name="left"/> is the same day or later.</returns>
    public static bool operator >=(JalaliDate left, JalaliDate right) => left.DayNumber >= right.DayNumber;
}
