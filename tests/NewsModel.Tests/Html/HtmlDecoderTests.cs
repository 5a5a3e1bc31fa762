using System.Text;
using CsCheck;
using NewsModel.Html;

namespace NewsModel.Tests.Html;

public class HtmlDecoderTests
{
    [Theory]
    [InlineData("utf-16", false)]
    [InlineData("UTF-16LE", false)]
    [InlineData("unicode", false)]
    [InlineData("utf-32", true)]
    [InlineData("utf-7", true)]
    public void A_meta_charset_no_ASCII_page_can_have_is_read_as_UTF8_or_ignored(string label, bool unknown)
    {
        // Found by reading «<meta charset="utf-16">»: the bytes were decoded as UTF-16 (garbage, no title, no
        // diagnostic), and «utf-7» threw NotSupportedException out of the parser. HTML's prescan reads a page that
        // declares UTF-16 as UTF-8; UTF-32 and UTF-7 are not encodings of the web.
        var bytes = System.Text.Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{label}\"><title>عنوان خبر</title></head><body><h1>عنوان خبر امروز</h1></body></html>");

        var result = ArticleParser.Default.Parse(bytes);

        result.Value.Title.Should().Be("عنوان خبر امروز");
        result.Diagnostics.Any(d => d.Code == "encoding.label-unknown").Should().Be(unknown);
    }

    [Fact]
    public void A_charset_hint_dotnet_refuses_is_an_unknown_label_not_an_exception()
    {
        var result = ArticleParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes("<h1>عنوان خبر امروز</h1>"), null, "utf-7");

        result.Value.Title.Should().Be("عنوان خبر امروز");
        result.Diagnostics.Should().Contain(d => d.Code == "encoding.label-unknown" && d.Message.Contains("utf-7"));
    }

    // windows-1256 has Arabic yeh (U+064A), not Persian yeh: pages in that code page spell it so.
    private const string Persian = "<p>خبر فوري: گزارش ويژه</p>";

    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_bom_wins_over_every_declaration()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<meta charset=windows-1256>" + Persian)).ToArray();
        var d = HtmlDecoder.Decode(bytes, "windows-1256");
        d.Reason.Should().Be("bom");
        d.Text.Should().EndWith(Persian);
    }

    [Fact]
    public void The_callers_hint_comes_before_the_page_declaration()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes("<meta charset=utf-8>" + Persian);
        var d = HtmlDecoder.Decode(bytes, "windows-1256");
        d.Reason.Should().Be("hint");
        d.Text.Should().EndWith(Persian);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1256\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")]
    [InlineData("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=CP1256'>")]
    public void The_page_declaration_is_read_in_its_usual_spellings(string meta)
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes("<html><head>" + meta + "</head><body>" + Persian);
        var d = HtmlDecoder.Decode(bytes, null);
        d.Reason.Should().Be("meta");
        d.Encoding.CodePage.Should().Be(1256);
        d.Text.Should().EndWith(Persian);
    }

    [Theory]
    [InlineData(null, "meta")]
    [InlineData("iso-8859-1", "hint")]
    [InlineData("windows-1256", "hint")]
    public void A_single_byte_label_on_valid_utf8_text_is_overridden_and_said(string? hint, string reason)
    {
        // A template's stale windows-1256 label, or a server's default Latin-1, on a page that is UTF-8: it was decoded
        // by the label into mojibake, with no diagnostic. The real isna page, relabelled.
        var page = TestFiles.ReadText("persian", "articles", "isna-98030903723.html");
        var relabelled = Encoding.UTF8.GetBytes("<meta charset=\"windows-1256\">" + page);
        var expected = ArticleParser.Default.Parse(page).Value.Title;

        var d = HtmlDecoder.Decode(relabelled, hint);
        var result = ArticleParser.Default.Parse(relabelled, null, hint);

        d.Encoding.Should().Be(Encoding.UTF8);
        d.Reason.Should().Be(reason);
        d.Diagnostics.Should().ContainSingle(x => x.Code == "encoding.label-overridden").Which.Message.Should().Contain("valid UTF-8");
        result.Value.Title.Should().Be(expected).And.Contain("پرسپولیس");
    }

    [Fact]
    public void A_real_single_byte_page_keeps_its_label()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes("<meta charset=windows-1256>" + string.Concat(Enumerable.Repeat(Persian, 40)));

        var d = HtmlDecoder.Decode(bytes, null);

        d.Encoding.CodePage.Should().Be(1256);
        d.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_nonsense_label_windows_utf_8_means_utf_8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-utf-8\">" + Persian);
        var d = HtmlDecoder.Decode(bytes, null);
        d.Encoding.CodePage.Should().Be(65001);
        d.Text.Should().EndWith(Persian);
        d.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_label_is_reported_and_the_bytes_decide()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"x-no-such-thing\">" + Persian);
        var d = HtmlDecoder.Decode(bytes, "bogus");
        d.Text.Should().EndWith(Persian);
        d.Diagnostics.Select(x => x.Code).Should().Equal("encoding.label-unknown", "encoding.label-unknown");
        d.Reason.Should().Be("fallback");
    }

    [Fact]
    public void Undeclared_single_byte_persian_falls_back_to_windows_1256()
    {
        var bytes = Encoding.GetEncoding(1256).GetBytes(Persian);
        var d = HtmlDecoder.Decode(bytes, null);
        d.Encoding.CodePage.Should().Be(1256);
        d.Text.Should().Be(Persian);
        d.Diagnostics.Should().ContainSingle(x => x.Code == "encoding.fallback");
    }

    [Fact]
    public void A_cp1252_round_trip_that_took_every_feh_is_restored_and_said()
    {
        // mehrnews v1: all 227 «ف» are D9 3F, none is intact, nothing else is broken.
        var bytes = TestFiles.ReadBytes("persian", "lists", "mehrnews-2011-v1.html");
        var d = HtmlDecoder.Decode(bytes, null);
        d.Encoding.CodePage.Should().Be(65001);
        d.Text.Should().Contain("نخستین جشنواره ملی شعر دانشجویان");
        d.Text.Should().Contain("اعرافی: نگاه مزداندیشانه").And.NotContain("\uFFFD");
        d.Diagnostics.Should().ContainSingle().Which.Should().Match<ParseDiagnostic>(x =>
            x.Code == "encoding.repaired" && x.Severity == DiagnosticSeverity.Warning && x.Message.Contains("227 such byte pairs"));
    }

    // The text's UTF-8 with every «ف» (D9 81) written D9 3F.
    private static byte[] LostFeh(string text) =>
        [.. Encoding.UTF8.GetBytes(text.Replace('ف', '\u0001')).SelectMany(b => b == 1 ? new byte[] { 0xD9, 0x3F } : [b])];

    [Fact]
    public void Other_broken_bytes_beside_the_lost_feh_are_still_reported_as_damage()
    {
        byte[] bytes = [.. LostFeh("<p>فهرست فوری از فرودگاه</p>"), 0xFF, .. "<p>x</p>"u8];
        var d = HtmlDecoder.Decode(bytes, null);
        d.Text.Should().Be("<p>فهرست فوری از فرودگاه</p>\uFFFD<p>x</p>");
        d.Diagnostics.Select(x => x.Code).Should().Equal("encoding.repaired", "encoding.damaged");
        d.Diagnostics[1].Message.Should().Contain("1 byte sequences");
    }

    [Fact]
    public void Two_lost_feh_are_too_few_to_tell_a_round_trip_and_stay_damaged()
    {
        var d = HtmlDecoder.Decode(LostFeh("<p>فهرست فوری</p>"), null);
        d.Text.Should().Be("<p>\uFFFD?هرست \uFFFD?وری</p>");
        d.Diagnostics.Should().ContainSingle(x => x.Code == "encoding.damaged" && x.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_intact_feh_beside_lost_ones_means_another_damage_and_nothing_is_restored()
    {
        byte[] bytes = [.. LostFeh("<p>فهرست فوری از فرودگاه</p>"), .. Encoding.UTF8.GetBytes("<p>ف</p>")];
        var d = HtmlDecoder.Decode(bytes, null);
        d.Text.Should().StartWith("<p>\uFFFD?هرست").And.EndWith("<p>ف</p>");
        d.Diagnostics.Should().ContainSingle(x => x.Code == "encoding.damaged" && x.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Arbitrary_bytes_never_throw_and_always_give_text()
    {
        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            var d = HtmlDecoder.Decode(bytes, null);
            var codes = d.Diagnostics.Select(x => x.Code).ToList();
            return d.Text is not null && (System.Text.Unicode.Utf8.IsValid(bytes)
                ? codes.Count == 0
                : codes.Count >= 1 && codes.All(c => c is "encoding.damaged" or "encoding.fallback" or "encoding.repaired") && (d.Text.Contains('\uFFFD') == codes.Contains("encoding.damaged")));
        });
    }

    [Fact]
    public void The_pooled_decoding_gives_the_same_text_encoding_and_diagnostics()
    {
        var pages = new List<(byte[] Bytes, string? Hint)>
        {
            ([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Persian)], null),
            ([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Persian)], null),
            ([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Persian)], null),
            (Encoding.GetEncoding(1256).GetBytes(Persian), null),
            (Encoding.GetEncoding(1256).GetBytes(Persian), "windows-1256"),
            (Encoding.UTF8.GetBytes(Persian), "no-such-charset"),
            (TestFiles.ReadBytes("persian", "lists", "mehrnews-2011-v1.html"), null),
            ([], null),
        };
        foreach (var (bytes, hint) in pages)
        {
            var expected = HtmlDecoder.Decode(bytes, hint);
            using var pooled = HtmlDecoder.DecodePooled(bytes, hint);
            pooled.Chars.ToString().Should().Be(expected.Text);
            pooled.Encoding.CodePage.Should().Be(expected.Encoding.CodePage);
            pooled.Diagnostics.Select(d => d.Code).Should().Equal(expected.Diagnostics.Select(d => d.Code));
        }

        Gen.Byte.Array[0, 600].Sample(bytes =>
        {
            using var pooled = HtmlDecoder.DecodePooled(bytes, null);
            return pooled.Chars.Span.SequenceEqual(HtmlDecoder.Decode(bytes, null).Text);
        });
    }

    [Fact]
    public void A_disposed_pooled_text_gives_its_array_back_and_holds_nothing()
    {
        var pooled = HtmlDecoder.DecodePooled(Encoding.UTF8.GetBytes(Persian), null);
        pooled.Chars.Length.Should().Be(Persian.Length);
        pooled.Dispose();
        pooled.Chars.IsEmpty.Should().BeTrue();
        pooled.Dispose();
        pooled.Chars.IsEmpty.Should().BeTrue("a second Dispose does not return the array twice");
    }

    [Fact]
    public void The_parser_reads_bytes_and_streams_the_same_way()
    {
        var html = "<html lang=fa><head><meta charset=windows-1256><title>عنوان خبر مهم امروز</title></head><body><h1>عنوان خبر مهم امروز</h1><p>متن خبر</p></body></html>";
        var bytes = Encoding.GetEncoding(1256).GetBytes(html);
        var fromBytes = ArticleParser.Default.Parse(bytes);
        using var stream = new MemoryStream(bytes);
        var fromStream = ArticleParser.Default.Parse(stream);
        fromBytes.Value.Title.Should().Be("عنوان خبر مهم امروز");
        fromStream.Value.Should().Be(fromBytes.Value);
    }
}
