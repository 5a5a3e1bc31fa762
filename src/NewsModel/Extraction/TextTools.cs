using System.Text;
using AngleSharp.Dom;
using NewsModel.Persian;

namespace NewsModel.Extraction;

/// <summary>Small text helpers shared by the layers: whitespace collapsing that keeps half-spaces, splitting lists.</summary>
internal static class TextTools
{
    private static readonly char[] ListSeparators = [',', '،', ';', '؛'];

    /// <summary>Collapses runs of whitespace (and NBSP) to one space and trims; keeps ZWNJ (U+200C).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        StringBuilder? sb = null;
        var pendingSpace = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = any;
                if (sb is null)
                {
                    sb = new StringBuilder(text.Length);
                    sb.Append(text, 0, i);
                    TrimStartBuilder(sb);
                    any = sb.Length > 0;
                    pendingSpace = any;
                }

                continue;
            }

            if (sb is not null)
            {
                if (pendingSpace)
                {
                    sb.Append(' ');
                }

                sb.Append(c);
            }

            pendingSpace = false;
            any = true;
        }

        return sb?.ToString() ?? text;
    }

    private static void TrimStartBuilder(StringBuilder sb)
    {
        var n = 0;
        while (n < sb.Length && (char.IsWhiteSpace(sb[n]) || sb[n] == '\u00A0'))
        {
            n++;
        }

        sb.Remove(0, n);
    }

    /// <summary>The element's text, whitespace-collapsed.</summary>
    public static string TextOf(IElement? element) => element is null ? string.Empty : Clean(element.TextContent);

    /// <summary>
    /// The element's text (child elements' texts separated by a space), or null when it is longer than
    /// <paramref name="max"/> characters: it stops reading there, so asking about a huge subtree costs little.
    /// </summary>
    public static string? ShortText(IElement element, int max)
    {
        var sb = new StringBuilder();
        return Append(element, sb, max) ? Clean(sb.ToString()) : null;

        static bool Append(INode node, StringBuilder sb, int max)
        {
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is IText t)
                {
                    sb.Append(t.Data);
                }
                else if (child is IElement)
                {
                    sb.Append(' ');
                    if (!Append(child, sb, max))
                    {
                        return false;
                    }

                    sb.Append(' ');
                }

                if (sb.Length > max * 3)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The element's text with a space between the texts of its child elements ("vonElisa" → "von Elisa").</summary>
    public static string SpacedText(IElement element)
    {
        var sb = new StringBuilder();
        Append(element, sb);
        return Clean(sb.ToString());

        static void Append(INode node, StringBuilder sb)
        {
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child is IText t)
                {
                    sb.Append(t.Data);
                }
                else if (child is IElement)
                {
                    sb.Append(' ');
                    Append(child, sb);
                    sb.Append(' ');
                }
            }
        }
    }

    /// <summary>Splits a keyword list on commas, Persian commas and semicolons; drops empties and duplicates.</summary>
    public static IReadOnlyList<string> SplitList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var result = new List<string>();
        foreach (var part in text.Split(ListSeparators))
        {
            var clean = Clean(part);
            if (clean.Length > 0 && !result.Contains(clean, StringComparer.Ordinal))
            {
                result.Add(clean);
            }
        }

        return result;
    }

    /// <summary>Whether two texts are equal after collapsing whitespace and ignoring trailing punctuation.</summary>
    public static bool SameText(string? a, string? b) =>
        string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>A comparison key: whitespace collapsed, trailing punctuation and half-spaces dropped, Arabic letters unified.</summary>
    public static string Key(string? text)
    {
        var clean = PersianLetters.Normalize(Clean(text));
        var sb = new StringBuilder(clean.Length);
        foreach (var c in clean)
        {
            if (c is not ('\u200C' or '\u200B' or '\u200D' or '\u200E' or '\u200F'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString().TrimEnd(' ', '.', '؛', ';', ':', '!', '؟', '?', '،', ',').Trim();
    }

    /// <summary>Resolves a possibly relative address against the page's address; null for junk.</summary>
    public static Uri? Resolve(string? href, Uri? baseUrl)
    {
        var h = Clean(href);
        if (h.Length == 0 || h.StartsWith('#') || h.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) ||
            h.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || h.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (h.StartsWith("//", StringComparison.Ordinal))
        {
            h = (baseUrl?.Scheme ?? "https") + ":" + h;
        }

        // A root-relative path ("/news/…") is never an absolute http(s) address (on Unix it would parse as a file
        // URI and be rejected): skip that parse, which is costly for long percent-encoded Persian slugs.
        if (h[0] != '/' && Uri.TryCreate(h, UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps))
        {
            return abs;
        }

        if (baseUrl is not null && Uri.TryCreate(baseUrl, h, out var rel))
        {
            return rel;
        }

        return null;
    }
}
