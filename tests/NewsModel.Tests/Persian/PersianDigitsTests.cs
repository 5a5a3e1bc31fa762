using CsCheck;
using NewsModel.Persian;

namespace NewsModel.Tests.Persian;

public class PersianDigitsTests
{
    [Theory]
    [InlineData("۲۱۶۰۲۶", "216026")]
    [InlineData("٢١٦٠٢٦", "216026")]
    [InlineData("کد خبر: ۲۱۶۰۲۶", "کد خبر: 216026")]
    [InlineData("۱۴۰۲/۱۲/۱۷ - ۱۴:۳۱", "1402/12/17 - 14:31")]
    [InlineData("mixed ۱ ١ 1", "mixed 1 1 1")]
    public void ToAscii_converts_persian_and_arabic_indic_digits(string input, string expected) =>
        PersianDigits.ToAscii(input).Should().Be(expected);

    [Theory]
    [InlineData("216026", "۲۱۶۰۲۶")]
    [InlineData("٢١٦", "۲۱۶")]
    [InlineData("تراکتور 1 - پرسپولیس 1", "تراکتور ۱ - پرسپولیس ۱")]
    public void ToPersian_converts_ascii_and_arabic_indic_digits(string input, string expected) =>
        PersianDigits.ToPersian(input).Should().Be(expected);

    [Theory]
    [InlineData("216026", "٢١٦٠٢٦")]
    [InlineData("۲۱۶", "٢١٦")]
    public void ToArabicIndic_converts_ascii_and_persian_digits(string input, string expected) =>
        PersianDigits.ToArabicIndic(input).Should().Be(expected);

    [Theory]
    [InlineData("بدون عدد")]
    [InlineData("")]
    [InlineData("216026")]
    public void ToAscii_returns_the_same_instance_when_nothing_changes(string input) =>
        PersianDigits.ToAscii(input).Should().BeSameAs(input);

    [Fact]
    public void ToPersian_returns_the_same_instance_for_persian_digits()
    {
        var text = "۱۴۰۲";
        PersianDigits.ToPersian(text).Should().BeSameAs(text);
    }

    [Theory]
    [InlineData("۲٫۵٪", DigitStyle.Ascii, "2.5%")]
    [InlineData("۱٬۰۰۰٬۰۰۰", DigitStyle.Ascii, "1,000,000")]
    [InlineData("2.5%", DigitStyle.Persian, "۲٫۵٪")]
    [InlineData("1,000", DigitStyle.Persian, "۱٬۰۰۰")]
    [InlineData("1,000", DigitStyle.ArabicIndic, "١٬٠٠٠")]
    [InlineData("پایان. سپس, و % ها", DigitStyle.Persian, "پایان. سپس, و % ها")]
    [InlineData("نرخ ۲/۵ درصد", DigitStyle.Ascii, "نرخ 2/5 درصد")]
    public void Convert_with_separators_maps_decimal_thousands_and_percent(string input, DigitStyle style, string expected) =>
        PersianDigits.Convert(input, style, separators: true).Should().Be(expected);

    [Fact]
    public void Convert_without_separators_leaves_them()
    {
        PersianDigits.Convert("۲٫۵٪", DigitStyle.Ascii).Should().Be("2٫5٪");
        PersianDigits.Convert("2.5%", DigitStyle.Persian).Should().Be("۲.۵%");
    }

    [Fact]
    public void Convert_keep_returns_the_input()
    {
        var text = "۱ 2 ٣";
        PersianDigits.Convert(text, DigitStyle.Keep, separators: true).Should().BeSameAs(text);
    }

    [Fact]
    public void Span_convert_works_in_place_and_counts_changes()
    {
        var buffer = "۱۲.۵ 7".ToCharArray();
        var changed = PersianDigits.Convert(buffer, buffer, DigitStyle.Ascii, separators: false);
        new string(buffer).Should().Be("12.5 7");
        changed.Should().Be(3);
    }

    [Fact]
    public void Span_convert_rejects_a_short_destination()
    {
        var act = () => PersianDigits.Convert("۱۲".AsSpan(), new char[1], DigitStyle.Ascii);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Every_digit_of_every_set_round_trips()
    {
        for (var v = 0; v < 10; v++)
        {
            var ascii = ((char)('0' + v)).ToString();
            var persian = ((char)('\u06F0' + v)).ToString();
            var arabic = ((char)('\u0660' + v)).ToString();
            PersianDigits.ToAscii(persian).Should().Be(ascii);
            PersianDigits.ToAscii(arabic).Should().Be(ascii);
            PersianDigits.ToPersian(ascii).Should().Be(persian);
            PersianDigits.ToPersian(arabic).Should().Be(persian);
            PersianDigits.ToArabicIndic(persian).Should().Be(arabic);
            PersianDigits.TryGetValue(persian[0], out var value).Should().BeTrue();
            value.Should().Be(v);
        }

        PersianDigits.TryGetValue('a', out var none).Should().BeFalse();
        none.Should().Be(-1);
    }

    [Fact]
    public void Conversion_preserves_length_and_non_digits_property()
    {
        Gen.String.Sample(s =>
        {
            var a = PersianDigits.Convert(s, DigitStyle.Ascii, separators: true);
            var p = PersianDigits.Convert(s, DigitStyle.Persian, separators: true);
            a.Length.Should().Be(s.Length);
            p.Length.Should().Be(s.Length);
            for (var i = 0; i < s.Length; i++)
            {
                if (!PersianDigits.IsDigit(s[i]) && s[i] is not ('.' or ',' or '%' or '٫' or '٬' or '٪'))
                {
                    a[i].Should().Be(s[i]);
                    p[i].Should().Be(s[i]);
                }
            }

            PersianDigits.Convert(a, DigitStyle.Ascii, separators: true).Should().BeSameAs(a);
        });
    }
}
