using NewsModel.Extraction.Content;

namespace NewsModel.Extraction;

/// <summary>Runs the layers over one page and merges their candidate fields by priority.</summary>
internal static class ArticlePipeline
{
    public static ParseResult<Article> Run(ExtractionContext context, ContentExtractor content)
    {
        var extracted = content.Extract(context.Document, context.Url);
        var title = context.Document.QuerySelector("h1")?.TextContent.Trim();
        var article = new Article
        {
            Url = context.Url,
            Title = string.IsNullOrEmpty(title) ? null : title,
            Body = extracted.Body,
            Text = string.Join("\n\n", extracted.Body.Select(b => b.ToPlainText()).Where(t => t.Length > 0)),
            Images = extracted.Images,
            Comments = extracted.Comments,
        };
        return new ParseResult<Article>(article, context.Diagnostics.Concat(extracted.Diagnostics));
    }
}
