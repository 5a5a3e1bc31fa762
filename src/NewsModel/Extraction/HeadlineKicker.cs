using AngleSharp.Dom;
using NewsModel.Html;

namespace NewsModel.Extraction;

/// <summary>
/// A kicker written inside the <c>h1</c>, before the headline: <c>&lt;h1&gt;&lt;span class="kicker"&gt;Klimaschutz&lt;/span&gt;
/// &lt;span class="visually-hidden"&gt;: &lt;/span&gt;Bohren, bis es heiß wird&lt;/h1&gt;</c>. The page shows the two apart
/// (the kicker small, above), and og:title and <c>&lt;title&gt;</c> usually join them ("Klimaschutz: Bohren, bis es heiß
/// wird"), so the headline is only the h1's text after the kicker.
/// </summary>
internal static class HeadlineKicker
{
    // Class names that mark the kicker (matched inside a class name: "article-heading__kicker", "ts-overline").
    private static readonly string[] KickerNames =
        ["kicker", "overline", "dachzeile", "topline", "roofline", "eyebrow", "supertitle", "surtitle", "uptitle", "rutitr", "spitzmarke", "topic-label", "subtitle", "small"];

    // Text only for screen readers, between the kicker and the headline (": ", " – ").
    private static readonly string[] HiddenNames = ["visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "invisible", "aural", "hidden"];

    /// <summary>
    /// Splits <paramref name="h1"/> into the kicker it begins with and the headline after it; null when the h1 does
    /// not begin with an element marked as a kicker (a <c>small</c>, or a kicker class name), or when either part
    /// would be too short to be one. A date in the kicker's place ("<c>&lt;span class="supertitle"&gt;&lt;time&gt;1. Februar
    /// 2022&lt;/time&gt;&lt;/span&gt;</c>", "27.01.2022") is not part of the headline, and no kicker: the kicker is null.
    /// </summary>
    public static (string? Kicker, string Headline)? Split(IElement h1)
    {
        // Down through wrappers that hold the whole text: <h1><span class="post-title"><small>…</small><br>…</span></h1>.
        var container = h1;
        while (OnlyChild(container) is { } inner)
        {
            container = inner;
        }

        INode? first = null;
        foreach (var node in container.ChildNodes)
        {
            if (node is IElement || DomCast.TextData(node) is { } data && !string.IsNullOrWhiteSpace(data))
            {
                first = node;
                break;
            }
        }

        if (first is not IElement kickerElement || !(IsKicker(kickerElement) || BeforeHiddenMark(kickerElement)))
        {
            return null;
        }

        var kicker = TextTools.TextOf(kickerElement);
        var rest = new List<string>();
        foreach (var node in Siblings.After(kickerElement))
        {
            if (node is IElement e)
            {
                if (!IsHidden(e))
                {
                    rest.Add(TextTools.TextOf(e));
                }
            }
            else if (DomCast.TextData(node) is { } data)
            {
                rest.Add(data);
            }
        }

        var headline = TextTools.Clean(string.Join(" ", rest)).TrimStart(':', '-', '–', '—', '|', ' ');
        if (kicker.Length is < 2 or > 80 || headline.Length < 8)
        {
            return null;
        }

        var isDate = Query.One(kickerElement, "time") is not null || !kicker.Any(char.IsLetter);
        return (isDate ? null : kicker.TrimEnd(':', ' '), headline);
    }

    /// <summary>
    /// Whether the element is followed by a mark only screen readers get (<c>&lt;span class="invisible"&gt;: &lt;/span&gt;</c>,
    /// <c>&lt;span aria-hidden="true"&gt; – &lt;/span&gt;</c>): the page shows the two parts apart and joins them for
    /// those who hear it, which is how a kicker is written whatever its class is named ("text-lightgreen fake-h5",
    /// "ContentHead_titleheader__MSrlO").
    /// </summary>
    private static bool BeforeHiddenMark(IElement e)
    {
        foreach (var node in Siblings.After(e))
        {
            if (node is IElement next)
            {
                var mark = next.TextContent.AsSpan().Trim();
                return IsHidden(next) && mark.Length is > 0 and <= 3 && !mark.ContainsAnyExcept(SeparatorMarks);
            }

            if (DomCast.TextData(node) is { } data && !string.IsNullOrWhiteSpace(data))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> SeparatorMarks = System.Buffers.SearchValues.Create(":-–—|/·•,. ");

    private static IElement? OnlyChild(IElement e)
    {
        IElement? only = null;
        foreach (var node in e.ChildNodes)
        {
            if (node is IElement child)
            {
                if (only is not null)
                {
                    return null;
                }

                only = child;
            }
            else if (DomCast.TextData(node) is { } data && !string.IsNullOrWhiteSpace(data))
            {
                return null;
            }
        }

        return only is not null && !IsKicker(only) ? only : null;
    }

    private static bool IsKicker(IElement e) =>
        e.LocalName == "small" || (e.ClassName is { Length: > 0 } cls && Contains(cls, KickerNames));

    private static bool IsHidden(IElement e) =>
        e.GetAttribute("aria-hidden") == "true" || (e.ClassName is { Length: > 0 } cls && Contains(cls, HiddenNames));

    private static bool Contains(string cls, string[] names)
    {
        foreach (var name in names)
        {
            if (cls.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
