using System.Text.RegularExpressions;
using AngleSharp.Dom;

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
/// out of X), an agency dateline «تهران- ایرنا-», or a wire dateline "Berlin (dpa) –"; or the one a source line at its
/// end names («منبع: خبرگزاری مهر», "Quelle: dpa").
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

    /// <summary>Whether a short text opens with a word that opens a Persian outlet's name («خبرگزاری ایسنا», «روزنامه
    /// همشهری»): six words at most.</summary>
    public static bool IsOutletName(string text) =>
        OutletWords.Any(w => text.StartsWith(w + " ", StringComparison.Ordinal)) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6;

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

    // The labels of a source line closing agency copy: «منبع: خبرگزاری مهر», "Quelle: dpa", "Source: Reuters". The walk's
    // quick test and the line's pattern are both made from this one list.
    private static readonly string[] SourceLabels = ["منبع", "منابع", "Quelle", "Source", "Fuente", "Fonte", "Źródło", "Bron"];

    private static readonly Regex SourceLinePattern = new(
        "^(?:" + string.Join('|', SourceLabels) + @")\s?[:：]\s*([^\s:：].{0,58}?)[\s.]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // How many elements at the end of the text are looked at for a source line.
    private const int SourceLineReach = 40;

    // Words of a picture's credit, not of the text's source.
    private static readonly string[] PictureWords = ["foto", "photo", "bild", "image", "getty", "shutterstock", "istock", "عکس", "تصویر", "http", "www."];

    /// <summary>
    /// The outlet a source line at the end of the text names («منبع: ایسنا», "Quelle: dpa"): among the last elements of
    /// <paramref name="root"/> (the body's container), one of short text that is no picture's credit.
    /// </summary>
    public static ReportedByName? FromSourceLine(IElement? root)
    {
        var budget = SourceLineReach;
        return root is null ? null : FindSourceLine(root, ref budget);
    }

    // The element's descendants from the last, depth first, until the budget of elements is spent. Children are taken
    // by index: AngleSharp finds a previous sibling by searching the parent's children from the first.
    private static ReportedByName? FindSourceLine(IElement e, ref int budget)
    {
        var nodes = e.ChildNodes;
        for (var i = nodes.Length - 1; i >= 0 && budget > 0; i--)
        {
            if (nodes[i] is not IElement child)
            {
                continue;
            }

            budget--;
            if (child.LocalName is "figure" or "figcaption" or "script" or "style")
            {
                continue;
            }

            // A container is looked into without building its text (the body's last box may hold most of it).
            if (child.ChildElementCount > 3)
            {
                if (FindSourceLine(child, ref budget) is { } inside)
                {
                    return inside;
                }

                continue;
            }

            // Only an element whose text opens with a source label is read whole; another is looked into.
            if (!OpensWithSourceLabel(child))
            {
                if (child.ChildElementCount > 0 && FindSourceLine(child, ref budget) is { } deeper)
                {
                    return deeper;
                }

                continue;
            }

            var text = child.TextContent;
            if (text.Length <= 120 && text.AsSpan().Trim().Length > 0)
            {
                // Under a picture, a list or a table the line names the picture's or the data's source, not the
                // text's (a chart's "Source: CDC" on bbc.com, a caption's «Quelle: THW»).
                if (FromSourceLine(text) is { } named && child.Closest("figure") is null && !IsUnderData(child))
                {
                    return named;
                }

                continue;
            }

            if (FindSourceLine(child, ref budget) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // Whether the element's first words are a source label: its first text that is not white space is looked at,
    // without building the element's whole text.
    private static bool OpensWithSourceLabel(IElement e)
    {
        foreach (var node in Html.Query.NodesOf(e))
        {
            if (node is not IText text)
            {
                continue;
            }

            var data = text.Data.AsSpan().TrimStart();
            if (data.IsEmpty)
            {
                continue;
            }

            foreach (var label in SourceLabels)
            {
                if (data.StartsWith(label, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>The outlet a source line names («منبع: خبرگزاری مهر»), if <paramref name="line"/> is one.</summary>
    public static ReportedByName? FromSourceLine(string line)
    {
        if (line.Length > 120 || SourceLinePattern.Match(TextTools.Clean(line)) is not { Success: true } m)
        {
            return null;
        }

        var name = m.Groups[1].Value.Trim().Trim('«', '»', '"', '“', '”', '(', ')').Trim();
        return name.Length >= 2 && name.Count(c => c == ' ') < 6 && name.Any(char.IsLetter) && !PictureWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase))
            ? new ReportedByName(name, Plain: false)
            : null;
    }

    // A line that credits a picture or data: a caption, a line holding a picture, or one right after a list, a table or
    // a picture.
    private static bool IsUnderData(IElement line)
    {
        if (line.ClassName is { } names && (names.Contains("caption", StringComparison.OrdinalIgnoreCase) || names.Contains("credit", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (line.QuerySelector("img, svg, picture, canvas, .caption, figcaption") is not null)
        {
            return true;
        }

        var before = line.PreviousElementSibling;
        return before is not null && (before.LocalName is "ul" or "ol" or "table" or "img" or "svg" or "picture" or "canvas" or "iframe" or "figure"
            || before.QuerySelector("img, svg, picture, canvas") is not null);
    }

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
