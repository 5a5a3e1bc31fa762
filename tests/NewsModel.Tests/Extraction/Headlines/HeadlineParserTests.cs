namespace NewsModel.Tests.Extraction.Headlines;

public class HeadlineParserTests
{
    private static ParseResult<IReadOnlyList<HeadlineList>> Parse(string file, string? url = null) =>
        HeadlineParser.Default.Parse(TestFiles.ReadBytes("persian", "lists", file), url is null ? null : new Uri(url));

    [Theory]
    [InlineData("mehrnews-2011-v2.html", 302)]
    [InlineData("mehrnews-2011-v3.html", 338)]
    [InlineData("mehrnews-2011-v4.html", 356)]
    public void Mehrnews_text_list_gives_every_headline_with_its_jalali_time(string file, int count)
    {
        var result = Parse(file, "http://www.mehrnews.com/fa/txtNewsView_fa.aspx");
        result.HasErrors.Should().BeFalse();
        var page = result.Value.Single(l => l.Kind == HeadlineListKind.Page);
        page.Items.Should().HaveCount(count);
        page.Items.Should().OnlyContain(h => h.Published != null && h.Url != null && h.Url.Query.StartsWith("?NewsID="));

        // «۱۳۸۹/۱۲/۱۹ , ۱۷:۳۱» written as decimal entities without semicolons: 19 Esfand 1389 = 10 March 2011, Tehran +03:30.
        page.Items.Select(h => h.Published!.Value).Should().OnlyContain(d => d.Offset == TimeSpan.FromHours(3.5) && d.Year == 2011 && d.Month == 3);
    }

    [Fact]
    public void Mehrnews_v2_first_headline_is_exact()
    {
        var first = Parse("mehrnews-2011-v2.html", "http://www.mehrnews.com/fa/txtNewsView_fa.aspx").Value[0].Items[0];
        first.Title.Should().Be("کرمان بیابانی ترین استان کشور است");
        first.Url.Should().Be(new Uri("http://www.mehrnews.com/fa/NewsPrint.aspx?NewsID=1271560"));
        first.Published.Should().Be(new DateTimeOffset(2011, 3, 10, 17, 31, 0, TimeSpan.FromHours(3.5)));
    }

    [Fact]
    public void Mehrnews_v1_damaged_by_a_cp1252_round_trip_gets_its_feh_back_and_says_so()
    {
        // Every «ف» of v1 is the bytes D9 3F. The later snapshots v2–v4 are intact and repeat most of v1's headlines:
        // each restored title that they hold is theirs letter for letter.
        var result = Parse("mehrnews-2011-v1.html");
        result.Diagnostics.Should().ContainSingle(d => d.Code == "encoding.repaired" && d.Severity == DiagnosticSeverity.Warning);
        result.HasErrors.Should().BeFalse();
        var items = result.Value.Single().Items;
        items.Should().HaveCountGreaterThan(250);
        items.Should().Contain(h => h.Title == "نخستین جشنواره ملی شعر دانشجویان و طلاب آغاز به کار کرد");
        items.Should().OnlyContain(h => h.Url == null, "without the page's address a relative link is not resolved");
        items.Should().OnlyContain(h => !h.Title.Contains('\uFFFD'));

        var intact = new[] { "mehrnews-2011-v2.html", "mehrnews-2011-v3.html", "mehrnews-2011-v4.html" }
            .SelectMany(f => Parse(f).Value.SelectMany(l => l.Items)).Select(h => h.Title).ToHashSet(StringComparer.Ordinal);
        var restored = items.Where(h => h.Title.Contains('ف')).ToList();
        restored.Should().HaveCountGreaterThan(100);
        restored.Count(h => intact.Contains(h.Title)).Should().BeGreaterThanOrEqualTo(restored.Count - 2, "two of v1's headlines are in no later snapshot");
    }

    [Fact]
    public void Online55_homepage_reads_titles_beside_empty_links_and_categories()
    {
        var page = Parse("55online-2018.html", "http://55online.ir/").Value.Single(l => l.Kind == HeadlineListKind.Page);
        page.Items.Should().HaveCountGreaterThan(50);
        page.Items[0].Title.Should().Be("۱۰ اشتباهی که یک کارآفرین تازهوارد باید از آنها دوری کند", "the file lost its half-spaces; expected values come from the file as it is");
        page.Items[0].Section.Should().Be("گوناگون");
        page.Items[0].Url!.AbsolutePath.Should().StartWith("/news/");
        page.Items.Select(h => h.Title).Should().OnlyHaveUniqueItems();
        page.Items.Should().OnlyContain(h => h.Published == null, "the only date on the page is the header's today widget");
    }

