namespace NewsModel.Dates;

/// <summary>
/// The Asia/Tehran offsets carried in the library, so answers do not depend on the machine's tz database
/// (containers without tzdata, Windows zone names).
/// </summary>
/// <remarks>
/// Generated once from the tz database (2025 release: daylight time abolished from 2023) by scanning every hour from
/// 1900 to 2040 and refining each change to the second; checked hour by hour against the machine's
/// <see cref="TimeZoneInfo"/> by <c>TehranTimeTests</c>. Before 1935-06-13 the zone used local mean time, which .NET
/// reports as +03:26; after the last entry (2022-09-21) the offset is +03:30 for good.
/// </remarks>
internal static class TehranRules
{
    /// <summary>Offset in minutes before the first transition.</summary>
    internal const int InitialOffsetMinutes = 206;

    /// <summary>Each entry: the UTC instant (Unix seconds) from which the offset (minutes east of UTC) applies.</summary>
    private static readonly (long UnixSeconds, short OffsetMinutes)[] Transitions =
    [
        (-1090466744, 210), (227820600, 270), (246223800, 240), (259617600, 300),
        (271108800, 240), (279576000, 210), (296598600, 270), (306531000, 210),
        (322432200, 270), (338499000, 210), (673216200, 270), (685481400, 210),
        (701209800, 270), (717103800, 210), (732745800, 270), (748639800, 210),
        (764281800, 270), (780175800, 210), (795817800, 270), (811711800, 210),
        (827353800, 270), (843247800, 210), (858976200, 270), (874870200, 210),
        (890512200, 270), (906406200, 210), (922048200, 270), (937942200, 210),
        (953584200, 270), (969478200, 210), (985206600, 270), (1001100600, 210),
        (1016742600, 270), (1032636600, 210), (1048278600, 270), (1064172600, 210),
        (1079814600, 270), (1095708600, 210), (1111437000, 270), (1127331000, 210),
        (1206045000, 270), (1221939000, 210), (1237667400, 270), (1253561400, 210),
        (1269203400, 270), (1285097400, 210), (1300739400, 270), (1316633400, 210),
        (1332275400, 270), (1348169400, 210), (1363897800, 270), (1379791800, 210),
        (1395433800, 270), (1411327800, 210), (1426969800, 270), (1442863800, 210),
        (1458505800, 270), (1474399800, 210), (1490128200, 270), (1506022200, 210),
        (1521664200, 270), (1537558200, 210), (1553200200, 270), (1569094200, 210),
        (1584736200, 270), (1600630200, 210), (1616358600, 270), (1632252600, 210),
        (1647894600, 270), (1663788600, 210),
    ];

    private static readonly long[] Starts = Transitions.Select(t => t.UnixSeconds).ToArray();

    /// <summary>The offset in minutes in force at a UTC instant given in Unix seconds.</summary>
    internal static int OffsetMinutesAt(long unixSeconds)
    {
        var i = Array.BinarySearch(Starts, unixSeconds);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i < 0 ? InitialOffsetMinutes : Transitions[i].OffsetMinutes;
    }
}
