using System.Text;
using AngleSharp.Dom;
using NewsModel.Html;

namespace NewsModel.Text;

/// <summary>
/// Renders an HTML page to plain text the way crawlers' HTML-to-text steps do (Common Crawl WET, text dumps):
/// the document title on the first line, one line per block element, list items as bullet lines, scripts, styles and
/// markup dropped. Used to make text dumps of real pages for the text parser's tests. Stateless and thread-safe.
/// </summary>
internal static class HtmlToText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas", "select", "button", "input", "textarea",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "ul", "ol", "table", "tr", "blockquote", "pre", "form",
        "figure", "figcaption", "dl", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "address", "hr", "body", "center", "fieldset", "details", "summary",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase) { "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre" };

    /// <summary>Converts an HTML page to its text.</summary>
    public static string Convert(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = Parsers.Parse(html);
        var writer = new Writer();
        var title = document.Title?.Trim();
        if (!string.IsNullOrEmpty(title))
        {
            writer.Text(title);
            writer.Break(blank: true);
        }

        if (document.Body is { } body)
        {
            Walk(body, writer);
        }

        return writer.ToString();
    }

    private static void Walk(INode node, Writer writer)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    writer.Text(text.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement element when element.LocalName == "br":
                    writer.Break(blank: false);
                    break;
                case IElement element when element.LocalName == "li":
                    writer.Break(blank: false);
                    writer.Bullet();
                    Walk(element, writer);
                    writer.Break(blank: false);
                    break;
                case IElement element when element.LocalName is "td" or "th":
                    writer.Text(" ");
                    Walk(element, writer);
                    writer.Text(" ");
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    var paragraph = Paragraphs.Contains(element.LocalName);
                    writer.Break(paragraph);
                    Walk(element, writer);
                    writer.Break(paragraph);
                    break;
                case IElement element:
                    Walk(element, writer);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Collects text with collapsed whitespace and at most one blank line between blocks.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _output = new();
        private readonly StringBuilder _line = new();
        private bool _pendingSpace;
        private int _newlines = 2;

        public void Text(string text)
        {
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c) && c != '\u00A0' || c == '\u00A0')
                {
                    _pendingSpace = _line.Length > 0;
                    continue;
                }

                if (_pendingSpace)
                {
                    _line.Append(' ');
                    _pendingSpace = false;
                }

                _line.Append(c);
            }
        }

        public void Bullet()
        {
            _line.Append("  • ");
            _pendingSpace = false;
        }

        public void Break(bool blank)
        {
            var line = _line.ToString().TrimEnd();
            _line.Clear();
            _pendingSpace = false;
            if (line.Trim().Length > 0 && line.Trim() != "•")
            {
                _output.Append(line).Append('\n');
                _newlines = 1;
            }

            if (blank && _newlines == 1)
            {
                _output.Append('\n');
                _newlines = 2;
            }
        }

        public override string ToString()
        {
            Break(blank: false);
            return _output.ToString().TrimEnd('\n') + "\n";
        }
    }
}
