namespace NewsModel.Dates;

/// <summary>
/// A time zone the parser resolves local times in: the built-in Tehran rules, Kabul's fixed +04:30, the built-in
/// Central European and Pakistani rules, India's fixed +05:30, the built-in United States rules for a zone a page names ("ET", "PT"), or any
/// <see cref="TimeZoneInfo"/>. A struct so resolving allocates nothing.
/// </summary>
internal readonly struct DateZone
{
    private const long UnixEpochTicks = 621355968000000000L;
    private static readonly TimeSpan KabulOffset = new(4, 30, 0);
    private static readonly TimeSpan IndiaOffset = new(5, 30, 0);

    private readonly TimeZoneInfo? _custom;
    private readonly byte _kind; // 0 Tehran, 1 Kabul, 2 custom, 3 Central European, 4 United States, 5 Pakistan, 6 India
    private readonly short _standardMinutes; // kind 4: the zone's standard offset

    private DateZone(byte kind, TimeZoneInfo? custom, short standardMinutes = 0)
    {
        _kind = kind;
        _custom = custom;
        _standardMinutes = standardMinutes;
    }

    internal static DateZone Tehran => new(0, null);

    internal static DateZone Kabul => new(1, null);

    /// <summary>Central European Time by the EU's rules (<see cref="CentralEuropeanRules"/>).</summary>
    internal static DateZone CentralEurope => new(3, null);

    /// <summary>
    /// A zone of the United States by its standard offset (Eastern −5, Central −6, Mountain −7, Pacific −8 hours), with
    /// daylight time by <see cref="UnitedStatesRules"/>.
    /// </summary>
    internal static DateZone UnitedStates(int standardHours) => new(4, null, (short)(standardHours * 60));

    /// <summary>Pakistan Standard Time (<see cref="PakistanRules"/>).</summary>
    internal static DateZone Pakistan => new(5, null);

    /// <summary>India Standard Time, +05:30 all year since 1945.</summary>
    internal static DateZone India => new(6, null);

    /// <summary>The id of the <see cref="TimeZoneInfo"/> that stands for <see cref="CentralEurope"/> in options.</summary>
    internal const string CentralEuropeId = "NewsModel/CentralEurope";

    /// <summary>
    /// Wraps a caller's zone; zones whose id names Tehran, Kabul, Karachi or Kolkata (IANA or Windows spelling) use the built-in rules,
    /// so the answer is the same on every machine.
    /// </summary>
    internal static DateZone From(TimeZoneInfo zone) => zone.Id switch
    {
        "Asia/Tehran" or "Iran" or "Iran Standard Time" => Tehran,
        "Asia/Kabul" or "Afghanistan Standard Time" => Kabul,
        "Asia/Karachi" or "Pakistan Standard Time" => Pakistan,
        "Asia/Kolkata" or "Asia/Calcutta" or "India Standard Time" => India,
        CentralEuropeId => CentralEurope,
        _ => new DateZone(2, zone),
    };

    // Two days: the offsets a day either side of a local time are looked up, and an offset is at most 14 hours.
    private const long EdgeTicks = 2 * TimeSpan.TicksPerDay;

    /// <summary>Whether a time is within two days of <see cref="DateTime"/>'s ends, where no zone's offset can be applied.</summary>
    internal static bool NearEnds(DateTime time) => time.Ticks < EdgeTicks || time.Ticks > DateTime.MaxValue.Ticks - EdgeTicks;

    /// <summary>The offset in force at a UTC instant.</summary>
    internal TimeSpan GetUtcOffset(DateTime utc) => _kind switch
    {
        0 => TimeSpan.FromMinutes(TehranRules.OffsetMinutesAt((utc.Ticks - UnixEpochTicks) / TimeSpan.TicksPerSecond)),
        1 => KabulOffset,
        3 => CentralEuropeanRules.OffsetAt(utc),
        4 => UnitedStatesRules.OffsetAt(utc, TimeSpan.FromMinutes(_standardMinutes)),
        5 => PakistanRules.OffsetAt(utc),
        6 => IndiaOffset,
        _ => _custom!.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
    };

    /// <summary>An instant shown in this zone.</summary>
    internal DateTimeOffset ToZone(DateTimeOffset instant) => instant.ToOffset(GetUtcOffset(instant.UtcDateTime));

    /// <summary>
    /// The instant a local clock time names. A time that occurs twice (clocks set back) resolves to the earlier of the
    /// two, the one with the larger offset (daylight time); a time that never occurs (clocks set forward) is read with
    /// the offset in force just before the gap, which lands it after the gap by the same distance (00:20 on a Tehran
    /// spring-forward night becomes 01:20+04:30).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="local"/> is within two days of
    /// <see cref="DateTime.MinValue"/> or <see cref="DateTime.MaxValue"/>.</exception>
    internal DateTimeOffset ToInstant(DateTime local)
    {
        if (NearEnds(local))
        {
            throw new ArgumentOutOfRangeException(
                nameof(local), local, "The local time is within two days of DateTime.MinValue or MaxValue, where its instant and the offsets around it cannot be represented.");
        }

        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (_kind == 1)
        {
            return new DateTimeOffset(local, KabulOffset);
        }

        // Transitions are months apart, so the offsets a day before and a day after are the only candidates.
        var before = GetUtcOffset(local.AddDays(-1));
        var after = GetUtcOffset(local.AddDays(1));
        var beforeValid = GetUtcOffset(local - before) == before;
        var afterValid = GetUtcOffset(local - after) == after;
        TimeSpan offset;
        if (beforeValid && afterValid)
        {
            offset = before > after ? before : after;
        }
        else if (beforeValid)
        {
            offset = before;
        }
        else if (afterValid)
        {
            offset = after;
        }
        else
        {
            // Skipped: read with the earlier offset and show the instant in the offset then in force.
            var utc = local - before;
            return new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(GetUtcOffset(utc));
        }

        return new DateTimeOffset(local, offset);
    }
}
