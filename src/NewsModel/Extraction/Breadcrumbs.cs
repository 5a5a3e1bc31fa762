using AngleSharp.Dom;
using NewsModel.Extraction.Metadata;
using NewsModel.Html;

namespace NewsModel.Extraction;

/// <summary>
/// The section a breadcrumb trail names: «خانه › اقتصادی › عنوان خبر» gives «اقتصادی», "Home / News / Politics"
/// gives "Politics". The home step and the article's own step are left out; the last step before it is the section.
/// </summary>
internal static class Breadcrumbs
{
    // A step longer than this is a headline, not a section's name.
    private const int MaxName = 60;

    private const int MaxWords = 6;

    // A trail longer than this is a menu that a class calls a breadcrumb.
    private const int MaxSteps = 8;

    // The marks between steps, which some trails write inside a step («» Rezept», "Home /").
    private static readonly char[] Separators = ['›', '»', '>', '/', '\\', '|', '·', '•', '-', '–', ':', '→', '‹', '«', '<', ' '];

    // A page's tools: a box of them that a class calls a breadcrumb is no trail.
    private static readonly HashSet<string> ToolWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "drucken", "print", "mailen", "e-mail", "email", "teilen", "share", "weiter", "zurück", "next", "previous", "back", "nächstes",
        "vorheriges", "suche", "erweiterte suche", "search", "sitemap", "mapa de sitio", "login", "anmelden", "چاپ", "ارسال",
    };

    // Names of the page's kind, not of a section: a CMS's "Detail" step.
    private static readonly HashSet<string> PageKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        "detail", "details", "detailansicht", "artikel", "article", "beitrag", "post", "seite", "page", "index", "current", "aktuell:",
    };

    /// <summary>The steps of a visible trail: its list items, or its links and a last unlinked step.</summary>
    public static IReadOnlyList<Crumb> Read(IElement trail)
    {
        var items = Query.All(trail, "li");
        var steps = new List<Crumb>();
        if (items.Count >= 2)
        {
            foreach (var li in items)
            {
                // A nested list's items come with their own: only the items without one are steps.
                if (Query.One(li, "li") is not null)
                {
                    continue;
                }

                var text = Name(TextTools.ShortText(li, MaxName * 2));
                if (text.Length > 0)
                {
                    steps.Add(new Crumb(text, Query.One(li, "a[href]")?.GetAttribute("href")));
                }
            }

            return steps;
        }

        foreach (var a in Query.All(trail, "a[href]"))
        {
            var text = Name(TextTools.ShortText(a, MaxName * 2));
            if (text.Length > 0)
            {
                steps.Add(new Crumb(text, a.GetAttribute("href")));
            }
        }

        return steps;
    }

    // A step's name without the separators around it.
    private static string Name(string? text) => TextTools.Clean(text).Trim(Separators);

    /// <summary>The section the trail names, or null when it names none a reader would call one.</summary>
    /// <param name="steps">The trail's steps, home first.</param>
    /// <param name="title">The article's title.</param>
    /// <param name="pageUrl">The page's address, when known.</param>
    /// <param name="siteName">The site's name, when known.</param>
    public static string? Section(IReadOnlyList<Crumb> steps, string? title, Uri? pageUrl, string? siteName)
    {
        if (steps.Count is < 2 or > MaxSteps || steps.Any(step => ToolWords.Contains(Name(step.Name))))
        {
            return null;
        }

        var first = 0;
        var last = steps.Count - 1;

        // The home step: a home word, the site's name, or a link to the site's root.
        if (IsHome(steps[0] with { Name = Name(steps[0].Name) }, pageUrl, siteName))
        {
            first = 1;
        }

        // The article's own step: its title (or the start of it, cut short), a link to the page itself, or a step of
        // headline length.
        if (last >= first && IsArticle(steps[last], title, pageUrl))
        {
            last--;
        }

        for (var i = last; i >= first; i--)
        {
            var name = Name(steps[i].Name);
            if (name.Length <= MaxName && name.Count(c => c == ' ') < MaxWords && name.Count(char.IsLetter) >= 2 && !PageKinds.Contains(name)
                && !IsHome(steps[i] with { Name = name }, pageUrl, siteName))
            {
                return name;
            }
        }

        return null;
    }

    private static bool IsHome(Crumb step, Uri? pageUrl, string? siteName)
    {
        if (TitleChooser.IsHomeWord(step.Name) || (siteName is not null && TextTools.SameText(step.Name, siteName)))
        {
            return true;
        }

        if (step.Href is not { } href)
        {
            return false;
        }

        var target = TextTools.Resolve(href, pageUrl);
        return href.Trim() is "/" or "./" || (target is not null && target.AbsolutePath is "/" or "" && (pageUrl is null || string.Equals(target.Host, pageUrl.Host, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsArticle(Crumb step, string? title, Uri? pageUrl)
    {
        var name = TextTools.Key(Name(step.Name));
        if (title is not null && name.Length > 0)
        {
            // The title itself, cut short («Vanille-Hafer-Porridge mit…»), with a label before it ("Current: …"), or
            // told in other words: most of its words are the title's.
            var key = TextTools.Key(title);
            var cut = name.TrimEnd('.', '…', ' ');
            if (key == name || (cut.Length >= 12 && key.StartsWith(cut, StringComparison.Ordinal)) || (key.Length >= 12 && name.Contains(key, StringComparison.Ordinal)))
            {
                return true;
            }

            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var titleWords = key.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            if (words.Length >= 3 && words.Count(titleWords.Contains) * 10 >= words.Length * 6)
            {
                return true;
            }
        }

        if (pageUrl is not null && step.Href is { } href && TextTools.Resolve(href, pageUrl) is { } target
            && target.AbsolutePath.TrimEnd('/') == pageUrl.AbsolutePath.TrimEnd('/') && target.AbsolutePath.Length > 1)
        {
            return true;
        }

        return step.Name.Length > MaxName || step.Name.Count(c => c == ' ') >= MaxWords;
    }
}
