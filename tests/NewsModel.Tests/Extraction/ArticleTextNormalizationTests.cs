using NewsModel.Extraction;
using NewsModel.Persian;
using NewsModel.Serialization;

namespace NewsModel.Tests.Extraction;

public class ArticleTextNormalizationTests
{
    [Fact]
    public void A_lone_surrogate_becomes_a_replacement_character_and_a_pair_stays()
    {
        // In code, not in [InlineData]: an attribute's strings are stored as UTF-8, which cannot hold a lone surrogate.
        (string Text, string Expected)[] cases =
        [
            ("plain", "plain"),
            ("emoji \uD83D\uDE00 kept", "emoji \uD83D\uDE00 kept"),
            ("lone \uD800 high", "lone \uFFFD high"),
            ("lone \uDC00 low", "lone \uFFFD low"),
            ("\uD83D", "\uFFFD"),
            ("reversed \uDE00\uD83D pair", "reversed \uFFFD\uFFFD pair"),
            ("\uD83D\uD83D\uDE00", "\uFFFD\uD83D\uDE00"),
        ];

        foreach (var (text, expected) in cases)
        {
            var valid = ArticleTextNormalizer.WithValidSurrogates(text);

            valid.Should().Be(expected);
            if (text == expected)
            {
                valid.Should().BeSameAs(text);
            }
        }
    }

    [Fact]
    public void A_callers_string_with_lone_surrogates_gives_models_whose_json_reads_back_the_same()
    {
        // Found by parsing strings holding half a surrogate pair: the article kept it, JSON wrote U+FFFD in its place,
        // and the JSON did not read back as the same article.
        const string Html = "<html><head><title>Title \uD800 here</title></head><body><h1>Headline \uD800 of the story</h1>"
            + "<p>Text with a lone \uDC00 surrogate and an emoji \uD83D\uDE00 and more words to make a body paragraph.</p>"
            + "<ul><li><a href=\"/news/1/a\">Another headline \uD83D of the day here</a></li><li><a href=\"/news/2/b\">A third headline of the day here</a></li></ul></body></html>";
        var url = new Uri("https://example.com/news/3/c");

        var article = ArticleParser.Default.Parse(Html, url).Value;
        var text = TextArticleParser.Default.Parse("Headline \uD800 of the story\n\nText with a lone \uDC00 surrogate and words enough for a paragraph.").Value;
        var lists = HeadlineParser.Default.Parse(Html, new Uri("https://example.com/")).Value;

        article.Title.Should().Be("Headline \uFFFD of the story");
        article.Text.Should().Contain("lone \uFFFD surrogate").And.Contain("\uD83D\uDE00");
        var json = NewsJson.Serialize(article);
        NewsJson.Serialize(NewsJson.DeserializeArticle(json)).Should().Be(json);
        var textJson = NewsJson.Serialize(text);
        NewsJson.Serialize(NewsJson.DeserializeArticle(textJson)).Should().Be(textJson);
        lists.SelectMany(l => l.Items).Should().Contain(h => h.Title == "Another headline \uFFFD of the day here");
        var listJson = NewsJson.Serialize(lists);
        NewsJson.Serialize(NewsJson.Deserialize<IReadOnlyList<HeadlineList>>(listJson)).Should().Be(listJson);
    }

    [Fact]
    public void A_diagnostic_quoting_a_lone_surrogate_reads_back_from_json_the_same()
    {
        // The messages quote page values: an unreadable date quoted half a pair, and its JSON did not read back.
        const string Html = "<html><head><meta property=\"article:published_time\" content=\"yesterday \uD800 noon\"></head>"
            + "<body><h1>Headline of the story</h1><p>Text of the story with words enough to make a body paragraph here.</p></body></html>";

        var diagnostics = ArticleParser.Default.Parse(Html, new Uri("https://example.com/news/3/c")).Diagnostics;

        var quoting = diagnostics.Where(d => d.Message.Contains("yesterday", StringComparison.Ordinal)).ToList();
        quoting.Should().NotBeEmpty();
        quoting.Should().OnlyContain(d => d.Message.Contains("yesterday \uFFFD noon", StringComparison.Ordinal));
        var json = NewsJson.Serialize(diagnostics);
        NewsJson.Serialize(NewsJson.Deserialize<IReadOnlyList<ParseDiagnostic>>(json)).Should().Be(json);
        new ParseDiagnostic { Code = "x", Message = "pair \uD83D\uDE00, low \uDC00" }.Message.Should().Be("pair \uD83D\uDE00, low \uFFFD");
    }

