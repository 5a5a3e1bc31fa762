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
    [InlineData("fr", false, "example.ca", "Unknown")]
    [InlineData("es", false, "www.clarin.com", "Unknown")]
    [InlineData("en", false, "www.theverge.com", "Unknown")]
    [InlineData(null, false, null, "Unknown")]
    public void A_page_s_language_and_address_say_its_zone(string? language, bool afghanLocale, string? host, string expected)
    {
        PageZones.Of(language, afghanLocale, host, otherwise: PageZone.Unknown).ToString().Should().Be(expected);
    }

    [Fact]
    public void The_reason_given_for_central_european_time_names_the_address_first()
    {
        PageZones.CentralEuropeanReason("en", "www.example.at").Should().Be("its address is .at");
        PageZones.CentralEuropeanReason("pl", "example.com").Should().Be("its language is pl");
    }
}
