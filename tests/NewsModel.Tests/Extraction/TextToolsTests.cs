using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CsCheck;
using NewsModel.Extraction;
using NewsModel.Html;

namespace NewsModel.Tests.Extraction;

/// <summary>The whitespace collapsing every layer relies on, and the DOM walks that replaced AngleSharp's sibling links.</summary>
public class TextToolsTests
{
    // The plain definition: every run of whitespace (NBSP included, ZWNJ not) becomes one space, the ends are trimmed.
    private static string Reference(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [Fact]
    public void Clean_collapses_whitespace_and_keeps_the_half_space()
    {
        TextTools.Clean("  می\u200Cشود \u00A0\n\t خبر  ").Should().Be("می\u200Cشود خبر");
        TextTools.Clean("already clean").Should().BeSameAs("already clean");
        TextTools.Clean(null).Should().BeEmpty();
        TextTools.Clean(" \n ").Should().BeEmpty();
    }

    [Fact]
    public void Clean_equals_the_plain_definition_on_any_text()
    {
        Gen.Char[" \t\n\r\u00A0\u2009\u3000\u200C\u0085ab،ی"].Array[0, 40].Select(a => new string(a))
            .Sample(s => TextTools.Clean(s) == Reference(s));
    }

    [Theory]
    [InlineData("isna-98030903723.html")]
    [InlineData("yjc-6919119.html")]
    public void TextOf_equals_the_collapsed_TextContent_of_every_element_of_a_real_page(string file)
    {
        var document = new HtmlParser().ParseDocument(TestFiles.ReadText("persian", "articles", file));

        foreach (var e in document.All)
        {
            TextTools.TextOf(e).Should().Be(Reference(e.TextContent));
        }
    }

    [Fact]
    public void The_pre_order_walk_visits_every_element_in_document_order()
    {
        var document = new HtmlParser().ParseDocument(TestFiles.ReadText("persian", "articles", "tasnim-2015910.html"));

        var walked = new List<AngleSharp.Dom.IElement>();
        foreach (var e in Query.DescendantsOf(document))
        {
            walked.Add(e);
        }

        walked.Should().Equal(document.All);
    }

    [Fact]
    public void The_pre_order_walk_survives_a_very_deep_page()
    {
        var html = string.Concat(Enumerable.Repeat("<span>", 5000)) + "x" + string.Concat(Enumerable.Repeat("</span>", 5000));
        var document = new HtmlParser().ParseDocument(html);

        var count = 0;
        foreach (var e in Query.DescendantsOf(document))
        {
            count++;
        }

        count.Should().Be(document.All.Length);
        TextTools.TextOf(document.Body).Should().Be(Reference(document.Body!.TextContent));
    }

    [Theory]
    [InlineData("https://www.example.com/tag/prison-papers/?page=2", "tag/prison-papers")]
    [InlineData("//blogs.example.com/author/jane-roe/#bio", "author/jane-roe")]
    [InlineData("/news/98030903723/کارشناسی-داوری", "news/98030903723/کارشناسی-داوری")]
    [InlineData("pagina.php?id=304", "pagina.php")]
    [InlineData("https://example.com", "")]
    [InlineData(null, "")]
    public void A_links_path_is_read_as_written(string? href, string path) =>
        TextTools.LinkPath(href).ToString().Should().Be(path);

    [Fact]
    public void Titles_found_together_are_the_titles_Contains_finds()
    {
        // Short texts over a few letters (a half-space among them) and titles partly cut from the text: the indexed
        // search (forced by a work bound of 0, or taking over from a title on) must count what one Contains a title counts,
        // and stop where it may.
        var letters = Gen.OneOf(Gen.Const('a'), Gen.Const('b'), Gen.Const('ی'), Gen.Const('\u200C'));
        var texts = letters.Array[0, 60].Select(c => new string(c));
        Gen.Select(texts, letters.Array[1, 6].Select(c => new string(c)).Array[0, 12], Gen.Int[0, 5].Array[0, 6], Gen.Long[0, 40], Gen.Long[0, 400])
            .Sample((text, made, cuts, enough, budget) =>
            {
                var titles = made.Concat(cuts.Where(c => text.Length > c + 2).Select(c => text.Substring(c, 3))).ToList();
                var naive = TextTools.TitlesInText(text, titles, naiveWork: long.MaxValue);
                var expected = titles.Where(t => text.Contains(t, StringComparison.Ordinal)).Sum(t => (long)t.Length);

                naive.Should().Be(expected);
                TextTools.TitlesInText(text, titles, naiveWork: 0).Should().Be(expected, "{0} in {1}", string.Join('|', titles), text);
                (TextTools.TitlesInText(text, titles, enough, naiveWork: 0) >= enough).Should().Be(expected >= enough);

                // Titles looked for one by one until the budget is spent, the rest in one pass.
                TextTools.TitlesInText(text, titles, naiveWork: budget).Should().Be(expected);
                (TextTools.TitlesInText(text, titles, enough, naiveWork: budget) >= enough).Should().Be(expected >= enough);
            });
    }
}

public class ClassNamesTests
{
    [Theory]
    [InlineData("news rutitr", "rutitr", true)]
    [InlineData("news\trutitr\n", "rutitr", true)]
    [InlineData("news-rutitr", "rutitr", false)]
    [InlineData("rutitr_body rutitr", "rutitr", true)]
    [InlineData("Rutitr", "rutitr", false)]
    [InlineData(null, "rutitr", false)]
    public void Finds_whole_tokens_only(string? classes, string token, bool expected) =>
        ClassNames.HasToken(classes, token).Should().Be(expected);

