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
}
