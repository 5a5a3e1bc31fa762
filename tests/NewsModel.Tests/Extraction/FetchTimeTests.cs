namespace NewsModel.Tests.Extraction;

/// <summary>
/// Dates a page prints relative to the moment it was served («۲ ساعت پیش», "3 hours ago", «vor 8 Stunden»): read
/// against the fetch time the caller gives, never against the machine's clock.
/// </summary>
public class FetchTimeTests
{
    private static readonly DateTimeOffset Fetched = new(2024, 3, 7, 11, 0, 0, TimeSpan.Zero); // 14:30 in Tehran

    // The story in English, or in Persian on a page tagged fa (a page tagged fa over English text is English).
    private static string Article(string lang, string date) => lang == "fa"
        ? $$"""
        <html lang="fa"><body>
          <div class="story">
            <h1 class="title">شورای شهر پس از یک شب طولانی بودجه را تصویب کرد</h1>
            <div class="meta"><span class="date">{{date}}</span></div>
            <div class="text">
              <p>شورای شهر بودجه سال آینده را سه‌شنبه شب پس از بحثی که یازده ساعت طول کشید تصویب کرد.</p>
              <p>اعضای مخالف گفتند که این برنامه سهم کمی برای مدرسه‌ها در نظر گرفته و همگی به آن رأی منفی دادند.</p>
              <p>شهردار از اعضا برای کارشان تشکر کرد و گفت بودجه از فروردین اجرا خواهد شد.</p>
            </div>
          </div>
        </body></html>
        """
        : $$"""
        <html lang="{{lang}}"><body>
          <div class="story">
            <h1 class="title">The council approves the budget after a long night</h1>
            <div class="meta"><span class="date">{{date}}</span></div>
            <div class="text">
              <p>The council approved the city's budget on Tuesday night after a debate that lasted eleven hours.</p>
              <p>Members of the opposition said the plan left too little for schools, and voted against it as one.</p>
              <p>The mayor thanked the members for their work and said the budget would take effect in April.</p>
            </div>
          </div>
        </body></html>
        """;

    [Theory]
    [InlineData("de", "vor 3 Stunden", "2024-03-07T09:00:00+01:00")]
    [InlineData("de", "vor 2 Tagen", "2024-03-05T00:00:00+01:00")]
    [InlineData("en", "2 hours ago", "2024-03-07T09:00:00+00:00")]
    [InlineData("es", "hace 45 minutos", "2024-03-07T10:15:00+00:00")]
    [InlineData("fa", "۲ ساعت پیش", "2024-03-07T12:30:00+03:30")]
    [InlineData("fa", "۳ روز پیش", "2024-03-04T00:00:00+03:30")]
    public void A_relative_printed_date_is_read_against_the_fetch_time(string lang, string date, string expected)
    {
        var result = ArticleParser.Default.Parse(Article(lang, date), null, Fetched);

        result.Value.Published.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        result.Value.Published!.Value.Offset.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
        result.Value.SourceOf("published").Should().Be(FieldSource.VisibleText);
        result.Diagnostics.Should().Contain(d => d.Code == "published.relative" && d.Message.Contains(date) && d.Message.Contains("2024-03-07T11:00:00+00:00"));
    }

    [Fact]
    public void Without_a_fetch_time_a_relative_date_is_not_guessed_and_the_diagnostic_says_what_is_missing()
    {
        var result = ArticleParser.Default.Parse(Article("de", "vor 3 Stunden"));

        result.Value.Published.Should().BeNull();
        result.Diagnostics.Should().Contain(d => d.Code == "published.unreadable" && d.Message.Contains("fetchedAt"));
        result.Diagnostics.Should().NotContain(d => d.Code == "published.relative");
    }

    [Fact]
    public void An_absolute_date_beside_a_relative_one_wins()
    {
        var result = ArticleParser.Default.Parse(Article("en", "March 5, 2024 10:20 (2 days ago)"), null, Fetched);

        result.Value.Published.Should().Be(new DateTimeOffset(2024, 3, 5, 10, 20, 0, TimeSpan.Zero));
        result.Diagnostics.Should().NotContain(d => d.Code == "published.relative");
    }

    [Fact]
    public void The_comments_of_a_real_page_dated_hours_ago_get_their_instants()
    {
        // zeit.de prints each comment's time as «#1 — vor 8 Stunden».
        var html = TestFiles.ReadText("dev", "zeit.de.zugverkehr.html");

        var without = ArticleParser.Default.Parse(html).Value;
        var with = ArticleParser.Default.Parse(html, null, Fetched).Value;

        without.Comments.Should().HaveCount(6).And.OnlyContain(c => c.Published == null);
        with.Comments.Select(c => c.Text).Should().Equal(without.Comments.Select(c => c.Text));
        with.Comments.Should().OnlyContain(c => c.Published == Fetched.AddHours(-8) || c.Published == Fetched.AddHours(-7));
        with.Comments.Count(c => c.Published == Fetched.AddHours(-7)).Should().Be(1, "«#3.1 — vor 7 Stunden»");
        with.Published.Should().Be(without.Published, "the article's own date is in its metadata");
    }

