using NewsModel.Extraction;
using NewsModel.Extraction.Content;
using NewsModel.Html;
using NewsModel.Persian;

namespace NewsModel;

/// <summary>
/// Parses a news page's HTML into an <see cref="Article"/>. Build one (or use <see cref="Default"/>) and reuse it:
/// it is immutable and thread-safe. It never fetches anything: give it the page's HTML and, when known, its URL.
/// </summary>
/// <remarks>
/// A parse runs on the caller's thread and needs under 96 KB of its stack. A page nested deeper than 128 levels (real
/// pages nest at most about 40; AngleSharp allows 512) is read on a thread of its own with a 4 MB stack while the
/// caller's thread waits, so no page can overflow the caller's stack, which would end the process.
/// <see cref="HeadlineParser"/> does the same.
/// </remarks>
public sealed class ArticleParser
{
    private readonly ContentExtractor _content;
    private readonly PersianNormalizer? _normalizer;

    /// <summary>Creates a parser with the given options.</summary>
    /// <param name="options">The options; <see langword="null"/> means <see cref="ArticleParserOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="ArticleParserOptions.MaxInputLength"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">
    /// A rule of <see cref="ArticleParserOptions.SelectorRules"/> or <see cref="ArticleParserOptions.ListRules"/> is null,
    /// has no name, names neither hosts nor a match selector, names a host that is no host name, or holds a selector
    /// that is not valid CSS.
    /// </exception>
    public ArticleParser(ArticleParserOptions? options = null)
    {
        Options = options ?? ArticleParserOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxInputLength, 1, nameof(options));
        Sites.SelectorRules.Validate(Options.SelectorRules, nameof(options));
        Sites.SelectorRules.Validate(Options.ListRules, nameof(options));
        _content = new ContentExtractor();
        _normalizer = Options.PersianNormalization is { } normalization ? new PersianNormalizer(normalization) : null;
    }

    /// <summary>A parser with the default options.</summary>
    public static ArticleParser Default { get; } = new();

    /// <summary>The options this parser was built with.</summary>
    public ArticleParserOptions Options { get; }

    /// <summary>Parses a page given as text.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The address the page was fetched from, when known: it resolves relative links and gives URL evidence.</param>
    /// <returns>The article and the diagnostics; never throws for a bad page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public ParseResult<Article> Parse(string html, Uri? url = null) => Parse(html, url, fetchedAt: null);

    /// <summary>Parses a page given as text, fetched at a known instant.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The address the page was fetched from, when known.</param>
    /// <param name="fetchedAt">When the page was fetched (a crawler's clock, a WARC record's <c>WARC-Date</c>), when
    /// known. Dates the page prints relative to the moment it was served («۲ ساعت پیش», "3 hours ago", «vor 2
    /// Tagen», "yesterday at 10:20", in the article, its comments and its headline lists) are read against it, as are
    /// dates printed without a year; such a published or modified date carries a <c>published.relative</c> /
    /// <c>modified.relative</c> diagnostic, since it is only as precise as its unit. Without it those dates are not
    /// read: the machine's clock is never used.</param>
    /// <returns>The article and the diagnostics; never throws for a bad page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public ParseResult<Article> Parse(string html, Uri? url, DateTimeOffset? fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(html);

        // A page whose inline svgs are much of its markup is parsed without their content (see SvgContent).
        using var lean = SvgContent.Strip(html);
        return WithFormatNote(Run(lean.Parse(), url, fetchedAt), html);
    }

    // Whether the first 16 K characters hold anything like a tag ("<p", "</", "<!"): a fragment of HTML is HTML.
    private static bool HasTag(ReadOnlySpan<char> input)
    {
        var rest = input.Length > 16 * 1024 ? input[..(16 * 1024)] : input;
        for (var i = rest.IndexOf('<'); i >= 0; i = rest.IndexOf('<'))
        {
            rest = rest[(i + 1)..];
            if (rest.Length > 0 && (char.IsAsciiLetter(rest[0]) || rest[0] is '/' or '!' or '?'))
            {
                return true;
            }
        }

        return false;
    }

    // A text dump given to the page parser is one run of text to it: say which parser reads it.
    private static ParseResult<Article> WithFormatNote(ParseResult<Article> result, ReadOnlySpan<char> input)
    {
        if (input.IsWhiteSpace() || HasTag(input))
        {
            return result;
        }

        return new ParseResult<Article>(result.Value, result.Diagnostics.Prepend(new ParseDiagnostic
        {
            Code = "input.text",
            Severity = DiagnosticSeverity.Warning,
            Message = "The input has no markup: it looks like a plain-text dump, which TextArticleParser reads (title, news code, date, lead and body from its lines).",
        }));
    }

    // Internal for the tests that compare a page's article with and without its svgs' content.
    internal ParseResult<Article> Run(AngleSharp.Html.Dom.IHtmlDocument document, Uri? url, DateTimeOffset? fetchedAt) =>
        ArticlePipeline.Run(new ExtractionContext(document, url, Options, _normalizer, fetchedAt), _content);

    /// <summary>Parses a page given as bytes in any encoding.</summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known (for example from <c>Content-Type</c>).
    /// The encoding is chosen from a byte-order mark, then this hint, then the page's <c>&lt;meta charset&gt;</c>, then
    /// UTF-8 if the bytes are valid UTF-8, else windows-1256; damaged UTF-8 is read with replacement characters and an
    /// <c>encoding.damaged</c> error diagnostic.</param>
    /// <returns>The article and the diagnostics.</returns>
    public ParseResult<Article> Parse(ReadOnlyMemory<byte> bytes, Uri? url = null, string? charset = null) =>
        Parse(bytes, url, charset, fetchedAt: null);

    /// <summary>Parses a page given as bytes in any encoding, fetched at a known instant.</summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known (see <see cref="Parse(ReadOnlyMemory{byte}, Uri?, string?)"/>).</param>
    /// <param name="fetchedAt">When the page was fetched, when known (see <see cref="Parse(string, Uri?, DateTimeOffset?)"/>).</param>
    /// <returns>The article and the diagnostics.</returns>
    public ParseResult<Article> Parse(ReadOnlyMemory<byte> bytes, Uri? url, string? charset, DateTimeOffset? fetchedAt)
    {
        if (BinaryInput.Describe(bytes.Span) is { } binary)
        {
            return new ParseResult<Article>(new Article { Url = url }, [BinaryInput.Diagnostic(binary)]);
        }

        // The text goes into a pooled array, not a string: the document is read from it and the article holds only
        // strings of its own, so the array is returned once the article is built.
        using var decoded = HtmlDecoder.DecodePooled(bytes.Span, charset);
        using var lean = SvgContent.Strip(decoded.Chars);
        var result = WithFormatNote(Run(lean.Parse(), url, fetchedAt), decoded.Chars.Span);
        return decoded.Diagnostics.Count == 0 ? result : new ParseResult<Article>(result.Value, decoded.Diagnostics.Concat(result.Diagnostics));
    }

    /// <summary>
    /// Parses a page read from a stream (read to its end; the stream is not closed). An error the stream itself raises
    /// while it is read (an <see cref="IOException"/> from a dropped connection) reaches the caller as it is.
    /// </summary>
    /// <param name="stream">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known.</param>
    /// <returns>The article and the diagnostics; a <c>page.tooLarge</c> error and an empty article when the stream
    /// holds more than <see cref="ArticleParserOptions.MaxInputLength"/> bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ParseResult<Article> Parse(Stream stream, Uri? url = null, string? charset = null) => Parse(stream, url, charset, fetchedAt: null);

    /// <summary>Parses a page read from a stream (read to its end; the stream is not closed), fetched at a known instant.</summary>
    /// <param name="stream">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known.</param>
    /// <param name="fetchedAt">When the page was fetched, when known (see <see cref="Parse(string, Uri?, DateTimeOffset?)"/>).</param>
    /// <returns>The article and the diagnostics (see <see cref="Parse(Stream, Uri?, string?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public ParseResult<Article> Parse(Stream stream, Uri? url, string? charset, DateTimeOffset? fetchedAt) =>
        InputBuffer.Parse(stream, Options.MaxInputLength, new Article { Url = url }, bytes => Parse(bytes, url, charset, fetchedAt));

    /// <summary>
    /// Reads a page from a stream asynchronously (to its end; the stream is not closed), then parses it: for a
    /// response body from <c>HttpClient</c> or an ASP.NET Core request, which do not allow or should not block on
    /// synchronous reads. The parse itself runs on the calling thread once the bytes are in.
    /// </summary>
    /// <param name="stream">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known (see <see cref="Parse(ReadOnlyMemory{byte}, Uri?, string?)"/>).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The article and the diagnostics (see <see cref="Parse(Stream, Uri?, string?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while reading.</exception>
    public Task<ParseResult<Article>> ParseAsync(Stream stream, Uri? url = null, string? charset = null, CancellationToken cancellationToken = default) =>
        ParseAsync(stream, url, charset, fetchedAt: null, cancellationToken);

    /// <summary>Reads a page from a stream asynchronously, then parses it, fetched at a known instant (see <see cref="ParseAsync(Stream, Uri?, string?, CancellationToken)"/>).</summary>
    /// <param name="stream">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known.</param>
    /// <param name="fetchedAt">When the page was fetched, when known (see <see cref="Parse(string, Uri?, DateTimeOffset?)"/>).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The article and the diagnostics (see <see cref="Parse(Stream, Uri?, string?)"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while reading.</exception>
    public Task<ParseResult<Article>> ParseAsync(Stream stream, Uri? url, string? charset, DateTimeOffset? fetchedAt, CancellationToken cancellationToken = default) =>
        InputBuffer.ParseAsync(stream, Options.MaxInputLength, new Article { Url = url }, bytes => Parse(bytes, url, charset, fetchedAt), cancellationToken);
}
