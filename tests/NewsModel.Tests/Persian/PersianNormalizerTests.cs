using CsCheck;
using NewsModel.Persian;

namespace NewsModel.Tests.Persian;

public class PersianNormalizerTests
{
    private static string Norm(string s, PersianNormalizerOptions? o = null) => new PersianNormalizer(o).Normalize(s);

    [Theory]
    [InlineData("علي", "علی")]
    [InlineData("مصطفى", "مصطفی")]
    [InlineData("كتاب", "کتاب")]
    [InlineData("ارديبهشت", "اردیبهشت")]
    [InlineData("ســلام", "سلام")]
    [InlineData("خانۀ ما", "خانۀ ما")]
    [InlineData("مُحَمَّد", "مُحَمَّد")]
    public void Default_unifies_letters_and_removes_tatweel_only(string input, string expected) =>
        Norm(input).Should().Be(expected);

    [Theory]
    [InlineData("مُحَمَّد", "محمد")]
    [InlineData("کتابٌ", "کتاب")]
    [InlineData("رحمٰن", "رحمن")]
    public void RemoveDiacritics_on_request(string input, string expected) =>
        Norm(input, PersianNormalizerOptions.Default with { RemoveDiacritics = true }).Should().Be(expected);

    [Theory]
    [InlineData("ﺳﻼﻡ ﺩﻧﯿﺎ", "سلام دنیا")]
    [InlineData("ﻛﺘﺎﺏ ﭘﺎﻳﺎﻥ", "کتاب پایان")]
    [InlineData("ﮔﺰﺍﺭﺵ ﺧﺒﺮﯼ", "گزارش خبری")]
    [InlineData("ﻻ ﻷ ﻹ ﻵ", "لا لأ لإ لآ")]
    [InlineData("ﺧﺎﻧﮥ ﻣﺎ", "خانۀ ما")]
    [InlineData("ﷲ ﷼", "ﷲ ﷼")]
    public void Presentation_forms_become_the_letters_they_show(string input, string expected)
    {
        Norm(input).Should().Be(expected);
        PersianNormalizer.Default.IsNormalized(input).Should().Be(input == expected);
    }

    [Fact]
    public void Presentation_forms_are_kept_or_keep_their_Arabic_letters_on_request()
    {
        Norm("ﻛﺘﺎﺏ ﻋﻠﻲ", PersianNormalizerOptions.Default with { UnifyArabicLetters = false }).Should().Be("كتاب علي");
        Norm("ﻛﺘﺎﺏ", PersianNormalizerOptions.Default with { ExpandPresentationForms = false }).Should().Be("ﻛﺘﺎﺏ");
        Norm("ﻛﺘﺎﺏ", PersianNormalizerOptions.None).Should().Be("ﻛﺘﺎﺏ");
    }

    [Fact]
    public void The_presentation_form_table_is_unicodes_compatibility_decomposition()
    {
        // Every character of the two blocks: the table maps it exactly when NFKC gives one or two Arabic letters.
        var mapped = 0;
        for (var c = '\uFB50'; c <= '\uFEFC'; c++)
        {
            if (c is > '\uFBFF' and < '\uFE80')
            {
                NewsModel.Persian.PresentationForms.Map(c).Should().BeNull();
                continue;
            }

            var nfkc = c.ToString().Normalize(System.Text.NormalizationForm.FormKC);
            var letters = nfkc != c.ToString() && nfkc.Length <= 2 && nfkc.All(x => x is >= '\u0600' and <= '\u06FF');
            NewsModel.Persian.PresentationForms.Map(c).Should().Be(letters ? nfkc : null, "U+{0:X4}", (int)c);
            mapped += letters ? 1 : 0;
        }

        mapped.Should().Be(268);
    }

    [Fact]
    public void DecomposeHehWithYeh_on_request()
    {
        Norm("خانۀ ما", PersianNormalizerOptions.Default with { DecomposeHehWithYeh = true }).Should().Be("خانهٔ ما");
        PersianLetters.DecomposeHehWithYeh("خانۀ").Should().Be("خانهٔ");
    }

