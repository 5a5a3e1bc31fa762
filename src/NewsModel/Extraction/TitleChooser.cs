using NewsModel.Extraction.Metadata;

namespace NewsModel.Extraction;

/// <summary>
/// Chooses the article's own headline. A site rule's headline wins. Otherwise an <c>h1</c> that one of the metadata
/// titles confirms (equal, or the metadata title is the h1 plus the site name) is the headline: it is what readers
/// see, and it survives when og:title or <c>&lt;title&gt;</c> is stale. Without such an h1, the JSON-LD headline,
/// then og:title and the other metadata titles with the site name cut off, then the first h1, then <c>&lt;title&gt;</c>.
/// </summary>
internal static class TitleChooser
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", "::", " » ", "|", " -", "- "];

    public static string? Choose(CandidateSet set, IReadOnlyList<string> h1s, string titleTag, string? siteName, out FieldSource source, out string? detail)
    {
        source = FieldSource.SiteRule;
        detail = null;
        var rule = set.Title.FirstOrDefault(c => c.Source == FieldSource.SiteRule);
        if (rule is not null)
        {
            detail = rule.Detail;
            return rule.Value;
        }

        var metaTitles = set.Title.Where(c => c.Source != FieldSource.SiteRule).ToList();
        if (titleTag.Length > 0)
        {
            metaTitles.Add(new Candidate<string>(titleTag, FieldSource.Meta, "<title>"));
        }

        foreach (var h1 in h1s)
        {
            var key = TextTools.Key(h1);
            if (key.Length < 8)
            {
                continue;
            }

            foreach (var m in metaTitles)
            {
                var mk = TextTools.Key(m.Value);
                if (mk == key || (mk.StartsWith(key, StringComparison.Ordinal) && IsSuffixOnly(mk[key.Length..])))
                {
                    source = FieldSource.VisibleText;
                    detail = "h1 confirmed by " + m.Detail;
                    return h1;
                }
            }
        }

        foreach (var preferred in (ReadOnlySpan<FieldSource>)[FieldSource.JsonLd, FieldSource.OpenGraph, FieldSource.TwitterCard, FieldSource.Microdata, FieldSource.Meta])
        {
            foreach (var m in metaTitles)
            {
                if (m.Source != preferred || m.Detail == "<title>")
                {
                    continue;
                }

                var cut = CutSiteName(m.Value, siteName);
                if (cut.Length > 0)
                {
                    source = m.Source;
                    detail = m.Detail;
                    return cut;
                }
            }
        }

        if (h1s.Count > 0)
        {
            source = FieldSource.VisibleText;
            detail = "h1";
            return h1s[0];
        }

        if (titleTag.Length > 0)
        {
            source = FieldSource.Meta;
            detail = "<title>";
            var cut = CutSiteName(titleTag, siteName);
            return cut.Length > 0 ? cut : titleTag;
        }

        return null;
    }

    /// <summary>Whether the rest of a metadata title after the headline is only a separator and a site name.</summary>
    private static bool IsSuffixOnly(string rest)
    {
        var r = rest.TrimStart();
        return r.Length == 0 || r[0] is '|' or '-' or '–' or '—' or ':' or '»' or '«' or '/' or '·';
    }

    /// <summary>Cuts a trailing (or leading) site name from a title: "Headline - Site" → "Headline".</summary>
    internal static string CutSiteName(string title, string? siteName)
    {
        var t = TextTools.Clean(title);
        foreach (var sep in Separators)
        {
            var at = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var tail = t[(at + sep.Length)..].Trim();
            var head = t[..at].Trim();
            var tailIsSite = siteName is not null && (tail.Contains(siteName, StringComparison.OrdinalIgnoreCase) || siteName.Contains(tail, StringComparison.OrdinalIgnoreCase));
            if (tailIsSite || (tail.Length <= 25 && head.Length >= 2 * tail.Length && tail.Split(' ').Length <= 4))
            {
                return CutSiteName(head, siteName);
            }
        }

        return t;
    }
}
