using System.Globalization;
using NewsModel.Persian;

namespace NewsModel.Dates;

/// <summary>Why an attempt failed, kept as data so find mode can discard failures without building messages.</summary>
internal enum FailReason : byte
{
    None,
    Empty,
    Unrecognized,
    MissingYear,
    DanglingSeparator,
    AmbiguousNumeric,
    YearGluedToTime,
    InvalidTime,
    MissingReferenceTime,
    TrailingText,
    MissingDateAfterTime,
    RelativeOutOfRange,
    Jalali,
    GregorianYear,
    GregorianDay,
    HijriYear,
    HijriDay,
    Weekday,
}

/// <summary>A failed attempt: kind, position and the numbers its message needs.</summary>
internal struct DateFailure
{
    public DateParseErrorKind Kind;
    public int Position;
    public FailReason Reason;
    public int A;
    public int B;
    public int C;
    public int D;

    /// <summary>For a weekday mismatch, the end of the date it belongs to, so find mode skips the whole date.</summary>
    public int Extent;

    public static DateFailure Of(DateParseErrorKind kind, int position, FailReason reason, int a = 0, int b = 0, int c = 0, int d = 0) =>
        new() { Kind = kind, Position = position, Reason = reason, A = a, B = b, C = c, D = d };

    public readonly DateParseError ToError() => new(Kind, Position, Reason switch
    {
        FailReason.Empty => DateErrorMessages.Empty,
        FailReason.MissingYear => DateErrorMessages.MissingYear,
        FailReason.DanglingSeparator => DateErrorMessages.DanglingSeparator,
        FailReason.AmbiguousNumeric => DateErrorMessages.Numeric(A, B, C),
        FailReason.YearGluedToTime => DateErrorMessages.YearGluedToTime(A, B, C),
        FailReason.InvalidTime => DateErrorMessages.InvalidTime,
        FailReason.MissingReferenceTime => DateErrorMessages.MissingReferenceTime,
        FailReason.TrailingText => DateErrorMessages.TrailingText,
        FailReason.MissingDateAfterTime => DateErrorMessages.MissingDateAfterTime,
        FailReason.RelativeOutOfRange => DateErrorMessages.RelativeOutOfRange,
        FailReason.Jalali => JalaliCalendarData.Describe((JalaliDateError)D, A, B, C),
        FailReason.GregorianYear => DateErrorMessages.GregorianYear(A),
        FailReason.GregorianDay => DateErrorMessages.GregorianDay(A, B, C),
        FailReason.HijriYear => DateErrorMessages.HijriYear(A),
        FailReason.HijriDay => DateErrorMessages.HijriDay(A, B, C, D),
        FailReason.Weekday => DateErrorMessages.WeekdayMismatch((DayOfWeek)A, (DayOfWeek)B),
        _ => DateErrorMessages.Unrecognized,
    });
}

/// <summary>
/// The date grammar, on spans, allocation-free: <c>[time sep] [weekday [,]] date [sep [ساعت] time [ق.ظ|ب.ظ] [offset]]</c>
/// where a date is <c>day month-name year</c>, <c>month-name day[,] year</c> or numeric (<c>y/m/d</c>, <c>d/m/y</c>,
/// <c>yy/mm/dd</c>), plus relative forms. One attempt starts at one index; <see cref="NewsDateParser"/> decides where.
/// </summary>
internal static class DateEngine
{
    private static readonly UmAlQuraCalendar HijriCalendar = new();

    internal enum Outcome
    {
        NoMatch,
        Error,
        Match,
    }

    private enum Family : byte
    {
        Jalali,
        Dari,
        Gregorian,
        Hijri,
    }

    private struct Clock
    {
        public int Hour;
        public int Minute;
        public int Second;
        public bool HasOffset;
        public TimeSpan Offset;

        /// <summary>A zone the text named after the time whose offset depends on the day («به وقت تهران», "ET").</summary>
        public DateZone? Zone;

        /// <summary>Whether the text said which clock the time is on: an offset or a named zone.</summary>
        public readonly bool IsExplicit => HasOffset || Zone is not null;

        /// <summary>The instant of a local time on this clock: by the text's offset or zone, else in <paramref name="otherwise"/>.</summary>
        public readonly DateTimeOffset At(DateTime local, DateZone otherwise) =>
            HasOffset ? new DateTimeOffset(local, Offset) : (Zone ?? otherwise).ToInstant(local);
    }

    private struct Parts
    {
        public Family Family;
        public int Year;
        public int Month;
        public int Day;
        public int Weekday; // -1 when none
        public int Position;
        public bool YearInferred;
    }

