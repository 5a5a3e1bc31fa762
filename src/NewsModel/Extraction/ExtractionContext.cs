using AngleSharp.Html.Dom;
using NewsModel.Persian;

namespace NewsModel.Extraction;

/// <summary>One page being parsed: the document, its address and the options. Lives for one parse only.</summary>
internal sealed class ExtractionContext(IHtmlDocument document, Uri? url, ArticleParserOptions options, PersianNormalizer? normalizer, DateTimeOffset? fetchedAt = null)
{
    public IHtmlDocument Document { get; } = document;

    public Uri? Url { get; } = url;

    public ArticleParserOptions Options { get; } = options;

    /// <summary>When the page was fetched, if the caller said: relative dates are read against it.</summary>
    public DateTimeOffset? FetchedAt { get; } = fetchedAt;

    /// <summary>The normalizer for Persian text fields, or null when the caller keeps the text as written.</summary>
    public PersianNormalizer? Normalizer { get; } = normalizer;

    public List<ParseDiagnostic> Diagnostics { get; } = [];
}
