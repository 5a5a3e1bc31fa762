namespace NewsModel.Tests.Extraction;

public class LabelledBylineTests
{
    private const string Body = "<p>The first paragraph of the story, long enough to be the body of the page, with a comma, and more words.</p>"
        + "<p>The second paragraph of the story goes on with more text, so that the extractor takes this block.</p>";

    private static ParseResult<Article> Parse(string beforeHeadline, string afterHeadline, string head = "") =>
        ArticleParser.Default.Parse($"""
            <html><head>{head}</head><body>
            <div class="sidebar">{beforeHeadline}</div>
            <div class="story"><h1>Headline of this story</h1>{afterHeadline}<div class="text">{Body}</div></div>
            </body></html>
            """);

    [Theory]
    [InlineData("""<div class="info"><span class="label">Autor:</span> Fritz Imhof<br><span class="label">Quelle:</span> Livenet</div>""", "Fritz Imhof")]
    [InlineData("""<div class="meta"><h4 class="meta-title">Autor</h4><p class="meta-text"><a href="/profil/nikolai-huke">Nikolai Huke</a></p></div>""", "Nikolai Huke")]
    [InlineData("""<p> von <em>Klaus Stanjek</em></p>""", "Klaus Stanjek")]
    [InlineData("""<div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>""", "Pamela Sladky")]
    [InlineData("""<address>By <a href="/author/tanderson/"> Tim Anderson </a></address>""", "Tim Anderson")]
    [InlineData("""<p><strong>By Nada Tawfik, BBC News, New York </strong></p>""", "Nada Tawfik")]
    [InlineData("""<span class="postdata">Posted by Konstantin</span>""", "Konstantin")]
    [InlineData("""<div class="info"><span class="x">05.02.2020</span> <span>- Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</span></div>""", "Eberhard Fuhr")]
    [InlineData("""<div class="tiyi"><a href="#">【纠错】</a> 责任编辑： 焦鹏 </div>""", "焦鹏")]
    [InlineData("""<div class="timedata">05.02.2020 <span>-&nbsp;Redaktion: Eberhard Fuhr</span></div>""", "Eberhard Fuhr")]
    [InlineData("""<p class="postmetadata">Von R. R. am <a href="/2014/02/26/">26. Februar 2014</a></p>""", "R. R.")]
    [InlineData("""<p>Blog Beitrag von Margarita Koreneva</p>""", "Margarita Koreneva")]
    [InlineData("""<div class="col-md-4"> <h5 class="title-inline">Datum: </h5>03.11.2021 <br> <h5 class="title-inline">Autor: </h5>Peter Maahn/SP-X </div>""", "Peter Maahn")]
    [InlineData("""<p>Von Anna Roe / dpa</p>""", "Anna Roe")]
    [InlineData("""<div class="submitted">Gespeichert von <span class="username">Hans Maier</span> am 24. Juli 2017 - 18:55</div>""", "Hans Maier")]
    [InlineData("""<div class="submitted">Submitted by Jane Doe on 3 May 2021</div>""", "Jane Doe")]
    [InlineData("""<p>Publié par Marie Curie</p>""", "Marie Curie")]
    [InlineData("""<p><em>Text von Christian Seiler Illustration von Markus Roost</em></p>""", "Christian Seiler")]
    [InlineData("""<p>Text von Jane Doe Photos by John Roe</p>""", "Jane Doe")]
    public void A_byline_marked_only_by_its_words_is_read(string byline, string name)
    {
        var r = Parse("", byline);
        r.Value.Authors.Select(a => a.Name).Should().Equal(name);
        r.Value.Provenance.Should().ContainSingle(p => p.Field == "authors").Which.Detail.Should().Be("labelled byline");
    }

    // A Persian article: the lines under the headline, the body after them.
    private static Article ParsePersian(string afterHeadline) =>
        ArticleParser.Default.Parse($"""
            <html lang="fa" dir="rtl"><head><title>عنوان خبر آزمایشی - سایت خبری</title></head><body><article>
            <h1>عنوان خبر آزمایشی</h1>{afterHeadline}
            <div class="body"><p>به گزارش سایت خبری، این یک پاراگراف نسبتا طولانی است که برای آزمایش نوشته شده و باید در متن بماند.</p>
            <p>پاراگراف دوم خبر نیز به اندازه کافی طولانی است تا به عنوان متن شناخته شود و در بدنه خبر قرار گیرد.</p></div>
            </article></body></html>
            """).Value;

