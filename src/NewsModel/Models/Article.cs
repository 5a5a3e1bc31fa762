namespace NewsModel;

/// <summary>
/// A news article as read from one page: every field is what the page says, or <see langword="null"/> (or empty)
/// when the page does not say it. <see cref="Provenance"/> tells where each value came from.
/// </summary>
public sealed record Article
{
    /// <summary>The address the page was fetched from, as the caller gave it.</summary>
    public Uri? Url { get; init; }

    /// <summary>The page's canonical address (<c>link rel=canonical</c>, og:url, JSON-LD).</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>The publisher's name («شهرآرانیوز», «ISNA», …).</summary>
    public string? SiteName { get; init; }

    /// <summary>
    /// The agency or outlet the text says it reports from: X in «به گزارش X،» at the start of the body (the desk, the
    /// reporter, the place and «به نقل از …» left out: «به گزارش گروه سیاسی خبرگزاری مهر از قم،» gives «خبرگزاری مهر»), the
    /// agency of a dateline («تهران- ایرنا-») or of a wire dateline ("Berlin (dpa) –" gives "dpa"); failing those, a
    /// source line at the end of the text («منبع: خبرگزاری مهر», "Quelle: dpa"; not a picture's or a chart's credit). A
    /// site that republishes an agency's story names the agency here and itself in <see cref="SiteName"/>.
    /// </summary>
    public string? ReportedBy { get; init; }

    /// <summary>The content language as a BCP 47 tag (<c>fa</c>, <c>en</c>, <c>de</c>), from markup or content.</summary>
    public string? Language { get; init; }

    /// <summary>The main text's direction, from markup and content.</summary>
    public TextDirection? Direction { get; init; }

    /// <summary>The site's own identifier for the article (the news code, «کد خبر»).</summary>
    public string? Id { get; init; }

    /// <summary>The kicker or surtitle shown above the title («روتیتر»).</summary>
    public string? Kicker { get; init; }

    /// <summary>The article's own headline.</summary>
    public string? Title { get; init; }

    /// <summary>The lead or summary paragraph («لید»).</summary>
    public string? Lead { get; init; }

    /// <summary>The body as ordered blocks.</summary>
    public IReadOnlyList<Block> Body { get; init => field = ValueList.From(value); } = ValueList<Block>.Empty;

    /// <summary>The body as plain text, blocks separated by blank lines.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The authors, in the order the page lists them.</summary>
    public IReadOnlyList<Author> Authors { get; init => field = ValueList.From(value); } = ValueList<Author>.Empty;

    /// <summary>When the article was first published, with the offset of the place the page speaks for.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>When the article was last modified, with the page's offset.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>The section or service («سرویس»), the most specific one the page names.</summary>
    public string? Section { get; init; }

    /// <summary>The tags or keywords («برچسب‌ها»).</summary>
    public IReadOnlyList<string> Tags { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>The lead image.</summary>
    public ImageRef? Image { get; init; }

    /// <summary>All images of the article (the lead image first, then those in the body).</summary>
    public IReadOnlyList<ImageRef> Images { get; init => field = ValueList.From(value); } = ValueList<ImageRef>.Empty;

    /// <summary>The readers' comments the page shows; empty when it shows none.</summary>
    public IReadOnlyList<Comment> Comments { get; init => field = ValueList.From(value); } = ValueList<Comment>.Empty;

    /// <summary>The headline lists found on the page (related, most viewed, latest, ticker).</summary>
    public IReadOnlyList<HeadlineList> Headlines { get; init => field = ValueList.From(value); } = ValueList<HeadlineList>.Empty;

    /// <summary>For each field that has a value, where it came from.</summary>
    public IReadOnlyList<FieldProvenance> Provenance { get; init => field = ValueList.From(value); } = ValueList<FieldProvenance>.Empty;

    /// <summary>Where the value of <paramref name="field"/> came from.</summary>
    /// <param name="field">The field's JSON name (camelCase, for example <c>title</c> or <c>published</c>).</param>
    /// <returns>The source, or <see langword="null"/> when the field has no value.</returns>
    public FieldSource? SourceOf(string field)
    {
        foreach (var p in Provenance)
        {
            if (string.Equals(p.Field, field, StringComparison.OrdinalIgnoreCase))
            {
                return p.Source;
            }
        }

        return null;
    }
}

/// <summary>Where one field's value came from.</summary>
public sealed record FieldProvenance
{
    /// <summary>The field's JSON name (camelCase: <c>title</c>, <c>published</c>, …).</summary>
    public required string Field { get; init; }

