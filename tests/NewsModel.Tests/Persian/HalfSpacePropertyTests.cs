using CsCheck;
using NewsModel.Persian;

namespace NewsModel.Tests.Persian;

public class HalfSpacePropertyTests
{
    private static readonly string[] Fragments =
    [
        "می", "نمی", "شود", "توانست", "کتاب", "ها", "های", "هایی", "منطقه", "ای", "ام", "اش", "اند", "بزرگ", "تر", "ترین",
        "بین", "المللی", "کرده", "شده", "نامه", "زمین", "ه", "تنها", "میدان", "دفتر", "علی", "و", "۱۲", "a1", "ي", "ك", "ـ",
        "ۀ", "َ", " ", " ", " ", "", "  ", "\t", "\n", "\r\n", "\u200C", "\u200C\u200C", "\u200A", "\u202F", "\u200B",
        "\u200D", "\u00AC", "\u00A0", "\u200F", "،", "؛", "؟", "«", "»", ".", ",", "%", "۱", "2", "٣", "٫", "٬", "٪",
        "http://a.b/9", "@", "(", ")",
    ];

    private static readonly Gen<string> Sentences =
        Gen.Int[0, Fragments.Length - 1].Array[0, 14].Select(ix => string.Concat(ix.Select(i => Fragments[i])));

    [Fact]
    public void Repair_is_idempotent()
    {
        Sentences.Sample(s =>
        {
            var once = HalfSpace.Repair(s);
            HalfSpace.Repair(once).Should().Be(once, "repairing «{0}» twice", s);
        }, iter: 5000);
    }

    public static TheoryData<int> PresetIndexes => new() { 0, 1, 2, 3, 4, 5 };

    private static readonly PersianNormalizerOptions[] OptionSets =
    [
        PersianNormalizerOptions.Default,
        PersianNormalizerOptions.ForTextDumps,
        PersianNormalizerOptions.ForSearch,
        PersianNormalizerOptions.Default with { Digits = DigitStyle.Persian, DigitSeparators = true, RepairHalfSpaces = true },
        PersianNormalizerOptions.Default with { CollapseWhitespace = false, RepairHalfSpaces = true },
        PersianNormalizerOptions.Default with { NormalizeHalfSpaces = false, RepairHalfSpaces = true, DecomposeHehWithYeh = true },
    ];

    [Theory]
    [MemberData(nameof(PresetIndexes))]
    public void Every_preset_is_idempotent_on_word_soup(int preset)
    {
        var n = new PersianNormalizer(OptionSets[preset]);
        Sentences.Sample(s =>
        {
            var once = n.Normalize(s);
            n.Normalize(once).Should().Be(once, "normalizing «{0}» twice", s);
            n.Normalize(once).Should().BeSameAs(once);
        }, iter: 4000);
    }

    [Fact]
    public void Repair_only_adds_removes_or_moves_half_spaces_and_spaces()
    {
        Sentences.Sample(s =>
        {
            var r = HalfSpace.Repair(s);
            Visible(r).Should().Be(Visible(s), "«{0}» → «{1}»", s, r);
        }, iter: 5000);

        static string Visible(string s) => new(s.Where(c => c is not ('\u200C' or ' ' or '\u200A' or '\u202F' or '\u200B' or '\u200D' or '\u00AC')).ToArray());
    }

    [Fact]
    public void Repair_of_clean_text_returns_the_same_instance()
    {
        Sentences.Sample(s =>
        {
            var once = HalfSpace.Repair(s);
            HalfSpace.Repair(once).Should().BeSameAs(once);
        }, iter: 2000);
    }
}

public class PersianNormalizerFuzzTests
{
    public static TheoryData<string> Presets => new() { "Default", "ForTextDumps", "ForSearch", "Persian digits" };

    // Arabic-script block, the U+2000 spaces and marks, ASCII, and anything at all (lone surrogates included).
    private static readonly Gen<string> AnyText = Gen.OneOf(
            Gen.Char['\u0600', '\u06FF'], Gen.Char['\u2000', '\u206F'], Gen.Char[' ', '~'], Gen.Char['\u0000', '\uFFFF'])
        .Array[0, 40].Select(a => new string(a));

    [Theory]
    [MemberData(nameof(Presets))]
    public void Any_unicode_text_normalizes_idempotently(string preset)
    {
        var n = new PersianNormalizer(preset switch
        {
            "Default" => PersianNormalizerOptions.Default,
            "ForTextDumps" => PersianNormalizerOptions.ForTextDumps,
            "ForSearch" => PersianNormalizerOptions.ForSearch,
            _ => PersianNormalizerOptions.Default with { Digits = DigitStyle.Persian, DigitSeparators = true, RepairHalfSpaces = true },
        });
        AnyText.Sample(s =>
        {
            var once = n.Normalize(s);
            n.Normalize(once).Should().Be(once, "normalizing «{0}» twice", s);
            n.IsNormalized(once).Should().BeTrue();
        }, iter: 2000);
    }

    [Fact]
    public void Letter_normalizing_returns_text_without_variants_as_it_is_and_matches_the_full_pass()
    {
        // PersianLetters.Normalize skips the normalizer's pass when no Arabic letter variant or tatweel is present:
        // on any text, the result is what the pass itself gives, and the same instance when nothing changed.
        var pass = new PersianNormalizer(PersianNormalizerOptions.None with { UnifyArabicLetters = true, RemoveTatweel = true });
        AnyText.Sample(s =>
        {
            var fast = PersianLetters.Normalize(s);
            fast.Should().Be(pass.Normalize(s), "normalizing the letters of «{0}»", s);
            if (fast == s)
            {
                fast.Should().BeSameAs(s);
            }
        }, iter: 5000);
    }
}
