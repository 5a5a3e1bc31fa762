namespace NewsModel.Tests.Extraction;

/// <summary>The section a breadcrumb trail names, when no layer names one.</summary>
public class BreadcrumbTests
{
    private const string Body = """
        <p>The council met on Tuesday evening to discuss the new budget, which includes funding for schools and roads.</p>
        <p>Opponents said the plan cut too deep into the money set aside for the city's libraries and parks.</p>
        """;

    private static Article Parse(string head, string trail, Uri? url = null) =>
        ArticleParser.Default.Parse($"<html><head>{head}</head><body>{trail}<article><h1>Council approves the new budget</h1>{Body}</article></body></html>", url).Value;

    [Fact]
    public void A_json_ld_trail_in_a_script_of_its_own_gives_the_step_before_the_article()
    {
        const string Head = """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves the new budget","datePublished":"2024-03-07T10:00:00Z"}</script>
            <script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
              {"@type":"ListItem","position":3,"name":"Council approves the new budget","item":"https://example.com/politics/city/budget"},
              {"@type":"ListItem","position":1,"name":"Home","item":"https://example.com/"},
              {"@type":"ListItem","position":2,"item":{"@id":"https://example.com/politics/city","name":"City Hall"}}]}</script>
            """;
        var a = Parse(Head, string.Empty, new Uri("https://example.com/politics/city/budget"));

        a.Section.Should().Be("City Hall");
        a.Provenance.Should().Contain(new FieldProvenance { Field = "section", Source = FieldSource.JsonLd, Detail = "BreadcrumbList" });
    }

    [Theory]
    [InlineData("""<ul class="breadcrumb"><li><a href="/">Home</a> /</li><li>» <a href="/politics">Politics</a></li><li>» Council approves the new budget</li></ul>""", "Politics")]
    [InlineData("""<nav class="breadcrumbs"><a href="https://example.com/">Example Times</a> › <a href="/news">News</a> › <a href="/news/city">City</a></nav>""", "City")]
    [InlineData("""<ol class="c-breadcrumb"><li><a href="/">Start</a></li><li><a href="/p">Politics</a></li><li><a href="/p/d">Detail</a></li><li>Council approves…</li></ol>""", "Politics")]
    [InlineData("""<div class="breadcrumb"><a href="/">خانه</a> › <a href="/economy">اقتصادی</a> › <a href="/economy/bank">بانک و بیمه</a></div>""", "بانک و بیمه")]
    public void A_visible_trail_gives_its_last_step_before_the_article(string trail, string section)
    {
        var a = Parse(string.Empty, trail, new Uri("https://example.com/news/1"));

        a.Section.Should().Be(section);
        a.Provenance.Should().Contain(new FieldProvenance { Field = "section", Source = FieldSource.VisibleText, Detail = "breadcrumb trail" });
    }

    [Theory]
    [InlineData("""<div class="breadcrumb-tools"><a href="/print">drucken</a><a href="mailto:x">mailen</a></div>""")]
    [InlineData("""<ul class="breadcrumb"><li><a href="/">Home</a></li><li>Council approves the new budget</li></ul>""")]
    [InlineData("""<ul class="breadcrumb"><li><a href="/">Home</a></li></ul>""")]
    [InlineData("""<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/e">E</a></li><li>Council approves the new budget</li></ul>""")]
    public void A_box_of_tools_or_a_trail_of_home_and_article_names_no_section(string trail) =>
        Parse(string.Empty, trail, new Uri("https://example.com/news/1")).Section.Should().BeNull();

    [Fact]
    public void A_layer_that_names_the_section_comes_first()
    {
        var a = Parse("""<meta property="article:section" content="Local">""", """<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/p">Politics</a></li><li>x</li></ul>""");

        a.Section.Should().Be("Local");
        a.SourceOf("section").Should().Be(FieldSource.OpenGraph);
    }
}
