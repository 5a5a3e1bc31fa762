using AngleSharp.Dom;
using NewsModel.Extraction;
using NewsModel.Extraction.Content;
using NewsModel.Html;

namespace NewsModel.Sites;

/// <summary>Applies the caller's <see cref="ListSelectorRule"/>s to a page.</summary>
internal static class ListRules
{
    /// <summary>
    /// The page's lists with the rules': each rule that applies gives one list, first; the parser's own lists
    /// (<paramref name="found"/>) follow without the addresses the rules' lists hold, and lists left empty go.
    /// </summary>
    public static IReadOnlyList<HeadlineList> Merge(IReadOnlyList<ListSelectorRule> rules, IDocument document, Uri? url, PageClock clock, IReadOnlyList<HeadlineList> found)
    {
        if (rules.Count == 0 || Read(rules, document, url, clock) is not { Count: > 0 } ruled)
        {
            return found;
        }

        var listed = ruled.SelectMany(l => l.Items).Select(h => h.Url?.AbsoluteUri).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. ruled, .. found.Select(l => l with { Items = l.Items.Where(h => h.Url is null || !listed.Contains(h.Url.AbsoluteUri)).ToList() }).Where(l => l.Items.Count > 0)];
    }

    /// <summary>One list for every rule that applies to the page, in the rules' order; empty lists are left out.</summary>
    public static List<HeadlineList> Read(IReadOnlyList<ListSelectorRule> rules, IDocument document, Uri? url, PageClock clock)
    {
        var lists = new List<HeadlineList>();
        UrlResolver? resolver = null;
        foreach (var rule in rules)
        {
            if (!SelectorRules.IsFor(rule.Hosts, url?.Host) && (rule.Match is null || Query.One(document, rule.Match) is null))
            {
                continue;
            }

            var urls = resolver ??= new UrlResolver(document, url);
            var items = new List<Headline>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in Query.All(document, rule.Items))
            {
                if (Read(rule, item, url, urls, clock) is { } headline && seen.Add(headline.Url?.AbsoluteUri + "\u0001" + headline.Title))
                {
                    items.Add(headline);
                }
            }

            if (items.Count > 0)
            {
                lists.Add(new HeadlineList { Kind = rule.Kind, Name = rule.ListName, Items = items });
            }
        }

        return lists;
    }

    private static Headline? Read(ListSelectorRule rule, IElement item, Uri? url, UrlResolver urls, PageClock clock)
    {
        var title = rule.Title is { } titleCss ? Text(Query.One(item, titleCss))
            : Text(Query.One(item, "h1, h2, h3, h4, h5, h6")) is { Length: > 0 } heading ? heading
            : Text(item.LocalName == "a" ? item : Query.One(item, "a[href]"));
        if (title.Length == 0)
        {
            return null;
        }

        var link = rule.Link is { } linkCss ? Query.One(item, linkCss) : item.LocalName == "a" ? item : Query.One(item, "a[href]");
        return new Headline
        {
            Title = title,
            Url = TextTools.Resolve(link?.GetAttribute("href"), url),
            Kicker = Optional(item, rule.Kicker),
            Summary = Optional(item, rule.Summary),
            Section = Optional(item, rule.Section),
            Image = rule.Image is { } imageCss ? SelectorRules.ImageOf(Query.One(item, imageCss), urls) : null,
            Published = rule.Published is { } dateCss ? Date(Query.One(item, dateCss), clock) : null,
        };
    }

    private static string Text(IElement? e) => TextTools.TextOf(e);

    private static string? Optional(IElement item, string? css) => css is not null && Text(Query.One(item, css)) is { Length: > 0 } text ? text : null;

    private static DateTimeOffset? Date(IElement? e, PageClock clock)
    {
        if (e is null)
        {
            return null;
        }

        foreach (var text in (ReadOnlySpan<string?>)[e.LocalName == "time" ? e.GetAttribute("datetime") : null, e.GetAttribute("title"), e.TextContent])
        {
            if (!string.IsNullOrWhiteSpace(text) && DateReader.TryReadVisible(text, clock, out var value, out _))
            {
                return value;
            }
        }

        return null;
    }
}
