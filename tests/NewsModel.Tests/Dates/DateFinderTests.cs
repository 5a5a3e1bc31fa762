using System.Net;
using System.Text.RegularExpressions;
using NewsModel.Dates;

namespace NewsModel.Tests.Dates;

/// <summary>Find mode: dates inside running text and inside the real pages bundled with the tests.</summary>
public partial class DateFinderTests
{
    private static readonly NewsDateParser Parser = NewsDateParser.Default;

    private static string Slice(string text, DateMatch m) => text.Substring(m.Start, m.Length);

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    /// <summary>The visible text of a page, crudely (tags to spaces, entities decoded): enough to test the finder.</summary>
    private static string PageText(string file) =>
        WebUtility.HtmlDecode(Tag().Replace(ScriptOrStyle().Replace(TestFiles.ReadText("persian", "articles", file), " "), " "));

    [Fact]
    public void Finds_the_date_in_a_tools_bar_beside_the_news_code()
    {
        var text = "کد خبر: ۲۱۶۰۲۶ | تاریخ انتشار : ۱۴۰۴/۰۲/۲۵ - ۱۰:۳۰ | بازدید: ۱۲";
        var found = Parser.FindAll(text);
        found.Should().ContainSingle();
        Slice(text, found[0]).Should().Be("۱۴۰۴/۰۲/۲۵ - ۱۰:۳۰");
        found[0].Instant.Should().Be(new DateTimeOffset(2025, 5, 15, 10, 30, 0, TimeSpan.FromHours(3.5)));
    }

    [Fact]
    public void Finds_a_date_appended_to_a_headline_without_its_parentheses()
    {
        var text = "۶۱ دستگاه خودروی متخلف توقیف شدند (۱۳ اردیبهشت ۱۴۰۳)";
        var m = Parser.FindAll(text).Should().ContainSingle().Subject;
        Slice(text, m).Should().Be("۱۳ اردیبهشت ۱۴۰۳");
        m.HasTime.Should().BeFalse();
        m.Local.Should().Be(new DateTime(2024, 5, 2));
    }

    [Fact]
    public void Finds_several_dates_in_order()
    {
        var text = "منتشر شده: ۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱، بروزرسانی: 1402/12/18 09:05 و نسخه انگلیسی March 8, 2024";
        var found = Parser.FindAll(text);
        found.Select(m => Slice(text, m)).Should().Equal("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱", "1402/12/18 09:05", "March 8, 2024");
        found.Select(m => m.Calendar).Should().Equal(DateCalendar.Jalali, DateCalendar.Jalali, DateCalendar.Gregorian);
    }

    [Theory]
    [InlineData("از امروز ۴ برابر شد")]
    [InlineData("تعداد خبرهای امروز : ۵ خبر")]
    [InlineData("کد خبر: 1608590/13")]
    [InlineData("نتیجه بازی 2-1 شد و ۳ امتیاز گرفت")]
    [InlineData("۳۱ مهر ۱۴۰۲")]
    [InlineData("پنجشنبه ۱۹ اردیبهشت ۱۴۰۳")]
    [InlineData("ساعت ۱۴:۳۱")]
    [InlineData("سرعت ۱۲۰ کیلومتر در ساعت")]
    [InlineData("یک روز قبل از انتخابات")]
    [InlineData("۲ ساعت پیش از آغاز بازی")]
    [InlineData("دقایقی پیش از شروع")]
    [InlineData("Gunter Frank / 28.09.1912:44 / Foto")]
    public void Ignores_text_that_is_not_a_date(string text)
    {
        Parser.FindAll(text, DateParseOptions.Default with { Now = DateTimeOffset.UnixEpoch }).Should().BeEmpty();
    }

    [Fact]
    public void An_impossible_time_after_a_date_leaves_the_date_alone_in_running_text()
    {
        var text = "جمعه ۲۷ ارديبهشت ۱۳۹۸ - ۲۸ : ۱۹";
        var m = Parser.FindAll(text).Should().ContainSingle().Subject;
        Slice(text, m).Should().Be("جمعه ۲۷ ارديبهشت ۱۳۹۸");
        m.HasTime.Should().BeFalse();
        Parser.Parse(text).Error!.Kind.Should().Be(DateParseErrorKind.InvalidTime, "a whole-input parse must not drop text");
    }

    [Fact]
    public void Finds_relative_forms_only_with_a_reference_instant()
    {
        var text = "آخرین خبر: ۲ ساعت پیش";
        Parser.FindAll(text).Should().BeEmpty();
        var now = new DateTimeOffset(2024, 3, 7, 11, 0, 0, TimeSpan.Zero);
        var m = Parser.FindAll(text, DateParseOptions.Default with { Now = now }).Should().ContainSingle().Subject;
        Slice(text, m).Should().Be("۲ ساعت پیش");
        m.Instant.Should().Be(now.AddHours(-2));
    }