    [Fact]
    public void The_headlines_of_a_real_page_dated_minutes_ago_get_their_instants()
    {
        // timesofisrael.com's sidebar dates each link «33 minutes ago», «1 hour ago», ….
        var html = TestFiles.ReadText("dev", "timesofisrael.com.washington.html");
        var url = new Uri("https://www.timesofisrael.com/state-of-washington-swears-in-first-native-american-jewish-supreme-court-justice/");

        var without = ArticleParser.Default.Parse(html, url).Value.Headlines.SelectMany(l => l.Items).ToList();
        var with = ArticleParser.Default.Parse(html, url, Fetched).Value.Headlines.SelectMany(l => l.Items).ToList();

        without.Should().OnlyContain(h => h.Published == null);
        with.Select(h => h.Url).Should().Equal(without.Select(h => h.Url));
        with.Single(h => h.Url!.AbsolutePath == "/eu-says-no-reason-to-panic-about-coronavirus-outbreak-in-europe/").Published
            .Should().Be(Fetched.AddMinutes(-33));
        with.Count(h => h.Published is not null).Should().Be(20);
        with.Where(h => h.Published is not null).Should().OnlyContain(h => h.Published <= Fetched && h.Published >= Fetched.AddDays(-1));

        var lists = HeadlineParser.Default.Parse(html, url, Fetched).Value.SelectMany(l => l.Items).ToList();
        lists.Should().Contain(h => h.Published == Fetched.AddMinutes(-33), "the headline parser takes the fetch time too");
    }

