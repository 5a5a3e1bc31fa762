using AngleSharp.Html.Parser;
using NewsModel.Extraction.Content;

namespace NewsModel.Tests.Extraction.Content;

public class ContentExtractorTests
{
    private static readonly ContentExtractor Extractor = new();

    private const string Prose =
        "The council met on Tuesday evening to discuss the new budget, which includes funding for schools, roads and parks. " +
        "Members argued for hours about the details, but in the end, after a long debate, they approved the plan by a wide margin.";

    private static ContentResult Extract(string html, string? url = "https://news.example.com/politics/2024/budget.html") =>
        Extractor.Extract(new HtmlParser().ParseDocument(html), url is null ? null : new Uri(url));

    private static string Text(ContentResult r) => string.Join("\n\n", r.Body.Select(b => b.ToPlainText()));

    private static string Page(string article, string extra = "") => $$"""
        <html><head><title>Budget</title></head><body>
        <nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/sports">Sports</a></li></ul></nav>
        <div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">First popular story of the week</a></li><li><a href="/b">Second popular story here</a></li></ul></div>
        <article><h1>Council approves the budget</h1>{{article}}</article>
        {{extra}}
        <footer><p>Copyright 2024 Example News. All rights reserved, every single one of them.</p></footer>
        </body></html>
        """;

    [Fact]
    public void Finds_the_article_and_leaves_navigation_sidebar_and_footer_out()
    {
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose}</p><p>{Prose} Second.</p></div>"));

