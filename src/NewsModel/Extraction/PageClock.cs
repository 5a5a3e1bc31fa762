using NewsModel.Dates;

namespace NewsModel.Extraction;

/// <summary>The time zone a page speaks for, which gives zone-less times their offset.</summary>
internal enum PageZone
{
    Unknown,
    Tehran,
    Kabul,

    /// <summary>Central European Time (Germany, Austria, Switzerland, Italy, France, Poland, …), by the EU's rules.</summary>
    CentralEurope,

    /// <summary>Pakistan Standard Time (+05:00; +06:00 in 2002, 2008 and 2009's summers).</summary>
    Pakistan,

    /// <summary>India Standard Time (+05:30).</summary>
    India,
}

/// <summary>Which zone a page's language and address say it speaks for.</summary>
internal static class PageZones
{
    /// <summary>
    /// Languages whose news pages are almost all in Central European Time. On the development set 123 of 127 German
    /// pages that write their times with an offset write the EU's +01:00/+02:00 for that day. French and Spanish are
    /// not here (Canada, Africa, Latin America), nor is Portuguese (Brazil).
    /// </summary>
    private static readonly HashSet<string> CentralEuropeanLanguages =
        ["de", "it", "nl", "pl", "cs", "sk", "hu", "sl", "hr", "sr", "bs", "da", "sv", "no", "nb", "nn", "lb"];

    /// <summary>Country domains of Central European Time.</summary>
    private static readonly HashSet<string> CentralEuropeanDomains =
        ["de", "at", "ch", "li", "it", "nl", "be", "lu", "pl", "cz", "sk", "hu", "si", "hr", "rs", "ba", "me", "mk", "al", "dk", "se", "no", "fr", "es", "mc", "sm", "va", "ad", "mt"];

    /// <summary>
    /// The zone of a page: Kabul for an Afghan address (<c>.af</c>) or locale (<c>fa-AF</c>, <c>prs</c>), and for Dari
    /// and Pashto; Tehran for other Persian and for an Iranian address (<c>.ir</c>) in any language (an agency's English
    /// or Arabic edition prints Tehran's clock); Pakistan's and India's by their address (<c>.pk</c>, <c>.in</c>) in any
    /// language, then Pakistan's for Urdu (most Urdu news is Pakistani) and India's for Hindi; Central European Time by
    /// its country domain or its language; else <paramref name="otherwise"/>.
    /// </summary>
    public static PageZone Of(string? language, bool afghanLocale, string? host, PageZone otherwise)
    {
        var domain = DomainOf(host);
        return language switch
        {
            _ when afghanLocale || domain == "af" => PageZone.Kabul,
            "prs" or "ps" => PageZone.Kabul,
            "fa" => PageZone.Tehran,
            _ when domain == "ir" => PageZone.Tehran,
            _ when domain == "pk" => PageZone.Pakistan,
            _ when domain == "in" => PageZone.India,
            "ur" => PageZone.Pakistan,
            "hi" => PageZone.India,
            _ when domain is not null && CentralEuropeanDomains.Contains(domain) => PageZone.CentralEurope,
            not null when CentralEuropeanLanguages.Contains(language) => PageZone.CentralEurope,
            _ => otherwise,
        };
    }

    /// <summary>
    /// Why <see cref="Of"/> gave a zone it inferred from the page's address or language (Central European, Pakistani,
    /// Indian), for a diagnostic; null for the zones of Persian pages, which the library is built for.
    /// </summary>
    public static string? Reason(PageZone zone, string? language, string? host)
    {
        if (zone is not (PageZone.CentralEurope or PageZone.Pakistan or PageZone.India))
        {
            return null;
        }

        var domain = DomainOf(host);
        var byAddress = zone switch
        {
            PageZone.CentralEurope => domain is not null && CentralEuropeanDomains.Contains(domain),
            PageZone.Pakistan => domain == "pk",
            _ => domain == "in",
        };
        return byAddress ? "its address is ." + domain : "its language is " + language;
    }