    [Fact]
    public void Bytes_and_stream_overloads_take_the_fetch_time()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Article("de", "vor 3 Stunden"));

        ArticleParser.Default.Parse(bytes, null, null, Fetched).Value.Published.Should().Be(Fetched.AddHours(-3));
        using var stream = new MemoryStream(bytes);
        ArticleParser.Default.Parse(stream, null, null, Fetched).Value.Published.Should().Be(Fetched.AddHours(-3));
        ArticleParser.Default.Parse(bytes).Value.Published.Should().BeNull();
    }

    [Fact]
    public void A_Persian_comment_dated_hours_ago_is_shown_in_Tehran_time()
    {
        const string html = """
            <html lang="fa"><body>
              <h1>شورای شهر بودجه را پس از یک شب طولانی تصویب کرد</h1>
              <div class="text">
                <p>شورای شهر سه‌شنبه شب پس از بحثی یازده ساعته بودجه شهر را تصویب کرد و شهردار از اعضا تشکر کرد.</p>
                <p>اعضای مخالف گفتند این طرح برای مدرسه‌ها سهم کمی گذاشته است و همه با هم به آن رأی منفی دادند.</p>
              </div>
              <div id="comments" class="comments">
                <div class="comment"><span class="comment-author">رضا</span><span class="comment-date">۲ ساعت پیش</span>
                  <p class="comment-text">این تصمیم درستی بود و امیدوارم اجرای آن هم به همین خوبی باشد.</p></div>
              </div>
            </body></html>
            """;

        var comment = ArticleParser.Default.Parse(html, null, Fetched).Value.Comments.Should().ContainSingle().Subject;

        comment.Published.Should().Be(Fetched.AddHours(-2));
        comment.Published!.Value.Offset.Should().Be(TimeSpan.FromHours(3.5));
        ArticleParser.Default.Parse(html).Value.Comments.Single().Published.Should().BeNull();
    }

    [Fact]
    public void A_list_item_dated_hours_ago_keeps_the_exact_date_its_title_attribute_gives()
    {
        // isna prints «۲ ساعت قبل» and keeps «پنجشنبه ۹ خرداد ۱۳۹۸ - ۰۴:۴۵» in the element's title.
        var html = TestFiles.ReadText("persian", "articles", "isna-98030903723.html");
        var url = new Uri("https://www.isna.ir/news/98030903723/");
        var fetched = new DateTimeOffset(2019, 5, 30, 6, 0, 0, TimeSpan.Zero);

        var without = ArticleParser.Default.Parse(html, url).Value.Headlines.SelectMany(l => l.Items).ToList();
        var with = ArticleParser.Default.Parse(html, url, fetched).Value.Headlines.SelectMany(l => l.Items).ToList();

        without.Count(h => h.Published is not null).Should().BeGreaterThan(10);
        with.Select(h => h.Published).Should().Equal(without.Select(h => h.Published));
    }

    private static string Ticker(params string[] times) =>
        "<html lang=\"fa\"><body><div class=\"box\"><h3>آخرین اخبار</h3><ul>"
        + string.Concat(times.Select((t, i) => $"<li><a href=\"/news/{101 + i}\">عنوان خبر شماره {i + 1} درباره رویدادهای امروز شهر</a> <span class=\"time\">{t}</span></li>"))
        + "</ul></div></body></html>";

    [Theory]
    // 11:00 UTC is 14:30 in Tehran: today's times up to then.
    [InlineData("2024-03-07T11:00:00Z", "۱۴:۳۰|۱۳:۱۵|۱۲:۰۵", "2024-03-07T14:30:00+03:30|2024-03-07T13:15:00+03:30|2024-03-07T12:05:00+03:30")]
    // 21:00 UTC is 00:30 on the 7th in Tehran: 23:50 is the evening before.
    [InlineData("2024-03-06T21:00:00Z", "۰۰:۱۰|۲۳:۵۰|۲۳:۲۰", "2024-03-07T00:10:00+03:30|2024-03-06T23:50:00+03:30|2024-03-06T23:20:00+03:30")]
    public void A_tickers_clock_times_alone_are_dated_by_the_fetch_time(string fetchedAt, string times, string expected)
    {
        var html = Ticker(times.Split('|'));
        var fetched = DateTimeOffset.Parse(fetchedAt, System.Globalization.CultureInfo.InvariantCulture);

        var items = HeadlineParser.Default.Parse(html, new Uri("https://example.ir/"), fetched).Value.Single().Items;

        items.Select(h => h.Published).Should().Equal(expected.Split('|').Select(d => (DateTimeOffset?)DateTimeOffset.Parse(d, System.Globalization.CultureInfo.InvariantCulture)));
        HeadlineParser.Default.Parse(html, new Uri("https://example.ir/")).Value.Single().Items.Should().OnlyContain(h => h.Published == null, "without a fetch time no day is known");
    }

    [Theory]
    [InlineData("۱۴:۳۰|۱۵:۴۵|۱۲:۰۵", "time")] // not in falling order: not a list of the latest news
    [InlineData("۰۵:۱۰|۰۳:۲۰|۰۲:۵۵", "video-time")] // clips' lengths
    [InlineData("۱۴:۳۰|۱۳:۱۵", "time")] // two are too few to tell
    public void Clock_times_that_do_not_run_like_a_ticker_give_no_date(string times, string cssClass)
    {
        var html = Ticker(times.Split('|')).Replace("class=\"time\"", $"class=\"{cssClass}\"", StringComparison.Ordinal);

        var items = HeadlineParser.Default.Parse(html, new Uri("https://example.ir/"), new DateTimeOffset(2024, 3, 7, 11, 0, 0, TimeSpan.Zero)).Value.Single().Items;

        items.Should().NotBeEmpty().And.OnlyContain(h => h.Published == null);
    }

    public static TheoryData<string> ExtremeFetchTimes => new()
    {
        "0001-01-01T00:00:00+00:00",
        "0001-01-01T13:59:00-14:00",
        "9999-12-31T23:59:59+00:00",
        "9999-12-31T10:00:00+14:00",
        "1825-06-01T00:00:00+03:30",
        "2220-12-31T23:00:00-05:00",
        "2024-03-31T01:30:00+00:00",
    };

    [Theory]
    [MemberData(nameof(ExtremeFetchTimes))]
    public void Any_fetch_time_gives_dates_no_later_than_itself_or_none(string at)
    {
        var fetched = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var zeit = ArticleParser.Default.Parse(TestFiles.ReadText("dev", "zeit.de.zugverkehr.html"), null, fetched).Value;
        var printed = new[] { Article("de", "vor 3 Stunden"), Article("fa", "دیروز ساعت ۲۳:۵۰"), Article("en", "2 weeks ago") }
            .Select(html => ArticleParser.Default.Parse(html, null, fetched).Value.Published);

        // Every one of these dates is relative: it is none (out of the calendar's range) or at most a day past the
        // fetch (a day's midnight in another zone), never later, and never a guess of the machine's clock.
        var dates = zeit.Comments.Select(c => c.Published).Concat(printed).Where(d => d is not null).Select(d => d!.Value).ToList();
        dates.Where(d => d > fetched.AddDays(1) || d < fetched.AddDays(-15)).Should().BeEmpty();
        var inRange = fetched.UtcDateTime.Year is > 1822 and < 2221;
        var comments = fetched.Year >= 1990 ? 6 : 0; // no comment predates the web (CommentExtractor's rule)
        dates.Should().HaveCount(inRange ? comments + 3 : 0, "the comments and three printed dates, when the fetch time is within the calendars' range");
        zeit.Comments.Should().HaveCount(6);
    }
}