    /// <summary>The layer that gave the value.</summary>
    public required FieldSource Source { get; init; }

    /// <summary>More detail: the JSON-LD property, the meta name, the CSS selector of the rule, ….</summary>
    public string? Detail { get; init; }
}

/// <summary>An author of an article.</summary>
public sealed record Author
{
    /// <summary>The author's name as the page writes it.</summary>
    public required string Name { get; init; }

    /// <summary>The author's page, when linked.</summary>
    public Uri? Url { get; init; }

    /// <summary>The role the page gives («خبرنگار», «عکاس», «ترجمه», "Editor"), when it gives one.</summary>
    public string? Role { get; init; }
}

/// <summary>A reference to an image.</summary>
public sealed record ImageRef
{
    /// <summary>The image's absolute address.</summary>
    public required Uri Url { get; init; }

    /// <summary>The caption shown with it.</summary>
    public string? Caption { get; init; }

    /// <summary>The alternative text.</summary>
    public string? Alt { get; init; }

    /// <summary>The width in pixels, when the page states it.</summary>
    public int? Width { get; init; }

    /// <summary>The height in pixels, when the page states it.</summary>
    public int? Height { get; init; }
}

/// <summary>A reader's comment.</summary>
public sealed record Comment
{
    /// <summary>The site's id for the comment, when the page gives one.</summary>
    public string? Id { get; init; }

    /// <summary>The id of the comment this one answers, when it is a reply.</summary>
    public string? ParentId { get; init; }

    /// <summary>The commenter's name.</summary>
    public string? Author { get; init; }

    /// <summary>When the comment was posted.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The comment's text.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>The likes count («مثبت»), when shown.</summary>
    public int? Likes { get; init; }

    /// <summary>The dislikes count («منفی»), when shown.</summary>
    public int? Dislikes { get; init; }

    /// <summary>
    /// The replies to this comment, nested as the page nests them for 24 levels below a top-level comment. Replies
    /// nested deeper are listed here, under the 24th level's reply, in the order the page shows them; each keeps the
    /// <see cref="ParentId"/> of the comment it answers. So an article's JSON stays within the depth of 64 that JSON
    /// readers allow by default.
    /// </summary>
    public IReadOnlyList<Comment> Replies { get; init => field = ValueList.From(value); } = ValueList<Comment>.Empty;
}

/// <summary>A headline in a list (a homepage, a related list, a ticker).</summary>
public sealed record Headline
{
    /// <summary>The headline text.</summary>
    public required string Title { get; init; }

    /// <summary>The linked article, when the headline links to one.</summary>
    public Uri? Url { get; init; }

    /// <summary>The kicker shown above it.</summary>
    public string? Kicker { get; init; }

    /// <summary>A summary shown under it.</summary>
    public string? Summary { get; init; }

    /// <summary>Its image.</summary>
    public ImageRef? Image { get; init; }

    /// <summary>Its date, when shown.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>Its section, when shown.</summary>
    public string? Section { get; init; }
}

/// <summary>A named list of headlines found on a page.</summary>
public sealed record HeadlineList
{
    /// <summary>What the list is.</summary>
    public HeadlineListKind Kind { get; init; }

    /// <summary>The list's label as the page shows it («پربازدید», "Most read"), when it has one.</summary>
    public string? Name { get; init; }

    /// <summary>The headlines, in page order.</summary>
    public IReadOnlyList<Headline> Items { get; init => field = ValueList.From(value); } = ValueList<Headline>.Empty;
}
