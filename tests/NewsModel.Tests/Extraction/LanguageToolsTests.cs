using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

public class LanguageToolsTests
{
    [Theory]
    [InlineData("prs", true)]
    [InlineData("PRS-AF", true)]
    [InlineData("fa-AF", true)]
    [InlineData("fa_af", true)]
    [InlineData("ps-AF", true)]
    [InlineData(" fa - AF ", true)]
    [InlineData("fa", false)]
    [InlineData("fa-IR", false)]
    [InlineData("en-AF", false)]
    [InlineData("af", false)]
    [InlineData("-", false)]
    [InlineData("_-_", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Afghan_language_tags_are_told_and_junk_is_not_one(string? tag, bool afghan) =>
        LanguageTools.IsAfghan(tag).Should().Be(afghan);

    [Theory]
    [InlineData("-")]
    [InlineData("_")]
    [InlineData("-AF")]
    public void A_junk_language_tag_leaves_the_language_to_the_text(string tag)
    {
        var r = ArticleParser.Default.Parse($"""<html lang="{tag}"><body><h1>عنوان خبر امروز</h1><p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند.</p></body></html>""");
        r.Value.Language.Should().Be("fa");
    }

    [Theory]
    [InlineData("The minister said that the plan was ready and that it is not the end of the talks with the unions.", "en")]
    [InlineData("DER Minister SAGTE, dass die Pläne nicht fertig sind und dass die Gespräche mit den Gewerkschaften auch weitergehen werden.", "de")]
    [InlineData("Il ministro ha detto che il piano della riforma non è pronto e che gli incontri con i sindacati sono anche più lunghi.", "it")]
    [InlineData("il il il il il il il il il il", null)]
    [InlineData("Die Verhandlungen über Gewerkschaftsforderungen Arbeitszeitverkürzungen Sozialversicherungsbeiträge", null)]
    [InlineData("", null)]
    public void Latin_text_is_told_by_its_function_words_counted_for_every_language_that_has_them(string text, string? language)
    {
        // «il» is Italian and French: ten of them are ten hits for both, and no language has half again the other's.
        LanguageTools.FromWords(text).Should().Be(language);
    }
}
