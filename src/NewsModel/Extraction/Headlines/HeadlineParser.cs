using NewsModel.Extraction;
using NewsModel.Extraction.Headlines;
using NewsModel.Html;
using NewsModel.Persian;

namespace NewsModel;

/// <summary>Immutable options for <see cref="HeadlineParser"/>.</summary>
public sealed record HeadlineParserOptions
{
    /// <summary>The defaults.</summary>
    public static HeadlineParserOptions Default { get; } = new();

    /// <summary>
    /// The most bytes read from a stream (<see cref="HeadlineParser.Parse(Stream, Uri?, string?)"/>,
    /// <see cref="HeadlineParser.ParseAsync(Stream, Uri?, string?, CancellationToken)"/>): a longer stream is not
    /// parsed but reported with a <c>page.tooLarge</c> error, and reading stops one byte past the bound. 64 MiB by
    /// default; at least 1. Text and bytes passed in whole are parsed whatever their length.
    /// </summary>
    public long MaxInputLength { get; init; } = ArticleParserOptions.DefaultMaxInputLength;

    /// <summary>
    /// Lists written as CSS selectors, for pages whose teasers the parser reads wrongly (see
    /// <see cref="ListSelectorRule"/>): each rule that applies gives one list, before the parser's own. Empty by
    /// default; checked when the parser is built.
    /// </summary>
    public IReadOnlyList<ListSelectorRule> ListRules { get; init => field = ValueList.From(value); } = ValueList<ListSelectorRule>.Empty;

    /// <summary>
    /// How the headlines of a Persian (or Dari) page are normalized, as <see cref="ArticleParserOptions.PersianNormalization"/>
    /// does for an article's, so that a headline reads the same from both parsers: Arabic ي/ك become ی/ک, half-space
    /// stand-ins real half-spaces, and so on. A page is Persian by its language tag or, without one, by the letters of
    /// its headlines; pages in other languages, Arabic, Pashto and Urdu included, are never normalized.
    /// <see langword="null"/> keeps the headlines exactly as written.
    /// </summary>
    public PersianNormalizerOptions? PersianNormalization { get; init; } = PersianNormalizerOptions.Default;
}

/// <summary>
/// Reads the headline lists of a homepage, a section page or a text-only list page: every headline that links to an
/// article (one <see cref="HeadlineListKind.Page"/> list) and the labelled lists («پربازدید», «آخرین اخبار», …).
/// Items' times without an offset are Tehran time on a Persian page (or one whose language cannot be told), Kabul time
/// on an Afghan one (a <c>.af</c> address, <c>fa-AF</c>, <c>prs</c>, Pashto), Central European Time on a page in German,
/// Italian, Polish, … or at a <c>.de</c>, <c>.fr</c>, <c>.it</c>, … address, and UTC on a page in another language. The
/// language is the page's tag, or without one its letters (as <see cref="ArticleParser"/> tells them).
/// Immutable and thread-safe; use <see cref="Default"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance API like ArticleParser, so options can be added without breaking callers.")]
public sealed class HeadlineParser
{
    private readonly PersianNormalizer? _normalizer;

    /// <summary>Creates a parser with the default options.</summary>
    public HeadlineParser()
        : this(null)
    {
    }

