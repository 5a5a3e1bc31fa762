using AngleSharp.Dom;
using NewsModel.Html;
using NewsModel.Extraction.Metadata;

namespace NewsModel.Sites.IranSamaneh;

/// <summary>
/// The IranSamaneh CMS (yjc.ir, shahraranews.ir and many provincial sites): <c>news_id_c</c> holds the news code,
/// <c>news_pdate_c</c> the printed date, <c>rutitr</c> the kicker, <c>subtitle</c> the lead, <c>body</c> the text,
/// <c>news_path</c> the section path, <c>tags_container</c> the tags.
/// </summary>
internal sealed class IranSamanehRule : SiteRule
{
    public override string Name => "IranSamaneh";

    public override bool MatchesHost(string? host) => HostIs(host, "yjc.ir", "shahraranews.ir");

    public override bool Matches(string? host, IDocument document, MetaTags meta) =>
        HostIs(host, "yjc.ir", "shahraranews.ir") || Query.One(document, ".news_id_c, .news_pdate_c") is not null;

    public override SiteRuleResult Apply(IDocument document, Uri? url, MetaTags meta, CandidateSet set)
    {
        var scope = (IParentNode?)Query.One(document, ".news_body_con, .news_content, #news") ?? document;
        Add(set.Id, Digits(Query.One(document, ".news_id_c")?.TextContent?.Split(':').Last()), ".news_id_c");
        Add(set.Published, Query.One(document, ".news_pdate_c")?.TextContent, ".news_pdate_c");
        AddText(scope, ".rutitr_body, .rutitr, .news-rutitr", set.Kicker);
        AddText(scope, "h1.Htags, .title h1, h1.title, .photoshahr-title", set.Title);
        AddText(scope, ".subtitle, .Htags_news_subtitle, .photoshahr-subtitle", set.Lead);

        var path = Query.One(document, ".news_path a, .path-cover a");
        Add(set.Section, path?.TextContent, ".news_path a");
        AddTags(Query.One(document, ".tags_container, .tag_items"), "a", set);

        var body = Query.One(scope, "div.body, .news_body, .body");
        AddImage(body, "img[src]", url, set);
        return new SiteRuleResult(body, []);
    }
}