    [Theory]
    [InlineData("کد  خبر", "کد خبر")]
    [InlineData("  کد خبر  ", "کد خبر")]
    [InlineData("کد\t\u00A0خبر", "کد خبر")]
    [InlineData("الف  \nب", "الف\nب")]
    [InlineData("الف\n   ب", "الف\nب")]
    [InlineData("الف\u2003ب", "الف ب")]
    [InlineData("۱۴۰۲\u200F/۱۲", "۱۴۰۲/۱۲")]
    [InlineData("الف\u200Eب", "الفب")]
    public void Default_collapses_whitespace_and_removes_bidi_marks(string input, string expected) =>
        Norm(input).Should().Be(expected);

    [Fact]
    public void Nbsp_and_bidi_marks_can_be_kept()
    {
        var o = PersianNormalizerOptions.Default with { NbspToSpace = false, RemoveBidiMarks = false };
        Norm("۱۲\u00A0۰۰۰\u200F", o).Should().Be("۱۲\u00A0۰۰۰\u200F");
    }

    [Theory]
    [InlineData("سلام ، خوبی ؟", "سلام، خوبی؟")]
    [InlineData("الف،ب؛ج", "الف، ب؛ ج")]
    [InlineData("گفت« سلام »و رفت", "گفت «سلام» و رفت")]
    [InlineData("«سلام»،", "«سلام»،")]
    [InlineData("چرا؟!", "چرا؟!")]
    [InlineData("۱۲،۵", "۱۲،۵")]
    public void Punctuation_spacing(string input, string expected) =>
        Norm(input).Should().Be(expected);

    [Theory]
    [InlineData("می\u200Cشود", "می\u200Cشود")]
    [InlineData("می\u200C\u200Cشود", "می\u200Cشود")]
    [InlineData("می\u200Bشود", "می\u200Cشود")]
    [InlineData("می\u200Dشود", "می\u200Cشود")]
    [InlineData("می\u00ACشود", "می\u200Cشود")]
    [InlineData("کتاب\u200C ها", "کتاب ها")]
    [InlineData("کتاب \u200Cها", "کتاب ها")]
    [InlineData("\u200Cکتاب", "کتاب")]
    [InlineData("کتاب\u200C.", "کتاب.")]
    [InlineData("کتاب\u200C۱", "کتاب۱")]
    [InlineData("a\u200Bb", "a\u200Bb")]
    [InlineData("👩\u200D💻", "👩\u200D💻")]
    public void Half_space_cleaning(string input, string expected) =>
        Norm(input).Should().Be(expected);

    [Theory]
    [InlineData("۲۱۶۰۲۶", DigitStyle.Ascii, "216026")]
    [InlineData("سال 1402", DigitStyle.Persian, "سال ۱۴۰۲")]
    [InlineData("فایل MP3 و H2O", DigitStyle.Persian, "فایل MP3 و H2O")]
    [InlineData("https://x.ir/fa/news/216026 کد ۲۱۶۰۲۶", DigitStyle.Ascii, "https://x.ir/fa/news/216026 کد 216026")]
    [InlineData("نشانی https://x.ir/۱۲", DigitStyle.Ascii, "نشانی https://x.ir/۱۲")]
    [InlineData("٤٥ و ۴۵", DigitStyle.Persian, "۴۵ و ۴۵")]
    public void Digits_in_text_only_mode(string input, DigitStyle style, string expected) =>
        Norm(input, PersianNormalizerOptions.Default with { Digits = style }).Should().Be(expected);

    [Fact]
    public void Digits_everywhere_when_text_only_is_off()
    {
        var o = PersianNormalizerOptions.Default with { Digits = DigitStyle.Persian, DigitsInTextOnly = false };
        Norm("MP3", o).Should().Be("MP۳");
    }

    [Fact]
    public void Default_keeps_digits_and_returns_the_same_instance_for_clean_text()
    {
        var text = "شهردار مشهد گفت: مشهد شهری بین\u200Cالمللی است و ۳۰ میلیون زائر دارد.\nسال 2024";
        Norm(text).Should().BeSameAs(text);
        PersianNormalizer.Default.IsNormalized(text).Should().BeTrue();
    }

    [Fact]
    public void Options_none_changes_nothing()
    {
        var text = "كتاب  ســلام\u200F ، «  x  »";
        Norm(text, PersianNormalizerOptions.None).Should().BeSameAs(text);
    }

