using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

/// <summary>The news code a page prints with its label, whatever the element holding it is called.</summary>
public class NewsCodeTests
{
    private const string Page = """
        <html lang="fa"><head><title>خبرگزاری نمونه - افزایش قیمت نان در تهران</title></head><body>
        <div class="content"><div class="meta">CODE<span> ۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱</span></div>
        <h1>افزایش قیمت نان در تهران</h1>
        <p>قیمت نان از امروز ده درصد افزایش یافت و نانوایی‌ها نرخ‌نامه تازه را نصب کردند و مردم در صف ایستادند تا نان بخرند.</p>
        <p>مسئولان می‌گویند این افزایش برای جبران هزینه‌های تولید و دستمزد کارگران نانوایی‌ها لازم بوده است و تا پایان سال ادامه دارد.</p>
        </div></body></html>
        """;

    [Theory]
    [InlineData("<span>کد خبر: ۱۲۳۴۵۶</span>", "123456")]
    [InlineData("<span>شناسه خبر: 8745</span>", "8745")]
    [InlineData("<b>کد مطلب : ٤٥٦٧</b>", "4567")]
    [InlineData("<span>کدخبر:۹۹۸۸۷</span>", "99887")]
    [InlineData("<span>کد\u200cخبر: ۹۹۸۸۷</span>", "99887")]
    [InlineData("<span>كد خبر: ۹۹۸۸۷</span>", "99887")]
    [InlineData("<div><span>شماره خبر:</span> <span>۳۳۲۲۱</span></div>", "33221")]
    [InlineData("<ul><li><i class=\"icon\"></i><span>کد خبر</span><strong>۷۷۸۸۹</strong></li></ul>", "77889")]
    public void A_labelled_code_in_an_unnamed_element_is_the_id_and_stays_out_of_the_text(string code, string id)
    {
        var a = ArticleParser.Default.Parse(Page.Replace("CODE", code, StringComparison.Ordinal)).Value;

        a.Id.Should().Be(id);
        a.Provenance.Should().Contain(new FieldProvenance { Field = "id", Source = FieldSource.VisibleText, Detail = "«کد خبر» line" });
        a.Text.Should().StartWith("قیمت نان").And.NotContain(id);
    }

    [Theory]
    [InlineData("<a href=\"/news/555\">کد خبر: ۵۵۵۵</a>")]
    [InlineData("<span>شماره تماس: ۰۲۱۸۸۸۸۸۸۸</span>")]
    [InlineData("<span>کد پستی: ۹۱۷۷۸۹۹۴۴۱</span>")]
    [InlineData("<script>var s = 'کد خبر: 1234';</script>")]
    public void A_link_a_phone_number_or_a_script_gives_no_id(string code) =>
        ArticleParser.Default.Parse(Page.Replace("CODE", code, StringComparison.Ordinal)).Value.Id.Should().BeNull();

    [Fact]
    public void A_better_layer_wins_over_the_printed_code()
    {
        var a = ArticleParser.Default.Parse(Page.Replace("CODE", "<span>کد خبر: ۱۲۳۴۵۶</span>", StringComparison.Ordinal), new Uri("https://nemune.ir/fa/news/654321/x")).Value;

        a.Id.Should().Be("654321");
        a.SourceOf("id").Should().Be(FieldSource.Url);
    }

    [Theory]
    [InlineData("کد خبر: ۲۱۶۰۲۶ • ۱۷ اسفند ۱۴۰۲", "216026")]
    [InlineData("News ID: 4711", "4711")]
    [InlineData("شناسه مطلب: d1Gjx", "d1Gjx")]
    [InlineData("کد پستی: ۱۲۳۴۵", null)]
    public void Find_reads_the_code_after_its_label(string text, string? code) =>
        NewsCode.Find(text).Should().Be(code);
}
