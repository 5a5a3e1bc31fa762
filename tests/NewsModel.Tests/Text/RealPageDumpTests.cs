using NewsModel.Text;

namespace NewsModel.Tests.Text;

/// <summary>
/// The text reader on dumps made from the real article pages with our HTML-to-text converter: title, news code and
/// date must survive the round trip. Expected values are those in the corpus README (not what the HTML parser gives).
/// </summary>
public class RealPageDumpTests
{
    public static TheoryData<string, string, string, string, string> Pages => new()
    {
        // file, url, title, id, published (ISO, with the Tehran offset of the day)
        { "isna-98030903723.html", "https://www.isna.ir/news/98030903723/", "کارشناسی داوری دیدار سپاهان و پرسپولیس از زبان عسگری", "98030903723", "2019-05-29T19:50:37Z" },
        { "tasnim-2015910.html", "https://www.tasnimnews.com/fa/news/1398/02/30/2015910/", "لیگ قهرمانان آسیا| برتری بی‌فایده پرسپولیس در شب تلخ خداحافظی ژاوی از فوتبال", "2015910", "2019-05-20T18:23:00Z" },
        { "yjc-6919119.html", "https://www.yjc.ir/fa/news/6919119/", "گردهمایی رؤسای سازمان نظام دامپزشکی کشور در شهرکرد", "6919119", "2019-05-02T11:42:00Z" },
        { "varzesh3-1608590.html", "https://www.varzesh3.com/news/1608590/", "تراکتور 1 - پرسپولیس 1؛ دانیال علیه جشن قهرمانی!", "1608590", "2019-05-01T14:34:00Z" },
        // No facts in the corpus README: read from the page (h1, «کد خبر: d1Gjx زمان: 23:55 1398/02/26»).
        { "varzesh3-d1Gjx.html", "https://www.varzesh3.com/news/d1Gjx/", "کاری که پروین و راجرز و... نکردند؛", "d1Gjx", "2019-05-16T19:25:00Z" },
    };