    [Fact]
    public void Agrees_with_the_class_list_on_any_attribute()
    {
        Gen.Select(Gen.Char[" \tab-"].Array[0, 12], Gen.Char["ab-"].Array[1, 3])
            .Sample((cls, token) =>
            {
                var c = new string(cls);
                var t = new string(token);
                var element = new HtmlParser().ParseDocument("<p>").CreateElement("div");
                element.SetAttribute("class", c);
                return ClassNames.HasToken(c, t) == element.ClassList.Contains(t);
            });
    }
}

/// <summary>The one-pass fragment finder the page index runs on every class attribute.</summary>
public class FragmentSetTests
{
    private static readonly string[] Fragments = ["title", "date", "time", "news_id", "ab", "ba", "aab"];

    [Fact]
    public void Finds_every_fragment_ignoring_ascii_case()
    {
        var set = new FragmentSet(Fragments);

        set.Find("post-Title NEWS_ID").Should().Be(set.Bit("title") | set.Bit("news_id"));
        set.Find("update-time").Should().Be(set.Bit("date") | set.Bit("time"));
        set.Find("عنوان").Should().Be(0UL);
        set.Find(string.Empty).Should().Be(0UL);
    }

    [Fact]
    public void Agrees_with_a_substring_search_per_fragment_on_any_text()
    {
        var set = new FragmentSet(Fragments);
        Gen.Char["abABtitledmeTIME_ -"].Array[0, 30].Select(a => new string(a)).Sample(text =>
        {
            var expected = 0UL;
            foreach (var f in Fragments)
            {
                if (text.Contains(f, StringComparison.OrdinalIgnoreCase))
                {
                    expected |= set.Bit(f);
                }
            }

            return set.Find(text) == expected;
        });
    }

    [Fact]
    public void Agrees_with_a_substring_search_on_a_large_set_with_shared_flags()
    {
        // Fragments that are suffixes and prefixes of one another (the automaton must report "ab" inside "bab" and
        // "aab"), many sharing one flag, as the page index and the name hints build theirs; texts with upper-case
        // letters, separators and non-ASCII letters that fold to ASCII under other rules ('İ', 'ı', the Kelvin sign).
        var words = new[] { "ab", "bab", "aab", "abc", "bc", "c-d", "d_e", "comment", "comments-link", "ment", "men", "nt", "a2a_", "2a" };
        var fragments = words.Select((w, i) => (w, 1UL << (i % 5))).ToArray();
        var set = new FragmentSet(fragments);
        Gen.Char["abcABCdeDE-_2mMoOnNtTsSlLiIkK İıK\u212A"].Array[0, 40].Select(a => new string(a)).Sample(text =>
        {
            var lowered = string.Concat(text.Select(c => char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c));
            var expected = 0UL;
            foreach (var (fragment, flag) in fragments)
            {
                if (lowered.Contains(fragment, StringComparison.Ordinal))
                {
                    expected |= flag;
                }
            }

            return set.Find(text) == expected;
        }, iter: 20000);
    }

    [Fact]
    public void Refuses_fragments_it_cannot_find()
    {
        var upper = () => new FragmentSet("Title");
        var tooMany = () => new FragmentSet(Enumerable.Range(0, 65).Select(i => "f" + i).ToArray());
        var single = () => new FragmentSet("a");
        upper.Should().Throw<ArgumentException>();
        single.Should().Throw<ArgumentException>();
        tooMany.Should().Throw<ArgumentException>();
    }
}

/// <summary>The boilerplate phrase lists, matched at the start of a paragraph or anywhere in it.</summary>
public class PhraseSetTests
{
    private static readonly string[] Phrases = ["share on", "ähnliche beiträge", "کد خبر", "©", "ıs", "Read more:", "read next"];

    [Fact]
    public void Matches_without_case_in_any_script()
    {
        var set = new PhraseSet(Phrases);

        set.StartsAny("SHARE ON Facebook").Should().BeTrue();
        set.StartsAny("ÄHNLICHE BEITRÄGE").Should().BeTrue();
        set.StartsAny("کد خبر: ۲۱۶۰۲۶").Should().BeTrue();
        set.StartsAny("خبر کد").Should().BeFalse();
        set.StartsAny("Please share on Facebook").Should().BeFalse();
        set.StartsAny(string.Empty).Should().BeFalse();
        set.ContainsAny("Please Share On Facebook").Should().BeTrue();
        set.ContainsAny("Foto © dpa").Should().BeTrue();
        set.ContainsAny("nothing here").Should().BeFalse();
    }

