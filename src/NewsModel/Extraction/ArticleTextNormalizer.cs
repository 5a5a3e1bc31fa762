using NewsModel.Persian;

namespace NewsModel.Extraction;

/// <summary>
/// Applies the Persian normalizer to every text field of a Persian article (the last step of the pipeline), so that
/// a tag written with Arabic ي on one page and Persian ی on another is the same tag. The normalizer's default never
/// changes meaning and returns the same instance for clean text, so clean pages cost one scan per field.
/// </summary>
internal static class ArticleTextNormalizer
{
    /// <summary>Whether an article in <paramref name="language"/> gets Persian normalization (Persian and Dari only:
    /// Arabic pages keep their own ي and ك).</summary>
    public static bool AppliesTo(string? language) =>
        language is not null && (language.Equals("fa", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("fa-", StringComparison.OrdinalIgnoreCase)
            || language.Equals("prs", StringComparison.OrdinalIgnoreCase));

    public static Article Apply(Article article, PersianNormalizer normalizer)
    {
        string? N(string? s) => s is null ? null : normalizer.Normalize(s);

        return article with
        {
            SiteName = N(article.SiteName),
            Kicker = N(article.Kicker),
            Title = N(article.Title),
            Lead = N(article.Lead),
            Body = article.Body.Select(b => Block(b, normalizer)).ToList(),
            Text = normalizer.Normalize(article.Text),
            Authors = article.Authors.Select(a => a with { Name = normalizer.Normalize(a.Name), Role = N(a.Role) }).ToList(),
            Section = N(article.Section),
            Tags = article.Tags.Select(normalizer.Normalize).ToList(),
            Image = Image(article.Image, normalizer),
            Images = article.Images.Select(i => Image(i, normalizer)!).ToList(),
            Comments = article.Comments.Select(c => Comment(c, normalizer)).ToList(),
            Headlines = article.Headlines.Select(l => l with
            {
                Name = N(l.Name),
                Items = l.Items.Select(h => h with
                {
                    Title = normalizer.Normalize(h.Title),
                    Kicker = N(h.Kicker),
                    Summary = N(h.Summary),
                    Section = N(h.Section),
                    Image = Image(h.Image, normalizer),
                }).ToList(),
            }).ToList(),
        };
    }

    private static Block Block(Block block, PersianNormalizer n) => block switch
    {
        ParagraphBlock p => p with { Text = n.Normalize(p.Text) },
        HeadingBlock h => h with { Text = n.Normalize(h.Text) },
        QuoteBlock q => q with { Text = n.Normalize(q.Text) },
        ListBlock l => l with { Items = l.Items.Select(n.Normalize).ToList() },
        ImageBlock i => i with { Image = Image(i.Image, n)! },
        EmbedBlock e => e with { Title = e.Title is null ? null : n.Normalize(e.Title) },
        TableBlock t => t with { Rows = t.Rows.Select(r => (IReadOnlyList<string>)r.Select(n.Normalize).ToList()).ToList() },
        _ => block,
    };

    private static ImageRef? Image(ImageRef? image, PersianNormalizer n) => image is null
        ? null
        : image with
        {
            Caption = image.Caption is null ? null : n.Normalize(image.Caption),
            Alt = image.Alt is null ? null : n.Normalize(image.Alt),
        };

    private static Comment Comment(Comment c, PersianNormalizer n) => c with
    {
        Author = c.Author is null ? null : n.Normalize(c.Author),
        Text = n.Normalize(c.Text),
        Replies = c.Replies.Select(r => Comment(r, n)).ToList(),
    };
}
