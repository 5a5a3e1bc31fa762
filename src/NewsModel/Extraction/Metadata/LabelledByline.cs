using System.Buffers;
using AngleSharp.Dom;
using NewsModel.Dates;
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
    /// <param name="links">For each name found, the link whose text it is (the author's page), or null.</param>
    /// <param name="labelled">Whether a label marked the byline; otherwise the name is a link to an author's page.</param>
    /// <param name="role">The role a Persian label names («خبرنگار», «تهیه و تنظیم»), else null.</param>
    /// <param name="persian">Whether the page is Persian (or Dari): only Persian labels are read.</param>
    /// <param name="isOutlet">Whether a name is the site's own: a byline of only such names («By The Planetary Press»
    /// over «Written by: Julie Mollins») is passed over and the walk goes on.</param>
    public static IReadOnlyList<string>? Find(IElement root, IElement? start, IElement? content, out IReadOnlyList<IElement?>? links, out bool labelled, out string? role, Func<string, bool>? isOutlet = null, bool persian = false)
    {
        var walk = new Walk(start, content, isOutlet, persian);
        walk.Visit(root, inLink: false);
        labelled = walk.Names is not null;
        links = labelled ? walk.NameLinks : walk.Links;
        role = labelled ? walk.Role : null;
        return walk.Names ?? walk.LinkNames;
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
    private sealed class Walk(IElement? start, IElement? content, Func<string, bool>? isOutlet, bool persian)
    {
        private bool _started = start is null;

        // Past the end of the main text: an author link there belongs to a list of other posts.
        private bool _pastContent;

        /// <summary>
        /// The text of the first link to an author's page between the headline and the end of the main text, when
        /// no labelled byline is found ("<c>&lt;a href="/autor/frank_g"&gt;Gunter Frank&lt;/a&gt; / 22.04.2020</c>"),
        /// and of the co-writers' links after it.
        /// </summary>
        public List<string>? LinkNames { get; private set; }

        /// <summary>The links of <see cref="LinkNames"/>, one per name.</summary>
        public List<IElement?>? Links { get; private set; }

        /// <summary>For each name of a labelled byline, the link it is the text of, or null.</summary>
        public List<IElement?>? NameLinks { get; private set; }

        // The previous text was a label on its own ("Autor:"): this text is the name, or there is no byline here.
        private bool _labelBefore;

        // The text nodes read so far, paragraphs too: a line of date and name counts only among the article's first few.
        private int _lines;

        public List<string>? Names { get; private set; }

        /// <summary>The role the label of <see cref="Names"/> names, when it is a Persian role («خبرنگار:»).</summary>
        public string? Role { get; private set; }

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

                    if (tag == "a" && _started && !_pastContent && LinkNames is null && IsAuthorPage(e.GetAttribute("href")))
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
            if (AuthorLinkName(link) is { } name && !VisibleLayer.InComments(link))
            {
                (LinkNames, Links) = ([name], [link]);
                foreach (var (next, nextLink) in CoWriters(link, AuthorLink))
                {
                    LinkNames.Add(next);
                    Links.Add(nextLink);
                }
            }
        }

        private static string? AuthorLinkName(IElement link) =>
            TextTools.ShortText(link, 60) is { } text && Names(text, minWords: 1) is [var name] ? name : null;

        // A co-writer's element: a link to an author's page, or an element holding only such a link.
        private static (string, IElement)? AuthorLink(IElement e)
        {
            var link = LinkOf(e);
            return link is not null && (link == e || TextTools.SameText(TextTools.TextOf(link), TextTools.TextOf(e)))
                && IsAuthorPage(link.GetAttribute("href")) && AuthorLinkName(link) is { } name ? (name, link) : null;
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
                    NameLinks = Names.Count == 1 ? [inLink ? node.ParentElement?.Closest("a") : null] : null;
                }

                if (Names is [var first] && Holder(node, first) is { } holder)
                {
                    // «Von <strong><a>Roland Brockmann</a></strong> und <strong><a>Sebastian Drescher</a></strong>».
                    foreach (var (next, element) in CoWriters(holder, InlineName))
                    {
                        Names.Add(next);
                        NameLinks!.Add(LinkOf(element));
                    }
                }

                if (Names is not null)
                {
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
            if (persian)
            {
                // A Persian page is read for Persian labels only: «von …» or "By …" there is no byline of its own.
                foreach (var prefix in BylineLabels.OpeningLines)
                {
                    if (IsArabicScript(prefix[0]) && label.Length > prefix.Length + 1 && label.StartsWith(prefix, StringComparison.Ordinal) && label[prefix.Length] == ' ')
                    {
                        Names = NotOutlet(LabelledByline.Names(label[(prefix.Length + 1)..], minWords: 1));
                        Role = Names is not null && prefix[^1] == ':' ? prefix[..^1] : null;
                        return;
                    }
                }

                return;
            }

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

    /// <summary>
    /// The writer's signature closing the text: its last paragraph is one emphasized name and nothing else
    /// («&lt;p&gt;&lt;b&gt;&lt;i&gt;Stefan Wasmer&lt;/i&gt;&lt;/b&gt;&lt;/p&gt;», «&lt;p&gt;&lt;strong&gt;Marina
    /// Mucha&lt;/strong&gt;&lt;/p&gt;»): two to four words, no digits, no label («Fotos: …») and no other text in the
    /// paragraph.
    /// </summary>
    internal static string? Signature(IElement content)
    {
        // The last paragraph with text, looked for from the end (reading every paragraph's text cost 2 % of a parse).
        IElement? last = null;
        var paragraphs = Query.All(content, "p");
        for (var i = paragraphs.Count - 1; i >= 0 && last is null; i--)
        {
            if (!string.IsNullOrWhiteSpace(paragraphs[i].TextContent))
            {
                last = paragraphs[i];
            }
        }

        if (last is null || last.ChildElementCount != 1 || last.FirstElementChild is not { LocalName: "b" or "strong" or "em" or "i" } emphasis)
        {
            return null;
        }

        // «<p><strong>Ähnliche Beiträge</strong></p>» labels a box after the text.
        var text = TextTools.TextOf(last);
        return text.Length <= 40 && TextTools.SameText(TextTools.TextOf(emphasis), text) && !BoilerplateFilter.IsBoilerplateHeading(text)
            && Names(text, minWords: 2) is [var name] && TextTools.SameText(name, text.TrimEnd('.'))
            && name.Split(' ').Length <= 4 ? name : null;
    }

    // What joins a writer's name to the next one's when each has an element of its own.
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { ",", "&", "und", "and", "y", "et", "e", "و", "،", "sowie" };

    /// <summary>
    /// The co-writers after a writer's name in a line where each name has an element of its own, parted only by
    /// joiners: «&lt;a href="/autor/isabel-caro"&gt;Isabel Caro&lt;/a&gt;&lt;span&gt;, &lt;/span&gt;&lt;a
    /// href="/autor/rocio-latorre"&gt;Rocío Latorre&lt;/a&gt;&lt;span&gt; y &lt;/span&gt;…», «&lt;strong&gt;Roland
    /// Brockmann&lt;/strong&gt; und &lt;strong&gt;Sebastian Drescher&lt;/strong&gt;». Read from the siblings after
    /// <paramref name="first"/>: a joiner, then an element <paramref name="nameOf"/> accepts, and so on. The names must
    /// end the line; when something else follows them, or a joiner leads to no name, there are none.
    /// </summary>
    private static List<(string Name, IElement Element)> CoWriters(INode first, Func<IElement, (string, IElement)?> nameOf)
    {
        var names = new List<(string, IElement)>();
        var joined = false;
        foreach (var n in Siblings.After(first))
        {
            if (names.Count >= 8)
            {
                break;
            }

            var text = n is IElement el ? TextTools.TextOf(el) : TextTools.Clean(n.TextContent);
            if (text.Length == 0 && n is not IElement { LocalName: "br" })
            {
                continue;
            }

            if (!joined && Joiners.Contains(text))
            {
                joined = true;
                continue;
            }

            if (joined && n is IElement e && nameOf(e) is { } next)
            {
                names.Add(next);
                joined = false;
                continue;
            }

            // The names must end the line («… und Tausend Helfern aus aller Welt» is no list of writers): a break, a
            // mark that opens the line's next part («| 27.01.2022»), or nothing.
            return !joined && (n is IElement { LocalName: "br" } || LineGoesOn.Contains(text[0])) ? names : [];
        }

        return joined ? [] : names;
    }

    private static readonly SearchValues<char> LineGoesOn = SearchValues.Create("|·•-–—/(");

    // The element a name found in a text node fills alone, up through inline wrappers («<strong><a>Name</a></strong>»);
    // null when the text node has a sibling with text (the name is part of a longer line).
    private static INode? Holder(INode node, string name)
    {
        INode holder = node;
        while (holder.Parent is IElement { LocalName: "a" or "strong" or "b" or "em" or "span" or "small" or "i" } parent
            && TextTools.SameText(TextTools.TextOf(parent), name))
        {
            holder = parent;
        }

        return holder == node && node.Parent is IElement p && !TextTools.SameText(TextTools.TextOf(p), name) ? null : holder;
    }

    // The link an element holding one name is or holds.
    private static IElement? LinkOf(IElement e) =>
        e.LocalName == "a" ? e : Query.All(e, "a") is [var only] ? only : null;

    // An inline element whose text is one name of two words or more.
    private static (string, IElement)? InlineName(IElement e) =>
        e.LocalName is "a" or "strong" or "b" or "em" or "span" or "small" or "i"
        && TextTools.ShortText(e, 60) is { } text && Names(text, minWords: 2) is [var name] ? (name, e) : null;

    // Whether nothing with text comes before the node in its parent: "von" opening a line is a label, "… Award in
    // Finance <em>von</em> Bankmagazin" in running prose is not.
    private static bool IsFirst(INode node)
    {
        foreach (var p in Siblings.Before(node))
        {
            if (!string.IsNullOrWhiteSpace(p.TextContent))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The names of a byline written as lines of text, as a text dump writes it, read as a byline opening its element is
    /// on a page: a date and a mark then the name («11.12.2019 - Amelie Loevenich»), a label and the names («Von Roland
    /// Brockmann und Sebastian Drescher», "By Emily Burack 8 January 2020, 3:51 pm", «خبرنگار: …», with its role), or a
    /// label alone on its line, or ending a line of date («10.12.2022 18:27 von»), and the names on the next lines
    /// ("By" + "David Brand" + "and" + "Ramsey Khalifeh"). A Persian text is read for Persian labels only.
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="following">The next lines with text (three are enough).</param>
    /// <param name="persian">Whether the text is Persian.</param>
    /// <param name="role">The role a Persian label names («خبرنگار»), else null.</param>
    /// <param name="nearDate">Whether a line of date stands right above or below: a single word after a label is then
    /// a name ("By oradmin" under «2. August 2012»).</param>
    internal static List<string>? FromLines(string line, IReadOnlyList<string> following, bool persian, out string? role, bool nearDate = false)
    {
        var names = NamesOfLine(line, following, persian, out role, nearDate);
        if (names is not null)
        {
            // The line's sentence ends after the name ("By Tatyana Turner."); a suffix or an initial keeps its period.
            for (var i = 0; i < names.Count; i++)
            {
                var last = names[i].LastIndexOf(' ');
                if (names[i].EndsWith('.') && names[i].Length - last > 5)
                {
                    names[i] = names[i][..^1];
                }
            }
        }

        return names;
    }

    private static List<string>? NamesOfLine(string line, IReadOnlyList<string> following, bool persian, out string? role, bool nearDate)
    {
        role = null;
        var text = TextTools.Clean(line);
        if (text.Length is 0 or > MaxLineLength)
        {
            return null;
        }

        var open = text.AsSpan().TrimStart(Bullets);
        if (!persian && open.Length is > 0 and <= MaxDatedLine && char.IsAsciiDigit(open[0]))
        {
            if (DatedLine(text) is { } dated)
            {
                return Names(dated, minWords: 2) ?? AfterDate(text);
            }

            // «10.12.2022 18:27 von» + «Hinrich Neumann»: the line's dates, then a label alone.
            var dates = NewsDateParser.Default.FindAll(text);
            return dates.Count > 0 && WholeLabels.Contains(text[dates[^1].End..].Trim(' ', ':', '|', '·')) ? NamesOnLines(following) : AfterDate(text);
        }

        var label = text.TrimStart(Bullets).TrimEnd(':', '：', ' ');
        foreach (var prefix in persian ? BylineLabels.OpeningLines : [.. BylineLabels.OpeningLines, .. DumpLabels])
        {
            if (persian != IsArabicScript(prefix[0]) || label.Length <= prefix.Length + 1 || !label.StartsWith(prefix, StringComparison.Ordinal) || label[prefix.Length] != ' ')
            {
                continue;
            }

            var colon = prefix[^1] == ':';
            var minWords = colon || persian || prefix.Contains(' ', StringComparison.Ordinal) ? 1 : 2;
            if (persian)
            {
                var found = Names(BeforeDate(label[(prefix.Length + 1)..]), minWords);
                role = found is not null && colon ? prefix[..^1] : null;
                return found;
            }

            return LabelledNames(label[(prefix.Length + 1)..], minWords, nearDate);
        }

        if (!persian && WholeLabels.Contains(label))
        {
            return NamesOnLines(following);
        }

        foreach (var cjk in CjkLabels)
        {
            if (label.StartsWith(cjk, StringComparison.Ordinal) && Cjk(label[cjk.Length..].Trim()) is { } name)
            {
                return [name];
            }
        }

        return persian ? null : AfterDate(text);
    }

    // Labels a dump's byline lines write that the page walk does not read (there an element's class or its place tells
    // more): capitals, "by:" in lower case (kxan.com's "by: Cora Neas"), and a post's «Veröffentlicht von HansG»,
    // «Erstellt von Andri Bryner», «Gepostet von Katharina Volkwein».
    private static readonly string[] DumpLabels =
        ["VON", "BY:", "by:", "von:", "Veröffentlicht von", "Erstellt von", "Gepostet von", "Verfasst von", "Publicado por", "Escrito por", "Rédigé par"];

    // What a byline line goes on with after the writer's name, in any case: «Von Katharina Schmidt Kategorien: Mode …»,
    // "By Alejandro Villamor Last updated Nov 8, 2023", «von Herr_Rein Veröffentlicht am 11. Juni 2019».
    private static readonly string[] AfterNameWords =
        [" last updated", " updated", " published", " veröffentlicht", " erstellt", " aktualisiert", " zuletzt", " kategorien", " gespeichert", "@"];

    /// <summary>
    /// The names after a byline label on a dump's line: up to a date, a handle («By Eric Levitz@EricLevitz») or the
    /// next field's word, with <paramref name="minWords"/> words each. A single word (a first name or a blog's user
    /// name: «von David · 18. Oktober 2019», "By Daniel | Published: …", "By oradmin" over its date line) is taken when
    /// more of the post's line follows it or a date line stands beside it, as a name alone after «von» may be a place.
    /// </summary>
    private static List<string>? LabelledNames(string rest, int minWords, bool nearDate)
    {
        var cut = false;

        // An address after the name («Por Mariano Martín mmartin@ambito.com.ar») goes whole; a handle glued to it
        // («Eric Levitz@EricLevitz») from its «@».
        var handle = rest.IndexOf('@', StringComparison.Ordinal);
        var space = handle > 0 ? rest.LastIndexOf(' ', handle) : -1;
        if (space > 0 && char.IsLower(rest[space + 1]))
        {
            (rest, cut) = (rest[..space], true);
        }

        foreach (var word in AfterNameWords)
        {
            var at = rest.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                rest = rest[..at];
                cut = true;
            }
        }

        var before = BeforeDate(rest);
        if (Names(before, minWords) is { } names)
        {
            return names;
        }

        if (!cut && !nearDate && before.Length == rest.Length)
        {
            return null;
        }

        var token = before;
        foreach (var end in AfterName)
        {
            var at = token.IndexOf(end, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                token = token[..at];
            }
        }

        token = token.TrimEnd('.', ',', ':', '·', '|', '/', '-', '–', '—', '•', ' ').Trim();
        return IsUserName(token) ? [token] : null;
    }

    // One word of letters, digits and the marks user names take («Isabella.DiBiase», «Herr_Rein», «Marianne1»).
    private static bool IsUserName(string token) =>
        token.Length is >= 2 and <= 30 && !token.Contains(' ', StringComparison.Ordinal)
        && token.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_') && char.IsLetter(token[0]);

    /// <summary>
    /// The names of a dump's line that names its writers without a label, beside the date: «Bettina Kugler 19.10.2019,
    /// 05:00 Uhr», «Swantje Schemmerling | 06.11.23» (the names, then the line's first date), or, when
    /// <paramref name="nearDate"/>, a line of names alone («Oliver Baroni» under «19.10.19, 18:56»). Two to four
    /// capitalised words a name; null for anything else.
    /// </summary>
    internal static List<string>? UnlabelledNames(string line, bool nearDate)
    {
        var text = TextTools.Clean(line).Trim(Bullets);

        // "ByAlex Bozarjian": the label glued to the name.
        if (text.Length > 3 && text.StartsWith("By", StringComparison.Ordinal) && char.IsUpper(text[2]))
        {
            text = text[2..];
        }

        if (text.Length is < 5 or > MaxLineLength || !char.IsUpper(text[0]) || text.Contains('©', StringComparison.Ordinal))
        {
            return null;
        }

        var before = BeforeDate(text);
        List<string>? names;
        if (before.Length == text.Length)
        {
            // A line of names and nothing else: not a caption that opens with one («Bernd Lucke, AfD-Mitbegründer,
            // verlässt …») or a credit («Foto: Jure Makovec (OC Ljubno)»).
            names = nearDate && !text.Any(char.IsDigit) && !BoilerplateFilter.IsBoilerplateHeading(text) ? Names(text, minWords: 2) : null;
            if (names is not null && names.Sum(n => n.Length + 3) < text.Length)
            {
                return null;
            }
        }
        else
        {
            // What stands before the date is the names and at most a mark, nothing else.
            var rest = text[before.Length..].TrimStart(' ', '|', '·', '-', '–', '—', ',', '/', '•', '∙');
            names = before.Length > 0 && rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || NewsDateParser.Default.FindAll(rest) is [{ Start: 0 }, ..])
                ? Names(before, minWords: 2)
                : null;
        }

        if (names is null)
        {
            return null;
        }

        for (var i = 0; i < names.Count; i++)
        {
            // «Artikel von Alexa von Heyden», «Eine Kolumne von Nils Pickert»: a credit's words before a name of their own.
            var von = names[i].IndexOf(" von ", StringComparison.Ordinal);
            if (von > 0 && names[i][(von + 5)..] is var tail && LooksLikeName(tail, minWords: 2))
            {
                names[i] = tail;
            }

            // Four words at most, none of them a heading's in capitals («RECIPE PRINT RATE …»), and no article or
            // preposition first («The Guardian», «Im Wortlaut»): a name, not a publication or a label.
            var words = names[i].Split(' ');
            if (words.Length > 4 || NotFirstNames.Contains(words[0]) || (words.Length > 2 && words.All(w => w.Length > 1 && w.All(c => !char.IsLetter(c) || char.IsUpper(c)))))
            {
                return null;
            }
        }

        return names;
    }

    private static readonly HashSet<string> NotFirstNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "Der", "Die", "Das", "Ein", "Eine", "Im", "Am", "Zum", "Zur", "Le", "La", "Les", "Un", "Une", "El", "Los", "Las",
        "Il", "Lo", "Gli", "O", "Os", "As", "De", "Het", "Een", "Home", "Blog", "Recent", "Related", "More", "Mehr", "Alle", "All",
    };

    // The labels a blog's post line puts between its date and the writer («6. Dezember 2022 von Fatima in Gefühle»,
    // "Posted on October 19, 2019 by IWB").
    private static readonly string[] DateLabels = [" by ", " von ", " door ", " par ", " por "];

    // Where the writer's name ends on such a line: the categories, comments or tags after it (in any case: «Von Henry In
    // Aktuell», «von KleineGrüneMonster Ein Kommentar»).
    private static readonly string[] AfterName =
        [" in ", " · ", " | ", " / ", " - ", " – ", " — ", ", ", " • ", " ∙ ", " ein kommentar", " kommentar", " comment", " leave a", " schreibe"];

    /// <summary>
    /// The writer a date names right after it with a label: «22. Dezember 2019 von Peter Addor», "October 19, 2019 by
    /// IWB", «Veröffentlicht am 8. Februar 2022 von PETA-Team», «29. Juni 2017, 23:39 · von Tobi». The name ends at a
    /// separator or the line's end; a blog's user name may be one word in lower case («von uriebe»), as the date and
    /// the label already mark the line as the post's.
    /// </summary>
    private static List<string>? AfterDate(string text)
    {
        if (!text.AsSpan().ContainsAny(AsciiDigits))
        {
            return null;
        }

        foreach (var m in NewsDateParser.Default.FindAll(text))
        {
            if (m.IsRelative)
            {
                continue;
            }

            var rest = text[Math.Min(text.Length, m.Start + m.Length)..].TrimStart(',', ' ', '·', '•', '|', '-', '–', '∙');
            foreach (var label in DateLabels)
            {
                var word = label.AsSpan(1, label.Length - 1);
                if (!rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var name = rest[word.Length..].TrimStart(':', ' ');
                foreach (var end in AfterName)
                {
                    var at = name.IndexOf(end, StringComparison.OrdinalIgnoreCase);
                    if (at > 0)
                    {
                        name = name[..at];
                    }
                }

                name = name.Trim().TrimEnd('.', ',');
                if (IsUserName(name))
                {
                    return [name];
                }

                return Names(name, minWords: 2);
            }
        }

        return null;
    }

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    // A dump's byline goes on after the name with the date and more («Emily Burack 8 January 2020, 3:51 pm 11 Edit»):
    // the names end where the first date begins.
    private static string BeforeDate(string text)
    {
        foreach (var m in NewsDateParser.Default.FindAll(text))
        {
            if (!m.IsRelative && m.Start > 2)
            {
                // «Jule Radeck Vom 3.2.2022», "Martin Jendrischik On January 5": the preposition goes with the date.
                var names = text[..m.Start].TrimEnd(' ', ',', '|', '·', '-', '–');
                var last = names.LastIndexOf(' ');
                return last > 0 && names[(last + 1)..].ToLowerInvariant() is "on" or "am" or "vom" or "le" or "el" or "il" or "op" or "em" or "du"
                    ? names[..last]
                    : names;
            }
        }

        return text;
    }

    // The names on the lines after a label alone: one line, and a co-writer after a joiner on a line of its own.
    private static List<string>? NamesOnLines(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || Names(BeforeDate(TextTools.Clean(lines[0])), minWords: 1) is not { } names)
        {
            return null;
        }

        if (lines.Count >= 3 && TextTools.Clean(lines[1]) is "and" or "und" or "&" or "," or "y" or "et" or "e"
            && Names(TextTools.Clean(lines[2]), minWords: 2) is { } more)
        {
            names.AddRange(more);
        }

        return names;
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
        if (words.Length > 0 && IsArabicScript(words[0][0]))
        {
            return LooksLikeCaselessName(words, minWords);
        }

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

    private static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    // Persian and Arabic have no capitals to tell a name: after a role and a colon («خبرنگار: علی رضایی»), one to four
    // words of the script's letters (the half-space inside a word allowed), none a function word a sentence would hold.
    private static bool LooksLikeCaselessName(string[] words, int minWords)
    {
        if (words.Length < minWords || words.Length > 4)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (FunctionWords.Contains(w) || !w.All(c => (IsArabicScript(c) && char.IsLetter(c)) || c is '\u200C' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "در", "از", "به", "که", "را", "با", "این", "آن", "برای", "است", "بود", "شد", "می", "تا", "هم", "یا", "اما", "نیز", "بر",
        "های", "ها", "شده", "کرد", "گفت", "اعلام",
    };

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
