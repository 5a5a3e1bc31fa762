using CsCheck;
using NewsModel.Extraction.Content;

namespace NewsModel.Tests.Extraction.Content;

public class NameHintsTests
{
    [Theory]
    [InlineData("entry-content", null, (int)(NameHint.Body | NameHint.Positive))]
    [InlineData("item-text", null, (int)(NameHint.Body | NameHint.Positive))]
    [InlineData(null, "articleBody", (int)(NameHint.Body | NameHint.Positive))]
    [InlineData("share-buttons", null, (int)(NameHint.Boilerplate))]
    [InlineData("ad", null, (int)(NameHint.Boilerplate))]
    [InlineData("header ad-slot", null, (int)(NameHint.Boilerplate))]
    [InlineData("shadow", null, (int)(NameHint.None))]
    [InlineData("frame-background-none", null, (int)(NameHint.None))]
    [InlineData("comment-list", "comments", (int)(NameHint.Comments | NameHint.Boilerplate))]
    [InlineData("comment-body", null, (int)(NameHint.Comments | NameHint.Boilerplate | NameHint.Positive))]
    [InlineData("summary", null, (int)(NameHint.Lead))]
    [InlineData("dig-vorspann", null, (int)(NameHint.Lead))]
    [InlineData("anrisstext", null, (int)(NameHint.Lead | NameHint.Positive))]
    [InlineData("post-meta", null, (int)(NameHint.Positive | NameHint.Boilerplate))]
    [InlineData("", "", (int)(NameHint.None))]
    [InlineData("ENTRY-Content", null, (int)(NameHint.Body | NameHint.Positive))]
    [InlineData("متن-خبر", "خبر", (int)(NameHint.None))]
    [InlineData("متن related", null, (int)(NameHint.Boilerplate))]
    [InlineData("x", "é-sidebar", (int)(NameHint.Boilerplate))]
    [InlineData("privacy-notice collapsed", null, (int)(NameHint.Boilerplate))]
    [InlineData("privacy-policy", null, (int)(NameHint.None))]
    public void Classifies_class_and_id_names(string? cls, string? id, int expected) =>
        NameHints.Classify(cls, id).Should().Be((NameHint)expected);

    [Theory]
    // WordPress's post_class(): the post's categories and tags are words of its subject, not names of the box.
    [InlineData("post-6996 post type-post status-publish format-standard hentry category-der-kommentar tag-banken", (int)NameHint.Positive)]
    [InlineData("post-33377 post type-post status-publish hentry category-top tag-newsletter tag-social-media", (int)NameHint.Positive)]
    [InlineData("post-1 post type-post hentry format-aside entry-content", (int)(NameHint.Body | NameHint.Positive))]
    // Without post_class()'s marks such tokens are the box's own names: a tag cloud, a comments category link.
    [InlineData("widget tag-cloud", (int)NameHint.Boilerplate)]
    [InlineData("category-kommentar", (int)NameHint.Comments)]
    public void The_taxonomy_tokens_of_a_wordpress_post_class_name_nothing(string cls, int expected)
    {
        NameHints.Classify(cls, null).Should().Be((NameHint)expected);
        NameHints.WithoutTaxonomy(cls.ToLowerInvariant()).Should().NotContain(cls.Contains("hentry") ? "tag-" : "\0");
    }

    [Fact]
    public void Dropping_taxonomy_tokens_keeps_every_other_token_in_order_on_any_class_list()
    {
        // Compacted in place in a stack buffer: checked against the plain definition on lists of any spacing.
        var token = Gen.OneOfConst("hentry", "post", "category-kommentar", "tag-", "tag-x", "format-aside", "entry-content", "a", "", "categoryx", "xtag-y");
        var separator = Gen.OneOfConst(" ", "  ", "\t", "\n");
        Gen.Select(token, separator).Array[0, 12]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)))
            .Sample(names =>
            {
                var tokens = names.Split(' ', '\t', '\n').Where(t => t.Length > 0).ToList();
                var post = names.Contains("hentry") || names.Contains("status-publish") || names.Contains("type-post");
                var expected = post ? tokens.Where(t => !t.StartsWith("category-") && !t.StartsWith("tag-") && !t.StartsWith("format-")).ToList() : tokens;
                var result = NameHints.WithoutTaxonomy(names);
                return result.Split(' ', '\t', '\n').Where(t => t.Length > 0).SequenceEqual(expected) && (post || ReferenceEquals(result, names));
            }, iter: 20000);
    }
}