    [Fact]
    public void Finds_a_yearless_date_only_with_a_weekday_or_a_time()
    {
        var options = DateParseOptions.Default with { Now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) };
        Parser.FindAll("از ۱۵ خرداد تا ۲۰ تیر تعطیل است", options).Should().BeEmpty();
        var text = "به‌روزرسانی: ۱۱ خرداد - ۰۹:۱۵ | سه‌شنبه ۸ خرداد";
        var found = Parser.FindAll(text, options);
        found.Select(m => Slice(text, m)).Should().Equal("۱۱ خرداد - ۰۹:۱۵", "سه‌شنبه ۸ خرداد");
        found.Should().OnlyContain(m => m.IsYearInferred);
        found[0].Instant.Should().Be(new DateTimeOffset(2024, 5, 31, 9, 15, 0, TimeSpan.FromHours(3.5)));
        found[1].Local.Should().Be(new DateTime(2024, 5, 28));
    }

    [Fact]
    public void The_header_widget_of_a_real_page_shows_the_crawl_day()
    {
        // varzesh3 prints today's date without a year in its header: «پنجشنبه 19 ارديبهشت» (9 May 2019, a Thursday).
        var text = PageText("varzesh3-1608590.html");
        var options = DateParseOptions.Default with { Now = new DateTimeOffset(2019, 5, 9, 12, 0, 0, TimeSpan.Zero) };
        var widget = Parser.FindAll(text, options).Should().ContainSingle(m => m.IsYearInferred).Subject;
        // The widget prints the clock time just before the date; both belong to the match.
        Slice(text, widget).Should().StartWith("16:30").And.EndWith("پنجشنبه 19 ارديبهشت");
        widget.Local.Should().Be(new DateTime(2019, 5, 9, 16, 30, 0));
    }

    [Fact]
    public void Finds_the_headline_dates_and_byline_of_a_real_text_dump()
    {
        var text = TestFiles.ReadText("persian", "text", "shahraranews-216026.txt");
        var found = Parser.FindAll(text);
        var byline = found.Should().ContainSingle(m => m.HasTime).Subject;
        Slice(text, byline).Should().Be("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱");
        byline.Instant.Should().Be(new DateTimeOffset(2024, 3, 7, 14, 31, 0, TimeSpan.FromHours(3.5)));
        found.Where(m => !m.HasTime).Select(m => m.Jalali!.Value.Date.ToString())
            .Should().Contain("1403-02-13").And.Contain("1403-02-12").And.OnlyContain(s => s.StartsWith("1403-02-1", StringComparison.Ordinal));
    }

    // file, the visible date text, the page's own UTC timestamp (JSON-LD / article:published_time) it must agree with
    [Theory]
    [InlineData("isna-98030903723.html", "۹ خرداد ۱۳۹۸ / ۰۰:۲۰", "2019-05-29T19:50:00Z")]
    [InlineData("tasnim-2015910.html", "۳۰ ارديبهشت ۱۳۹۸ - ۲۲:۵۳", "2019-05-20T18:23:00Z")]
    [InlineData("yjc-6919119.html", "۱۲ ارديبهشت ۱۳۹۸ - ۱۶:۱۲", "2019-05-02T11:42:00Z")]
    [InlineData("varzesh3-d1Gjx.html", "23:55 1398/02/26", "2019-05-16T19:25:00Z")]
    public void The_visible_date_of_a_real_page_is_the_instant_its_metadata_gives(string file, string visible, string utc)
    {
        var text = PageText(file);
        var found = Parser.FindAll(text);
        var m = found.Should().ContainSingle(x => Slice(text, x).EndsWith(visible, StringComparison.Ordinal)).Subject;
        m.Instant!.Value.UtcDateTime.Should().Be(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        m.Instant.Value.Offset.Should().Be(TimeSpan.FromHours(4.5), "Tehran was on daylight time in May 2019");
    }

    [Fact]
    public void The_yjc_metadata_time_written_in_Persian_is_read_too()
    {
        // YJC puts a Jalali date with Persian digits in article:published_time.
        var html = WebUtility.HtmlDecode(TestFiles.ReadText("persian", "articles", "yjc-6919119.html"));
        var meta = Regex.Match(html, "<meta value=\"([^\"]+)\" name=\"article:published_time\"").Groups[1].Value;
        meta.Should().Be("۱۳۹۸/۰۲/۱۲ - ۱۶:۱۲");
        Parser.Parse(meta).Value.Instant.Should().Be(new DateTimeOffset(2019, 5, 2, 11, 42, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Matches_never_overlap_and_lie_inside_the_text()
    {
        foreach (var file in new[] { "isna-98030903723.html", "tasnim-2015910.html", "varzesh3-1608590.html", "varzesh3-d1Gjx.html", "yjc-6919119.html" })
        {
            var text = PageText(file);
            var found = Parser.FindAll(text, DateParseOptions.Default with { Now = new DateTimeOffset(2019, 6, 1, 0, 0, 0, TimeSpan.Zero) });
            found.Should().NotBeEmpty(file);
            var end = 0;
            foreach (var m in found)
            {
                m.Start.Should().BeGreaterThanOrEqualTo(end, file);
                m.End.Should().BeLessThanOrEqualTo(text.Length);
                Parser.Parse(Slice(text, m), DateParseOptions.Default with { Now = new DateTimeOffset(2019, 6, 1, 0, 0, 0, TimeSpan.Zero) })
                    .Success.Should().BeTrue("«{0}» in {1} was found, so it parses on its own", Slice(text, m), file);
                end = m.End;
            }
        }
    }
}
