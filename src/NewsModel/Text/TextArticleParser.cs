using NewsModel.Html;
using NewsModel.Dates;
using NewsModel.Extraction;
using NewsModel.Persian;
using NewsModel.Text;

namespace NewsModel;

/// <summary>Immutable options for <see cref="TextArticleParser"/>.</summary>
public sealed record TextArticleParserOptions
{
    /// <summary>The defaults: half-spaces repaired.</summary>
    public static TextArticleParserOptions Default { get; } = new();

    /// <summary>
    /// Whether to restore the half-spaces (ZWNJ) a Persian text dump lost, where the Persian normalizer's rules are
    /// unambiguous («بینالمللی» → «بین‌المللی»). On by default; turn it off to keep the dump's text as it is. A dump in
    /// another language (Arabic, Pashto, Urdu, … told from its letters) gets neither this nor the Persian
    /// normalizer's letter unification, only its white space cleaned.
    /// </summary>
    public bool RepairHalfSpaces { get; init; } = true;

    /// <summary>Whether to read the headline runs (the ticker) into <see cref="Article.Headlines"/>. On by default.</summary>
    public bool ReadHeadlines { get; init; } = true;

    /// <summary>
    /// How dates are read: the zone the dump's site speaks for and the reference instant for relative dates («۲ ساعت
    /// پیش»). <see langword="null"/> for <see cref="DateParseOptions.Default"/>. Without a zone here, the dump's language
    /// and address name it as they do for a page: Tehran for Persian (and for a dump in Arabic letters whose language
    /// is not told), Kabul for Pashto or an <c>.af</c> address, Pakistan's for Urdu, Central European for German or a
    /// <c>.de</c> address, …; any other dump is read as UTC with a <c>published.zone-assumed</c> warning. Set Kabul for
    /// Afghan sites that write Persian.
    /// </summary>
    public DateParseOptions? Dates { get; init; }

    /// <summary>
    /// The most bytes read from a stream (<see cref="TextArticleParser.Parse(Stream, Uri?, string?)"/>,
    /// <see cref="TextArticleParser.ParseAsync(Stream, Uri?, string?, CancellationToken)"/>): a longer stream is not
    /// parsed but reported with a <c>page.tooLarge</c> error, and reading stops one byte past the bound. 64 MiB by
    /// default; at least 1. Text and bytes passed in whole are parsed whatever their length.
    /// </summary>
    public long MaxInputLength { get; init; } = ArticleParserOptions.DefaultMaxInputLength;
}

/// <summary>
/// Parses a plain-text page dump (a crawler's HTML-to-text output, a Common Crawl WET record) into the same
/// <see cref="Article"/> as <see cref="ArticleParser"/> gives for HTML. Immutable and thread-safe: build one (or use
/// <see cref="Default"/>) and reuse it.
/// </summary>
public sealed class TextArticleParser
{
    private readonly PersianNormalizer _plain = PersianNormalizer.Default;
    private readonly PersianNormalizer _repairing = new(PersianNormalizerOptions.ForTextDumps);
    private readonly PersianNormalizer _other = new(PersianNormalizerOptions.None with { CollapseWhitespace = true, NbspToSpace = true });
    private readonly NewsDateParser _dates;
    private readonly Func<DateTime, DateTimeOffset> _midnight;

    // The date readers of the zones a dump's language or address names, built once (Tehran's is _dates).
    private readonly Dictionary<PageZone, (NewsDateParser Dates, Func<DateTime, DateTimeOffset> Midnight)> _zoneDates = [];

    /// <summary>Creates a parser.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="TextArticleParserOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="TextArticleParserOptions.MaxInputLength"/> is less than 1.</exception>
    public TextArticleParser(TextArticleParserOptions? options = null)
    {
        Options = options ?? TextArticleParserOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxInputLength, 1, nameof(options));
        _dates = Options.Dates is null ? NewsDateParser.Default : new NewsDateParser(Options.Dates);
        foreach (var pageZone in (PageZone[])[PageZone.Kabul, PageZone.Pakistan, PageZone.India, PageZone.CentralEurope, PageZone.Unknown])
        {
            var info = PageClock.ZoneInfo(pageZone)!;
            _zoneDates[pageZone] = (new NewsDateParser((Options.Dates ?? DateParseOptions.Default) with { Zone = info }), DateZone.From(info).ToInstant);
        }

