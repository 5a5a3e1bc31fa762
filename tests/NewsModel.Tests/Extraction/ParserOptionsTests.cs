namespace NewsModel.Tests.Extraction;

/// <summary>
/// The DOM the parser builds leaves out comments, source positions and raw-text contents (style, iframe): what it
/// keeps must still give every field those elements carry.
/// </summary>
public class ParserOptionsTests
{
    private const string Prose =
        "The council met on Tuesday evening to discuss the new budget, which includes funding for schools, roads and parks. " +
        "Members argued for hours about the details, but in the end, after a long debate, they approved the plan by a wide margin.";

    private const string Page = $$$"""
        <html><head><title>Council approves the budget</title>
        <style>.entry-content p { color: red } /* The council met in secret */</style>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves the budget","datePublished":"2024-03-07T11:01:00+01:00","author":{"@type":"Person","name":"Jane Roe"}}</script>
        </head><body>
        <article><h1>Council approves the budget</h1><div class="entry-content">
        <!-- <p>An old paragraph the editors commented out, long enough to count as prose if it were read at all.</p> -->
        <p>{{{Prose}}}</p>
        <iframe src="https://www.youtube.com/embed/abc123">The council met behind this frame</iframe>
        <p>{{{Prose}}} Second.</p>
        </div></article></body></html>
        """;

    [Fact]
    public void Script_data_and_iframe_addresses_are_read_while_comments_and_raw_text_stay_out()
    {
        var a = ArticleParser.Default.Parse(Page, new Uri("https://news.example.com/2024/budget")).Value;

        a.Title.Should().Be("Council approves the budget");
        a.Published.Should().Be(new DateTimeOffset(2024, 3, 7, 11, 1, 0, TimeSpan.FromHours(1)));
        a.Authors.Select(x => x.Name).Should().Equal("Jane Roe");
        a.Body.OfType<EmbedBlock>().Should().ContainSingle().Which.Url.Should().Be(new Uri("https://www.youtube.com/embed/abc123"));
        a.Text.Should().Contain("Second.")
            .And.NotContain("commented out")
            .And.NotContain("color: red")
            .And.NotContain("behind this frame");
    }
}