    [Fact]
    public void Persian_text_fields_are_normalized_by_default_and_kept_as_written_on_request()
    {
        var bytes = TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html");
        var url = new Uri("https://www.isna.ir/news/98030903723/");

        var normalized = ArticleParser.Default.Parse(bytes, url).Value;
        var raw = new ArticleParser(ArticleParserOptions.Default with { PersianNormalization = null }).Parse(bytes, url).Value;

        raw.Tags[0].Should().Be("تيم فوتبال پرسپوليس", "the page writes the tag with Arabic ي");
        normalized.Tags[0].Should().Be("تیم فوتبال پرسپولیس");
        normalized.Tags.Should().HaveCount(raw.Tags.Count);
        normalized.Title.Should().Be(raw.Title, "the title was already clean");
        normalized.Text.Should().Contain("گفت\u200cوگو", "half-spaces are kept");
    }

    [Fact]
    public void Soft_hyphens_are_removed_from_every_text_field_so_words_can_be_found()
    {
        const string html = "<html lang=\"de\"><body><article><h1>Schulze: Deutsch\u00ADland steht an der Seite des Welt\u00ADernährungs\u00ADprogramms</h1>"
            + "<p>Die Ministerin sagte am Dienstag, Deutsch\u00ADland werde seine Hilfe für das Programm im kommenden Jahr erhöhen.</p>"
            + "<p>Das Welt\u00ADernährungs\u00ADprogramm versorgt nach eigenen Angaben Millionen Menschen in mehr als achtzig Ländern.</p>"
            + "</article></body></html>";

        var a = ArticleParser.Default.Parse(html).Value;

        a.Title.Should().Be("Schulze: Deutschland steht an der Seite des Welternährungsprogramms");
        a.Text.Should().Contain("Deutschland werde").And.Contain("Das Welternährungsprogramm versorgt").And.NotContain("\u00AD");
        a.Body.OfType<ParagraphBlock>().Should().OnlyContain(p => !p.Text.Contains('\u00AD'));
    }

