namespace NewsModel.Tests.Extraction;

/// <summary>The tags an article shows as links, when no layer gives them.</summary>
public class VisibleTagsTests
{
    private static Article Parse(string tags, string head = "", string after = "") =>
        ArticleParser.Default.Parse($"""
            <html lang="fa"><head>{head}</head><body><div class="sidebar"><div class="tags"><a href="/t/x">همه برچسب‌های سایت</a></div></div>
            <div class="news"><h1>افزایش قیمت نان در تهران از امروز</h1>
            <div class="text"><p>قیمت نان از امروز ده درصد افزایش یافت و نانوایی‌ها نرخ‌نامه تازه را نصب کردند و مردم در صف ایستادند.</p>
            <p>مسئولان می‌گویند این افزایش برای جبران هزینه‌های تولید و دستمزد کارگران نانوایی‌ها لازم بوده است.</p></div>
            {tags}</div>{after}</body></html>
            """).Value;

    [Theory]
    [InlineData("""<div class="tags_container"><a href="/tag/1">نان</a><a href="/tag/2">قیمت</a></div>""")]
    [InlineData("""<ul class="post-tags"><li><a href="/t/1">#نان</a></li><li><a href="/t/2">قیمت</a></li></ul>""")]
    [InlineData("""<div><span>برچسب‌ها:</span> <a href="/tag/1">نان</a>، <a href="/tag/2">قیمت</a></div>""")]
    [InlineData("""<div>کلیدواژه ها: <a href="/k/1">نان</a> <a href="/k/2">قیمت</a> <a href="/k/2">قیمت</a></div>""")]
    public void The_articles_tag_links_are_its_tags(string tags)
    {
        var a = Parse(tags);

        a.Tags.Should().Equal("نان", "قیمت");
        a.Provenance.Should().Contain(new FieldProvenance { Field = "tags", Source = FieldSource.VisibleText, Detail = "tag links in the article" });
    }

    [Fact]
    public void Links_that_are_no_tags_are_left_out()
    {
        var a = Parse("""<div class="tags"><a href="/t/1">نان</a><a href="/d">Download citation</a><a href="/x">https://doi.org/10.1/x</a><a href="/c">Uncategorized</a><a href="/2009/08/06">6. August 2009</a></div>""");

        a.Tags.Should().Equal("نان");
    }

    [Fact]
    public void A_layer_that_gives_tags_comes_first_and_a_tag_list_outside_the_article_gives_none()
    {
        Parse("""<div class="tags"><a href="/t/1">نان</a></div>""", head: """<meta name="keywords" content="اقتصاد, بازار">""").Tags.Should().Equal("اقتصاد", "بازار");
        Parse(string.Empty).Tags.Should().BeEmpty("the sidebar's tag box is the site's");
        Parse("""<div class="comments"><div class="tags"><a href="/t/1">نان</a></div></div>""").Tags.Should().BeEmpty("a comment's tags are not the article's");
    }

    [Fact]
    public void A_label_loose_in_the_article_does_not_make_the_articles_links_tags()
    {
        var a = ArticleParser.Default.Parse("""
            <html lang="fa"><body><div class="news"><h1>افزایش قیمت نان در تهران از امروز</h1>
            <p>قیمت نان از امروز ده درصد افزایش یافت و <a href="/a">نانوایی‌ها</a> نرخ‌نامه تازه را نصب کردند و مردم در صف ایستادند.</p>
            <p>مسئولان می‌گویند این افزایش برای جبران <a href="/b">هزینه‌های تولید</a> و دستمزد کارگران نانوایی‌ها لازم بوده است.</p>
            برچسب‌ها:
            </div></body></html>
            """).Value;

        a.Tags.Should().BeEmpty();
    }

    [Fact]
    public void A_heading_that_only_begins_like_a_label_is_no_tag_list()
    {
        Parse("""<div><h3>Themen der Woche</h3><a href="/a">Ein anderer Artikel über den Haushalt</a></div>""").Tags.Should().BeEmpty();
    }
}
