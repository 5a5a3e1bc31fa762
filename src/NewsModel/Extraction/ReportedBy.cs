using System.Text.RegularExpressions;

namespace NewsModel.Extraction;

/// <summary>What the opening of a text says it reports from: the outlet, and how it was named.</summary>
/// <param name="Name">The agency or outlet: «خبرگزاری تسنیم», «ایسنا», "dpa/lno".</param>
/// <param name="Plain">
/// Whether the text named the outlet alone («به گزارش شهرآرانیوز،»), with no desk, reporter, place or second source
/// around it: only then can it stand for the site's own name.
/// </param>
internal readonly record struct ReportedByName(string Name, bool Plain);

/// <summary>
/// Reads the outlet a text opens by naming: «به گزارش X،» (with the desk, the reporter, the place and «به نقل از …» left
/// out of X), an agency dateline «تهران- ایرنا-», or a wire dateline "Berlin (dpa) –".
/// </summary>
internal static partial class ReportedBy
{
    private const string Marker = "به گزارش";

    // The longest «به گزارش X،» phrase read: past this the comma belongs to a sentence, not to a name.
    private const int MaxPhrase = 90;

    private const int MaxWords = 8;

    // Words that open an outlet's name: after a desk or a reporter («گروه سیاسی خبرگزاری مهر») the name starts here.
    private static readonly string[] OutletWords =
        ["خبرگزاری", "باشگاه", "پایگاه", "روزنامه", "سایت", "شبکه", "رادیو", "هفته‌نامه", "هفته نامه", "ماهنامه", "خبرنامه", "تارنمای", "سازمان", "روابط عمومی"];

    // Words that open a desk or a reporter, not an outlet.
    private static readonly string[] DeskWords = ["خبرنگار", "خبرنگاران", "گروه", "سرویس", "دبیر", "تحریریه", "گزارشگر"];

    // Persian agencies that sign a dateline: «تهران- ایرنا- …».
    private static readonly string[] DatelineAgencies =
        ["ایرنا", "ایسنا", "ایلنا", "ایکنا", "ایبنا", "ایمنا", "ایپنا", "فارس", "مهر", "تسنیم", "شبستان", "میزان", "برنا", "دانا", "پانا", "مشرق", "تابناک"];

    // Wire agencies that sign a dateline: "Berlin (dpa) –", "WASHINGTON (AP) —".
    private static readonly HashSet<string> WireAgencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "dpa", "AP", "Reuters", "AFP", "SID", "epd", "epdÖ", "KNA", "APA", "SDA", "Keystone-SDA", "ANSA", "EFE", "UPI", "Xinhua",
        "PTI", "IANS", "AAP", "CNA", "Kyodo", "Yonhap", "TASS", "kathpress", "KAP", "idea", "dts", "AFX", "ots", "Bloomberg",
    };

    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}\p{M}.'’/-]*(?:\s[\p{L}\p{M}.'’/-]+){0,3}\s)?\(([^()\d]{2,24})\)\s?[-–—:]\s", RegexOptions.CultureInvariant)]
    private static partial Regex WireDateline();

    [GeneratedRegex(@"^[\p{L}\p{M}\u200C]+(?:\s[\p{L}\p{M}\u200C]+){0,2}\s?[-–]\s?([\p{L}\p{M}\u200C]+(?:\s[\p{L}\p{M}\u200C]+){0,2})\s?[-–]", RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateline();

    /// <summary>The outlet the opening of <paramref name="text"/> names, if it names one.</summary>
    public static ReportedByName? Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var opening = text.AsSpan().TrimStart();
        if (opening.Length > 200)
        {
            opening = opening[..200];
        }

        if (opening.StartsWith(Marker, StringComparison.Ordinal))
        {
            return FromPhrase(opening[Marker.Length..]);
        }

        if (opening.Length > 0 && opening[0] is >= '\u0600' and <= '\u06FF')
        {
            var dateline = AgencyDateline().Match(opening.ToString());
            return dateline.Success && Array.IndexOf(DatelineAgencies, dateline.Groups[1].Value) >= 0
                ? new ReportedByName(dateline.Groups[1].Value, Plain: false)
                : null;
        }

        var wire = WireDateline().Match(opening.ToString());
        if (!wire.Success)
        {
            return null;
        }

        var inside = wire.Groups[1].Value.Trim();
        var first = inside.Split(['/', ',', ' '], 2)[0];
        return WireAgencies.Contains(first) ? new ReportedByName(inside, Plain: false) : null;
    }

    // «به گزارش» already read: the name up to the comma, without what surrounds it.
    private static ReportedByName? FromPhrase(ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny('،', ',');
        if (end < 0 || end > MaxPhrase)
        {
            return null;
        }

        var phrase = TextTools.Clean(rest[..end].ToString());
        var plain = true;

        // «مشرق به نقل از فارس»: the outlet that reports is the first.
        var quoting = phrase.IndexOf(" به نقل از ", StringComparison.Ordinal);
        if (quoting > 0)
        {
            phrase = phrase[..quoting];
            plain = false;
        }

        // «ایرنا از لندن», «خبرنگار ایسنا در اصفهان», «خبرنگار اعزامی ایسنا به ژنو»: the place goes.
        foreach (var place in (ReadOnlySpan<string>)[" از ", " در ", " به "])
        {
            var at = phrase.IndexOf(place, StringComparison.Ordinal);
            if (at > 0)
            {
                phrase = phrase[..at];
                plain = false;
            }
        }

        phrase = phrase.Trim().Trim('"', '«', '»', '“', '”', '\'', '(', ')').Trim();

        // «گروه سیاسی خبرگزاری مهر», «خبرنگار ورزشی ایسنا»: the desk or the reporter goes; the outlet is where its name
        // starts, or the last word.
        if (DeskWords.Any(w => phrase.StartsWith(w + " ", StringComparison.Ordinal)))
        {
            plain = false;
            var outlet = OutletWords.Select(w => phrase.IndexOf(w, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
            phrase = outlet > 0 ? phrase[outlet..] : phrase[(phrase.LastIndexOf(' ') + 1)..];
        }

        phrase = phrase.Trim('"', '«', '»', '“', '”', '\'').Trim();

        // «خبرنگار ما» ("our reporter"): the page itself, which this does not name.
        if (phrase.Length < 2 || phrase == "ما" || !phrase.Any(char.IsLetter) || phrase.Count(c => c == ' ') + 1 > MaxWords)
        {
            return null;
        }

        return new ReportedByName(phrase, plain);
    }
}
