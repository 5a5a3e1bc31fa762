using NewsModel.Extraction;
using NewsModel.Extraction.Headlines;
using NewsModel.Html;

namespace NewsModel;

/// <summary>
/// Reads the headline lists of a homepage, a section page or a text-only list page: every headline that links to an
/// article (one <see cref="HeadlineListKind.Page"/> list) and the labelled lists («پربازدید», «آخرین اخبار», …).
/// Immutable and thread-safe; use <see cref="Default"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "An instance API like ArticleParser, so options can be added without breaking callers.")]
public sealed class HeadlineParser
{
    /// <summary>The shared parser.</summary>
    public static HeadlineParser Default { get; } = new();

    /// <summary>Parses a page given as text.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="url">The page's address, when known: it resolves relative links and limits the page list to the site's own articles.</param>
    /// <returns>The lists (possibly empty) and diagnostics; never throws for a bad page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public ParseResult<IReadOnlyList<HeadlineList>> Parse(string html, Uri? url = null) => Parse(html, url, []);

    /// <summary>Parses a page given as bytes, detecting the encoding like <see cref="ArticleParser"/> does.</summary>
    /// <param name="bytes">The page's bytes.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="charset">The charset the HTTP response declared, when known.</param>
    /// <returns>The lists and diagnostics; an <c>encoding.damaged</c> error when the bytes were damaged.</returns>
    public ParseResult<IReadOnlyList<HeadlineList>> Parse(ReadOnlyMemory<byte> bytes, Uri? url = null, string? charset = null)
    {
        using var decoded = HtmlDecoder.DecodePooled(bytes.Span, charset);
        return Parse(Parsers.Parse(decoded.Chars), url, decoded.Diagnostics);
    }

    private static ParseResult<IReadOnlyList<HeadlineList>> Parse(string html, Uri? url, IReadOnlyList<ParseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Parse(Parsers.Parse(html), url, diagnostics);
    }

    private static ParseResult<IReadOnlyList<HeadlineList>> Parse(AngleSharp.Dom.IDocument document, Uri? url, IReadOnlyList<ParseDiagnostic> diagnostics)
    {
        // Afghan by its address or its language tag («fa-AF», «prs»): Kabul's clock; else Tehran's.
        var afghan = url?.Host.EndsWith(".af", StringComparison.OrdinalIgnoreCase) == true
            || LanguageTools.IsAfghan(document.DocumentElement?.GetAttribute("lang"));
        var zone = afghan ? PageZone.Kabul : PageZone.Tehran;
        IReadOnlyList<HeadlineList> lists = HeadlineFinder.FindOnPage(document, url, zone);
        var all = diagnostics.ToList();
        if (lists.Count == 0)
        {
            all.Add(new ParseDiagnostic { Code = "headlines.missing", Field = "headlines", Severity = DiagnosticSeverity.Warning, Message = "No headline linking to an article was found." });
        }

        return new ParseResult<IReadOnlyList<HeadlineList>>(ValueList.From(lists), all);
    }
}