    [Theory]
    [InlineData("<p>تهیه و تنظیم: علی رضایی</p>", "علی رضایی", "تهیه و تنظیم")]
    [InlineData("<p>خبرنگار: مریم حسینی‌نژاد</p>", "مریم حسینی‌نژاد", "خبرنگار")]
    [InlineData("<p>نویسنده: علی رضایی و مریم احمدی</p>", "علی رضایی|مریم احمدی", "نویسنده")]
    [InlineData("<p>به قلم علی رضایی</p>", "علی رضایی", null)]
    [InlineData("<p class=\"author\">تهیه و تنظیم: علی رضایی</p>", "علی رضایی", "تهیه و تنظیم")]
    [InlineData("<p class=\"author\">نگارش: علی رضایی</p>", "علی رضایی", "نگارش")]
    public void A_persian_byline_gives_the_writers_and_their_role(string byline, string names, string? role)
    {
        // «تهیه و تنظیم» (prepared by) is one role: «تهیه» alone left «و تنظیم: …» as the name.
        var a = ParsePersian(byline);
        a.Authors.Should().Equal(names.Split('|').Select(n => new Author { Name = n, Role = role }));
    }

    [Theory]
    [InlineData("<p>ترجمه: در این گزارش از منابع خارجی</p>")]
    [InlineData("<p>گزارش: وضعیت بازار امروز</p>")]
    [InlineData("<p>خبرنگار: ۱۲ نفر</p>")]
    public void A_persian_label_before_words_that_are_no_name_gives_no_writer(string line) =>
        ParsePersian(line).Authors.Should().BeEmpty();

    [Theory]
    [InlineData("<p><b>پایان خبر</b></p>")]
    [InlineData("<p><strong>علی رضایی</strong></p>")]
    public void Two_bold_persian_words_closing_the_text_are_no_signature(string closing)
    {
        // Without capitals «پایان خبر» (end of the story) looks like a name as much as «علی رضایی» does: a Persian
        // page's writer comes from a labelled line only.
        var a = ArticleParser.Default.Parse(
            "<html lang=\"fa\" dir=\"rtl\"><head><title>عنوان خبر آزمایشی - سایت خبری</title></head><body><article><h1>عنوان خبر آزمایشی</h1>"
            + "<div class=\"body\"><p>به گزارش سایت خبری، این یک پاراگراف نسبتا طولانی است که برای آزمایش نوشته شده و باید در متن بماند.</p>"
            + "<p>پاراگراف دوم خبر نیز به اندازه کافی طولانی است تا به عنوان متن شناخته شود و در بدنه خبر قرار گیرد.</p>" + closing + "</div>"
            + "</article></body></html>").Value;

        a.Authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("""<div class="name"><a href="/autor/isabel-caro"><small>Isabel Caro</small></a><span><small>, </small></span><a href="/autor/rocio-latorre"><small>Rocío Latorre</small></a><span><small> y </small></span><a href="/autor/jose-miguel-wilson"><small>José Miguel Wilson</small></a></div>""",
        "link to an author page", "Isabel Caro|/autor/isabel-caro", "Rocío Latorre|/autor/rocio-latorre", "José Miguel Wilson|/autor/jose-miguel-wilson")]
    [InlineData("""<span><a href="/ueber-uns/autoren/Clara-Loew">Clara Löw</a>, <a href="/ueber-uns/autoren/Siddharth-Prakash">Siddharth Prakash</a> & <a href="/ueber-uns/autoren/Klaus-Jacob">Klaus Jacob</a> </span>""",
        "link to an author page", "Clara Löw|/ueber-uns/autoren/Clara-Loew", "Siddharth Prakash|/ueber-uns/autoren/Siddharth-Prakash", "Klaus Jacob|/ueber-uns/autoren/Klaus-Jacob")]
    [InlineData("""<p>Von <strong><a href="http://www.rolandbrockmann.de">Roland Brockmann</a></strong> und <strong><a href="https://www.torial.com/sebastian.drescher">Sebastian Drescher</a></strong><br>Kakuma</p>""",
        "labelled byline", "Roland Brockmann|http://www.rolandbrockmann.de/", "Sebastian Drescher|https://www.torial.com/sebastian.drescher")]
    [InlineData("""<p>Von <strong>Roland Brockmann</strong> und <strong>Sebastian Drescher</strong></p>""", "labelled byline", "Roland Brockmann|", "Sebastian Drescher|")]
    public void Co_writers_in_elements_of_their_own_join_the_first(string byline, string detail, params string[] expected)
    {
        // latercera.com, makronom.de, aussengedanken.de: one element per name, parted by «,», «y», «&», «und».
        var r = ArticleParser.Default.Parse($"""
            <html><body><div class="story"><h1>Headline of this story</h1>{byline}<div class="text">{Body}</div></div></body></html>
            """, new Uri("https://www.example.com/2022/story"));
        r.Value.Authors.Select(a => a.Name + "|" + a.Url?.AbsolutePath.Replace("/", "/", StringComparison.Ordinal)).Should().Equal(
            expected.Select(e => e.Contains("|http", StringComparison.Ordinal) ? e.Split('|')[0] + "|" + new Uri(e.Split('|')[1]).AbsolutePath : e));
        r.Value.Provenance.Should().ContainSingle(p => p.Field == "authors").Which.Detail.Should().Be(detail);
    }

