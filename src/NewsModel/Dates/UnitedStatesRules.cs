namespace NewsModel.Dates;

/// <summary>
/// Daylight saving time in the United States, carried in the library like <see cref="TehranRules"/> so that a time
/// printed as "5:01 a.m. ET" gets the same offset on every machine: one hour ahead of standard time from 02:00
/// standard time on the second Sunday of March to 02:00 daylight time on the first Sunday of November (since 2007);
/// the first Sunday of April to the last Sunday of October from 1987 to 2006; the last Sunday of April to the last
/// Sunday of October from 1967 to 1986, with 1974's and 1975's early starts (6 January, 23 February). Before 1967
/// standard time all year.
/// </summary>
internal static class UnitedStatesRules
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>The offset in force at a UTC instant in the zone of the given standard offset (Eastern −05:00, …).</summary>
    internal static TimeSpan OffsetAt(DateTime utc, TimeSpan standard)
    {
        var year = utc.Year;
        if (year < 1967)
        {
            return standard;
        }

        var (start, end) = year switch
        {
            >= 2007 => (NthSunday(year, 3, 2), NthSunday(year, 11, 1)),
            >= 1987 => (NthSunday(year, 4, 1), LastSunday(year, 10)),
            1974 => (new DateTime(1974, 1, 6), LastSunday(year, 10)),
            1975 => (new DateTime(1975, 2, 23), LastSunday(year, 10)),
            _ => (LastSunday(year, 4), LastSunday(year, 10)),
        };

        // Both changes happen at 02:00 on the local clock: standard time in spring, daylight time in autumn.
        var startUtc = start.AddHours(2) - standard;
        var endUtc = end.AddHours(2) - (standard + Hour);
        return utc >= startUtc && utc < endUtc ? standard + Hour : standard;
    }

    private static DateTime NthSunday(int year, int month, int n)
    {
        var first = new DateTime(year, month, 1);
        return first.AddDays(((7 - (int)first.DayOfWeek) % 7) + (7 * (n - 1)));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
