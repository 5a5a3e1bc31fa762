using AngleSharp.Dom;
using NewsModel.Html;
using NewsModel.Extraction;
using NewsModel.Extraction.Metadata;

namespace NewsModel.Sites.Nastooh;

/// <summary>
/// The Nastooh CMS (isna.ir, mehrnews.com, irna.ir, khabaronline.ir, hamshahrionline.ir): <c>h1.first-title</c>,
/// <c>.kicker</c>, <c>p.summary</c> (lead), <c>div.item-text</c> (body), the news code in <c>nastooh:code</c> or the
/// «کد خبر» line, the section in <c>itemprop=articleSection</c>, tags in <c>footer.tags</c>.
/// </summary>
internal sealed class NastoohRule : SiteRule
{
    public override string Name => "Nastooh";

    public override bool MatchesHost(string? host) => HostIs(host, "isna.ir", "mehrnews.com", "irna.ir", "khabaronline.ir", "hamshahrionline.ir");

    public override bool MatchesMeta(MetaTags meta) =>
        meta.First("nastooh:code") is not null ||
        (meta.First("generator")?.Value.Contains("nastooh", StringComparison.OrdinalIgnoreCase) ?? false);

    private const string KickerCss = ".kicker, .uptitle";
    private const string TitleCss = "h1.first-title, h1.title";
    private const string LeadCss = "p.summary, .summary, .lead";
    private const string SectionCss = "[itemprop=articleSection]";
    private const string BodyCss = "div.item-text, [itemprop=articleBody]";
    private const string MetaCss = ".meta-news li, .item-date";
    private const string TagsCss = "footer.tags a, .tags li a";
    private const string AuthorsCss = ".author-id li";

    public override SiteRuleResult Apply(IDocument document, Uri? url, MetaTags meta, CandidateSet set)
    {
        var item = (IParentNode?)Query.One(document, "article#item, article.item, .item-body") ?? document;
        if (meta.First("nastooh:code") is { } code)
        {
            Add(set.Id, Digits(code.Value), "meta nastooh:code");
        }

        // Two walks over the news item instead of one per field: the first match of each single field, and every
        // match of the list fields.
        var first = Query.FirstOfEach(item, KickerCss, TitleCss, LeadCss, SectionCss, BodyCss);
        var lists = Query.AllOfEach(item, MetaCss, TagsCss, AuthorsCss);
        foreach (var li in lists[0])
        {
            var label = TextTools.TextOf(Query.One(li, ".title-meta"));
            var value = Query.One(li, ".text-meta")?.TextContent;
            if (label.StartsWith("کد خبر", StringComparison.Ordinal))
            {
                Add(set.Id, Digits(value), ".meta-news «کد خبر»");
            }
            else if (Query.One(li, ".fa-calendar-o") is not null || ClassNames.HasToken(li.ClassName, "item-date"))
            {
                Add(set.Published, value ?? li.TextContent, ".meta-news date");
            }
        }

        AddText(first[0], KickerCss, set.Kicker);
        AddText(first[1], TitleCss, set.Title);
        AddText(first[2], LeadCss, set.Lead);

        // The section label names the service path, joined with «،» ("فوتبال، فوتسال"): the first part is the section.
        var section = first[3]?.TextContent;
        if (section is not null)
        {
            Add(set.Section, section.Split('،', ',')[0], "itemprop=articleSection (first part)");
        }

        AddTags(lists[1], TagsCss, set);

        // «خبرنگار امیرعلی عوض‌پور / دبیر علی غفار»: each li a role in a span and a name in a strong.
        var authors = new List<Author>();
        foreach (var li in lists[2])
        {
            var name = TextTools.TextOf(Query.One(li, "strong"));
            var role = TextTools.TextOf(Query.One(li, "span"));
            if (name.Length > 1 && !name.Any(char.IsDigit))
            {
                authors.Add(new Author { Name = name, Role = role.Length > 0 ? role : null });
            }
        }

        if (authors.Count > 0)
        {
            set.Authors.Add(new Candidate<IReadOnlyList<Author>>(authors, FieldSource.SiteRule, Name + ": .author-id li"));
        }

        var body = first[4];
        return new SiteRuleResult(body, []);
    }
}
