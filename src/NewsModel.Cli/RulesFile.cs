using System.Text.Json;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>
/// The <c>--rules</c> option: a JSON array of <see cref="SelectorRule"/>s for the article parser (<c>parse</c>,
/// <c>batch</c>) or of <see cref="ListSelectorRule"/>s for the headline parser (<c>headlines</c>).
/// </summary>
internal static class RulesFile
{
    /// <summary>The article parser for the run: the default one without a rules file, else one with its rules; false
    /// (after writing why) when the file cannot be read, is not an array of rules, or holds a rule the parser refuses.</summary>
    public static bool TryCreateParser(string? path, TextWriter error, out ArticleParser parser) =>
        TryCreate<SelectorRule, ArticleParser>(path, error, "selector rules", ArticleParser.Default,
            rules => new ArticleParser(ArticleParserOptions.Default with { SelectorRules = rules }), out parser);

    /// <summary>The headline parser for the run, likewise with list rules.</summary>
    public static bool TryCreateHeadlineParser(string? path, TextWriter error, out HeadlineParser parser) =>
        TryCreate<ListSelectorRule, HeadlineParser>(path, error, "list rules", HeadlineParser.Default,
            rules => new HeadlineParser(HeadlineParserOptions.Default with { ListRules = rules }), out parser);

    private static bool TryCreate<TRule, TParser>(string? path, TextWriter error, string what, TParser standard, Func<IReadOnlyList<TRule>, TParser> build, out TParser parser)
    {
        parser = standard;
        if (path is null)
        {
            return true;
        }

        try
        {
            parser = build(NewsJson.Deserialize<IReadOnlyList<TRule>>(File.ReadAllText(path)));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read the rules file '{path}': {e.Message}");
        }
        catch (JsonException e)
        {
            error.WriteLine($"error: the rules file '{path}' is not a JSON array of {what}: {e.Message}");
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: the rules file '{path}': {e.Message}");
        }

        return false;
    }
}
