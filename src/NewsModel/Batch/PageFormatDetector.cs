namespace NewsModel.Batch;

/// <summary>Tells HTML from a plain-text dump by looking for markup near the start of the content.</summary>
public static class PageFormatDetector
{
    private const int SniffLength = 16 * 1024;

    private static readonly string[] DocumentTags = ["html", "head", "body", "!doctype", "meta", "title", "?xml"];

    private static readonly string[] CommonTags = ["div", "p", "a", "span", "br", "script", "style", "link", "table", "ul", "li", "h1", "h2", "img", "!--", "section", "article", "nav", "header", "footer"];

    /// <summary>Decides whether the text is HTML or a plain-text dump.</summary>
    /// <param name="content">The page's text (only its first 16 K characters are looked at).</param>
    /// <returns><see cref="PageFormat.Html"/> when the start holds a document tag (<c>&lt;html</c>, <c>&lt;!DOCTYPE</c>, …) or
    /// at least three common tags; otherwise <see cref="PageFormat.Text"/>.</returns>
    public static PageFormat Detect(ReadOnlySpan<char> content)
    {
        var span = content.Length > SniffLength ? content[..SniffLength] : content;
        var common = 0;
        for (var i = span.IndexOf('<'); i >= 0 && i < span.Length - 1; i = NextOpen(span, i + 1))
        {
            var rest = span[(i + 1)..];
            if (rest.Length > 0 && rest[0] == '/')
            {
                rest = rest[1..];
            }

            foreach (var tag in DocumentTags)
            {
                if (IsTag(rest, tag))
                {
                    return PageFormat.Html;
                }
            }

            foreach (var tag in CommonTags)
            {
                if (IsTag(rest, tag) && ++common >= 3)
                {
                    return PageFormat.Html;
                }
            }
        }

        return PageFormat.Text;
    }

    /// <summary>Decides whether the bytes (UTF-8 or an ASCII-compatible encoding) are HTML or a plain-text dump.</summary>
    /// <param name="content">The page's bytes.</param>
    /// <returns>The format.</returns>
    public static PageFormat Detect(ReadOnlySpan<byte> content)
    {
        var span = content.Length > SniffLength ? content[..SniffLength] : content;
        Span<char> chars = new char[span.Length];
        for (var i = 0; i < span.Length; i++)
        {
            // Markup is ASCII: other bytes only need to stay non-ASCII.
            chars[i] = span[i] < 0x80 ? (char)span[i] : '\u00FF';
        }

        return Detect(chars);
    }

    private static int NextOpen(ReadOnlySpan<char> span, int from)
    {
        var next = span[from..].IndexOf('<');
        return next < 0 ? -1 : from + next;
    }

    private static bool IsTag(ReadOnlySpan<char> rest, string tag)
    {
        if (!rest.StartsWith(tag, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (tag == "!--")
        {
            return true;
        }

        return rest.Length == tag.Length || rest[tag.Length] is ' ' or '>' or '/' or '\t' or '\r' or '\n';
    }
}
