using System.Globalization;
using NewsModel.Dates;
using NewsModel.Persian;

namespace NewsModel.Extraction;

/// <summary>
/// The one adapter between the extraction layers and the date layer: every date string the layers find goes
/// through here, so a change in the date layer's API is a change in this file only.
/// </summary>
internal static partial class DateReader
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
    /// an exact instant when the text has an offset, else the local time in the zone of <paramref name="clock"/>.
    /// </summary>
    public static bool TryRead(string? text, PageClock clock, out DateTimeOffset value, out bool zoneAssumed)
    {
        var zone = clock.Zone;
        value = default;
        zoneAssumed = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = OtherDigitsToAscii(text.Trim());

        // "Tue Jan 28 15:28:56 CET 2020" (Java's Date.toString() in faz.net's JSON-LD), "Fri Feb 18 10:27:24 2022"
        // (C's asctime, juraforum.de): read in the order the visible reader knows, the zone after the time.
        if (JavaDate().Match(s) is { Success: true } java)
        {
            s = $"{java.Groups["month"].Value} {java.Groups["day"].Value} {java.Groups["year"].Value} {java.Groups["time"].Value} {java.Groups["zone"].Value}".TrimEnd();
        }

        // Unix time in seconds, as some pages put in <time datetime="1651035600">: exact, in UTC. Ten digits are
        // 2001-09-09 to 2286; a shorter number is more likely an id than a time.
        if (s.Length == 10 && s.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            value = Show(DateTimeOffset.FromUnixTimeSeconds(seconds), zone);
            return true;
        }

        if (s.Length >= 10 && char.IsAsciiDigit(s[0]) && s[4] == '-')
        {
            // "2019-05-30 T 00:20:37 +0430" (dc.date on Nastooh pages): drop the stray spaces. A zone's name where the
            // "T" belongs ("2018-11-28CET11:59:00+0100", tvtoday.de) and milliseconds after a colon
            // ("2022-01-10T22:06:08:684Z", homify.de) are a CMS's template slips.
            var compact = RepairIso(s.Replace(" T ", "T", StringComparison.Ordinal));
            if (compact.EndsWith('Z') || HasOffset(compact))
            {
                if (DateTimeOffset.TryParse(compact, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var exact))
                {
                    value = Show(exact, zone);
                    return true;
                }
            }
            else if (DateTime.TryParseExact(compact, MachineFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
            {
                value = FromLocal(local, zone, out zoneAssumed);
                return true;
            }

            // "2022-05-04T03:00:00 UTC" (ambito.com, ultimahora.com): the visible reader takes the time and the zone
            // named after it. Anything else is garbled ("…T00:59:47ZZ", salon.com, a day before its og:modified_time).
            var named = s.LastIndexOf(' ');
            if (named < 0 || named == s.Length - 1 || s.AsSpan(named + 1).IndexOfAnyExceptInRange('A', 'Z') >= 0)
            {
                return false;
            }
        }

        return TryReadVisible(s, clock, out value, out zoneAssumed);
    }

    // Java's Date.toString() and C's asctime: weekday, month, day, time, [zone,] year.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?<month>[A-Z][a-z]{2}) +(?<day>\d{1,2}) (?<time>\d{2}:\d{2}:\d{2}) (?:(?<zone>[A-Z]{2,5}) )?(?<year>\d{4})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex JavaDate();

    /// <summary>
    /// A machine date written in digits other than ASCII, Persian or Arabic-Indic («২০২০-০৮-২৯T১০:৪৬:০৬+০১:০০», Bengali,
    /// ukbdnews.com), in ASCII digits; the others as they are (the visible reader reads Persian and Arabic-Indic).
    /// </summary>
    private static string OtherDigitsToAscii(string s)
    {
        var i = 0;
        while (i < s.Length && (s[i] < 128 || PersianDigits.IsDigit(s[i]) || !char.IsDigit(s[i])))
        {
            i++;
        }

        if (i == s.Length)
        {
            return s;
        }

        return string.Create(s.Length, s, static (span, source) =>
        {
            for (var j = 0; j < source.Length; j++)
            {
                var c = source[j];
                span[j] = c >= 128 && !PersianDigits.IsDigit(c) && char.IsDigit(c) ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)) : c;
            }
        });
    }

    /// <summary>
    /// A list item's clock time printed alone («۱۴:۳۰», "10:05 PM"), as tickers and "latest" lists show today's items,
    /// dated by the fetch time: the last time the page's clock showed it, at or before the fetch (so a time later than
    /// the fetch is yesterday's). Without a fetch time nothing is read; on a page of unknown zone the fetch time's
    /// offset is the page's clock.
    /// </summary>
    public static bool TryReadTimeOnly(string? text, PageClock clock, out DateTimeOffset value)
    {
        value = default;
        if (clock.FetchedAt is not { } fetched || string.IsNullOrWhiteSpace(text) || text.Length > 40
            || !DateEngine.TryTimeOnly(text, out var time, out var offset, out var named))
        {
            return false;
        }

        var zone = offset is not null ? null : named ?? ZoneOf(clock.Zone);
        var fixedOffset = offset ?? fetched.Offset;
        if (DateZone.NearEnds(fetched.UtcDateTime))
        {
            return false;
        }

        var now = zone is { } z ? z.ToZone(fetched) : fetched.ToOffset(fixedOffset);
        var local = DateOnly.FromDateTime(now.DateTime).ToDateTime(time);
        if (local > now.DateTime.AddMinutes(1))
        {
            local = local.AddDays(-1);
        }

        value = zone is { } inZone ? inZone.ToInstant(local) : new DateTimeOffset(local, fixedOffset);
        return true;
    }

    private static string RepairIso(string s)
    {
        foreach (var zoneName in (ReadOnlySpan<string>)["CEST", "CET", "MESZ", "MEZ"])
        {
            if (s.Length > 10 + zoneName.Length && string.CompareOrdinal(s, 10, zoneName, 0, zoneName.Length) == 0 && char.IsAsciiDigit(s[10 + zoneName.Length]))
            {
                s = string.Concat(s.AsSpan(0, 10), "T", s.AsSpan(10 + zoneName.Length));
                break;
            }
        }

        // "…T22:06:08:684Z": the fourth colon-separated part of the time is its milliseconds.
        return s.Length >= 23 && s[10] == 'T' && s[13] == ':' && s[16] == ':' && s[19] == ':' && char.IsAsciiDigit(s[20])
            ? string.Concat(s.AsSpan(0, 19), ".", s.AsSpan(20))
            : s;
    }

    /// <summary>
    /// Reads a date as a page prints it (Jalali or Gregorian, Persian or ASCII digits). A time written with its offset
    /// ("+02:00", "Z", and the RFC 1123 forms "GMT", "+0200") is exact. Otherwise
    /// it is wall-clock time in the page's zone; a date with Afghan month names is Kabul time whatever the page's zone;
    /// when the zone is unknown, a Jalali or Hijri date is read as Tehran time and a Gregorian one as UTC, and
    /// <paramref name="zoneAssumed"/> says so.
    /// </summary>
    public static bool TryReadVisible(string? text, PageClock clock, out DateTimeOffset value, out bool zoneAssumed) =>
        TryReadVisible(text, clock, out value, out zoneAssumed, out _);

    /// <summary>
    /// <see cref="TryReadVisible(string?, PageClock, out DateTimeOffset, out bool)"/>, saying too whether the date was
    /// relative («۲ ساعت پیش», "3 hours ago"): read only when the clock has a fetch time, and then as precise as its unit.
    /// An absolute date in the same text is preferred to a relative one.
    /// </summary>
    public static bool TryReadVisible(string? text, PageClock clock, out DateTimeOffset value, out bool zoneAssumed, out bool relative)
    {
        value = default;
        zoneAssumed = false;
        relative = false;
        if (string.IsNullOrWhiteSpace(text) || FirstDate(text, clock.Dates) is not { } match)
        {
            return false;
        }

        var zone = clock.Zone;

        // «26/10/13, 03:48 pm» on an English forum is day, month and year, not the Jalali year (14)26: a two-digit
        // year first is read as Jalali only on a page of Iran or Afghanistan.
        if (match.Calendar == DateCalendar.Jalali && zone is not (PageZone.Tehran or PageZone.Kabul) && HasTwoDigitYearFirst(text, match))
        {
            return false;
        }

        if (match.IsRelative)
        {
            relative = true;

            // "3 hours ago" is an instant whatever the zone (shown, like an absolute date, in Tehran's offset when
            // it is Persian and the page's zone is not known yet); "2 days ago" a day of the page's calendar (or of
            // the fetch time's offset when the page's zone is unknown), at its midnight.
            value = match.Instant is { } instant
                ? Show(instant, zone == PageZone.Unknown && match.Calendar == DateCalendar.Jalali ? PageZone.Tehran : zone)
                : zone == PageZone.Unknown
                    ? new DateTimeOffset(DateTime.SpecifyKind(match.Local, DateTimeKind.Unspecified), clock.FetchedAt!.Value.Offset)
                    : FromLocal(match.Local, zone, out _);
            return true;
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

        // A Jalali or Hijri date says Iran, not Europe: on a page of Central European Time it is read as on a page of
        // no known zone.
        if (zone == PageZone.Unknown || (zone == PageZone.CentralEurope && match.Calendar != DateCalendar.Gregorian))
        {
            // A Jalali date is Iranian (or Afghan, at Tehran's standard offset); a Gregorian one says nothing of its zone.
            value = FromLocal(match.Local, match.Calendar == DateCalendar.Gregorian ? PageZone.Unknown : PageZone.Tehran, out _);
            zoneAssumed = true;
            return true;
        }

        value = FromLocal(match.Local, zone, out zoneAssumed);
        return true;
    }

    /// <summary>
    /// Whether a date read is a CMS's empty timestamp rather than a date: the Unix epoch (as an instant, or as a local
    /// midnight in any offset), a year before 1000 (.NET's <c>0001-01-01</c>), the year 9999 (.NET's and SQL's largest
    /// date) or SQL's <c>1900-01-01</c>.
    /// </summary>
    public static bool IsPlaceholder(DateTimeOffset value) =>
        value.UtcDateTime == DateTime.UnixEpoch || value.DateTime == DateTime.UnixEpoch
        || value.Year < 1000 || value.Year == 9999 || (value.Year == 1900 && value.Month == 1 && value.Day == 1);

    // Whether the date's first number, the year of a numeric Jalali date, has two digits («02/12/17»).
    private static bool HasTwoDigitYearFirst(string text, DateMatch match)
    {
        var span = text.AsSpan(match.Start, match.Length);
        var first = 0;
        while (first < span.Length && !PersianDigits.IsDigit(span[first]))
        {
            first++;
        }

        var digits = 0;
        while (first + digits < span.Length && PersianDigits.IsDigit(span[first + digits]))
        {
            digits++;
        }

        return digits == 2 && first + digits < span.Length && span[first + digits] is '/' or '-' or '.';
    }

    /// <summary>Any reference instant: relative forms are found with one, whichever it is.</summary>
    private static readonly DateParseOptions AnyReference = new() { Now = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) };

    /// <summary>Whether the text prints its date with the Afghan month names («۱۵ حمل ۱۴۰۳», «۱۵ وری ۱۴۰۳»).</summary>
    public static bool IsAfghan(string? text) =>
        !string.IsNullOrWhiteSpace(text) && FirstDate(text, null) is { IsAfghan: true };

    /// <summary>Whether the text holds a date relative to the moment the page was served («۲ ساعت پیش», "3 hours ago").</summary>
    public static bool IsRelative(string? text) =>
        !string.IsNullOrWhiteSpace(text) && NewsDateParser.Default.FindAll(text, AnyReference).Any(m => m.IsRelative);

    /// <summary>
    /// The first absolute date in the text, one with a time first; else the first relative one (found only when the
    /// options carry a reference instant).
    /// </summary>
    private static DateMatch? FirstDate(string text, DateParseOptions? options)
    {
        DateMatch? dateOnly = null;
        DateMatch? relative = null;
        foreach (var m in NewsDateParser.Default.FindAll(text, options))
        {
            if (m.IsRelative)
            {
                relative ??= m;
                continue;
            }

            if (m.HasTime)
            {
                return m;
            }

            dateOnly ??= m;
        }

        return dateOnly ?? relative;
    }

    /// <summary>
    /// Shows an exact instant in the page's own offset (Tehran's offset in force for a Tehran page). An instant within
    /// two days of <see cref="DateTime"/>'s ends (a CMS's «0001-01-01» or «9999-12-31» placeholder) stays as it is:
    /// another offset could take it out of range.
    /// </summary>
    public static DateTimeOffset Show(DateTimeOffset instant, PageZone zone) =>
        !DateZone.NearEnds(instant.UtcDateTime) && ZoneOf(zone) is { } rules ? rules.ToZone(instant) : instant;

    /// <summary>The date layer's rules for a page's zone; null when the zone is unknown.</summary>
    private static DateZone? ZoneOf(PageZone zone) => zone switch
    {
        PageZone.Tehran => DateZone.Tehran,
        PageZone.Kabul => DateZone.Kabul,
        PageZone.CentralEurope => DateZone.CentralEurope,
        PageZone.Pakistan => DateZone.Pakistan,
        PageZone.India => DateZone.India,
        _ => null,
    };

    private static DateTimeOffset FromLocal(DateTime local, PageZone zone, out bool zoneAssumed)
    {
        // A placeholder at DateTime's ends has no instant in a zone with an offset (it threw, and the parse with it):
        // read as UTC, it is found to be a placeholder (IsPlaceholder) and ignored with a diagnostic that says so.
        zoneAssumed = false;
        if (!DateZone.NearEnds(local) && ZoneOf(zone) is { } rules)
        {
            return rules.ToInstant(local);
        }

        zoneAssumed = true;
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.Zero);
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