    [Fact]
    public void Aftabeyazd_homepage_reads_the_editorial_link_around_blocks()
    {
        var items = Parse("aftabeyazd-2018.html").Value.Single().Items;
        items.Should().Contain(h => h.Title == "حالا بهتر حسن روحانی را درک میکنیم" || h.Title.EndsWith("حالا بهتر حسن روحانی را درک میکنیم", StringComparison.Ordinal));
        items.Should().Contain(h => h.Url == new Uri("http://www.entekhab.ir/fa/news/399487"));
    }

    [Theory]
    [InlineData("fa-AF", 4.5)]
    [InlineData("fa", 3.5)]
    public void A_homepage_tagged_afghan_dates_its_headlines_in_kabul(string tag, double offset)
    {
        var lists = HeadlineParser.Default.Parse($"""
            <html lang="{tag}"><body><ul class="news-list">
            <li><a href="/fa/news/1001/x">عنوان خبر نخست درباره بودجه شهر کابل امروز</a> <span class="date">۱۴۰۳/۰۱/۱۵ - ۱۴:۳۰</span></li>
            <li><a href="/fa/news/1002/y">عنوان خبر دوم درباره انتخابات شورای شهر امروز</a> <span class="date">۱۴۰۳/۰۱/۱۵ - ۱۵:۰۰</span></li>
            </ul></body></html>
            """, new Uri("https://example.com/fa/")).Value;
        lists.SelectMany(l => l.Items).Select(h => h.Published).Should().Equal(
            new DateTimeOffset(2024, 4, 3, 14, 30, 0, TimeSpan.FromHours(offset)), new DateTimeOffset(2024, 4, 3, 15, 0, 0, TimeSpan.FromHours(offset)));
    }

    [Theory]
    [InlineData("en", 0)]
    [InlineData("es", 0)]
    [InlineData("de-DE", 1)]
    [InlineData("pl", 1)]
    [InlineData("", 3.5)]
    [InlineData("fa-IR", 3.5)]
    public void A_homepage_dates_its_headlines_in_the_zone_its_language_tag_says(string tag, double offset)
    {
        var fetched = new DateTimeOffset(2024, 3, 7, 11, 0, 0, TimeSpan.Zero);
        var lists = HeadlineParser.Default.Parse($"""
            <html lang="{tag}"><body><ul class="news-list">
            <li><a href="/news/1001/budget">The city council approves the budget after a long night</a> <span class="date">2024-03-05 10:20</span></li>
            <li><a href="/news/1002/vote">The council election will be held in the spring, the mayor says</a> <span class="date">2 hours ago</span></li>
            </ul></body></html>
            """, new Uri("https://example.com/"), fetched).Value;

        var items = lists.SelectMany(l => l.Items).ToList();
        items[0].Published.Should().Be(new DateTimeOffset(2024, 3, 5, 10, 20, 0, TimeSpan.FromHours(offset)));
        items[0].Published!.Value.Offset.Should().Be(TimeSpan.FromHours(offset));
        items[1].Published.Should().Be(fetched.AddHours(-2), "an instant whatever the zone");
    }

    [Fact]
    public void A_page_without_headlines_says_so()
    {
        var result = HeadlineParser.Default.Parse("<html><body><p>nothing here</p></body></html>");
        result.Value.Should().BeEmpty();
        result.Diagnostics.Should().ContainSingle(d => d.Code == "headlines.missing");
    }

