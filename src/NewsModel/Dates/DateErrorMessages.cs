namespace NewsModel.Dates;

/// <summary>Every date-parsing error message, in one place. Tests assert on <see cref="DateParseErrorKind"/>, not on these texts.</summary>
internal static class DateErrorMessages
{
    internal const string Empty = "The text is empty (only whitespace or bidi marks).";
    internal const string Unrecognized = "No date starts here: expected a day, a year, a month or weekday name, a time, or a relative form such as «۲ ساعت پیش».";
    internal const string MissingYear = "A day and month were found but no year follows.";
    internal const string DanglingSeparator = "A numeric date needs three parts with the same separator, such as 1402/12/17.";
    internal const string AmbiguousNumeric = "A numeric date needs a four-digit year first (1402/12/17) or last (17/12/1402), or three two-digit parts (02/12/17).";
    internal const string InvalidTime = "The clock time is impossible (hours 0–23, or 1–12 with ق.ظ/ب.ظ; minutes and seconds 0–59).";
    internal const string MissingReferenceTime = "A relative date («ساعت پیش», «دیروز») needs DateParseOptions.Now; the machine clock is never read.";
    internal const string TrailingText = "A date was read, but more text follows it.";
    internal const string MissingDateAfterTime = "A clock time was found but no date follows it.";
    internal const string RelativeOutOfRange = "The relative date falls outside the supported range.";

    internal static string WeekdayMismatch(DayOfWeek stated, DayOfWeek actual) =>
        $"The text names {stated}, but the date is a {actual}.";

    internal static string GregorianYear(int year) => $"Gregorian year {year} is outside the supported range 1821–2222.";

    internal static string GregorianDay(int year, int month, int day) =>
        month is < 1 or > 12
            ? $"Month {month} does not exist (months are 1–12)."
            : $"{new DateTime(2000, month, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture)} {year} has {DateTime.DaysInMonth(year, month)} days, so day {day} does not exist.";

    internal static string HijriYear(int year) => $"Hijri year {year} is outside the supported range 1318–1500.";

    internal static string HijriDay(int year, int month, int day, int days) =>
        $"Hijri month {month} of {year} has {days} days, so day {day} does not exist.";

    internal static string YearGluedToTime(int first, int second, int third) =>
        $"{first}.{second}.{third} runs into a clock time («:»): a two-digit year glued to the hour («28.09.19» + «12:44») is not read as the year {third}.";

    internal static string Numeric(int first, int second, int third) =>
        $"{first}/{second}/{third} is not a date: {AmbiguousNumeric}";
}
