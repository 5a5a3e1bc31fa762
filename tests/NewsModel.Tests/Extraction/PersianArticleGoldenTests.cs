namespace NewsModel.Tests.Extraction;

/// <summary>
/// The five real Persian article pages: every fact listed in the corpus README, and the facts read off the pages
/// themselves (lead, kicker, body start, the d1Gjx page's title, code and date).
/// </summary>
public class PersianArticleGoldenTests
{
    private static readonly TimeSpan Tehran2019 = TimeSpan.FromHours(4.5);

    private static ParseResult<Article> Parse(string file, string url) =>
        ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "articles", file), new Uri(url));

    [Fact]
    public void Isna_page_gives_its_listed_facts()
    {
        var a = Parse("isna-98030903723.html", "https://www.isna.ir/news/98030903723/").Value;

        a.Id.Should().Be("98030903723");
        a.Title.Should().Be("کارشناسی داوری دیدار سپاهان و پرسپولیس از زبان عسگری");
        a.Published.Should().Be(new DateTimeOffset(2019, 5, 29, 19, 50, 37, TimeSpan.Zero));
        a.Published!.Value.Offset.Should().Be(Tehran2019, "the page speaks for Tehran, where ۹ خرداد ۱۳۹۸ / ۰۰:۲۰ is shown");
        a.Published.Value.DateTime.Should().Be(new DateTime(2019, 5, 30, 0, 20, 37));
        a.Modified.Should().Be(new DateTimeOffset(2019, 5, 29, 20, 24, 30, TimeSpan.Zero));
        a.Image!.Url.Should().Be(new Uri("https://cdn.isna.ir/d/2019/05/30/4/57884874.jpg"));
        a.Section.Should().Be("فوتبال");
        a.Tags[0].Should().Be("تیم فوتبال پرسپولیس", "the page spells it with Arabic ي; Persian text fields are normalized to ی");
        a.Tags.Should().HaveCount(3);
        a.Lead.Should().Be("کارشناس داوری فوتبال ایران می‌گوید تیم داوری مسابقه سپاهان و پرسپولیس عملکرد قابل قبول و خوبی داشته است.");
        a.Text.Should().StartWith("حسین عسگری، کارشناس داوری فوتبال در گفت‌وگو با ایسنا،");
        a.SiteName.Should().Be("ایسنا");
        a.ReportedBy.Should().BeNull("the text opens with the interviewee, not «به گزارش»");
        a.Language.Should().Be("fa");
        a.Direction.Should().Be(TextDirection.Rtl);
        a.Authors.Should().Equal(
            new Author { Name = "امیرعلی عوض\u200cپور", Role = "خبرنگار" },
            new Author { Name = "علی غفار", Role = "دبیر" });
        a.SourceOf("published").Should().Be(FieldSource.JsonLd);
        a.SourceOf("title").Should().Be(FieldSource.SiteRule);
    }

    [Fact]
    public void Tasnim_page_gives_its_listed_facts()
    {
        var a = Parse("tasnim-2015910.html", "https://www.tasnimnews.com/fa/news/1398/02/30/2015910/").Value;

        a.Id.Should().Be("2015910");
        a.Title.Should().Be("لیگ قهرمانان آسیا| برتری بی\u200cفایده پرسپولیس در شب تلخ خداحافظی ژاوی از فوتبال");
        a.Title.Should().NotContain("Tasnim", "og:title carries the site name, the h1 does not");
        a.Published.Should().Be(new DateTimeOffset(2019, 5, 20, 18, 23, 0, TimeSpan.Zero));
        a.Published!.Value.Offset.Should().Be(Tehran2019);
        a.Section.Should().Be("ورزشی");
        a.Tags[0].Should().Be("لیگ قهرمانان آسیا");
        a.Lead.Should().Be("پرسپولیس در آخرین مسابقه\u200cاش در مرحله گروهی لیگ قهرمانان آسیا که دیداری تشریفاتی بود، السد را شکست داد.");
        a.Text.Should().StartWith("به گزارش خبرگزاری تسنیم، دیدار دو تیم پرسپولیس ایران و السد قطر");
        a.ReportedBy.Should().Be("خبرگزاری تسنیم");
        a.Text.Should().NotContain("اخبار ورزشی -", "the hidden service link is not body text");
        a.Image!.Url.Should().Be(new Uri("https://newsmedia.tasnimnews.com/Tasnim/Uploaded/Image/1398/02/30/1398023022092641017467744.jpg"));
    }

    [Fact]
    public void Yjc_page_gives_its_listed_facts_through_hex_entities_and_value_attributes()
    {
        var a = Parse("yjc-6919119.html", "https://www.yjc.ir/fa/news/6919119/").Value;

        a.Id.Should().Be("6919119");
        a.Title.Should().Be("گردهمایی رؤسای سازمان نظام دامپزشکی کشور در شهرکرد");
        a.Published.Should().Be(new DateTimeOffset(2019, 5, 2, 11, 42, 0, TimeSpan.Zero));
        a.Published!.Value.Offset.Should().Be(Tehran2019);
        a.Modified.Should().Be(new DateTimeOffset(2019, 5, 2, 22, 53, 0, Tehran2019));
        a.Lead.Should().Be("گردهمایی رؤسای سازمان نظام دامپزشکی کشور به میزبانی شهرکرد برگزار شد.");
        a.Image!.Url.Should().Be(new Uri("https://cdn.yjc.ir/files/fa/news/1398/2/12/9845005_654.jpg"));
        a.Section.Should().Be("چهارمحال و بختیاری");
        a.Tags[0].Should().Be("دامپزشکی");
        a.Kicker.Should().BeNull("the kicker element is empty on this page");
        a.Text.Should().StartWith("به گزارش گروه استان\u200cهای باشگاه خبرنگاران جوان از شهرکرد،");
        a.ReportedBy.Should().Be("باشگاه خبرنگاران جوان", "the desk («گروه استان‌های») and the place («از شهرکرد») are not the outlet");
        a.Text.Should().NotContain(a.Lead!, "the lead stays out of the body");
        a.Published.Should().NotBe(new DateTimeOffset(2019, 5, 17, 19, 28, 0, Tehran2019), "the header shows the crawl date");
    }

    [Fact]
    public void Varzesh3_page_takes_the_h1_over_a_stale_title_and_the_article_date_over_the_header_date()
    {
        var r = Parse("varzesh3-1608590.html", "https://www.varzesh3.com/news/1608590/");
        var a = r.Value;

        a.Id.Should().Be("1608590");
        a.Title.Should().Be("تراکتور 1 - پرسپولیس 1؛ دانیال علیه جشن قهرمانی!");
        a.Kicker.Should().Be("سناریوی دربی تکرار نشد؛");
        a.Published.Should().Be(new DateTimeOffset(2019, 5, 1, 19, 4, 0, Tehran2019));
        a.Published!.Value.Offset.Should().Be(Tehran2019);
        a.Section.Should().Be("فوتبال");
        a.Tags.Should().Equal("تراکتورسازی تبریز", "پرسپولیس تهران");
        a.Lead.Should().Be("روند ناکامی سرخ پوشان تبریزی به چهار بازی نرسید و آنها با جبران گل خورده برابر پرسپولیس به تساوی رسیدند.");
        a.Text.Should().StartWith("به گزارش \"ورزش سه\"، تراکتورسازی بعد از هفته\u200cهای درخشانی که پشت سر گذاشت و خود را");
        a.Body[0].Should().BeOfType<ParagraphBlock>();
        a.SiteName.Should().Be("ورزش سه");
        a.ReportedBy.Should().Be("ورزش سه");
    }

    [Fact]
    public void Varzesh3_short_code_page_gives_the_facts_read_off_the_page()
    {
        var a = Parse("varzesh3-d1Gjx.html", "https://www.varzesh3.com/news/d1Gjx/").Value;

        a.Id.Should().Be("d1Gjx");
        a.Title.Should().Be("کاری که پروین و راجرز و... نکردند؛");
        a.Kicker.Should().Be("برانکو و شکستن طلسم هت تریک قهرمانی");
        a.Lead.Should().Be("تیم پرسپولیس برای نخستین بار توانست سه قهرمانی متوالی را در لیگ کسب کند.");
        a.Published.Should().Be(new DateTimeOffset(2019, 5, 16, 23, 55, 0, Tehran2019), "«زمان: 23:55 1398/02/26»");
        a.Tags.Should().Equal("پرسپولیس تهران");
        a.Text.Should().StartWith("به گزارش \"ورزش سه\"، تیم پرسپولیس تهران در حالی پارس جنوبی جم را شکست داد");
        a.Image!.Url.Host.Should().Be("static.farakav.com", "og:image on this page is the page's own address, not an image");
    }

    [Fact]
    public void The_same_page_gives_the_same_article_from_text_and_from_bytes()
    {
        var bytes = TestFiles.ReadBytes("persian", "articles", "yjc-6919119.html");
        var url = new Uri("https://www.yjc.ir/fa/news/6919119/");
        var fromBytes = ArticleParser.Default.Parse(bytes, url).Value;
        var fromText = ArticleParser.Default.Parse(System.Text.Encoding.UTF8.GetString(bytes), url).Value;
        fromText.Should().Be(fromBytes);
    }

    [Fact]
    public void The_body_ends_at_the_agencys_end_of_story_line()
    {
        // yjc: «انتهای پیام/ز», then an SEO h2 inside the same body element.
        var a = Parse("yjc-6919119.html", "https://www.yjc.ir/fa/news/6919119/").Value;
        a.Body[^1].Should().BeOfType<ParagraphBlock>().Which.Text.Should().EndWith("ایده های نو در این حوزه ارائه گردید.");
        a.Body.OfType<HeadingBlock>().Should().NotContain(h => h.Text == "بررسی مشکلات فعالان بخش خصوصی دامپزشکی");
    }

    [Theory]
    [InlineData("tasnim-2015910.html", "2015910")]
    [InlineData("isna-98030903723.html", "98030903723")]
    [InlineData("yjc-6919119.html", "6919119")]
    [InlineData("varzesh3-1608590.html", "1608590")]
    public void A_saved_page_parsed_without_its_address_still_gives_its_news_code(string file, string id)
    {
        // Tasnim's og:url is relative ("/fa/news/1398/02/30/2015910/…"): no address, but its path names the article.
        var a = ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "articles", file)).Value;
        a.Id.Should().Be(id);
    }

    [Fact]
    public void Every_field_with_a_value_has_its_provenance()
    {
        var a = Parse("isna-98030903723.html", "https://www.isna.ir/news/98030903723/").Value;
        foreach (var field in new[] { "title", "lead", "id", "published", "modified", "section", "tags", "image", "siteName", "language", "direction", "canonicalUrl", "body" })
        {
            a.SourceOf(field).Should().NotBeNull(field);
        }

        a.SourceOf("kicker").Should().BeNull();
    }
}
