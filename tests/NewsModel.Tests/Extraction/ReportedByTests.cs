using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

/// <summary>The outlet a text opens by naming: «به گزارش X،», agency datelines, wire datelines.</summary>
public class ReportedByTests
{
    [Theory]
    [InlineData("به گزارش خبرگزاری تسنیم، دیدار دو تیم", "خبرگزاری تسنیم", true)]
    [InlineData("به گزارش \"ورزش سه\"، تراکتورسازی بعد از هفته‌ها", "ورزش سه", true)]
    [InlineData("به گزارش «شهرآرانیوز»، قلندرشریف گفت", "شهرآرانیوز", true)]
    [InlineData("به گزارش ایسنا، وزیر گفت", "ایسنا", true)]
    [InlineData("به گزارش گروه استان‌های باشگاه خبرنگاران جوان از شهرکرد، گردهمایی", "باشگاه خبرنگاران جوان", false)]
    [InlineData("به گزارش گروه سیاسی خبرگزاری مهر از قم، نشست", "خبرگزاری مهر", false)]
    [InlineData("به گزارش خبرنگار ورزشی ایسنا، تیم ملی", "ایسنا", false)]
    [InlineData("به گزارش خبرنگار ایسنا در اصفهان، باران", "ایسنا", false)]
    [InlineData("به گزارش خبرنگار اعزامی ایسنا به ژنو، مذاکرات", "ایسنا", false)]
    [InlineData("به گزارش ایرنا از لندن، نخست‌وزیر", "ایرنا", false)]
    [InlineData("به گزارش مشرق به نقل از فارس، فرمانده", "مشرق", false)]
    [InlineData("به گزارش روابط عمومی شرکت آب و فاضلاب مشهد، قطعی آب", "روابط عمومی شرکت آب و فاضلاب مشهد", true)]
    public void Reads_the_outlet_of_a_persian_opening(string text, string name, bool plain) =>
        ReportedBy.Read(text).Should().Be(new ReportedByName(name, plain));

    [Theory]
    [InlineData("به گزارش خبرنگار ما، مردم")]
    [InlineData("به گزارش‌های رسیده از منطقه حاکی است که باران امروز شدیدتر از روزهای گذشته بارید و خسارت زیادی به جا گذاشت، مردم")]
    [InlineData("وزیر امروز گفت به گزارش ایسنا، ")]
    [InlineData("به گزارش ۱۲۳، ")]
    [InlineData("")]
    [InlineData(null)]
    public void Names_nothing_when_the_opening_names_no_outlet(string? text) =>
        ReportedBy.Read(text).Should().BeNull();

    [Theory]
    [InlineData("تهران- ایرنا- رئیس‌جمهور امروز", "ایرنا")]
    [InlineData("مشهد - ایسنا - باران", "ایسنا")]
    public void Reads_a_persian_agency_dateline(string text, string name) =>
        ReportedBy.Read(text).Should().Be(new ReportedByName(name, Plain: false));

    [Theory]
    [InlineData("Frankfurt/Main (dpa) - Für einen Roman", "dpa")]
    [InlineData("Hamburg (dpa/lno) – Trotz eines Gespräches", "dpa/lno")]
    [InlineData("WASHINGTON (AP) — The Senate voted", "AP")]
    [InlineData("Montpellier (SID) – Tennis-Olympiasieger", "SID")]
    [InlineData("Wien (epdÖ) – Auch während", "epdÖ")]
    [InlineData("(Reuters) - Shares rose", "Reuters")]
    public void Reads_a_wire_dateline(string text, string name) =>
        ReportedBy.Read(text).Should().Be(new ReportedByName(name, Plain: false));

    [Theory]
    [InlineData("Rostow (Russland) - Bei einem Brand")]
    [InlineData("Mikaela Shiffrin (USA/Ski alpin): Mit 18 Jahren")]
    [InlineData("(Leipzig) - Von Preisbremsen")]
    [InlineData("The agency (AP) said on Monday that")]
    [InlineData("سه‌شنبه - ۱۷ اسفند - باران")]
    [InlineData("فوتبال - لیگ برتر - پرسپولیس")]
    public void A_place_or_topic_in_parentheses_or_between_dashes_is_no_agency(string text) =>
        ReportedBy.Read(text).Should().BeNull();

