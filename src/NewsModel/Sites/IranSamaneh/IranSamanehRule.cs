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

    public override string Fingerprint => ".news_id_c, .news_pdate_c";

    public override IReadOnlyList<string> FingerprintClasses { get; } = ["news_id_c", "news_pdate_c"];

    public override SiteRuleResult Apply(IDocument document, Uri? url, MetaTags meta, CandidateSet set)
    {
        // One walk over the page for the page-wide parts, one over the news box for the rest (a selector query
        // per field would walk the page once each).
        var page = Query.FirstOfEach(document, ScopeCss, ".news_id_c", ".news_pdate_c", ".news_path a, .path-cover a", ".tags_container, .tag_items");
        var scope = (IParentNode?)page[0] ?? document;
        var inScope = Query.FirstOfEach(scope, KickerCss, TitleCss, LeadCss, BodyCss);
        Add(set.Id, Digits(page[1]?.TextContent?.Split(':').Last()), ".news_id_c");
        Add(set.Published, page[2]?.TextContent, ".news_pdate_c");
        AddText(inScope[0], KickerCss, set.Kicker);
        AddText(inScope[1], TitleCss, set.Title);
        AddText(inScope[2], LeadCss, set.Lead);

        Add(set.Section, page[3]?.TextContent, ".news_path a");
        AddTags(page[4], "a", set);

        var body = inScope[3];
        AddImage(body, "img[src]", url, set);
        return new SiteRuleResult(body, []);
    }

    private const string ScopeCss = ".news_body_con, .news_content, #news";
    private const string KickerCss = ".rutitr_body, .rutitr, .news-rutitr";
    private const string TitleCss = "h1.Htags, .title h1, h1.title, .photoshahr-title";
    private const string LeadCss = ".subtitle, .Htags_news_subtitle, .photoshahr-subtitle";
    private const string BodyCss = "div.body, .news_body, .body";
}
