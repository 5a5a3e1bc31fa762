using NewsModel.Serialization;

namespace NewsModel.Tests.Extraction.Headlines;

/// <summary>The caller's headline lists written as CSS selectors (<see cref="HeadlineParserOptions.ListRules"/>).</summary>
public class ListSelectorRuleTests
{
    // Teasers whose headline is a span inside a div, with the link on a "more" button: the generic finder takes the
    // buttons' text.
    private const string Page = """
        <html lang="fa"><body>
        <div class="box"><div class="card"><span class="k">اقتصادی</span><div class="h">افزایش قیمت نان در تهران از امروز</div>
          <p class="s">قیمت نان ده درصد گران شد.</p><img src="/i/1.jpg" alt="نان"><span class="d">۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱</span>
          <a class="more" href="/news/1/bread">ادامه خبر و جزئیات بیشتر</a></div>
        <div class="card"><div class="h">نمایشگاه کتاب تهران در اردیبهشت برگزار می‌شود</div><a class="more" href="/news/2/book">ادامه خبر و جزئیات بیشتر</a></div>
        <div class="card"><div class="h"></div><a class="more" href="/news/3/empty">ادامه خبر و جزئیات بیشتر</a></div></div>
        <ul class="side"><li><a href="/news/9/other">خبری دیگر از بازار سهام امروز در تهران</a></li><li><a href="/news/1/bread">افزایش قیمت نان</a></li></ul>
        </body></html>
        """;

    private static readonly ListSelectorRule Rule = new()
    {
        Name = "Cards",
        Hosts = ["nemune.ir"],
        Items = "div.card",
        Title = ".h",
        Link = "a.more",
        Kicker = ".k",
        Summary = "p.s",
        Image = "img",
        Published = ".d",
        ListName = "Top",
    };

    [Fact]
    public void A_rules_list_comes_first_with_every_part_it_names()
    {
        var parser = new HeadlineParser(HeadlineParserOptions.Default with { ListRules = [Rule] });
        var lists = parser.Parse(Page, new Uri("https://www.nemune.ir/")).Value;

        var top = lists[0];
        top.Name.Should().Be("Top");
        top.Kind.Should().Be(HeadlineListKind.Page);
        top.Items.Select(h => h.Title).Should().Equal("افزایش قیمت نان در تهران از امروز", "نمایشگاه کتاب تهران در اردیبهشت برگزار می‌شود");
        top.Items[0].Should().Be(new Headline
        {
            Title = "افزایش قیمت نان در تهران از امروز",
            Url = new Uri("https://www.nemune.ir/news/1/bread"),
            Kicker = "اقتصادی",
            Summary = "قیمت نان ده درصد گران شد.",
            Image = new ImageRef { Url = new Uri("https://www.nemune.ir/i/1.jpg"), Alt = "نان" },
            Published = new DateTimeOffset(2024, 3, 7, 14, 31, 0, TimeSpan.FromHours(3.5)),
        });

        // The parser's own lists follow, without the addresses the rule listed.
        lists.Skip(1).SelectMany(l => l.Items).Select(h => h.Url!.AbsolutePath).Should().Contain("/news/9/other").And.NotContain("/news/1/bread");
    }

    [Fact]
    public void Without_a_title_selector_an_items_heading_or_first_link_is_the_title()
    {
        var rule = new ListSelectorRule { Name = "Side", Match = "ul.side", Items = "ul.side li", Kind = HeadlineListKind.Related };
        var lists = new HeadlineParser(HeadlineParserOptions.Default with { ListRules = [rule] }).Parse(Page).Value;

        lists[0].Kind.Should().Be(HeadlineListKind.Related);
        lists[0].Items.Select(h => h.Title).Should().Equal("خبری دیگر از بازار سهام امروز در تهران", "افزایش قیمت نان");
        lists[0].Items[0].Url.Should().BeNull("without the page's address a relative link is not made up");
    }

    [Fact]
    public void A_rule_for_another_site_changes_nothing()
    {
        var parser = new HeadlineParser(HeadlineParserOptions.Default with { ListRules = [Rule with { Hosts = ["other.ir"] }] });

        parser.Parse(Page, new Uri("https://www.nemune.ir/")).Value.Should().Equal(HeadlineParser.Default.Parse(Page, new Uri("https://www.nemune.ir/")).Value);
    }

