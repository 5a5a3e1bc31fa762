using CsCheck;
using NewsModel.Persian;

namespace NewsModel.Tests.Persian;

public class HalfSpacePropertyTests
{
    private static readonly string[] Fragments =
    [
        "می", "نمی", "شود", "توانست", "کتاب", "ها", "های", "هایی", "منطقه", "ای", "ام", "اش", "اند", "بزرگ", "تر", "ترین",
        "بین", "المللی", "کرده", "شده", "نامه", "زمین", "ه", "تنها", "میدان", "دفتر", "علی", "و", "۱۲", "a1",
        " ", " ", " ", "", "\u200C", "\u200C\u200C", "\u200A", "\u200B", "،", "«", "»", "؟", "\n",
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

    [Fact]
    public void Text_dump_preset_is_idempotent()
    {
        var n = new PersianNormalizer(PersianNormalizerOptions.ForTextDumps);
        Sentences.Sample(s =>
        {
            var once = n.Normalize(s);
            n.Normalize(once).Should().Be(once, "normalizing «{0}» twice", s);
        }, iter: 5000);
    }

    [Fact]
    public void Repair_only_adds_removes_or_moves_half_spaces_and_spaces()
    {
        Sentences.Sample(s =>
        {
            var r = HalfSpace.Repair(s);
            Visible(r).Should().Be(Visible(s), "«{0}» → «{1}»", s, r);
        }, iter: 5000);

        static string Visible(string s) => new(s.Where(c => c is not ('\u200C' or ' ' or '\u200A' or '\u200B')).ToArray());
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
