using System.Text.RegularExpressions;
using AngleSharp.Dom;
using NewsModel.Html;
using NewsModel.Persian;

namespace NewsModel.Extraction;

/// <summary>
/// The news code a page or a dump prints with its label: «کد خبر: ۲۱۶۰۲۶», «شناسه خبر: 8745», «کد مطلب : ۴۵۶۷»,
/// «شماره خبر», «کدخبر:۹۹۸۸۷», «کد‌خبر» (a half-space), «كد خبر» (Arabic kaf), "News ID: 1234".
/// </summary>
internal static partial class NewsCode
{
    [GeneratedRegex(@"(?:کد|كد|شناسه|شماره)[\s\u200C]*(?:خبر|مطلب|مقاله)\s*[:：]?\s*([0-9۰-۹٠-٩]{3,}|[A-Za-z0-9]{4,}\b)|News\s*ID\s*[:：]?\s*([0-9]{3,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // The longest text read around a label: a code line, not a paragraph that mentions one.
    private const int MaxLine = 80;

    /// <summary>Whether <paramref name="text"/> holds a labelled code.</summary>
    public static bool IsMatch(string text) => Pattern().IsMatch(text);

    /// <summary>The labelled code in <paramref name="text"/>: a numeric code in ASCII digits, a short alphanumeric code («d1Gjx») as written.</summary>
    public static string? Find(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        return value.Any(char.IsAsciiLetter) ? value : PersianDigits.ToAscii(value);
    }

    /// <summary>
    /// The first code the page prints with a Persian label, outside links and scripts: in the label's own text, or in its
    /// element's or that element's parent's when the digits sit in an element of their own («&lt;span&gt;کد خبر:&lt;/span&gt;
    /// &lt;span&gt;۲۱۶۰۲۶&lt;/span&gt;»). Only text that holds one of the label's words is read further.
    /// </summary>
    public static string? FindOnPage(IElement? body)
    {
        foreach (var node in Query.NodesOf(body))
        {
            if (node is not IText text || text.Data.Length > MaxLine || !HasLabelWord(text.Data) || text.ParentElement is not { } parent
                || parent.LocalName is "script" or "style" or "a" || parent.Closest("a") is not null)
            {
                continue;
            }

            if (Find(text.Data) is { } code)
            {
                return code;
            }

            for (var (e, up) = (parent, 0); e is not null && up < 2; e = e.ParentElement, up++)
            {
                if (TextTools.ShortText(e, MaxLine) is { } around && Find(around) is { } near)
                {
                    return near;
                }
            }
        }

        return null;
    }

    private static bool HasLabelWord(string text) =>
        text.Contains("کد", StringComparison.Ordinal) || text.Contains("كد", StringComparison.Ordinal)
            || text.Contains("شناسه", StringComparison.Ordinal) || text.Contains("شماره", StringComparison.Ordinal);
}
