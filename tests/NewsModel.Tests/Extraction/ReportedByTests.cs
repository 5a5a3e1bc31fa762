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
}