    [Fact]
    public void A_persian_phrase_starts_a_text_typed_with_arabic_yeh_and_kaf()
    {
        // Pages typed on an Arabic keyboard write «كد خبر» (U+0643 kaf), «پيشنهاد سردبير» (U+064A yeh); the paragraphs
        // are sorted before the text is normalized.
        var set = new PhraseSet("کد خبر", "پیشنهاد سردبیر", "share on");

        set.StartsAny("\u0643د خبر: ۲۱۶۰۲۶").Should().BeTrue();
        set.StartsAny("پ\u064Aشنهاد سردب\u064Aر").Should().BeTrue();
        set.StartsAny("پیشنهاد سردبیر").Should().BeTrue();
        set.StartsAny("خبر \u0643د").Should().BeFalse();
        set.ContainsAny("x \u0643د خبر: ۲۱۶۰۲۶").Should().BeTrue();
    }

    [Fact]
    public void Agrees_with_a_comparison_per_phrase_on_any_text()
    {
        // The search inside runs Persian phrases ordinally, ASCII ones ignoring case, and the rest only where one of
        // their ASCII runs occurs («hnliche beitr»): a set with «©», which has none, searches the rest always.
        string[] withRuns = ["share on", "ähnliche beiträge", "کد خبر", "ıs", "Read more:", "read next", "پس از تایید", "ſt"];
        foreach (var phrases in new[] { Phrases, withRuns })
        {
            var set = new PhraseSet(phrases);
            Gen.Char["sSıIhHaArRedDmMoO:ä Äکد خبر©nNxtپ ستاییدſKkK\u200C"].Array[0, 24].Select(a => new string(a)).Sample(text =>
                set.StartsAny(text) == phrases.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                && set.ContainsAny(text) == phrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase)), iter: 20000);
            foreach (var phrase in phrases)
            {
                set.ContainsAny("x " + phrase.ToUpperInvariant() + " y").Should().Be(
                    ("x " + phrase.ToUpperInvariant() + " y").Contains(phrase, StringComparison.OrdinalIgnoreCase), phrase);
            }
        }
    }

    [Fact]
    public void A_caseless_text_equals_ignoring_case_only_what_it_equals()
    {
        // IsCaseless lets phrase sets and the headline finder search a Persian phrase ordinally instead of ignoring
        // case: every character it accepts must equal, ignoring case, no character but itself.
        var caseless = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => PhraseSet.IsCaseless([c])).ToArray();
        caseless.Should().Contain(['-', '7', '%', 'ب', 'ی', '۱', '\u200C']).And.NotContain(['a', 'Z', 'é', 'ı', 'K']);
        for (var h = 0; h < 0x10000; h++)
        {
            ReadOnlySpan<char> one = [(char)h];
            foreach (var c in caseless)
            {
                if (c != h && one.Equals([c], StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Fail($"U+{h:X4} equals U+{(int)c:X4} ignoring case");
                }
            }
        }

        PhraseSet.IsCaseless("برانکو-باید-دو-بازیکن").Should().BeTrue();
        PhraseSet.IsCaseless("98030903722-news").Should().BeFalse();
    }

    [Fact]
    public void Refuses_an_empty_phrase()
    {
        var empty = () => new PhraseSet("a", string.Empty);
        empty.Should().Throw<ArgumentException>();
    }
}

/// <summary>The comparison key: cleaned, Persian letter forms unified, format characters and closing marks dropped.</summary>
public class TextKeyTests
{
    private static string Plain(string text)
    {
        var clean = NewsModel.Persian.PersianLetters.Normalize(TextTools.Clean(text));
        var kept = new string(clean.Where(c => c is not ('\u200C' or '\u200B' or '\u200D' or '\u200E' or '\u200F')).ToArray());
        return kept.TrimEnd(' ', '.', '؛', ';', ':', '!', '؟', '?', '،', ',').Trim();
    }

    [Theory]
    [InlineData("کتاب‌ها؟", "کتابها")]
    [InlineData("  Headline of the day.  ", "Headline of the day")]
    [InlineData("علي و كتاب", "علی و کتاب")]
    [InlineData("\u200C.", "")]
    public void Drops_format_characters_and_closing_marks(string text, string key) =>
        TextTools.Key(text).Should().Be(key);

    [Fact]
    public void Agrees_with_the_plain_definition_on_any_text()
    {
        Gen.Char["ab ک ي\u200C\u200B\u200D\u200E\u200F.,;:!?؟،؛\u00A0\t"].Array[0, 40].Select(a => new string(a))
            .Sample(text => TextTools.Key(text) == Plain(text), iter: 20000);
        Gen.Char["ab\u200C "].Array[250, 300].Select(a => new string(a))
            .Sample(text => TextTools.Key(text) == Plain(text), iter: 200);
    }

    [Fact]
    public void The_scalar_whitespace_test_is_char_IsWhiteSpace_for_every_char()
    {
        var differ = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => WhiteSpaceSets.Is(c) != char.IsWhiteSpace(c)).ToList();

        differ.Should().BeEmpty();
        WhiteSpaceSets.Is('\u2003').Should().BeTrue();
        WhiteSpaceSets.Is('\u200C').Should().BeFalse("the half-space is a letter's joiner, not a space");
    }
}
