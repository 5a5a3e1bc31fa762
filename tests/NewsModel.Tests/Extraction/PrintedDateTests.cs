namespace NewsModel.Tests.Extraction;

public class PrintedDateTests
{
    private const string Body = "<p>The first paragraph of the story, long enough to be the body of the page, with a comma, and more words.</p>"
        + "<p>The second paragraph of the story goes on with more text, so that the extractor takes this block.</p>";

    private static ParseResult<Article> Parse(string afterHeadline, string head = "", string beforeHeadline = "") =>
        ArticleParser.Default.Parse($"""
            <html><head>{head}</head><body>
            {beforeHeadline}
            <div class="story"><h1>Headline of this story</h1>{afterHeadline}<div class="text">{Body}</div></div>
            </body></html>
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
    [InlineData("<div>تاریخ انتشار: ۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱</div>", "2024-03-07T14:31:00+03:30")]
    [InlineData("<div>کد خبر: ۲۱۶۰۲۶</div><div>۱۴۰۲/۱۲/۱۷ ۱۴:۳۱</div>", "2024-03-07T14:31:00+03:30")]
    [InlineData("<div>آخرین به‌روزرسانی: ۱۸ اسفند ۱۴۰۲ - ۱۰:۰۰</div>", null)]
    public void A_jalali_date_printed_under_a_persian_headline_is_read_with_tehrans_offset(string line, string? published)
    {
        var r = ArticleParser.Default.Parse($"""
            <html lang="fa" dir="rtl"><body><div class="story"><h1>عنوان خبر امروز درباره بودجه شهر</h1>{line}
            <div class="text"><p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند، و ادامه دارد.</p>
            <p>پاراگراف دوم خبر با جمله‌های بیشتر برای اینکه استخراج‌کننده این بخش را بردارد و نگه دارد.</p></div></div></body></html>
            """).Value;
        r.Published.Should().Be(published is null ? null : DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
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
    [InlineData("<p>Aktualisiert: 3. Mai 2021</p>")]
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
}