    [Fact]
    public void A_persian_page_gives_the_outlet_and_keeps_its_own_site_name()
    {
        const string Html = """
            <html lang="fa"><head><meta property="og:site_name" content="خبرفوری"><title>خبر</title></head><body><article>
            <h1>افزایش قیمت نان در تهران از امروز</h1>
            <p>به گزارش خبرنگار اقتصادی خبرگزاری فارس، قیمت نان از امروز ده درصد افزایش یافت و نانوایی‌ها نرخ‌نامه تازه را نصب کردند.</p>
            <p>مسئولان می‌گویند این افزایش برای جبران هزینه‌های تولید و دستمزد کارگران نانوایی‌ها لازم بوده است.</p>
            </article></body></html>
            """;
        var a = ArticleParser.Default.Parse(Html).Value;
        a.ReportedBy.Should().Be("خبرگزاری فارس");
        a.SiteName.Should().Be("خبرفوری");
        a.SourceOf("reportedBy").Should().Be(FieldSource.VisibleText);
    }

    [Fact]
    public void An_outlet_named_alone_stands_for_a_missing_site_name_and_one_with_a_desk_does_not()
    {
        const string Plain = """
            <html lang="fa"><body><article><h1>افزایش قیمت نان در تهران از امروز</h1>
            <p>به گزارش شهرآرانیوز، قیمت نان از امروز ده درصد افزایش یافت و نانوایی‌ها نرخ‌نامه تازه را نصب کردند.</p>
            <p>مسئولان می‌گویند این افزایش برای جبران هزینه‌های تولید و دستمزد کارگران نانوایی‌ها لازم بوده است.</p>
            </article></body></html>
            """;
        var plain = ArticleParser.Default.Parse(Plain).Value;
        plain.ReportedBy.Should().Be("شهرآرانیوز");
        plain.SiteName.Should().Be("شهرآرانیوز");

        var desk = ArticleParser.Default.Parse(Plain.Replace("به گزارش شهرآرانیوز،", "به گزارش گروه اقتصادی شهرآرانیوز،", StringComparison.Ordinal)).Value;
        desk.ReportedBy.Should().Be("شهرآرانیوز");
        desk.SiteName.Should().BeNull();
    }

    private const string Republished = """
        <html lang="fa"><head><meta property="og:site_name" content="خبرفوری"></head><body><article><h1>افزایش قیمت نان در تهران از امروز</h1>
        <div class="body"><p>قیمت نان از امروز ده درصد افزایش یافت و نانوایی‌ها نرخ‌نامه تازه را نصب کردند و مردم در صف ایستادند.</p>
        <p>مسئولان می‌گویند این افزایش برای جبران هزینه‌های تولید و دستمزد کارگران نانوایی‌ها لازم بوده است.</p>
        LAST</div></article></body></html>
        """;

    [Theory]
    [InlineData("<p>منبع: خبرگزاری مهر</p>", "خبرگزاری مهر")]
    [InlineData("<div class=\"source\">منبع : <a href=\"https://www.isna.ir\">ایسنا</a></div>", "ایسنا")]
    [InlineData("<p>Quelle: dpa</p><p>&nbsp;</p>", "dpa")]
    [InlineData("<p>Source: (Reuters).</p>", "Reuters")]
    public void A_source_line_at_the_end_of_the_text_names_the_outlet(string line, string name)
    {
        var a = ArticleParser.Default.Parse(Republished.Replace("LAST", line, StringComparison.Ordinal)).Value;

        a.ReportedBy.Should().Be(name);
        a.SiteName.Should().Be("خبرفوری");
        a.Provenance.Should().Contain(new FieldProvenance { Field = "reportedBy", Source = FieldSource.VisibleText, Detail = "a source line at the end of the text" });
    }