    /// <summary>Skips whitespace (NBSP and narrow spaces included), bidi marks and zero-width characters.</summary>
    internal static int SkipSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && IsIgnorable(s[i]))
        {
            i++;
        }

        return i;
    }

    internal static bool IsIgnorable(char c) =>
        char.IsWhiteSpace(c) || c is '\u200E' or '\u200F' or '\u061C' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF'
            or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>Reads digits of any set (bidi marks between digits allowed); returns the end index or -1.</summary>
    private static int ReadNumber(ReadOnlySpan<char> s, int i, out int value, out int digits)
    {
        value = 0;
        digits = 0;
        var end = -1;
        while (i < s.Length)
        {
            if (PersianDigits.TryGetValue(s[i], out var d))
            {
                if (digits < 9)
                {
                    value = value * 10 + d;
                }

                digits++;
                i++;
                end = i;
            }
            else if (digits > 0 && s[i] is '\u200E' or '\u200F' or '\u061C' && i + 1 < s.Length && PersianDigits.IsDigit(s[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static bool Word(ReadOnlySpan<char> s, int i, out DateWord word, out int end) => DateWords.TryMatch(s, i, out word, out end);

    /// <summary>Skips what sits between a date and its time: spaces and «-», «/», «،», «,», «|», «در», ISO «T».</summary>
    private static int SkipSeparators(ReadOnlySpan<char> s, int i)
    {
        while (true)
        {
            i = SkipSpace(s, i);
            if (i >= s.Length)
            {
                return i;
            }

            var c = s[i];
            if (c is '-' or '\u2013' or '\u2014' or '/' or '\u060C' or ',' or '|' or '\u0640' or '\u2022' or '\u00B7' or '@' or '\u061B' or ';')
            {
                i++;
            }
            else if (c == 'T' && i > 0 && PersianDigits.IsDigit(s[i - 1]) && i + 1 < s.Length && PersianDigits.IsDigit(s[i + 1]))
            {
                i++;
            }
            else if (Word(s, i, out var w, out var e) && w.Kind == WordKind.Connector)
            {
                i = e;
            }
            else
            {
                return i;
            }
        }
    }

    /// <summary>
    /// A clock time that is the whole text, spaces aside («۱۴:۳۰», "10:05 PM", «ساعت ۸ شب», "09:15 GMT"): its time of
    /// day and the offset or zone the text named, if any. A list's item that prints only this is dated by the fetch time.
    /// </summary>
    internal static bool TryTimeOnly(ReadOnlySpan<char> s, out TimeOnly time, out TimeSpan? offset, out DateZone? zone)
    {
        time = default;
        offset = null;
        zone = null;
        if (TryTime(s, SkipSpace(s, 0), out var clock, out var end, out _) != Outcome.Match || SkipSpace(s, end) != s.Length)
        {
            return false;
        }

        time = new TimeOnly(clock.Hour, clock.Minute, clock.Second);
        offset = clock.HasOffset ? clock.Offset : null;
        zone = clock.Zone;
        return true;
    }

    /// <summary>One attempt to read a date starting exactly at <paramref name="start"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="start">Where the attempt starts.</param>
    /// <param name="o">The options.</param>
    /// <param name="inRunningText">Find mode: a bare «امروز» or «دیروز» (no clock time) is prose there («از امروز»), not a date.</param>
    /// <param name="match">The date.</param>
    /// <param name="failure">Why it failed.</param>
    internal static Outcome TryMatch(ReadOnlySpan<char> s, int start, DateParseOptions o, bool inRunningText, out DateMatch match, out DateFailure failure)
    {
        match = default;
        failure = default;
        var outcome = TryRelative(s, start, o, inRunningText, out match, out failure);
        if (outcome != Outcome.NoMatch)
        {
            return outcome;
        }

        Clock clock;
        bool hasTime;
        Parts parts;
        int end;
        outcome = TryTime(s, start, out clock, out var timeEnd, out failure);
        if (outcome == Outcome.Error)
        {
            return outcome;
        }

        if (outcome == Outcome.Match)
        {
            var q = SkipSeparators(s, timeEnd);
            outcome = TryDate(s, q, o, out parts, out end, out failure);
            if (outcome == Outcome.NoMatch)
            {
                failure = DateFailure.Of(DateParseErrorKind.Incomplete, q, FailReason.MissingDateAfterTime);
                return Outcome.Error;
            }

            if (outcome == Outcome.Error)
            {
                return outcome;
            }

            hasTime = true;
        }
        else
        {
            outcome = TryDate(s, start, o, out parts, out var dateEnd, out failure);
            if (outcome != Outcome.Match)
            {
                return outcome;
            }

            end = dateEnd;
            var q = SkipSeparators(s, dateEnd);
            outcome = TryTime(s, q, out clock, out timeEnd, out failure);
            if (outcome == Outcome.Error)
            {
                if (!inRunningText)
                {
                    return outcome;
                }

                // In running text an impossible "time" after a date (a score, a reversed «۲۸ : ۱۹») is not the
                // date's time: keep the date alone.
                outcome = Outcome.NoMatch;
                failure = default;
            }

            hasTime = outcome == Outcome.Match;
            if (hasTime)
            {
                end = timeEnd;
            }
        }

        if (parts.YearInferred)
        {
            // In running text a bare «۱۹ اردیبهشت» is too often prose; a weekday or a clock time makes it a date.
            if (inRunningText && !hasTime && parts.Weekday < 0)
            {
                return Outcome.NoMatch;
            }

            if (!InferYear(ref parts, o, start, out failure))
            {
                return Outcome.Error;
            }
        }

        return Build(parts, clock, hasTime, start, end, o, out match, out failure);
    }

    /// <summary>
    /// The year of a date printed without one: the latest year that does not put it more than a day after
    /// <see cref="DateParseOptions.Now"/> (in the date's zone), so «۲۹ اسفند» read on 2 Farvardin is last year's.
    /// </summary>
    private static bool InferYear(ref Parts parts, DateParseOptions o, int start, out DateFailure failure)
    {
        failure = default;
        var now = o.Now!.Value;
        if (!InRange(now))
        {
            failure = DateFailure.Of(DateParseErrorKind.YearOutOfRange, start, FailReason.RelativeOutOfRange);
            return false;
        }

        var today = DateOnly.FromDateTime(ZoneFor(o, parts.Family == Family.Dari).ToZone(now).DateTime);
        var limit = today.DayNumber + 1;
        if (parts.Family == Family.Gregorian)
        {
            // Next year's date can be at most tomorrow (31 Dec read on 30 Dec is this year's; 1 Jan is next year's).
            var gy = today.Year + 1;
            while (gy > today.Year - 2 && !(parts.Month is >= 1 and <= 12 && parts.Day >= 1 && parts.Day <= DateTime.DaysInMonth(gy, parts.Month)
                && new DateOnly(gy, parts.Month, parts.Day).DayNumber <= limit))
            {
                gy--;
            }

            parts.Year = gy;
            return true;
        }

        // The latest year (next, this, last…) that puts the date no later than tomorrow; 30 Esfand may go back to the
        // last leap year. If no year fits (an impossible day), this year is kept and validation reports it.
        var thisYear = JalaliDate.FromDateOnly(today).Year;
        var jy = thisYear;
        for (var y = Math.Min(thisYear + 1, JalaliCalendarData.MaxYear); y >= Math.Max(thisYear - 4, JalaliCalendarData.MinYear); y--)
        {
            if (JalaliDate.TryCreate(y, parts.Month, parts.Day, out var candidate) && candidate.DayNumber <= limit)
            {
                jy = y;
                break;
            }
        }

        parts.Year = jy;
        return true;
    }

    private static Outcome Build(in Parts p, in Clock clock, bool hasTime, int start, int end, DateParseOptions o, out DateMatch match, out DateFailure failure)
    {
        match = default;
        failure = default;
        DateOnly date;
        DateCalendar calendar;
        switch (p.Family)
        {
            case Family.Jalali or Family.Dari:
                var error = JalaliCalendarData.Validate(p.Year, p.Month, p.Day);
                if (error != JalaliDateError.None)
                {
                    failure = DateFailure.Of(
                        error == JalaliDateError.YearOutOfRange ? DateParseErrorKind.YearOutOfRange : DateParseErrorKind.InvalidDate,
                        p.Position, FailReason.Jalali, p.Year, p.Month, p.Day, (int)error);
                    return Outcome.Error;
                }

                date = DateOnly.FromDayNumber(JalaliCalendarData.ToDayNumber(p.Year, p.Month, p.Day));
                calendar = DateCalendar.Jalali;
                break;
            case Family.Gregorian:
                if (p.Year is < 1700 or > 2300)
                {
                    failure = DateFailure.Of(DateParseErrorKind.YearOutOfRange, p.Position, FailReason.GregorianYear, p.Year);
                    return Outcome.Error;
                }

                if (p.Month is < 1 or > 12 || p.Day < 1 || p.Day > DateTime.DaysInMonth(p.Year, p.Month))
                {
                    failure = DateFailure.Of(DateParseErrorKind.InvalidDate, p.Position, FailReason.GregorianDay, p.Year, p.Month, p.Day);
                    return Outcome.Error;
                }

                date = new DateOnly(p.Year, p.Month, p.Day);
                calendar = DateCalendar.Gregorian;
                break;
            default:
                if (p.Month is < 1 or > 12)
                {
                    failure = DateFailure.Of(DateParseErrorKind.InvalidDate, p.Position, FailReason.GregorianDay, p.Year, p.Month, p.Day);
                    return Outcome.Error;
                }

                if (p.Year is < 1318 or > 1500)
                {
                    failure = DateFailure.Of(DateParseErrorKind.YearOutOfRange, p.Position, FailReason.HijriYear, p.Year);
                    return Outcome.Error;
                }

                var days = HijriCalendar.GetDaysInMonth(p.Year, p.Month);
                if (p.Day < 1 || p.Day > days)
                {
                    failure = DateFailure.Of(DateParseErrorKind.InvalidDate, p.Position, FailReason.HijriDay, p.Year, p.Month, p.Day, days);
                    return Outcome.Error;
                }

                date = DateOnly.FromDateTime(HijriCalendar.ToDateTime(p.Year, p.Month, p.Day, 0, 0, 0, 0));
                calendar = DateCalendar.Hijri;
                break;
        }

        if (p.Weekday >= 0 && o.CheckWeekday && (int)date.DayOfWeek != p.Weekday)
        {
            failure = DateFailure.Of(DateParseErrorKind.WeekdayMismatch, start, FailReason.Weekday, p.Weekday, (int)date.DayOfWeek);
            failure.Extent = end;
            return Outcome.Error;
        }

        var local = hasTime ? date.ToDateTime(new TimeOnly(clock.Hour, clock.Minute, clock.Second)) : date.ToDateTime(TimeOnly.MinValue);
        DateTimeOffset? instant = null;
        if (hasTime)
        {
            instant = clock.At(local, ZoneFor(o, p.Family == Family.Dari));
        }

        match = new DateMatch(calendar, local, hasTime, ToJalali(local), instant, start, end - start) { IsYearInferred = p.YearInferred, HasOffset = hasTime && clock.IsExplicit, IsAfghan = p.Family == Family.Dari };
        return Outcome.Match;
    }

    private static DateZone ZoneFor(DateParseOptions o, bool dari) =>
        o.Zone is { } zone ? DateZone.From(zone) : dari ? DateZone.Kabul : DateZone.Tehran;

    private static JalaliDateTime? ToJalali(DateTime local) =>
        JalaliDate.TryFromDateOnly(DateOnly.FromDateTime(local), out var d)
            ? new JalaliDateTime(d, local.Hour, local.Minute, local.Second)
            : null;

    /// <summary><c>[ساعت] H:MM[:SS][.fff] [Z|±HH:MM] [ق.ظ|ب.ظ|AM|PM]</c>.</summary>
    private static Outcome TryTime(ReadOnlySpan<char> s, int i, out Clock clock, out int end, out DateFailure failure)
    {
        clock = default;
        failure = default;
        end = i;
        var labelled = false;
        if (Word(s, i, out var label, out var labelEnd) && label.Kind == WordKind.HourLabel)
        {
            labelled = true;
            i = SkipSpace(s, labelEnd);
            if (i < s.Length && s[i] == ':')
            {
                i = SkipSpace(s, i + 1);
            }
        }

        var hEnd = ReadNumber(s, i, out var hour, out var hDigits);
        if (hEnd < 0 || hDigits > 2)
        {
            return Outcome.NoMatch;
        }

        var j = SkipSpace(s, hEnd);
        var minute = 0;
        int mEnd;
        if (j < s.Length && s[j] == ':' && (mEnd = ReadNumber(s, SkipSpace(s, j + 1), out minute, out var mDigits)) > 0 && mDigits == 2)
        {
            end = mEnd;
        }
        else if (labelled)
        {
            // «ساعت ۱۷», «ساعت: 17»: a whole hour after the label; «ساعت ۱۹ و ۳۰ دقیقه»: the minutes in words.
            minute = 0;
            mEnd = hEnd;
            end = hEnd;
            if (Word(s, j, out var and, out var andEnd) && and.Kind == WordKind.Connector
                && ReadNumber(s, SkipSpace(s, andEnd), out var spelled, out var spelledDigits) is > 0 and var spelledEnd && spelledDigits <= 2 && spelled < 60
                && Word(s, SkipSpace(s, spelledEnd), out var unit, out var unitEnd) && unit is { Kind: WordKind.Unit, Value: (int)RelativeUnit.Minute })
            {
                minute = spelled;
                mEnd = unitEnd;
                end = unitEnd;
            }
        }
        else
        {
            return Outcome.NoMatch;
        }

        var second = 0;
        var k = SkipSpace(s, mEnd);
        if (k < s.Length && s[k] == ':')
        {
            var sEnd = ReadNumber(s, SkipSpace(s, k + 1), out var sec, out var sDigits);
            if (sEnd > 0 && sDigits == 2)
            {
                second = sec;
                end = sEnd;
            }
        }

        // ISO fraction of a second, dropped.
        if (end + 1 < s.Length && s[end] == '.' && PersianDigits.IsDigit(s[end + 1]))
        {
            end = ReadNumber(s, end + 1, out _, out _);
        }

        // ISO offset: Z, ±HH:MM or ±HHMM right after the time; or, after one space, the RFC 1123 and RFC 822 forms of
        // feeds and some JSON-LD: "GMT", "UTC" (either may carry an offset, "GMT+0200"), "+0200", "-04:00".
        if (end < s.Length && s[end] is 'Z' or 'z' && DateWords.IsBoundary(s, end + 1))
        {
            clock.HasOffset = true;
            clock.Offset = TimeSpan.Zero;
            end++;
        }
        else if (end < s.Length && s[end] is '+' or '-' or '\u2212' && TryReadOffset(s, end, out var offset, out var offEnd))
        {
            clock.HasOffset = true;
            clock.Offset = offset;
            end = offEnd;
        }
        else if (TryReadSpacedOffset(s, end, out offset, out offEnd))
        {
            clock.HasOffset = true;
            clock.Offset = offset;
            end = offEnd;
        }

        var a = SkipSpace(s, end);
        var half = 0;
        if (Word(s, a, out var marker, out var markerEnd) && marker.Kind is WordKind.Am or WordKind.Pm)
        {
            half = marker.Kind == WordKind.Am ? 1 : 2;
            end = markerEnd;
        }
        else if (marker.Kind == WordKind.GregorianSuffix && markerEnd == a + 1 && s[a] == '\u0645')
        {
            // «١٠:٣٠ م»: after a time, Arabic's م is مساءً (p.m.), not a year's «میلادی».
            half = 2;
            end = markerEnd;
        }
        else if (marker.Kind == WordKind.ClockSuffix && markerEnd > a)
        {
            end = markerEnd; // «14:30 Uhr»: the word is the time's
        }
        else if (marker.Kind == WordKind.DayPart)
        {
            // «ساعت ۸ شب» is 20:00, «ساعت ۵ عصر» 17:00, «۲ بامداد» 02:00; a 24-hour time keeps its hour («۲۰:۳۰ شب»).
            // «۱۲ شب» is midnight, at the end of the day or the start of the next as the writer meant: no time is read.
            if (marker.Value == DateWords.Night && hour == 12)
            {
                return Outcome.NoMatch;
            }

            hour = DateWords.ApplyDayPart(marker.Value, hour);
            end = markerEnd;
        }

        // The zone named after the time (and after its a.m./p.m. or «Uhr»): "5:01 a.m. ET", «۱۴:۵۲ گرینویچ».
        if (!clock.HasOffset && TryReadZoneName(s, end, ref clock, out var zoneEnd))
        {
            end = zoneEnd;
        }

        if (half != 0)
        {
            if (hour > 12)
            {
                failure = DateFailure.Of(DateParseErrorKind.InvalidTime, i, FailReason.InvalidTime);
                return Outcome.Error;
            }

            hour = half == 1 ? (hour == 12 ? 0 : hour) : (hour == 12 ? 12 : hour + 12);
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            failure = DateFailure.Of(DateParseErrorKind.InvalidTime, i, FailReason.InvalidTime);
            return Outcome.Error;
        }

        clock.Hour = hour;
        clock.Minute = minute;
        clock.Second = second;
        return Outcome.Match;
    }

    /// <summary>An offset <c>±HH:MM</c> or <c>±HHMM</c> at <paramref name="i"/> (the sign).</summary>
    private static bool TryReadOffset(ReadOnlySpan<char> s, int i, out TimeSpan offset, out int end)
    {
        offset = default;
        end = i;
        var sign = s[i] == '+' ? 1 : -1;
        var hEnd = ReadNumber(s, i + 1, out var h, out var hd);
        int m, mEnd;
        if (hEnd > 0 && hd == 4)
        {
            (h, m, mEnd) = (h / 100, h % 100, hEnd);
        }
        else if (hEnd < 0 || hd != 2 || hEnd >= s.Length || s[hEnd] != ':')
        {
            return false;
        }
        else
        {
            mEnd = ReadNumber(s, hEnd + 1, out m, out var md);
            if (mEnd < 0 || md != 2)
            {
                return false;
            }
        }

        if (h * 60 + m > 14 * 60 || m > 59)
        {
            return false;
        }

        offset = new TimeSpan(sign * h, sign * m, 0);
        end = mEnd;
        return true;
    }

    /// <summary>
    /// After one space: "GMT" or "UTC" (a word of its own, optionally followed by an offset) or an ASCII offset
    /// "+0200", "-04:00" that ends the date (not "-1402/12/17", a date after a time).
    /// </summary>
    private static bool TryReadSpacedOffset(ReadOnlySpan<char> s, int end, out TimeSpan offset, out int offEnd)
    {
        offset = default;
        offEnd = end;
        var j = end + 1;
        if (j >= s.Length || s[end] != ' ')
        {
            return false;
        }

        var rest = s[j..];
        if ((rest.StartsWith("GMT", StringComparison.Ordinal) || rest.StartsWith("UTC", StringComparison.Ordinal)) &&
            (j + 3 == s.Length || !char.IsAsciiLetter(s[j + 3])))
        {
            offEnd = j + 3;
            if (offEnd < s.Length && s[offEnd] is '+' or '-' && EndsOffset(s, offEnd, out var named, out var namedEnd))
            {
                offset = named;
                offEnd = namedEnd;
            }

            return true;
        }

        if (s[j] is '+' or '-' && EndsOffset(s, j, out offset, out offEnd))
        {
            return true;
        }

        return false;

        static bool EndsOffset(ReadOnlySpan<char> s, int i, out TimeSpan offset, out int end)
        {
            offset = default;
            end = i;
            return i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && TryReadOffset(s, i, out offset, out end) &&
                (end == s.Length || !(char.IsAsciiLetterOrDigit(s[end]) || s[end] is '/' or '-' or '.' or ':'));
        }
    }

    /// <summary>
    /// A zone named after a time, optionally in parentheses: an abbreviation in capitals ("EST", "CEST", "MESZ", "ET";
    /// see <see cref="ZoneAbbreviation"/>) or a word of <see cref="WordKind.ZoneName"/> («گرینویچ», «به وقت تهران»,
    /// «بتوقيت غرينتش»). Sets the clock's offset, or its zone when the offset depends on the day.
    /// </summary>
    private static bool TryReadZoneName(ReadOnlySpan<char> s, int end, ref Clock clock, out int zoneEnd)
    {
        zoneEnd = end;
        var i = SkipSpace(s, end);
        var open = i < s.Length && s[i] == '(';
        if (open)
        {
            i = SkipSpace(s, i + 1);
        }

        if (i >= s.Length)
        {
            return false;
        }

        int nameEnd;
        TimeSpan offset = default;
        DateZone? zone = null;
        if (char.IsAsciiLetterUpper(s[i]))
        {
            nameEnd = i;
            while (nameEnd < s.Length && char.IsAsciiLetterUpper(s[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd < s.Length && char.IsLetter(s[nameEnd]))
            {
                return false;
            }

            switch (ZoneAbbreviation(s[i..nameEnd], out var minutes))
            {
                case 1:
                    offset = TimeSpan.FromMinutes(minutes);
                    break;
                case 2:
                    zone = DateZone.UnitedStates(minutes / 60);
                    break;
                default:
                    return false;
            }
        }
        else if (Word(s, i, out var word, out nameEnd) && word.Kind == WordKind.ZoneName)
        {
            if (word.Value == DateWords.TehranZone)
            {
                zone = DateZone.Tehran;
            }
            else
            {
                offset = TimeSpan.FromMinutes(word.Value);
            }
        }
        else
        {
            return false;
        }

        if (open)
        {
            var close = SkipSpace(s, nameEnd);
            if (close >= s.Length || s[close] != ')')
            {
                return false;
            }

            nameEnd = close + 1;
        }

        if (zone is null)
        {
            clock.HasOffset = true;
            clock.Offset = offset;
        }

        clock.Zone = zone;
        zoneEnd = nameEnd;
        return true;
    }

    /// <summary>
    /// A time-zone abbreviation as English and German pages print it after a time: 1 with its fixed offset in minutes
    /// ("EST" −05:00 whatever the season: the text says which), 2 with the standard offset of a United States zone
    /// whose daylight time follows the day ("ET", "CT", "MT", "PT"), 0 when unknown. "CST" is the United States'
    /// Central time (not China's); "IST" and "AST", each used for several zones, and "ART", a word too, are not read.
    /// </summary>
    private static int ZoneAbbreviation(ReadOnlySpan<char> name, out int minutes)
    {
        minutes = name switch
        {
            "GMT" or "UTC" or "UT" or "WET" or "WEZ" => 0,
            "BST" or "WEST" or "WESZ" or "CET" or "MEZ" => 60,
            "CEST" or "MESZ" or "EET" or "OEZ" => 120,
            "EEST" or "OESZ" or "MSK" => 180,
            "IRST" => 210,
            "IRDT" or "AFT" => 270,
            "PKT" => 300,
            "ICT" or "WIB" => 420,
            "HKT" or "SGT" or "PHT" or "AWST" => 480,
            "JST" or "KST" => 540,
            "ACST" => 570,
            "AEST" => 600,
            "ACDT" => 630,
            "AEDT" => 660,
            "NZST" => 720,
            "NZDT" => 780,
            "BRT" => -180,
            "EDT" => -240,
            "EST" or "CDT" => -300,
            "CST" or "MDT" => -360,
            "MST" or "PDT" => -420,
            "PST" or "AKDT" => -480,
            "AKST" => -540,
            "HST" => -600,
            "ET" => -300,
            "CT" => -360,
            "MT" => -420,
            "PT" => -480,
            _ => int.MaxValue,
        };

        return minutes == int.MaxValue ? 0 : name is "ET" or "CT" or "MT" or "PT" ? 2 : 1;
    }

    /// <summary><c>[weekday [,]] date</c>, where date is named-month or numeric.</summary>
    private static Outcome TryDate(ReadOnlySpan<char> s, int i, DateParseOptions o, out Parts parts, out int end, out DateFailure failure)
    {
        parts = default;
        parts.Weekday = -1;
        failure = default;
        end = i;
        var weekday = -1;

        // «روز یکشنبه ۲۰ اسفند», «روز ۲۰ اسفند» ("on the day …"), as after a time: «ساعت ۱۸:۳۰ روز یکشنبه ۲۰ اسفند ۱۴۰۲».
        if (Word(s, i, out var day, out var dayEnd) && day is { Kind: WordKind.Unit, Value: (int)RelativeUnit.Day, Text: "روز" }
            && SkipSpace(s, dayEnd) is var afterDay && afterDay < s.Length
            && (PersianDigits.IsDigit(s[afterDay]) || (Word(s, afterDay, out var named, out _) && named.Kind == WordKind.Weekday)))
        {
            i = afterDay;
        }

        if (Word(s, i, out var w, out var wEnd) && w.Kind == WordKind.Weekday)
        {
            weekday = w.Value;
            i = SkipSpace(s, wEnd);
            if (i < s.Length && s[i] is ',' or '\u060C' or '-' or '\u2013' or ':' or '/' or '|')
            {
                i = SkipSpace(s, i + 1);
            }
        }

        var outcome = TryNumericOrNamed(s, i, o, out parts, out end, out failure);
        if (outcome == Outcome.NoMatch && weekday >= 0)
        {
            failure = DateFailure.Of(DateParseErrorKind.Incomplete, i, FailReason.Unrecognized);
            return Outcome.Error;
        }

        parts.Weekday = weekday;
        return outcome;
    }

    private static Outcome TryNumericOrNamed(ReadOnlySpan<char> s, int i, DateParseOptions o, out Parts parts, out int end, out DateFailure failure)
    {
        parts = default;
        failure = default;
        end = i;
        parts.Position = i;
        var e1 = ReadNumber(s, i, out var n1, out var d1);
        if (e1 > 0)
        {
            // "29th December 2019", «1er mars 2024»: an English or French ordinal's ending after the day.
            var j = SkipSpace(s, d1 <= 2 && OrdinalEnding(s, e1) is > 0 and var afterEnding ? afterEnding : e1);

            // «20. April 2020», «5. Nov. 2021»: German and Scandinavian pages end the day with a period.
            if (j < s.Length && s[j] == '.' && d1 <= 2 && SkipSpace(s, j + 1) is var afterDot
                && DateWords.TryMatchMonth(s, afterDot, out var dotted, out _) && dotted.Kind == WordKind.GregorianMonth)
            {
                j = afterDot;
            }
            else if (j < s.Length && s[j] is '/' or '-' or '.' or '\u2215')
            {
                return TryNumeric(s, i, n1, d1, j, o, out parts, out end, out failure);
            }

            // «11 de mayo de 2022»: "de" between the day and a Gregorian month.
            if (d1 <= 2 && Word(s, j, out var of, out var ofEnd) && of.Kind == WordKind.Of
                && DateWords.TryMatchMonth(s, SkipSpace(s, ofEnd), out var ofMonth, out _) && ofMonth.Kind == WordKind.GregorianMonth)
            {
                j = SkipSpace(s, ofEnd);
            }

            if (d1 <= 2 && DateWords.TryMatchMonth(s, j, out var month, out _) && IsMonth(month.Kind))
            {
                return TryDayMonthYear(s, j, n1, o, ref parts, out end, out failure);
            }

            return Outcome.NoMatch;
        }

        // «بیست و پنجم آذر ۱۴۰۲», «اول فروردین ۱۴۰۳»: the day as a Persian ordinal, then a month and year as above.
        if (Word(s, i, out var ordinal, out var ordinalEnd) && ordinal.Kind == WordKind.DayOrdinal)
        {
            // «سی و دوم» (no such day) is no «دوم»: an ordinal after «و» ends a larger number.
            var before = i - 1;
            while (before >= 0 && IsIgnorable(s[before]))
            {
                before--;
            }

            if (before >= 0 && s[before] == '\u0648' && (before == 0 || !char.IsLetter(s[before - 1])))
            {
                return Outcome.NoMatch;
            }

            var afterOrdinal = SkipSpace(s, ordinalEnd);
            if (!DateWords.TryMatchMonth(s, afterOrdinal, out var named, out _) || !IsMonth(named.Kind))
            {
                return Outcome.NoMatch;
            }

            return TryDayMonthYear(s, afterOrdinal, ordinal.Value, o, ref parts, out end, out failure);
        }

        // month day[,] year  («March 7, 2024»)
        if (DateWords.TryMatchMonth(s, i, out var m2, out var m2End) && IsMonth(m2.Kind))
        {
            var k = SkipSpace(s, m2End);
            if (k < s.Length && s[k] == '.')
            {
                k = SkipSpace(s, k + 1);
            }

            var dEnd = ReadNumber(s, k, out var day, out var dd);
            if (dEnd < 0 || dd > 2)
            {
                return Outcome.NoMatch;
            }

            // "December 29th 2019", "March 1st, 2024"
            if (OrdinalEnding(s, dEnd) is > 0 and var afterEnding)
            {
                dEnd = afterEnding;
            }

            k = SkipSpace(s, dEnd);
            if (k < s.Length && s[k] is ',' or '\u060C')
            {
                k = SkipSpace(s, k + 1);
            }

            var yEnd = ReadNumber(s, k, out var year, out var yd);
            if (yEnd < 0 || yd != 4)
            {
                return Outcome.NoMatch;
            }

            end = SetDate(s, yEnd, m2, year, day, ref parts);
            return Outcome.Match;
        }

        return Outcome.NoMatch;
    }

    private static Outcome TryNumeric(ReadOnlySpan<char> s, int i, int n1, int d1, int sepAt, DateParseOptions o, out Parts parts, out int end, out DateFailure failure)
    {
        parts = default;
        parts.Position = i;
        failure = default;
        end = i;
        var sep = s[sepAt];
        var e2 = ReadNumber(s, SkipSpace(s, sepAt + 1), out var n2, out var d2);
        if (e2 < 0)
        {
            return Outcome.NoMatch;
        }

        var k = SkipSpace(s, e2);
        if (k >= s.Length || s[k] != sep)
        {
            failure = DateFailure.Of(DateParseErrorKind.Incomplete, k, FailReason.DanglingSeparator);
            return Outcome.Error;
        }

        var e3 = ReadNumber(s, SkipSpace(s, k + 1), out var n3, out var d3);
        if (e3 < 0)
        {
            failure = DateFailure.Of(DateParseErrorKind.Incomplete, k, FailReason.DanglingSeparator);
            return Outcome.Error;
        }

        // «28.09.1912:44»: a two-digit year glued to the hour, not the year 1912.
        if (d3 == 4 && e3 + 1 < s.Length && s[e3] == ':' && PersianDigits.IsDigit(s[e3 + 1]))
        {
            failure = DateFailure.Of(DateParseErrorKind.Unrecognized, i, FailReason.YearGluedToTime, n1, n2, n3);
            return Outcome.Error;
        }

        if (d1 == 4 && d2 <= 2 && d3 <= 2)
        {
            (parts.Year, parts.Month, parts.Day) = (n1, n2, n3);
        }
        else if (d3 == 4 && d1 <= 2 && d2 <= 2)
        {
            (parts.Year, parts.Month, parts.Day) = (n3, n2, n1);
        }
        else if (d1 == 2 && d2 == 2 && d3 == 2 && sep == '/')
        {
            var pivot = o.TwoDigitYearPivot;
            (parts.Year, parts.Month, parts.Day) = (n1 < pivot ? 1400 + n1 : 1300 + n1, n2, n3);
        }
        else if (d1 == 2 && d2 == 2 && d3 == 2 && sep == '.' && char.IsAsciiDigit(s[i]))
        {
            // «31.10.23»: the German day.month.year with a two-digit year, 2000–2069 or 1970–1999.
            (parts.Year, parts.Month, parts.Day) = (n3 < 70 ? 2000 + n3 : 1900 + n3, n2, n1);
        }
        else
        {
            failure = DateFailure.Of(DateParseErrorKind.Unrecognized, i, FailReason.AmbiguousNumeric, n1, n2, n3);
            return Outcome.Error;
        }

        parts.Family = parts.Year is >= 1700 ? Family.Gregorian : Family.Jalali;
        end = ApplySuffix(s, e3, ref parts);
        return Outcome.Match;
    }

    /// <summary>
    /// <c>month[.] [ماه] [,] [سال] year</c> after a day already read: a four-digit year; a two-digit one after a Jalali
    /// or Afghan month that ends the date («۱۷ اسفند ۹۸», «۱۷ اسفند ۹۸ - ۱۴:۳۰»; not «۱۷ اسفند ۹۸ نفر»), read with
    /// <see cref="DateParseOptions.TwoDigitYearPivot"/>; or none, inferred from <see cref="DateParseOptions.Now"/>.
    /// </summary>
    private static Outcome TryDayMonthYear(ReadOnlySpan<char> s, int monthStart, int day, DateParseOptions o, ref Parts parts, out int end, out DateFailure failure)
    {
        failure = default;
        end = monthStart;
        DateWords.TryMatchMonth(s, monthStart, out var month, out var monthEnd);
        var afterMonth = monthEnd;
        var k = SkipSpace(s, monthEnd);
        if (k < s.Length && s[k] == '.')
        {
            k = SkipSpace(s, k + 1);
        }

        if (Word(s, k, out var mw, out var mwEnd) && mw.Kind == WordKind.MonthWord)
        {
            afterMonth = mwEnd;
            k = SkipSpace(s, mwEnd);
        }

        if (k < s.Length && s[k] is ',' or '\u060C')
        {
            k = SkipSpace(s, k + 1);
        }

        // «۱۷ اسفند سال ۱۴۰۲», «11 de mayo de 2022»
        if (Word(s, k, out var yw, out var ywEnd) && (yw.Kind == WordKind.YearWord || (yw.Kind == WordKind.Of && month.Kind == WordKind.GregorianMonth)))
        {
            k = SkipSpace(s, ywEnd);
        }

        var yEnd = ReadNumber(s, k, out var year, out var yd);
        if (yEnd > 0 && yd == 2 && month.Kind is WordKind.JalaliMonth or WordKind.DariMonth && EndsShortYear(s, yEnd))
        {
            year = year < o.TwoDigitYearPivot ? 1400 + year : 1300 + year;
            yd = 4;
        }

        if (yEnd < 0 || yd != 4)
        {
            if (o.Now is null || month.Kind == WordKind.HijriMonth)
            {
                failure = DateFailure.Of(DateParseErrorKind.Incomplete, k, FailReason.MissingYear);
                return Outcome.Error;
            }

            // «۱۹ اردیبهشت» with a reference instant: the year is inferred (see InferYear).
            parts.Family = FamilyOf(month.Kind);
            parts.Month = month.Value;
            parts.Day = day;
            parts.YearInferred = true;
            end = afterMonth;
            return Outcome.Match;
        }

        end = SetDate(s, yEnd, month, year, day, ref parts);
        return Outcome.Match;
    }

    /// <summary>Sets a date read with a month's name; returns where it ends, after the calendar's suffix if one follows the year.</summary>
    private static int SetDate(ReadOnlySpan<char> s, int yearEnd, in DateWord month, int year, int day, ref Parts parts)
    {
        parts.Family = FamilyOf(month.Kind);
        parts.Year = year;
        parts.Month = month.Value;
        parts.Day = day;
        return ApplySuffix(s, yearEnd, ref parts);
    }

    /// <summary>The index after an ordinal's ending right after a day's digits ("1st", "2nd", "3rd", "29th", «1er»), or -1.</summary>
    private static int OrdinalEnding(ReadOnlySpan<char> s, int digitsEnd)
    {
        if (digitsEnd + 2 > s.Length || (digitsEnd + 2 < s.Length && char.IsLetter(s[digitsEnd + 2])))
        {
            return -1;
        }

        var ending = s.Slice(digitsEnd, 2);
        return ending.Equals("st", StringComparison.OrdinalIgnoreCase) || ending.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || ending.Equals("rd", StringComparison.OrdinalIgnoreCase) || ending.Equals("th", StringComparison.OrdinalIgnoreCase)
            || ending.Equals("er", StringComparison.OrdinalIgnoreCase)
            ? digitsEnd + 2
            : -1;
    }

    /// <summary>Whether a two-digit year ends its date: the text ends, or punctuation, an hour's label or a clock time follows, not a word, a number or «٪».</summary>
    private static bool EndsShortYear(ReadOnlySpan<char> s, int yearEnd)
    {
        var j = SkipSpace(s, yearEnd);
        if (j >= s.Length)
        {
            return true;
        }

        if (char.IsLetter(s[j]))
        {
            return Word(s, j, out var w, out _) && w.Kind is WordKind.HourLabel or WordKind.JalaliSuffix;
        }

        if (PersianDigits.IsDigit(s[j]))
        {
            return TryTime(s, j, out _, out _, out _) == Outcome.Match;
        }

        // Not a percentage («۹۸٪») or a number going on («۹۸/۵», «۹۸.۵»).
        return s[j] is not ('%' or '\u066A') && !(s[j] is '/' or '.' or ':' or ',' && j + 1 < s.Length && PersianDigits.IsDigit(s[j + 1]));
    }

    /// <summary>Consumes an optional calendar suffix after the year («ه.ش», «میلادی», «ه.ق»); it decides the calendar of numeric dates.</summary>
    private static int ApplySuffix(ReadOnlySpan<char> s, int yearEnd, ref Parts parts)
    {
        var k = SkipSpace(s, yearEnd);
        if (!Word(s, k, out var w, out var e))
        {
            return yearEnd;
        }

        switch (w.Kind)
        {
            case WordKind.JalaliSuffix:
                if (parts.Family is Family.Gregorian or Family.Hijri && parts.Year < 1700)
                {
                    parts.Family = Family.Jalali;
                }

                return e;
            case WordKind.GregorianSuffix:
                return e;
            case WordKind.HijriSuffix:
                if (parts.Family == Family.Jalali)
                {
                    parts.Family = Family.Hijri;
                }

                return e;
            default:
                return yearEnd;
        }
    }

    private static bool IsMonth(WordKind kind) => kind <= WordKind.HijriMonth;

    private static Family FamilyOf(WordKind kind) => kind switch
    {
        WordKind.JalaliMonth => Family.Jalali,
        WordKind.DariMonth => Family.Dari,
        WordKind.GregorianMonth => Family.Gregorian,
        _ => Family.Hijri,
    };

    /// <summary>
    /// Relative forms: «۲ ساعت پیش», «یک روز قبل», «نیم ساعت پیش», «دقایقی پیش», «دیروز [ساعت ۱۰:۲۰]», «امروز ساعت ۱۰:۲۰»,
    /// and the same in the Latin-script languages: "3 hours ago", "an hour ago", «vor 3 Stunden», «hace una hora»,
    /// «il y a 2 jours», «3 ore fa», "yesterday at 10:20", «gestern, 10:20».
    /// </summary>
    private static Outcome TryRelative(ReadOnlySpan<char> s, int i, DateParseOptions o, bool inRunningText, out DateMatch match, out DateFailure failure)
    {
        match = default;
        failure = default;
        int amount;
        RelativeUnit unit;
        int end;
        var numEnd = ReadNumber(s, i, out var n, out var nd);
        DateWord w;
        int wEnd;
        if (numEnd > 0)
        {
            if (nd > 4 || !TryUnitAgo(s, SkipSpace(s, numEnd), out unit, out end))
            {
                return Outcome.NoMatch;
            }

            amount = n;
        }
        else if (!Word(s, i, out w, out wEnd))
        {
            return Outcome.NoMatch;
        }
        else if (w.Kind == WordKind.AgoBefore || IsArabicQabl(w))
        {
            // «vor 3 Stunden», «hace una hora», «منذ ساعتين», Arabic «قبل 3 ساعات»: the word for "ago" comes first,
            // then the amount and the unit. Persian's «قبل» comes after them («۳ ساعت قبل»); before an amount it is
            // Arabic only with a unit Persian does not spell so («قبل ساعت ۱۰» is "before ten o'clock").
            var qabl = w.Kind == WordKind.Ago;
            var a = SkipSpace(s, wEnd);
            var amountEnd = ReadNumber(s, a, out n, out nd);
            var hasWord = Word(s, a, out var next, out var nextEnd);
            if (amountEnd > 0 && nd <= 4)
            {
                amount = n;
            }
            else if (amountEnd < 0 && hasWord && next.Kind == WordKind.Count && !qabl)
            {
                amount = next.Value;
                amountEnd = nextEnd;
            }
            else if (amountEnd < 0 && hasWord && (next.Kind == WordKind.DualUnit || (next.Kind == WordKind.Unit && (w.Value == 1 || qabl))))
            {
                // «منذ ساعتين», «منذ ساعة»: the unit carries its amount.
                amount = next.Kind == WordKind.DualUnit ? 2 : 1;
                amountEnd = a;
            }
            else
            {
                return Outcome.NoMatch;
            }

            if (!Word(s, SkipSpace(s, amountEnd), out var u, out end) || u.Kind is not (WordKind.Unit or WordKind.DualUnit)
                || (qabl && IsPersianUnit(u, bare: amountEnd == a)))
            {
                return Outcome.NoMatch;
            }

            unit = (RelativeUnit)u.Value;
            if (end < s.Length && s[end] == '.')
            {
                end++; // «vor 2 Std.», «vor 5 Min.»: the abbreviation's point is the date's.
            }
        }
        else if (w.Kind is WordKind.Count or WordKind.Half)
        {
            if (!TryUnitAgo(s, SkipSpace(s, wEnd), out unit, out end) || (w.Kind == WordKind.Half && unit != RelativeUnit.Hour))
            {
                return Outcome.NoMatch;
            }

            (amount, unit) = w.Kind == WordKind.Half ? (30, RelativeUnit.Minute) : (w.Value, unit);
        }
        else if (w.Kind == WordKind.JustNow)
        {
            var a = SkipSpace(s, wEnd);
            if (!Word(s, a, out var ago, out end) || ago.Kind != WordKind.Ago || IsFollowedByAz(s, end))
            {
                return Outcome.NoMatch;
            }

            (amount, unit) = (0, RelativeUnit.Minute);
        }
        else if (w.Kind is WordKind.Today or WordKind.Yesterday or WordKind.DayBeforeYesterday)
        {
            if (inRunningText && TryTime(s, SkipSeparators(s, wEnd), out _, out _, out _) != Outcome.Match)
            {
                return Outcome.NoMatch;
            }

            if (o.Now is not { } now)
            {
                failure = DateFailure.Of(DateParseErrorKind.MissingReferenceTime, i, FailReason.MissingReferenceTime);
                return Outcome.Error;
            }

            if (!InRange(now))
            {
                failure = DateFailure.Of(DateParseErrorKind.YearOutOfRange, i, FailReason.RelativeOutOfRange);
                return Outcome.Error;
            }

            var zone = ZoneFor(o, dari: false);
            var day = DateOnly.FromDateTime(zone.ToZone(now).DateTime);
            if (day.DayNumber - w.Value < JalaliCalendarData.MinDayNumber)
            {
                failure = DateFailure.Of(DateParseErrorKind.YearOutOfRange, i, FailReason.RelativeOutOfRange);
                return Outcome.Error;
            }

            day = day.AddDays(-w.Value);
            end = wEnd;
            var outcome = TryTime(s, SkipSeparators(s, wEnd), out var clock, out var timeEnd, out failure);
            if (outcome == Outcome.Error)
            {
                return outcome;
            }

            var hasTime = outcome == Outcome.Match;
            var local = hasTime ? day.ToDateTime(new TimeOnly(clock.Hour, clock.Minute, clock.Second)) : day.ToDateTime(TimeOnly.MinValue);
            DateTimeOffset? instant = null;
            if (hasTime)
            {
                end = timeEnd;
                instant = clock.At(local, zone);
            }

            match = new DateMatch(CalendarOf(s, i), local, hasTime, ToJalali(local), instant, i, end - i) { IsRelative = true, HasOffset = hasTime && clock.IsExplicit };
            return Outcome.Match;
        }
        else
        {
            return Outcome.NoMatch;
        }

        if (o.Now is not { } reference)
        {
            failure = DateFailure.Of(DateParseErrorKind.MissingReferenceTime, i, FailReason.MissingReferenceTime);
            return Outcome.Error;
        }

        if (!InRange(reference))
        {
            failure = DateFailure.Of(DateParseErrorKind.YearOutOfRange, i, FailReason.RelativeOutOfRange);
            return Outcome.Error;
        }

        var z = ZoneFor(o, dari: false);
        var refLocal = z.ToZone(reference);
        var span = unit switch
        {
            RelativeUnit.Second => TimeSpan.FromSeconds(amount),
            RelativeUnit.Minute => TimeSpan.FromMinutes(amount),
            RelativeUnit.Hour => TimeSpan.FromHours(amount),
            RelativeUnit.Day => TimeSpan.FromDays(amount),
            _ => TimeSpan.FromDays(7 * amount),
        };
        if (refLocal.DateTime.Ticks - span.Ticks < JalaliDate.MinValue.ToDateTime().Ticks)
        {
            failure = DateFailure.Of(DateParseErrorKind.YearOutOfRange, i, FailReason.RelativeOutOfRange);
            return Outcome.Error;
        }

        var calendar = CalendarOf(s, i);
        if (unit is RelativeUnit.Day or RelativeUnit.Week)
        {
            var local = DateOnly.FromDateTime(refLocal.DateTime - span).ToDateTime(TimeOnly.MinValue);
            match = new DateMatch(calendar, local, false, ToJalali(local), null, i, end - i) { IsRelative = true };
        }
        else
        {
            var instant = z.ToZone(reference - span);
            var local = instant.DateTime;
            match = new DateMatch(calendar, local, true, ToJalali(local), instant, i, end - i) { IsRelative = true };
        }

        return Outcome.Match;
    }

    /// <summary>Whether a word is «قبل», which starts an Arabic relative date («قبل ساعتين») as Persian's ends one.</summary>
    private static bool IsArabicQabl(in DateWord w) => w.Kind == WordKind.Ago && w.Text == "قبل";

    /// <summary>
    /// Whether a unit is spelled as Persian spells it, so «قبل» before it is Persian's "before", not Arabic's "ago":
    /// «ساعت», «روز», «هفته» always; «دقیقه» and «ثانیه», which Arabic writes alike (دقيقة, ثانية), only without an
    /// amount («قبل دقیقه‌ای»), since Arabic then says «قبل دقيقة» and Persian never puts a number after «قبل».
    /// </summary>
    private static bool IsPersianUnit(in DateWord unit, bool bare) => unit.Kind == WordKind.Unit && unit.Text switch
    {
        "ساعت" or "روز" or "هفته" => true,
        "دقیقه" or "ثانیه" => bare,
        _ => false,
    };

    /// <summary>
    /// The calendar a relative date is reported in: the page's own, told by the script of its first character
    /// («۲ ساعت پیش», «دیروز»: Jalali; "3 hours ago", «vor 3 Stunden»: Gregorian). An ASCII amount says nothing, so
    /// «3 ساعت پیش» is read by the word after it.
    /// </summary>
    private static DateCalendar CalendarOf(ReadOnlySpan<char> s, int i)
    {
        // Arabic's «منذ …» is Gregorian, as Arabic pages date.
        if (DateWords.TryMatch(s, i, out var first, out _) && (first is { Kind: WordKind.AgoBefore, Value: 1 } || IsArabicQabl(first)))
        {
            return DateCalendar.Gregorian;
        }

        var j = i;
        while (j < s.Length && (PersianDigits.IsDigit(s[j]) || IsIgnorable(s[j])))
        {
            j++;
        }

        return j < s.Length && s[j] < '\u0600' ? DateCalendar.Gregorian : DateCalendar.Jalali;
    }

    /// <summary>Whether a reference instant is inside the Jalali range with a year to spare on each side.</summary>
    private static bool InRange(DateTimeOffset now) => now.UtcDateTime.Year is > 1822 and < 2221;

    private static bool TryUnitAgo(ReadOnlySpan<char> s, int i, out RelativeUnit unit, out int end)
    {
        unit = default;
        end = i;
        if (!Word(s, i, out var u, out var uEnd) || u.Kind is not (WordKind.Unit or WordKind.HourLabel))
        {
            return false;
        }

        // «ساعت» is both the hour label and the unit; the longest-match table returns one of them.
        unit = u.Kind == WordKind.HourLabel ? RelativeUnit.Hour : (RelativeUnit)u.Value;
        if (!Word(s, SkipSpace(s, uEnd), out var ago, out end) || ago.Kind != WordKind.Ago)
        {
            return false;
        }

        // «۲ ساعت پیش از آغاز بازی», «یک روز قبل از انتخابات»: "before X", not "ago".
        return !IsFollowedByAz(s, end);
    }

    private static bool IsFollowedByAz(ReadOnlySpan<char> s, int i)
    {
        i = SkipSpace(s, i);
        return i + 1 < s.Length && DateWords.Fold(s[i]) == '\u0627' && s[i + 1] == '\u0632' && DateWords.IsBoundary(s, i + 2);
    }

    /// <summary>Whether an attempt may start at <paramref name="i"/> in running text: a digit not after a digit, a letter not inside a word.</summary>
    internal static bool IsStart(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        var digit = PersianDigits.IsDigit(c);
        if (!digit && !char.IsLetter(c))
        {
            return false;
        }

        if (i == 0)
        {
            return true;
        }

        var prev = s[i - 1];
        return digit ? !PersianDigits.IsDigit(prev) : !(char.IsLetter(prev) || prev is '\u200C' or '\u200D');
    }

    /// <summary>Cheap pre-test for find mode: a digit, or a letter some known word starts with.</summary>
    internal static bool MayStartDate(ReadOnlySpan<char> s, int i) =>
        PersianDigits.IsDigit(s[i]) || (DateWords.MayStartWord(s, i) && DateWords.TryMatch(s, i, out var w, out _) && CanStart(w));

    /// <summary>Words a date can begin with; «و», «در», «پیش», «ماه» and the like never do, and they are frequent.</summary>
    private static bool CanStart(WordKind kind) => kind switch
    {
        WordKind.JalaliMonth or WordKind.DariMonth or WordKind.GregorianMonth or WordKind.HijriMonth => true,
        WordKind.Weekday or WordKind.HourLabel => true,
        WordKind.Yesterday or WordKind.Today or WordKind.DayBeforeYesterday or WordKind.JustNow or WordKind.Count or WordKind.Half => true,
        WordKind.DayOrdinal => true,
        WordKind.AgoBefore => true,
        _ => false,
    };

    // «قبل» can start an Arabic relative date; other words for "ago" («پیش», "ago") never start one.
    private static bool CanStart(in DateWord word) => CanStart(word.Kind) || IsArabicQabl(word);

    internal static bool IsTokenChar(char c) => PersianDigits.IsDigit(c) || char.IsLetter(c);
}
