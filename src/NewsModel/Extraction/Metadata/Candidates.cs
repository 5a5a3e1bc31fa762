namespace NewsModel.Extraction.Metadata;

/// <summary>One layer's proposal for a field: the value, the layer, and where in the layer it was found.</summary>
internal sealed record Candidate<T>(T Value, FieldSource Source, string? Detail);

/// <summary>One step of a breadcrumb trail: its name and, when it links, its address as written.</summary>
internal readonly record struct Crumb(string Name, string? Href);

/// <summary>Every layer's proposals for every field of one page, before the merge picks one per field.</summary>
internal sealed class CandidateSet
{
    public List<Candidate<string>> Title { get; } = [];

    public List<Candidate<string>> Kicker { get; } = [];

    public List<Candidate<string>> Lead { get; } = [];

    public List<Candidate<string>> Id { get; } = [];

    public List<Candidate<string>> SiteName { get; } = [];

    public List<Candidate<string>> Section { get; } = [];

    public List<Candidate<string>> Language { get; } = [];

    /// <summary>
    /// Whether a language tag of the page names Afghanistan («fa-AF», «prs», «ps-AF»): its clock is Kabul's.
    /// </summary>
    public bool AfghanLocale { get; set; }

    public List<Candidate<string>> CanonicalUrl { get; } = [];

    /// <summary>Published dates as text (machine or printed); the merge reads them with the page's zone.</summary>
    public List<Candidate<string>> Published { get; } = [];

    public List<Candidate<string>> Modified { get; } = [];

    /// <summary>
    /// Dates of the page rather than of its text: the page's own JSON-LD node when no article node exists (Yoast's
    /// WebPage, a Recipe), «meta name="date"»; read only when no layer gives the field.
    /// </summary>
    public List<Candidate<string>> PagePublished { get; } = [];

    /// <inheritdoc cref="PagePublished"/>
    public List<Candidate<string>> PageModified { get; } = [];

    public List<Candidate<IReadOnlyList<string>>> Tags { get; } = [];

    /// <summary>The page's breadcrumb trails (JSON-LD's BreadcrumbList): the section when no layer names one.</summary>
    public List<Candidate<IReadOnlyList<Crumb>>> Breadcrumbs { get; } = [];

    public List<Candidate<IReadOnlyList<Author>>> Authors { get; } = [];

    public List<Candidate<ImageRef>> Image { get; } = [];

    /// <summary>
    /// The article's text as its JSON-LD writes it (<c>articleBody</c>), as written: plain text with its line breaks, or
    /// HTML. Taken only when the visible page holds almost none of it (see <see cref="JsonLdBody"/>).
    /// </summary>
    public List<Candidate<string>> ArticleBody { get; } = [];

    public static void Add(List<Candidate<string>> list, string? value, FieldSource source, string? detail)
    {
        var clean = TextTools.Clean(value);
        if (clean.Length > 0)
        {
            list.Add(new Candidate<string>(clean, source, detail));
        }
    }
}
