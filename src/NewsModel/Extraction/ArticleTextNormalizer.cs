namespace NewsModel.Extraction;

/// <summary>
/// Applies a text fix to every text field of an article (the last steps of the pipeline): the Persian normalizer on a
/// Persian article, so that a tag written with Arabic ي on one page and Persian ی on another is the same tag, and the
/// removal of soft hyphens on every article. The normalizer's default never
/// changes meaning and returns the same instance for clean text, so clean pages cost one scan per field
/// and keep their records and lists.
/// </summary>
internal static class ArticleTextNormalizer
{
    /// <summary>Whether an article in <paramref name="language"/> gets Persian normalization (Persian and Dari only:
    /// Arabic pages keep their own ي and ك).</summary>
    public static bool AppliesTo(string? language) =>
        language is not null && (language.Equals("fa", StringComparison.OrdinalIgnoreCase)
            || language.StartsWith("fa-", StringComparison.OrdinalIgnoreCase)
            || language.Equals("prs", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The article with <paramref name="fix"/> applied to every text field; <paramref name="fix"/> must return its
    /// argument itself when it changes nothing (the Persian normalizer does), so that records and lists whose strings
    /// are all clean are kept as they are and a clean page allocates nothing here.
    /// </summary>
    public static Article Apply(Article article, Func<string, string> fix)
    {
        var n = fix;
        var siteName = Text(article.SiteName, n);
        var reportedBy = Text(article.ReportedBy, n);
        var kicker = Text(article.Kicker, n);
        var title = Text(article.Title, n);
        var lead = Text(article.Lead, n);
        var body = Map(article.Body, n, Block);
        var text = n(article.Text);
        var authors = Map(article.Authors, n, Author);
        var section = Text(article.Section, n);
        var tags = Map(article.Tags, n, static (t, n) => n(t));
        var image = Image(article.Image, n);
        var images = Map(article.Images, n, static (i, n) => Image(i, n)!);
        var comments = Map(article.Comments, n, Comment);
        var headlines = Map(article.Headlines, n, HeadlineList);
        if (ReferenceEquals(siteName, article.SiteName) && ReferenceEquals(reportedBy, article.ReportedBy) && ReferenceEquals(kicker, article.Kicker) && ReferenceEquals(title, article.Title)
            && ReferenceEquals(lead, article.Lead) && ReferenceEquals(body, article.Body) && ReferenceEquals(text, article.Text)
            && ReferenceEquals(authors, article.Authors) && ReferenceEquals(section, article.Section) && ReferenceEquals(tags, article.Tags)
            && ReferenceEquals(image, article.Image) && ReferenceEquals(images, article.Images) && ReferenceEquals(comments, article.Comments)
            && ReferenceEquals(headlines, article.Headlines))
        {
            return article;
        }

        return article with
        {
            SiteName = siteName,
            ReportedBy = reportedBy,
            Kicker = kicker,
            Title = title,
            Lead = lead,
            Body = body,
            Text = text,
            Authors = authors,
            Section = section,
            Tags = tags,
            Image = image,
            Images = images,
            Comments = comments,
            Headlines = headlines,
        };
    }

    /// <summary>
    /// The text without soft hyphens (U+00AD): invisible hyphenation hints that CMSs put inside long words
    /// («Deutsch\u00ADland», «Genesenen\u00AD\u00ADnachweise»), which would keep "Deutschland" from being found in the
    /// text. The same instance when there is none.
    /// </summary>
    public static string WithoutSoftHyphens(string text) =>
        text.Contains('\u00AD', StringComparison.Ordinal) ? text.Replace("\u00AD", string.Empty, StringComparison.Ordinal) : text;

    /// <inheritdoc cref="Utf16Text.WithValidSurrogates"/>
    public static string WithValidSurrogates(string text) => Utf16Text.WithValidSurrogates(text);

    /// <summary>The fixes every article gets: valid surrogates (<see cref="WithValidSurrogates"/>), no soft hyphens.</summary>
    public static string Cleaned(string text) => WithoutSoftHyphens(WithValidSurrogates(text));

    /// <summary>Headline lists with <paramref name="fix"/> applied to every text field (see <see cref="Apply(Article, Func{string, string})"/>).</summary>
    public static IReadOnlyList<HeadlineList> Apply(IReadOnlyList<HeadlineList> lists, Func<string, string> fix) => Map(lists, fix, HeadlineList);

    private static string? Text(string? s, Func<string, string> n) => s is null ? null : n(s);

    // The list itself when every item comes back as the same instance; else a copy with the changed items.
    private static IReadOnlyList<T> Map<T>(IReadOnlyList<T> items, Func<string, string> n, Func<T, Func<string, string>, T> normalize)
        where T : class
    {
        List<T>? copy = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var normalized = normalize(item, n);
            if (copy is null && !ReferenceEquals(normalized, item))
            {
                copy = new List<T>(items.Count);
                for (var j = 0; j < i; j++)
                {
                    copy.Add(items[j]);
                }
            }

            copy?.Add(normalized);
        }

        return copy ?? items;
    }

    private static Block Block(Block block, Func<string, string> n)
    {
        switch (block)
        {
            case ParagraphBlock p:
                var paragraph = n(p.Text);
                return ReferenceEquals(paragraph, p.Text) ? p : p with { Text = paragraph };
            case HeadingBlock h:
                var heading = n(h.Text);
                return ReferenceEquals(heading, h.Text) ? h : h with { Text = heading };
            case QuoteBlock q:
                var quote = n(q.Text);
                return ReferenceEquals(quote, q.Text) ? q : q with { Text = quote };
            case ListBlock l:
                var items = Map(l.Items, n, static (s, n) => n(s));
                return ReferenceEquals(items, l.Items) ? l : l with { Items = items };
            case ImageBlock i:
                var image = Image(i.Image, n)!;
                return ReferenceEquals(image, i.Image) ? i : i with { Image = image };
            case EmbedBlock e:
                var title = Text(e.Title, n);
                var words = Text(e.Text, n);
                return ReferenceEquals(title, e.Title) && ReferenceEquals(words, e.Text) ? e : e with { Title = title, Text = words };
            case TableBlock t:
                var rows = Map(t.Rows, n, static (r, n) => Map(r, n, static (s, n) => n(s)));
                return ReferenceEquals(rows, t.Rows) ? t : t with { Rows = rows };
            default:
                return block;
        }
    }

    private static ImageRef? Image(ImageRef? image, Func<string, string> n)
    {
        if (image is null)
        {
            return null;
        }

        var caption = Text(image.Caption, n);
        var alt = Text(image.Alt, n);
        return ReferenceEquals(caption, image.Caption) && ReferenceEquals(alt, image.Alt) ? image : image with { Caption = caption, Alt = alt };
    }

    private static Author Author(Author a, Func<string, string> n)
    {
        var name = n(a.Name);
        var role = Text(a.Role, n);
        return ReferenceEquals(name, a.Name) && ReferenceEquals(role, a.Role) ? a : a with { Name = name, Role = role };
    }

    private static Comment Comment(Comment c, Func<string, string> n)
    {
        var author = Text(c.Author, n);
        var text = n(c.Text);
        var replies = Map(c.Replies, n, Comment);
        return ReferenceEquals(author, c.Author) && ReferenceEquals(text, c.Text) && ReferenceEquals(replies, c.Replies)
            ? c
            : c with { Author = author, Text = text, Replies = replies };
    }

    private static HeadlineList HeadlineList(HeadlineList l, Func<string, string> n)
    {
        var name = Text(l.Name, n);
        var items = Map(l.Items, n, Headline);
        return ReferenceEquals(name, l.Name) && ReferenceEquals(items, l.Items) ? l : l with { Name = name, Items = items };
    }

    private static Headline Headline(Headline h, Func<string, string> n)
    {
        var title = n(h.Title);
        var kicker = Text(h.Kicker, n);
        var summary = Text(h.Summary, n);
        var section = Text(h.Section, n);
        var image = Image(h.Image, n);
        return ReferenceEquals(title, h.Title) && ReferenceEquals(kicker, h.Kicker) && ReferenceEquals(summary, h.Summary)
            && ReferenceEquals(section, h.Section) && ReferenceEquals(image, h.Image)
            ? h
            : h with { Title = title, Kicker = kicker, Summary = summary, Section = section, Image = image };
    }
}
