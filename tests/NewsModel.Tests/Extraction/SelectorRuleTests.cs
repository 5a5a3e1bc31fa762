using NewsModel.Serialization;

namespace NewsModel.Tests.Extraction;

/// <summary>The caller's site rules written as CSS selectors (<see cref="ArticleParserOptions.SelectorRules"/>).</summary>
public class SelectorRuleTests
{
    // A page whose markup the generic readers get wrong: the headline is an h2 after a decoy h1, the date and the code
    // sit in unnamed spans, the body is beside a longer box of boilerplate.
    private const string Page = """
        <html lang="fa"><head><title>سایت نمونه</title><meta property="og:title" content="سایت نمونه"></head><body>
        <h1>سایت نمونه</h1>
        <div class="box-a"><span class="x1">اقتصادی</span><span class="x2">گزارش ویژه</span>
        <h2 class="x3">افزایش قیمت نان در تهران از امروز</h2>
        <p class="x4">قیمت نان از امروز ده درصد افزایش یافت.</p>
        <span class="x5">شناسه: ۲۱۶۰۲۶</span> <span class="x6">۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱</span>
        <span class="x7"><a href="/u/1">مریم حسینی</a></span><span class="x7">علی رضایی</span>
        <img class="x8" src="/img/1.jpg" alt="نانوایی">
        <div class="x9"><p>نانوایی‌های تهران از امروز نرخ‌نامه تازه را نصب کردند و مردم در صف ایستادند تا نان بخرند.</p>
        <div class="share">اشتراک‌گذاری در تلگرام و واتساپ</div>
        <p>مسئولان می‌گویند این افزایش برای جبران هزینه‌های تولید و دستمزد کارگران لازم بوده است.</p></div>
        <div class="x10"><a href="/t/1">نان</a><a href="/t/2">قیمت</a></div></div>
        </body></html>
        """;

    private static readonly SelectorRule Rule = new()
    {
        Name = "Nemune",
        Hosts = ["nemune.ir"],
        Title = "h2.x3",
        Kicker = ".x2",
        Lead = "p.x4",
        Id = ".x5",
        Section = ".x1",
        Published = ".x6",
        Authors = ".x7",
        Tags = ".x10 a",
        Image = "img.x8",
        Body = "div.x9",
        Remove = [".share"],
    };

    private static Article Parse(SelectorRule rule, string html, Uri? url) =>
        new ArticleParser(ArticleParserOptions.Default with { SelectorRules = [rule] }).Parse(html, url).Value;

    [Fact]
    public void A_rule_for_the_pages_host_gives_every_field_it_names()
    {
        var a = Parse(Rule, Page, new Uri("https://www.nemune.ir/news/216026"));

        a.Title.Should().Be("افزایش قیمت نان در تهران از امروز");
        a.Kicker.Should().Be("گزارش ویژه");
        a.Lead.Should().Be("قیمت نان از امروز ده درصد افزایش یافت.");
        a.Id.Should().Be("216026");
        a.Section.Should().Be("اقتصادی");
        a.Published.Should().Be(new DateTimeOffset(2024, 3, 7, 14, 31, 0, TimeSpan.FromHours(3.5)));
        a.Authors.Should().Equal(new Author { Name = "مریم حسینی", Url = new Uri("https://www.nemune.ir/u/1") }, new Author { Name = "علی رضایی" });
        a.Tags.Should().Equal("نان", "قیمت");
        a.Image!.Url.Should().Be(new Uri("https://www.nemune.ir/img/1.jpg"));
        a.Body.Should().HaveCount(2);
        a.Text.Should().StartWith("نانوایی‌های تهران").And.NotContain("اشتراک‌گذاری");
        a.Provenance.Should().Contain(new FieldProvenance { Field = "title", Source = FieldSource.SiteRule, Detail = "Nemune: h2.x3" });
        a.Provenance.Should().Contain(new FieldProvenance { Field = "body", Source = FieldSource.SiteRule, Detail = "Nemune" });
    }

    [Fact]
    public void Without_the_rule_the_same_page_reads_differently()
    {
        // The rule is not for this host and names no match selector that the page matches.
        var a = Parse(Rule with { Hosts = ["other.ir"] }, Page, new Uri("https://www.nemune.ir/news/216026"));

        a.Kicker.Should().NotBe("گزارش ویژه");
        a.SourceOf("title").Should().NotBe(FieldSource.SiteRule);
    }

    [Fact]
    public void A_match_selector_applies_the_rule_to_a_page_parsed_without_its_address()
    {
        var a = Parse(Rule with { Hosts = [], Match = "div.box-a h2.x3" }, Page, url: null);

        a.Title.Should().Be("افزایش قیمت نان در تهران از امروز");
        a.Published.Should().Be(new DateTimeOffset(2024, 3, 7, 14, 31, 0, TimeSpan.FromHours(3.5)));
        a.Image.Should().BeNull("a relative image address needs the page's address");
    }

    [Fact]
    public void A_selector_that_matches_nothing_leaves_the_field_to_the_other_layers()
    {
        var a = Parse(Rule with { Title = "h5.gone", Body = "div.gone" }, Page, new Uri("https://nemune.ir/news/216026"));

        a.SourceOf("title").Should().NotBe(FieldSource.SiteRule);
        a.SourceOf("body").Should().Be(FieldSource.Generic);
        a.Kicker.Should().Be("گزارش ویژه", "the rule's other selectors still apply");
    }

