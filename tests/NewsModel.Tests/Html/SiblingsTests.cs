using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using NewsModel.Html;

namespace NewsModel.Tests.Html;

/// <summary>
/// Sibling walks by position (AngleSharp's NextSibling searches the parent's children from the first, so loops over
/// it were quadratic on wide pages), and the places that used them, on parents wider than the index's threshold.
/// </summary>
public class SiblingsTests
{
    // Parents of 0 to 40 children, elements and text nodes mixed, some nested one level.
    private static readonly Gen<string> WideTrees = Gen.Int[0, 3].Array[0, 40].Array[1, 4].Select(groups =>
    {
        var html = new StringBuilder("<body>");
        for (var g = 0; g < groups.Length; g++)
        {
            html.Append("<div>");
            for (var i = 0; i < groups[g].Length; i++)
            {
                html.Append(groups[g][i] switch
                {
                    0 => "t" + i + " ",
                    1 => "<b>b" + i + "</b>",
                    2 => "<i>i" + i + "</i> ",
                    _ => "<span><a>a" + i + "</a>x</span>",
                });
            }

            html.Append("</div>");
        }

        return html.Append("</body>").ToString();
    });

    [Fact]
    public void Walks_by_position_give_what_AngleSharp_sibling_links_give()
    {
        WideTrees.Sample(html =>
        {
            var document = new HtmlParser().ParseDocument(html);
            var index = new SiblingIndex();
            foreach (var node in Query.NodesOf(document.Body))
            {
                Linked(node, n => n.NextSibling).Should().Equal(Walked(Siblings.After(node)), html);
                Linked(node, n => n.PreviousSibling).Should().Equal(Walked(Siblings.Before(node)), html);
                if (node is IElement e)
                {
                    var following = Linked(e, n => ((IElement)n).NextElementSibling);
                    following.Should().Equal(Elements(Siblings.ElementsAfter(e)), html);
                    following.Should().Equal(Elements(index.ElementsAfter(e)), html);
                    index.NextElement(e).Should().BeSameAs(e.NextElementSibling, html);
                    index.PreviousElement(e).Should().BeSameAs(e.PreviousElementSibling, html);
                }
            }
        });
    }

    [Fact]
    public void A_node_without_a_parent_has_no_siblings()
    {
        var loose = new HtmlParser().ParseDocument("<p>x</p>").CreateElement("div");

        Walked(Siblings.After(loose)).Should().BeEmpty();
        new SiblingIndex().NextElement(loose).Should().BeNull();
        new SiblingIndex().PreviousElement(loose).Should().BeNull();
    }

    [Fact]
    public void Dates_before_the_links_of_a_wide_flat_list_are_read()
    {
        // An archive page: date, link, line break, thirty times over in one parent (wider than the index's threshold).
        var items = string.Concat(Enumerable.Range(1, 30).Select(i =>
            $"<span class=\"date\">۱۷ اسفند ۱۴۰۲ - ۱۴:{i:00}</span> <a href=\"/news/{i}/x\">عنوان خبر شماره {i} در آرشیو امروز</a><br>"));
        var lists = HeadlineParser.Default.Parse($"<html lang=fa><body><div class=\"archive\">{items}</div></body></html>", new Uri("https://example.ir/")).Value;

        var headlines = lists.SelectMany(l => l.Items).ToList();
        headlines.Should().HaveCount(30);
        headlines.Select(h => h.Published?.Minute).Should().Equal(Enumerable.Range(1, 30).Select(i => (int?)i));
        headlines[^1].Published.Should().Be(new DateTimeOffset(2024, 3, 7, 14, 30, 0, TimeSpan.FromHours(3.5)));
    }

    [Fact]
    public void A_comments_bar_among_many_siblings_labels_the_comments_after_it()
    {
        const string prose = "The council met on Tuesday evening to discuss the new budget, which includes funding for schools, roads and parks. " +
            "Members argued for hours about the details, but in the end, after a long debate, they approved the plan by a wide margin.";
        var filler = string.Concat(Enumerable.Range(1, 20).Select(i => $"<p>{prose}</p>"));
        var html = $"""
            <html><body><div id="content"><h2>Site update</h2>{filler}
            <div class="titlebar">Kommentare</div>
            <div style="padding-top: 10px;"><h3>#1 von Naru-chan</h3>26. März 2004<p>Danke für dieses Kapitel, wie immer super.</p></div>
            <div style="padding-top: 10px;"><h3>#2 von Keitaro</h3>27. März 2004<p>Ich freue mich schon auf das nächste.</p></div>
            <div class="noprint"><div class="titlebar">Kommentare schreiben</div><form><textarea name="comment"></textarea></form></div>
            </div></body></html>
            """;

        var article = ArticleParser.Default.Parse(html, new Uri("https://blog.example.com/budget/")).Value;

        article.Comments.Select(c => c.Text).Should().HaveCount(2).And.Satisfy(
            t => t.Contains("Danke für dieses Kapitel", StringComparison.Ordinal),
            t => t.Contains("nächste", StringComparison.Ordinal));
        article.Text.Should().Contain("The council met").And.NotContain("Danke");
    }

    [Fact]
    public void A_swallowing_noscript_after_many_children_of_the_body_is_unwrapped()
    {
        var filler = string.Concat(Enumerable.Range(1, 30).Select(i => $"<span>{i}</span>"));
        var html = "<html><head><title>Headline of this story | Site</title></head><body>" + filler + """
            <noscript><div id="nojs"></noscript><div class="story"><h1>Headline of this story</h1><div class="text">
            <p>The first paragraph of the story, long enough to be the body of the page, with a comma, and more words.</p>
            <p>The second paragraph of the story goes on with more text, so that the extractor takes this block.</p></div></div>
            </body></html>
            """;

        ArticleParser.Default.Parse(html).Value.Text.Should().StartWith("The first paragraph of the story");
    }

    private static List<INode> Linked(INode node, Func<INode, INode?> next)
    {
        var list = new List<INode>();
        for (var n = next(node); n is not null; n = next(n))
        {
            list.Add(n);
        }

        return list;
    }

    private static List<INode> Walked(Siblings.Range range)
    {
        var list = new List<INode>();
        foreach (var n in range)
        {
            list.Add(n);
        }

        return list;
    }

    private static List<INode> Elements(Siblings.ElementRange range)
    {
        var list = new List<INode>();
        foreach (var e in range)
        {
            list.Add(e);
        }

        return list;
    }
}