/// <summary>The text lengths the content scoring runs on, counted eight characters at a time.</summary>
public class TextMeasureTests
{
    // The plain definition: words split on white space, joined by one space; commas of four scripts.
    private static (int Length, int Commas) Plain(string text) =>
        (string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Length,
         text.Count(c => c is ',' or '\u060C' or '\uFF0C' or '\u3001'));

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("   ", 0, 0)]
    [InlineData("a", 1, 0)]
    [InlineData("  two   words  ", 9, 0)]
    [InlineData("سلام،\u00A0دنیا\u2003و\u3000, end", 18, 2)]
    [InlineData("eight ch\n\n\n\n\n\n\n\nnext block of text, longer than sixteen", 48, 1)]
    public void Collapses_white_space_and_counts_commas(string text, int length, int commas)
    {
        PageAnalysis.Measure(text).Should().Be((length, commas));
        Plain(text).Should().Be((length, commas), "the test's own definition agrees");
    }

    [Fact]
    public void Agrees_with_the_plain_definition_on_any_text()
    {
        Gen.Char[" \t\n\r\u000B\u000C\u0085\u00A0\u1680\u2000\u2005\u200A\u200B\u200C\u2028\u2029\u202F\u205F\u3000\u001Fab,،，、سx"]
            .Array[0, 70].Select(a => new string(a))
            .Sample(text => PageAnalysis.Measure(text) == Plain(text), iter: 20000);
    }
}

/// <summary>Each analysis keeps its infos on the elements; two of one page must not see each other's.</summary>
public class PageAnalysisTests
{
    private const string Page =
        "<body><div class='related-box'><p>A related story with enough words, commas, and length to be scored here.</p>" +
        "<p>Another paragraph in the related box, long enough to count, with a comma or two.</p></div>" +
        "<article><p>The article's own paragraph, long enough to be scored, with commas, too.</p></article>" +
        "<aside><a href='/x'>A link</a></aside></body>";

    [Fact]
    public void Two_analyses_of_one_page_keep_their_own_scores()
    {
        var shared = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page);
        var strict = new PageAnalysis(shared.Body!);
        var relaxed = new PageAnalysis(shared.Body!, relaxed: true);
        var alone = new PageAnalysis(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page).Body!);
        var aloneRelaxed = new PageAnalysis(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Page).Body!, relaxed: true);

        var elements = shared.Body!.QuerySelectorAll("*").ToList();
        var strictScores = elements.Select(e => (strict.Info(e).Score, strict.Info(e).Text, strict.Info(e).Scored)).ToList();
        var relaxedScores = elements.Select(e => (relaxed.Info(e).Score, relaxed.Info(e).Text, relaxed.Info(e).Scored)).ToList();

        strictScores.Should().Equal(alone.Root.QuerySelectorAll("*").Select(e => (alone.Info(e).Score, alone.Info(e).Text, alone.Info(e).Scored)));
        relaxedScores.Should().Equal(aloneRelaxed.Root.QuerySelectorAll("*").Select(e => (aloneRelaxed.Info(e).Score, aloneRelaxed.Info(e).Text, aloneRelaxed.Info(e).Scored)));
        strictScores.Should().NotEqual(relaxedScores, "the relaxed analysis scores the related box the strict one leaves out");
        strict.Info(shared.Body!.QuerySelector("div")!).Scored.Should().BeFalse();
        relaxed.Info(shared.Body!.QuerySelector("div")!).Scored.Should().BeTrue();
        strict.Info(shared.Head!).Junk.Should().BeTrue("an element outside the analysed root has no info of its own");
    }
}
