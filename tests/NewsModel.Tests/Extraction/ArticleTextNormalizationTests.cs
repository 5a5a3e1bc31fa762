using NewsModel.Persian;

namespace NewsModel.Tests.Extraction;

public class ArticleTextNormalizationTests
{
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
}
