using CsCheck;

namespace NewsModel.Tests.Extraction;

/// <summary>
/// The JSON-LD articleBody taken as the text when the visible page holds almost none of it (a paywall's teaser, a text
/// rendered by script), and only then. One rule per test on hand-written pages, and the real page that needs it.
/// </summary>
public class JsonLdBodyTests
{
    private static readonly Uri Url = new("https://example.com/news/2024/story");

    // Ten sentences of about 60 characters: 600 characters, enough to stand for an article.
    private static readonly string[] Sentences = [.. Enumerable.Range(1, 10).Select(i => $"Sentence number {i} of the article's text, long enough to count.")];

    private static string Page(string articleBody, string visible, string type = "NewsArticle") =>
        "<html lang=\"en\"><head><title>A story</title><script type=\"application/ld+json\">"
        + System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = type,
            ["headline"] = "A story of the test",
            ["articleBody"] = articleBody,
        })
        + "</script></head><body><article><h1>A story of the test</h1>" + visible + "</article></body></html>";

    [Fact]
    public void A_paywalled_real_page_gets_its_whole_text_from_the_json_ld_and_says_so()
    {
        // topagrar.com shows a newsletter box and a paywall where the text would be; the text is in a hidden block and
        // in its JSON-LD articleBody (3,665 characters, one paragraph a line).
        var result = ArticleParser.Default.Parse(TestFiles.ReadText("dev", "topagrar.com.schnee.solat.html"));
        var a = result.Value;

        a.Text.Should().StartWith("Diesen Ratgeber hatten wir erstmals 2019 veröffentlicht\n\nBetreiber von Photovoltaikanlagen stellen sich beim Schneefall die Frage:");
        a.Text.Should().Contain("Tatsächlich gehört zu hoher Schneedruck auch in Deutschland nach Angaben der Versicherer zu den wichtigen Schadenkategorien")
            .And.NotContain("Bleiben Sie");
        a.Body.Should().HaveCountGreaterThan(10).And.AllBeOfType<ParagraphBlock>();
        a.Lead.Should().StartWith("Eine Schneedecke auf der Photovoltaikanlage sorgt nicht nur für geringeren Stromertrag.");
        a.SourceOf("body").Should().Be(FieldSource.JsonLd);
        result.Diagnostics.Should().ContainSingle(d => d.Code == "body.jsonLd").Which.Severity.Should().Be(DiagnosticSeverity.Info);
    }

    [Fact]
    public void A_plain_text_article_body_gives_a_paragraph_per_line()
    {
        var a = ArticleParser.Default.Parse(Page(string.Join("\n", Sentences[..5]) + "\n\n" + string.Join("\n", Sentences[5..]), "<p>Subscribe to read on.</p>"), Url).Value;

        a.Body.Should().Equal(Sentences.Select(s => new ParagraphBlock { Text = s }));
        a.Text.Should().NotContain("Subscribe");
    }

    [Fact]
    public void The_visible_text_wins_when_it_holds_a_quarter_of_the_article_body()
    {
        // The visible text keeps the pictures, headings and lists that a JSON-LD string has lost.
        var visible = string.Concat(Sentences[..3].Select(s => $"<p>{s}</p>"));
        var result = ArticleParser.Default.Parse(Page(string.Join("\n", Sentences), visible), Url);

        result.Value.Body.Should().Equal(Sentences[..3].Select(s => new ParagraphBlock { Text = s }));
        result.Value.SourceOf("body").Should().Be(FieldSource.Generic);
        result.Diagnostics.Should().NotContain(d => d.Code == "body.jsonLd");
    }

    [Fact]
    public void A_short_article_body_is_a_teaser_and_not_taken()
    {
        var a = ArticleParser.Default.Parse(Page(string.Join("\n", Sentences[..4]), "<p>Only the first words of the story are shown on this page.</p>"), Url).Value;

        a.Text.Should().Be("Only the first words of the story are shown on this page.");
        a.SourceOf("body").Should().Be(FieldSource.Generic);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_html_article_body_escaped_or_not_keeps_its_headings_and_lists(bool escapedAgain)
    {
        var html = "<p>" + string.Join(" ", Sentences[..5]) + "</p><h2>What happened next</h2><ul><li>The first point</li><li>The second point</li></ul><p>"
            + string.Join(" ", Sentences[5..]) + "</p>";
        var articleBody = escapedAgain ? System.Net.WebUtility.HtmlEncode(html) : html;

        var a = ArticleParser.Default.Parse(Page(articleBody, "<p>Subscribe to read on.</p>"), Url).Value;

        a.Body.Should().HaveCount(4);
        a.Body[0].Should().Be(new ParagraphBlock { Text = string.Join(" ", Sentences[..5]) });
        a.Body[1].Should().BeOfType<HeadingBlock>().Which.Text.Should().Be("What happened next");
        a.Body[2].Should().BeOfType<ListBlock>().Which.Items.Should().Equal("The first point", "The second point");
        a.Body[3].Should().Be(new ParagraphBlock { Text = string.Join(" ", Sentences[5..]) });
    }

    [Fact]
    public void An_article_body_nested_thousands_deep_is_read_without_overflowing_the_stack()
    {
        // The string is a document of its own, read where a page as deep is read (see DeepPage).
        var deep = string.Concat(Enumerable.Repeat("<div>", 5000)) + "<p>" + string.Join(" ", Sentences) + "</p>" + string.Concat(Enumerable.Repeat("</div>", 5000));

        var a = ArticleParser.Default.Parse(Page(deep, "<p>Subscribe to read on.</p>"), Url).Value;

        a.Text.Should().Be(string.Join(" ", Sentences));
    }

    [Fact]
    public void A_persian_article_body_keeps_its_half_spaces()
    {
        // «می‌گوید» and «گفت‌وگو» with the half-space (U+200C) the JSON-LD writes.
        var line = "کارشناس داوری فوتبال ایران در گفت\u200cوگو با خبرنگار ما می\u200cگوید تیم داوری عملکرد خوبی داشته است.";
        var a = ArticleParser.Default.Parse(Page(string.Join("\n", Enumerable.Repeat(line, 8)), "<p>اشتراک بخرید.</p>"), new Uri("https://example.ir/news/1")).Value;

        a.Body.Should().HaveCount(8).And.AllBeEquivalentTo(new ParagraphBlock { Text = line });
        a.Text.Should().Contain("گفت\u200cوگو").And.Contain("می\u200cگوید");
    }

    [Fact]
    public void A_forum_thread_is_read_as_its_opening_post()
    {
        // XenForo writes a thread's first post as a DiscussionForumPosting, with its author, dates and section.
        var ld = """
            {"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Jede Nacht verliert Pepe soviel Dreck aus dem Fell",
             "articleSection":"Freigänger","author":{"@type":"Person","name":"Pepemaus"},
             "datePublished":"2018-09-27T12:51:09+00:00","dateModified":"2019-08-17T08:48:30+00:00"}
            """;
        var a = ArticleParser.Default.Parse($"<html lang=\"de\"><head><script type=\"application/ld+json\">{ld}</script></head><body><h1>Jede Nacht verliert Pepe soviel Dreck aus dem Fell | Katzen Forum</h1><p>Ein Beitrag.</p></body></html>").Value;

        a.Title.Should().Be("Jede Nacht verliert Pepe soviel Dreck aus dem Fell");
        a.Authors.Should().Equal(new Author { Name = "Pepemaus" });
        a.Section.Should().Be("Freigänger");
        a.Published.Should().Be(new DateTimeOffset(2018, 9, 27, 12, 51, 9, TimeSpan.Zero));
        a.Modified.Should().Be(new DateTimeOffset(2019, 8, 17, 8, 48, 30, TimeSpan.Zero));
    }
}

