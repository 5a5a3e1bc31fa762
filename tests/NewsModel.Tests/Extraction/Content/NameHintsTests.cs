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