    [Theory]
    [InlineData("""<p>Von <strong>Roland Brockmann</strong> und <strong>Tausend Helfern</strong> aus aller Welt</p>""", "Roland Brockmann")]
    [InlineData("""<p>Von <strong>Roland Brockmann</strong> | <strong>Sebastian Drescher</strong></p>""", "Roland Brockmann")]
    [InlineData("""<p><a href="/autor/anna-alpha">Anna Alpha</a> und <a href="/themen/klima">Klima</a></p>""", "Anna Alpha")]
    [InlineData("""<p><a href="/autor/anna-alpha">Anna Alpha</a> <a href="/autor/bob-beta">Bob Beta</a></p>""", "Anna Alpha")]
    public void Only_a_joiner_and_a_name_of_its_own_add_a_co_writer(string byline, string name)
    {
        var r = ArticleParser.Default.Parse($"""
            <html><body><div class="story"><h1>Headline of this story</h1>{byline}<div class="text">{Body}</div></div></body></html>
            """, new Uri("https://www.example.com/2022/story"));
        r.Value.Authors.Select(a => a.Name).Should().Equal(name);
    }

    [Theory]
    [InlineData("""<p><b><i>Stefan Wasmer</i></b></p>""", "Stefan Wasmer")]
    [InlineData("""<p class="clearfix"> <strong>Marina Mucha</strong> </p>""", "Marina Mucha")]
    [InlineData("""<p><strong>Ähnliche Beiträge</strong></p>""", null)]
    [InlineData("""<p><b>Stefan Wasmer</b>, Berlin</p>""", null)]
    [InlineData("""<p><b>Stefan Wasmer</b></p><p>One more paragraph of the story after the name.</p>""", null)]
    [InlineData("""<p><b>Fotos: Stefan Wasmer</b></p>""", null)]
    public void A_name_alone_in_bold_closing_the_text_is_the_writers_signature(string ending, string? name)
    {
        // eishockeynews.de, galore.de: no byline, the writer's name set in bold as the text's last paragraph.
        var r = ArticleParser.Default.Parse($"""
            <html lang="de"><body><div class="story"><h1>Headline of this story</h1><div class="text">{Body}{ending}</div></div></body></html>
            """).Value;
        r.Authors.Select(a => a.Name).Should().Equal(name is null ? [] : [name]);
        if (name is not null)
        {
            r.Provenance.Should().ContainSingle(p => p.Field == "authors").Which.Detail.Should().Be("signature after the text");
        }
    }

    [Fact]
    public void A_signature_gives_way_to_any_other_byline()
    {
        var r = ArticleParser.Default.Parse($"""
            <html lang="de"><head><meta name="author" content="Anna Alpha"></head><body><div class="story"><h1>Headline of this story</h1>
            <div class="text">{Body}<p><b>Stefan Wasmer</b></p></div></div></body></html>
            """).Value;
        r.Authors.Select(a => a.Name).Should().Equal("Anna Alpha");
    }

    [Theory]
    [InlineData("""<p class="text-muted">11.12.2019 - Amelie Loevenich</p>""", "Amelie Loevenich")]
    [InlineData("""<span class="field-content">25.10.2022 - Reiner Nagel</span>""", "Reiner Nagel")]
    [InlineData("""<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>""", "Uta Helkenberg")]
    public void A_header_line_of_a_date_a_mark_and_a_name_names_the_writer(string line, string name)
    {
        // it-for-kids.org, urania.de, pferd-aktuell.de: no label, no author class; the header's line of date and name.
        var r = Parse("", line);
        r.Value.Authors.Select(a => a.Name).Should().Equal(name);
        r.Value.Provenance.Should().ContainSingle(p => p.Field == "authors").Which.Detail.Should().Be("labelled byline");
    }

