using System.Text;
using AngleSharp.Dom;
using NewsModel.Html;

namespace NewsModel.Extraction.Content;

/// <summary>
/// Turns the chosen content elements into body blocks in reading order: paragraphs, headings with level, quotes,
/// lists, tables as rows, images with caption and alt, embeds with their address. Skips what
/// <see cref="BoilerplateFilter"/> rejects. Text is whitespace-collapsed; half-spaces (ZWNJ) and other format
/// characters are kept as they are.
/// </summary>
internal sealed class BlockBuilder
{
    private const int MaxDepth = 512;

    private readonly BoilerplateFilter _filter;
    private readonly UrlResolver _urls;
    private readonly List<Block> _blocks = [];
    private readonly InlineText _inline = new();

    public BlockBuilder(BoilerplateFilter filter, UrlResolver urls)
    {
        _filter = filter;
        _urls = urls;
    }

    public List<Block> Blocks => _blocks;

    /// <summary>
    /// How many blocks came before the agency's end-of-story line («انتهای پیام», «انتهای خبر»), when the content
    /// has one: what follows it (yjc's SEO heading, a box of other stories) belongs to the page, not to the story.
    /// </summary>
    public int? EndOfStory { get; private set; }

    /// <summary>Converts one element (and what is inside it).</summary>
    public void Add(IElement element)
    {
        VisitChildren(element, 0);
        Flush();
    }

    /// <summary>Adds the lead paragraph found outside the body; returns its text, or null when it had none.</summary>
    public string? AddLead(IElement lead)
    {
        var text = TextOf(lead);
        if (text.Length == 0)
        {
            return null;
        }

        _blocks.Add(new ParagraphBlock { Text = text });
        return text;
    }

    // Characters that make no words: marks, symbols and spaces (a paragraph of them alone is a spacer or a rule).
    private static readonly System.Buffers.SearchValues<char> NoWords = System.Buffers.SearchValues.Create(" .,;:!?-–—_*+=/\\|~'\"()[]{}<>…·•°#%&@^`´«»„“”‚‘’\u00A0\u200B\u200C\u200D");

    // «[…]» in a quotation marks what was left out; «=)», «:-(» are a blogger's words all the same.
    private static bool IsElision(string text) =>
        text is "[…]" or "(…)" or "[...]" or "(...)" or "[ … ]" or "( … )"
        || (text.Length <= 4 && text.AsSpan().ContainsAny(":;=") && text.AsSpan().ContainsAny("()"));

    private void Flush()
    {
        var text = _inline.Take(out var linkChars, out var total);

        // A paragraph without a letter or digit says nothing: happyface313.com spaces its blocks with a white «.», others
        // draw rules of «*», «-» or «_». Elisions and smileys are kept.
        if (!text.AsSpan().ContainsAnyExcept(NoWords) && !IsElision(text))
        {
            return;
        }

        if (EndOfStory is null && BoilerplateFilter.IsEndOfStory(text))
        {
            EndOfStory = _blocks.Count;
            return;
        }

        if (BoilerplateFilter.IsBoilerplateParagraph(text, linkChars, total))
        {
            return;
        }

        _blocks.Add(new ParagraphBlock { Text = text });
    }

