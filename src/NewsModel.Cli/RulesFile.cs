using System.Text.Json;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary>The <c>--rules</c> option: a JSON array of <see cref="SelectorRule"/>s for the HTML parser.</summary>
internal static class RulesFile
{
    /// <summary>The parser for the run: the default one without a rules file, else one with its rules; false (after
    /// writing why) when the file cannot be read, is not an array of rules, or holds a rule the parser refuses.</summary>
    public static bool TryCreateParser(string? path, TextWriter error, out ArticleParser parser)
    {
        parser = ArticleParser.Default;
        if (path is null)
        {
            return true;
        }

        try
        {
            var rules = NewsJson.Deserialize<IReadOnlyList<SelectorRule>>(File.ReadAllText(path));
            parser = new ArticleParser(ArticleParserOptions.Default with { SelectorRules = rules });
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read the rules file '{path}': {e.Message}");
        }
        catch (JsonException e)
        {
            error.WriteLine($"error: the rules file '{path}' is not a JSON array of selector rules: {e.Message}");
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: the rules file '{path}': {e.Message}");
        }

        return false;
    }

    /// <summary>The headline parser for the run: the default one without a rules file, else one with its list rules.</summary>
    public static bool TryCreateHeadlineParser(string? path, TextWriter error, out HeadlineParser parser)
    {
        parser = HeadlineParser.Default;
        if (path is null)
        {
            return true;
        }

        try
        {
            var rules = NewsJson.Deserialize<IReadOnlyList<ListSelectorRule>>(File.ReadAllText(path));
            parser = new HeadlineParser(HeadlineParserOptions.Default with { ListRules = rules });
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read the rules file '{path}': {e.Message}");
        }
        catch (JsonException e)
        {
            error.WriteLine($"error: the rules file '{path}' is not a JSON array of list rules: {e.Message}");
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: the rules file '{path}': {e.Message}");
        }

        return false;
    }
}
