using NewsModel.Dates;
using CsCheck;

namespace NewsModel.Tests.Text;

public class TextArticleParserTests
{
    private static readonly Lazy<ParseResult<Article>> Sample = new(() =>
        TextArticleParser.Default.Parse(TestFiles.ReadText("persian", "text", "shahraranews-216026.txt")));

    private static Article Shahrara => Sample.Value.Value;

    [Fact]
    public void The_sample_dump_gives_title_code_date_and_site()
    {
        Shahrara.Title.Should().Be("قلندرشریف: شهرداری مشهد ظرفیت ایجاد هاب دیپلماسی کشور را دارد");
        Shahrara.Id.Should().Be("216026");
        Shahrara.Published.Should().Be(new DateTimeOffset(2024, 3, 7, 14, 31, 0, TimeSpan.FromHours(3.5)));
        Shahrara.Published!.Value.Offset.Should().Be(TimeSpan.FromHours(3.5));
        Shahrara.SiteName.Should().Be("شهرآرانیوز");
        Shahrara.ReportedBy.Should().Be("شهرآرانیوز");
        Shahrara.Language.Should().Be("fa");
        Shahrara.Direction.Should().Be(TextDirection.Rtl);
    }

    [Fact]
    public void The_sample_dump_gives_the_lead_and_five_body_paragraphs()
    {
        Shahrara.Lead.Should().StartWith("شهردار مشهدمقدس گفت: مشهد شهری").And.EndWith("هاب دیپلماسی کشور باشیم.");
        Shahrara.Body.Should().HaveCount(5).And.AllBeOfType<ParagraphBlock>();
        Shahrara.Body[0].ToPlainText().Should().StartWith("به گزارش شهرآرانیوز،");
        Shahrara.Body[^1].ToPlainText().Should().EndWith("سیاست خارجی باشد.");
        Shahrara.Text.Should().Be(string.Join("\n\n", Shahrara.Body.Select(b => b.ToPlainText())));
    }

    [Theory]
    [InlineData("گزارش خطا")]
    [InlineData("ارسال نظرات")]
    [InlineData("پس از تائید")]
    [InlineData("توهین و افترا")]
    [InlineData("پربازدید")]
    [InlineData("Google Analytics")]
    [InlineData("سرخط خبرها")]
    [InlineData("کد خبر")]
    public void Nothing_of_the_boilerplate_reaches_the_body(string boilerplate)
    {
        Shahrara.Text.Should().NotContain(boilerplate);
        Shahrara.Lead.Should().NotContain(boilerplate);
    }

    [Fact]
    public void Every_field_comes_from_the_text_layer()
    {
        foreach (var field in new[] { "title", "id", "published", "lead", "body", "siteName", "headlines" })
        {
            Shahrara.SourceOf(field).Should().Be(FieldSource.Text, field);
        }
    }

    [Fact]
    public void The_ticker_is_a_headline_list_split_only_on_unambiguous_markers()
    {
        var ticker = Shahrara.Headlines.Should().ContainSingle().Which;
        ticker.Kind.Should().Be(HeadlineListKind.Ticker);
        ticker.Name.Should().Be("سرخط خبرها");

        // Section prefixes come off into Section; «+ پاسخ» ends an item and stays in its title.
        var citizen = ticker.Items.Where(h => h.Section == "شهروند خبرنگار").ToList();
        citizen.Select(h => h.Title).Should().Equal(
            "درخواست بهسازی پیادهرو «ابرار ۱۰» در مشهد + پاسخ",
            "درخواست ترمیم آسفالت در بلوار شهید آوینی مشهد + پاسخ");

        // A trailing date in parentheses ends an item and becomes its date.
        var dated = ticker.Items.Where(h => h.Published != null).ToList();
        dated.Should().HaveCount(4);
        dated.Should().OnlyContain(h => !h.Title.EndsWith(')') && !h.Title.Contains("اردیبهشت"));
        dated[0].Published.Should().Be(new DateTimeOffset(2024, 5, 2, 0, 0, 0, TimeSpan.FromHours(3.5)));
        ticker.Items[^1].Published.Should().Be(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.FromHours(3.5)));

        // «مشهد |» occurs twice but after different words: a title separator, not a section, so no cut there.
        ticker.Items.Should().Contain(h => h.Title.StartsWith("احداث ۱۴ بوستان بزرگ در شهر مشهد | پروژه"));
        ticker.Items.Should().OnlyContain(h => h.Title.Length > 10);
        ticker.Items.Should().Contain(h => h.Title.EndsWith("+ فیلم"));
    }

    [Fact]
    public void Half_spaces_lost_in_the_dump_are_put_back_by_default_and_the_repair_is_reported()
    {
        Shahrara.Lead.Should().Contain("بین\u200Cالمللی").And.NotContain("بینالمللی");
        Shahrara.Body[0].ToPlainText().Should().Contain("منطقه\u200Cای").And.Contain("می\u200Cتواند");
        Sample.Value.Diagnostics.Should().Contain(d => d.Code == "text.halfSpacesRepaired");
    }

    [Fact]
    public void Half_space_repair_can_be_turned_off_to_keep_the_dump_spelling()
    {
        var text = TestFiles.ReadText("persian", "text", "shahraranews-216026.txt");

        var kept = new TextArticleParser(new TextArticleParserOptions { RepairHalfSpaces = false }).Parse(text);

        kept.Value.Lead.Should().Contain("بینالمللی");
        kept.Diagnostics.Should().NotContain(d => d.Code == "text.halfSpacesRepaired");
        kept.Value.Id.Should().Be(Shahrara.Id);
        kept.Value.Title.Should().Be(Shahrara.Title);
    }

    [Fact]
    public void Headlines_can_be_turned_off()
    {
        var parser = new TextArticleParser(new TextArticleParserOptions { ReadHeadlines = false });

        parser.Parse(TestFiles.ReadText("persian", "text", "shahraranews-216026.txt")).Value.Headlines.Should().BeEmpty();
    }

    [Fact]
    public void A_wet_conversion_record_in_another_language_gives_its_title_and_body()
    {
        using var reader = NewsModel.Archives.WarcReader.Open(TestFiles.Path("warc", "whirlwind.warc.wet.gz"));
        var record = reader.ReadRecords().Single(r => r.Type == "conversion");

        var article = TextArticleParser.Default.Parse(record.GetBlockText(), record.TargetUri).Value;

        article.Title.Should().NotBeNullOrEmpty();
        (article.Lead + article.Text).Should().Contain("Escopete ye un municipio d'a provincia de Guadalachara");
        article.Text.Should().NotContain("Menú principal");
        article.Url.Should().Be(record.TargetUri);
        article.Language.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("one line")]
    [InlineData("• • •\n- -\n* ")]
    [InlineData("کد خبر: ")]
    [InlineData("(۱۳ اردیبهشت ۱۴۰۳)(۱۳ اردیبهشت ۱۴۰۳) + فیلم | | |")]
    public void Odd_input_gives_an_article_with_diagnostics_not_an_exception(string text)
    {
        var result = TextArticleParser.Default.Parse(text);

        result.Value.Body.Should().BeEmpty();
        result.Diagnostics.Should().Contain(d => d.Code == "body.missing");
    }

    [Fact]
    public void Property_any_text_parses_without_throwing_and_keeps_the_url()
    {
        var url = new Uri("https://example.ir/fa/news/123456/x");
        Gen.String[Gen.Char["ab ۱۲(|)+:\n•کدخبرپاسخ.،"], 0, 400].Sample(text =>
        {
            var article = TextArticleParser.Default.Parse(text, url).Value;
            article.Url.Should().Be(url);
            article.Body.Where(b => b.ToPlainText().Length == 0).Should().BeEmpty();
        });
    }

    [Fact]
    public void The_news_code_falls_back_to_the_url_with_url_provenance()
    {
        var text = "عنوان یک خبر آزمایشی کوتاه\n\nاین یک پاراگراف بلند است که برای آزمودن خواننده متن نوشته شده و واژه‌های بسیاری دارد تا بلند شمرده شود.\n";

        var article = TextArticleParser.Default.Parse(text, new Uri("https://www.tasnimnews.com/fa/news/1398/02/30/2015910/x")).Value;

        article.Id.Should().Be("2015910");
        article.SourceOf("id").Should().Be(FieldSource.Url);
        article.Title.Should().Be("عنوان یک خبر آزمایشی کوتاه");
    }
}

