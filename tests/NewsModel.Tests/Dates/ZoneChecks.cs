namespace NewsModel.Tests.Dates;

/// <summary>Compares a zone's rules carried in the library with the machine's tz data, hour by hour.</summary>
internal static class ZoneChecks
{
    /// <summary>The machine's zone by its IANA or its Windows id; null where the machine has no tz data for it.</summary>
    public static TimeZoneInfo? Machine(string iana, string windows) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(iana, out var tz) ? tz
        : TimeZoneInfo.TryFindSystemTimeZoneById(windows, out tz) ? tz
        : null;

    /// <summary>
    /// Every hour (UTC) from 1 January of <paramref name="fromYear"/> to the end of <paramref name="toYear"/> where the
    /// library's offset differs from the machine's (when the machine has the zone) or is neither of the zone's two
    /// offsets; <paramref name="hours"/> counts the hours checked.
    /// </summary>
    public static List<string> HourlyMismatches(Func<DateTime, TimeSpan> ours, TimeZoneInfo? machine, int fromYear, int toYear, TimeSpan standard, TimeSpan summer, out int hours)
    {
        var mismatches = new List<string>();
        hours = 0;
        for (var t = new DateTime(fromYear, 1, 1, 0, 0, 0, DateTimeKind.Utc); t.Year <= toYear; t = t.AddHours(1))
        {
            var offset = ours(t);
            if (machine is not null && offset != machine.GetUtcOffset(t))
            {
                mismatches.Add($"{t:O}: ours {offset}, machine {machine.GetUtcOffset(t)}");
            }

            if (offset != standard && offset != summer)
            {
                mismatches.Add($"{t:O}: unexpected offset {offset}");
            }

            hours++;
        }

        return mismatches;
    }
}
