using NewsModel.Persian;

namespace NewsModel;

/// <summary>Immutable options for <see cref="ArticleParser"/>. Change them with <c>with</c> expressions.</summary>
public sealed record ArticleParserOptions
{
    /// <summary>The defaults: every layer on, comments and headline lists read.</summary>
    public static ArticleParserOptions Default { get; } = new();

    /// <summary>Whether to read readers' comments into <see cref="Article.Comments"/>. On by default.</summary>
    public bool ReadComments { get; init; } = true;

    /// <summary>Whether to read the page's headline lists into <see cref="Article.Headlines"/>. On by default.</summary>
    public bool ReadHeadlines { get; init; } = true;

    /// <summary>
    /// How the text fields of a Persian (or Dari) article are normalized: Arabic ي/ك become ی/ک, tatweel and bidi
    /// marks go, half-space stand-ins become real half-spaces, spaces are collapsed (see
    /// <see cref="PersianNormalizerOptions.Default"/>, which never changes meaning). Pages in other languages,
    /// Arabic included, are never normalized. <see langword="null"/> keeps the page's text exactly as written.
    /// </summary>
    public PersianNormalizerOptions? PersianNormalization { get; init; } = PersianNormalizerOptions.Default;

    /// <summary>
    /// The most bytes read from a stream (<see cref="ArticleParser.Parse(Stream, Uri?, string?)"/>,
    /// <see cref="ArticleParser.ParseAsync(Stream, Uri?, string?, CancellationToken)"/>): a longer stream is not parsed
    /// but reported with a <c>page.tooLarge</c> error, and reading stops one byte past the bound, so an endless stream
    /// cannot exhaust memory. 64 MiB by default, as for <see cref="Batch.PageReaderOptions.MaxPageLength"/>; at least 1.
    /// Text and bytes the caller passes in whole are parsed whatever their length.
    /// </summary>
    public long MaxInputLength { get; init; } = DefaultMaxInputLength;

    /// <summary>
    /// Site rules written as CSS selectors, for sites the parser reads wrongly (see <see cref="SelectorRule"/>): the
    /// first that applies to a page gives its values before every other layer. Empty by default. The parser checks
    /// them when it is built.
    /// </summary>
    public IReadOnlyList<SelectorRule> SelectorRules { get; init => field = ValueList.From(value); } = ValueList<SelectorRule>.Empty;

    /// <summary>
    /// Lists written as CSS selectors for homepages and section pages (see <see cref="ListSelectorRule"/>), as
    /// <see cref="HeadlineParserOptions.ListRules"/> gives them to <see cref="HeadlineParser"/>: when the parser is given
    /// such a page (a <c>page.list</c> diagnostic), <see cref="Article.Headlines"/> holds the lists
    /// <see cref="HeadlineParser"/> would give with the same rules. Article pages do not read them. Empty by default;
    /// checked when the parser is built.
    /// </summary>
    public IReadOnlyList<ListSelectorRule> ListRules { get; init => field = ValueList.From(value); } = ValueList<ListSelectorRule>.Empty;

    /// <summary>The default <see cref="MaxInputLength"/> (and the text parser's): 64 MiB.</summary>
    internal const long DefaultMaxInputLength = 64L * 1024 * 1024;
}