public class TextArticleParserZoneTests
{
    private const string AfghanDump =
        "عنوان یک خبر آزمایشی از کابل\n\n  • کد خبر: ۱۲۳۴۵\n  • ۱۷ حوت ۱۴۰۲\n\nعنوان یک خبر آزمایشی از کابل\n\n"
        + "این یک پاراگراف بلند است که برای آزمودن خواننده متن نوشته شده و واژه‌های بسیاری دارد تا بلند شمرده شود.\n";

    [Fact]
    public void A_date_without_a_time_is_midnight_in_the_zone_the_options_give()
    {
        var kabul = TimeZoneInfo.CreateCustomTimeZone("Asia/Kabul", TimeSpan.FromHours(4.5), "Kabul", "Kabul");
        var parser = new TextArticleParser(new TextArticleParserOptions { Dates = new NewsModel.Dates.DateParseOptions { Zone = kabul } });

        var result = parser.Parse(AfghanDump);

        result.Value.Id.Should().Be("12345");
        result.Value.Published.Should().Be(new DateTimeOffset(2024, 3, 7, 0, 0, 0, TimeSpan.FromHours(4.5)));
        result.Diagnostics.Should().Contain(d => d.Code == "published.dateOnly");
    }

    [Fact]
    public void A_date_without_a_year_is_read_against_the_fetch_time()
    {
        var dump = AfghanDump.Replace("۱۷ حوت ۱۴۰۲", "چهارشنبه ۱۹ اردیبهشت - ۱۴:۳۰", StringComparison.Ordinal);
        var fetched = new DateTimeOffset(2024, 5, 10, 0, 0, 0, TimeSpan.Zero);

        TextArticleParser.Default.Parse(dump).Value.Published.Should().BeNull();
        TextArticleParser.Default.Parse(dump, null, fetched).Value.Published.Should().Be(new DateTimeOffset(2024, 5, 8, 14, 30, 0, TimeSpan.FromHours(3.5)));
        TextArticleParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes(dump), null, null, fetched).Value.Published.Should().Be(new DateTimeOffset(2024, 5, 8, 14, 30, 0, TimeSpan.FromHours(3.5)));
    }
}

/// <summary>The title and the body of dumps whose page chrome comes first, as in Common Crawl's WET records.</summary>
public class TextArticleParserStructureTests
{
    private const string Para1 = "Der Stadtrat hat am Mittwoch mit großer Mehrheit den Haushalt für das kommende Jahr beschlossen, wie die Verwaltung mitteilte.";
    private const string Para2 = "Die Opposition kritisierte die geplanten Ausgaben für den Straßenbau und forderte mehr Geld für die Schulen in der Stadt.";
    private const string Para3 = "Der Bürgermeister verteidigte den Plan und verwies auf die gestiegenen Kosten für Energie, Personal und den Nahverkehr im Land.";

    private static Article Parse(params string[] lines) => TextArticleParser.Default.Parse(string.Join("\n", lines) + "\n").Value;

    [Fact]
    public void The_line_the_document_title_names_is_the_title_over_a_nearer_line_and_a_larger_block_below()
    {
        var a = Parse(
            "Stadtrat beschließt neuen Haushalt | Stadtanzeiger",
            "Startseite", "Politik", "Stadtrat beschließt neuen Haushalt", Para1, Para2, "Bild: Archiv",
            "Kommentare", Para3, Para2 + " Noch ein Satz.", Para1 + " Und noch einer.", Para3 + " Zum Schluss.");

        a.Title.Should().Be("Stadtrat beschließt neuen Haushalt");
        a.Lead.Should().Be(Para1);
        a.Text.Should().Contain(Para2).And.NotContain(Para3, "the comments after the label are not the text");
    }

    [Fact]
    public void The_document_titles_headline_is_the_title_though_it_ends_with_a_period_and_ten_short_lines_stand_under_it()
    {
        // national geographic's headline is a sentence; management-circle's has date, writer, category and share
        // lines under it. Before, a picture credit and a subheading further down were the titles.
        var a = Parse(
            "Der Stadtrat hat den Haushalt beschlossen. Die Opposition ist dagegen. | Stadtanzeiger",
            "Startseite", "Der Stadtrat hat den Haushalt beschlossen. Die Opposition ist dagegen.",
            "  • 25. Juli 2019", "  • Isabella Beyer", "  • Politik, Stadt", "  • 0 Kommentare", "Gefällt Ihnen, was Sie lesen? Teilen Sie diesen Beitrag!",
            "  • Tweet", "  • Teilen", "Foto: Archiv", "Bild von Ed Marshall, Archiv der Stadt", "Gut zu wissen", Para1, Para2, "Was kommt", Para3);

        a.Title.Should().Be("Der Stadtrat hat den Haushalt beschlossen. Die Opposition ist dagegen.");
        a.Lead.Should().Be(Para1);
    }

