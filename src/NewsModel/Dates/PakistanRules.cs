namespace NewsModel.Dates;

/// <summary>
/// Pakistan Standard Time, carried in the library like <see cref="TehranRules"/>: +05:00, and +06:00 in the three
/// summers Pakistan kept daylight time (7 April to 6 October 2002, 1 June to 1 November 2008, 15 April to 1 November
/// 2009; each change at local midnight).
/// </summary>
internal static class PakistanRules
{
    private static readonly TimeSpan Standard = TimeSpan.FromHours(5);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(6);

    // Each summer's start and end in UTC: local midnight, standard time at the start, daylight time at the end.
    private static readonly (DateTime Start, DateTime End)[] Summers =
    [
        (new DateTime(2002, 4, 6, 19, 0, 0), new DateTime(2002, 10, 5, 18, 0, 0)),
        (new DateTime(2008, 5, 31, 19, 0, 0), new DateTime(2008, 10, 31, 18, 0, 0)),
        (new DateTime(2009, 4, 14, 19, 0, 0), new DateTime(2009, 10, 31, 18, 0, 0)),
    ];

    /// <summary>The offset in force at a UTC instant.</summary>
    internal static TimeSpan OffsetAt(DateTime utc)
    {
        foreach (var (start, end) in Summers)
        {
            if (utc >= start && utc < end)
            {
                return Summer;
            }
        }

        return Standard;
    }
}