    [Fact]
    public void Article_pages_expose_their_labelled_lists()
    {
        var a = ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html"), new Uri("https://www.isna.ir/news/98030903723/")).Value;
        var related = a.Headlines.First(l => l.Kind == HeadlineListKind.Related);
        related.Name.Should().Be("اخبار مرتبط");
        related.Items[0].Title.Should().Be("برانکو: باید دو بازیکن دیگر سپاهان هم اخراج می\u200cشدند/ من کارگر ورزشی هستم و با همه مذاکره می\u200cکنم");
        a.Headlines.Should().Contain(l => l.Kind == HeadlineListKind.Latest && l.Name == "آخرین اخبار");

        // ISNA prints «۱ ساعت قبل» and keeps the absolute time in the <time> element's title.
        var latest = a.Headlines.First(l => l.Kind == HeadlineListKind.Latest && l.Name == "آخرین اخبار");
        latest.Items[0].Title.Should().Be("ضعف تکنیکی و بدنسازی بانوان بسکتبال باویلچر در آستانه کسب سهمیه پارالمپیک");
        latest.Items[0].Published.Should().Be(new DateTimeOffset(2019, 5, 30, 5, 37, 0, TimeSpan.FromHours(4.5)));

        var yjc = ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "articles", "yjc-6919119.html"), new Uri("https://www.yjc.ir/fa/news/6919119/")).Value;
        yjc.Headlines.Should().Contain(l => l.Kind == HeadlineListKind.Related && l.Name == "مطالب مرتبط" && l.Items.Count == 8);
    }

    [Fact]
    public void A_label_whose_next_label_an_unclosed_div_nests_in_its_box_still_gets_its_own_list()
    {
        // varzesh3's sidebar: «آخرین اخبار», a div with its 15 links, and the div left open so that the next label
        // («ویدیوهای پیشنهادی») and its lists sit inside it: 112 links under the first label in all.
        var a = ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "articles", "varzesh3-1608590.html"), new Uri("https://www.varzesh3.com/news/1608590/")).Value;

        var latest = a.Headlines.Should().ContainSingle(l => l.Kind == HeadlineListKind.Latest && l.Name == "آخرین اخبار").Subject;
        latest.Items.Should().HaveCount(15);
        latest.Items[0].Title.Should().Be("لیست سیاه و مربی مورد نظر هواداران بارسلونا (عکس)");
        latest.Items[0].Url!.AbsolutePath.Should().StartWith("/news/1610409/");
        latest.Items[^1].Title.Should().Be("شبیه سازی بازی برگشت آژاکس-تاتنهام با لگو");
    }

    [Fact]
    public void A_hand_written_sidebar_with_a_nested_next_label_splits_at_it()
    {
        var lists = HeadlineParser.Default.Parse("""
            <html lang="fa"><body><div class="sidebar">
              <div class="box-head">آخرین اخبار</div>
              <div class="list"><ul>
                <li><a href="/news/1/a">عنوان نخستین خبر تازه درباره بودجه شهر</a></li>
                <li><a href="/news/2/b">عنوان دومین خبر تازه درباره شورای شهر</a></li>
              </ul>
              <div class="box-head">پربازدیدترین</div>
              <ul>
                <li><a href="/news/3/c">عنوان پربازدیدترین خبر امروز درباره مترو</a></li>
                <li><a href="/news/4/d">عنوان دومین خبر پربازدید امروز درباره اتوبوس</a></li>
              </ul></div>
            </div></body></html>
            """, new Uri("https://example.com/")).Value;

        lists.Should().Contain(l => l.Kind == HeadlineListKind.Latest && l.Items.Count == 2 && l.Items[1].Title == "عنوان دومین خبر تازه درباره شورای شهر");
        lists.Should().Contain(l => l.Kind == HeadlineListKind.MostViewed && l.Items.Count == 2 && l.Items[0].Title == "عنوان پربازدیدترین خبر امروز درباره مترو");
    }

    [Fact]
    public void A_kicker_linked_on_its_own_above_the_headline_is_the_headlines_kicker()
    {
        // isna's related list: «<h4><a href="/news/98030903726/…">اسماعیل هلالی:</a></h4><h3><a href="(the same)">…</a></h3>»
        // was two headlines, the kicker one of them.
        var a = ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html"), new Uri("https://www.isna.ir/news/98030903723/")).Value;
        var related = a.Headlines.First(l => l.Kind == HeadlineListKind.Related).Items;
        related.Should().NotContain(h => h.Title == "اسماعیل هلالی:");
        related.Should().ContainSingle(h => h.Kicker == "اسماعیل هلالی:")
            .Which.Title.Should().Be("پرسپولیس بهترین بازی خود را انجام داد/ سپاهان برای دعوا آمده بود");
        related.Should().ContainSingle(h => h.Kicker == "نیمه نهایی جام حذفی؛");
        related.Select(h => h.Url).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("""<div class="date"><a href="/news/7/eu-panic">33 minutes ago</a></div><div class="headline"><a href="/news/7/eu-panic">EU says no reason to panic about the outbreak in Europe</a></div>""", null, null)]
    [InlineData("""<h3><a href="/news/7/eu-panic">EU says no reason to panic about the outbreak in Europe</a></h3><a href="/news/7/eu-panic">Continue reading</a>""", null, null)]
    [InlineData("""<h3><a href="/news/7/eu-panic">EU says no reason to panic about the outbreak in Europe</a></h3><p><a href="/news/7/eu-panic">The European Union sees no reason for panic, its health commissioner said on Wednesday in Rome.</a></p>""", null, "The European Union sees no reason for panic, its health commissioner said on Wednesday in Rome.")]
    [InlineData("""<h4><a href="/news/7/eu-panic">Coronavirus:</a></h4><h3><a href="/news/7/eu-panic">EU says no reason to panic about the outbreak in Europe</a></h3>""", "Coronavirus:", null)]
    public void Two_links_of_one_teaser_are_one_headline(string teaser, string? kicker, string? summary)
    {
        var lists = HeadlineParser.Default.Parse($"""
            <html><body><ul class="news-list"><li>{teaser}</li>
            <li><h3><a href="/news/8/other">Another headline of the page about something else entirely</a></h3></li></ul></body></html>
            """, new Uri("https://example.com/")).Value;
        var items = lists.SelectMany(l => l.Items).ToList();
        items.Select(h => h.Title).Should().Equal("EU says no reason to panic about the outbreak in Europe", "Another headline of the page about something else entirely");
        items[0].Kicker.Should().Be(kicker);
        items[0].Summary.Should().Be(summary);
    }

    [Fact]
    public void A_homepage_given_to_the_article_parser_has_its_headlines_and_says_so()
    {
        var url = new Uri("http://www.mehrnews.com/fa/txtNewsView_fa.aspx");
        var page = ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "lists", "mehrnews-2011-v2.html"), url);
        page.Diagnostics.Should().ContainSingle(d => d.Code == "page.list");
        var expected = HeadlineParser.Default.Parse(TestFiles.ReadBytes("persian", "lists", "mehrnews-2011-v2.html"), url).Value;
        page.Value.Headlines.Sum(l => l.Items.Count).Should().Be(expected.Sum(l => l.Items.Count)).And.Be(302);

        var article = ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html"), new Uri("https://www.isna.ir/news/98030903723/"));
        article.Diagnostics.Should().NotContain(d => d.Code == "page.list");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://55online.ir/")]
    public void A_homepage_titled_with_its_address_whose_body_is_a_side_column_is_a_homepage(string? url)
    {
        // 55online's only h1 is its logo, «55Online.ir», so that is its title; the text taken as its body is one side
        // column's essay (776 characters) beside 77 headlines.
        var page = ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "lists", "55online-2018.html"), url is null ? null : new Uri(url));
        page.Diagnostics.Should().ContainSingle(d => d.Code == "page.list");
        page.Value.Headlines.Should().ContainSingle(l => l.Kind == HeadlineListKind.Page).Which.Items.Count.Should().BeGreaterThan(20);
    }

    [Fact]
    public void An_article_whose_body_was_read_short_beside_many_headlines_stays_an_article()
    {
        // The same page with a headline in its h1 instead of the logo: many headlines and a short body alone do not
        // make a homepage.
        var html = System.Text.Encoding.UTF8.GetString(TestFiles.ReadBytes("persian", "lists", "55online-2018.html"))
            .Replace("<h1 class=\"pull-left\"><b>55</b>Online<small>.ir</small></h1>", "<h1>مسجد صفا، مسجدی ایرانی در جنوب هندوستان</h1>", StringComparison.Ordinal);
        var page = ArticleParser.Default.Parse(html);
        page.Value.Title.Should().Be("مسجد صفا، مسجدی ایرانی در جنوب هندوستان");
        page.Diagnostics.Should().NotContain(d => d.Code == "page.list");
    }

    [Theory]
    [InlineData("55online-2018.html", "http://55online.ir/")]
    [InlineData("aftabeyazd-2018.html", null)]
    public void A_page_gives_the_same_lists_from_bytes_and_from_text(string file, string? url)
    {
        // The bytes are decoded into a pooled array, the text is parsed as given: the two must not differ.
        var bytes = TestFiles.ReadBytes("persian", "lists", file);
        var address = url is null ? null : new Uri(url);
        var fromBytes = HeadlineParser.Default.Parse(bytes, address);
        var fromText = HeadlineParser.Default.Parse(System.Text.Encoding.UTF8.GetString(bytes), address);
        fromBytes.Value.Sum(l => l.Items.Count).Should().BeGreaterThan(5);
        fromBytes.Value.Should().BeEquivalentTo(fromText.Value, o => o.WithStrictOrdering());
    }

    private const string RelatedPage = """
        <html><head><title>Story</title></head><body>
        <article><h1>The story itself</h1><p>The story's one paragraph, long enough to be the body of the page.</p></article>
        <section><h2>Related</h2><ul>ITEMS</ul></section>
        </body></html>
        """;

    [Fact]
    public void Labels_and_lists_in_turn_in_one_box_are_as_many_lists()
    {
        // A sidebar of label, list, label, list: each label's list is what follows it up to the next label, not the
        // whole box (which gave the first label every link and the second none). A box's label may be named "head".
        var page = ArticleParser.Default.Parse("""
            <html><head><title>Story</title></head><body>
            <article><h1>The story itself</h1><p>The story's one paragraph, long enough to be the body of the page.</p></article>
            <div class="sidebar">
            <div class="sidebar--head">Related stories</div>
            <ul><li><a href="/news/2">The first related story of the page</a></li><li><a href="/news/3">The second related story of the page</a></li></ul>
            <div class="sidebar--head">Most read</div>
            <ul><li><a href="/news/4">The first most read story of the site</a></li><li><a href="/news/5">The second most read story of the site</a></li></ul>
            </div></body></html>
            """, new Uri("https://example.com/news/1")).Value;
        page.Headlines.Select(l => (l.Kind, l.Items.Count)).Should().Equal((HeadlineListKind.Related, 2), (HeadlineListKind.MostViewed, 2));
        page.Headlines[0].Items.Select(h => h.Title).Should().Equal("The first related story of the page", "The second related story of the page");
    }

    private static IReadOnlyList<Headline> RelatedItems(string items) =>
        ArticleParser.Default.Parse(RelatedPage.Replace("ITEMS", items, StringComparison.Ordinal), new Uri("https://example.com/news/1"))
            .Value.Headlines.Single(l => l.Kind == HeadlineListKind.Related).Items;

    [Fact]
    public void A_label_that_asks_for_a_click_is_no_headline_and_is_cut_before_one()
    {
        // stackoverflow.com's «Continue reading», github's «View all commits by …», standard.co.uk's «Read more …»
        // before the headline, kaieteurnewsonline.com's «> » before each.
        var items = RelatedItems("""
            <li><a href="/news/20">Continue reading</a></li>
            <li><a href="/news/21">View all commits by someone on the project</a></li>
            <li><a href="/news/22">Read more Italy and Poland at risk of being added to the list</a></li>
            <li><a href="/news/23">&gt; Coalition Govt short-changed judiciary in 2018</a></li>
            """);
        items.Select(h => h.Title).Should().Equal("Italy and Poland at risk of being added to the list", "Coalition Govt short-changed judiciary in 2018");
    }

    [Fact]
    public void Links_back_to_the_page_itself_are_no_related_headlines()
    {
        // Share buttons (WordPress "?share=", social share endpoints), comment permalinks and the article itself, in a
        // list labelled Related.
        var items = RelatedItems("""
            <li><a href="/news/1?share=twitter&nb=1">Click to share on Twitter (Opens in new window)</a></li>
            <li><a href="/news/1#comment-3090006">14.09.2022 um 21.11 Uhr geschrieben</a></li>
            <li><a href="https://example.com/news/1/">The story itself, linked from its own list</a></li>
            <li><a href="https://twitter.com/intent/tweet?text=The%20story&url=https%3A%2F%2Fexample.com%2Fnews%2F1">Share this story on Twitter</a></li>
            <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.com%2Fnews%2F1">Share this story on Facebook</a></li>
            <li><a href="/news/12345">A related story with a long enough title</a></li>
            """);
        items.Select(h => h.Url!.AbsolutePath).Should().Equal("/news/12345");
    }

    [Fact]
    public void Tag_author_and_site_pages_and_links_that_go_nowhere_are_no_headlines()
    {
        // caymancompass, citylimits, salon, bbc, viconsortium, murdeltas: a related or latest list holds the post's
        // tags, its author, the month archives, the site's legal pages and tab buttons beside the stories.
        var items = RelatedItems("""
            <li><a href="https://example.com/tag/prison-papers/">Prison Papers and the files they hold</a></li>
            <li><a href="/author//jody-macgregor/">Jody Macgregor, senior editor of the site</a></li>
            <li><a href="/news/topics/cyz0z8w0ydwt/coronavirus-pandemic">Coronavirus pandemic coverage</a></li>
            <li><a href="/category/features-columnists/freddie-kissoon/">Freddie Kissoon's column page</a></li>
            <li><a href="/pages/privacy-policy">Privacy Policy of this website</a></li>
            <li><a href="/contact/">Contact Information for readers</a></li>
            <li><a href="/cdn-cgi/l/email-protection#7a1b">[email protected] protected address</a></li>
            <li><a href="#">Log in to leave a comment</a></li>
            <li><a href="https://example.com/2015/02/">Archive of February 2015</a></li>
            <li><a href="/comments/feed/">Comments feed of the site</a></li>
            <li><a href="javascript:void(0)">More from this author and others</a></li>
            <li><a href="/news/12345">A related story with a long enough title</a></li>
            <li><a href="/2022/05/04/the-author-of-the-tag-line/">A story whose slug holds the words tag and author</a></li>
            <li><a href="/about-the-budget/news/999">A story under a path that begins with about</a></li>
            <li><a href="/1398/02/30/2015910">A story under a dated path with its number</a></li>
            """);
        items.Select(h => h.Url!.AbsolutePath).Should().Equal(
            "/news/12345", "/2022/05/04/the-author-of-the-tag-line/", "/about-the-budget/news/999", "/1398/02/30/2015910");
    }

    [Theory]
    [InlineData("/news/98030903723/کارشناسی-داوری")]
    [InlineData("/news/98030903723/%DA%A9%D8%A7%D8%B1%D8%B4%D9%86%D8%A7%D8%B3%DB%8C-%D8%AF%D8%A7%D9%88%D8%B1%DB%8C")]
    [InlineData("/news/98030903723/%da%a9%d8%a7%d8%b1%d8%b4%d9%86%d8%a7%d8%b3%db%8c-%d8%af%d8%a7%d9%88%d8%b1%db%8c")]
    public void The_article_itself_is_found_in_its_related_list_however_its_persian_address_is_written(string href)
    {
        var a = ArticleParser.Default.Parse($$"""
            <html><head><link rel="canonical" href="https://www.isna.ir/news/98030903723/کارشناسی-داوری"></head><body>
            <article><h1>کارشناسی داوری دیدار امروز</h1><p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند.</p></article>
            <section><h2>اخبار مرتبط</h2><ul>
            <li><a href="{{href}}">کارشناسی داوری دیدار سپاهان و پرسپولیس</a></li>
            <li><a href="/news/98030903722/برانکو">برانکو: باید دو بازیکن دیگر سپاهان هم اخراج می‌شدند</a></li>
            <li><a href="/news/98030903721/کی-روش">کی‌روش هافبک پرسپولیس را تهدید کرد</a></li>
            </ul></section></body></html>
            """, new Uri("https://www.isna.ir/news/98030903723/%DA%A9%D8%A7%D8%B1%D8%B4%D9%86%D8%A7%D8%B3%DB%8C-%D8%AF%D8%A7%D9%88%D8%B1%DB%8C")).Value;
        a.Headlines.Single(l => l.Kind == HeadlineListKind.Related).Items.Select(h => h.Url!.Segments[2].TrimEnd('/'))
            .Should().Equal("98030903722", "98030903721");
    }

    [Fact]
    public void A_latest_list_keeps_the_article_itself_but_not_its_share_buttons()
    {
        var lists = ArticleParser.Default.Parse("""
            <html><head><title>Story</title></head><body>
            <article><h1>The story itself</h1><p>The story's one paragraph, long enough to be the body of the page.</p></article>
            <section><h2>Latest news</h2><ul>
            <li><a href="/news/1?itm_source=parsely">The story itself, as the latest one</a></li>
            <li><a href="/news/1?share=facebook">Click to share on Facebook (Opens in new window)</a></li>
            <li><a href="/news/12345">A related story with a long enough title</a></li>
            </ul></section></body></html>
            """, new Uri("https://example.com/news/1")).Value.Headlines;
        lists.Single(l => l.Kind == HeadlineListKind.Latest).Items.Select(h => h.Url!.PathAndQuery)
            .Should().Equal("/news/1?itm_source=parsely", "/news/12345");
    }

    [Fact]
    public void A_link_around_a_block_takes_its_heading_as_the_title_without_the_date_inside_it()
    {
        // phys.org: <a><article><figcaption><h5>title</h5><p>Aug 20, 2019</p>…; dw.com: <h2>title <span class="date">…</span></h2><p>summary</p>.
        var items = RelatedItems("""
            <li><a href="/news/20190820"><article><figure><img src="/t.jpg" alt=""><figcaption><h5>Neanderthal tool-making process may have been simpler</h5>
              <div class="info"><p>Aug 20, 2019</p></div></figcaption></figure></article></a></li>
            <li><a href="/news/52051027"><div class="teaserImg"><img src="/i.jpg" alt=""></div><h2>Berlin Libya conference: A first step toward peace? <span class="date">19.01.2020</span></h2>
              <p>The German government has invited the warring parties in the North African country to the chancellery.</p></a></li>
            """);
        items.Select(h => h.Title).Should().Equal("Neanderthal tool-making process may have been simpler", "Berlin Libya conference: A first step toward peace?");
        items[1].Summary.Should().StartWith("The German government has invited");
    }

    [Fact]
    public void A_headline_date_comes_from_datetime_before_the_printed_words()
    {
        var items = RelatedItems("""
            <li><a href="/news/12345">A related story with a long enough title</a> <time datetime="2023-11-08T14:23:48Z">2 hours ago</time></li>
            <li><a href="/news/12346">Another related story with a long title</a> <time>2 hours ago</time></li>
            """);

        items.Should().HaveCount(2);
        items[0].Published.Should().Be(new DateTimeOffset(2023, 11, 8, 14, 23, 48, TimeSpan.Zero));
        items[1].Published.Should().BeNull("a relative time has no instant without the time the page was fetched");
    }

    [Fact]
    public void A_headline_shown_twice_under_one_address_is_one_item()
    {
        // The same Persian address raw and percent-encoded is one address; the same title under another is not.
        var items = RelatedItems("""
            <li><a href="/news/1/سلام">A related story with a long enough title</a></li>
            <li><a href="/news/1/%D8%B3%D9%84%D8%A7%D9%85">A related story with a long enough title</a></li>
            <li><a href="/news/2">A related story with a long enough title</a></li>
            <li><a href="/news/2">A related story with another title</a></li>
            """);

        items.Select(h => (h.Url!.AbsoluteUri, h.Title)).Should().Equal(
            ("https://example.com/news/1/%D8%B3%D9%84%D8%A7%D9%85", "A related story with a long enough title"),
            ("https://example.com/news/2", "A related story with a long enough title"),
            ("https://example.com/news/2", "A related story with another title"));
    }

    [Theory]
    [InlineData("<a href=/n>abc <b>def</b>\n ghi <i><span>jkl</span></i></a>", 12, true)]
    [InlineData("<a href=/n>abc <b>def</b>\n ghi <i><span>jk</span></i></a>", 12, false)]
    [InlineData("<a href=/n>\u00A0 <img src=x.jpg> </a>", 1, false)]
    [InlineData("<a href=/n><div><p>a long teaser paragraph that goes on and on</p></div></a>", 12, true)]
    public void A_links_text_is_counted_without_its_spaces_across_its_elements(string html, int min, bool enough)
    {
        // Only links with a headline's worth of text (12 characters besides spaces) are list items; the count stops
        // once it has that many.
        var a = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("a")!;
        NewsModel.Extraction.Headlines.HeadlineFinder.HasRawText(a, min).Should().Be(enough);
    }

    [Theory]
    [InlineData("55online-2018.html", "http://55online.ir/")]
    [InlineData("mehrnews-2011-v2.html", "http://www.mehrnews.com/fa/txtNewsView_fa.aspx")]
    public void A_Persian_homepage_gives_the_same_headlines_from_both_parsers(string file, string url)
    {
        // 55online writes some headlines with Arabic ي («فرانسويان»); the article parser normalizes a Persian page's
        // headlines, and the headline parser now does the same.
        var bytes = TestFiles.ReadBytes("persian", "lists", file);
        var lists = HeadlineParser.Default.Parse(bytes, new Uri(url)).Value;
        var article = ArticleParser.Default.Parse(bytes, new Uri(url));

        article.Diagnostics.Should().Contain(d => d.Code == "page.list");
        lists.Should().Equal(article.Value.Headlines);
    }

    [Fact]
    public void A_homepage_without_any_text_and_a_few_headlines_is_a_list_page_to_the_article_parser()
    {
        // aftabeyazd's newspaper skin: no paragraph of text, seven links to stories among the paper's page numbers.
        var bytes = TestFiles.ReadBytes("persian", "lists", "aftabeyazd-2018.html");
        var article = ArticleParser.Default.Parse(bytes);

        article.Value.Text.Should().BeEmpty();
        article.Diagnostics.Should().Contain(d => d.Code == "page.list");
        article.Value.Headlines.Should().Equal(HeadlineParser.Default.Parse(bytes).Value);
        article.Value.Headlines.SelectMany(l => l.Items).Should().HaveCount(7)
            .And.Contain(h => h.Title == "کاخ صدام دانشگاه آمریکایی میشود" && h.Url == new Uri("http://www.entekhab.ir/fa/news/399483"));

        // Four are not enough: a page whose text was not read beside a few related links is not taken for a homepage.
        var few = ListPage(" lang=\"fa\"", "خبرهای ویژه امروز کشور").Replace("<li><a href=\"/news/5\">", "<li><a>", StringComparison.Ordinal)
            .Replace("<li><a href=\"/news/6\">", "<li><a>", StringComparison.Ordinal);
        HeadlineParser.Default.Parse(few, new Uri("https://example.com/")).Value.SelectMany(l => l.Items).Count(h => h.Url is not null).Should().Be(4);
        ArticleParser.Default.Parse(few, new Uri("https://example.com/")).Diagnostics.Should().NotContain(d => d.Code == "page.list");
        ArticleParser.Default.Parse(ListPage(" lang=\"fa\"", "خبرهای ویژه امروز کشور"), new Uri("https://example.com/")).Diagnostics.Should().Contain(d => d.Code == "page.list");
    }

    [Fact]
    public void A_Persian_homepage_s_headlines_are_normalized_unless_the_caller_says_not_to()
    {
        var bytes = TestFiles.ReadBytes("persian", "lists", "55online-2018.html");
        var titles = HeadlineParser.Default.Parse(bytes).Value.SelectMany(l => l.Items).Select(h => h.Title).ToList();
        var raw = new HeadlineParser(new HeadlineParserOptions { PersianNormalization = null }).Parse(bytes).Value
            .SelectMany(l => l.Items).Select(h => h.Title).ToList();

        titles.Should().Contain("بازار خودرو ایران در استعمار فرانسویان").And.NotContain(t => t.Contains('\u064A') || t.Contains('\u0643'));
        raw.Should().Contain("بازار خودرو ایران در استعمار فرانسويان", "the page's own letters");
        raw.Count(t => t.Contains('\u064A')).Should().Be(10);
    }

    private static string ListPage(string lang, string title) =>
        $"<html{lang}><body><ul>"
        + string.Concat(Enumerable.Range(1, 6).Select(i => $"<li><a href=\"/news/{i}\">{title} {i}</a></li>"))
        + "</ul></body></html>";

    [Theory]
    [InlineData("", "خبرهاي ويژه امروز كشور", "خبرهای ویژه امروز کشور")]
    [InlineData(" lang=\"fa\"", "خبرهاي ويژه امروز كشور", "خبرهای ویژه امروز کشور")]
    [InlineData(" lang=\"en\"", "خبرهاي ويژه امروز كشور", "خبرهای ویژه امروز کشور")]
    [InlineData(" lang=\"ar\"", "أخبار اليوم في المملكة والعالم العربي", "أخبار اليوم في المملكة والعالم العربي")]
    [InlineData("", "أخبار اليوم في المملكة والعالم العربي", "أخبار اليوم في المملكة والعالم العربي")]
    [InlineData(" lang=\"fa\"", "د هېواد په ګڼو ولایتونو کې ښوونځي پرانیستل شي", "د هېواد په ګڼو ولایتونو کې ښوونځي پرانیستل شي")]
    public void Headlines_are_normalized_on_Persian_pages_only(string lang, string title, string expected)
    {
        // Persian by the tag, or by the headlines' letters when there is no tag or it names a Latin-script language;
        // Arabic and Pashto (also under a tag that says fa) keep their ي.
        var items = HeadlineParser.Default.Parse(ListPage(lang, title), new Uri("https://example.com/")).Value.SelectMany(l => l.Items).ToList();
        items.Should().NotBeEmpty();
        items.Should().OnlyContain(h => h.Title.StartsWith(expected + " ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(NewsModel.Tests.Extraction.LanguageToolsTests.Pashto, 4.5)]
    [InlineData(NewsModel.Tests.Extraction.LanguageToolsTests.Persian, 3.5)]
    [InlineData("The ministry said that the schools in the provinces of the country will be opened again next week", 0.0)]
    public void A_homepage_without_a_language_tag_takes_its_zone_from_its_letters(string headline, double offset)
    {
        // Before, every page without a tag was read as Iranian: a Pashto homepage's times an hour early, an English one's
        // three and a half hours.
        var items = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li><a href=\"/news/{i}\">{headline} {i}</a> <span class=\"date\">2024-04-03 10:3{i}</span></li>"));
        var lists = HeadlineParser.Default.Parse($"<html><body><ul>{items}</ul></body></html>", new Uri("https://example.com/")).Value;

        var published = lists.SelectMany(l => l.Items).Select(h => h.Published).ToList();
        published.Should().HaveCount(6);
        published[0].Should().Be(new DateTimeOffset(2024, 4, 3, 10, 31, 0, TimeSpan.FromHours(offset)));
        published[0]!.Value.Offset.Should().Be(TimeSpan.FromHours(offset));
    }
}