    [Fact]
    public void An_article_without_soft_hyphens_comes_back_as_the_same_instance()
    {
        var a = ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "articles", "tasnim-2015910.html")).Value;
        ReferenceEquals(NewsModel.Extraction.ArticleTextNormalizer.Apply(a, NewsModel.Extraction.ArticleTextNormalizer.WithoutSoftHyphens), a).Should().BeTrue();
    }

    [Fact]
    public void Digits_follow_the_chosen_normalization()
    {
        const string html = "<html lang=\"fa\"><head><title>خبر</title></head><body><h1>افزایش ۲۰ درصدی قیمت</h1>"
            + "<article><p>به گزارش خبرگزاری، قیمت کالاها در سال ۱۴۰۲ بیست درصد افزایش یافت و این روند ادامه دارد.</p>"
            + "<p>کارشناسان می‌گویند این افزایش در ماه‌های آینده نیز ادامه خواهد داشت و بازار را تحت تاثیر قرار می‌دهد.</p></article></body></html>";
        var ascii = new ArticleParser(ArticleParserOptions.Default with
        {
            PersianNormalization = PersianNormalizerOptions.Default with { Digits = DigitStyle.Ascii },
        }).Parse(html).Value;

        ascii.Title.Should().Be("افزایش 20 درصدی قیمت");
        ascii.Text.Should().Contain("سال 1402");
        ArticleParser.Default.Parse(html).Value.Title.Should().Be("افزایش ۲۰ درصدی قیمت", "the default keeps digits as written");
    }

    [Fact]
    public void Arabic_pages_keep_their_own_letters()
    {
        const string html = "<html lang=\"ar\" dir=\"rtl\"><head><title>خبر</title></head><body><h1>رئيس الوزراء يلتقي الملك</h1>"
            + "<article><p>التقى رئيس الوزراء اليوم بالملك في القصر الملكي لبحث القضايا الإقليمية والدولية ذات الاهتمام المشترك.</p>"
            + "<p>وأكد الجانبان على أهمية التعاون بين البلدين في كافة المجالات وتعزيز العلاقات الثنائية بينهما.</p></article></body></html>";
        var a = ArticleParser.Default.Parse(html).Value;

        a.Language.Should().Be("ar");
        a.Title.Should().Be("رئيس الوزراء يلتقي الملك", "Arabic ي is correct Arabic spelling");
    }

    private static string PashtoPage(string lang) =>
        $"<html{lang}><head><meta property=\"article:published_time\" content=\"2024-03-05T10:00:00\"></head><body><article>"
        + "<h1>په کابل کې د ښوونځيو د بیا پرانیستلو په اړه خبرې وشوې</h1>"
        + $"<p>{LanguageToolsTests.Pashto}</p><p>{LanguageToolsTests.Pashto}</p></article></body></html>";

    [Theory]
    [InlineData(" lang=\"fa\"")]
    [InlineData(" lang=\"ar\"")]
    [InlineData("")]
    public void A_Pashto_page_is_Pashto_whatever_its_template_says_and_keeps_its_letters(string lang)
    {
        var r = ArticleParser.Default.Parse(PashtoPage(lang));
        var a = r.Value;

        a.Language.Should().Be("ps");
        a.Direction.Should().Be(TextDirection.Rtl);
        a.Title.Should().Be("په کابل کې د ښوونځيو د بیا پرانیستلو په اړه خبرې وشوې", "Pashto ي (ښوونځيو) is not Persian ی");
        a.Text.Should().Contain("ویلي چې").And.Contain("پرانیستل شي.");
        a.Published.Should().Be(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.FromHours(4.5)), "a Pashto page's time without an offset is Kabul's");
        if (lang.Length > 0)
        {
            r.Diagnostics.Should().Contain(d => d.Code == "language.conflict");
        }
    }

    [Fact]
    public void A_Pashto_page_tagged_Pashto_stays_so_and_an_Urdu_page_is_not_normalized_as_Persian()
    {
        ArticleParser.Default.Parse(PashtoPage(" lang=\"ps\"")).Diagnostics.Should().NotContain(d => d.Code == "language.conflict");

        // Tatweel and a bidi mark: the Persian normalizer would remove both.
        var urdu = LanguageToolsTests.Urdu.Replace("اہم", "اہـــم") + "\u200F";
        var a = ArticleParser.Default.Parse($"<html lang=\"fa\"><body><article><h1>اسلام آباد میں اجلاس</h1><p>{urdu}</p><p>{urdu}</p></article></body></html>").Value;

        a.Language.Should().Be("ur");
        a.Text.Should().Contain("اہـــم").And.Contain("\u200F");
    }

    [Fact]
    public void A_Persian_page_written_in_presentation_forms_reads_as_letters()
    {
        // An old typesetting system's headline and body in contextual glyphs: a search for «گزارش» must find them.
        const string html = "<html lang=\"fa\"><body><article><h1>ﮔﺰﺍﺭﺵ ﺧﺒﺮﯼ ﺍﺯ ﺗﻬﺮﺍﻥ</h1>"
            + "<p>ﺍﯾﻦ ﯾﮏ ﮔﺰﺍﺭﺵ ﺧﺒﺮﯼ ﺍﺳﺖ ﮐﻪ ﺑﺎ ﺣﺮﻭﻑ ﻗﺪﯾﻤﯽ ﻧﻮﺷﺘﻪ ﺷﺪﻩ ﻭ ﺑﺎﯾﺪ ﺑﻪ ﺣﺮﻭﻑ ﻋﺎﺩﯼ ﺗﺒﺪﯾﻞ ﺷﻮﺩ ﺗﺎ ﺩﺭ ﺟﺴﺘﺠﻮ ﭘﯿﺪﺍ ﺷﻮﺩ.</p>"
            + "<p>ﺍﯾﻦ ﯾﮏ ﮔﺰﺍﺭﺵ ﺧﺒﺮﯼ ﺍﺳﺖ ﮐﻪ ﺑﺎ ﺣﺮﻭﻑ ﻗﺪﯾﻤﯽ ﻧﻮﺷﺘﻪ ﺷﺪﻩ ﻭ ﺑﺎﯾﺪ ﺑﻪ ﺣﺮﻭﻑ ﻋﺎﺩﯼ ﺗﺒﺪﯾﻞ ﺷﻮﺩ.</p></article></body></html>";
        var a = ArticleParser.Default.Parse(html).Value;

        a.Title.Should().Be("گزارش خبری از تهران");
        ArticleParser.Default.Parse(html.Replace(" lang=\"fa\"", "", StringComparison.Ordinal)).Value.Title
            .Should().Be("گزارش خبری از تهران", "without a language tag the glyphs' letters say Persian");
        a.Text.Should().StartWith("این یک گزارش خبری است");
        new ArticleParser(ArticleParserOptions.Default with { PersianNormalization = null }).Parse(html).Value.Title.Should().Be("ﮔﺰﺍﺭﺵ ﺧﺒﺮﯼ ﺍﺯ ﺗﻬﺮﺍﻥ");
    }
}