    /// <summary>How a diagnostic names a zone inferred from the page, and the rules that gave the offset.</summary>
    public static string Describe(PageZone zone) => zone switch
    {
        PageZone.CentralEurope => "Central European time ({0} on that day, by the EU's summer-time rules)",
        PageZone.Pakistan => "Pakistan Standard Time ({0} on that day)",
        PageZone.India => "India Standard Time ({0})",
        _ => "{0}",
    };

    // The top-level domain of a host ("www.zeit.de" → "de").
    private static string? DomainOf(string? host) => host is null ? null : host[(host.LastIndexOf('.') + 1)..].ToLowerInvariant();
}

/// <summary>
/// What the date readers know of one page's clock: its zone, and the instant it was fetched when the caller gave one,
/// which places relative dates («۲ ساعت پیش», "3 hours ago", «vor 2 Tagen») and dates printed without a year. A
/// <see cref="PageZone"/> converts to a clock without a fetch time, so a reader that has only the zone passes it.
/// </summary>
internal readonly struct PageClock
{
    /// <summary>Kabul's zone for the date layer's options (<c>DateZone</c> maps its id to the built-in +04:30).</summary>
    internal static readonly TimeZoneInfo KabulZone =
        TimeZoneInfo.CreateCustomTimeZone("Asia/Kabul", TimeSpan.FromHours(4.5), "Kabul", "Kabul");

    // Stands for the built-in Central European rules in the date layer's options (DateZone maps the id to them).
    private static readonly TimeZoneInfo CentralEuropeZone =
        TimeZoneInfo.CreateCustomTimeZone(DateZone.CentralEuropeId, TimeSpan.FromHours(1), "Central European Time", "Central European Time");

    /// <summary>Pakistan's zone for the date layer's options (<c>DateZone</c> maps its id to the built-in rules).</summary>
    internal static readonly TimeZoneInfo PakistanZone =
        TimeZoneInfo.CreateCustomTimeZone("Asia/Karachi", TimeSpan.FromHours(5), "Pakistan", "Pakistan");

    // Stands for the built-in Indian zone in the date layer's options (DateZone maps the id to it).
    private static readonly TimeZoneInfo IndiaZone =
        TimeZoneInfo.CreateCustomTimeZone("Asia/Kolkata", TimeSpan.FromHours(5.5), "India", "India");

    public PageClock(PageZone zone, DateTimeOffset? fetchedAt)
    {
        Zone = zone;
        FetchedAt = fetchedAt;
        Dates = fetchedAt is { } now ? new DateParseOptions { Now = now, Zone = ZoneInfo(zone, now.Offset) } : null;
    }

    /// <summary>The page's zone.</summary>
    public PageZone Zone { get; }

    /// <summary>When the page was fetched, if the caller said.</summary>
    public DateTimeOffset? FetchedAt { get; }

    /// <summary>The date layer's options for this page: null without a fetch time (the default options).</summary>
    public DateParseOptions? Dates { get; }

    public static implicit operator PageClock(PageZone zone) => new(zone, null);

    /// <summary>The same fetch time in another zone (the page's zone is known only once its language is).</summary>
    public PageClock In(PageZone zone) => zone == Zone ? this : new(zone, FetchedAt);

    /// <summary>The date layer's zone for a page's zone: null for Tehran (the default), UTC for an unknown one.</summary>
    internal static TimeZoneInfo? ZoneInfo(PageZone zone) => ZoneInfo(zone, TimeSpan.Zero);

    // Relative dates are placed by the page's calendar day: Tehran's or Kabul's when the page is Iranian or Afghan,
    // else the fetch time's own offset (a crawler's clock, most often UTC).
    private static TimeZoneInfo? ZoneInfo(PageZone zone, TimeSpan fetchOffset) => zone switch
    {
        PageZone.Tehran => null,
        PageZone.Kabul => KabulZone,
        PageZone.CentralEurope => CentralEuropeZone,
        PageZone.Pakistan => PakistanZone,
        PageZone.India => IndiaZone,
        _ when fetchOffset == TimeSpan.Zero => TimeZoneInfo.Utc,
        _ => TimeZoneInfo.CreateCustomTimeZone("fetch time", fetchOffset, "fetch time", "fetch time"),
    };
}
