using AngleSharp.Html.Parser;
using NewsModel.Extraction.Content;

namespace NewsModel.Tests.Extraction.Content;

/// <summary>The generic extractor on the bundled real Persian pages: the real body, none of the page's boilerplate.</summary>
public class PersianArticlePagesTests
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "isna-98030903723.html", "https://www.isna.ir/news/98030903723/", "حسین عسگری، کارشناس داوری فوتبال در گفت‌وگو با ایسنا" },
        { "tasnim-2015910.html", "https://www.tasnimnews.com/fa/news/1398/02/30/2015910/", "به گزارش خبرگزاری تسنیم، دیدار دو تیم پرسپولیس ایران و السد قطر" },
        { "yjc-6919119.html", "https://www.yjc.ir/fa/news/6919119/", "گردهمایی رؤسای سازمان نظام دامپزشکی سراسر کشور، به میزبانی استان چهارمحال و بختیاری در خانه معلم شهرکرد برگزار شد." },
        { "varzesh3-1608590.html", "https://www.varzesh3.com/news/1608590/", "به گزارش \"ورزش سه\"، تراکتورسازی بعد از هفته‌های درخشانی که پشت سر گذاشت و خود را" },
    };

    private static (ContentResult Result, string Text, string Html) Extract(string file, string url)
    {
        var html = TestFiles.ReadText("persian", "articles", file);
        var result = new ContentExtractor().Extract(new HtmlParser().ParseDocument(html), new Uri(url));
        return (result, string.Join("\n\n", result.Body.Select(b => b.ToPlainText())), System.Net.WebUtility.HtmlDecode(html));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_body_holds_the_first_real_sentence(string file, string url, string sentence)
    {
        var (_, text, _) = Extract(file, url);

        text.Should().Contain(sentence);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_body_holds_none_of_the_page_boilerplate_the_page_shows(string file, string url, string sentence)
    {
        _ = sentence;
        var (result, text, html) = Extract(file, url);
        var shown = new[] { "ارسال نظر", "کد خبر", "انتهای پیام", "اخبار مرتبط", "پربازدید", "بازدید:" }
            .Where(s => html.Contains(s, StringComparison.Ordinal))
            .ToList();

        shown.Should().NotBeEmpty("each page shows some boilerplate, so the check means something");
        foreach (var s in shown)
        {
            text.Should().NotContain(s);
        }

        result.Body.Should().NotContain(b => b is HeadingBlock && ((HeadingBlock)b).Level == 1);
    }

    [Fact]
    public void The_varzesh3_kicker_and_headline_stay_out_of_the_body()
    {
        var (_, text, _) = Extract("varzesh3-1608590.html", "https://www.varzesh3.com/news/1608590/");

        text.Should().NotContain("سناریوی دربی تکرار نشد").And.NotContain("دانیال علیه جشن قهرمانی");
    }

    [Fact]
    public void The_isna_lead_image_is_an_absolute_address()
    {
        var (result, _, _) = Extract("isna-98030903723.html", "https://www.isna.ir/news/98030903723/");

        result.Images.Should().NotBeEmpty();
        result.Images.Should().OnlyContain(i => i.Url.IsAbsoluteUri && i.Url.Scheme == "https");
    }
}
