using AngleSharp.Dom;

namespace NewsModel.Extraction.Content;

/// <summary>What the content extractor found: the body blocks, the images in them, and the comments.</summary>
internal sealed record ContentResult(
    IReadOnlyList<Block> Body,
    IReadOnlyList<ImageRef> Images,
    IReadOnlyList<Comment> Comments,
    IElement? Root,
    IReadOnlyList<ParseDiagnostic> Diagnostics);

/// <summary>Finds the main content of a page and turns it into blocks. Stateless and thread-safe.</summary>
#pragma warning disable CA1822 // instance methods: the tuned extractor holds its options
internal sealed class ContentExtractor
{
    /// <summary>Finds the main content of <paramref name="document"/> and converts it.</summary>
    public ContentResult Extract(IDocument document, Uri? baseUrl)
    {
        var root = document.Body;
        return root is null ? new ContentResult([], [], [], null, []) : Convert(root, baseUrl);
    }

    /// <summary>Converts a known content element (from a site rule) into blocks.</summary>
    public ContentResult Convert(IElement root, Uri? baseUrl)
    {
        var blocks = root.QuerySelectorAll("p")
            .Select(p => p.TextContent.Trim())
            .Where(t => t.Length > 0)
            .Select(t => (Block)new ParagraphBlock { Text = t })
            .ToList();
        return new ContentResult(blocks, [], [], root, []);
    }
}