    [Theory]
    [InlineData("<figure><img src=\"/a.jpg\"><figcaption>منبع: ایرنا</figcaption></figure>")]
    [InlineData("<p><span><img src=\"/a.jpg\"></span><span class=\"caption\">Quelle: THW</span></p>")]
    [InlineData("<ul><li>68% of deaths</li></ul><span>Source: CDC, Chicago Department of Public Health</span>")]
    [InlineData("<p>منبع: عکس از ایرنا</p>")]
    [InlineData("<p>منبع: https://www.isna.ir/news/1</p>")]
    [InlineData("<p>منبع: این گزارش را بسیاری از رسانه‌های داخلی و خارجی در روزهای گذشته منتشر کرده‌اند</p>")]
    public void A_pictures_or_datas_credit_or_a_sentence_is_no_source_line(string line) =>
        ArticleParser.Default.Parse(Republished.Replace("LAST", line, StringComparison.Ordinal)).Value.ReportedBy.Should().BeNull();

    [Fact]
    public void A_lead_that_opens_with_the_outlet_names_it()
    {
        var html = Republished.Replace("LAST", string.Empty, StringComparison.Ordinal)
            .Replace("<div class=\"body\">", "<p class=\"lead\">به گزارش ایلنا، قیمت نان در تهران از امروز ده درصد گران شد.</p><div class=\"body\">", StringComparison.Ordinal);
        var a = ArticleParser.Default.Parse(html).Value;

        a.Lead.Should().StartWith("به گزارش ایلنا،");
        a.ReportedBy.Should().Be("ایلنا");
        a.Provenance.Should().Contain(new FieldProvenance { Field = "reportedBy", Source = FieldSource.VisibleText, Detail = "the opening of the lead" });
    }

    [Fact]
    public void The_opening_comes_before_a_source_line()
    {
        var html = Republished.Replace("LAST", "<p>منبع: خبرگزاری مهر</p>", StringComparison.Ordinal)
            .Replace("<p>قیمت نان", "<p>به گزارش ایسنا، قیمت نان", StringComparison.Ordinal);

        ArticleParser.Default.Parse(html).Value.ReportedBy.Should().Be("ایسنا");
    }

    [Fact]
    public void A_text_dump_gives_the_outlet()
    {
        const string Dump = """
            افزایش قیمت نان در تهران از امروز
            کد خبر: ۲۱۶۰۲۶
            به گزارش خبرگزاری ایسنا از مشهد، قیمت نان از امروز ده درصد افزایش یافت و نانوایی‌ها نرخ‌نامه تازه را نصب کردند و مردم در صف ایستادند.
            مسئولان می‌گویند این افزایش برای جبران هزینه‌های تولید و دستمزد کارگران نانوایی‌ها لازم بوده است و تا پایان سال ادامه دارد.
            """;
        var a = TextArticleParser.Default.Parse(Dump).Value;
        a.ReportedBy.Should().Be("خبرگزاری ایسنا");
        a.SiteName.Should().BeNull();
    }

    [Fact]
    public void A_text_dump_gives_the_outlet_of_a_source_line_after_its_text()
    {
        const string Dump = """
            افزایش قیمت نان در تهران از امروز
            کد خبر: ۲۱۶۰۲۶
            قیمت نان از امروز ده درصد افزایش یافت و نانوایی‌ها نرخ‌نامه تازه را نصب کردند و مردم در صف ایستادند تا نان بخرند.
            مسئولان می‌گویند این افزایش برای جبران هزینه‌های تولید و دستمزد کارگران نانوایی‌ها لازم بوده است و تا پایان سال ادامه دارد.
            منبع: خبرگزاری مهر
            گزارش خطا
            """;
        var a = TextArticleParser.Default.Parse(Dump).Value;

        a.ReportedBy.Should().Be("خبرگزاری مهر");
        a.Provenance.Should().Contain(new FieldProvenance { Field = "reportedBy", Source = FieldSource.Text, Detail = "a source line after the text" });
        a.Text.Should().NotContain("منبع");
    }
}
