using NewsModel.Persian;

namespace NewsModel.Tests.Persian;

/// <summary>The word lists must not contradict each other, or the repair would depend on rule order.</summary>
public class HalfSpaceLexiconTests
{
    [Fact]
    public void A_plural_base_plus_heh_is_never_a_listed_silent_heh_word()
    {
        var conflicts = HalfSpaceLexicon.PluralBases.Where(x => HalfSpaceLexicon.SilentHehWords.Contains(x + "ه")).ToList();
        conflicts.Should().BeEmpty("«Xهای» would be both X‌های and Xه‌ای");
    }

    [Fact]
    public void Every_list_holds_only_arabic_script_letters()
    {
        var all = HalfSpaceLexicon.PresentStems.Concat(HalfSpaceLexicon.PastStems).Concat(HalfSpaceLexicon.SilentHehWords)
            .Concat(HalfSpaceLexicon.PluralBases).Concat(HalfSpaceLexicon.Adjectives).Concat(HalfSpaceLexicon.HaWords);
        all.Should().OnlyContain(w => w.Length > 0 && w.All(PersianLetters.IsLetter));
    }

    [Fact]
    public void Silent_heh_words_end_in_heh()
    {
        HalfSpaceLexicon.SilentHehWords.Should().OnlyContain(w => w.EndsWith('ه'));
        HalfSpaceLexicon.ParticiplesForPerfect.Should().OnlyContain(w => w.EndsWith('ه'));
        HalfSpaceLexicon.ParticiplesForAi.Should().BeSubsetOf(HalfSpaceLexicon.ParticiplesForPerfect);
    }

    [Fact]
    public void Lists_are_big_enough_to_matter()
    {
        HalfSpaceLexicon.PresentStems.Count.Should().BeGreaterThan(100);
        HalfSpaceLexicon.PastStems.Count.Should().BeGreaterThan(80);
        HalfSpaceLexicon.SilentHehWords.Count.Should().BeGreaterThan(200);
        HalfSpaceLexicon.PluralBases.Count.Should().BeGreaterThan(200);
    }

    [Theory]
    [InlineData("شود", true)]
    [InlineData("کنند", true)]
    [InlineData("کرد", true)]
    [InlineData("رفتند", true)]
    [InlineData("آید", true)]
    [InlineData("دان", false)]
    [InlineData("گو", false)]
    [InlineData("ز", false)]
    [InlineData("لیون", false)]
    public void Verb_forms(string remainder, bool expected) =>
        HalfSpaceRules.IsVerbForm(remainder).Should().Be(expected);
}