    [Theory]
    [InlineData("""<p>11.12.2019: Amelie Loevenich</p>""")]
    [InlineData("""<p>11.12.2019 - Berlin</p>""")]
    [InlineData("""<p>11.12.2019 - Sitzung 4 im Rathaus</p>""")]
    [InlineData("""<p>11.12.2019 - 12.12.2019</p>""")]
    [InlineData("""<p>Termin: 11.12.2019 - Amelie Loevenich</p>""")]
    [InlineData("""<p>-</p><p>–</p>""")]
    public void A_date_line_without_a_mark_and_a_two_word_name_after_it_names_no_one(string line)
    {
        Parse("", line).Value.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_date_and_name_line_deep_in_the_article_is_no_byline()
    {
        // A list of dates and speakers in the text is not the header.
        var lines = string.Concat(Enumerable.Range(1, 9).Select(i => $"<p>Absatz {i}.</p>"));
        Parse("", lines + "<p>11.12.2019 - Amelie Loevenich</p>").Value.Authors.Should().BeEmpty();

        // Long paragraphs count as lines too.
        var paragraphs = string.Concat(Enumerable.Range(1, 9).Select(i => $"<p>{string.Concat(Enumerable.Repeat("Ein langer Satz des Artikels. ", 6))}{i}</p>"));
        Parse("", paragraphs + "<p>11.12.2019 - Amelie Loevenich</p>").Value.Authors.Should().BeEmpty();
    }

    [Fact]
    public void Two_names_joined_by_und_are_two_authors()
    {
        Parse("", "<p>Von Roland Brockmann und Sebastian Drescher</p>").Value.Authors.Select(a => a.Name)
            .Should().Equal("Roland Brockmann", "Sebastian Drescher");

        // duengebehoerde-niedersachsen.de: a plural label without a colon.
        Parse("", "<p>Autoren Jelko Djuren und Jutta Klaukien</p>").Value.Authors.Select(a => a.Name)
            .Should().Equal("Jelko Djuren", "Jutta Klaukien");
    }

    [Theory]
    [InlineData("""<p>Der <em>Sustainable Award in Finance</em> von <em>Bankmagazin</em> ging an acht Produkte.</p>""")]
    [InlineData("""<ul><li><span>Autor</span> <a href="/members/210716/">Catch more fish</a></li><li><span>Erscheinungsdatum</span> <a href="#">21. Mai</a></li></ul>""")]
    [InlineData("""<p>von Berlin</p>""")]
    [InlineData("""<p>von den Vereinten Nationen und der Regierung</p>""")]
    [InlineData("""<div class="comments"><p>von Peter Müller</p></div>""")]
    public void Prose_a_label_before_no_name_and_a_commenter_are_no_byline(string text)
    {
        Parse("", text).Value.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_byline_just_before_the_headline_inside_the_article_counts()
    {
        // ejwue.de: the date and «Redaktion: …» line stands above the h1, in the same news item as the text.
        var a = ArticleParser.Default.Parse($"""
            <html><body><div class="sidebar"><p>von Anna Schmidt</p></div>
            <div class="news-single-item"><div class="timedata">05.02.2020 <span>- Redaktion: Eberhard Fuhr</span></div>
            <h1>Faire Lieferketten</h1><div class="text">{Body}</div></div>
            </body></html>
            """).Value;
        a.Authors.Select(x => x.Name).Should().Equal("Eberhard Fuhr");
    }

    [Fact]
    public void A_byline_before_the_headline_belongs_to_another_story()
    {
        Parse("<p>von Anna Schmidt</p>", "").Value.Authors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("en", "Klaus Stanjek")]
    [InlineData("fa", null)]
    public void A_page_marked_persian_is_not_walked_for_latin_labels(string lang, string? expected)
    {
        var a = ArticleParser.Default.Parse($"""
            <html lang="{lang}"><body><div class="story"><h1>Headline of this story</h1><p>von Klaus Stanjek</p>
            <div class="text">{Body}</div></div></body></html>
            """).Value;
        a.Authors.Select(x => x.Name).Should().Equal(expected is null ? [] : [expected]);
    }

    [Fact]
    public void An_author_from_the_metadata_is_kept_and_the_words_are_not_read()
    {
        var a = Parse("", "<p>von Klaus Stanjek</p>", head: """<meta name="author" content="Jana Berger">""").Value;
        a.Authors.Select(x => x.Name).Should().Equal("Jana Berger");
    }

    [Theory]
    [InlineData("""<div class="meta"><h4 class="meta-title">Autor</h4><p class="meta-text"><a href="/profil/nikolai-huke">Nikolai Huke</a></p></div>""", "https://www.rosalux.de/profil/nikolai-huke")]
    [InlineData("""<address>By <a href="/author/tanderson/"> Tim Anderson </a></address>""", "https://www.rosalux.de/author/tanderson/")]
    [InlineData("""<p>Autor: Fritz Imhof</p>""", null)]
    public void A_labelled_bylines_name_that_is_a_link_has_the_link_as_the_authors_address(string byline, string? url)
    {
        // rosalux.de, thenervousbreakdown.com: the name after the label is the author page's link.
        var a = ArticleParser.Default.Parse($"""
            <html><body><div class="story"><h1>Headline of this story</h1>{byline}<div class="text">{Body}</div></div></body></html>
            """, new Uri("https://www.rosalux.de/news/id/1")).Value;
        a.Authors.Should().ContainSingle().Which.Url.Should().Be(url is null ? null : new Uri(url));
        a.Provenance.Should().ContainSingle(p => p.Field == "authors").Which.Detail.Should().Be("labelled byline");
    }

    [Fact]
    public void A_link_to_the_authors_page_between_the_headline_and_the_end_of_the_text_names_the_author()
    {
        // achgut.com: «<a href="/autor/frank_g">Gunter Frank</a> / 22.04.2020 / 06:15», no label, no author class.
        var a = ArticleParser.Default.Parse($"""
            <html><body><div class="sidebar"><a href="/autor/someone_else">Someone Else</a></div>
            <div class="story"><h1>Headline of this story</h1><div class="meta"><a href="/autor/frank_g">Gunter Frank</a> / 22.04.2020 / 06:15</div>
            <div class="text">{Body}</div></div>
            </body></html>
            """, new Uri("https://www.achgut.com/artikel/story")).Value;
        a.Authors.Should().Equal(new Author { Name = "Gunter Frank", Url = new Uri("https://www.achgut.com/autor/frank_g") });
        a.Provenance.Should().ContainSingle(p => p.Field == "authors").Which.Detail.Should().Be("link to an author page");
    }

    [Theory]
    [InlineData("""<div class="text">BODY</div><div class="more"><a href="/author/jane-roe/">Jane Roe</a></div>""")]
    [InlineData("""<a href="/author/">Our Authors</a><div class="text">BODY</div>""")]
    [InlineData("""<a href="/author/jane-roe/">Alle Beiträge von Jane Roe 2022</a><div class="text">BODY</div>""")]
    public void An_author_link_after_the_text_or_to_no_author_or_with_no_name_is_no_byline(string afterHeadline)
    {
        var a = ArticleParser.Default.Parse($"""
            <html><body><div class="story"><h1>Headline of this story</h1>{afterHeadline.Replace("BODY", Body, StringComparison.Ordinal)}</div></body></html>
            """).Value;
        a.Authors.Should().BeEmpty();
    }

    [Fact]
    public void A_byline_that_names_only_the_site_gives_way_to_the_writers_labelled_one()
    {
        // theplanetarypress.com: the theme's author box names the site («The Planetary Press -»); the text names the writer.
        var a = ArticleParser.Default.Parse($"""
            <html><head><meta property="og:site_name" content="The Planetary Press"></head><body>
            <div class="story"><h1>Headline of this story</h1>
            <span class="td-post-author-name"><a href="/author/wildlyeco/">The Planetary Press</a> <span>-</span> </span>
            <div class="text"><p><em>Courtesy of Forests News</em></p><p><em>Written by: <a href="https://forestsnews.example.org/63537/x">Julie Mollins</a></em></p>{Body}</div></div>
            </body></html>
            """, new Uri("https://www.theplanetarypress.com/management-of-intact-forestlands/")).Value;
        a.Authors.Select(x => x.Name).Should().Equal("Julie Mollins");
        a.Authors[0].Url.Should().BeNull("the link leads to the original article on another site, not to the writer's page");
    }

    [Theory]
    [InlineData("/autoren/anna-roe/", "https://www.example.de/autoren/anna-roe/")]
    [InlineData("https://twitter.com/annaroe", "https://twitter.com/annaroe")]
    [InlineData("https://other.example.org/author/anna-roe/", "https://other.example.org/author/anna-roe/")]
    [InlineData("https://other.example.org/2020/04/article-she-wrote/", null)]
    public void A_labelled_bylines_link_is_the_writers_page_on_the_site_or_a_profile_elsewhere(string href, string? url)
    {
        var a = ArticleParser.Default.Parse($"""
            <html><body><div class="story"><h1>Headline of this story</h1><p>Text von <a href="{href}">Anna Roe</a></p><div class="text">{Body}</div></div></body></html>
            """, new Uri("https://www.example.de/artikel/1")).Value;
        a.Authors.Should().ContainSingle().Which.Url.Should().Be(url is null ? null : new Uri(url));
    }
}
