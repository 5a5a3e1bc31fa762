using NewsModel.Text;

namespace NewsModel.Tests.Html;

/// <summary>
/// parcoabruzzo.it opens its body with «&lt;noscript&gt;&lt;div id="mms_nojava"&gt;&lt;/noscript&gt;»: parsed without
/// scripting the noscript's end tag is ignored and the whole page ends up inside it, where a browser (which runs
/// scripts) shows the page after it.
/// </summary>
public class NoscriptRepairTests
{
    private const string Story = """
        <div class="story"><h1>Headline of this story</h1><div class="text">
        <p>The first paragraph of the story, long enough to be the body of the page, with a comma, and more words.</p>
        <p>The second paragraph of the story goes on with more text, so that the extractor takes this block.</p></div></div>
        """;

    [Theory]
    [InlineData("<body><noscript><div id=\"nojs\"></noscript>{0}</body>")]
    [InlineData("<body><div id=\"page\"><noscript><div id=\"nojs\"></noscript>{0}</div></body>")]
    public void A_noscript_that_swallowed_the_page_is_unwrapped(string template)
    {
        var html = "<html><head><title>Headline of this story | Site</title></head>" + string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Story) + "</html>";
        var article = ArticleParser.Default.Parse(html).Value;
        article.Title.Should().Be("Headline of this story");
        article.Text.Should().StartWith("The first paragraph of the story");
        HtmlToText.Convert(html).Should().Contain("The second paragraph of the story");
    }

    [Fact]
    public void Other_noscripts_stay_out_of_the_text()
    {
        // A lazy image's fallback, a tracking pixel, a "please enable JavaScript" notice: none is the page.
        var html = $"""
            <html><body><noscript><p>Please enable JavaScript to use this site.</p></noscript>
            <noscript><img src="https://stats.example.com/pixel.gif"></noscript>{Story}</body></html>
            """;
        var article = ArticleParser.Default.Parse(html).Value;
        article.Text.Should().NotContain("JavaScript");
        article.Images.Should().BeEmpty();
    }

    [Theory]
    [InlineData("<body><noscript><noscript><div><h1>x</h1></noscript></noscript>{0}</body>")]
    [InlineData("<body><noscript><main></noscript><noscript><article></noscript>{0}</body>")]
    public void Nested_or_repeated_swallowing_noscripts_are_all_unwrapped(string template)
    {
        var html = "<html><head><title>Headline of this story | Site</title></head>" + string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Story) + "</html>";
        ArticleParser.Default.Parse(html).Value.Text.Should().StartWith("The first paragraph of the story");
    }

    [Fact]
    public void A_swallowing_noscript_deeper_than_the_bodys_grandchildren_is_left_and_the_missing_body_said()
    {
        // Only the top of the page is looked at, where such a noscript sits on real pages; deeper, the page keeps
        // what the standard parse gives and says that it found no text, rather than guessing.
        var html = "<html><head><title>Headline of this story | Site</title></head><body><div><div><noscript><div></noscript>" + Story + "</div></div></body></html>";
        var r = ArticleParser.Default.Parse(html);
        r.Value.Text.Should().BeEmpty();
        r.Diagnostics.Should().Contain(d => d.Code == "body.missing");
        r.Value.Title.Should().Be("Headline of this story");
    }
}
