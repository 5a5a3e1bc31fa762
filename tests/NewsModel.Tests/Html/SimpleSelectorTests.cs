using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsModel.Html;

namespace NewsModel.Tests.Html;

/// <summary>
/// The allocation-free matcher for plain selectors must agree with AngleSharp's on every element of real pages,
/// for every selector the layers and site rules use.
/// </summary>
public class SimpleSelectorTests
{
    // Every selector string in src/ (site rules, layers, headline finder), and a few more shapes.
    private static readonly string[] Selectors =
    [
        "h1.news-page--news-title", "p.news-page--news-lead", "li.time", "li.service a", "img[src]", "h4.news-page--subtitle",
        "h4.kicker, .kicker", "h3.lead, .lead", "h1.title", "a[href]", "title", "strong", "span", "p.summary, .summary, .lead",
        "p, h2, h3, h4, div", "img", "head > title", "h1.first-title, h1.title", "h1.Htags, .title h1, h1.title, .photoshahr-title",
        "footer.tags a, .tags li a", "div.story", "div.item-text, [itemprop=articleBody]", "div.body, .news_body, .body",
        "article.single-news", "article.single-news div.story", "article#item, article.item, .item-body", "a", "[itemprop=name]",
        "[itemprop=articleSection]", ".title-meta", ".text-meta", ".tags_container, .tag_items", ".tags-list a",
        ".subtitle, .Htags_news_subtitle, .photoshahr-subtitle", ".rutitr_body, .rutitr, .news-rutitr", ".numeric-value",
        ".news_pdate_c", ".news_path a, .path-cover a", ".news_id_c, .news_pdate_c", ".news_id_c", ".news_body_con, .news_content, #news",
        ".news-page--news-text", ".news-page--news-info", ".meta-news li, .item-date", ".kicker, .uptitle", ".hideTag", ".fa-calendar-o",
        ".author-id li", "div > a", "body div a[href]", "ul > li > a", "*", "[class]", "meta[property=\"og:title\"]", "#main", "div#main.x",
        "html body", "li.news a[title]",
    ];

    public static TheoryData<string> Pages() =>
    [
        "articles/isna-98030903723.html", "articles/tasnim-2015910.html", "articles/yjc-6919119.html",
        "articles/varzesh3-1608590.html", "lists/mehrnews-2011-v2.html",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Matches_what_AngleSharp_matches_on_every_element_of_a_real_page(string page)
    {
        var document = new HtmlParser().ParseDocument(TestFiles.ReadText(["persian", .. page.Split('/')]));
        var elements = document.All.ToList();

        foreach (var css in Selectors)
        {
            var simple = SimpleSelector.TryParse(css);
            simple.Should().NotBeNull(css);
            var expected = document.QuerySelectorAll(css).ToList();

            elements.Where(simple!.Match).Should().Equal(expected, css);
            Query.All(document, css).Should().Equal(expected, css);
            Query.One(document, css).Should().Be(expected.FirstOrDefault(), css);
        }

        var each = Query.AllOfEach(document, Selectors);
        var firsts = Query.FirstOfEach(document, Selectors);
        for (var i = 0; i < Selectors.Length; i++)
        {
            each[i].Should().Equal(document.QuerySelectorAll(Selectors[i]), Selectors[i]);
            firsts[i].Should().Be(document.QuerySelector(Selectors[i]), Selectors[i]);
        }
    }

    [Fact]
    public void Finds_inside_a_subtree_with_ancestors_outside_it()
    {
        var document = new HtmlParser().ParseDocument("<div class=tags><ul><li><a href=/t>tag</a></li></ul></div>");
        var ul = document.QuerySelector("ul")!;

        Query.One(ul, ".tags li a")!.TextContent.Should().Be("tag");
        Query.All(ul, "ul a").Should().HaveCount(1, "the root is an ancestor of the match, as in querySelectorAll");
        Query.One(ul, "ul").Should().BeNull("the root itself is not searched");
    }

    [Theory]
    [InlineData("a:first-child")]
    [InlineData("a + b")]
    [InlineData("a ~ b")]
    [InlineData("[href^=http]")]
    [InlineData("p:not(.x)")]
    [InlineData("div\ta")]
    public void Leaves_other_selectors_to_AngleSharp(string css)
    {
        SimpleSelector.TryParse(css).Should().BeNull();

        var document = new HtmlParser().ParseDocument("<div><a href=http://x>1</a><b>2</b><p class=y>3</p></div>");
        Query.All(document, css).Should().Equal(document.QuerySelectorAll(css));
    }
}
