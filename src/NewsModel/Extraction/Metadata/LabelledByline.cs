using System.Buffers;
using AngleSharp.Dom;
using NewsModel.Extraction.Content;
using NewsModel.Html;

namespace NewsModel.Extraction.Metadata;

/// <summary>
/// A byline that only its words mark, in elements with no author class: «Autor: Fritz Imhof», «&lt;h4&gt;Autor&lt;/h4&gt;
/// &lt;p&gt;&lt;a&gt;Nikolai Huke&lt;/a&gt;», «von Daniela Obers», «Posted by Konstantin», «By &lt;a&gt;Tim Anderson&lt;/a&gt;». Read in
/// document order from the headline on (a page's earlier bylines belong to other articles), outside page chrome,
/// links and comments; the first label followed by something shaped like a name wins. Without one, the first link to
/// an author's page («&lt;a href="/autor/frank_g"&gt;Gunter Frank&lt;/a&gt;») before the end of the main text names the
/// author.
/// </summary>
internal static class LabelledByline
{
    // A label that makes up a whole text node, the name following in the next one ("Autor:" + "Fritz Imhof"): the
    // shared byline labels without their colon, and words that label a credit only on a line of their own.
    private static readonly HashSet<string> WholeLabels = new(
        BylineLabels.Common.Select(l => l.TrimEnd(':')).Concat(
        [
            "Autoren", "Authors", "Verfasser", "Verfasserin", "Texte", "Text von", "Ein Artikel von", "Ein Beitrag von",
            "Redaktion", "Auteur", "Autore", "Gastbeitrag von", "Ein Gastbeitrag von",
        ]),
        StringComparer.Ordinal);

