using System.Buffers;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using NewsModel.Html;
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

        if (IsClean(text))
        {
            return text;
        }

        var collapser = new Collapser(Buffer(text.Length));
        collapser.Append(text);
        return collapser.ToStringAndKeep();
    }

    /// <summary>The element's text (every descendant text node, as <c>TextContent</c>), whitespace-collapsed.</summary>
    public static string TextOf(IElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        // The text nodes are collapsed straight into one buffer: TextContent would build the raw text first (in a
        // pool AngleSharp guards with a lock) and Clean would copy it again.
        var collapser = new Collapser(Buffer(256));
        foreach (var node in Query.NodesOf(element))
        {
            if (DomCast.TextData(node) is { } data)
            {
                collapser.Append(data);
            }
        }

        return collapser.ToStringAndKeep();
    }

    private static bool IsWhite(char c) => char.IsWhiteSpace(c) || c == '\u00A0';

    // Already collapsed: no whitespace at the ends, and inside only single plain spaces.
    private static bool IsClean(string text)
    {
        if (IsWhite(text[0]) || IsWhite(text[^1]))
        {
            return false;
        }

        var inner = text.AsSpan();
        return inner.IndexOfAny(WhiteSpaceSets.AllButSpace) < 0 && inner.IndexOf("  ", StringComparison.Ordinal) < 0;
    }

    [ThreadStatic]
    private static char[]? _buffer;

    private static char[] Buffer(int size)
    {
        var b = _buffer;
        if (b is null || b.Length < size)
        {
            b = new char[Math.Max(size, 1024)];
            _buffer = b;
        }

        return b;
    }

    /// <summary>Writes text with whitespace runs collapsed to one space and the ends trimmed, into a growing buffer.</summary>
    private struct Collapser(char[] buffer)
    {
        private char[] _chars = buffer;
        private int _length;
        private bool _pendingSpace;

        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (IsWhite(c))
                {
                    _pendingSpace = _length > 0;
                    continue;
                }

                if (_length + 2 > _chars.Length)
                {
                    Array.Resize(ref _chars, _chars.Length * 2);
                }

                if (_pendingSpace)
                {
                    _chars[_length++] = ' ';
                    _pendingSpace = false;
                }

                _chars[_length++] = c;
            }
        }

        /// <summary>The text, and the (possibly grown) buffer kept for the next call on this thread.</summary>
        public readonly string ToStringAndKeep()
        {
            _buffer = _chars;
            return _length == 0 ? string.Empty : new string(_chars, 0, _length);
        }
    }

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
            var childNodes = node.ChildNodes;
            for (var childIndex = 0; childIndex < childNodes.Length; childIndex++)
            {
                var child = childNodes[childIndex];
                if (child is Element)
                {
                    sb.Append(' ');
                    if (!Append(child, sb, max))
                    {
                        return false;
                    }

                    sb.Append(' ');
                }
                else if (DomCast.TextData(child) is { } data)
                {
                    sb.Append(data);
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
    public static string SpacedText(IElement element) => ShortText(element, int.MaxValue / 3)!;

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

        // Most texts hold no format character and end in no mark: the cleaned string itself, or one cut of it.
        if (clean.AsSpan().IndexOfAny(FormatMarks) < 0)
        {
            var trimmed = clean.AsSpan().TrimEnd(KeyEndMarks).Trim();
            return trimmed.Length == clean.Length ? clean : trimmed.ToString();
        }

        var buffer = clean.Length <= 256 ? stackalloc char[clean.Length] : new char[clean.Length];
        var n = 0;
        foreach (var c in clean)
        {
            if (!FormatMarks.Contains(c))
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n].TrimEnd(KeyEndMarks).Trim().ToString();
    }

    // The format characters a key drops (ZWNJ, ZWSP, ZWJ, LRM, RLM) and the marks it drops at its end.
    private static readonly SearchValues<char> FormatMarks = SearchValues.Create("\u200C\u200B\u200D\u200E\u200F");
    private static readonly char[] KeyEndMarks = [' ', '.', '؛', ';', ':', '!', '؟', '?', '،', ','];

    /// <summary>
    /// Decodes HTML character references left in text that was escaped twice: WordPress plugins and CMSs write
    /// JSON-LD and <c>&lt;meta content&gt;</c> values already escaped for HTML ("&amp;#8211;", "Polic&amp;iacute;a",
    /// even "enth&amp;amp;uuml;llen"), so a reader would see "&amp;#8211;" instead of "–". Three rounds at most.
    /// </summary>
    public static string DecodeEntities(string text)
    {
        for (var round = 0; round < 3 && text.Contains('&', StringComparison.Ordinal) && text.Contains(';', StringComparison.Ordinal); round++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded.Length == text.Length && decoded == text)
            {
                break;
            }

            text = decoded;
        }

        return text;
    }

    /// <summary>
    /// A metadata value as a reader would see it: references left from a second escape decoded
    /// (<see cref="DecodeEntities"/>), and tags dropped when the value was written as HTML (<see cref="WithoutTags"/>).
    /// JSON-LD strings and <c>&lt;meta content&gt;</c> values both go through here.
    /// </summary>
    public static string FromMarkup(string value)
    {
        var text = DecodeEntities(value);
        return text.Contains('<', StringComparison.Ordinal) ? WithoutTags(text) : text;
    }

    /// <summary>Text written as HTML in a metadata value ("&lt;p&gt;&lt;strong&gt;Die Potenziale …"): its text, tags dropped.</summary>
    public static string WithoutTags(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            // A tag is '<' then a letter, '/' or '!' up to the next '>'; "a < b" stays text.
            if (s[i] == '<' && i + 1 < s.Length && (char.IsAsciiLetter(s[i + 1]) || s[i + 1] is '/' or '!') && s.IndexOf('>', i + 1) is var end and > 0)
            {
                if (sb.Length > 0 && !char.IsWhiteSpace(sb[^1]))
                {
                    sb.Append(' ');
                }

                i = end + 1;
                continue;
            }

            sb.Append(s[i]);
            i++;
        }

        return Clean(sb.ToString());
    }

    /// <summary>
    /// The path of a link as written, without slashes at its ends: "https://host/a/b/?q" and "/a/b#x" give "a/b".
    /// Read without building a <see cref="Uri"/> or its path string.
    /// </summary>
    public static ReadOnlySpan<char> LinkPath(string? href)
    {
        var path = href.AsSpan().Trim();
        var scheme = path.IndexOf("//", StringComparison.Ordinal);
        if (scheme >= 0 && (scheme == 0 || path[..scheme].EndsWith(':')))
        {
            // "https://host/path", "//host/path": the path starts at the first slash after the host.
            var rest = path[(scheme + 2)..];
            var slash = rest.IndexOf('/');
            path = slash < 0 ? [] : rest[slash..];
        }

        var end = path.IndexOfAny('?', '#');
        return (end >= 0 ? path[..end] : path).Trim('/');
    }

    /// <summary>An address's host without a leading "www.": the site it belongs to.</summary>
    public static string SiteHost(Uri url) =>
        url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host[4..] : url.Host;

    /// <summary>
    /// The summed lengths of the <paramref name="titles"/> that occur in <paramref name="text"/> (each entry counted, a
    /// repeated title as often as it is listed), counted until the sum reaches <paramref name="enough"/>. Titles are
    /// looked for one by one while the work done stays within <paramref name="naiveWork"/> character steps (a pass over
    /// the text a title, about 30 steps a nanosecond): on a real homepage that is all it takes. Beyond that budget the
    /// titles left are looked for in one pass over the text: one <c>Contains</c> a title on a page of 20,000 links and
    /// a megabyte of text spent 0.8 s. Building the one-pass search costs far more than a few hundred <c>Contains</c>
    /// (mehrnews 2011, 275–356 titles in 24–30 K characters: 2.5–3.3 ms against 0.22–0.36 ms, and 536 KB), so the
    /// budget, 2<sup>26</sup> steps, is about what that build costs.
    /// </summary>
    public static long TitlesInText(string text, IReadOnlyList<string> titles, long enough = long.MaxValue, long naiveWork = 1 << 26)
    {
        long sum = 0;
        long work = 0;
        var i = 0;
        for (; i < titles.Count && sum < enough && work <= naiveWork; i++)
        {
            sum += text.Contains(titles[i], StringComparison.Ordinal) ? titles[i].Length : 0;
            work += text.Length;
        }

        if (i == titles.Count || sum >= enough)
        {
            return sum;
        }

        var found = FoundTitles(text, titles, i);
        for (; i < titles.Count && sum < enough; i++)
        {
            sum += found.Contains(titles[i]) ? titles[i].Length : 0;
        }

        return sum;
    }

    // The distinct titles, from the index given on, that the text holds. SearchValues finds where any title begins; the
    // titles that begin there are looked up by length, among the lengths of titles not yet found, and the scan ends
    // once every title is found.
    private static HashSet<string> FoundTitles(string text, IReadOnlyList<string> titles, int from)
    {
        var missing = new HashSet<string>(titles.Skip(from).Where(t => t.Length > 0), StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (missing.Count == 0)
        {
            return found;
        }

        var search = SearchValues.Create([.. missing], StringComparison.Ordinal);
        var lookup = missing.GetAlternateLookup<ReadOnlySpan<char>>();
        var left = missing.CountBy(t => t.Length).ToDictionary();
        var lengths = left.Keys.ToList();
        var span = text.AsSpan();
        for (var at = span.IndexOfAny(search); at >= 0 && lengths.Count > 0;)
        {
            for (var k = lengths.Count - 1; k >= 0; k--)
            {
                var length = lengths[k];
                if (at + length <= span.Length && lookup.Remove(span.Slice(at, length)))
                {
                    found.Add(span.Slice(at, length).ToString());
                    if (--left[length] == 0)
                    {
                        lengths.RemoveAt(k);
                    }
                }
            }

            var next = span[(at + 1)..].IndexOfAny(search);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return found;
    }

    /// <summary>The main label of a host: "finanztreff" for www.finanztreff.de, "l-mag" for l-mag.de.</summary>
    public static string HostLabel(string host)
    {
        var labels = host.Split('.');
        return labels.Length >= 2 ? labels[^2] : host;
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
