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
