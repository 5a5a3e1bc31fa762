using NewsModel.Sites;

namespace NewsModel.Tests.Extraction;

/// <summary>
/// Site rules recognise their pages by host, and by markup when the host is unknown (a mirror, an archive copy).
/// The markup check only runs when the page carries one of the rule's fingerprint classes.
/// </summary>
public class SiteRuleDetectionTests
{
    [Theory]
    [InlineData("varzesh3-1608590.html", "Varzesh3")]
    [InlineData("tasnim-2015910.html", "Tasnim")]
    [InlineData("yjc-6919119.html", "IranSamaneh")]
    public void A_real_page_under_an_unknown_host_is_recognised_by_its_markup(string file, string rule)
    {
        var a = ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "articles", file), new Uri("https://archive.example.org/copy/" + file)).Value;

        var body = a.Provenance.Single(p => p.Field == "body");
        body.Source.Should().Be(FieldSource.SiteRule);
        body.Detail.Should().Be(rule);
    }

    [Fact]
    public void A_page_without_any_fingerprint_class_gets_the_generic_extractor()
    {
        var html = "<html><body><article class=\"story\"><h1 class=\"news-title\">عنوان</h1><p>" + string.Concat(Enumerable.Repeat("متن خبر، ", 60)) + "</p></article></body></html>";

        var a = ArticleParser.Default.Parse(html, new Uri("https://archive.example.org/copy/1")).Value;

        a.Provenance.Single(p => p.Field == "body").Source.Should().Be(FieldSource.Generic);
    }

    [Fact]
    public void A_fingerprint_is_found_in_a_later_marked_subtree_and_under_a_nested_marker()
    {
        // The first marked element is not the fingerprint's ("div.single-news", not "article.single-news"); the
        // second holds a nested marked element before the matching "div.story".
        var story = string.Concat(Enumerable.Repeat("<p>" + string.Concat(Enumerable.Repeat("متن خبر، ", 30)) + "</p>", 3));
        var html = "<html><body><div class=\"single-news\">تبلیغ</div><main><article class=\"single-news\"><h1 class=\"title\">عنوان خبر</h1>"
            + "<div class=\"single-news-box\"><span class=\"single-news\">x</span></div><div class=\"story\">" + story + "</div></article></main></body></html>";

        var a = ArticleParser.Default.Parse(html, new Uri("https://archive.example.org/copy/2")).Value;

        var body = a.Provenance.Single(p => p.Field == "body");
        body.Source.Should().Be(FieldSource.SiteRule);
        body.Detail.Should().Be("Tasnim");
    }

    [Fact]
    public void Every_fingerprint_names_the_classes_that_gate_it()
    {
        foreach (var rule in SiteRules.BuiltIn.Where(r => r.Fingerprint is not null))
        {
            rule.FingerprintClasses.Should().NotBeEmpty(rule.Name);
            rule.FingerprintClasses.Should().OnlyContain(c => rule.Fingerprint!.Contains("." + c, StringComparison.Ordinal), rule.Name);

            // Only the subtrees of elements with a marker class are searched: every alternative must name one.
            rule.Fingerprint!.Split(',').Should().OnlyContain(group => rule.FingerprintClasses.Any(c => group.Contains("." + c, StringComparison.Ordinal)), rule.Name);
        }

        SiteRules.BuiltIn.Where(r => r.Fingerprint is null).Should().OnlyContain(r => r.FingerprintClasses.Count == 0);
    }
}