        Text(r).Should().Contain("The council met on Tuesday evening").And.Contain("Second.");
        Text(r).Should().NotContain("Most read").And.NotContain("popular story").And.NotContain("Copyright").And.NotContain("Sports");
        r.Root!.ClassName.Should().Be("entry-content");
    }

    [Fact]
    public void A_box_a_class_hides_is_not_the_article_while_a_shown_one_is()
    {
        // zvei.org: a newsletter overlay («newsalert … hidden») whose list is named «bodytext-list» outscored the
        // article, whose paragraphs carry no telling name.
        const string Overlay = """
            <div class="newsalert newsalert-overlay bg-gray-light hidden"><div class="tile"><p class="bodytext">Dann erhalten Sie künftig stets aktuelle Informationen.</p>
            <ul class="bodytext-list"><li>Sie bleiben kontinuierlich auf dem Laufenden.</li><li>Sie bekommen passgenau die Informationen, die Sie interessieren.</li></ul></div></div>
            """;
        var r = Extract(Page($"<section class=\"content-element-text\"><div><p>{Prose}</p><p>{Prose} Second.</p></div></section>", Overlay));

        Text(r).Should().Contain("The council met on Tuesday evening").And.Contain("Second.").And.NotContain("Laufenden");
    }

    [Theory]
    [InlineData("beschreibung")]
    [InlineData("right")]
    public void The_text_outweighs_a_weak_name_on_a_small_box(string articleClass)
    {
        // vinosytapas.de: the shop's address in a «panel-body» (a weak name: +25) beat the description of the region,
        // a plain-named block of four paragraphs; dsv.de: the article sat in «div.right» (a negative name).
        const string Address = """
            <div class="col-md-3"><div class="panel"><div class="panel-body"><p>Inh. André Hartmann, Vinho Iberico, Königstraße 18, 14109 Berlin.</p>
            <p>Montag bis Freitag 12 – 19 Uhr, Samstags 10 – 15 Uhr, zu diesen Zeiten auch telefonisch.</p></div></div></div>
            """;
        var article = string.Concat(Enumerable.Range(1, 4).Select(i => $"<p>{Prose} Part {i}.</p>"));
        var r = Extract($"<html><body>{Address}<div class=\"col-md-9\"><h1>Council approves the budget</h1><div class=\"{articleClass}\">{article}</div></div></body></html>");

        Text(r).Should().Contain("Part 1.").And.Contain("Part 4.").And.NotContain("Königstraße");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_noscript_that_is_the_article_bodys_only_content_is_its_text(bool onlyContent)
    {
        // Blogger's themes (security.googleblog.com): the post is a script template and again a noscript inside
        // div.post-content[itemprop=articleBody]. A noscript beside other content stays out (a lazy image's fallback).
        var post = $"<script type=\"text/template\"><p>{Prose}</p></script><noscript><p>{Prose} Fallback.</p><p>{Prose} Second.</p></noscript>";
        var html = $"<html><body><div class=\"blog-description\">The latest news and insights from our team</div><div class=\"post\"><h3>Council approves the budget</h3><div class=\"post-body\"><div class=\"post-content\" itemprop=\"articleBody\">{post}{(onlyContent ? "" : $"<p>{Prose} Shown.</p>")}</div></div></div></body></html>";

        var text = Text(Extract(html));

        if (onlyContent)
        {
            text.Should().Contain("Fallback.").And.Contain("Second.").And.NotContain("latest news");
        }
        else
        {
            text.Should().Contain("Shown.").And.NotContain("Fallback.");
        }
    }

    [Fact]
    public void An_article_cut_into_items_of_one_kind_is_read_whole()
    {
        // fdpbt.de (Drupal's paragraphs): each part of the text is a div.field__item of its own; the second part
        // scored under the floor that joins a sibling, and half the article was lost.
        static string Part(string text) => $"<div class=\"field__item\"><div class=\"paragraph paragraph--type--text\"><div class=\"field--name-field-text\"><p>{text}</p></div></div></div>";
        var html = "<html><body><main><h1>Council approves the budget</h1><div class=\"field field--name-field-inhalt field__items\">"
            + Part($"{Prose} {Prose}") + Part("Die zweite Hälfte des Textes ohne viele Kommas aber mit genug Worten um mehr als zweihundert Zeichen lang zu sein und damit als eigener Teil des Artikels zu gelten obwohl sie nach den Regeln der Punktevergabe nur wenige Punkte bekommt")
            + "</div></main><aside><ul><li><a href=\"/a\">A related story</a></li></ul></aside></body></html>";

        Text(Extract(html)).Should().Contain("The council met on Tuesday evening").And.Contain("Die zweite Hälfte des Textes").And.NotContain("related story");
    }

    [Theory]
    [InlineData("<span class=\"dateline\">KOBE &#8211; </span>", "KOBE – The council met")]
    [InlineData("<span class=\"dateline\">Posted on 12 March 2024</span> ", "The council met")]
    public void A_news_dateline_in_a_span_named_dateline_opens_the_text_and_a_date_line_does_not(string span, string start)
    {
        // japantimes.co.jp: «<p><span class="dateline">KOBE – </span>A total of …»; «dateline» also names a post's
        // date line, which stays out.
        var r = Extract(Page($"<div class=\"entry\"><p>{span}{Prose}</p><p>{Prose} Second.</p></div>"));

        Text(r).Should().StartWith(start);
    }

    [Fact]
    public void An_embedded_tweet_keeps_its_address_and_its_words_without_the_attribution_line()
    {
        // basicthinking.de quotes twelve tweets: the page shows their words in blockquote.twitter-tweet until the
        // script replaces them, and the article is about those words.
        const string Tweet = """
            <blockquote class="twitter-tweet" data-lang="de"><p lang="de" dir="ltr">Meine Mutter ist jederzeit auf die Apokalypse vorbereitet. <a href="https://t.co/qc6VqGZYA2">pic.twitter.com/qc6VqGZYA2</a></p>&mdash; Anja (@AnjaAmaranth) <a href="https://twitter.com/AnjaAmaranth/status/1039152427458138112?ref_src=twsrc%5Etfw">10. September 2018</a></blockquote>
            """;
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose}</p>{Tweet}<p>{Prose} Second.</p></div>"));

        var embed = r.Body.OfType<EmbedBlock>().Single();
        embed.Kind.Should().Be("tweet");
        embed.Url.Should().Be(new Uri("https://twitter.com/AnjaAmaranth/status/1039152427458138112?ref_src=twsrc%5Etfw"));
        embed.Text.Should().Be("Meine Mutter ist jederzeit auf die Apokalypse vorbereitet. pic.twitter.com/qc6VqGZYA2");
        embed.ToPlainText().Should().Be(embed.Text);
        Text(r).Should().Contain("Apokalypse").And.NotContain("@AnjaAmaranth");
    }

    [Fact]
    public void A_tweet_whose_attribution_is_a_paragraph_of_its_own_leaves_it_out()
    {
        const string Tweet = """<blockquote class="twitter-tweet"><p>Nie daj się zwyciężyć złu. pic.twitter.com/auq167NKRu</p><p>&mdash; Radio Maryja (@RadioMaryja) <a href="https://twitter.com/RadioMaryja/status/1">5 czerwca 2018</a></p></blockquote>""";
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose}</p>{Tweet}<p>{Prose} Second.</p></div>"));

        r.Body.OfType<EmbedBlock>().Single().Text.Should().Be("Nie daj się zwyciężyć złu. pic.twitter.com/auq167NKRu");
    }

    [Fact]
    public void An_article_that_only_a_class_hides_is_still_the_article_when_nothing_else_is_shown()
    {
        var r = Extract($"<html><body><div class=\"story hidden\"><h1>Council approves the budget</h1><p>{Prose}</p><p>{Prose} Second.</p></div></body></html>");

        Text(r).Should().Contain("The council met on Tuesday evening").And.Contain("Second.");
    }

    [Theory]
    [InlineData("newsalert newsalert-overlay bg-gray-light hidden", true)]
    [InlineData("d-none", true)]
    [InlineData("modal is-hidden", true)]
    [InlineData("box hide", true)]
    [InlineData("d-none d-print-none", true)]
    [InlineData("hidden lg:inline", false)]
    [InlineData("d-none d-md-block", false)]
    [InlineData("hidden visible-lg", false)]
    [InlineData("hidden-xs", false)]
    [InlineData("sidebar-hide-toggle", false)]
    [InlineData("none", false)]
    [InlineData(null, false)]
    public void A_class_hides_a_box_unless_a_token_shows_it_at_some_screen_size(string? cls, bool hidden) =>
        PageAnalysis.HasHidingClass(cls).Should().Be(hidden);

    [Fact]
    public void The_headline_and_the_kicker_above_it_are_not_body_blocks()
    {
        var r = Extract($"<html><body><div class=\"story\"><h4>Kicker line;</h4><h1>Headline</h1><p>{Prose}</p><p>{Prose}</p></div></body></html>");

        r.Body.Should().AllBeOfType<ParagraphBlock>();
        Text(r).Should().NotContain("Headline").And.NotContain("Kicker line");
    }

    [Theory]
    [InlineData("<div class=\"share-buttons\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a> Share this story with your friends</div>", "Share this story")]
    [InlineData("<div class=\"related-posts\"><h3>Related</h3><ul><li><a href=\"/x\">Another story about budgets</a></li></ul></div>", "Another story about budgets")]
    [InlineData("<div id=\"respond\" class=\"comment-respond\"><h3>Leave a Reply</h3><form><textarea></textarea><input type=\"submit\"></form></div>", "Leave a Reply")]
    [InlineData("<div class=\"ad-slot\">Advertisement: buy our sponsored product today</div>", "sponsored product")]
    [InlineData("<div class=\"newsletter-box\">Get the daily briefing in your inbox every morning</div>", "daily briefing")]
    [InlineData("<p>Share this:</p>", "Share this")]
    [InlineData("<p>گزارش خطا</p>", "گزارش خطا")]
    [InlineData("<p>دیدگاه های ارسال شده توسط شما، پس از تائید توسط مدیران سایت منتشر خواهد شد.</p>", "پس از تائید")]
    [InlineData("<p>نظراتی که حاوی توهین و افترا باشد منتشر نخواهد شد.</p>", "حاوی توهین")]
    [InlineData("<p>کد خبر: ۶۹۱۹۱۱۹</p>", "کد خبر")]
    [InlineData("<p>برچسب ها: فوتبال، لیگ برتر</p>", "لیگ برتر")]
    [InlineData("<p>برچسب\u200cها: فوتبال، لیگ برتر</p>", "لیگ برتر")]
    [InlineData("<p>کلمات کلیدی: انتخابات، مجلس</p>", "مجلس")]
    [InlineData("<p>آدرس کوتاه خبر: https://example.ir/x1</p>", "example.ir")]
    [InlineData("<p>ارسال به دوستان</p>", "ارسال به دوستان")]
    [InlineData("<p>همچنین بخوانید: افزایش قیمت بنزین تکذیب شد</p>", "قیمت بنزین")]
    [InlineData("<p>در همین زمینه: افزایش قیمت بنزین تکذیب شد</p>", "قیمت بنزین")]
    [InlineData("<p>(Le puede interesar: Buscan responsables de bus quemado en Anorí, Antioquia)</p>", "Anorí")]
    [InlineData("<p>نسخه قابل چاپ</p>", "قابل چاپ")]
    [InlineData("<p>Foto: Max Mustermann / dpa</p>", "Mustermann")]
    [InlineData("<p>23.10.2018 14:31</p>", "23.10.2018")]
    [InlineData("<div style=\"display: none\">Hidden teaser text that nobody sees on the page</div>", "Hidden teaser")]
    [InlineData("<p>Hinweis: Wenn Sie dieses Video hier abspielen, erfolgt eine Datenübertragung an YouTube bzw. Google.</p>", "Datenübertragung")]
    [InlineData("<p>(Credit: Clayton Aldern / Grist)</p>", "Aldern")]
    [InlineData("<p>Symbolbild / Salzgitter Flachstahl AG</p>", "Salzgitter")]
    [InlineData("<p>Photo Credit: Catwalkpictures</p>", "Catwalkpictures")]
    [InlineData("<p>Shutterstock</p>", "Shutterstock")]
    [InlineData("<p>iStock/cjp</p>", "iStock")]
    [InlineData("<p>Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten, um den Inhalt dieses Dienstes trotzdem anzuzeigen, wenn du willst; das gilt dann für alle Inhalte dieses Anbieters auf unserer Seite.</p>", "Privatsphäre")]
    public void Boilerplate_inside_the_article_is_removed(string boilerplate, string mustNotAppear)
    {
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose}</p>{boilerplate}<p>{Prose} Closing words.</p></div>"));

        Text(r).Should().Contain("Closing words.").And.NotContain(mustNotAppear);
    }

    [Theory]
    [InlineData("در همین زمینه، وزیر اقتصاد گفت که قیمت‌ها تا پایان سال ثابت می‌ماند.")]
    [InlineData("برچسب زدن به محصولات وارداتی از ماه آینده اجباری می‌شود.")]
    public void A_sentence_that_opens_like_a_persian_label_stays(string sentence)
    {
        // «در همین زمینه:» with its colon labels a related list; with a comma it opens a sentence of the text.
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose}</p><p>{sentence}</p><p>{Prose} Closing words.</p></div>"));

        Text(r).Should().Contain(sentence);
    }

    [Fact]
    public void A_custom_element_inside_a_paragraph_does_not_cut_it()
    {
        // healthline.com wraps each citation link in <hl-trusted-source>; the body had 21 paragraphs of "(" and ").".
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose}</p><p>Skinfold measurements have been used for over 50 years (<hl-trusted-source source=\"PubMed\"><a href=\"https://example.org/1\">1</a></hl-trusted-source>).</p><p>{Prose} Closing words.</p></div>"));

        r.Body.OfType<ParagraphBlock>().Should().Contain(p => p.Text == "Skinfold measurements have been used for over 50 years (1).");
    }

    [Theory]
    [InlineData("<p><span style=\"color: #ffffff;\">.</span></p>", false)]
    [InlineData("<p>* * *</p>", false)]
    [InlineData("<p>____________________</p>", false)]
    [InlineData("<p>[…]</p>", true)]
    [InlineData("<p>=)</p>", true)]
    public void A_paragraph_without_words_is_left_out_but_an_elision_or_a_smiley_stays(string paragraph, bool stays)
    {
        // happyface313.com spaces its blocks with a white «.»; rules of stars and lines say nothing either.
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose}</p>{paragraph}<p>{Prose} Closing words.</p></div>"));

        r.Body.OfType<ParagraphBlock>().Should().HaveCount(stays ? 3 : 2);
    }

    [Fact]
    public void A_sentence_that_begins_with_an_agency_name_is_text()
    {
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose}</p><p>Shutterstock sold more licences this year.</p><p>{Prose} Closing words.</p></div>"));

        Text(r).Should().Contain("Shutterstock sold more licences");
    }

    [Fact]
    public void A_long_paragraph_that_mentions_a_cookie_notice_is_text()
    {
        // Consent notices are looked for up to 400 characters; an article's paragraph about them is longer.
        var about = "Die Behörde prüfte, wie Websites ihre Besucher informieren. " + string.Concat(Enumerable.Repeat("Viele schreiben nur: Diese Website verwendet Cookies, und lassen keine Wahl. ", 6));
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose}</p><p>{about}</p><p>{Prose} Closing words.</p></div>"));

        Text(r).Should().Contain("Die Behörde prüfte");
    }

    [Fact]
    public void A_link_dense_box_inside_the_body_is_removed_but_links_inside_prose_stay()
    {
        var links = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li><a href=\"/s{i}\">Story number {i} on the site</a></li>"));
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose} See <a href=\"/report\">the full report</a> for more.</p><div><ul>{links}</ul></div></div>"));

        Text(r).Should().Contain("See the full report for more.").And.NotContain("Story number");
    }

    [Fact]
    public void Keeps_the_structure_of_the_body()
    {
        var r = Extract(Page($"""
            <div class="entry-content">
              <p>{Prose}</p>
              <h2>What changes</h2>
              <blockquote><p>We did it for the children.</p></blockquote>
              <ol><li>More teachers</li><li>Better <b>roads</b></li></ol>
              <table><tr><th>Item</th><th>Cost</th></tr><tr><td>Schools</td><td>10</td></tr></table>
              <figure><img src="/img/council.jpg" alt="The council" width="800"><figcaption>The council in session</figcaption></figure>
              <iframe src="https://www.youtube.com/embed/abc123"></iframe>
              <p>{Prose}</p>
            </div>
            """));

        r.Body.OfType<HeadingBlock>().Should().ContainSingle().Which.Should().Be(new HeadingBlock { Level = 2, Text = "What changes" });
        r.Body.OfType<QuoteBlock>().Single().Text.Should().Be("We did it for the children.");
        var list = r.Body.OfType<ListBlock>().Single();
        list.Ordered.Should().BeTrue();
        list.Items.Should().Equal("More teachers", "Better roads");
        r.Body.OfType<TableBlock>().Single().Rows.Select(row => string.Join("|", row)).Should().Equal("Item|Cost", "Schools|10");
        var image = r.Body.OfType<ImageBlock>().Single().Image;
        image.Url.Should().Be(new Uri("https://news.example.com/img/council.jpg"));
        image.Caption.Should().Be("The council in session");
        image.Alt.Should().Be("The council");
        image.Width.Should().Be(800);
        r.Images.Should().Equal(image);
        var embed = r.Body.OfType<EmbedBlock>().Single();
        embed.Url.Should().Be(new Uri("https://www.youtube.com/embed/abc123"));
        embed.Kind.Should().Be("video");
        Text(r).Should().NotContain("The council in session", "captions belong to the image, not to the body text");
    }

    [Fact]
    public void Resolves_relative_addresses_against_the_base_element()
    {
        var html = Page($"<div class=\"entry-content\"><p>{Prose}</p><img data-src=\"pics/a.png\" src=\"data:image/gif;base64,R0lGOD\"><p>{Prose}</p></div>")
            .Replace("<title>Budget</title>", "<title>Budget</title><base href=\"/static/\">", StringComparison.Ordinal);
        var r = Extract(html);

        r.Images.Should().ContainSingle().Which.Url.Should().Be(new Uri("https://news.example.com/static/pics/a.png"));
    }

    [Fact]
    public void Without_a_page_address_relative_images_are_left_out_and_absolute_ones_kept()
    {
        var r = Extract(Page($"<div class=\"entry-content\"><p>{Prose}</p><img src=\"/a.png\"><img src=\"https://cdn.example.com/b.png\"><p>{Prose}</p></div>"), url: null);

        r.Images.Select(i => i.Url.ToString()).Should().Equal("https://cdn.example.com/b.png");
    }

    [Fact]
    public void Keeps_half_spaces_and_collapses_other_whitespace()
    {
        const string persian = "پرسپولیس در آخرین مسابقه‌اش در مرحله گروهی لیگ قهرمانان آسیا که دیداری تشریفاتی بود، السد را شکست داد و هواداران می‌گویند این پیروزی بی‌فایده بود، اما بازیکنان با انگیزه‌ای بالا بازی کردند.";
        var r = Extract($"<html><body><div class=\"item-text\"><p>  {persian.Replace(" ", "  \n ", StringComparison.Ordinal)}</p><p>{persian}</p></div></body></html>");

        r.Body[0].Should().Be(new ParagraphBlock { Text = persian });
        Text(r).Should().Contain("مسابقه\u200Cاش").And.Contain("بی\u200Cفایده");
    }

    [Fact]
    public void A_lead_just_before_the_body_becomes_its_first_paragraph_and_the_result_says_so()
    {
        const string lead = "The council approved the budget after a long debate on Tuesday.";
        var r = Extract($"<html><body><article><h1>Budget</h1><p class=\"lead\">{lead}</p><div class=\"article-body\"><p>{Prose}</p><p>{Prose} Second.</p></div></article></body></html>");

        r.Lead.Should().Be(lead);
        r.Body[0].Should().Be(new ParagraphBlock { Text = lead });
        r.Body.Should().HaveCount(3);
    }

    [Fact]
    public void Convert_reads_the_element_it_is_given()
    {
        var doc = new HtmlParser().ParseDocument($"<html><body><div id=\"a\"><p>{Prose}</p></div><div id=\"b\"><p>Only this one.</p><p>گزارش خطا</p></div></body></html>");
        var r = Extractor.Convert(doc.GetElementById("b")!, null);

        r.Body.Should().Equal(new ParagraphBlock { Text = "Only this one." });
        r.Root!.Id.Should().Be("b");
    }

    [Fact]
    public void An_empty_page_gives_an_empty_body_and_a_diagnostic()
    {
        var r = Extract("<html><body></body></html>");

        r.Body.Should().BeEmpty();
        r.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("content.notFound");
    }

    [Fact]
    public void Odd_markup_never_throws_and_text_survives()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 2000)) + Prose + string.Concat(Enumerable.Repeat("</div>", 2000));
        var r = Extract($"<html><body><p>{Prose}</p>{deep}<table><tr><td><table><tr><td>{Prose}</td></tr></table></td></tr></table></body></html>");

        Text(r).Should().Contain("The council met");
    }
}
