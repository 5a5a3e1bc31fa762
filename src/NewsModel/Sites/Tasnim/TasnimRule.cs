using AngleSharp.Dom;
using NewsModel.Html;
using NewsModel.Extraction.Metadata;

namespace NewsModel.Sites.Tasnim;

/// <summary>
/// tasnimnews.com: <c>article.single-news</c> with <c>h1.title</c>, <c>h3.lead</c>, <c>li.time</c> (printed
/// Jalali date), <c>li.service</c> (service, then sub-service), <c>div.story</c> (body, after a hidden service link).
/// </summary>
internal sealed class TasnimRule : SiteRule
{
    public override string Name => "Tasnim";

    public override bool MatchesHost(string? host) => HostIs(host, "tasnimnews.com", "tn.ai");

    public override string Fingerprint => "article.single-news div.story";

    public override IReadOnlyList<string> FingerprintClasses { get; } = ["single-news"];

    public override SiteRuleResult Apply(IDocument document, Uri? url, MetaTags meta, CandidateSet set)
    {
        var article = (IParentNode?)Query.One(document, "article.single-news") ?? document;
        // One walk over the article for all the parts (a query each would walk it once per field).
        var parts = Query.FirstOfEach(article, "h1.title", "h3.lead, .lead", "h4.kicker, .kicker", "li.time", "li.service a", "div.story");
        AddText(parts[0], "h1.title", set.Title);
        AddText(parts[1], "h3.lead, .lead", set.Lead);
        AddText(parts[2], "h4.kicker, .kicker", set.Kicker);
        AddText(parts[3], "li.time", set.Published);
        AddText(parts[4], "li.service a", set.Section);
        var story = parts[5];
        var remove = story is null ? [] : Query.All(story, ".hideTag").ToList();
        return new SiteRuleResult(story, remove);
    }
}
