using AngleSharp.Html.Dom;

namespace NewsModel.Extraction;

/// <summary>One page being parsed: the document, its address and the options. Lives for one parse only.</summary>
internal sealed class ExtractionContext(IHtmlDocument document, Uri? url, ArticleParserOptions options)
{
    public IHtmlDocument Document { get; } = document;

    public Uri? Url { get; } = url;

    public ArticleParserOptions Options { get; } = options;

    public List<ParseDiagnostic> Diagnostics { get; } = [];
}
