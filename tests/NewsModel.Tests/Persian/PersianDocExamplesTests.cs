using NewsModel.Persian;

namespace NewsModel.Tests.Persian;

/// <summary>The examples printed in docs/parts/persian.md and the XML docs, kept honest.</summary>
public class PersianDocExamplesTests
{
    [Fact]
    public void Examples_in_the_documentation_hold()
    {
        var dump = new PersianNormalizer(PersianNormalizerOptions.ForTextDumps);
        dump.Normalize("مشهد شهری بینالمللی است و میتواند").Should().Be("مشهد شهری بین\u200Cالمللی است و می\u200Cتواند");
        dump.Normalize("شهری بینالمللی که میتواند").Should().Be("شهری بین\u200Cالمللی که می\u200Cتواند");
        PersianNormalizer.Default.Normalize("كد خبر:  ۲۱۶۰۲۶").Should().Be("کد خبر: ۲۱۶۰۲۶");
        PersianDigits.ToAscii("کد خبر: ۲۱۶۰۲۶").Should().Be("کد خبر: 216026");
        PersianDigits.ToPersian("1402/12/17").Should().Be("۱۴۰۲/۱۲/۱۷");
        PersianDigits.Convert("۲٫۵٪", DigitStyle.Ascii, separators: true).Should().Be("2.5%");
        PersianLetters.Normalize("علي كريمي").Should().Be("علی کریمی");
        HalfSpace.Normalize("می\u200B\u200Bشود").Should().Be("می\u200Cشود");
        HalfSpace.Repair("کتاب ها و منطقهای").Should().Be("کتاب\u200Cها و منطقه\u200Cای");
        PersianWhitespace.Normalize("سلام ، «  خبر  »").Should().Be("سلام، «خبر»");
    }

    [Theory]
    [InlineData("فایل MP3 در ۱۲ دقیقه", DigitStyle.Ascii, "فایل MP3 در 12 دقیقه")]
    [InlineData("کووید-19 و 12 بیمار", DigitStyle.Persian, "کووید-۱۹ و ۱۲ بیمار")]
    [InlineData("COVID-19 و 12 بیمار", DigitStyle.Persian, "COVID-19 و ۱۲ بیمار")]
    [InlineData("news@x.ir 2024", DigitStyle.Persian, "news@x.ir ۲۰۲۴")]
    public void ConvertTextOnly_skips_latin_tokens(string input, DigitStyle style, string expected) =>
        PersianDigits.ConvertTextOnly(input, style).Should().Be(expected);

    [Fact]
    public void ConvertTextOnly_returns_the_same_instance_when_nothing_changes()
    {
        var text = "MP3 و https://x.ir/1";
        PersianDigits.ConvertTextOnly(text, DigitStyle.Persian).Should().BeSameAs(text);
    }
}
