namespace NewsModel.Tests.Extraction;

public class PrintedDateTests
{
    private const string Body = "<p>The first paragraph of the story, long enough to be the body of the page, with a comma, and more words.</p>"
        + "<p>The second paragraph of the story goes on with more text, so that the extractor takes this block.</p>";

    private static ParseResult<Article> Parse(string afterHeadline, string head = "", string beforeHeadline = "", string aboveInBox = "") =>
        ArticleParser.Default.Parse($"""
            <html><head>{head}</head><body>
            {beforeHeadline}
            <div class="story">{aboveInBox}<h1>Headline of this story</h1>{afterHeadline}<div class="text">{Body}</div></div>
            </body></html>
            """);

    private static ParseResult<Article> AfterText(string lines) => ArticleParser.Default.Parse($"""
        <html><body><div class="story"><h1>Headline of this story</h1><div class="text">{Body}</div>{lines}</div></body></html>
        """);

    [Theory]
    [InlineData("<p>Stand: 20. April 2020, 14:57 Uhr</p>", "2020-04-20T14:57:00")]
    [InlineData("<div><span>Freitag, 5. Juni 2015</span></div>", "2015-06-05T00:00:00")]
    [InlineData("<p>Posted on September 21, 2020 by <a href=\"/u/adi\">Adi Tzlil</a></p>", "2020-09-21T00:00:00")]
    [InlineData("<p>VON <a href=\"/autoren/gathmann\">MORITZ GATHMANN</a> am 21. April 2020</p>", "2020-04-21T00:00:00")]
    [InlineData("<div>Artikel</div><div>Hamburg, 2. November 2021</div>", "2021-11-02T00:00:00")]
    [InlineData("<p>Par Matthieu Hy le 07 Mai 2020</p>", "2020-05-07T00:00:00")]
    [InlineData("<div>15 августа 2016, 13:43</div>", "2016-08-15T13:43:00")]
    public void A_date_printed_in_an_unmarked_line_under_the_headline_is_the_publication_date(string line, string local)
    {
        // mdr.de, derpapierplanet.de, theperspective.com, cicero.de, jugend-forscht.de, dalloz-actualite.fr, football.ua.
        var r = Parse(line);
        r.Value.Published!.Value.DateTime.Should().Be(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));
        r.Value.Provenance.Should().ContainSingle(p => p.Field == "published").Which.Detail.Should().Be("printed date under the h1");
        r.Diagnostics.Should().Contain(d => d.Code == "published.zone-assumed", "the page gives no offset");
    }

    [Theory]
    [InlineData("<p>04.02.2022 | 13:10 Uhr</p>", "2022-02-04T13:10:00+01:00", "printed date above the h1 (the time of day of printed date beside the h1's date)")]
    [InlineData("<p>03.02.2022 | 13:10 Uhr</p>", "2022-02-04T00:00:00+01:00", "printed date beside the h1")]
    [InlineData("<p>04.02.2022</p>", "2022-02-04T00:00:00+01:00", "printed date beside the h1")]
    public void A_day_without_its_time_takes_the_time_of_a_line_of_that_day(string line, string published, string detail)
    {
        // pferd-aktuell.de: «Stand: 04.02.2022» in a box classed as a date, the time in the line over the headline.
        const string box = """<div class="lastChangeDate"><span>Stand: 04.02.2022</span></div>""";
        PublishedWithLine(line, box, "https://www.example.de/news/headline-of-this-story", published, detail);
    }

    [Theory]
    [InlineData("<p>04.02.2022 | 13:10 Uhr</p>", "2022-02-04T13:10:00+01:00", "printed date above the h1")]
    [InlineData("<p>04.02.2022</p>", "2022-02-04T00:00:00+01:00", "date in the path")]
    [InlineData("<p>05.02.2022</p>", "2022-02-04T00:00:00+01:00", "date in the path")]
    public void A_day_in_the_address_takes_only_a_time_from_the_page(string line, string published, string detail) =>
        // A printed line only adds the time of day: a day of its own does not outrank the address's (die-partei.net).
        PublishedWithLine(line, string.Empty, "https://www.example.de/2022/02/04/headline-of-this-story", published, detail);

    private static void PublishedWithLine(string line, string afterText, string url, string published, string detail)
    {
        var r = ArticleParser.Default.Parse($"""
            <html lang="de"><body><div class="story">{line}<h1>Headline of this story</h1><div class="text">{Body}</div>{afterText}</div></body></html>
            """, new Uri(url)).Value;
        r.Published.Should().Be(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        r.Provenance.Should().ContainSingle(p => p.Field == "published").Which.Detail.Should().Be(detail);
    }

    [Theory]
    // BBC Persian's line: Greenwich time before the Gregorian and the Jalali day.
    [InlineData("<div>منتشر شده: ۱۴:۵۲ گرینویچ - دوشنبه ۰۹ ژوئن ۲۰۱۴ - ۱۹ خرداد ۱۳۹۳</div>", "2014-06-09T14:52:00Z", "2014-06-09T19:22:00+04:30")]
    [InlineData("<div>تاریخ انتشار: ۱۷ اسفند ۱۴۰۲ ساعت ۱۴:۳۱ به وقت گرینویچ</div>", "2024-03-07T14:31:00Z", "2024-03-07T18:01:00+03:30")]
    [InlineData("<div>تاریخ انتشار: ۱۷ اسفند ۱۴۰۲ ساعت ۱۴:۳۱ به وقت کابل</div>", "2024-03-07T10:01:00Z", "2024-03-07T13:31:00+03:30")]
    public void A_zone_printed_after_the_time_gives_the_instant_and_the_page_keeps_its_offset(string line, string utc, string shown)
    {
        // Read in Tehran time these were 3½ hours (Greenwich) or an hour (Kabul) off; shown in the page's own offset.
        var r = ArticleParser.Default.Parse($"""
            <html lang="fa" dir="rtl"><body><div class="story"><h1>عنوان خبر امروز درباره بودجه شهر</h1>{line}
            <div class="text"><p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند، و ادامه دارد.</p>
            <p>پاراگراف دوم خبر با جمله‌های بیشتر برای اینکه استخراج‌کننده این بخش را بردارد و نگه دارد.</p></div></div></body></html>
            """);
        var published = r.Value.Published!.Value;
        published.UtcDateTime.Should().Be(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        published.Should().Be(DateTimeOffset.Parse(shown, System.Globalization.CultureInfo.InvariantCulture));
        published.Offset.Should().Be(DateTimeOffset.Parse(shown, System.Globalization.CultureInfo.InvariantCulture).Offset);
        r.Diagnostics.Should().NotContain(d => d.Code == "published.zone-assumed", "the page named its clock");
    }

    [Fact]
    public void An_update_line_in_greenwich_time_is_the_modified_instant()
    {
        // «به‌روز شده» is "updated": the page's modified time, and no publication time is made up from it.
        var r = ArticleParser.Default.Parse("""
            <html lang="fa" dir="rtl"><body><div class="story"><h1>عنوان خبر امروز درباره بودجه شهر</h1><div>به‌روز شده: ۱۴:۵۲ گرینویچ - دوشنبه ۰۹ ژوئن ۲۰۱۴ - ۱۹ خرداد ۱۳۹۳</div>
            <div class="text"><p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند، و ادامه دارد.</p>
            <p>پاراگراف دوم خبر با جمله‌های بیشتر برای اینکه استخراج‌کننده این بخش را بردارد و نگه دارد.</p></div></div></body></html>
            """).Value;
        r.Modified.Should().Be(new DateTimeOffset(2014, 6, 9, 19, 22, 0, TimeSpan.FromHours(4.5)));
        r.Modified!.Value.Offset.Should().Be(TimeSpan.FromHours(4.5));
        r.Published.Should().BeNull();
    }

    [Theory]
    [InlineData("<div>تاریخ انتشار: ۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱</div>", "2024-03-07T14:31:00+03:30")]
    [InlineData("<div>کد خبر: ۲۱۶۰۲۶</div><div>۱۴۰۲/۱۲/۱۷ ۱۴:۳۱</div>", "2024-03-07T14:31:00+03:30")]
    [InlineData("<div>آخرین به‌روزرسانی: ۱۸ اسفند ۱۴۰۲ - ۱۰:۰۰</div>", null, "2024-03-08T10:00:00+03:30")]
    [InlineData("<div>تاریخ انتشار: ۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱</div><div>تاریخ بروزرسانی: ۱۸ اسفند ۱۴۰۲ - ۱۰:۰۰</div>", "2024-03-07T14:31:00+03:30", "2024-03-08T10:00:00+03:30")]
    public void A_jalali_date_printed_under_a_persian_headline_is_read_with_tehrans_offset(string line, string? published, string? modified = null)
    {
        var r = ArticleParser.Default.Parse($"""
            <html lang="fa" dir="rtl"><body><div class="story"><h1>عنوان خبر امروز درباره بودجه شهر</h1>{line}
            <div class="text"><p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند، و ادامه دارد.</p>
            <p>پاراگراف دوم خبر با جمله‌های بیشتر برای اینکه استخراج‌کننده این بخش را بردارد و نگه دارد.</p></div></div></body></html>
            """).Value;
        r.Published.Should().Be(published is null ? null : DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        r.Modified.Should().Be(modified is null ? null : DateTimeOffset.Parse(modified, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("https://tolonews.com/fa/afghanistan-123", "2024-04-03T14:30:00+04:30")]
    [InlineData("https://tolonews.af/fa/afghanistan-123", "2024-04-03T14:30:00+04:30")]
    [InlineData(null, "2024-04-03T14:30:00+04:30")]
    public void A_date_with_afghan_month_names_is_kabul_time_on_any_host(string? url, string published)
    {
        // «۱۵ حمل ۱۴۰۳» on an Afghan site whose address does not end in .af was read at Tehran's +03:30.
        var r = ArticleParser.Default.Parse("""
            <html lang="fa" dir="rtl"><body><div class="story"><h1>عنوان خبر امروز درباره بودجه شهر کابل</h1><div>تاریخ نشر: ۱۵ حمل ۱۴۰۳ - ۱۴:۳۰</div>
            <div class="text"><p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند، و ادامه دارد.</p>
            <p>پاراگراف دوم خبر با جمله‌های بیشتر برای اینکه استخراج‌کننده این بخش را بردارد و نگه دارد.</p></div></div></body></html>
            """, url is null ? null : new Uri(url));
        r.Value.Published.Should().Be(DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        r.Value.Published!.Value.Offset.Should().Be(TimeSpan.FromHours(4.5));
        r.Diagnostics.Should().NotContain(d => d.Code == "published.zone-assumed");
    }

    private static ParseResult<Article> PersianPage(string languageTag, string dateLine) => ArticleParser.Default.Parse($"""
        <html lang="{languageTag}" dir="rtl"><body><div class="story"><h1>عنوان خبر امروز درباره بودجه شهر کابل</h1><div>{dateLine}</div>
        <div class="text"><p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند، و ادامه دارد.</p>
        <p>پاراگراف دوم خبر با جمله‌های بیشتر برای اینکه استخراج‌کننده این بخش را بردارد و نگه دارد.</p></div></div></body></html>
        """, new Uri("https://example.com/fa/news/123"));

    [Theory]
    [InlineData("fa-AF", "fa", 4.5)]
    [InlineData("fa_AF", "fa", 4.5)]
    [InlineData("prs", "prs", 4.5)]
    [InlineData("fa", "fa", 3.5)]
    [InlineData("fa-IR", "fa", 3.5)]
    public void A_language_tag_that_names_afghanistan_puts_a_numeric_jalali_date_in_kabul(string tag, string language, double offset)
    {
        // A numeric date has no month name to tell Kabul from Tehran; the page's language tag does.
        var r = PersianPage(tag, "۱۴۰۳/۰۱/۱۵ - ۱۴:۳۰");
        r.Value.Language.Should().Be(language);
        r.Value.Published.Should().Be(new DateTimeOffset(2024, 4, 3, 14, 30, 0, TimeSpan.FromHours(offset)));
        r.Value.Published!.Value.Offset.Should().Be(TimeSpan.FromHours(offset));
        r.Diagnostics.Should().NotContain(d => d.Code == "language.conflict" || d.Code == "published.zone-assumed");
    }

    [Theory]
    [InlineData("https://en.mehrnews.ir/news/1", "en", 3.5)]
    [InlineData("https://www.example.com/news/1", "en", 0.0)]
    public void An_english_edition_under_a_persian_template_is_english_and_an_iranian_address_keeps_tehrans_clock(string url, string language, double offset)
    {
        // An Iranian agency's English edition written into its Persian template: lang="fa" dir="rtl" over English text.
        var r = ArticleParser.Default.Parse("""
            <html lang="fa" dir="rtl"><head><meta property="article:published_time" content="2024-04-03T10:30:00"></head><body>
            <article><h1>Iran and Iraq sign a new agreement on the use of border rivers</h1>
            <p>The ministers of the two countries signed the agreement on Wednesday in Tehran, and they said that it is the first of its kind for the region.</p>
            <p>The agreement sets out how the water of the rivers will be shared, and it was welcomed by the farmers who have asked for it for years.</p></article></body></html>
            """, new Uri(url));

        r.Value.Language.Should().Be(language);
        r.Value.Direction.Should().Be(TextDirection.Ltr);
        r.Value.Published.Should().Be(new DateTimeOffset(2024, 4, 3, 10, 30, 0, TimeSpan.FromHours(offset)));
        r.Value.Published!.Value.Offset.Should().Be(TimeSpan.FromHours(offset));
        r.Diagnostics.Should().Contain(d => d.Code == "language.conflict");
    }

    [Fact]
    public void A_persian_page_quoting_english_keeps_its_tag()
    {
        var r = PersianPage("fa", "۱۴۰۳/۰۱/۱۵ - ۱۴:۳۰");
        r.Value.Language.Should().Be("fa");
        r.Diagnostics.Should().NotContain(d => d.Code == "language.conflict");
    }

    [Theory]
    [InlineData("۱۵ حمل ۱۴۰۳ - ۱۰:۳۰", 4.5)]
    [InlineData("۱۵ وری ۱۴۰۳ - ۱۰:۳۰", 4.5)]
    [InlineData("۱۵ فروردین ۱۴۰۳ - ۱۰:۳۰", 3.5)]
    public void A_page_that_prints_afghan_month_names_puts_its_other_zone_less_times_in_kabul(string dateLine, double offset)
    {
        // A .com address and lang="fa", so only the printed date says Afghanistan; the JSON-LD dateModified has no offset.
        var r = ArticleParser.Default.Parse($"""
            <html lang="fa" dir="rtl"><head><script type="application/ld+json">{"{"}"@type":"NewsArticle","dateModified":"2024-04-04T09:00:00"{"}"}</script></head>
            <body><div class="story"><h1>عنوان خبر امروز درباره بودجه شهر کابل</h1><div>{dateLine}</div>
            <div class="text"><p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند، و ادامه دارد.</p>
            <p>پاراگراف دوم خبر با جمله‌های بیشتر برای اینکه استخراج‌کننده این بخش را بردارد و نگه دارد.</p></div></div></body></html>
            """, new Uri("https://example.com/fa/news/123"));

        r.Value.Published.Should().Be(new DateTimeOffset(2024, 4, 3, 10, 30, 0, TimeSpan.FromHours(offset)));
        r.Value.Modified.Should().Be(new DateTimeOffset(2024, 4, 4, 9, 0, 0, TimeSpan.FromHours(offset)));
        r.Value.Modified!.Value.Offset.Should().Be(TimeSpan.FromHours(offset));
    }

    [Theory]
    [InlineData("<p>Aktualisiert: 3. Mai 2021</p>", null, "2021-05-03T00:00:00")]
    [InlineData("<p>Veröffentlicht am 1. Februar 2020, aktualisiert am 3. Februar 2020</p>", "2020-02-01T00:00:00", "2020-02-03T00:00:00")]
    [InlineData("<p>Published June 3, 2020</p><p>Last updated: June 5, 2020</p>", "2020-06-03T00:00:00", "2020-06-05T00:00:00")]
    [InlineData("<p>Last updated:</p><p>June 5, 2020</p>", null, "2020-06-05T00:00:00")]
    [InlineData("<p>12.03.2019 14:05 Uhr, zuletzt aktualisiert</p>", null, "2019-03-12T14:05:00")]
    [InlineData("<div><small>postado em 04/05/2022 05:49\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t/ atualizado em 04/05/2022 05:50</small></div>", "2022-05-04T05:49:00", "2022-05-04T05:50:00")]
    public void An_update_date_printed_under_the_headline_is_the_modified_date(string line, string? published, string modified)
    {
        // pronats.de, a «Veröffentlicht …, aktualisiert …» line, a label on a line of its own, a label after the date,
        // and correiobraziliense (a template's run of tabs inside the line).
        var r = Parse(line);
        r.Value.Published?.DateTime.Should().Be(published is null ? null : DateTime.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        (r.Value.Published is null).Should().Be(published is null);

        r.Value.Modified!.Value.DateTime.Should().Be(DateTime.Parse(modified, System.Globalization.CultureInfo.InvariantCulture));
        r.Value.Provenance.Should().ContainSingle(p => p.Field == "modified").Which.Detail.Should().Be("printed update date under the h1");
    }

    [Fact]
    public void A_long_teaser_heading_under_the_headline_does_not_end_the_walk()
    {
        // correiobraziliense: an h2 of 215 characters between the h1 and the byline's dates.
        var teaser = "<h2>" + string.Join(' ', Enumerable.Repeat("Presidentes do Supremo e do Senado tentam distensionar a República.", 4)) + "</h2>";
        Parse(teaser + "<div><small>postado em 04/05/2022 05:49</small></div>").Value.Published!.Value.DateTime
            .Should().Be(new DateTime(2022, 5, 4, 5, 49, 0));
        Parse(teaser.Replace("h2>", "p>", StringComparison.Ordinal) + "<div><small>postado em 04/05/2022 05:49</small></div>").Value.Published
            .Should().BeNull("a paragraph that long is the text begun");
    }

    [Fact]
    public void An_update_time_element_gives_its_exact_instant_and_a_theme_s_repeated_published_time_is_no_update()
    {
        static Article WithTimes(string times) => ArticleParser.Default.Parse($"""
            <html><body><header class="entry-header"><h1 class="entry-title">Headline of this story</h1><div class="entry-meta">{times}</div></header>
            <div class="text">{Body}</div></body></html>
            """).Value;

        // auto-motor.at: the hidden "updated" time of a WordPress theme, later than the published one.
        var later = WithTimes("""<time class="entry-date published" datetime="2021-11-04T02:00:00+01:00">4. November 2021</time><time class="updated hidden" datetime="2021-11-04T16:53:50+01:00">4. November 2021</time>""");
        later.Published.Should().Be(new DateTimeOffset(2021, 11, 4, 2, 0, 0, TimeSpan.FromHours(1)));
        later.Modified.Should().Be(new DateTimeOffset(2021, 11, 4, 16, 53, 50, TimeSpan.FromHours(1)));

        // The same instant twice, the published one read from JSON-LD in another offset: no update.
        var same = ArticleParser.Default.Parse($"""
            <html><head><script type="application/ld+json">{"{"}"@type":"BlogPosting","headline":"Headline of this story","datePublished":"2019-10-18T12:17:42+00:00"{"}"}</script></head>
            <body><div class="post"><h1>Headline of this story</h1><time class=published datetime="2019-10-18 14:17:42">18. Oktober 2019</time>
            <time style=display:none class=updated datetime="2019-10-18 14:17:42">18. Oktober 2019</time><div class="text">{Body}</div></div></body></html>
            """).Value;
        same.Modified.Should().BeNull();
    }

    [Theory]
    [InlineData("<p>Actualizado 27/04/2022 00:00 Creado 27/04/2022 00:00</p>", "", null)]
    [InlineData("<p>Aktualisiert am 28.01.2020 - 15:49</p>", """<meta property="article:published_time" content="2020-01-28T15:49:07+01:00">""", null)]
    [InlineData("<p>Aktualisiert am 28.01.2020 - 15:49</p>", """<meta property="article:modified_time" content="2020-01-29T08:00:00+01:00">""", "2020-01-29T08:00:00+01:00")]
    [InlineData("<p>Aktualisiert am 29.01.2020 - 08:15</p>", """<meta property="article:published_time" content="2020-01-28T15:49:07+01:00">""", "2020-01-29T08:15:00+01:00")]
    public void A_printed_update_no_later_than_the_publication_is_dropped_and_metadata_wins(string line, string head, string? modified)
    {
        // laestrella.com.pa, faz.net.
        Parse(line, head).Value.Modified.Should().Be(modified is null ? null : DateTimeOffset.Parse(modified, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_permalinks_time_element_gives_its_exact_instant()
    {
        // dobszay.ch: «Posted on <a rel="bookmark"><time datetime="…+02:00">Freitag, 15. April 2016</time></a>».
        var r = Parse("""<span class="posted-on">Posted on <a href="/2016-04-15/x/" rel="bookmark"><time class="entry-date published" datetime="2016-04-15T08:12:12+02:00">Freitag, 15. April 2016</time></a></span>""");
        r.Value.Published.Should().Be(new DateTimeOffset(2016, 4, 15, 8, 12, 12, TimeSpan.FromHours(2)));

        // seglerblog (hestia theme): the h1, byline and date sit in the page's <header> over a picture, the date a
        // «<time class="… updated published">»; a time only "updated" is not the publication's.
        static Article InPageHeader(string line) => ArticleParser.Default.Parse($"""
            <html><body><header class="page-header"><h1 class="entry-title">Headline of this story</h1>{line}</header>
            <div class="text">{Body}</div></body></html>
            """).Value;
        InPageHeader("""<h4>Veröffentlicht von <a href="/author/x/">SeglerBlog</a> am <time class="date updated published" datetime="2020-02-23T10:07:02+01:00">23. Februar 2020</time></h4>""")
            .Published.Should().Be(new DateTimeOffset(2020, 2, 23, 10, 7, 2, TimeSpan.FromHours(1)));
        InPageHeader("""<p>Zuletzt <time class="date updated" datetime="2020-02-24T10:07:02+01:00">24. Februar 2020</time></p>""")
            .Published.Should().BeNull();
    }

    [Theory]
    [InlineData("<p>Der Bau des damals modernsten Studiokomplexes Deutschlands war am 21. August 1948 erfolgt, und seither wurde dort gedreht.</p>")]
    [InlineData("<p>Deadline: 15. März 2020</p>")]
    [InlineData("<dl><dt>Release:</dt><dd>14.11.2019</dd></dl>")]
    [InlineData("<p>Ausstellung Palais Epstein Wien 9-23 Feb 2017</p>")]
    [InlineData("<ul><li><a href=\"/12m-12-mai-2012/\">12M – 12. Mai 2012</a></li></ul>")]
    [InlineData("<div class=\"current-date\">Tuesday, April 26, 2022</div>")]
    [InlineData("<p>Aktuelle Zeit: 14.10.2020, 12:18</p>")]
    [InlineData("<p>Beginn: 13. Mai 2012 11:00</p>")]
    [InlineData("<dl><dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl>")]
    [InlineData("<div><span class=\"label\"><img src=\"/i/c197.png\" alt=\"Anmeldedatum\"></span> 26.10.13<br></div>")]
    public void Prose_deadlines_release_days_periods_other_posts_and_todays_date_are_no_publication_date(string line)
    {
        Parse(line).Value.Published.Should().BeNull();
    }

    [Fact]
    public void A_date_above_the_headline_or_after_the_text_is_not_read_and_metadata_wins()
    {
        Parse("", beforeHeadline: "<p>20. April 2020</p>").Value.Published.Should().BeNull();
        ArticleParser.Default.Parse($"""
            <html><body><div class="story"><h1>Headline of this story</h1><div class="text">{Body}</div><p>20. April 2020</p></div></body></html>
            """).Value.Published.Should().BeNull();
        Parse("<p>20. April 2020</p>", head: """<meta property="article:published_time" content="2020-04-19T08:00:00+02:00">""")
            .Value.Published.Should().Be(new DateTimeOffset(2020, 4, 19, 8, 0, 0, TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData("<div class=\"meta\"><span>Datum:</span> <span>03.11.2021</span> <span>Autor:</span> <span>Peter Maahn</span></div>", "2021-11-03T00:00:00")]
    [InlineData("<p>Rubrik: Schwangerschaft</p><p>Erscheinungsdatum: 07.02.2022</p>", "2022-02-07T00:00:00")]
    [InlineData("<ul><li><strong>Date</strong> 23.05.2011</li><li><strong>Permalien</strong> https://p.dw.com/p/RPYx</li></ul>", "2011-05-23T00:00:00")]
    [InlineData("<p>erstellt von <a href=\"/autor/dominique\">Dominique</a> — veröffentlicht 28.01.2022 06:00</p>", "2022-01-28T06:00:00")]
    public void A_date_its_label_names_as_the_publications_is_read_after_the_text(string lines, string local)
    {
        // autohaus.de, dhz-online.de, dw.com, gay.ch: the meta box comes after the lead and the first paragraphs.
        var r = AfterText(lines);
        r.Value.Published!.Value.DateTime.Should().Be(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));
        r.Value.Provenance.Should().ContainSingle(p => p.Field == "published").Which.Detail.Should().Be("labelled date after the text");
    }

    [Fact]
    public void After_the_text_an_unlabelled_date_or_one_in_the_comments_is_not_read_but_a_labelled_update_is()
    {
        AfterText("<p>20. April 2020</p>").Value.Published.Should().BeNull();
        AfterText("<p>Termin: 20. April 2020</p>").Value.Published.Should().BeNull();
        AfterText("<div class=\"comments\"><p>Datum: 20.04.2020</p></div>").Value.Published.Should().BeNull();

        // gipfelbuch.ch: «Letzte Änderung: 14.01.2022 um 09:25» under the text.
        var update = AfterText("<p>Letzte Änderung: 14.01.2022 um 09:25</p>").Value;
        update.Modified!.Value.DateTime.Should().Be(new DateTime(2022, 1, 14, 9, 25, 0));
        update.Published.Should().BeNull();
        update.Provenance.Should().ContainSingle(p => p.Field == "modified").Which.Detail.Should().Be("labelled update date after the text");
    }

    [Theory]
    [InlineData("<div class=\"topline\"><a href=\"/newsroom\">Zurück zum Newsroom</a><span>06.12.2022</span></div>", "2022-12-06T00:00:00")]
    [InlineData("<p class=\"category\">24. April 2020 | <a href=\"/presse\">Pressemitteilungen</a></p>", "2020-04-24T00:00:00")]
    [InlineData("<div class=\"meta\"><span>Thema des Tages //</span> <span>02.11.2021</span></div>", "2021-11-02T00:00:00")]
    public void A_date_printed_just_above_the_headline_in_its_own_box_is_the_publication_date(string above, string local)
    {
        // enwb.com, bdzv.de, cducsu.de.
        var r = Parse("", aboveInBox: above);
        r.Value.Published!.Value.DateTime.Should().Be(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));
        r.Value.Provenance.Should().ContainSingle(p => p.Field == "published").Which.Detail.Should().Be("printed date above the h1");
    }

    [Fact]
    public void A_caption_that_holds_the_headline_is_the_articles_header()
    {
        // liquimoly-hbl.de: «div.aufmacher > figcaption» holds the date line and the h1 over the opening picture.
        var r = ArticleParser.Default.Parse($"""
            <html><body><div class="aufmacher"><img src="/a.jpg" alt=""><figcaption><small>31.01.2022  2. HBL</small>
            <h1>Headline of this story</h1></figcaption></div><div class="text">{Body}</div></body></html>
            """).Value;
        r.Published!.Value.DateTime.Should().Be(new DateTime(2022, 1, 31));
        r.Provenance.Should().ContainSingle(p => p.Field == "published").Which.Detail.Should().Be("printed date above the h1");
    }

    [Fact]
    public void A_date_above_the_headline_behind_a_paragraph_or_naming_an_update_is_not_the_publication_date()
    {
        Parse("", aboveInBox: "<p>06.12.2022</p><p>A paragraph of the box between the date and the headline, longer than a label or a date line.</p>")
            .Value.Published.Should().BeNull();
        var update = Parse("", aboveInBox: "<p>Aktualisiert: 06.12.2022</p>").Value;
        update.Published.Should().BeNull();
        update.Modified.Should().BeNull();

        // Under the headline a date wins over one above it.
        Parse("<p>Stand: 7. Dezember 2022</p>", aboveInBox: "<p>06.12.2022</p>").Value.Published!.Value.Day.Should().Be(7);
    }

    [Theory]
    [InlineData("<p>Karlsruhe, (12.11.2021). Traditionell gedenken evangelische Christinnen und Christen am Ewigkeitssonntag der Verstorbenen.</p>", "2021-11-12T00:00:00")]
    [InlineData("<p>29.11.2022 – Mehrfach und vehement hatte die Erneuerbaren-Branche die Nachteile des vorgesehenen Gesetzes dargelegt.</p>", "2022-11-29T00:00:00")]
    [InlineData("<p>Bern, 17.08.2007 - Rede von Moritz Leuenberger, Vorsteher des Departements für Umwelt, Verkehr, Energie und Kommunikation.</p>", "2007-08-17T00:00:00")]
    [InlineData("<p>Am 12.11.2021, so heißt es im Bericht der Behörde, wurden die Daten erstmals veröffentlicht und ausgewertet.</p>", null)]
    [InlineData("<p>12.11.2021 war ein Tag, an dem viele Menschen in der ganzen Stadt auf die Straße gingen, um zu demonstrieren.</p>", null)]
    [InlineData("<p>Berlin, 21. August 1948. Die Stadt ist geteilt, und die Versorgung der Westsektoren läuft über die Luftbrücke.</p>", null)]
    public void A_dateline_that_opens_the_text_is_the_publication_date(string paragraph, string? local)
    {
        // ekiba.de, energiezukunft.eu, wbf.admin.ch; a date in the first sentence, one without a mark after it and a
        // historic one are no dateline.
        var r = Parse(paragraph);
        r.Value.Published?.DateTime.Should().Be(local is null ? null : DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));
        (r.Value.Published is null).Should().Be(local is null);
        if (local is not null)
        {
            r.Value.Provenance.Should().ContainSingle(p => p.Field == "published").Which.Detail.Should().Be("dateline of the text");
        }
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"1970-01-01T01:00:00+01:00","dateModified":"1970-01-01T01:00:00+01:00"}</script>""")]
    [InlineData("""<meta property="article:published_time" content="1970-01-01T00:00:00Z"><meta property="article:modified_time" content="0001-01-01T00:00:00">""")]
    [InlineData("""<meta property="article:published_time" content="0"><meta property="article:modified_time" content="1900-01-01 00:00">""")]
    public void An_empty_timestamps_placeholder_is_no_date_and_the_printed_one_is_read(string head)
    {
        // portalspozywczy.pl: JSON-LD dates of the Unix epoch; the page prints «Data: 28-04-2021, 09:29».
        var r = Parse("<p>Data: 28-04-2021, 09:29</p>", head);
        r.Value.Published!.Value.DateTime.Should().Be(new DateTime(2021, 4, 28, 9, 29, 0));
        r.Value.Modified.Should().BeNull();
        r.Diagnostics.Should().Contain(d => d.Code == "modified.placeholder" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void A_time_element_of_a_teaser_for_another_post_is_not_the_articles_but_one_under_a_title_linked_to_itself_is()
    {
        // limespace.de (WordPress, Hueman theme): the related posts' «h4.post-title > a» over «time.published.updated».
        const string Canonical = """<link rel="canonical" href="https://example.org/2019/10/22/story/">""";
        var teaser = ArticleParser.Default.Parse($"""
            <html><head>{Canonical}</head><body><div class="story"><h1>Headline of this story</h1><div class="text">{Body}</div></div>
            <ul class="related"><li><div class="post-inner"><h4 class="post-title"><a href="https://example.org/2009/04/11/other/">Entwickler Workstations</a></h4>
            <div class="post-meta"><p class="post-date"><time class="published updated" datetime="2009-04-11 18:06:36">11. April 2009</time></p></div></div></li></ul>
            </body></html>
            """).Value;
        teaser.Modified.Should().BeNull();
        teaser.Published!.Value.Year.Should().Be(2019, "the date in the canonical address is the post's, not the teaser's 2009");

        // An older theme's post title is a link to the post itself.
        var own = ArticleParser.Default.Parse($"""
            <html><head>{Canonical}</head><body><div class="post"><h2 class="entry-title"><a href="https://www.example.org/2019/10/22/story/">Headline of this story</a></h2>
            <time class="published" datetime="2019-10-22T10:00:00+02:00">22. Oktober 2019</time><div class="text">{Body}</div></div></body></html>
            """).Value;
        own.Published.Should().Be(new DateTimeOffset(2019, 10, 22, 10, 0, 0, TimeSpan.FromHours(2)));

        // The same with a relative link, on a page read without its address: resolved against the canonical one.
        var relative = ArticleParser.Default.Parse($"""
            <html><head>{Canonical}</head><body><div class="post"><h2 class="entry-title"><a href="/2019/10/22/story/">Headline of this story</a></h2>
            <time class="published" datetime="2019-10-22T10:00:00+02:00">22. Oktober 2019</time><div class="text">{Body}</div></div></body></html>
            """).Value;
        relative.Published.Should().Be(new DateTimeOffset(2019, 10, 22, 10, 0, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_two_digit_year_first_is_a_jalali_year_on_a_persian_page_only()
    {
        static Article Page(string lang, string line, string body = Body) => ArticleParser.Default.Parse($"""
            <html lang="{lang}"><body><div class="story"><h1>Headline of this story</h1><p>{line}</p><div class="text">{body}</div></div></body></html>
            """).Value;

        // An English forum's «26/10/13, 03:48 pm» is day, month, year: not 1426/10/13 (2048).
        Page("en", "26/10/13, 03:48 pm").Published.Should().BeNull();
        Page("fa", "۰۲/۱۲/۱۷ - ۱۴:۳۱", "<p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند، و ادامه دارد.</p><p>پاراگراف دوم خبر با جمله‌های بیشتر برای اینکه استخراج‌کننده این بخش را بردارد و نگه دارد.</p>")
            .Published.Should().Be(new DateTimeOffset(2024, 3, 7, 14, 31, 0, TimeSpan.FromHours(3.5)));
    }

    [Fact]
    public void On_a_page_without_h1_the_heading_that_is_the_metadata_title_is_the_headline_the_dates_are_read_beside()
    {
        // everardoherrera.com (Joomla): «article.item-page > h2» and «dd.published».
        static Article Joomla(string heading) => ArticleParser.Default.Parse($"""
            <html><head><meta property="og:title" content="Everardo Herrera ratifica su gran momento"></head><body>
            <div class="item-page"><h2>{heading}</h2><dl class="article-info"><dd class="published">Publicado: Jueves, 21 Abril 2022 04:45</dd></dl>
            <div class="text">{Body}</div></div></body></html>
            """).Value;
        Joomla("Everardo Herrera ratifica su gran momento").Published!.Value.DateTime.Should().Be(new DateTime(2022, 4, 21, 4, 45, 0));
        Joomla("Detalles del torneo").Published.Should().BeNull("a heading that is not the title is no headline");

        // achgut.com: the h2 opens the main text; the byline and date are in the box above it.
        var achgut = ArticleParser.Default.Parse($"""
            <html><head><meta property="og:title" content="Bericht zur Coronalage vom 22.04.2020"></head><body>
            <div class="beitrag"><div class="teaser_text_meta"><a href="/autor/frank_g">Gunter Frank</a> / 22.04.2020 / 06:15</div>
            <div class="text"><h2>Bericht zur Coronalage vom 22.04.2020</h2>{Body}</div></div></body></html>
            """, new Uri("https://www.achgut.com/artikel/bericht")).Value;
        achgut.Authors.Should().ContainSingle().Which.Name.Should().Be("Gunter Frank");
        achgut.Published!.Value.DateTime.Should().Be(new DateTime(2020, 4, 22, 6, 15, 0));
    }

    [Fact]
    public void An_articles_own_meta_aside_gives_its_time_but_a_sidebar_widget_does_not()
    {
        // alpin.de, hpd.de: «article > … > aside.meta» holds the date (on hpd.de a comment's time came first).
        static Article Page(string aside) => ArticleParser.Default.Parse($"""
            <html><body><article><header><h1>Headline of this story</h1></header>
            <div class="wrap">{aside}<div class="text">{Body}</div></div></article></body></html>
            """).Value;
        Page("""<aside class="meta"><time class="meta__label" datetime="2022-01-21T13:30:00+01:00">21.01.2022 - 13:30</time></aside>""")
            .Published.Should().Be(new DateTimeOffset(2022, 1, 21, 13, 30, 0, TimeSpan.FromHours(1)));
        Page("""<aside class="widget widget_meta"><time datetime="2022-01-21T13:30:00+01:00">Anmelden</time></aside>""")
            .Published.Should().BeNull();
    }

    [Fact]
    public void A_readers_comment_time_is_not_the_articles()
    {
        // kochbar.de, simplyscience.ch: the first <time datetime> on the page was a comment's, years after the post.
        var a = ArticleParser.Default.Parse($"""
            <html><body><div class="story"><h1>Headline of this story</h1><p>von Marianne1 am 20.09.2020</p><div class="text">{Body}</div></div>
            <div class="comment-box"><p>Nicolai11 schrieb:</p><time datetime="2020-09-23T18:19:06+02:00">23.09.2020</time><p>Sehr gut!</p></div></body></html>
            """).Value;
        a.Published!.Value.DateTime.Should().Be(new DateTime(2020, 9, 20));
    }

    [Fact]
    public void A_meta_date_dates_the_page_only_when_nothing_else_does()
    {
        // deutschlandfunk.de: «meta name="date"» and no other date; alpin.de: a meta date five days after its printed one.
        const string Head = """<meta name="date" content="2017-05-01T17:05:00+0200">""";
        var only = Parse("", Head).Value;
        only.Published.Should().Be(new DateTimeOffset(2017, 5, 1, 17, 5, 0, TimeSpan.FromHours(2)));
        only.Provenance.Should().ContainSingle(p => p.Field == "published").Which.Detail.Should().Be("date");
        Parse("<p>Stand: 26. April 2017</p>", Head).Value.Published!.Value.Day.Should().Be(26);
    }

    [Theory]
    [InlineData("23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln", "Dorothea Wierer darf beim Antholz-Abschluss noch jubeln", "2022-01-23")]
    [InlineData("2022: Das Jahr der Entscheidung für die Region", "2022: Das Jahr der Entscheidung für die Region", null)]
    [InlineData("Am 23.01.2022 - Dorothea Wierer jubelt in Antholz", "Am 23.01.2022 - Dorothea Wierer jubelt in Antholz", null)]
    public void A_date_before_the_headline_in_the_h1_is_the_articles_date_not_its_title(string h1, string title, string? published)
    {
        // biathlon-antholz.it: «<h1>23.01.2022 - Dorothea Wierer darf …</h1>».
        var a = ArticleParser.Default.Parse($"""
            <html><body><div class="story"><h1>{h1}</h1><div class="text">{Body}</div></div></body></html>
            """).Value;
        a.Title.Should().Be(title);
        a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(published);
        (a.Published is null).Should().Be(published is null);
    }

    [Fact]
    public void A_long_lead_named_for_a_lead_does_not_end_the_walk_but_a_long_paragraph_does()
    {
        // rnz.de: a lead of 250 letters in «div.article__intro» over «12.10.2015, 19:16 Uhr».
        var lead = string.Join(' ', Enumerable.Repeat("Der Satiriker sprach lange über die Zeitung, die Stadt und die Leser.", 4));
        Parse($"""<div class="article__intro"><p>{lead}</p></div><p>12.10.2015, 19:16 Uhr</p>""").Value.Published!.Value.DateTime
            .Should().Be(new DateTime(2015, 10, 12, 19, 16, 0));
        Parse($"""<div class="column"><p>{lead}</p></div><p>12.10.2015, 19:16 Uhr</p>""").Value.Published
            .Should().BeNull("a paragraph that long, not named for a lead, is the text begun");
    }
}
