using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace NewsModel.Html;

/// <summary>
/// Drops the content of inline <c>&lt;svg&gt;</c> elements from a page's HTML before the DOM is built. An icon's path
/// data is most of some pages' markup (theverge.com: a third of its characters), the parser pays for every element and
/// attribute of it, and nothing the library reads is inside an svg: the element itself stays, with its attributes, so
/// a link or a button still holds its icon.
/// </summary>
/// <remarks>
/// The cut must never take anything else, so the page is read the way the HTML tokenizer reads it: tags with their
/// attributes (a quoted value may hold <c>&gt;</c> or <c>&lt;svg</c>), comments, and the elements whose text is not
/// markup (<c>script</c>, <c>style</c>, <c>textarea</c>, <c>title</c>, …). An svg's content is cut only when it is
/// plain SVG markup: its end tags close what it opened, it opens no HTML element that would end the svg early
/// (<c>&lt;div&gt;</c>, <c>&lt;p&gt;</c>, …), no nested svg, no <c>foreignObject</c>, and no markup inside its
/// <c>title</c> or <c>desc</c>; an svg inside a <c>select</c> (where its tags are ignored and its text is the
/// select's) is left alone. At the first thing the reader does not follow exactly (a script that opens an HTML comment
/// and a script tag inside it, MathML, <c>plaintext</c>, a frameset, a construct left open at the end), it stops
/// cutting and leaves the rest of the page as it is. Whether the reading pays is judged first (see
/// <see cref="WorthReading"/>): on most pages the svgs are a few small icons and the page is parsed as it is. Checked
/// against the parser itself: on all 1,003 development and Persian pages, read with and without the cut, the documents
/// are the same once every svg is emptied (tests: a property test on mixed markup and a real page).
/// </remarks>
internal static class SvgContent
{
    // Start tags that leave foreign content (the HTML standard's list; font only with some attributes, taken always).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakOut = FrozenSet.ToFrozenSet(
    [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<string> SvgOpen = SearchValues.Create(["<svg"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SvgClose = SearchValues.Create(["</svg"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The page with the content of its inline svg elements removed, in an array rented from the shared pool (return
    /// it by disposing the result, once nothing reads the text or a document built from it); the page itself when the
    /// svgs are too small a part of it to pay for the reading, or none can be cut.
    /// </summary>
    public static SvglessText Strip(ReadOnlyMemory<char> page) => Strip(page, always: false);

    /// <inheritdoc cref="Strip(ReadOnlyMemory{char})"/>
    /// <remarks>When nothing is cut the result parses the string itself, which AngleSharp reads a little faster.</remarks>
    public static SvglessText Strip(string page)
    {
        var result = Strip(page.AsMemory(), always: false);
        return result.Cut ? result : new SvglessText(page);
    }

    /// <summary>The same; with <paramref name="always"/>, whatever part of the page the svgs are (for tests).</summary>
    internal static SvglessText Strip(ReadOnlyMemory<char> page, bool always)
    {
        var html = page.Span;
        if (!always && !WorthReading(html))
        {
            return new SvglessText(page, null);
        }

        // The page is read up to its last svg: each time the reader passes the next "<svg", the one after is looked for.
        var svg = html.IndexOfAny(SvgOpen);

        List<(int Start, int End)>? cuts = null;
        var inSelect = false;
        var i = 0;
        while (true)
        {
            if (i > svg)
            {
                var after = html[i..].IndexOfAny(SvgOpen);
                if (after < 0)
                {
                    break;
                }

                svg = i + after;
            }

            var lt = html[i..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            i += lt;
            var next = Markup(html, i, out var nameStart, out var nameEnd, out var end, out var selfClosing);
            if (next < 0)
            {
                break;
            }

            // A comment, doctype or processing instruction: read on after it.
            if (nameStart < 0)
            {
                i = next;
                continue;
            }

            var name = TagName(html[nameStart..nameEnd]);
            if (end)
            {
                inSelect &= name != "select";
                i = next;
                continue;
            }

            switch (name)
            {
                // Inside a select an svg's tags are ignored and its text is the select's: nothing is cut there (until
                // the select's end tag; a select that ends otherwise only keeps the reader from cutting for longer).
                case "select":
                    inSelect = true;
                    break;
                case "script":
                    next = ScriptEnd(html, next);
                    break;
                case "style" or "xmp" or "iframe" or "noembed" or "noframes" or "textarea" or "title":
                    next = EndTag(html, next, name);
                    break;
                case "plaintext" or "math" or "frameset":
                    next = -1;
                    break;
                case "svg" when !selfClosing && !inSelect:
                    var close = ForeignEnd(html, next);
                    if (close > next)
                    {
                        (cuts ??= []).Add((next, close));
                    }

                    next = close;
                    break;
            }

            if (next < 0)
            {
                break;
            }

            i = next;
        }

        if (cuts is null)
        {
            return new SvglessText(page, null);
        }

        var length = html.Length;
        foreach (var (start, stop) in cuts)
        {
            length -= stop - start;
        }

        var buffer = ArrayPool<char>.Shared.Rent(length);
        var at = 0;
        var written = 0;
        foreach (var (start, stop) in cuts)
        {
            html[at..start].CopyTo(buffer.AsSpan(written));
            written += start - at;
            at = stop;
        }

        html[at..].CopyTo(buffer.AsSpan(written));
        return new SvglessText(buffer.AsMemory(0, length), buffer);
    }

    /// <summary>
    /// Whether the svgs hold enough of the page for the reading to pay: reading the page costs about a tenth of what
    /// the parser spends on the same characters, so the content between each "&lt;svg" and the next "&lt;/svg" (a
    /// rough count: this one does not know scripts from markup) must be a sixth of the page at least.
    /// </summary>
    private static bool WorthReading(ReadOnlySpan<char> html)
    {
        var inside = 0;
        for (var at = 0; ;)
        {
            var open = html[at..].IndexOfAny(SvgOpen);
            if (open < 0)
            {
                break;
            }

            at += open;
            var close = html[at..].IndexOfAny(SvgClose);
            if (close < 0)
            {
                break;
            }

            inside += close;
            at += close;
        }

        return inside * 6L >= html.Length && inside > 0;
    }

    /// <summary>
    /// Reads the markup at <paramref name="i"/> (a <c>&lt;</c>): a start or end tag gives where its name is
    /// (<paramref name="nameStart"/> -1 for a comment, doctype or processing instruction). Returns the index after it,
    /// or -1 when the page ends inside; a <c>&lt;</c> that opens nothing is text: the index after it.
    /// </summary>
    private static int Markup(ReadOnlySpan<char> html, int i, out int nameStart, out int nameEnd, out bool end, out bool selfClosing)
    {
        nameStart = -1;
        nameEnd = -1;
        end = false;
        selfClosing = false;
        if (i + 1 >= html.Length)
        {
            return -1;
        }

        var c = html[i + 1];
        if (c == '!')
        {
            return html[(i + 2)..].StartsWith("--") ? CommentEnd(html, i + 4) : Bogus(html, i + 2);
        }

        if (c == '?')
        {
            return Bogus(html, i + 2);
        }

        if (c == '/')
        {
            if (i + 2 >= html.Length)
            {
                return -1;
            }

            if (html[i + 2] == '>')
            {
                return i + 3;
            }

            if (!char.IsAsciiLetter(html[i + 2]))
            {
                return Bogus(html, i + 2);
            }

            end = true;
            nameStart = i + 2;
            return Tag(html, i + 2, out nameEnd, out selfClosing);
        }

        if (!char.IsAsciiLetter(c))
        {
            return i + 1;
        }

        nameStart = i + 1;
        return Tag(html, i + 1, out nameEnd, out selfClosing);
    }

    // A comment from its content's start: "<!-->" and "<!--->" end at once, the rest at "-->" or "--!>".
    private static int CommentEnd(ReadOnlySpan<char> html, int start)
    {
        if (start < html.Length && html[start] == '>')
        {
            return start + 1;
        }

        if (start + 1 < html.Length && html[start] == '-' && html[start + 1] == '>')
        {
            return start + 2;
        }

        for (var at = start; ;)
        {
            var dash = html[at..].IndexOf("--");
            if (dash < 0)
            {
                return -1;
            }

            at += dash + 2;
            if (at < html.Length && html[at] == '>')
            {
                return at + 1;
            }

            if (at + 1 < html.Length && html[at] == '!' && html[at + 1] == '>')
            {
                return at + 2;
            }

            // "--->" ends too: step one dash back.
            at--;
        }
    }

    // A doctype, a bogus comment or a processing instruction ends at the first '>'.
    private static int Bogus(ReadOnlySpan<char> html, int start)
    {
        var gt = html[start..].IndexOf('>');
        return gt < 0 ? -1 : start + gt + 1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    /// <summary>
    /// A tag from its name's first letter, read as the tokenizer's tag, attribute and value states read it: returns the
    /// index after its '>' (-1 at the end of the page), the end of its name, and whether it closes itself.
    /// </summary>
    private static int Tag(ReadOnlySpan<char> html, int start, out int nameEnd, out bool selfClosing)
    {
        selfClosing = false;
        var i = start;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        nameEnd = i;
        while (true)
        {
            // Before an attribute's name.
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            var c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c == '/')
            {
                // Self-closing when '>' follows; else the '/' is dropped and a name may start.
                if (i + 1 < html.Length && html[i + 1] == '>')
                {
                    selfClosing = true;
                    return i + 2;
                }

                i++;
                continue;
            }

            // The name: its first character whatever it is ('=' too), then up to a space, '/', '=' or '>'.
            i++;
            while (i < html.Length && !IsSpace(c = html[i]) && c is not ('/' or '=' or '>'))
            {
                i++;
            }

            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            if (html[i] != '=')
            {
                // '/', '>' or the next attribute's name: as before a name.
                continue;
            }

            i++;
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            c = html[i];
            if (c is '"' or '\'')
            {
                var close = html[(i + 1)..].IndexOf(c);
                if (close < 0)
                {
                    return -1;
                }

                // After a quoted value: '>', '/', a space or a new name, all as before a name.
                i += close + 2;
                continue;
            }

            if (c == '>')
            {
                return i + 1;
            }

            // An unquoted value runs to a space or '>' ('/' and quotes are part of it).
            while (i < html.Length && !IsSpace(c = html[i]) && c != '>')
            {
                i++;
            }

            if (i >= html.Length)
            {
                return -1;
            }

            if (c == '>')
            {
                return i + 1;
            }
        }
    }

    // The tag names this reader tells apart, found by length then letters without allocating; any other name is read
    // as "" (the svg reader reads those itself).
    private static string TagName(ReadOnlySpan<char> raw) => raw.Length switch
    {
        3 => Is(raw, "svg") ? "svg" : Is(raw, "xmp") ? "xmp" : string.Empty,
        4 => Is(raw, "math") ? "math" : string.Empty,
        5 => Is(raw, "style") ? "style" : Is(raw, "title") ? "title" : string.Empty,
        6 => Is(raw, "script") ? "script" : Is(raw, "iframe") ? "iframe" : Is(raw, "select") ? "select" : string.Empty,
        7 => Is(raw, "noembed") ? "noembed" : string.Empty,
        8 => Is(raw, "noframes") ? "noframes" : Is(raw, "textarea") ? "textarea" : Is(raw, "frameset") ? "frameset" : string.Empty,
        9 => Is(raw, "plaintext") ? "plaintext" : string.Empty,
        _ => string.Empty,
    };

    private static bool Is(ReadOnlySpan<char> raw, string name) => raw.Equals(name, StringComparison.OrdinalIgnoreCase);

    // The end of a script's text: the start of its "</script" end tag; -1 when there is none, or when the text opens
    // an HTML comment and then a "<script", which keeps the next "</script>" from ending it (the tokenizer's
    // double-escaped state).
    private static int ScriptEnd(ReadOnlySpan<char> html, int start)
    {
        var end = EndTag(html, start, "script");
        if (end < 0)
        {
            return -1;
        }

        var text = html[start..end];
        var comment = text.IndexOf("<!--");
        return comment >= 0 && text[comment..].IndexOf("<script", StringComparison.OrdinalIgnoreCase) >= 0 ? -1 : end;
    }

    // The next "</name" followed by a space, '/' or '>' (any case), from start.
    private static int EndTag(ReadOnlySpan<char> html, int start, string name)
    {
        for (var at = start; ;)
        {
            var lt = html[at..].IndexOf("</");
            if (lt < 0)
            {
                return -1;
            }

            at += lt;
            var after = at + 2 + name.Length;
            if (after < html.Length && html.Slice(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (IsSpace(html[after]) || html[after] is '/' or '>'))
            {
                return at;
            }

            at += 2;
        }
    }

    /// <summary>
    /// The end of an svg's content (the start of its "&lt;/svg" end tag) when it is plain SVG markup, else -1: see the
    /// class's remarks for what ends the reading.
    /// </summary>
    private static int ForeignEnd(ReadOnlySpan<char> html, int start)
    {
        // The elements the svg opened, as (start, end) of their names in the page.
        Span<(int Start, int End)> inline = stackalloc (int, int)[16];
        var open = inline;
        var depth = 0;
        var inText = false;
        for (var i = start; i < html.Length;)
        {
            var lt = html[i..].IndexOf('<');
            if (lt < 0)
            {
                return -1;
            }

            i += lt;
            if (html[(i + 1)..].StartsWith("![CDATA["))
            {
                var close = html[(i + 9)..].IndexOf("]]>");
                if (close < 0)
                {
                    return -1;
                }

                i += 9 + close + 3;
                continue;
            }

            var at = i;
            i = Markup(html, i, out var nameStart, out var nameEnd, out var end, out var selfClosing);
            if (i < 0)
            {
                return -1;
            }

            if (nameStart < 0)
            {
                continue;
            }

            var name = html[nameStart..nameEnd];
            if (end)
            {
                if (name.Equals("svg", StringComparison.OrdinalIgnoreCase))
                {
                    return at;
                }

                // An end tag must close an element this svg opened, or the tree builder may close the svg for it.
                var found = depth - 1;
                while (found >= 0 && !html[open[found].Start..open[found].End].Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    found--;
                }

                if (found < 0)
                {
                    return -1;
                }

                depth = found;
                inText = depth > 0 && IsTextPoint(html[open[depth - 1].Start..open[depth - 1].End]);
                continue;
            }

            // In an svg's title or desc (HTML integration points) a tag is HTML: not followed here.
            if (inText || BreakOut.Contains(name) || name.Equals("svg", StringComparison.OrdinalIgnoreCase)
                || name.Equals("math", StringComparison.OrdinalIgnoreCase) || name.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
            {
                return -1;
            }

            if (!selfClosing)
            {
                if (depth == open.Length)
                {
                    var grown = new (int, int)[depth * 2];
                    open.CopyTo(grown);
                    open = grown;
                }

                open[depth++] = (nameStart, nameEnd);
                inText = IsTextPoint(name);
            }
        }

        return -1;
    }

    private static bool IsTextPoint(ReadOnlySpan<char> name) =>
        name.Equals("title", StringComparison.OrdinalIgnoreCase) || name.Equals("desc", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A page's text without its svgs' content (see <see cref="SvgContent.Strip(ReadOnlyMemory{char})"/>): parse it with
/// <see cref="Parse"/>, and dispose it (which returns its array) once nothing reads the document.
/// </summary>
internal readonly struct SvglessText : IDisposable
{
    private readonly string? _page;
    private readonly char[]? _rented;

    /// <summary>The text as it is, or with the svgs' content cut into <paramref name="rented"/>.</summary>
    public SvglessText(ReadOnlyMemory<char> chars, char[]? rented)
    {
        Chars = chars;
        _rented = rented;
    }

    /// <summary>A page kept as the caller's string (nothing cut).</summary>
    public SvglessText(string page)
    {
        Chars = page.AsMemory();
        _page = page;
    }

    /// <summary>The text to parse.</summary>
    public ReadOnlyMemory<char> Chars { get; }

    /// <summary>Whether any svg content was cut.</summary>
    public bool Cut => _rented is not null;

    /// <summary>The page's document (see <see cref="Parsers.Parse(string)"/>).</summary>
    public AngleSharp.Html.Dom.IHtmlDocument Parse() => _page is not null ? Parsers.Parse(_page) : Parsers.Parse(Chars);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<char>.Shared.Return(_rented);
        }
    }
}