    private void VisitChildren(IElement element, int depth)
    {
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is Element ce)
            {
                Visit(ce, depth + 1);
            }
            else if (DomCast.TextData(child) is { } data)
            {
                _inline.Append(data);
            }
        }
    }

    private void Visit(Element e, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var tag = e.LocalName;
        switch (tag)
        {
            case "iframe" or "video" or "audio" or "embed" or "object":
                if (!PageAnalysis.IsHidden(e))
                {
                    AddEmbed(e, tag, null);
                }

                return;
            case "img":
                if (!_filter.IsSkipped(e))
                {
                    AddImage(e, null);
                }

                return;
            case "br":
                Flush();
                return;
            case "hr":
                Flush();
                return;
        }

        if (_filter.IsSkipped(e))
        {
            // Keep the words on both sides of a removed inline element apart.
            _inline.Space();
            return;
        }

        switch (tag)
        {
            case "a":
                _inline.EnterLink();
                VisitChildren(e, depth);
                _inline.ExitLink();
                return;
            case "h1":
                // The headline is the article's Title, not a body block; a heading just before it is its kicker.
                Flush();
                if (_blocks.Count > 0 && _blocks[^1] is HeadingBlock)
                {
                    _blocks.RemoveAt(_blocks.Count - 1);
                }

                return;
            case "h2" or "h3" or "h4" or "h5" or "h6":
                Flush();
                var heading = TextOf(e);
                if (heading.Length > 0 && !BoilerplateFilter.IsBoilerplateHeading(heading))
                {
                    _blocks.Add(new HeadingBlock { Level = tag[1] - '0', Text = heading });
                }

                return;
            case "blockquote":
                Flush();
                AddQuote(e, depth);
                return;
            case "ul" or "ol":
                Flush();
                AddList(e, tag == "ol", depth);
                return;
            case "dl":
                Flush();
                AddDefinitions(e, depth);
                return;
            case "table":
                Flush();
                AddTable(e, depth);
                return;
            case "figure":
                Flush();
                AddFigure(e, depth);
                return;
            case "picture":
                var img = e.FirstDescendant(static d => d.LocalName == "img");
                if (img is not null)
                {
                    AddImage(img, null);
                }

                return;
            case "figcaption":
                // A caption outside a figure: a paragraph of its own.
                Flush();
                VisitChildren(e, depth);
                Flush();
                return;
        }

        if (IsInline(tag))
        {
            VisitChildren(e, depth);
            if (tag is "td" or "th")
            {
                _inline.Space();
            }

            return;
        }

        Flush();
        VisitChildren(e, depth);
        Flush();
    }

    // Custom elements ("hl-trusted-source" around healthline.com's citation links) are inline, as browsers show them
    // unless a style says otherwise: a paragraph is not cut at them.
    private static bool IsInline(string tag) => tag.Contains('-', StringComparison.Ordinal) || tag switch
    {
        "span" or "b" or "strong" or "i" or "em" or "u" or "s" or "small" or "big" or "sub" or "sup" or "mark"
            or "abbr" or "cite" or "code" or "kbd" or "samp" or "var" or "q" or "time" or "font" or "bdi" or "bdo"
            or "del" or "ins" or "dfn" or "label" or "wbr" or "nobr" or "tt" or "strike" or "acronym" or "data"
            or "output" or "meter" or "progress" or "ruby" or "rt" or "rp" => true,
        _ => false,
    };

    private void AddQuote(Element e, int depth)
    {
        var cls = e.ClassName;
        if (cls is not null && (cls.Contains("twitter-tweet", StringComparison.OrdinalIgnoreCase) || cls.Contains("instagram-media", StringComparison.OrdinalIgnoreCase)))
        {
            var kind = cls.Contains("twitter", StringComparison.OrdinalIgnoreCase) ? "tweet" : "instagram";
            Uri? url = null;
            var links = e.Descendants(static d => d.LocalName == "a" && d.HasAttribute("href"));
            for (var i = links.Count - 1; i >= 0 && url is null; i--)
            {
                url = _urls.Resolve(links[i].GetAttribute("href"));
            }

            // A tweet's words are quoted in the article (the page shows them until the script replaces the quote):
            // its paragraphs, without the «— Name (@handle) date» line after them. An Instagram quote holds only a
            // «View this post on Instagram» link and its caption's link: its address.
            string? text = null;
            if (kind == "tweet")
            {
                var words = string.Join('\n', e.Children.Where(static c => c.LocalName == "p").Select(static p => TextTools.Clean(p.TextContent))
                    .Where(static t => t.Length > 0 && t[0] is not ('—' or '–')));
                text = words.Length > 0 ? words : null;
            }

            _blocks.Add(new EmbedBlock { Kind = kind, Url = url, Text = text });
            return;
        }

        // A quote is one block; its inner paragraphs are joined by line breaks.
        var inner = new BlockBuilder(_filter, _urls);
        inner.VisitChildren(e, depth);
        inner.Flush();
        var parts = new List<string>();
        foreach (var b in inner._blocks)
        {
            if (b is ImageBlock or EmbedBlock)
            {
                _blocks.Add(b);
                continue;
            }

            var t = b.ToPlainText();
            if (t.Length > 0)
            {
                parts.Add(t);
            }
        }

        if (parts.Count > 0)
        {
            _blocks.Add(new QuoteBlock { Text = string.Join('\n', parts) });
        }
    }

    private void AddList(IElement list, bool ordered, int depth)
    {
        var items = new List<string>();
        foreach (var li in list.ElementChildren())
        {
            if (_filter.IsSkipped(li))
            {
                continue;
            }

            // Images and embeds inside items still become blocks of their own.
            var inner = new BlockBuilder(_filter, _urls);
            inner.VisitChildren(li, depth + 1);
            inner.Flush();
            var texts = new List<string>();
            foreach (var b in inner._blocks)
            {
                if (b is ImageBlock or EmbedBlock)
                {
                    _blocks.Add(b);
                }
                else
                {
                    var t = b.ToPlainText();
                    if (t.Length > 0)
                    {
                        texts.Add(t);
                    }
                }
            }

            if (texts.Count > 0)
            {
                items.Add(string.Join(' ', texts));
            }
        }

        if (items.Count > 0)
        {
            _blocks.Add(new ListBlock { Ordered = ordered, Items = items });
        }
    }

    private void AddDefinitions(IElement dl, int depth)
    {
        foreach (var child in dl.ElementChildren())
        {
            if (_filter.IsSkipped(child))
            {
                continue;
            }

            VisitChildren(child, depth + 1);
            Flush();
        }
    }

    private void AddTable(IElement table, int depth)
    {
        if (_filter.IsLayoutTable(table))
        {
            VisitChildren(table, depth);
            Flush();
            return;
        }

        var rows = new List<IReadOnlyList<string>>();
        // Rows of nested tables belong to those tables: do not descend into them.
        foreach (var row in table.Descendants(static d => d.LocalName == "tr", static d => d.LocalName != "table"))
        {
            var cells = new List<string>();
            foreach (var cell in row.ElementChildren())
            {
                if (cell.LocalName is "td" or "th")
                {
                    cells.Add(_filter.IsSkipped(cell) ? string.Empty : TextOf(cell));
                }
            }

            if (cells.Exists(c => c.Length > 0))
            {
                rows.Add(cells);
            }
        }

        if (rows.Count > 0)
        {
            var caption = table.FirstDescendant(static d => d.LocalName == "caption");
            if (caption is not null && ReferenceEquals(caption.ParentElement, table))
            {
                var c = TextOf(caption);
                if (c.Length > 0)
                {
                    _blocks.Add(new ParagraphBlock { Text = c });
                }
            }

            _blocks.Add(new TableBlock { Rows = rows });
        }
    }

    private void AddFigure(IElement figure, int depth)
    {
        var captionElement = figure.FirstDescendant(static d => d.LocalName == "figcaption");
        var caption = captionElement is null ? null : TextOf(captionElement);
        if (string.IsNullOrEmpty(caption))
        {
            caption = null;
        }

        var media = figure.FirstDescendant(static d => d.LocalName is "iframe" or "video" or "audio" or "embed" or "object");
        if (media is not null)
        {
            AddEmbed(media, media.LocalName, caption);
            return;
        }

        var images = figure.Descendants(static d => d.LocalName == "img");
        var added = false;
        foreach (var img in images)
        {
            if (!_filter.IsSkipped(img) && AddImage(img, added ? null : caption))
            {
                added = true;
            }
        }

        if (!added)
        {
            // A figure holding only text (pull quotes, fact boxes): read it as content.
            VisitChildren(figure, depth);
            Flush();
        }
    }

    private bool AddImage(IElement img, string? caption)
    {
        var url = _urls.ImageSource(img);
        if (url is null || IsTiny(img) || Metadata.MetaLayer.IsTrackingImage(url))
        {
            return false;
        }

        var alt = img.GetAttribute("alt")?.Trim();
        Flush();
        _blocks.Add(new ImageBlock
        {
            Image = new ImageRef
            {
                Url = url,
                Caption = caption,
                Alt = string.IsNullOrEmpty(alt) ? null : Collapse(alt),
                Width = Dimension(img.GetAttribute("width")),
                Height = Dimension(img.GetAttribute("height")),
            },
        });
        return true;
    }

    private static bool IsTiny(IElement img)
    {
        var w = Dimension(img.GetAttribute("width"));
        var h = Dimension(img.GetAttribute("height"));
        return (w is not null && w <= 2) || (h is not null && h <= 2);
    }

    private static int? Dimension(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var n = 0;
        var digits = 0;
        foreach (var c in value)
        {
            if (c is >= '0' and <= '9' && n < 100_000)
            {
                n = (n * 10) + (c - '0');
                digits++;
            }
            else
            {
                break;
            }
        }

        return digits == 0 ? null : n;
    }

    private void AddEmbed(IElement e, string tag, string? caption)
    {
        string? src = e.GetAttribute("src") ?? e.GetAttribute("data-src") ?? e.GetAttribute("data");
        if (src is null && tag is "video" or "audio")
        {
            src = e.FirstDescendant(static d => d.LocalName == "source" && d.HasAttribute("src"))?.GetAttribute("src");
        }

        var url = _urls.Resolve(src);
        if (url is null && caption is null)
        {
            return;
        }

        var kind = tag switch
        {
            "video" => "video",
            "audio" => "audio",
            _ => EmbedKind(url),
        };
        var title = caption ?? e.GetAttribute("title")?.Trim();
        Flush();
        _blocks.Add(new EmbedBlock { Url = url, Kind = kind, Title = string.IsNullOrEmpty(title) ? null : title });
    }

    private static string EmbedKind(Uri? url)
    {
        var host = url?.Host ?? string.Empty;
        if (host.Contains("youtube", StringComparison.OrdinalIgnoreCase) || host.Contains("youtu.be", StringComparison.OrdinalIgnoreCase)
            || host.Contains("vimeo", StringComparison.OrdinalIgnoreCase) || host.Contains("aparat", StringComparison.OrdinalIgnoreCase)
            || host.Contains("dailymotion", StringComparison.OrdinalIgnoreCase))
        {
            return "video";
        }

        if (host.Contains("twitter", StringComparison.OrdinalIgnoreCase) || host.EndsWith("x.com", StringComparison.OrdinalIgnoreCase))
        {
            return "tweet";
        }

        if (host.Contains("soundcloud", StringComparison.OrdinalIgnoreCase) || host.Contains("spotify", StringComparison.OrdinalIgnoreCase))
        {
            return "audio";
        }

        return "iframe";
    }

    /// <summary>The collapsed text of an element, skipping what the filter rejects.</summary>
    private string TextOf(IElement e)
    {
        var inline = new InlineText();
        AppendText(e, inline, 0);
        return inline.Take(out _, out _);
    }

    private void AppendText(IElement e, InlineText inline, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var children = e.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is Element ce)
            {
                if (ce.LocalName == "br")
                {
                    inline.Space();
                    continue;
                }

                if (_filter.IsSkipped(ce))
                {
                    continue;
                }

                var block = !IsInline(ce.LocalName) && ce.LocalName != "a";
                if (block)
                {
                    inline.Space();
                }

                AppendText(ce, inline, depth + 1);
                if (block)
                {
                    inline.Space();
                }
            }
            else if (DomCast.TextData(child) is { } data)
            {
                inline.Append(data);
            }
        }
    }

    internal static string Collapse(string text)
    {
        var inline = new InlineText();
        inline.Append(text);
        return inline.Take(out _, out _);
    }

    /// <summary>Accumulates inline text with whitespace collapsing, counting characters inside links.</summary>
    private sealed class InlineText
    {
        private readonly StringBuilder _sb = new();
        private bool _pendingSpace;
        private int _linkDepth;
        private int _linkChars;

        public void EnterLink() => _linkDepth++;

        public void ExitLink() => _linkDepth--;

        public void Space()
        {
            if (_sb.Length > 0)
            {
                _pendingSpace = true;
            }
        }

        public void Append(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (_sb.Length > 0)
                    {
                        _pendingSpace = true;
                    }

                    continue;
                }

                if (_pendingSpace)
                {
                    _sb.Append(' ');
                    _pendingSpace = false;
                }

                _sb.Append(c);
                if (_linkDepth > 0)
                {
                    _linkChars++;
                }
            }
        }

        public string Take(out int linkChars, out int total)
        {
            linkChars = _linkChars;
            total = _sb.Length;
            var s = _sb.ToString();
            _sb.Clear();
            _pendingSpace = false;
            _linkChars = 0;
            return s;
        }
    }
}