    [Fact]
    public void A_lazy_images_real_source_is_the_image_and_a_meta_gives_its_content()
    {
        var lazy = Page.Replace("<img class=\"x8\" src=\"/img/1.jpg\" alt=\"نانوایی\">", "<img class=\"x8\" src=\"data:image/gif;base64,R0lGOD\" data-src=\"/img/2.jpg\" alt=\"نانوایی\">", StringComparison.Ordinal);
        Parse(Rule, lazy, new Uri("https://nemune.ir/news/1")).Image!.Url.Should().Be(new Uri("https://nemune.ir/img/2.jpg"));

        var meta = Page.Replace("<title>", "<meta name=\"thumb\" content=\"/img/3.jpg\"><title>", StringComparison.Ordinal);
        Parse(Rule with { Image = "meta[name=thumb]" }, meta, new Uri("https://nemune.ir/news/1")).Image!.Url.Should().Be(new Uri("https://nemune.ir/img/3.jpg"));
    }

    [Fact]
    public void A_time_elements_datetime_is_the_date()
    {
        var html = Page.Replace("<span class=\"x6\">۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱</span>", "<time class=\"x6\" datetime=\"2024-03-07T10:00:00+03:30\">امروز</time>", StringComparison.Ordinal);
        var a = Parse(Rule, html, new Uri("https://nemune.ir/news/216026"));

        a.Published.Should().Be(new DateTimeOffset(2024, 3, 7, 10, 0, 0, TimeSpan.FromHours(3.5)));
    }

    [Fact]
    public void The_callers_rule_comes_before_a_built_in_rule_and_leaves_it_the_fields_it_does_not_name()
    {
        var bytes = TestFiles.ReadBytes("persian", "articles", "tasnim-2015910.html");
        var url = new Uri("https://www.tasnimnews.com/fa/news/1398/02/30/2015910/");
        var builtIn = ArticleParser.Default.Parse(bytes, url).Value;
        var parser = new ArticleParser(ArticleParserOptions.Default with { SelectorRules = [new SelectorRule { Name = "Mine", Hosts = ["tasnimnews.com"], Tags = "li.service a" }] });
        var a = parser.Parse(bytes, url).Value;

        a.Tags.Should().Equal("ورزشی", "فوتبال ایران").And.NotEqual(builtIn.Tags);
        a.Provenance.Should().Contain(p => p.Field == "tags" && p.Detail == "Mine: li.service a");
        a.Title.Should().Be(builtIn.Title);
        a.Provenance.Should().Contain(p => p.Field == "title" && p.Detail!.StartsWith("Tasnim", StringComparison.Ordinal));
        a.Text.Should().Be(builtIn.Text);
    }

    public static TheoryData<SelectorRule?, string> BadRules => new()
    {
        { null, "Selector rule 0 is null" },
        { new SelectorRule { Name = " ", Hosts = ["a.ir"] }, "has no name" },
        { new SelectorRule { Name = "Nowhere", Title = "h1" }, "'Nowhere' names neither hosts nor a match selector" },
        { new SelectorRule { Name = "Broken", Hosts = ["a.ir"], Title = "h1[" }, "'Broken': the title selector 'h1[' is not a valid CSS selector" },
        { new SelectorRule { Name = "Empty", Hosts = ["a.ir"], Remove = [""] }, "'Empty': the remove selector '' is not a valid CSS selector" },
        { new SelectorRule { Name = "Address", Hosts = ["https://a.ir/"], Title = "h1" }, "'Address': the host 'https://a.ir/' is not a host name" },
        { new SelectorRule { Name = "Blank", Hosts = [" "], Title = "h1" }, "'Blank': the host ' ' is not a host name" },
    };

    [Theory]
    [MemberData(nameof(BadRules))]
    public void A_rule_the_parser_could_not_apply_is_refused_when_the_parser_is_built(SelectorRule? rule, string message)
    {
        var build = () => new ArticleParser(ArticleParserOptions.Default with { SelectorRules = [rule!] });

        build.Should().Throw<ArgumentException>().WithMessage("*" + message + "*").And.ParamName.Should().Be("options");
    }

    [Fact]
    public void Rules_round_trip_through_json_with_camel_case_names()
    {
        IReadOnlyList<SelectorRule> rules = [Rule, new SelectorRule { Name = "Other", Match = "article.x" }];
        var json = NewsJson.Serialize(rules);

        json.Should().Contain("\"published\": \".x6\"").And.Contain("\"remove\": [");
        NewsJson.Deserialize<IReadOnlyList<SelectorRule>>(json).Should().Equal(rules);
    }

    [Fact]
    public void Options_with_equal_rules_are_equal()
    {
        var a = ArticleParserOptions.Default with { SelectorRules = [Rule] };
        var b = ArticleParserOptions.Default with { SelectorRules = [Rule with { Remove = [".share"], Hosts = ["nemune.ir"] }] };

        a.Should().Be(b);
        a.Should().NotBe(ArticleParserOptions.Default);
    }
}
