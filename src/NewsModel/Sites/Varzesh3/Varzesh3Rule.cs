using AngleSharp.Dom;
using NewsModel.Html;
using NewsModel.Extraction;
using NewsModel.Extraction.Metadata;

namespace NewsModel.Sites.Varzesh3;

/// <summary>
/// varzesh3.com: the kicker in <c>h4.news-page--subtitle</c> before <c>h1.news-page--news-title</c> (the only
/// current headline: <c>&lt;title&gt;</c> and the first og:title may be an older one), the lead in
/// <c>p.news-page--news-lead</c>, code and time in <c>.news-page--news-info</c> (the header's date is today's, not
/// the article's), the body in <c>.news-page--news-text</c>, tags in <c>.tags-list</c>.
/// </summary>
internal sealed class Varzesh3Rule : SiteRule
{
    public override string Name => "Varzesh3";

    public override bool MatchesHost(string? host) => HostIs(host, "varzesh3.com");

    public override string Fingerprint => "h1.news-page--news-title";

    public override IReadOnlyList<string> FingerprintClasses { get; } = ["news-page--news-title"];

    public override SiteRuleResult Apply(IDocument document, Uri? url, MetaTags meta, CandidateSet set)
    {
        // One walk over the page for all the single parts (a query each would walk the page once per field).
        var parts = Query.FirstOfEach(document, "h4.news-page--subtitle", "h1.news-page--news-title", "p.news-page--news-lead", ".news-page--news-info", ".news-page--news-text");
        AddText(parts[0], "h4.news-page--subtitle", set.Kicker);
        AddText(parts[1], "h1.news-page--news-title", set.Title);
        AddText(parts[2], "p.news-page--news-lead", set.Lead);

        var info = parts[3];
        if (info is not null)
        {
            // «کد خبر: 1608590/13 زمان: 19:04 1398/02/11 بازدید: …»: the code before '/', the time and date after «زمان».
            var values = Query.All(info, ".numeric-value").Select(TextTools.TextOf).ToList();
            if (values.Count > 0)
            {
                var code = values[0].Split('/')[0].Trim();
                if (code.Length > 0 && code.All(char.IsAsciiLetterOrDigit))
                {
                    Add(set.Id, code, ".news-page--news-info code");
                }
            }

            var text = TextTools.TextOf(info);
            var at = text.IndexOf("زمان", StringComparison.Ordinal);
            var end = text.IndexOf("بازدید", StringComparison.Ordinal);
            if (at >= 0)
            {
                Add(set.Published, end > at ? text[at..end] : text[at..], ".news-page--news-info «زمان»");
            }
        }

        AddTags(document, ".tags-list a", set);

        // The article's picture sits in the same row as the code and time.
        AddImage(info?.ParentElement?.ParentElement, "img[src]", url, set);
        var body = parts[4];
        return new SiteRuleResult(body, []);
    }
}