    [Fact]
    public void Span_overloads_agree_with_the_string_overload()
    {
        var text = "كد خبر :  ۲۱۶۰۲۶ ، ميشود";
        var n = new PersianNormalizer(PersianNormalizerOptions.ForTextDumps);
        var expected = n.Normalize(text);
        n.Normalize(text.AsSpan()).Should().Be(expected);
        var dest = new char[text.Length + 8];
        n.TryNormalize(text, dest, out var written).Should().BeTrue();
        new string(dest, 0, written).Should().Be(expected);
        n.TryNormalize(text, new char[2], out _).Should().BeFalse();
    }

    [Fact]
    public void Null_text_throws()
    {
        var act = () => PersianNormalizer.Default.Normalize((string)null!);
        act.Should().Throw<ArgumentNullException>();
    }

    private static readonly Gen<string> PersianishText =
        Gen.Char["ابپتسشکگمنویهيكىـۀ ‌\u200B\u200D\u00AC\u200A\u00A0\u200F،؛؟«».!:۰۱۲٣4a\n\tﺳﻼﻡﻙﯿﷲ"].Array[0, 60].Select(a => new string(a));

    public static TheoryData<string> Presets => new() { "Default", "ForTextDumps", "ForSearch", "None" };

    private static PersianNormalizerOptions Preset(string name) => name switch
    {
        "Default" => PersianNormalizerOptions.Default,
        "ForTextDumps" => PersianNormalizerOptions.ForTextDumps,
        "ForSearch" => PersianNormalizerOptions.ForSearch,
        _ => PersianNormalizerOptions.None,
    };

    [Theory]
    [MemberData(nameof(Presets))]
    public void Normalizing_twice_equals_once(string preset)
    {
        var n = new PersianNormalizer(Preset(preset));
        PersianishText.Sample(s =>
        {
            var once = n.Normalize(s);
            n.Normalize(once).Should().Be(once, "normalizing «{0}» twice", s);
        }, iter: 3000);
    }

    [Fact]
    public void Letters_and_digits_are_preserved_outside_the_rules()
    {
        // With the default options, the sequence of base letters (after unifying variants) and digits is unchanged.
        PersianishText.Sample(s =>
        {
            var n = PersianNormalizer.Default.Normalize(s);
            Core(n).Should().Be(Core(s));
        }, iter: 3000);

        // A presentation form counts as the letters Unicode's compatibility decomposition gives (ﻼ as لا); the word
        // ligature ﷲ is kept as it is.
        static string Core(string s) => new(string.Concat(s.Select(c => c is >= '\uFB50' and <= '\uFEFC' and not '\uFDF2' ? c.ToString().Normalize(System.Text.NormalizationForm.FormKC) : c.ToString()))
            .Select(c => c switch { 'ي' or 'ى' => 'ی', 'ك' => 'ک', _ => c })
            .Where(c => (char.IsLetterOrDigit(c) && c != 'ـ') || c is '،' or '؛' or '؟' or '«' or '»' or '.' or '!' or ':')
            .ToArray());
    }
}

public class PersianPunctuationEdgeTests
{
    [Theory]
    [InlineData("»الف« و »ب«")]
    [InlineData("متن »نقل« است")]
    public void Reversed_guillemets_are_left_alone(string input) =>
        PersianNormalizer.Default.Normalize(input).Should().Be(input);

    [Fact]
    public void Guillemet_state_resets_per_line()
    {
        PersianNormalizer.Default.Normalize("»الف«\nگفت« ب »").Should().Be("»الف«\nگفت «ب»");
    }

    [Fact]
    public void Whitespace_building_block_keeps_letters()
    {
        PersianWhitespace.Normalize("كتاب  ،  خوب").Should().Be("كتاب، خوب");
        PersianLetters.Normalize("كتاب  ،").Should().Be("کتاب  ،");
        PersianLetters.RemoveDiacritics("مُحَمَّد").Should().Be("محمد");
        PersianLetters.IsLetter('پ').Should().BeTrue();
        PersianLetters.IsLetter('۱').Should().BeFalse();
    }
}