    // Chinese pages: «责任编辑：孔德明», «作者：…» (a full-width colon).
    private static readonly string[] CjkLabels = ["责任编辑：", "责任编辑:", "作者：", "作者:", "编辑：", "记者："];

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "du", "di", "y", "e", "al", "bin", "zu", "ten", "ter", "dos", "das",
    };

    private static readonly char[] Bullets = ['|', '·', '•', '-', '–', '—', ' ', '\u00A0'];

    // The first letters of every label above.
    private static readonly SearchValues<char> FirstLetters = SearchValues.Create(
        string.Concat(WholeLabels.Select(l => l[0]).Concat(BylineLabels.OpeningLines.Select(l => l[0])).Concat(CjkLabels.Select(l => l[0])).Distinct()));

    // A byline is a short line: longer text nodes are paragraphs, passed over without building a string.
    private const int MaxLineLength = 120;

    /// <summary>
    /// The names of the first labelled byline at or after <paramref name="start"/>, else the name of the first link
    /// to an author's page, or null.
    /// </summary>
    /// <param name="root">The article's region.</param>
    /// <param name="start">Where to begin, when not at the root (the headline).</param>
    /// <param name="content">The main text: author links after it are not the article's.</param>
    /// <param name="link">The link whose text is the one name found, when it is one: the author's page.</param>
    /// <param name="labelled">Whether a label marked the byline; otherwise the name is a link to an author's page.</param>
    /// <param name="isOutlet">Whether a name is the site's own: a byline of only such names («By The Planetary Press»
    /// over «Written by: Julie Mollins») is passed over and the walk goes on.</param>
    public static IReadOnlyList<string>? Find(IElement root, IElement? start, IElement? content, out IElement? link, out bool labelled, Func<string, bool>? isOutlet = null)
    {
        var walk = new Walk(start, content, isOutlet);
        walk.Visit(root, inLink: false);
        labelled = walk.Names is not null;
        link = labelled ? walk.NameLink : walk.Link;
        return walk.Names ?? (walk.LinkName is { } name ? [name] : null);
    }

    // The path segments of an author's page, before its slug: "/autor/frank_g", "/author/admin/", "/autoren/georg-quaas/".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuthorSegments =
        new HashSet<string>(["author", "authors", "autor", "autoren"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the link leads to an author's page: an author segment followed by a slug.</summary>
    internal static bool IsAuthorPage(string? href)
    {
        var path = TextTools.LinkPath(href);
        foreach (var range in path.Split('/'))
        {
            if (range.End.Value < path.Length && AuthorSegments.Contains(path[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Elements a walk for the article's own lines passes over: never content (scripts, forms), navigation and side
    /// boxes, captions and quotations, and the page's header and footer (an article's own are walked).
    /// </summary>
    internal static bool IsOutsideArticleLines(IElement e, string tag) =>
        PageAnalysis.IsJunkTag(tag) || tag is "nav" or "aside" or "form" or "figcaption" or "blockquote"
        || (tag is "header" or "footer" && !MicrodataLayer.InArticle(e));

    /// <summary>
    /// One walk over the text nodes in document order from the start element on, outside chrome (a match inside
    /// comments does not count); it stops at the first byline.
    /// </summary>
    private sealed class Walk(IElement? start, IElement? content, Func<string, bool>? isOutlet)
    {
        private bool _started = start is null;

        // Past the end of the main text: an author link there belongs to a list of other posts.
        private bool _pastContent;

        /// <summary>
        /// The text of the first link to an author's page between the headline and the end of the main text, when
        /// no labelled byline is found ("<c>&lt;a href="/autor/frank_g"&gt;Gunter Frank&lt;/a&gt; / 22.04.2020</c>").
        /// </summary>
        public string? LinkName { get; private set; }

        public IElement? Link { get; private set; }

        /// <summary>The link a labelled byline's one name is the text of, when it is one.</summary>
        public IElement? NameLink { get; private set; }

        // The previous text was a label on its own ("Autor:"): this text is the name, or there is no byline here.
        private bool _labelBefore;

        // The text nodes read so far, paragraphs too: a line of date and name counts only among the article's first few.
        private int _lines;

        public List<string>? Names { get; private set; }

        public void Visit(INode node, bool inLink)
        {
            var children = node.ChildNodes;
            for (var i = 0; i < children.Length && Names is null; i++)
            {
                var child = children[i];
                if (child is IElement e)
                {
                    if (e == start)
                    {
                        _started = true;
                    }

                    var tag = e.LocalName;
                    if (IsOutsideArticleLines(e, tag))
                    {
                        // A headline inside skipped chrome still marks where the article begins.
                        _started |= start is not null && e.Contains(start);
                        continue;
                    }

                    if (tag == "a" && _started && !_pastContent && LinkName is null && IsAuthorPage(e.GetAttribute("href")))
                    {
                        ReadLink(e);
                    }

                    Visit(e, inLink || tag == "a");
                    _pastContent |= e == content;
                }
                else if (_started && DomCast.TextData(child) is { } data)
                {
                    Read(child, data, inLink);
                }
            }
        }

        // A byline that names only the site itself says nothing of the writer: the walk goes on.
        private List<string>? NotOutlet(List<string>? names) =>
            names is not null && isOutlet is not null && names.TrueForAll(n => isOutlet(n)) ? null : names;

        private void ReadLink(IElement link)
        {
            var text = TextTools.ShortText(link, 60);
            if (text is not null && Names(text, minWords: 1) is [var name] && !VisibleLayer.InComments(link))
            {
                LinkName = name;
                Link = link;
            }
        }

        private void Read(INode node, string data, bool inLink)
        {
            var span = data.AsSpan().Trim();
            if (span.IsEmpty)
            {
                return;
            }

            _lines++;
            if (span.Length > MaxLineLength)
            {
                _labelBefore = false;
                return;
            }

            // Most lines open with no label's first letter: passed over without building a string.
            var open = span.TrimStart(Bullets);
            if (!_labelBefore && !inLink && _lines <= MaxHeaderLines && open.Length is > 0 and <= MaxDatedLine && char.IsAsciiDigit(open[0]) && IsFirst(node))
            {
                // The article's header line of date and writer: «11.12.2019 - Amelie Loevenich».
                Names = DatedLine(TextTools.Clean(data)) is { } dated ? NotOutlet(LabelledByline.Names(dated, minWords: 2)) : null;
                if (Names is not null && node.ParentElement is { } parent && VisibleLayer.InComments(parent))
                {
                    Names = null;
                }

                return;
            }

            if (!_labelBefore && (inLink || open.IsEmpty || !FirstLetters.Contains(open[0])))
            {
                return;
            }

            var text = TextTools.Clean(data);
            if (_labelBefore)
            {
                // The name is the very next text: "Autor" + "Catch more fish" + "Erscheinungsdatum" is no byline.
                _labelBefore = false;
                Names = NotOutlet(LabelledByline.Names(text, minWords: 1));
                if (Names is not null && node.ParentElement is { } parent && VisibleLayer.InComments(parent))
                {
                    Names = null;
                }

                if (Names is not null)
                {
                    // «By <a href="/author/tanderson/">Tim Anderson</a>»: the link is the author's page.
                    NameLink = inLink && Names.Count == 1 ? node.ParentElement?.Closest("a") : null;
                    return;
                }
            }

            if (!inLink)
            {
                Match(node, text);
                if (Names is not null && node.ParentElement is { } parent && VisibleLayer.InComments(parent))
                {
                    // A commenter's "von …" is no byline; looked up only for a match, not for every element walked.
                    Names = null;
                    _labelBefore = false;
                }
            }
        }

        private void Match(INode node, string text)
        {
            // A word with a colon is a label wherever it stands; a bare "von" or "by" only when it opens its element.
            var label = text.TrimStart(Bullets).TrimEnd(':', '：', ' ');
            if (WholeLabels.Contains(label))
            {
                _labelBefore = text.EndsWith(':') || IsFirst(node);
                return;
            }

            foreach (var cjk in CjkLabels)
            {
                if (label.StartsWith(cjk, StringComparison.Ordinal) && Cjk(label[cjk.Length..].Trim()) is { } name)
                {
                    Names = NotOutlet([name]);
                    return;
                }
            }

            foreach (var prefix in BylineLabels.OpeningLines)
            {
                if (label.Length > prefix.Length + 1 && label.StartsWith(prefix, StringComparison.Ordinal) && label[prefix.Length] == ' ')
                {
                    var colon = prefix[^1] == ':';
                    if (colon || IsFirst(node))
                    {
                        // After "von" or "by" alone a name has two words at least ("von Berlin" is a place).
                        Names = NotOutlet(LabelledByline.Names(label[(prefix.Length + 1)..], minWords: colon || prefix.Contains(' ', StringComparison.Ordinal) ? 1 : 2));
                    }

                    return;
                }
            }
        }
    }

    // Credits a byline goes on with after the writer's name: pictures, illustrations, video.
    private static readonly string[] OtherCredits =
    [
        " Illustration von ", " Illustrationen von ", " Illustration: ", " Illustrationen: ", " Fotos von ", " Foto von ", " Fotos: ",
        " Foto: ", " Bilder von ", " Bilder: ", " Photos by ", " Photo by ", " Photos: ", " Photo: ", " Illustrations by ",
        " Illustration by ", " Video: ", " Video von ",
    ];

    // A line of date and name is the article's header: among the first lines read, and short.
    private const int MaxHeaderLines = 8;
    private const int MaxDatedLine = 80;

    /// <summary>
    /// What follows a date that opens the line and a mark after it: «11.12.2019 - Amelie Loevenich», «04.02.2022 |
    /// 13:10 Uhr | Uta Helkenberg» (the date layer's match takes the time and «Uhr» in) give the name; null when no
    /// dash, bar or slash parts the two (a colon introduces something else), or digits are left.
    /// </summary>
    internal static string? DatedLine(string text)
    {
        if (PrintedDate.DateThenMark(text) is not { Mark: '-' or '–' or '—' or '|' or '·' or '/' } dated)
        {
            return null;
        }

        var rest = dated.After.AsSpan().Trim();
        return !rest.IsEmpty && rest.IndexOfAnyInRange('0', '9') < 0 ? rest.ToString() : null;
    }

    // Whether nothing with text comes before the node in its parent: "von" opening a line is a label, "… Award in
    // Finance <em>von</em> Bankmagazin" in running prose is not.
    private static bool IsFirst(INode node)
    {
        for (var p = node.PreviousSibling; p is not null; p = p.PreviousSibling)
        {
            if (!string.IsNullOrWhiteSpace(p.TextContent))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The names in a byline's text, or null when it does not look like one or more names.</summary>
    private static List<string>? Names(string text, int minWords)
    {
        var s = VisibleLayer.WithoutDate(text);
        var paren = s.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            s = s[..paren];
        }

        // «Text von Christian Seiler Illustration von Markus Roost»: the other credits of the line are not the writer's.
        foreach (var credit in OtherCredits)
        {
            var at = s.IndexOf(credit, StringComparison.Ordinal);
            if (at > 0)
            {
                s = s[..at];
            }
        }

        // "Von R. R. am <a>12.03.2014</a>": the date is in the next element, its preposition is left here.
        foreach (var before in (ReadOnlySpan<string>)[" am", " on", " le", " el", " il", " op", " vom"])
        {
            if (s.EndsWith(before, StringComparison.Ordinal))
            {
                s = s[..^before.Length];
                break;
            }
        }

        var bar = s.IndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0)
        {
            s = s[..bar];
        }

        // "Peter Maahn/SP-X", "Anna Roe / dpa": the agency after a slash is one short word.
        var slash = s.LastIndexOf('/');
        if (slash > 0 && s[(slash + 1)..].Trim() is { Length: >= 2 and <= 12 } agency && !agency.Contains(' ', StringComparison.Ordinal))
        {
            s = s[..slash].TrimEnd();
        }

        // "Nada Tawfik, BBC News, New York": after a comma come the outlet and the place, unless the line ends in a
        // list ("A, B und C").
        var comma = s.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && !VisibleLayer.NameSeparators.Any(sep => sep != ", " && s.Contains(sep, StringComparison.Ordinal)))
        {
            s = s[..comma];
        }

        var names = new List<string>();
        foreach (var part in s.Split(VisibleLayer.NameSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            foreach (var name in AuthorNames.Tidy(part))
            {
                if (!LooksLikeName(name, minWords))
                {
                    return null;
                }

                names.Add(name);
            }
        }

        return names.Count > 0 ? names : null;
    }

    private static bool LooksLikeName(string name, int minWords)
    {
        if (name.Length is < 3 or > 50 || name.Any(c => char.IsDigit(c) || c is '@' or '/' or ':' or '?' or '!' or '"' or '“' or '„'))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < minWords || words.Length > 5 || !char.IsUpper(words[0][0]) || !char.IsUpper(words[^1][0]))
        {
            return false;
        }

        foreach (var w in words)
        {
            if (!char.IsUpper(w[0]) && !Particles.Contains(w))
            {
                return false;
            }

            if (!w.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    private static string? Cjk(string name)
    {
        // «记者王敬照»: the reporter's title before the name.
        if (name.StartsWith("记者", StringComparison.Ordinal))
        {
            name = name[2..].Trim();
        }

        return name.Length is >= 2 and <= 6 && name.All(char.IsLetter) ? name : null;
    }
}