        var zone = Options.Dates?.Zone is { } z ? DateZone.From(z) : DateZone.Tehran;
        _midnight = zone.ToInstant;
    }

    /// <summary>A parser with the default options.</summary>
    public static TextArticleParser Default { get; } = new();

    /// <summary>The options this parser was built with.</summary>
    public TextArticleParserOptions Options { get; }

    /// <summary>
    /// Parses a text dump given as bytes in any encoding, decoded the same way as <see cref="ArticleParser"/> decodes
    /// pages: a byte-order mark, the caller's charset, then UTF-8 or windows-1256; damaged UTF-8 is read with
    /// replacement characters and an <c>encoding.damaged</c> error diagnostic.
    /// </summary>
    /// <param name="bytes">The dump's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the source declared (an HTTP header, a WARC record), when known.</param>
    /// <returns>The article and diagnostics; never throws for bad input.</returns>
    public ParseResult<Article> Parse(ReadOnlyMemory<byte> bytes, Uri? url = null, string? charset = null) =>
        Parse(bytes, url, charset, fetchedAt: null);

    /// <summary>Parses a text dump given as bytes, captured at a known instant (a WET record's <c>WARC-Date</c>).</summary>
    /// <param name="bytes">The dump's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the source declared, when known.</param>
    /// <param name="fetchedAt">When the page was fetched, when known: the reference instant in place of the options'
    /// <see cref="DateParseOptions.Now"/>, so dates printed without a year are read. A dump's publication date is
    /// never taken from a relative one («۲ ساعت پیش» in a dump is most often a ticker's).</param>
    /// <returns>The article and diagnostics; never throws for bad input.</returns>
    public ParseResult<Article> Parse(ReadOnlyMemory<byte> bytes, Uri? url, string? charset, DateTimeOffset? fetchedAt)
    {
        if (BinaryInput.Describe(bytes.Span) is { } binary)
        {
            return new ParseResult<Article>(new Article { Url = url }, [BinaryInput.Diagnostic(binary)]);
        }

        var decoded = HtmlDecoder.Decode(bytes.Span, charset);
        var result = Parse(decoded.Text, url, fetchedAt);
        return decoded.Diagnostics.Count == 0
            ? result
            : new ParseResult<Article>(result.Value, decoded.Diagnostics.Concat(result.Diagnostics));
    }

    /// <summary>Parses a text dump read from a stream (to its end; the stream is not closed), decoded like the bytes overload.</summary>
    /// <param name="stream">The dump's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the source declared, when known.</param>
    /// <returns>The article and diagnostics; a <c>page.tooLarge</c> error and an empty article when the stream holds
    /// more than <see cref="TextArticleParserOptions.MaxInputLength"/> bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ParseResult<Article> Parse(Stream stream, Uri? url = null, string? charset = null) => Parse(stream, url, charset, fetchedAt: null);

    /// <summary>Parses a text dump read from a stream, captured at a known instant.</summary>
    /// <param name="stream">The dump's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the source declared, when known.</param>
    /// <param name="fetchedAt">When the page was fetched, when known (see <see cref="Parse(string, Uri?, DateTimeOffset?)"/>).</param>
    /// <returns>The article and diagnostics (see <see cref="Parse(Stream, Uri?, string?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ParseResult<Article> Parse(Stream stream, Uri? url, string? charset, DateTimeOffset? fetchedAt) =>
        InputBuffer.Parse(stream, Options.MaxInputLength, new Article { Url = url }, bytes => Parse(bytes, url, charset, fetchedAt));

    /// <summary>Reads a text dump from a stream asynchronously (to its end; the stream is not closed), then parses it on the calling thread.</summary>
    /// <param name="stream">The dump's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the source declared, when known.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The article and diagnostics (see <see cref="Parse(Stream, Uri?, string?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while reading.</exception>
    public Task<ParseResult<Article>> ParseAsync(Stream stream, Uri? url = null, string? charset = null, CancellationToken cancellationToken = default) =>
        ParseAsync(stream, url, charset, fetchedAt: null, cancellationToken);

    /// <summary>Reads a text dump from a stream asynchronously, then parses it, captured at a known instant.</summary>
    /// <param name="stream">The dump's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the source declared, when known.</param>
    /// <param name="fetchedAt">When the page was fetched, when known (see <see cref="Parse(string, Uri?, DateTimeOffset?)"/>).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The article and diagnostics (see <see cref="Parse(Stream, Uri?, string?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while reading.</exception>
    public Task<ParseResult<Article>> ParseAsync(Stream stream, Uri? url, string? charset, DateTimeOffset? fetchedAt, CancellationToken cancellationToken = default) =>
        InputBuffer.ParseAsync(stream, Options.MaxInputLength, new Article { Url = url }, bytes => Parse(bytes, url, charset, fetchedAt), cancellationToken);

    /// <summary>Parses a text dump.</summary>
    /// <param name="text">The dump's text.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <returns>The article and diagnostics; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<Article> Parse(string text, Uri? url = null) => Parse(text, url, fetchedAt: null);

    /// <summary>Parses a text dump captured at a known instant.</summary>
    /// <param name="text">The dump's text.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="fetchedAt">When the page was fetched, when known: the reference instant in place of the options'
    /// <see cref="DateParseOptions.Now"/>, so dates printed without a year are read. A dump's publication date is
    /// never taken from a relative one («۲ ساعت پیش» in a dump is most often a ticker's).</param>
    /// <returns>The article and diagnostics; never throws for bad input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParseResult<Article> Parse(string text, Uri? url, DateTimeOffset? fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = Extraction.ArticleTextNormalizer.WithValidSurrogates(text);
        // Unless the caller chose a zone, the dump's language and address name it, as for a page (PageZones): a Pashto
        // dump is Afghan, an Urdu one Pakistani, a German one or one from a .de address Central European (Dari month
        // names are Kabul's anyway). A dump in Arabic letters whose language is not told is read as Persian (Tehran's
        // clock, the library's default); any other, from an address that names no zone, in UTC, said in a diagnostic
        // (a Finnish or Chinese dump was read in Tehran time).
        var zone = PageZone.Tehran;
        string? zoneReason = null;
        if (Options.Dates?.Zone is null)
        {
            var sample = text.Length > 4000 ? text[..4000] : text;
            var language = LanguageTools.FromText(sample, out _);
            if (language is null && text.Length > sample.Length)
            {
                // A crawler's dump may open with a long menu: the article's words tell more.
                language = LanguageTools.FromText(text.Length > 20000 ? text[..20000] : text, out _);
            }

            var persianByDefault = language is null && LanguageTools.HasArabicScript(sample);
            zone = PageZones.Of(language, afghanLocale: false, url?.Host, otherwise: persianByDefault ? PageZone.Tehran : PageZone.Unknown);
            zoneReason = PageZones.Reason(zone, language, url?.Host);
        }

        var zoneInfo = zone == PageZone.Tehran ? Options.Dates?.Zone : PageClock.ZoneInfo(zone);
        var (zoneDates, midnight) = zone == PageZone.Tehran ? (_dates, _midnight) : _zoneDates[zone];
        var dates = fetchedAt is null ? zoneDates : new NewsDateParser((Options.Dates ?? DateParseOptions.Default) with { Now = fetchedAt, Zone = zoneInfo });
        var reader = new TextDumpReader(text, url, dates, midnight, zone, zoneReason);
        var repaired = 0;
        string Other(string value) => _other.Normalize(value);
        string Clean(string value)
        {
            var plain = _plain.Normalize(value);
            if (!Options.RepairHalfSpaces)
            {
                return plain;
            }

            var result = _repairing.Normalize(value);
            if (!string.Equals(result, plain, StringComparison.Ordinal))
            {
                repaired++;
            }

            return result;
        }

        // Persian dumps get the Persian normalizer (and the half-space repair); every other dump only its white space
        // cleaned: Arabic, Pashto and Urdu keep their own ي and ك, and French its spaces inside « ».
        var article = reader.Read(language => language == "fa" ? Clean : Other, Options.ReadHeadlines);
        var diagnostics = new List<ParseDiagnostic>(reader.Diagnostics);
        if (repaired > 0)
        {
            diagnostics.Add(new ParseDiagnostic
            {
                Code = "text.halfSpacesRepaired",
                Message = $"Half-spaces lost in the dump were put back in {repaired.ToString(System.Globalization.CultureInfo.InvariantCulture)} text fields; parse with RepairHalfSpaces = false for the dump's own spelling.",
            });
        }

        if (article.Title is null)
        {
            diagnostics.Add(new ParseDiagnostic { Code = "title.missing", Field = "title", Severity = DiagnosticSeverity.Warning, Message = "No title line was found in the dump." });
        }

        if (article.Body.Count == 0)
        {
            diagnostics.Add(new ParseDiagnostic { Code = "body.missing", Field = "body", Severity = DiagnosticSeverity.Warning, Message = "No paragraph lines were found in the dump." });
        }

        if (Batch.PageFormatDetector.Detect(text) == Batch.PageFormat.Html)
        {
            // A page given to the dump reader reads its tags as lines of text.
            diagnostics.Insert(0, new ParseDiagnostic
            {
                Code = "input.html",
                Severity = DiagnosticSeverity.Warning,
                Message = "The input looks like an HTML page, not a text dump: ArticleParser reads pages.",
            });
        }

        return new ParseResult<Article>(article, diagnostics);
    }
}
