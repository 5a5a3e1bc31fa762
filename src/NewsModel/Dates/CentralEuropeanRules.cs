namespace NewsModel.Dates;

/// <summary>
/// Central European Time as the EU's rules give it, carried in the library like <see cref="TehranRules"/> so answers do
/// not depend on the machine's tz data: +01:00, and +02:00 from 01:00 UTC on the last Sunday of March to 01:00 UTC on
/// the last Sunday of October (since 1996; from 1981 to 1995 summer time ended on the last Sunday of September).
/// Before 1981 it is +01:00 all year: the summer times some countries kept before (Germany's of 1980, Italy's of the
/// 1970s) are not carried.
/// </summary>
internal static class CentralEuropeanRules
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    /// <summary>The offset in force at a UTC instant.</summary>
    internal static TimeSpan OffsetAt(DateTime utc)
    {
        var year = utc.Year;
        if (year < 1981)
        {
            return Winter;
        }

        var start = LastSunday(year, 3).AddHours(1);
        var end = LastSunday(year, year >= 1996 ? 10 : 9).AddHours(1);
        return utc >= start && utc < end ? Summer : Winter;
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