    [Fact]
    public void The_headline_repeated_over_a_feed_after_the_text_is_not_the_title_of_that_feed()
    {
        // nymag.com: the headline stands only after the text, over "Most Viewed Stories" and a feed of teasers.
        var a = Parse(
            "Stadtrat beschließt neuen Haushalt", "Startseite", Para1, Para2, Para3, Para1 + " Dazu mehr.", Para2 + " Und weiter.", "  • Politik", "  • Mehr",
            "Stadtrat beschließt neuen Haushalt", "Meistgesehen", "  • Eins", "  • Zwei", "  • Drei", "THE FEED", "7:00 a.m.",
            "Ein anderes Thema ganz anders", "Von Eric Levitz",
            "Die Stadt hat eine neue Brücke über den Fluss eröffnet, nach vier Jahren Bauzeit und vielen Verzögerungen.");

        a.Text.Should().Contain(Para1).And.Contain(Para3);
    }

    [Fact]
    public void Without_the_document_titles_help_a_headline_over_its_date_or_byline_is_the_title()
    {
        // thepostpartumparty.com: the headline over «July 24, 2019 by Amy Motroni», a list, then the main block under
        // a subheading, which was the title.
        var a = Parse("Clever Ideas - The Party", "Startseite", "20 Clever Small Nursery Ideas When You Are Tight On Space",
            "July 24, 2019 by Amy Motroni 5 Comments", "  • Share", "  • Tweet", "Kurz vorweg", "  • Eins", "  • Zwei", "  • Drei", "  • Vier",
            "  • Fünf", "Small Nursery Idea #1: Maximize Wall Space", Para1, Para2, Para3);
        a.Title.Should().Be("20 Clever Small Nursery Ideas When You Are Tight On Space");

        // amnesty.de: a caption between the headline and its credit; dsv.de: a line that opens with a date.
        Parse("Weltweit | Amnesty", "Presse", "Global: Autonome Waffensysteme dürfen nicht entscheiden",
            "Protestaktion der Kampagne in London (Archivaufnahme)", "© Oli Scarff/Getty Images", Para1, Para2).Title
            .Should().Be("Global: Autonome Waffensysteme dürfen nicht entscheiden");
        Parse("Synchronschwimmen | DSV", "Kommende Events", "Levelpässe für das Synchronschwimmen können bestellt werden", "Synchronschwimmen",
            "01.02.2022 Kategorie: Synchronschwimmen, Verband", Para1, Para2).Title
            .Should().Be("Levelpässe für das Synchronschwimmen können bestellt werden");

        // ln-online.de: a kicker run into the headline over the date, then the headline alone.
        Parse("Lübeck: So war die Auktion", "Lokales Lübeck So lief die Auktion der Schätzchen", "18:34 19.10.2019", "Kostenlos bis 19:34 Uhr",
            "So lief die Auktion der Schätzchen", Para1, Para2).Title.Should().Be("So lief die Auktion der Schätzchen");
    }

    [Fact]
    public void A_headline_worded_a_little_apart_from_the_document_title_is_the_title()
    {
        // «Napa Co. enters …» under «Napa County enters …»: before, the nearest short line above the text.
        var a = Parse(
            "Napa County enters exclusive agreement that could bring Margaritaville resort - ABC7 San Francisco",
            "ABC7 Live Newscasts Midday Live", "Home / Napa / Business", "Napa Co. enters exclusive agreement that could bring Margaritaville",
            "Getty Images Photo Gallery", Para1, Para2);

        a.Title.Should().Be("Napa Co. enters exclusive agreement that could bring Margaritaville");
        a.Lead.Should().Be(Para1);
    }

    [Fact]
    public void The_sites_name_and_a_short_part_of_the_title_are_not_the_title()
    {
        var a = Parse(
            "Bergisch Gladbach: die Stadt verklagt die Baufirma wegen der Fußgängerzone | Stadtanzeiger",
            "Stadtanzeiger", Para3, "Bergisch Gladbach", Para2,
            "Bergisch Gladbach: die Stadt verklagt die Baufirma wegen der Fußgängerzone", Para1, Para2 + " Weiter.");

        a.Title.Should().Be("Bergisch Gladbach: die Stadt verklagt die Baufirma wegen der Fußgängerzone");
        a.Lead.Should().Be(Para1);
    }

    [Fact]
    public void A_title_line_long_as_a_sentence_is_the_title_not_the_lead()
    {
        const string Title = "Tagung: Institutionen revolutionärer Macht in den europäischen Revolutionen der ersten Hälfte des 19. Jahrhunderts (26. und 27. 2. 2015, Eichstätt)";
        var a = Parse(Title + " | Achtundvierzig", "Suche nach:", "Artikel, Unsere Forschung, Veranstaltungen", Title, "28. Januar 2015 karstenruppert", Para1, Para2);

        a.Title.Should().Be(Title);
        a.Lead.Should().Be(Para1);
        a.Published.Should().Be(new DateTimeOffset(2015, 1, 28, 0, 0, 0, TimeSpan.FromHours(1)), "the byline's date, not the event's in the title");
    }

    [Fact]
    public void Furniture_between_paragraphs_is_skipped_and_credits_and_markers_are_left_out()
    {
        var a = Parse(
            "Stadtrat beschließt neuen Haushalt - Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1,
            "Foto: Max Muster", "Inhalt", "Auf einer Seite lesen", "Anzeige", Para2, "Read More", "Nationale Egoismen", Para3,
            "Das könnte Sie auch interessieren", "Ein ganz anderer Artikel über etwas ganz anderes, das hier nicht hingehört und lang ist.");

        a.Title.Should().Be("Stadtrat beschließt neuen Haushalt");
        (a.Lead + "\n\n" + a.Text).Should().Contain(Para1).And.Contain(Para2).And.Contain(Para3)
            .And.NotContain("Foto: Max Muster").And.NotContain("Auf einer Seite lesen").And.NotContain("Anzeige")
            .And.NotContain("ganz anderer Artikel");
        a.Body.OfType<HeadingBlock>().Select(h => h.Text).Should().Equal("Nationale Egoismen");
    }

