using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
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

    // Trees of div, span, p, li and a, nested up to six deep, each with a few classes from a small set: nested
    // elements repeat classes, so a chain can match its parts on more than one ancestor ("a b a b").
    private static readonly Gen<string> Trees = Gen.Int[0, 4].Select(Gen.Int[0, 3].Array[0, 2], Gen.Int[0, 4]).Array[1, 40]
        .Select(nodes =>
        {
            string[] tags = ["div", "span", "p", "li", "a"];
            string[] classes = ["a", "b", "c", "d"];
            var html = new StringBuilder();
            var open = new Stack<string>();
            foreach (var (tag, cls, close) in nodes)
            {
                html.Append('<').Append(tags[tag]);
                if (cls.Length > 0)
                {
                    html.Append(" class=\"").AppendJoin(' ', cls.Select(c => classes[c])).Append('"');
                }

                html.Append('>');
                open.Push(tags[tag]);
                for (var k = 0; (k < close || open.Count > 6) && open.Count > 0; k++)
                {
                    html.Append("</").Append(open.Pop()).Append('>');
                }
            }

            return html.ToString();
        });

    private static readonly Gen<string> Chains = Gen.OneOf(Gen.Const("div"), Gen.Const("span"), Gen.Const("a"), Gen.Const(".a"),
            Gen.Const(".b"), Gen.Const(".c"), Gen.Const("li.a"), Gen.Const(".a.b"), Gen.Const("p"), Gen.Const("*"))
        .Array[1, 5].Select(parts => string.Join(' ', parts));

    [Fact]
    public void Descendant_chains_carried_down_a_walk_match_what_AngleSharp_matches()
    {
        // Query.AllOfEach and FirstOfEach hand each chain's progress from an element to its children instead of
        // climbing to the root from every element; the result must be querySelectorAll's on any tree, from the
        // document and from a subtree whose ancestors already match part of a chain.
        Gen.Select(Trees, Chains.Array[1, 20]).Sample((html, chains) =>
        {
            var document = new HtmlParser().ParseDocument(html);
            var each = Query.AllOfEach(document, chains);
            var firsts = Query.FirstOfEach(document, chains);
            for (var i = 0; i < chains.Length; i++)
            {
                each[i].Should().Equal(document.QuerySelectorAll(chains[i]), "{0} in {1}", chains[i], html);
                firsts[i].Should().Be(document.QuerySelector(chains[i]), "{0} in {1}", chains[i], html);
                Query.One(document, chains[i]).Should().Be(document.QuerySelector(chains[i]), "{0} in {1}", chains[i], html);
            }

            foreach (var inner in document.Body!.QuerySelectorAll("*").Take(5))
            {
                var within = Query.AllOfEach(inner, chains);
                for (var i = 0; i < chains.Length; i++)
                {
                    within[i].Should().Equal(inner.QuerySelectorAll(chains[i]), "{0} under {1} in {2}", chains[i], inner.OuterHtml, html);
                }
            }
        }, iter: 1500);
    }
}