/// <summary>Any articleBody string, markup or not, escaped or not, gives an article and never an exception.</summary>
public class JsonLdBodyPropertyTests
{
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOfConst("<p>", "</p>", "<h2>", "</h2>", "<ul><li>", "</li></ul>", "<br>", "&lt;p&gt;", "&amp;", "\n", "\n\n", "<div>", "</div>", "<", ">"),
        Gen.String[Gen.Char["abcdefgh ijk.,\u200cسلام «»"], 1, 40]);

    [Fact]
    public void Any_article_body_gives_an_article_whose_text_is_the_visible_one_or_the_article_bodys()
    {
        Gen.Select(Piece.Array[1, 60], Gen.Int[0, 3]).Sample(t =>
        {
            var (pieces, visible) = t;
            var articleBody = string.Concat(pieces);
            var html = "<html><head><script type=\"application/ld+json\">"
                + System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["@type"] = "NewsArticle", ["headline"] = "A story", ["articleBody"] = articleBody })
                + "</script></head><body><article><h1>A story</h1>"
                + string.Concat(Enumerable.Repeat("<p>Only the first words of the story are shown on this page.</p>", visible)) + "</article></body></html>";

            var a = ArticleParser.Default.Parse(html, new Uri("https://example.com/news/1")).Value;

            // Whatever the string holds, the body is one source's, whole: the page's own, or the articleBody's.
            const string Shown = "Only the first words";
            return a.SourceOf("body") switch
            {
                FieldSource.JsonLd => a.Text.Length > 0 && !a.Text.Contains(Shown, StringComparison.Ordinal),
                FieldSource.Generic => visible > 0 && a.Text.Contains(Shown, StringComparison.Ordinal),
                null => visible == 0 && a.Text.Length == 0,
                _ => false,
            };
        }, iter: 300);
    }
}
