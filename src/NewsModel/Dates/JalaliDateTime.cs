using System.Text;

namespace NewsModel.Dates;

/// <summary>
/// A local date and clock time on the Solar Hijri calendar («۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱»), with no time zone: what a page
/// prints. Turn it into an instant with <see cref="TehranTime.ToInstant(JalaliDateTime)"/>. Immutable, equal and
/// ordered by the moment on the local clock; precision is one second.
/// </summary>
public readonly struct JalaliDateTime : IEquatable<JalaliDateTime>, IComparable<JalaliDateTime>, IComparable
{
    private readonly int _secondOfDay;

    /// <summary>Creates a local date-time; throws on an invalid clock time (use <see cref="TryCreate"/> for untrusted input).</summary>
    /// <param name="date">The date.</param>
    /// <param name="hour">Hour, 0–23.</param>
    /// <param name="minute">Minute, 0–59.</param>
    /// <param name="second">Second, 0–59.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part of the time is out of range.</exception>
    public JalaliDateTime(JalaliDate date, int hour, int minute, int second = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hour);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hour, 23);
        ArgumentOutOfRangeException.ThrowIfNegative(minute);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minute, 59);
        ArgumentOutOfRangeException.ThrowIfNegative(second);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(second, 59);
        Date = date;
        _secondOfDay = hour * 3600 + minute * 60 + second;
    }

    /// <summary>Creates a local date-time from parts; throws when the date or time is invalid.</summary>
    /// <param name="year">Solar Hijri year, 1200–1600.</param>
    /// <param name="month">Month, 1–12.</param>
    /// <param name="day">Day of month.</param>
    /// <param name="hour">Hour, 0–23.</param>
    /// <param name="minute">Minute, 0–59.</param>
    /// <param name="second">Second, 0–59.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range.</exception>
    public JalaliDateTime(int year, int month, int day, int hour, int minute, int second = 0)
        : this(new JalaliDate(year, month, day), hour, minute, second)
    {
    }

    /// <summary>The date part.</summary>
    public JalaliDate Date { get; }

    /// <summary>The hour, 0–23.</summary>
    public int Hour => _secondOfDay / 3600;

    /// <summary>The minute, 0–59.</summary>
    public int Minute => _secondOfDay / 60 % 60;

    /// <summary>The second, 0–59.</summary>
    public int Second => _secondOfDay % 60;

    /// <summary>The clock time.</summary>
    public TimeOnly TimeOfDay => new(Hour, Minute, Second);

    /// <summary>The day of the week.</summary>
    public DayOfWeek DayOfWeek => Date.DayOfWeek;

    /// <summary>Creates a local date-time from untrusted parts without throwing.</summary>
    /// <param name="year">Solar Hijri year.</param>
    /// <param name="month">Month.</param>
    /// <param name="day">Day of month.</param>
    /// <param name="hour">Hour.</param>
    /// <param name="minute">Minute.</param>
    /// <param name="second">Second.</param>
    /// <param name="value">The value when all parts are valid.</param>
    /// <returns>Whether the parts form a valid date and clock time.</returns>
    public static bool TryCreate(int year, int month, int day, int hour, int minute, int second, out JalaliDateTime value)
    {
        if (!JalaliDate.TryCreate(year, month, day, out var date) || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            value = default;
            return false;
        }

        value = new JalaliDateTime(date, hour, minute, second);
        return true;
    }

    /// <summary>The Jalali local date-time showing the same clock time as a Gregorian <see cref="DateTime"/> (its kind is ignored; sub-second parts are dropped).</summary>
    /// <param name="dateTime">A Gregorian date-time within 1821-03-21 … 2222-03-20.</param>
    /// <returns>The Jalali date-time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range.</exception>
    public static JalaliDateTime FromDateTime(DateTime dateTime) =>
        new(JalaliDate.FromDateTime(dateTime), dateTime.Hour, dateTime.Minute, dateTime.Second);

    /// <summary>
    /// Reads a Jalali local date and time in any form <see cref="NewsDateParser"/> reads: «1402-12-17T14:31»,
    /// «1402/12/17 14:31», «۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱» (every <see cref="ToString(JalaliFormat)"/> form round-trips). A date
    /// without a time reads as midnight. Gregorian, Hijri and relative text is rejected; an ISO offset is ignored.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value when the text is one.</param>
    /// <returns>Whether the text is exactly a Jalali date, with or without a time.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out JalaliDateTime value)
    {
        if (NewsDateParser.Default.Parse(text).TryGetValue(out var m)
            && m is { Calendar: DateCalendar.Jalali, IsRelative: false, IsYearInferred: false, Jalali: { } j })
        {
            value = j;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads a Jalali local date-time like <see cref="TryParse(ReadOnlySpan{char}, out JalaliDateTime)"/>, throwing on failure.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not exactly a Jalali date-time; the message says why.</exception>
    public static JalaliDateTime Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var value) ? value : throw new FormatException(JalaliDate.ParseFailure(text));

    /// <summary>The same local clock time as a Gregorian <see cref="DateTime"/> of kind <see cref="DateTimeKind.Unspecified"/>.</summary>
    /// <returns>The Gregorian date-time.</returns>
    public DateTime ToDateTime() => Date.ToDateTime().AddSeconds(_secondOfDay);

    /// <summary>The ISO-like form «1402-12-17T14:31» (with «:05» seconds only when not zero).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(JalaliFormat.Iso);

    /// <summary>Formats the value: «1402-12-17T14:31», «1402/12/17 14:31» or «۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱».</summary>
    /// <param name="format">The form.</param>
    /// <returns>The text.</returns>
    public string ToString(JalaliFormat format)
    {
        var sb = new StringBuilder(24);
        Date.AppendTo(sb, format);
        var persian = format == JalaliFormat.Persian;
        sb.Append(format switch { JalaliFormat.Iso => "T", JalaliFormat.Numeric => " ", _ => " - " });
        JalaliText.AppendNumber(sb, Hour, 2, persian);
        sb.Append(':');
        JalaliText.AppendNumber(sb, Minute, 2, persian);
        if (Second != 0)
        {
            sb.Append(':');
            JalaliText.AppendNumber(sb, Second, 2, persian);
        }

        return sb.ToString();
    }

    /// <summary>Splits the value into its parts.</summary>
    /// <param name="date">The date.</param>
    /// <param name="time">The clock time.</param>
    public void Deconstruct(out JalaliDate date, out TimeOnly time)
    {
        date = Date;
        time = TimeOfDay;
    }

    private long Key => (long)Date.DayNumber * 86400 + _secondOfDay;

    /// <inheritdoc/>
    public bool Equals(JalaliDateTime other) => Key == other.Key;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is JalaliDateTime other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Key.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(JalaliDateTime other) => Key.CompareTo(other.Key);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        JalaliDateTime other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a JalaliDateTime.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>Whether both show the same local date and time.</returns>
    public static bool operator ==(JalaliDateTime left, JalaliDateTime right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(JalaliDateTime left, JalaliDateTime right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>Whether <paramref name="left"/> is earlier.</returns>
    public static bool operator <(JalaliDateTime left, JalaliDateTime right) => left.Key < right.Key;

    /// <summary>Ordering.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>Whether <paramref name="left"/> is later.</returns>
    public static bool operator >(JalaliDateTime left, JalaliDateTime right) => left.Key > right.Key;

    /// <summary>Ordering.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>Whether <paramref name="left"/> is the same or earlier.</returns>
    public static bool operator <=(JalaliDateTime left, JalaliDateTime right) => left.Key <= right.Key;

    /// <summary>Ordering.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">A value.</param>
    /// <returns>Whether <paramref name="left"/> is the same or later.</returns>
    public static bool operator >=(JalaliDateTime left, JalaliDateTime right) => left.Key >= right.Key;
}
