using AngleSharp.Dom;
using NewsModel.Extraction;
using NewsModel.Extraction.Content;
using NewsModel.Extraction.Metadata;
using NewsModel.Html;
using NewsModel.Persian;

namespace NewsModel.Sites;

/// <summary>Checks, finds and applies the caller's <see cref="SelectorRule"/>s.</summary>
internal static class SelectorRules
{
    /// <summary>Throws <see cref="ArgumentException"/> for a rule the parser could not apply.</summary>
    public static void Validate(IReadOnlyList<SelectorRule> rules, string paramName)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i] ?? throw new ArgumentException($"Selector rule {i} is null.", paramName);
            Validate(i, rule.Name, rule.Hosts, rule.Match, Selectors(rule), paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> for a list rule the headline parser could not apply.</summary>
    public static void Validate(IReadOnlyList<ListSelectorRule> rules, string paramName)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i] ?? throw new ArgumentException($"Selector rule {i} is null.", paramName);
            (string, string?)[] fields =
            [
                ("match", rule.Match), ("items", rule.Items), ("title", rule.Title), ("link", rule.Link), ("summary", rule.Summary),
                ("kicker", rule.Kicker), ("image", rule.Image), ("published", rule.Published), ("section", rule.Section),
            ];
            Validate(i, rule.Name, rule.Hosts, rule.Match, fields.Where(f => f.Item2 is not null).Select(f => (f.Item1, f.Item2!)), paramName);
        }
    }

    private static void Validate(int i, string? ruleName, IReadOnlyList<string> hosts, string? match, IEnumerable<(string Field, string Css)> selectors, string paramName)
    {
        var name = string.IsNullOrWhiteSpace(ruleName) ? throw new ArgumentException($"Selector rule {i} has no name.", paramName) : ruleName;
        if (hosts.Count == 0 && string.IsNullOrWhiteSpace(match))
        {
            throw new ArgumentException($"Selector rule '{name}' names neither hosts nor a match selector, so it would apply to no page.", paramName);
        }

        // A host written as an address ("https://example.ir/") would never match a page: said now, not silently.
        foreach (var host in hosts)
        {
            if (string.IsNullOrWhiteSpace(host) || host.AsSpan().IndexOfAny("/:?# ") >= 0)
            {
                throw new ArgumentException($"Selector rule '{name}': the host '{host}' is not a host name such as example.ir.", paramName);
            }
        }

        foreach (var (field, css) in selectors)
        {
            if (string.IsNullOrWhiteSpace(css) || !Query.IsValid(css))
            {
                throw new ArgumentException($"Selector rule '{name}': the {field} selector '{css}' is not a valid CSS selector.", paramName);
            }
        }
    }

    /// <summary>Whether <paramref name="host"/> is one of <paramref name="hosts"/> or a subdomain of one.</summary>
    public static bool IsFor(IReadOnlyList<string> hosts, string? host)
    {
        if (host is null)
        {
            return false;
        }

        foreach (var h in hosts)
        {
            var domain = h.Trim().TrimEnd('.');
            if (domain.Length > 0 && (host.Equals(domain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string Field, string Css)> Selectors(SelectorRule rule)
    {
        (string, string?)[] fields =
        [
            ("match", rule.Match), ("title", rule.Title), ("kicker", rule.Kicker), ("lead", rule.Lead), ("id", rule.Id), ("section", rule.Section),
            ("published", rule.Published), ("modified", rule.Modified), ("authors", rule.Authors), ("tags", rule.Tags), ("image", rule.Image), ("body", rule.Body),
        ];
        foreach (var (field, css) in fields)
        {
            if (css is not null)
            {
                yield return (field, css);
            }
        }

        foreach (var css in rule.Remove)
        {
            yield return ("remove", css);
        }
    }

    /// <summary>The first rule for <paramref name="host"/>, else the first whose match selector the page matches.</summary>
    public static SelectorRule? Find(IReadOnlyList<SelectorRule> rules, string? host, IDocument document)
    {
        if (rules.Count == 0)
        {
            return null;
        }

        foreach (var rule in rules)
        {
            if (IsFor(rule.Hosts, host))
            {
                return rule;
            }
        }

        foreach (var rule in rules)
        {
            if (rule.Match is { } match && Query.One(document, match) is not null)
            {
                return rule;
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the rule's values in front of every other candidate (a built-in rule's included) and returns its body
    /// element, if it names one that is on the page, with the elements to remove from it.
    /// </summary>
    public static SiteRuleResult Apply(SelectorRule rule, IDocument document, Uri? url, CandidateSet set)
    {
        var prefix = rule.Name + ": ";
        AddText(document, rule.Title, set.Title, prefix);
        AddText(document, rule.Kicker, set.Kicker, prefix);
        AddText(document, rule.Lead, set.Lead, prefix);
        AddText(document, rule.Section, set.Section, prefix);
        AddDate(document, rule.Published, set.Published, prefix);
        AddDate(document, rule.Modified, set.Modified, prefix);

        if (rule.Id is { } idCss && IdOf(Query.One(document, idCss)) is { } id)
        {
            set.Id.Insert(0, new Candidate<string>(id, FieldSource.SiteRule, prefix + idCss));
        }

        if (rule.Authors is { } authorsCss)
        {
            var authors = Query.All(document, authorsCss)
                .Select(e => (Name: TextTools.TextOf(e), Url: TextTools.Resolve((e.LocalName == "a" ? e : Query.One(e, "a[href]"))?.GetAttribute("href"), url)))
                .Where(a => a.Name.Length > 0)
                .DistinctBy(a => a.Name, StringComparer.Ordinal)
                .Select(a => new Author { Name = a.Name, Url = a.Url })
                .ToList();
            if (authors.Count > 0)
            {
                set.Authors.Insert(0, new Candidate<IReadOnlyList<Author>>(authors, FieldSource.SiteRule, prefix + authorsCss));
            }
        }

        if (rule.Tags is { } tagsCss)
        {
            var tags = Query.All(document, tagsCss).Select(ValueOf).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (tags.Count > 0)
            {
                set.Tags.Insert(0, new Candidate<IReadOnlyList<string>>(tags, FieldSource.SiteRule, prefix + tagsCss));
            }
        }

        if (rule.Image is { } imageCss && ImageOf(Query.One(document, imageCss), new UrlResolver(document, url)) is { } image)
        {
            set.Image.Insert(0, new Candidate<ImageRef>(image, FieldSource.SiteRule, prefix + imageCss));
        }

        var body = rule.Body is { } bodyCss ? Query.One(document, bodyCss) : null;
        var remove = body is null ? [] : rule.Remove.SelectMany(css => Query.All(body, css)).ToList();
        return new SiteRuleResult(body, remove);
    }

    private static void AddText(IDocument document, string? css, List<Candidate<string>> list, string prefix)
    {
        if (css is not null && Query.One(document, css) is { } e && ValueOf(e) is { Length: > 0 } text)
        {
            list.Insert(0, new Candidate<string>(text, FieldSource.SiteRule, prefix + css));
        }
    }

    private static void AddDate(IDocument document, string? css, List<Candidate<string>> list, string prefix)
    {
        if (css is null || Query.One(document, css) is not { } e)
        {
            return;
        }

        var value = e.LocalName == "time" && TextTools.Clean(e.GetAttribute("datetime")) is { Length: > 0 } datetime ? datetime : ValueOf(e);
        if (value.Length > 0)
        {
            list.Insert(0, new Candidate<string>(value, FieldSource.SiteRule, prefix + css));
        }
    }

    /// <summary>
    /// The picture a rule's selector found: an image's source as the content extractor reads it (lazy-loading
    /// attributes, srcset, the page's base address), a meta element's content, or a link's target.
    /// </summary>
    public static ImageRef? ImageOf(IElement? e, UrlResolver urls)
    {
        var src = e?.LocalName switch
        {
            null => null,
            "meta" => urls.Resolve(e.GetAttribute("content")),
            "a" or "link" => urls.Resolve(e.GetAttribute("href")),
            _ => urls.ImageSource(e),
        };
        return src is null ? null : new ImageRef { Url = src, Alt = TextTools.Clean(e!.GetAttribute("alt")) is { Length: > 0 } alt ? alt : null };
    }

    // A meta element's content (or value, as YJC writes it), else the element's text.
    private static string ValueOf(IElement e) =>
        e.LocalName == "meta" ? TextTools.Clean(e.GetAttribute("content") ?? e.GetAttribute("value")) : TextTools.TextOf(e);

    // «کد خبر: ۲۱۶۰۲۶» → "216026"; "d1Gjx" stays.
    private static string? IdOf(IElement? e)
    {
        if (e is null)
        {
            return null;
        }

        var text = ValueOf(e);
        var colon = text.LastIndexOfAny([':', '：']);
        var id = PersianDigits.ToAscii((colon >= 0 ? text[(colon + 1)..] : text).Trim());
        return id.Length is > 0 and <= 64 ? id : null;
    }
}