    private static Article ParseDump(string file, string? url = null)
    {
        var dump = HtmlToText.Convert(TestFiles.ReadText("persian", "articles", file));
        return TextArticleParser.Default.Parse(dump, url is null ? null : new Uri(url)).Value;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Title_id_and_date_survive_the_round_trip_through_text(string file, string url, string title, string id, string published)
    {
        var article = ParseDump(file, url);

        article.Title.Should().Be(title);
        article.Id.Should().Be(id);
        var expected = DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        article.Published.Should().NotBeNull();
        // Visible dates are to the minute; ISNA's metadata has seconds.
        (article.Published!.Value - expected).Duration().Should().BeLessThan(TimeSpan.FromMinutes(1));
        article.Published.Value.Offset.Should().Be(TimeSpan.FromHours(4.5), "the summer of 2019 was on Tehran daylight time");
        article.Body.Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void Ids_printed_on_the_page_are_read_from_the_text_not_the_url()
    {
        foreach (var file in new[] { "isna-98030903723.html", "yjc-6919119.html", "varzesh3-1608590.html", "varzesh3-d1Gjx.html" })
        {
            var article = ParseDump(file);
            article.Id.Should().NotBeNull(file);
            article.SourceOf("id").Should().Be(FieldSource.Text, file);
        }
    }

    [Fact]
    public void The_credits_after_the_text_are_the_authors_the_html_parse_reads()
    {
        // isna credits its writers under «انتهای پیام» as list items («خبرنگار امیرعلی عوض‌پور», «دبیر علی غفار»); the
        // «خبرنگار : 71617» code above the title names no one.
        var html = TestFiles.ReadText("persian", "articles", "isna-98030903723.html");
        var fromHtml = ArticleParser.Default.Parse(html).Value.Authors;

        fromHtml.Should().HaveCount(2);
        ParseDump("isna-98030903723.html").Authors.Should().Equal(fromHtml);
        ParseDump("isna-98030903723.html").SourceOf("authors").Should().Be(FieldSource.Text);
    }

    [Fact]
    public void The_tag_lists_after_the_text_survive()
    {
        // isna's «برچسب‌ها:» and Tasnim's «واژه های کاربردی مرتبط» over their bullets; the first tags are the corpus
        // README's (isna's written with Arabic ي in the page).
        var isna = ParseDump("isna-98030903723.html");
        isna.Tags.Should().Equal("تیم فوتبال پرسپولیس", "تیم فوتبال سپاهان", "جام حذفی فوتبال ایران");
        isna.SourceOf("tags").Should().Be(FieldSource.Text);
        ParseDump("tasnim-2015910.html").Tags.Should().StartWith("لیگ قهرمانان آسیا");
    }

    [Fact]
    public void A_list_page_dump_gives_its_dated_headlines_as_the_html_list_and_says_it_is_no_article()
    {
        // mehrnews.ir's 2011 list of the day's news: «۱۳۸۹/۱۲/۱۹ , ۱۷:۳۱ کرمان بیابانی‌ترین استان کشور است» per line. The dump
        // gave an "article" of 201 blocks, each a headline.
        var html = TestFiles.ReadText("persian", "lists", "mehrnews-2011-v2.html");
        var fromHtml = HeadlineParser.Default.Parse(html).Value.SelectMany(l => l.Items).ToList();
        var result = TextArticleParser.Default.Parse(HtmlToText.Convert(html));

        var list = result.Value.Headlines.Should().ContainSingle().Subject;
        list.Kind.Should().Be(HeadlineListKind.Latest);
        list.Items.Should().HaveCountGreaterThan(290);
        // The dump's half-spaces are repaired («شرکت‌های» for the page's «شرکتهای»): compared without spaces and half-spaces.
        static string Letters(string t) => t.Replace("\u200C", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        list.Items.Take(20).Select(h => Letters(h.Title)).Should().Equal(fromHtml.Take(20).Select(h => Letters(h.Title)));
        list.Items.Take(20).Select(h => h.Published).Should().Equal(fromHtml.Take(20).Select(h => h.Published));
        result.Diagnostics.Should().Contain(d => d.Code == "page.list");
        result.Value.Text.Length.Should().BeLessThan(200);
    }

    [Fact]
    public void A_homepage_dumps_teasers_over_their_more_links_are_the_pages_headlines()
    {
        // 55online.ir's homepage: a headline, then «بیشتر» on a line of its own. Every teaser the dump lists is one of the
        // headlines HeadlineParser finds on the HTML (compared without spaces and half-spaces).
        var html = TestFiles.ReadText("persian", "lists", "55online-2018.html");
        static string Letters(string t) => t.Replace("\u200C", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        var fromHtml = HeadlineParser.Default.Parse(html).Value.SelectMany(l => l.Items).Select(h => Letters(h.Title)).ToHashSet();
        var teasers = TextArticleParser.Default.Parse(HtmlToText.Convert(html)).Value.Headlines.SelectMany(l => l.Items).ToList();

        teasers.Should().HaveCountGreaterThanOrEqualTo(10);
        teasers.Select(h => Letters(h.Title)).Should().OnlyContain(t => fromHtml.Contains(t));
    }

    [Fact]
    public void The_yjc_lead_and_the_varzesh3_kicker_and_body_survive()
    {
        var yjc = ParseDump("yjc-6919119.html");
        yjc.Lead.Should().Be("گردهمایی رؤسای سازمان نظام دامپزشکی کشور به میزبانی شهرکرد برگزار شد.");
        yjc.Text.Should().NotContain("انتهای پیام");

        var varzesh3 = ParseDump("varzesh3-1608590.html");
        varzesh3.Kicker.Should().Be("سناریوی دربی تکرار نشد؛");
        varzesh3.Body.OfType<ParagraphBlock>().First().Text.Should()
            .StartWith("به گزارش \"ورزش سه\"، تراکتورسازی بعد از هفته‌های درخشانی که پشت سر گذاشت و خود را");
    }

    [Fact]
    public void The_converter_writes_the_document_title_first_and_list_items_as_bullets()
    {
        var dump = HtmlToText.Convert("<html><head><title>T</title><script>x()</script></head><body><h1>Head</h1><p>One <b>two</b>\n three.</p><ul><li>a</li><li>b</li></ul><style>p{}</style></body></html>");

        dump.Should().Be("T\n\nHead\n\nOne two three.\n\n  • a\n  • b\n");
    }
}
