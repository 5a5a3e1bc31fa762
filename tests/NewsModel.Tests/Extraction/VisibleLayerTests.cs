namespace NewsModel.Tests.Extraction;

public class VisibleLayerTests
{
    private const string Page = """
        <html lang="fa"><body>
          <header><div class="today_date">جمعه ۲۷ ارديبهشت ۱۳۹۸</div></header>
          <div class="news">
            <div class="kicker">روتیتر خبر</div>
            <h1 class="title">عنوان اصلی خبر امروز</h1>
            <p class="lead">این لید خبر است که خلاصه‌ای از متن را می‌گوید و کمی طولانی است.</p>
            <div class="news-info"><span class="news-date">۱۲ ارديبهشت ۱۳۹۸ - ۱۶:۱۲</span><span class="news-code">کد خبر: ۶۹۱۹۱۱۹</span></div>
            <div class="byline">خبرنگار: علی رضایی</div>
            <div class="text"><p>بند نخست متن خبر که به اندازه کافی بلند است تا متن حساب شود.</p></div>
          </div>
          <div class="comments"><span class="author">کاربر ناشناس</span></div>
        </body></html>
        """;

    [Fact]
    public void Reads_kicker_lead_date_code_and_byline_beside_the_headline()
    {
        var a = ArticleParser.Default.Parse(Page).Value;
        a.Title.Should().Be("عنوان اصلی خبر امروز");
        a.Kicker.Should().Be("روتیتر خبر");
        a.Lead.Should().Be("این لید خبر است که خلاصه‌ای از متن را می‌گوید و کمی طولانی است.");
        a.Id.Should().Be("6919119");
        a.Published.Should().Be(new DateTimeOffset(2019, 5, 2, 16, 12, 0, TimeSpan.FromHours(4.5)), "the article's date, not the header's today widget");
        a.Authors.Should().Equal(new Author { Name = "علی رضایی", Role = "خبرنگار" });
        a.SourceOf("published").Should().Be(FieldSource.VisibleText);
        a.SourceOf("kicker").Should().Be(FieldSource.VisibleText);
    }

    [Theory]
    [InlineData("rotitr", "lid")]
    [InlineData("ro-titr", "news-lid")]
    [InlineData("news-rotitr", "lead")]
    [InlineData("uptitr", "lid")]
    [InlineData("ro_titr", "summary")]
    public void Reads_the_kicker_and_the_lead_by_the_names_persian_sites_give_them(string kickerClass, string leadClass)
    {
        var html = Page.Replace("class=\"kicker\"", $"class=\"{kickerClass}\"", StringComparison.Ordinal)
            .Replace("class=\"lead\"", $"class=\"{leadClass}\"", StringComparison.Ordinal);
        var a = ArticleParser.Default.Parse(html).Value;

        a.Kicker.Should().Be("روتیتر خبر");
        a.Lead.Should().Be("این لید خبر است که خلاصه‌ای از متن را می‌گوید و کمی طولانی است.");
    }

    [Theory]
    [InlineData("""<p class="teaser"><a href="/other">Another story entirely, linked from beside the headline of this one</a></p>""")]
    [InlineData("""<nav class="intro"><div class="teaser">More from the section: news, reports and interviews of the week</div></nav>""")]
    public void A_teaser_that_links_elsewhere_is_not_the_lead(string teaser)
    {
        var html = $$"""
            <html><head><meta property="og:description" content="The council approved the budget after a long debate on Tuesday."></head><body>
            <article><header><h1 class="title">Council approves the budget</h1>{{teaser}}</header>
            <div class="text"><p>The council met on Tuesday evening to discuss the new budget, which includes funding for schools.</p></div></article>
            </body></html>
            """;
        var a = ArticleParser.Default.Parse(html).Value;
        a.Lead.Should().Be("The council approved the budget after a long debate on Tuesday.");
        a.SourceOf("lead").Should().Be(FieldSource.OpenGraph);
    }

    [Fact]
    public void Only_the_header_widget_gives_no_date()
    {
        var html = Page.Replace("<span class=\"news-date\">۱۲ ارديبهشت ۱۳۹۸ - ۱۶:۱۲</span>", string.Empty, StringComparison.Ordinal);
        var r = ArticleParser.Default.Parse(html);
        r.Value.Published.Should().BeNull();
        r.Diagnostics.Should().Contain(d => d.Code == "published.missing");
    }

