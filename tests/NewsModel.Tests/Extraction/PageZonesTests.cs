using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

public class PageZonesTests
{
    [Theory]
    [InlineData("fa", false, "www.isna.ir", "Tehran")]
    [InlineData("fa", false, "example.com", "Tehran")]
    [InlineData("fa", true, "example.com", "Kabul")]
    [InlineData("fa", false, "www.example.af", "Kabul")]
    [InlineData("en", false, "president.gov.af", "Kabul")]
    [InlineData(null, false, "news.af", "Kabul")]
    [InlineData("prs", false, null, "Kabul")]
    [InlineData("ps", false, "example.com", "Kabul")]
    [InlineData("de", false, "www.zeit.de", "CentralEurope")]
    [InlineData("de", false, "example.com", "CentralEurope")]
    [InlineData("en", false, "www.example.de", "CentralEurope")]
    [InlineData("fr", false, "www.lemonde.fr", "CentralEurope")]
    [InlineData("fa", false, "www.example.de", "Tehran")]
    [InlineData("ur", false, "www.express.pk", "Pakistan")]
    [InlineData("ur", false, "urdu.example.com", "Pakistan")]
    [InlineData("en", false, "www.dawn.pk", "Pakistan")]
    [InlineData("ur", false, "www.example.in", "India")]
    [InlineData("hi", false, "www.example.com", "India")]
    [InlineData("en", false, "www.thehindu.in", "India")]
    [InlineData("fa", false, "www.example.pk", "Tehran")]
    [InlineData("fr", false, "example.ca", "Unknown")]
    [InlineData("es", false, "www.clarin.com", "Unknown")]
    [InlineData("en", false, "www.theverge.com", "Unknown")]
    [InlineData(null, false, null, "Unknown")]
    public void A_page_s_language_and_address_say_its_zone(string? language, bool afghanLocale, string? host, string expected)
    {
        PageZones.Of(language, afghanLocale, host, otherwise: PageZone.Unknown).ToString().Should().Be(expected);
    }

    [Fact]
    public void The_reason_given_for_an_inferred_zone_names_the_address_first()
    {
        PageZones.Reason(PageZone.CentralEurope, "en", "www.example.at").Should().Be("its address is .at");
        PageZones.Reason(PageZone.CentralEurope, "pl", "example.com").Should().Be("its language is pl");
        PageZones.Reason(PageZone.Pakistan, "ur", "www.example.pk").Should().Be("its address is .pk");
        PageZones.Reason(PageZone.Pakistan, "ur", "example.com").Should().Be("its language is ur");
        PageZones.Reason(PageZone.India, "en", "example.in").Should().Be("its address is .in");
        PageZones.Reason(PageZone.Tehran, "fa", "example.ir").Should().BeNull("Persian pages' zone is the library's own ground");
    }

    [Theory]
    [InlineData("ur", "https://www.example.com/news/1", "2024-03-07T14:30:00+05:00", "Pakistan Standard Time (+05:00 on that day), as its language is ur")]
    [InlineData("ur", "https://www.example.com/news/1", "2008-07-01T14:30:00+06:00", "Pakistan Standard Time (+06:00 on that day), as its language is ur")]
    [InlineData("en", "https://www.example.pk/news/1", "2024-03-07T14:30:00+05:00", "Pakistan Standard Time (+05:00 on that day), as its address is .pk")]
    [InlineData("en", "https://www.example.in/news/1", "2024-03-07T14:30:00+05:30", "India Standard Time (+05:30), as its address is .in")]
    public void Zone_less_times_of_pakistani_and_indian_pages_are_read_in_their_zone(string language, string url, string expected, string said)
    {
        // Read as UTC with a warning before: five hours off.
        var local = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var r = ArticleParser.Default.Parse($$"""
            <html lang="{{language}}"><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A headline","datePublished":"{{local}}"}</script></head>
            <body><article><h1>A headline</h1><p>The first paragraph of the story, long enough to be its body, with a comma, and more words.</p></article></body></html>
            """, new Uri(url));
        r.Value.Published.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        r.Value.Published!.Value.Offset.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
        r.Diagnostics.Should().ContainSingle(d => d.Code == "published.zone-inferred").Which.Message.Should().EndWith(said + ".");
        r.Diagnostics.Should().NotContain(d => d.Code == "published.zone-assumed");
    }
}
