using System.Globalization;
using NewsModel.Dates;

namespace NewsModel.Extraction;

/// <summary>The time zone a page speaks for, which gives zone-less times their offset.</summary>
internal enum PageZone
{
    Unknown,
    Tehran,
    Kabul,
}

/// <summary>
/// The one adapter between the extraction layers and the date layer: every date string the layers find goes
/// through here, so a change in the date layer's API is a change in this file only.
/// </summary>
internal static class DateReader
{
    private static readonly string[] MachineFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd", "yyyyMMdd'T'HHmmssK",

        // Unpadded: "2022-5-5 22:17:36" (elcolumbiano's JSON-LD and og:article:published_time).
        "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm", "yyyy-M-d'T'H:mm:ss", "yyyy-M-d",
    ];

    /// <summary>
    /// Reads a machine date (ISO 8601 and its common variants, or a Jalali string where a machine date belongs):
    /// an exact instant when the text has an offset, else the local time in <paramref name="zone"/>.
    /// </summary>
    public static bool TryRead(string? text, PageZone zone, out DateTimeOffset value, out bool zoneAssumed)
    {
        value = default;
        zoneAssumed = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim();

        // Unix time in seconds, as some pages put in <time datetime="1651035600">: exact, in UTC. Ten digits are
        // 2001-09-09 to 2286; a shorter number is more likely an id than a time.
        if (s.Length == 10 && s.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            value = Show(DateTimeOffset.FromUnixTimeSeconds(seconds), zone);
            return true;
        }

        if (s.Length >= 10 && char.IsAsciiDigit(s[0]) && s[4] == '-')
        {
            // "2019-05-30 T 00:20:37 +0430" (dc.date on Nastooh pages): drop the stray spaces.
            var compact = s.Replace(" T ", "T", StringComparison.Ordinal);
            if (compact.EndsWith('Z') || HasOffset(compact))
            {
                if (DateTimeOffset.TryParse(compact, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
                {
                    value = Show(exact, zone);
                    return true;
                }

                return false;
            }

            if (DateTime.TryParseExact(compact, MachineFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
            {
                value = FromLocal(local, zone, out zoneAssumed);
                return true;
            }

            return false;
        }

        return TryReadVisible(s, zone, out value, out zoneAssumed);
    }

    /// <summary>
    /// Reads a date as a page prints it (Jalali or Gregorian, Persian or ASCII digits). A time written with its offset
    /// ("+02:00", "Z", and the RFC 1123 forms "GMT", "+0200") is exact. Otherwise
    /// it is wall-clock time in the page's zone; a date with Afghan month names is Kabul time whatever the page's zone;
    /// when the zone is unknown, a Jalali or Hijri date is read as Tehran time and a Gregorian one as UTC, and
    /// <paramref name="zoneAssumed"/> says so.
    /// </summary>
    public static bool TryReadVisible(string? text, PageZone zone, out DateTimeOffset value, out bool zoneAssumed)
    {
        value = default;
        zoneAssumed = false;
        if (string.IsNullOrWhiteSpace(text) || FirstDate(text) is not { } match)
        {
            return false;
        }

        if (match is { HasOffset: true, Instant: { } exact })
        {
            value = Show(exact, zone);
            return true;
        }

        // Afghan month names («۱۵ حمل ۱۴۰۳») say Afghanistan, on any host: Kabul's +04:30, not Tehran's clock.
        if (match.IsAfghan && zone != PageZone.Kabul)
        {
            value = FromLocal(match.Local, PageZone.Kabul, out _);
            return true;
        }

        if (zone == PageZone.Unknown)
        {
            // A Jalali date is Iranian (or Afghan, at Tehran's standard offset); a Gregorian one says nothing of its zone.
            value = FromLocal(match.Local, match.Calendar == DateCalendar.Gregorian ? PageZone.Unknown : PageZone.Tehran, out _);
            zoneAssumed = true;
            return true;
        }

        value = FromLocal(match.Local, zone, out zoneAssumed);
        return true;
    }

    /// <summary>The first absolute date in the text (relative ones need a reference instant we do not have); one with a time wins.</summary>
    private static DateMatch? FirstDate(string text)
    {
        DateMatch? dateOnly = null;
        foreach (var m in NewsDateParser.Default.FindAll(text))
        {
            if (m.IsRelative)
            {
                continue;
            }

            if (m.HasTime)
            {
                return m;
            }

            dateOnly ??= m;
        }

        return dateOnly;
    }

    /// <summary>Shows an exact instant in the page's own offset (Tehran's offset in force for a Tehran page).</summary>
    public static DateTimeOffset Show(DateTimeOffset instant, PageZone zone) => zone switch
    {
        PageZone.Tehran => TehranTime.ToTehran(instant),
        PageZone.Kabul => instant.ToOffset(TimeSpan.FromHours(4.5)),
        _ => instant,
    };

    private static DateTimeOffset FromLocal(DateTime local, PageZone zone, out bool zoneAssumed)
    {
        zoneAssumed = false;
        switch (zone)
        {
            case PageZone.Tehran:
                return TehranTime.ToInstant(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
            case PageZone.Kabul:
                return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(4.5));
            default:
                zoneAssumed = true;
                return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
        }
    }

    private static bool HasOffset(string s)
    {
        // An offset is a '+' or '-' after the time part: "...T00:20:37+04:30", "... +0430".
        var t = s.IndexOf('T', StringComparison.Ordinal);
        if (t < 0)
        {
            t = s.IndexOf(' ', StringComparison.Ordinal);
        }

        if (t < 0)
        {
            return false;
        }

        return s.AsSpan(t).IndexOfAny('+', '-') >= 0;
    }
}