    [Theory]
    [InlineData("By Jane Roe", "Jane Roe", null)]
    [InlineData("نویسنده: مریم احمدی", "مریم احمدی", "نویسنده")]
    [InlineData("ترجمه: حسن کریمی", "حسن کریمی", "ترجمه")]
    [InlineData("| Autor: gnaddrig", "gnaddrig", null)]
    [InlineData("Johanna Kropfitsch Alle Artikel", "Johanna Kropfitsch", null)]
    [InlineData("Eingestellt von der Michel", "der Michel", null)]
    [InlineData("Amelie Siekmann,", "Amelie Siekmann", null)]
    [InlineData("VON <a href=\"/autoren/gathmann\">MORITZ GATHMANN</a> am 21. April 2020", "MORITZ GATHMANN", null)]
    [InlineData("Janic Cathomen, 01.12.2021", "Janic Cathomen", null)]
    [InlineData("Posted on September 21, 2020 by Adi Tzlil", "Adi Tzlil", null)]
    [InlineData("Gespeichert von rasos am 24. Juli 2017 - 18:55", "rasos", null)]
    [InlineData("Martin Junker Alles von Martin Junker Kontakt", "Martin Junker", null)]
    [InlineData("Tomas Spahn Fr, 12.03.2021", "Tomas Spahn", null)]
    public void Bylines_give_name_and_role(string byline, string name, string? role)
    {
        var a = ArticleParser.Default.Parse($"<html><body><article><h1>Headline of this story</h1><span class=\"byline\">{byline}</span><p>Body text.</p></article></body></html>").Value;
        a.Authors.Select(x => (x.Name, x.Role)).Should().Equal((name, role));
    }

    [Fact]
    public void The_byline_and_date_in_an_articles_own_header_count_and_the_pages_header_does_not()
    {
        var a = ArticleParser.Default.Parse("""
            <html><body>
            <header class="site-header"><span class="byline">Redaktionsteam Seitenkopf</span><time datetime="2024-01-01T00:00:00+01:00">1. Januar</time></header>
            <article><header class="entry-header"><h1 class="entry-title">Ein Tag aus dem Leben eines Taugenichts</h1>
            <time class="entry-date published" datetime="2019-12-22T10:59:48+00:00">22. Dezember 2019</time>
            <span class="byline author">von <a class="fn n" href="https://www.anchor.ch/author/admin/">Peter Addor</a></span></header>
            <p>Body text.</p></article></body></html>
            """, new Uri("https://www.anchor.ch/gesellschaft/taugenichts/")).Value;
        a.Authors.Should().Equal(new Author { Name = "Peter Addor", Url = new Uri("https://www.anchor.ch/author/admin/") });
        a.Published.Should().Be(new DateTimeOffset(2019, 12, 22, 10, 59, 48, TimeSpan.Zero));
    }

