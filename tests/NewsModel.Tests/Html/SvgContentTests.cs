using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using NewsModel.Html;
using NewsModel.Serialization;

namespace NewsModel.Tests.Html;

/// <summary>
/// The content of inline svgs is dropped before the DOM is built, and nothing else: the page must parse to the same
/// document as before once every svg's descendants are removed from both.
/// </summary>
public class SvgContentTests
{
    private static string Cut(string html)
    {
        using var lean = SvgContent.Strip(html.AsMemory(), always: true);
        return lean.Chars.ToString();
    }

    // The document as serialized markup, every svg emptied (template contents included).
    private static string WithoutSvgContent(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Empty(document);
        return document.DocumentElement.OuterHtml;
    }

    private static void Empty(IParentNode root)
    {
        foreach (var e in root.QuerySelectorAll("*").ToList())
        {
            if (e is IHtmlTemplateElement template)
            {
                Empty(template.Content);
            }

            if (e.LocalName == "svg" && e.NamespaceUri == NamespaceNames.SvgUri)
            {
                while (e.FirstChild is { } child)
                {
                    child.RemoveFromParent();
                }
            }
        }
    }

    [Theory]
    [InlineData("<p>a<svg class=\"icon\" viewBox=\"0 0 24 24\"><path d=\"M0 0h24v24H0z\"/></svg>b</p>", "<p>a<svg class=\"icon\" viewBox=\"0 0 24 24\"></svg>b</p>")]
    [InlineData("<svg><g><path d='1'></path><use xlink:href=\"#i\"></use></g></svg><svg><title>Share</title><circle r=2 /></svg>", "<svg></svg><svg></svg>")]
    [InlineData("<svg><![CDATA[ </svg> ]]><!-- </svg> --><rect data-x=\"</svg>\"/></svg>!", "<svg></svg>!")]
    [InlineData("<SVG><Path/></SVG>", "<SVG></SVG>")]
    public void Cuts_the_content_of_plain_svgs(string html, string expected)
    {
        Cut(html).Should().Be(expected);
    }

    [Theory]
    [InlineData("<script>var icon = '<svg><path d=\"1\"/></svg>';</script>")]
    [InlineData("<div data-icon='<svg><path/></svg>'></div>")]
    [InlineData("<!-- <svg><path/></svg> -->")]
    [InlineData("<textarea><svg><path/></svg></textarea><title><svg>x</svg></title><style>a{}<svg>x</svg></style>")]
    [InlineData("<svg/><p>text</p></svg>")]
    [InlineData("<svg><path/><div>breaks out of the svg</div></svg>")]
    [InlineData("<svg><g><p>breaks out</p></g></svg>")]
    [InlineData("<svg><g></div></g></svg>")]
    [InlineData("<svg><foreignObject><p>html</p></foreignObject></svg>")]
    [InlineData("<svg><title><b>bold</b></title></svg>")]
    [InlineData("<svg><svg><path/></svg></svg>")]
    [InlineData("<svg><path/>")]
    [InlineData("<math><mi><svg><path/></svg></mi></math>")]
    [InlineData("<script><!-- document.write('<script>x</script>') --></script><svg><path/></svg>")]
    [InlineData("<plaintext><svg><path/></svg>")]
    public void Leaves_what_it_cannot_prove_is_svg_content(string html)
    {
        Cut(html).Should().Be(html);
    }

    [Fact]
    public void A_page_with_a_few_small_icons_is_not_read_at_all()
    {
        var html = "<p>" + new string('x', 5000) + "</p><svg><path d=\"M0 0\"/></svg>";
        using var lean = SvgContent.Strip(html.AsMemory());

        lean.Cut.Should().BeFalse();
        lean.Chars.ToString().Should().Be(html);
        using (var fromString = SvgContent.Strip(html))
        {
            fromString.Cut.Should().BeFalse();
            fromString.Parse().Body!.TextContent.Should().StartWith("xxxxx");
        }

        Cut(html).Should().NotBe(html);
    }

    // Pieces of markup that try the reader: tags with quoted and unquoted values holding '>' and "<svg", comments,
    // raw text, scripts, self-closing and broken svgs, HTML inside svgs, templates.
    private static readonly string[] Pieces =
    [
        "<p>", "</p>", "<div class=\"a > b\">", "</div>", "text ", "a < b ", "<br/>", "<a href=/x/>", "</a>",
        "<svg>", "<svg viewBox=\"0 0 1 1\">", "<svg/>", "<svg class=a/>", "<svg / >", "</svg>", "<path d=\"M0 0\"/>",
        "<path d=1>", "</path>", "<g>", "</g>", "<title>t</title>", "<desc><b>d</b></desc>", "<use href='#i'/>",
        "<![CDATA[ </svg> ]]>", "<!-- <svg> -->", "<!-->", "<!--->", "<!-- -- --!>", "<!doctype x>", "<?php x ?>",
        "</br>", "<span>", "</span>", "<script>var s = '<svg></svg>';</script>", "<script><!-- </script>",
        "<script><!-- <script> </script> --></script>", "<style><svg></style>", "<textarea></svg><svg></textarea>",
        "<template><svg><path/></svg></template>", "<table><svg><path/></svg><tr><td>c</td></tr></table>",
        "<math><svg></math>", "<foreignObject><p>f</p></foreignObject>", "<font color=red>", "<x y='<svg>'>",
        "<svg><svg>", "</", "<", "<noscript><svg><g/></svg></noscript>", "<iframe><svg></iframe>", "<select><svg><path/>",
    ];

    [Fact]
    public void The_document_is_the_same_but_for_svg_content_on_any_mix_of_markup()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 24].Select(picks => string.Concat(picks.Select(i => Pieces[i]))).Sample(
            html => WithoutSvgContent(Cut(html)) == WithoutSvgContent(html),
            iter: 4000);
    }

    [Fact]
    public void A_real_page_parses_to_the_same_document_and_article_without_its_svgs_content()
    {
        // theverge.com: inline icons are 30 % of the page's characters.
        var html = TestFiles.ReadText("dev", "theverge.com.ios13.html");
        using var lean = SvgContent.Strip(html.AsMemory());

        lean.Cut.Should().BeTrue();
        (html.Length - lean.Chars.Length).Should().BeGreaterThan(40_000);
        using (var fromString = SvgContent.Strip(html))
        {
            fromString.Chars.ToString().Should().Be(lean.Chars.ToString());
        }

        WithoutSvgContent(lean.Chars.ToString()).Should().Be(WithoutSvgContent(html));

        var url = new Uri("https://www.theverge.com/2019/9/19/20873992/apple-ios-13-review");
        var whole = ArticleParser.Default.Run(Parsers.Parse(html), url, null);
        var parsed = ArticleParser.Default.Parse(html, url);
        NewsJson.Serialize(parsed.Value).Should().Be(NewsJson.Serialize(whole.Value));
        parsed.Value.Text.Length.Should().BeGreaterThan(1000);
    }
}
