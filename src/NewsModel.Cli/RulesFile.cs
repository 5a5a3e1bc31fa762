using System.Text.Json;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>
/// The <c>--rules</c> option: a JSON array of <see cref="SelectorRule"/>s for the article parser (<c>parse</c>,
/// <c>batch</c>) or of <see cref="ListSelectorRule"/>s for the headline parser (<c>headlines</c>).
/// </summary>
internal static class RulesFile
{
    /// <summary>The article parser for the run: the default one without rules files, else one with their rules
    /// (<c>--rules</c>: selector rules; <c>--list-rules</c>: list rules for the homepages it meets); false (after
    /// writing why) when a file cannot be read, is not an array of rules, or holds a rule the parser refuses.</summary>
    public static bool TryCreateParser(string? path, TextWriter error, out ArticleParser parser, string? listPath = null)
    {
        parser = ArticleParser.Default;
        if (path is null && listPath is null)
        {
            return true;
        }

        if (!TryLoad<SelectorRule>(path, error, "selector rules", out var rules) || !TryLoad<ListSelectorRule>(listPath, error, "list rules", out var lists))
        {
            return false;
        }

        var files = path is not null && listPath is not null ? $"{path}' and '{listPath}" : path ?? listPath!;
        return TryBuild(files, error, () => new ArticleParser(ArticleParserOptions.Default with { SelectorRules = rules, ListRules = lists }), out parser);
    }

    /// <summary>The headline parser for the run, likewise with list rules.</summary>
    public static bool TryCreateHeadlineParser(string? path, TextWriter error, out HeadlineParser parser)
    {
        parser = HeadlineParser.Default;
        return path is null
            || (TryLoad<ListSelectorRule>(path, error, "list rules", out var rules)
                && TryBuild(path, error, () => new HeadlineParser(HeadlineParserOptions.Default with { ListRules = rules }), out parser));
    }

    private static bool TryLoad<TRule>(string? path, TextWriter error, string what, out IReadOnlyList<TRule> rules)
    {
        rules = [];
        if (path is null)
        {
            return true;
        }

        try
        {
            rules = NewsJson.Deserialize<IReadOnlyList<TRule>>(File.ReadAllText(path));
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

        return false;
    }

    private static bool TryBuild<TParser>(string files, TextWriter error, Func<TParser> build, out TParser parser)
        where TParser : class
    {
        try
        {
            parser = build();
            return true;
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: the rules file '{files}': {e.Message}");
            parser = null!;
            return false;
        }
    }
}