    [Fact]
    public void A_byline_that_is_only_a_weekday_and_a_date_names_no_one()
    {
        var a = ArticleParser.Default.Parse("<html><body><article><h1>Headline of this story</h1><span class=\"byline\">Donnerstag, 12.03.2020</span><p>Body text.</p></article></body></html>").Value;
        a.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_byline_slot_that_names_no_one_gives_way_to_the_next()
    {
        var a = ArticleParser.Default.Parse("""
            <html><body><article><h1>Headline of this story</h1>
            <span class="byline">Published by</span> <span class="author">Daniel Lemire</span><p>Body text.</p>
            </article></body></html>
            """).Value;
        a.Authors.Should().Equal(new Author { Name = "Daniel Lemire" });
    }

    [Theory]
    [InlineData("""<meta name="author" content="No Author">""")]
    [InlineData("""<meta name="author" content="Gesponserte Inhalte">""")]
    public void A_placeholder_in_the_author_field_is_no_author(string head)
    {
        var r = ArticleParser.Default.Parse($"<html><head>{head}</head><body><article><h1>Headline of this story</h1><p>Body text.</p></article></body></html>");
        r.Value.Authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("Auteur: Anna Kubišta", "Anna Kubišta")]
    [InlineData("Erstellt von Andri Bryner", "Andri Bryner")]
    [InlineData("erstellt von Dominique —", "Dominique")]
    [InlineData("durch Yirou Chen", "Yirou Chen")]
    [InlineData("责任编辑：孔德明", "孔德明")]
    [InlineData("Interview: Julia Lauter", "Julia Lauter")]
    [InlineData("About the Author - Florina Ionescu", "Florina Ionescu")]
    [InlineData("Williams Perdomo @wperdomod", "Williams Perdomo")]
    [InlineData("~ Cem Basman", "Cem Basman")]
    [InlineData("par Attac France", "Attac France")]
    [InlineData("Autor john", "john")]
    [InlineData("Di Maio", "Di Maio")]
    [InlineData("Von der Leyen", "Von der Leyen")]
    [InlineData("von Weizsäcker", "von Weizsäcker")]
    [InlineData("Autor/in: Korinna Hennig", "Korinna Hennig")]
    [InlineData("Un documentaire de Kristen Falc'hon Kristen Falc'hon", "Kristen Falc'hon")]
    [InlineData("Glen Owen And Brendan Carlin For The Mail On Sunday", "Glen Owen|Brendan Carlin")]
    [InlineData("By Glen Owen And Brendan Carlin For The Mail On Sunday", "Glen Owen|Brendan Carlin")]
    [InlineData("Sam Greenhill for MailOnline", "Sam Greenhill")]
    [InlineData("so Artikel empfehlen:", "")]
    public void Labels_and_handles_around_a_structured_author_are_removed(string field, string name)
    {
        // ndr.de, arteradio.com, dailymail.co.uk, sonntag-sachsen.de among them.
        var a = ArticleParser.Default.Parse($"<html><head><meta name=\"author\" content=\"{field}\"></head><body><article><h1>Headline of this story</h1><p>Body text.</p></article></body></html>").Value;
        a.Authors.Select(x => x.Name).Should().Equal(name.Length == 0 ? [] : name.Split('|'));
    }

    [Theory]
    [InlineData("Grant Tinsley, PhD", "CNN", new[] { "Grant Tinsley" })]
    [InlineData("Rob Picheta, CNN", "CNN", new[] { "Rob Picheta" })]
    [InlineData("Anna Roe, Berlin", "CNN", new[] { "Anna Roe, Berlin" })]
    [InlineData("Alexander Karper; LAOLA1.at", "LAOLA1", new[] { "Alexander Karper" })]
    [InlineData("finanztreff.de", "Finanztreff", new[] { "finanztreff.de" })]
    public void Degrees_the_outlet_after_a_comma_and_an_address_beside_a_name_are_not_names(string field, string siteName, string[] names)
    {
        var html = $"<html><head><meta name=\"author\" content=\"{field.Replace("; ", "\"><meta name=\"author\" content=\"", StringComparison.Ordinal)}\"><meta property=\"og:site_name\" content=\"{siteName}\"></head><body><article><h1>Headline of this story</h1><p>Body text.</p></article></body></html>";
        var a = ArticleParser.Default.Parse(html).Value;
        a.Authors.Select(x => x.Name).Should().Equal(names);
    }

    [Theory]
    [InlineData("Veröffentlicht am")]
    [InlineData("Posted on")]
    [InlineData("Datum:")]
    [InlineData("Follow")]
    [InlineData("© Getty Images")]
    [InlineData("admin")]
    [InlineData("Posted")]
    [InlineData("Article by")]
    [InlineData("Фото из Инстаграма Лукаша Подольски")]
    [InlineData("wordpressadmin |")]
    public void A_date_label_a_button_or_a_picture_credit_is_no_author(string field)
    {
        var r = ArticleParser.Default.Parse($"<html><head><meta name=\"author\" content=\"{field}\"></head><body><article><h1>Headline of this story</h1><p>Body text.</p></article></body></html>");
        r.Value.Authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("article", "Stefan Loibl")]
    [InlineData("entry-header", "Stefan Loibl")]
    [InlineData("site-header", null)]
    public void A_header_named_for_the_article_is_no_page_chrome(string headerClass, string? expected)
    {
        // bike-magazin.de: <header class="article"> holds the headline and the byline, outside any <article>.
        var a = ArticleParser.Default.Parse($"""
            <html><body><header class="{headerClass}"><h1>Strava-Karten ab sofort mit mehr Infos</h1>
            <ul class="author clipboard"><li>Stefan Loibl</li></ul></header>
            <div class="text"><p>The body of the story, long enough to be taken as the main text of this page.</p></div>
            </body></html>
            """).Value;
        a.Authors.Select(x => x.Name).Should().Equal(expected is null ? [] : [expected]);
    }

    [Theory]
    [InlineData("Von Tobias Kuske", false)]
    [InlineData("Tobias Kuske, 01.12.2021", false)]
    [InlineData("Von Tobias Kuske, Berlin", false)]
    [InlineData("Tobias Kuske: Wo sind Sie in die Europäische Union eingereist, und wann?", true)]
    public void A_byline_line_at_the_top_of_the_body_is_not_body_text(string line, bool kept)
    {
        var a = ArticleParser.Default.Parse($"""
            <html><head><meta name="author" content="Tobias Kuske"></head><body><article><h1>Headline of this story</h1>
            <div class="text"><p>{line}</p><p>The first paragraph of the story, long enough to be the body of the page, with a comma.</p>
            <p>The second paragraph of the story goes on with more text, so that the extractor takes this block.</p></div>
            </article></body></html>
            """).Value;
        a.Authors.Select(x => x.Name).Should().Equal("Tobias Kuske");
        a.Text.Contains(line, StringComparison.Ordinal).Should().Be(kept);
        a.Text.Should().Contain("The first paragraph of the story");
    }

    [Fact]
    public void A_byline_in_a_structured_author_field_is_split_into_names()
    {
        var a = ArticleParser.Default.Parse("""
            <html><body><article><h1>Headline of this story</h1>
            <span itemprop="author">By Jessica Holly, Gail Levy and 7 News WSVN</span><p>Body text.</p>
            </article></body></html>
            """).Value;
        a.Authors.Select(x => x.Name).Should().Equal("Jessica Holly", "Gail Levy", "7 News WSVN");
    }
}