    /// <summary>Creates a parser with the given options.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="HeadlineParserOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="HeadlineParserOptions.MaxInputLength"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">
    /// A rule of <see cref="HeadlineParserOptions.ListRules"/> is null, has no name, names neither hosts nor a match
    /// selector, names a host that is no host name, or holds a selector that is not valid CSS.
    /// </exception>
    public HeadlineParser(HeadlineParserOptions? options)
    {
        Options = options ?? HeadlineParserOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxInputLength, 1, nameof(options));
        Sites.SelectorRules.Validate(Options.ListRules, nameof(options));
        _normalizer = Options.PersianNormalization is { } normalization ? new PersianNormalizer(normalization) : null;
    }

    /// <summary>The shared parser.</summary>
    public static HeadlineParser Default { get; } = new();

    /// <summary>The options this parser was built with.</summary>
    public HeadlineParserOptions Options { get; }

    /// <summary>Parses a page given as text.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's address, when known: it resolves relative links and limits the page list to the site's own articles.</param>
    /// <returns>The lists (possibly empty) and diagnostics; never throws for a bad page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public ParseResult<IReadOnlyList<HeadlineList>> Parse(string html, Uri? url = null) => Parse(html, url, fetchedAt: null);

    /// <summary>Parses a page given as text, fetched at a known instant.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="fetchedAt">When the page was fetched, when known: items dated «۱ ساعت قبل» or "3 hours ago" get
    /// their instant from it (see <see cref="ArticleParser.Parse(string, Uri?, DateTimeOffset?)"/>).</param>
    /// <returns>The lists (possibly empty) and diagnostics; never throws for a bad page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public ParseResult<IReadOnlyList<HeadlineList>> Parse(string html, Uri? url, DateTimeOffset? fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var lean = SvgContent.Strip(html);
        return Run(lean.Parse(), url, fetchedAt, [], Options.ListRules, _normalizer);
    }

    /// <summary>Parses a page given as bytes, detecting the encoding like <see cref="ArticleParser"/> does.</summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known.</param>
    /// <returns>The lists and diagnostics; an <c>encoding.damaged</c> error when the bytes were damaged.</returns>
    public ParseResult<IReadOnlyList<HeadlineList>> Parse(ReadOnlyMemory<byte> bytes, Uri? url = null, string? charset = null) =>
        Parse(bytes, url, charset, fetchedAt: null);

    /// <summary>Parses a page given as bytes, fetched at a known instant.</summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known.</param>
    /// <param name="fetchedAt">When the page was fetched, when known.</param>
    /// <returns>The lists and diagnostics; an <c>encoding.damaged</c> error when the bytes were damaged.</returns>
    public ParseResult<IReadOnlyList<HeadlineList>> Parse(ReadOnlyMemory<byte> bytes, Uri? url, string? charset, DateTimeOffset? fetchedAt)
    {
        if (BinaryInput.Describe(bytes.Span) is { } binary)
        {
            return new ParseResult<IReadOnlyList<HeadlineList>>([], [BinaryInput.Diagnostic(binary)]);
        }

        using var decoded = HtmlDecoder.DecodePooled(bytes.Span, charset);
        using var lean = SvgContent.Strip(decoded.Chars);
        return Run(lean.Parse(), url, fetchedAt, decoded.Diagnostics, Options.ListRules, _normalizer);
    }

    /// <summary>Parses a page read from a stream (to its end; the stream is not closed), decoded like the bytes overload.</summary>
    /// <param name="stream">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known.</param>
    /// <returns>The lists and diagnostics; no lists and a <c>page.tooLarge</c> error when the stream holds more than
    /// <see cref="HeadlineParserOptions.MaxInputLength"/> bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ParseResult<IReadOnlyList<HeadlineList>> Parse(Stream stream, Uri? url = null, string? charset = null) => Parse(stream, url, charset, fetchedAt: null);

    /// <summary>Parses a page read from a stream, fetched at a known instant.</summary>
    /// <param name="stream">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known.</param>
    /// <param name="fetchedAt">When the page was fetched, when known (see <see cref="Parse(string, Uri?, DateTimeOffset?)"/>).</param>
    /// <returns>The lists and diagnostics (see <see cref="Parse(Stream, Uri?, string?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ParseResult<IReadOnlyList<HeadlineList>> Parse(Stream stream, Uri? url, string? charset, DateTimeOffset? fetchedAt) =>
        InputBuffer.Parse<IReadOnlyList<HeadlineList>>(stream, Options.MaxInputLength, [], bytes => Parse(bytes, url, charset, fetchedAt));

    /// <summary>
    /// Reads a page from a stream asynchronously (to its end; the stream is not closed), then parses it on the calling
    /// thread: for a response body from <c>HttpClient</c> when a homepage is polled.
    /// </summary>
    /// <param name="stream">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The lists and diagnostics (see <see cref="Parse(Stream, Uri?, string?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while reading.</exception>
    public Task<ParseResult<IReadOnlyList<HeadlineList>>> ParseAsync(Stream stream, Uri? url = null, string? charset = null, CancellationToken cancellationToken = default) =>
        ParseAsync(stream, url, charset, fetchedAt: null, cancellationToken);

    /// <summary>Reads a page from a stream asynchronously, then parses it, fetched at a known instant.</summary>
    /// <param name="stream">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known.</param>
    /// <param name="fetchedAt">When the page was fetched, when known (see <see cref="Parse(string, Uri?, DateTimeOffset?)"/>).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The lists and diagnostics (see <see cref="Parse(Stream, Uri?, string?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while reading.</exception>
    public Task<ParseResult<IReadOnlyList<HeadlineList>>> ParseAsync(Stream stream, Uri? url, string? charset, DateTimeOffset? fetchedAt, CancellationToken cancellationToken = default) =>
        InputBuffer.ParseAsync<IReadOnlyList<HeadlineList>>(stream, Options.MaxInputLength, [], bytes => Parse(bytes, url, charset, fetchedAt), cancellationToken);
    private static ParseResult<IReadOnlyList<HeadlineList>> Run(AngleSharp.Dom.IDocument document, Uri? url, DateTimeOffset? fetchedAt, IReadOnlyList<ParseDiagnostic> diagnostics, IReadOnlyList<ListSelectorRule> rules, PersianNormalizer? normalizer)
    {
        // The zone as ArticleParser chooses it (Kabul for an Afghan address or tag, Tehran for Persian, Central European
        // Time for a German, Italian, … tag or a .de, .fr, … address), from the tag, or without one from the page's
        // letters (a Pashto homepage is Kabul's, an English one has no zone): a page in another language has none (its
        // times without an offset are UTC), and one whose language cannot be told is read as Persian.
        var tag = document.DocumentElement?.GetAttribute("lang");
        var language = LanguageTools.Normalize(tag) ?? LanguageTools.FromText(TextSample(document.Body), out _);
        var zone = PageZones.Of(language, LanguageTools.IsAfghan(tag), url?.Host, otherwise: language is null ? PageZone.Tehran : PageZone.Unknown);
        var clock = new PageClock(zone, fetchedAt);
        // The rules' lists first; the parser's own keep only the addresses the rules did not list.
        var found = Sites.ListRules.Merge(rules, document, url, clock, HeadlineFinder.FindOnPage(document, url, clock));

        // Persian headlines get the article parser's normalizer.
        var lists = normalizer is not null && IsPersian(language, found)
            ? ArticleTextNormalizer.Apply(found, text => ArticleTextNormalizer.WithValidSurrogates(normalizer!.Normalize(text)))
            : ArticleTextNormalizer.Apply(found, ArticleTextNormalizer.WithValidSurrogates);
        var all = diagnostics.ToList();
        if (lists.Count == 0)
        {
            all.Add(new ParseDiagnostic { Code = "headlines.missing", Field = "headlines", Severity = DiagnosticSeverity.Warning, Message = "No headline linking to an article was found." });
        }

        return new ParseResult<IReadOnlyList<HeadlineList>>(ValueList.From(lists), all);
    }

    /// <summary>Up to 3,000 characters of the page's visible text, in document order (scripts and styles left out).</summary>
    private static string TextSample(AngleSharp.Dom.IElement? body)
    {
        const int Length = 3000;
        var sample = new System.Text.StringBuilder();
        var stack = new Stack<AngleSharp.Dom.INode>();
        if (body is not null)
        {
            stack.Push(body);
        }

        while (stack.Count > 0 && sample.Length < Length)
        {
            var node = stack.Pop();
            if (node is AngleSharp.Dom.IText text)
            {
                sample.Append(text.Data).Append(' ');
                continue;
            }

            if (node is AngleSharp.Dom.IElement { LocalName: "script" or "style" or "noscript" or "template" or "svg" })
            {
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return sample.ToString();
    }

    // The page's language (its tag's, or its text's) unless its headlines' letters outweigh it, as ArticleParser decides.
    private static bool IsPersian(string? language, IReadOnlyList<HeadlineList> found)
    {
        var fromText = LanguageTools.FromScript(string.Join(' ', found.SelectMany(l => l.Items).Take(200).Select(h => h.Title)));
        return ArticleTextNormalizer.AppliesTo(language is null || LanguageTools.TextOverridesMarkup(language, fromText) ? fromText : language);
    }
}