    [Fact]
    public void The_date_is_the_metadata_lines_under_the_title_not_a_widgets_above_it_nor_an_events_in_the_text()
    {
        // Before: the "today" widget above the title (a date with a time won over one without), or the lead's event.
        var a = Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Samstag, 19. Oktober 2019, 08:15", "Politik",
            "Stadtrat beschließt neuen Haushalt", "Veröffentlicht am 18. Oktober 2019 von Max Muster",
            "Am 21. Oktober 2019 um 18:00 Uhr tagt der Rat erneut und berät über die Vorlage der Verwaltung zum Haushalt.", Para1, Para2);

        a.Published.Should().Be(new DateTimeOffset(2019, 10, 18, 0, 0, 0, TimeSpan.FromHours(2)));
        a.SourceOf("published").Should().Be(FieldSource.Text);
    }

    [Fact]
    public void An_update_label_gives_the_modified_date_and_a_publication_label_wins_over_a_nearer_line()
    {
        var a = Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt",
            "STADTANZEIGER — 02.01.23 09:51", "Aktualisiert am 03.01.2023, 10:00 Uhr", "von Max Muster, Redaktion Veröffentlicht: 26.12.2022", Para1, Para2);

        a.Published.Should().Be(new DateTimeOffset(2022, 12, 26, 0, 0, 0, TimeSpan.FromHours(1)));
        a.Modified.Should().Be(new DateTimeOffset(2023, 1, 3, 10, 0, 0, TimeSpan.FromHours(1)));
    }

    [Theory]
    [InlineData("  • 21. Januar 202221. Januar 2022", 2022, 1, 21)]
    [InlineData("Veröffentlicht am 10. Februar 20199. Februar 2019 von Heiko", 2019, 2, 10)]
    [InlineData("19.11.202119.11.2021", 2021, 11, 19)]
    public void A_published_date_run_into_the_updated_one_is_read(string line, int year, int month, int day)
    {
        // WordPress prints both dates, and a dump joins them: «202221.» was no year.
        var a = Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", line, Para1, Para2);

        a.Published.Should().Be(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void A_date_line_right_after_the_text_dates_it_unless_a_comment_or_a_teaser_owns_it()
    {
        // hausinfo.ch prints its date under the text, over «Artikel von: hausinfo».
        var a = Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1, Para2, Para3,
            "15.12.2021", "  • Artikel von:", "hausinfo");
        a.Published.Should().Be(new DateTimeOffset(2021, 12, 15, 0, 0, 0, TimeSpan.FromHours(1)));
        a.Provenance.Should().ContainEquivalentOf(new FieldProvenance { Field = "published", Source = FieldSource.Text, Detail = "date line after the text" });

        Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1, Para2, Para3,
            "Aylin sagt:", "20. November 2022 um 10:36 Uhr").Published.Should().BeNull("a comment's date is not the article's");
        Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1, Para2, Para3,
            "Weiterlesen »", "17. Mai 2022").Published.Should().BeNull("a teaser's date is not the article's");
    }

    [Fact]
    public void A_dateline_opening_the_lead_dates_the_story_when_no_line_does()
    {
        var a = Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt",
            "Bonn, 27.01.2022 – " + Para1, Para2, Para3);

        a.Published.Should().Be(new DateTimeOffset(2022, 1, 27, 0, 0, 0, TimeSpan.FromHours(1)));
        Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt",
            "Der Rat hat am 27.01.2022 – nach langer Debatte – " + Para1, Para2, Para3).Published.Should().BeNull("a date inside a sentence is the event's");
    }

    [Theory]
    [InlineData("Von Roland Brockmann und Sebastian Drescher", "Roland Brockmann|Sebastian Drescher")]
    [InlineData("By Emily Burack 8 January 2020, 3:51 pm 11 Edit", "Emily Burack")]
    [InlineData("Autor: Fritz Imhof", "Fritz Imhof")]
    [InlineData("11.12.2019 - Amelie Loevenich", "Amelie Loevenich")]
    [InlineData("10.12.2022 18:27 von\nHinrich Neumann", "Hinrich Neumann")]
    [InlineData("By\nDavid Brand\nand\nRamsey Khalifeh", "David Brand|Ramsey Khalifeh")]
    [InlineData("Martin Jendrischik On 5. Januar 2022|ignored", null)]
    [InlineData("6. Dezember 2022 von Fatima in Gefühle, Popkultur", "Fatima")]
    [InlineData("Veröffentlicht am Juli 9, 2016 von mywakenews", "mywakenews")]
    [InlineData("Posted on October 19, 2019 by IWB · 3 comments", "IWB")]
    [InlineData("29. Juni 2017, 23:39 · von Tobi", "Tobi")]
    [InlineData("1. Januar 2016 von KleineGrüneMonster Ein Kommentar", "KleineGrüneMonster")]
    [InlineData("von David · 18. Oktober 2019", "David")]
    [InlineData("By Daniel · Published: 23. Juli 2017 · Kommentare geschlossen", "Daniel")]
    [InlineData("2. August 2012\nBy oradmin", "oradmin")]
    [InlineData("By oradmin", null)]
    [InlineData("Von oben", null)]
    [InlineData("VON MORITZ GATHMANN am 21. April 2020", "MORITZ GATHMANN")]
    [InlineData("by: Cora Neas", "Cora Neas")]
    [InlineData("By Eric Levitz@EricLevitz", "Eric Levitz")]
    [InlineData("Por Mariano Martín mmartin@ambito.com.ar", "Mariano Martín")]
    [InlineData("By Alejandro Villamor Last updated Nov 8, 2023 Share with new partner:", "Alejandro Villamor")]
    [InlineData("von Herr_Rein Veröffentlicht am 11. Juni 2019", "Herr_Rein")]
    [InlineData("Von Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr", "Katharina Schmidt")]
    [InlineData("Gespeichert von human am 7. Juli 2019 - 18:44\nBlog Beitrag von Margarita Koreneva", "Margarita Koreneva")]
    [InlineData("Veröffentlicht von HansG", "HansG")]
    [InlineData("Gepostet von Katharina Volkwein | Wohnen", "Katharina Volkwein")]
    [InlineData("By Tatyana Turner.", "Tatyana Turner")]
    [InlineData("By Perry Bacon Jr.", "Perry Bacon Jr.")]
    [InlineData("Am 12. Mai 2020 von Berlin aus gestartet", null)]
    [InlineData("Von Berlin aus", null)]
    [InlineData("Von Stadtanzeiger", null)]
    public void A_byline_line_between_the_title_and_the_text_names_the_authors(string byline, string? expected)
    {
        var lines = new List<string> { "Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt" };
        lines.AddRange(byline.Split('|')[0].Split('\n'));
        lines.AddRange([Para1, Para2]);
        var a = Parse([.. lines]);

        a.Authors.Select(x => x.Name).Should().Equal(expected?.Split('|') ?? []);
        if (expected is not null)
        {
            a.Provenance.Should().ContainEquivalentOf(new FieldProvenance { Field = "authors", Source = FieldSource.Text, Detail = "byline line" });
        }
    }

    [Theory]
    [InlineData("19.10.19, 18:56\nOliver Baroni", "Oliver Baroni")]
    [InlineData("Christoph von Ritter\n24. April 2020", "Christoph von Ritter")]
    [InlineData("Bettina Kugler 19.10.2019, 05:00 Uhr", "Bettina Kugler")]
    [InlineData("Swantje Schemmerling | 06.11.23", "Swantje Schemmerling")]
    [InlineData("ByAlex Bozarjian\nMarch 3, 2022", "Alex Bozarjian")]
    [InlineData("Artikel von Alexa von Heyden 12.03.2021", "Alexa von Heyden")]
    [InlineData("Oliver Baroni", null)]
    [InlineData("The Guardian 02/10/2020", null)]
    [InlineData("19. Oktober 2019 15:07\nBernd Lucke, AfD-Mitbegründer, verlässt den Hörsaal der Universität", null)]
    [InlineData("Amrumbank West Topside Installation 28.04.2014 © E.ON Climate", null)]
    [InlineData("24. April 2020\nRecent Posts", null)]
    public void A_name_beside_the_date_names_the_author_when_no_label_does(string lines, string? expected)
    {
        var dump = new List<string> { "Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt" };
        dump.AddRange(lines.Split('\n'));
        dump.AddRange([Para1, Para2]);
        var a = Parse([.. dump]);

        a.Authors.Select(x => x.Name).Should().Equal(expected is null ? [] : [expected]);
        if (expected is not null)
        {
            a.Provenance.Should().ContainEquivalentOf(new FieldProvenance { Field = "authors", Source = FieldSource.Text, Detail = "name beside the date" });
        }
    }

    [Fact]
    public void A_byline_under_the_first_paragraph_or_over_the_title_names_the_writer_and_a_menu_names_no_one()
    {
        // nytimes.com: summary, caption, then "By Ivan Penn"; archive.modabot.de: the post line over the headline.
        Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1,
            "Der Rathaussaal am Mittwoch.", "By Ivan Penn", Para2, Para3).Authors.Select(x => x.Name).Should().Equal("Ivan Penn");
        Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "27. Januar 2014 by Barbara Russ / Kategorien: Event",
            "Stadtrat beschließt neuen Haushalt", Para1, Para2).Authors.Select(x => x.Name).Should().Equal("Barbara Russ");
        Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "  • Über mich", "  • Texte", "  • Bücher", "  • Archiv",
            "Stadtrat beschließt neuen Haushalt", "7. Jun 2017, 11:19", Para1, Para2).Authors.Should().BeEmpty("a menu's item names no writer");
    }

    [Fact]
    public void A_Chinese_dump_has_paragraphs_though_it_writes_no_spaces_and_its_editor_under_the_text_is_the_author()
    {
        // xinhuanet.com: each paragraph was one "word", so no line was long enough to be text.
        var a = Parse("武汉的声音：有英勇的你，才有英雄的城！-新华网", "首页", "武汉的声音：有英勇的你，才有英雄的城！", "2020-02-16 09:49:41 来源：新华网",
            "这英雄的城市称谓，并非流连于历史的功勋，更是时至今日仍然在书写的壮丽篇章，每一个坚守岗位的人都值得尊敬。",
            "无情未必真豪杰，怜子如何不丈夫。真正的英雄同样会落泪，也会在深夜里想念远方的家人和孩子。",
            "越是到疫情防控最为吃劲的时候，越是需要汇聚信心与力量，共同守护这座城市和这里的每一个人。",
            "【纠错】", "责任编辑： 焦鹏", "关注我们");

        a.Title.Should().Be("武汉的声音：有英勇的你，才有英雄的城！");
        a.Text.Should().Contain("无情未必真豪杰").And.Contain("共同守护这座城市").And.NotContain("纠错").And.NotContain("关注我们");
        a.Authors.Select(x => x.Name).Should().Equal("焦鹏");
    }

    [Fact]
    public void A_credit_under_the_text_names_the_writer_when_the_header_names_none()
    {
        // livenet.ch: «Autor: Fritz Imhof» under the text; a blog's user name in the header still wins over a name there.
        Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1, Para2, Para3, "Autor: Fritz Imhof",
            "Quelle: Stadtanzeiger").Authors.Select(x => x.Name).Should().Equal("Fritz Imhof");
        Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", "Publiziert am 13. Januar 2014 von uriebe",
            Para1, Para2, Para3, "Autor: Tom Stelling").Authors.Select(x => x.Name).Should().Equal("uriebe");
    }

    [Fact]
    public void A_long_byline_under_the_title_is_neither_lead_nor_text()
    {
        // 90min.de: the line was the lead, so neither its writer nor its date was read.
        var a = Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt",
            "Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023, 8:54 AM GMT+1", Para1, Para2);

        a.Authors.Select(x => x.Name).Should().Equal("Jan Kupitz");
        a.Lead.Should().Be(Para1);
        a.Published.Should().Be(new DateTimeOffset(2023, 10, 24, 0, 0, 0, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_Persian_credit_line_names_the_author_and_the_role()
    {
        var persian = NewsModel.Tests.Extraction.LanguageToolsTests.Persian;
        var a = TextArticleParser.Default.Parse("وزیر آموزش و پرورش از بازگشایی مدرسه‌ها خبر داد\nخبرنگار: مریم احمدی\n" + persian + "\n" + persian + " دوباره\n").Value;

        a.Authors.Should().ContainSingle().Which.Should().Be(new Author { Name = "مریم احمدی", Role = "خبرنگار" });
    }

    [Fact]
    public void A_row_of_share_buttons_and_a_notice_under_every_embed_are_no_text()
    {
        const string Consent = "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram und die Übertragung Ihrer Daten.";
        var a = Parse("Stadtrat beschließt neuen Haushalt - Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1,
            "Auf Facebook teilen In Messenger teilen Auf Twitter teilen In Whatsapp teilen Via E-Mail teilen", Para2, Consent, Para3, Consent,
            Para2 + " Weiter.", Consent);

        (a.Lead + "\n\n" + a.Text).Should().Contain(Para2).And.Contain(Para3).And.Contain("Weiter.")
            .And.NotContain("Messenger teilen").And.NotContain("Datenschutzerklärung");
    }

    [Fact]
    public void A_heading_over_a_list_the_text_goes_on_after_is_kept_with_its_list()
    {
        // Before: the heading was not followed by a paragraph, so the text ended there.
        var a = Parse("Stadtrat beschließt neuen Haushalt - Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1, Para2,
            "Die Punkte im Überblick", "  • mehr Geld für Schulen", "  • weniger für Straßen", "  • neue Stellen", Para3);

        a.Body.OfType<HeadingBlock>().Select(h => h.Text).Should().Equal("Die Punkte im Überblick");
        a.Body.OfType<ListBlock>().Should().ContainSingle().Which.Items.Should().Equal("mehr Geld für Schulen", "weniger für Straßen", "neue Stellen");
        a.Text.Should().EndWith(Para3);
    }

    [Theory]
    [InlineData("Tags: Energie, Klima, Haushalt", "Energie|Klima|Haushalt")]
    [InlineData("Schlagwörter\n  • Energie\n  • Klima,", "Energie|Klima")]
    [InlineData("Tags: Energie | Klima | Drucken | | Weiterempfehlen | Feedback", "Energie|Klima")]
    [InlineData("Tags: Uncategorized", null)]
    [InlineData("Tags: fashion Mode Nachhaltigkeit outdoor Winter", null)]
    [InlineData("Tags: BerlinGewässerPlakatwettbewerb", null)]
    [InlineData("Tags: Der Rat hat den Haushalt beschlossen.", null)]
    [InlineData("37 views\nTags biggest, history, laundering, money", "biggest|history|laundering|money")]
    [InlineData("Tagged Amazon, Amazon Bolger case, Amazon.com", "Amazon|Amazon Bolger case|Amazon.com")]
    [InlineData("  • Schlagworte\n  • Chris Eubank jr\n  • Liam Williams", "Chris Eubank jr|Liam Williams")]
    [InlineData("Schlagwörter: Alltag, Religionen, Sri Lanka, und Tiere.", "Alltag|Religionen|Sri Lanka|Tiere")]
    [InlineData("Tags darauf spazierte ich am Ufer entlang, es war kalt.", null)]
    public void A_tag_line_after_the_text_gives_the_tags(string line, string? expected)
    {
        var lines = new List<string> { "Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1, Para2 };
        lines.AddRange(line.Split('\n'));
        var a = Parse([.. lines]);

        a.Tags.Should().Equal(expected?.Split('|') ?? []);
    }

    [Theory]
    [InlineData("Startseite › Politik › Stadtrat beschließt neuen Haushalt", "Politik")]
    [InlineData("Home / News / Lokales", "Lokales")]
    [InlineData("خانه » اقتصادی", "اقتصادی")]
    [InlineData("Politik › Kultur › Sport", null)]
    [InlineData("Startseite", null)]
    public void A_breadcrumb_line_over_the_title_names_the_section(string trail, string? expected)
    {
        var a = Parse("Stadtrat beschließt neuen Haushalt | Stadtanzeiger", trail, "Stadtrat beschließt neuen Haushalt", Para1, Para2);

        a.Section.Should().Be(expected);
    }

    [Fact]
    public void Five_dated_headline_lines_newest_first_are_a_list_of_the_latest_news()
    {
        string[] Lines(params int[] days) => days.Select(d => $"{d:00}.01.2022 Stadtrat beschließt Haushalt Nummer {d}").ToArray();
        var dump = new List<string> { "Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1, Para2, "Neueste Meldungen" };

        var a = Parse([.. dump, .. Lines(20, 19, 19, 17, 12)]);
        a.Headlines.Should().ContainSingle().Which.Items.Select(h => h.Published!.Value.Day).Should().Equal(20, 19, 19, 17, 12);
        a.Headlines[0].Items[0].Title.Should().Be("Stadtrat beschließt Haushalt Nummer 20");
        a.Text.Should().NotContain("Nummer");

        Parse([.. dump, .. Lines(12, 17, 19, 19, 20)]).Headlines.Should().BeEmpty("an events calendar's dates rise");
        Parse([.. dump, .. Lines(20, 19, 17, 12)]).Headlines.Should().BeEmpty("four lines are no list");
    }

    [Fact]
    public void Teasers_over_their_read_more_links_are_a_list_and_a_page_of_them_says_page_list()
    {
        var teasers = Enumerable.Range(1, 6).SelectMany(i => new[] { $"Stadtrat beschließt Haushalt Nummer {i}", "Weiterlesen" }).ToArray();
        var page = TextArticleParser.Default.Parse(string.Join("\n", ["Stadtanzeiger - Startseite", .. teasers]) + "\n");

        page.Value.Headlines.Should().ContainSingle().Which.Kind.Should().Be(HeadlineListKind.Page);
        page.Value.Headlines[0].Items.Select(h => h.Title).Should().HaveCount(6).And.StartWith("Stadtrat beschließt Haushalt Nummer 1");
        page.Diagnostics.Should().Contain(d => d.Code == "page.list");

        // Under an article with its text and date, the same teasers are a list of another kind, and no page.list.
        var article = TextArticleParser.Default.Parse(string.Join("\n", ["Stadtrat beschließt neuen Haushalt | Stadtanzeiger", "Stadtrat beschließt neuen Haushalt",
            "Veröffentlicht am 18. Oktober 2019", Para1, Para2, Para3, .. teasers]) + "\n");
        article.Value.Headlines.Should().ContainSingle().Which.Kind.Should().Be(HeadlineListKind.Other);
        article.Diagnostics.Should().NotContain(d => d.Code == "page.list");
        article.Value.Text.Should().Contain(Para2).And.NotContain("Nummer");
    }

    [Fact]
    public void Seven_short_lines_in_a_row_end_the_text()
    {
        var a = Parse("Stadtrat beschließt neuen Haushalt - Stadtanzeiger", "Stadtrat beschließt neuen Haushalt", Para1, Para2,
            "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", Para3);

        (a.Lead + "\n\n" + a.Text).Should().Contain(Para2).And.NotContain(Para3);
    }
}

/// <summary>Dumps in languages other than Persian: told from their letters or words, and never normalized as Persian.</summary>
public class TextArticleParserLanguageTests
{
    [Fact]
    public void An_Arabic_dump_keeps_its_own_letters_and_is_told_Arabic()
    {
        const string Dump = "وزير الخارجية يلتقي نظيره في الرياض\n"
            + "التقى وزير الخارجية اليوم نظيره في العاصمة الرياض وبحث الجانبان العلاقات الثنائية بين البلدين والتطورات الإقليمية في المنطقة.\n"
            + "وأكد الوزير أن الحوار هو السبيل الوحيد لحل الخلافات، مشيرا إلى أهمية التعاون في مجالات الاقتصاد والطاقة والتعليم.\n";
        var r = TextArticleParser.Default.Parse(Dump);

        r.Value.Title.Should().Be("وزير الخارجية يلتقي نظيره في الرياض", "Arabic ي is not Persian ی");
        (r.Value.Lead + r.Value.Text).Should().Contain("وأكد الوزير").And.Contain("إلى أهمية");
        r.Value.Language.Should().Be("ar");
        r.Value.Direction.Should().Be(TextDirection.Rtl);
        r.Value.Provenance.Should().ContainEquivalentOf(new FieldProvenance { Field = "language", Source = FieldSource.Text, Detail = "script of the text" });
    }

    [Fact]
    public void A_Pashto_dump_gets_no_Persian_half_space_repair()
    {
        var p = NewsModel.Tests.Extraction.LanguageToolsTests.Pashto;
        var r = TextArticleParser.Default.Parse("په کابل کې د ښوونځيو د بیا پرانیستلو په اړه خبرې وشوې\n" + p + "\n" + p.Replace("ویلي", "ویلي دي") + "\n");

        r.Value.Language.Should().Be("ps");
        r.Value.Title.Should().Be("په کابل کې د ښوونځيو د بیا پرانیستلو په اړه خبرې وشوې");
        (r.Value.Lead + r.Value.Text).Should().Contain("پرانیستل شي.");
        r.Diagnostics.Should().NotContain(d => d.Code == "text.halfSpacesRepaired");
    }

    [Fact]
    public void A_Pashto_dumps_numeric_date_is_Kabul_time_unless_the_caller_chose_a_zone()
    {
        var p = NewsModel.Tests.Extraction.LanguageToolsTests.Pashto;
        var dump = "په کابل کې د ښوونځيو د بیا پرانیستلو په اړه خبرې وشوې\n۱۴۰۳/۰۱/۱۵ - ۱۰:۳۰\n" + p + "\n" + p.Replace("ویلي", "ویلي دي") + "\n";

        TextArticleParser.Default.Parse(dump).Value.Published.Should().Be(new DateTimeOffset(2024, 4, 3, 10, 30, 0, TimeSpan.FromHours(4.5)));
        TextArticleParser.Default.Parse(dump, null, new DateTimeOffset(2024, 4, 3, 12, 0, 0, TimeSpan.Zero)).Value.Published!.Value.Offset
            .Should().Be(TimeSpan.FromHours(4.5), "with a fetch time too");

        // The caller's zone wins; a Persian dump's numeric date stays Tehran's.
        var tehran = new TextArticleParser(new TextArticleParserOptions { Dates = DateParseOptions.Default with { Zone = TimeZoneInfo.CreateCustomTimeZone("Asia/Tehran", TimeSpan.FromHours(3.5), "Tehran", "Tehran") } });
        tehran.Parse(dump).Value.Published!.Value.Offset.Should().Be(TimeSpan.FromHours(3.5));
        var persian = NewsModel.Tests.Extraction.LanguageToolsTests.Persian;
        TextArticleParser.Default.Parse("وزیر آموزش و پرورش از بازگشایی مدرسه‌ها خبر داد\n۱۴۰۳/۰۱/۱۵ - ۱۰:۳۰\n" + persian + "\n" + persian + " دوباره\n").Value.Published!.Value.Offset
            .Should().Be(TimeSpan.FromHours(3.5));
    }

    [Fact]
    public void An_Urdu_dumps_time_is_Pakistan_time_unless_the_caller_chose_a_zone()
    {
        // Read in Tehran time before: an hour and a half off.
        var u = NewsModel.Tests.Extraction.LanguageToolsTests.Urdu;
        var dump = "وزیر اعظم کی زیر صدارت اسلام آباد میں اہم اجلاس\n7 March 2024 10:30\n" + u + "\n" + u.Replace("آج", "کل") + "\n";

        TextArticleParser.Default.Parse(dump).Value.Language.Should().Be("ur");
        TextArticleParser.Default.Parse(dump).Value.Published.Should().Be(new DateTimeOffset(2024, 3, 7, 10, 30, 0, TimeSpan.FromHours(5)));
        TextArticleParser.Default.Parse(dump, null, new DateTimeOffset(2024, 3, 7, 12, 0, 0, TimeSpan.Zero)).Value.Published!.Value.Offset
            .Should().Be(TimeSpan.FromHours(5), "with a fetch time too");
        var utc = new TextArticleParser(new TextArticleParserOptions { Dates = DateParseOptions.Default with { Zone = TimeZoneInfo.Utc } });
        utc.Parse(dump).Value.Published!.Value.Offset.Should().Be(TimeSpan.Zero);
    }

    private const string GermanDump = "Stadtrat beschließt neuen Haushalt für das kommende Jahr\n18.03.2020 13:15 Uhr\n"
        + "Der Stadtrat hat am Mittwoch mit großer Mehrheit den Haushalt für das kommende Jahr beschlossen, wie die Verwaltung mitteilte.\n"
        + "Die Opposition kritisierte die geplanten Ausgaben für den Straßenbau und forderte mehr Geld für die Schulen in der Stadt.\n";

    private const string EnglishDump = "City council approves the budget for next year\nMarch 18, 2020 1:15 PM\n"
        + "The city council approved the budget for next year by a large majority on Wednesday, the administration said in a statement.\n"
        + "The opposition criticised the planned spending on roads and asked for more money for the schools in the city and its suburbs.\n";

    [Fact]
    public void A_German_dumps_time_is_Central_European_as_a_German_pages_is()
    {
        // Read in Tehran time before (+03:30): two and a half hours off, the day of a late-evening article a day off.
        var r = TextArticleParser.Default.Parse(GermanDump);

        r.Value.Language.Should().Be("de");
        r.Value.Published.Should().Be(new DateTimeOffset(2020, 3, 18, 13, 15, 0, TimeSpan.FromHours(1)));
        r.Diagnostics.Should().ContainSingle(d => d.Code == "published.zone-inferred").Which.Message.Should().Contain("its language is de");
        var summer = TextArticleParser.Default.Parse(GermanDump.Replace("18.03.2020", "18.06.2020", StringComparison.Ordinal)).Value.Published;
        summer.Should().Be(new DateTimeOffset(2020, 6, 18, 13, 15, 0, TimeSpan.FromHours(2)), "the EU's summer time");
        TextArticleParser.Default.Parse(GermanDump, null, new DateTimeOffset(2020, 3, 19, 8, 0, 0, TimeSpan.Zero)).Value.Published!.Value.Offset
            .Should().Be(TimeSpan.FromHours(1), "with a fetch time too");
    }

    [Fact]
    public void An_English_dump_is_in_UTC_and_says_so_unless_its_address_or_the_caller_names_a_zone()
    {
        var r = TextArticleParser.Default.Parse(EnglishDump);
        r.Value.Language.Should().Be("en");
        r.Value.Published.Should().Be(new DateTimeOffset(2020, 3, 18, 13, 15, 0, TimeSpan.Zero));
        r.Diagnostics.Should().ContainSingle(d => d.Code == "published.zone-assumed").Which.Severity.Should().Be(DiagnosticSeverity.Warning);

        // A .de address names Central European Time in any language; the caller's zone wins over both.
        var fromGermany = TextArticleParser.Default.Parse(EnglishDump, new Uri("https://www.example.de/news/1"));
        fromGermany.Value.Published.Should().Be(new DateTimeOffset(2020, 3, 18, 13, 15, 0, TimeSpan.FromHours(1)));
        fromGermany.Diagnostics.Should().Contain(d => d.Code == "published.zone-inferred" && d.Message.Contains("its address is .de", StringComparison.Ordinal));
        var kabul = new TextArticleParser(new TextArticleParserOptions { Dates = DateParseOptions.Default with { Zone = TimeZoneInfo.CreateCustomTimeZone("Asia/Kabul", TimeSpan.FromHours(4.5), "Kabul", "Kabul") } });
        var chosen = kabul.Parse(EnglishDump, new Uri("https://www.example.de/news/1"));
        chosen.Value.Published!.Value.Offset.Should().Be(TimeSpan.FromHours(4.5));
        chosen.Diagnostics.Should().NotContain(d => d.Code.StartsWith("published.zone", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dump_in_a_language_not_told_and_without_Arabic_letters_is_in_UTC_not_Tehran_time()
    {
        // Finnish: neither its letters nor the function words the library knows tell it; it was read in Tehran time.
        const string Finnish = "Hallitus hyväksyi ensi vuoden talousarvion\n19.2.2020 16:20\n"
            + "Hallitus hyväksyi tiistaina ensi vuoden talousarvion pitkän keskustelun jälkeen, kertoi valtiovarainministeriö tiedotteessaan.\n"
            + "Oppositio arvosteli suunniteltuja menoja teiden rakentamiseen ja vaati lisää rahaa kaupungin kouluille ja päiväkodeille.\n";
        var r = TextArticleParser.Default.Parse(Finnish);

        r.Value.Language.Should().BeNull();
        r.Value.Published.Should().Be(new DateTimeOffset(2020, 2, 19, 16, 20, 0, TimeSpan.Zero));
        r.Diagnostics.Should().Contain(d => d.Code == "published.zone-assumed");
        TextArticleParser.Default.Parse(Finnish, new Uri("https://www.example.de/a/1")).Value.Published!.Value.Offset
            .Should().Be(TimeSpan.FromHours(1), "a .de address names Central European Time");
    }

    [Fact]
    public void A_numeric_date_is_no_Jalali_date_in_a_dump_that_is_not_Persian()
    {
        // observer.com prints "11/08/23 5:19pm" (November 8, 2023): it was read as 1411/08/23, in 2032.
        var english = TextArticleParser.Default.Parse(EnglishDump.Replace("March 18, 2020 1:15 PM", "By Alexandra Tremayne • 11/08/23 5:19pm", StringComparison.Ordinal));
        english.Value.Published.Should().BeNull();

        var persian = NewsModel.Tests.Extraction.LanguageToolsTests.Persian;
        TextArticleParser.Default.Parse("وزیر آموزش و پرورش از بازگشایی مدرسه‌ها خبر داد\n98/02/12 - 16:12\n" + persian + "\n" + persian + " دوباره\n")
            .Value.Published.Should().Be(new DateTimeOffset(2019, 5, 2, 16, 12, 0, TimeSpan.FromHours(4.5)), "a Persian dump's yy/mm/dd is Jalali");
    }

    [Fact]
    public void A_dump_that_writes_its_offset_needs_no_zone_and_a_Persian_dump_says_nothing_of_one()
    {
        var withOffset = TextArticleParser.Default.Parse(EnglishDump.Replace("March 18, 2020 1:15 PM", "2020-03-18T13:15:00+05:00", StringComparison.Ordinal));
        withOffset.Value.Published.Should().Be(new DateTimeOffset(2020, 3, 18, 13, 15, 0, TimeSpan.FromHours(5)));
        withOffset.Diagnostics.Should().NotContain(d => d.Code.StartsWith("published.zone", StringComparison.Ordinal));

        var persian = NewsModel.Tests.Extraction.LanguageToolsTests.Persian;
        var tehran = TextArticleParser.Default.Parse("وزیر آموزش و پرورش از بازگشایی مدرسه‌ها خبر داد\n۱۴۰۳/۰۱/۱۵ - ۱۰:۳۰\n" + persian + "\n" + persian + " دوباره\n");
        tehran.Value.Published.Should().Be(new DateTimeOffset(2024, 4, 3, 10, 30, 0, TimeSpan.FromHours(3.5)));
        tehran.Diagnostics.Should().NotContain(d => d.Code.StartsWith("published.zone", StringComparison.Ordinal));
    }

    [Fact]
    public void A_French_dump_keeps_the_spaces_inside_its_guillemets()
    {
        const string Dump = "Le gouvernement présente son plan\n"
            + "Le ministre a présenté mardi un plan qui « vise à réduire les dépenses » et qui sera débattu dans les prochaines semaines au Parlement.\n"
            + "Les syndicats ont annoncé qu'ils ne sont pas d'accord avec les mesures et qu'une grève est prévue pour le mois prochain dans tout le pays.\n";
        var a = TextArticleParser.Default.Parse(Dump).Value;

        (a.Lead + a.Text).Should().Contain("« vise à réduire les dépenses »", "French writes spaces inside guillemets; the Persian rule removes them");
        a.Language.Should().Be("fr");
        a.Direction.Should().Be(TextDirection.Ltr);
    }
}
