using NewsModel.Persian;

namespace NewsModel.Tests.Persian;

public class HalfSpaceRepairTests
{
    private const char Z = '\u200C';

    private static string Z_(string s) => s.Replace('_', Z);

    [Theory]
    // «می»/«نمی» before a verb
    [InlineData("میشود", "می_شود")]
    [InlineData("میتواند", "می_تواند")]
    [InlineData("نمیتوانستیم", "نمی_توانستیم")]
    [InlineData("میکردند", "می_کردند")]
    [InlineData("میآید", "می_آید")]
    [InlineData("میگوید", "می_گوید")]
    [InlineData("می شود", "می_شود")]
    [InlineData("نمی خواهند", "نمی_خواهند")]
    // plural
    [InlineData("کتابها", "کتاب_ها")]
    [InlineData("کتاب ها", "کتاب_ها")]
    [InlineData("منطقهها", "منطقه_ها")]
    [InlineData("شهرداریهای", "شهرداری_های")]
    [InlineData("پژوهشهای", "پژوهش_های")]
    [InlineData("فعالیتهای", "فعالیت_های")]
    [InlineData("کتابهای", "کتاب_های")]
    [InlineData("برنامههایشان", "برنامه_هایشان")]
    [InlineData("شرکت های", "شرکت_های")]
    [InlineData("نشستهای", "نشست_های")] // the noun (meetings) over the rare participle نشسته‌ای
    // ای / ام / اش / اند after silent ه
    [InlineData("منطقهای", "منطقه_ای")]
    [InlineData("زمینهای", "زمینهای")]
    [InlineData("منطقه ای", "منطقه_ای")]
    [InlineData("خانهاش", "خانه_اش")]
    [InlineData("کردهاند", "کرده_اند")]
    [InlineData("شده اند", "شده_اند")]
    [InlineData("رفتهام", "رفته_ام")]
    [InlineData("برگزارشدهای", "برگزارشده_ای")]
    // «مند» after silent ه
    [InlineData("علاقهمند", "علاقه_مند")]
    [InlineData("بهرهمندی", "بهره_مندی")]
    // comparative and superlative
    [InlineData("بزرگتر", "بزرگ_تر")]
    [InlineData("بزرگترین", "بزرگ_ترین")]
    [InlineData("خطرناکترین", "خطرناک_ترین")]
    [InlineData("مهم ترین", "مهم_ترین")]
    [InlineData("اصلیترین", "اصلی_ترین")]
    // fixed Arabic compounds
    [InlineData("بینالمللی", "بین_المللی")]
    [InlineData("فوقالعاده", "فوق_العاده")]
    public void Repairs_unambiguous_affixes(string input, string expected) =>
        HalfSpace.Repair(input).Should().Be(Z_(expected));

    [Theory]
    // words that only look like affixed forms
    [InlineData("میدان")]
    [InlineData("میز")]
    [InlineData("میلیون")]
    [InlineData("میراث")]
    [InlineData("میگو")]
    [InlineData("میدانی")]
    [InlineData("میلادی")]
    [InlineData("تنها")]
    [InlineData("رهایی")]
    [InlineData("نهایی")]
    [InlineData("بها")]
    [InlineData("انتهای")]
    [InlineData("اتهام")]
    [InlineData("سهام")]
    [InlineData("الهام")]
    [InlineData("ارزشمند")]
    [InlineData("هوشمند")]
    [InlineData("نیازمند")]
    [InlineData("دفتر")]
    [InlineData("دختر")]
    [InlineData("دکتر")]
    [InlineData("لیتر")]
    [InlineData("بیشتر")]
    [InlineData("کمتر")]
    [InlineData("بهتر")]
    [InlineData("بهترین")]
    [InlineData("آنها")]
    // genuinely ambiguous: two real spellings
    [InlineData("نامهای")]   // نامه‌ای / نام‌های
    [InlineData("دستهای")]   // دسته‌ای / دست‌های
    [InlineData("محلهای")]   // محله‌ای / محل‌های
    [InlineData("کردهای")]   // کرده‌ای / کردهای (Kurds)
    [InlineData("روزهای")]   // روزهای (days) / روزه‌ای (a fast)
    // non-joining letter before the suffix: no visible half-space is missing
    [InlineData("کارها")]
    [InlineData("کشورهای")]
    // a space that is not an affix
    [InlineData("کتاب خوب")]
    [InlineData("می ناب")]
    [InlineData("و ها")]
    public void Leaves_ambiguous_and_unrelated_words_alone(string input) =>
        HalfSpace.Repair(input).Should().BeSameAs(input);

    [Fact]
    public void Hair_space_becomes_a_half_space_only_where_an_affix_rule_applies()
    {
        HalfSpace.Normalize("می\u200Aشود").Should().Be(Z_("می_شود"));
        HalfSpace.Normalize("کتاب\u200Aها").Should().Be(Z_("کتاب_ها"));
        // not an affix: stays a (hair) space for this building block, a plain space in the full normalizer
        HalfSpace.Normalize("اسب\u200Aیورقه").Should().Be("اسب\u200Aیورقه");
        PersianNormalizer.Default.Normalize("اسب\u200Aیورقه در\u200Aمهدی").Should().Be("اسب یورقه در مهدی");
        PersianNormalizer.Default.Normalize("می\u200Aشود").Should().Be(Z_("می_شود"));
    }

    [Fact]
    public void Default_does_not_repair_but_text_dump_preset_does()
    {
        const string text = "مشهد شهری بینالمللی است و میتواند";
        PersianNormalizer.Default.Normalize(text).Should().BeSameAs(text);
        new PersianNormalizer(PersianNormalizerOptions.ForTextDumps).Normalize(text)
            .Should().Be(Z_("مشهد شهری بین_المللی است و می_تواند"));
    }

    [Fact]
    public void Repair_is_idempotent_on_repaired_words()
    {
        var once = HalfSpace.Repair("میشود کتابها منطقهای بزرگترین");
        HalfSpace.Repair(once).Should().BeSameAs(once);
    }
}
