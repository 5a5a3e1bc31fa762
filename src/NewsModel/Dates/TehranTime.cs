namespace NewsModel.Dates;

/// <summary>
/// Iran's clock (Asia/Tehran) from rules carried in the library: +03:30, and +04:30 in the daylight-time periods up
/// to September 2022 (none from 2023 on). Gives the same answers on every machine, with or without a tz database.
/// </summary>
public static class TehranTime
{
    /// <summary>The instant a Tehran wall-clock time names, with the offset in force then.</summary>
    /// <param name="local">A Tehran local time; its <see cref="DateTime.Kind"/> is ignored.</param>
    /// <returns>The instant, e.g. 2019-05-02 16:12 → 2019-05-02T16:12:00+04:30.</returns>
    /// <remarks>
    /// A local time that occurs twice (the last hour of a daylight period, 23:00–23:59 when clocks go back) resolves to
    /// the earlier occurrence, at +04:30. A local time that never occurs (00:00–00:59 when clocks go forward) is read
    /// with the offset before the gap, so it lands after the gap by the same amount: 00:20 → 01:20+04:30.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="local"/> is within two days of
    /// <see cref="DateTime.MinValue"/> or <see cref="DateTime.MaxValue"/>, where the instant cannot be represented.</exception>
    public static DateTimeOffset ToInstant(DateTime local) => DateZone.Tehran.ToInstant(local);

    /// <summary>The instant a Jalali local date-time names in Tehran (see <see cref="ToInstant(DateTime)"/> for transitions).</summary>
    /// <param name="local">A Jalali local date-time.</param>
    /// <returns>The instant with the Tehran offset in force then.</returns>
    public static DateTimeOffset ToInstant(JalaliDateTime local) => ToInstant(local.ToDateTime());

    /// <summary>The Tehran offset in force at a UTC instant.</summary>
    /// <param name="utc">A UTC time; a <see cref="DateTimeKind.Local"/> value is converted to UTC first, an unspecified one is taken as UTC.</param>
    /// <returns>+03:30 or +04:30 (+04:00/+05:00 in 1977–1978).</returns>
    public static TimeSpan GetUtcOffset(DateTime utc)
    {
        if (utc.Kind == DateTimeKind.Local)
        {
            utc = utc.ToUniversalTime();
        }

        return DateZone.Tehran.GetUtcOffset(utc);
    }

    /// <summary>The same instant shown on Tehran's clock (the offset in force then).</summary>
    /// <param name="instant">Any instant.</param>
    /// <returns>The instant with the Tehran offset, e.g. 2019-05-02T11:42Z → 2019-05-02T16:12+04:30.</returns>
    public static DateTimeOffset ToTehran(DateTimeOffset instant) => DateZone.Tehran.ToZone(instant);
}