    [Theory]
    [InlineData("""[{ "name": "Bad", "hosts": ["a.ir"], "items": "div[" }]""", "the items selector 'div[' is not a valid CSS selector")]
    [InlineData("""[{ "name": "NoItems", "hosts": ["a.ir"] }]""", "not a JSON array of list rules")]
    public void A_bad_rules_file_is_refused_by_the_headlines_command(string json, string message)
    {
        var rules = Path.Combine(Path.GetTempPath(), "newsmodel-list-rules-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(rules, json);
        try
        {
            var build = () => NewsJson.Deserialize<IReadOnlyList<ListSelectorRule>>(json) is var r ? new HeadlineParser(HeadlineParserOptions.Default with { ListRules = r }) : null;
            if (message.StartsWith("the items", StringComparison.Ordinal))
            {
                build.Should().Throw<ArgumentException>().WithMessage("*" + message + "*");
            }
            else
            {
                build.Should().Throw<System.Text.Json.JsonException>();
            }

            var error = new StringWriter();
            NewsModel.Cli.RulesFile.TryCreateHeadlineParser(rules, error, out _).Should().BeFalse();
            error.ToString().Should().Contain(message);
        }
        finally
        {
            File.Delete(rules);
        }
    }

    [Fact]
    public void List_rules_round_trip_through_json()
    {
        IReadOnlyList<ListSelectorRule> rules = [Rule, new ListSelectorRule { Name = "Side", Match = "ul.side", Items = "li", Kind = HeadlineListKind.MostViewed }];

        NewsJson.Deserialize<IReadOnlyList<ListSelectorRule>>(NewsJson.Serialize(rules)).Should().Equal(rules);
    }

    // 55online's carousel: the link is an empty a.abs-link beside the title's div.
    private static readonly ListSelectorRule Carousel = new()
    {
        Name = "Carousel",
        Hosts = ["55online.ir"],
        Items = "div.news-top-item",
        Title = "div.news-title",
        Link = "a.abs-link",
        Kicker = "span.news-category",
        ListName = "Selected",
    };

    [Fact]
    public void The_article_parser_reads_list_rules_on_a_homepage_as_the_headline_parser_does()
    {
        var bytes = TestFiles.ReadBytes("persian", "lists", "55online-2018.html");
        var url = new Uri("http://55online.ir/");
        var article = new ArticleParser(ArticleParserOptions.Default with { ListRules = [Carousel] }).Parse(bytes, url);
        var lists = new HeadlineParser(HeadlineParserOptions.Default with { ListRules = [Carousel] }).Parse(bytes, url).Value;

        article.Diagnostics.Should().Contain(d => d.Code == "page.list");
        article.Value.Headlines.Should().Equal(lists);
        var selected = article.Value.Headlines[0];
        selected.Name.Should().Be("Selected");
        selected.Items.Should().HaveCountGreaterThan(5);
        selected.Items[0].Title.Should().Be("۱۰ اشتباهی که یک کارآفرین تازهوارد باید از آنها دوری کند");
        selected.Items[0].Kicker.Should().Be("گوناگون");
        ArticleParser.Default.Parse(bytes, url).Value.Headlines.Should().NotContain(l => l.Name == "Selected");
    }

    [Fact]
    public void The_article_parser_does_not_read_list_rules_on_an_article_page()
    {
        var rule = Carousel with { Hosts = ["tasnimnews.com"], Items = "li.service", Title = "a", Link = "a", Kicker = null };
        var page = TestFiles.ReadBytes("persian", "articles", "tasnim-2015910.html");
        var url = new Uri("https://www.tasnimnews.com/fa/news/2015910/");
        new HeadlineParser(HeadlineParserOptions.Default with { ListRules = [rule] }).Parse(page, url).Value
            .Should().Contain(l => l.Name == "Selected", "the rule matches the page");

        var article = new ArticleParser(ArticleParserOptions.Default with { ListRules = [rule] }).Parse(page, url);
        article.Value.Headlines.Should().NotContain(l => l.Name == "Selected");
        article.Value.Should().Be(ArticleParser.Default.Parse(page, url).Value);
    }

    [Fact]
    public void The_article_parser_refuses_a_bad_list_rule_when_it_is_built()
    {
        var build = () => new ArticleParser(ArticleParserOptions.Default with { ListRules = [Carousel with { Items = "div[" }] });
        build.Should().Throw<ArgumentException>().WithMessage("*div[*");
    }
}
