using System.Globalization;
using NewsModel.Text;

namespace NewsModel.Tests.Text;

/// <summary>
/// The text reader on dumps of the bundled development-set pages (German and English sites, made with our HTML-to-text
/// converter as a crawler's WET step makes them). Titles and text segments are the corpus's own (evaldata.json); the
/// instants are the pages' own metadata (the dumps print them to the minute).
/// </summary>
public class RealDevPageDumpTests
{
    private static Article Dump(string file, string url) =>
        TextArticleParser.Default.Parse(HtmlToText.Convert(TestFiles.ReadText("dev", file)), new Uri(url)).Value;

    [Fact]
    public void The_headline_the_document_title_names_is_the_title_not_the_nearest_short_line()
    {
        // Before: «Unsere Themen»-like lines of the chrome, or no headline at all, on these two pages.
        Dump("timesofisrael.com.washington.html", "https://www.timesofisrael.com/state-of-washington-swears-in-first-native-american-jewish-supreme-court-justice/")
            .Title.Should().Be("State of Washington swears in first Native American-Jewish Supreme Court justice");
        Dump("topagrar.com.schnee.solat.html", "https://www.topagrar.com/energie/news/schnee-belastet-module-10558804.html")
            .Title.Should().Be("Schnee belastet Solarmodule - Warum nur Profis zum Entfernen ran sollten");
    }

    [Fact]
    public void The_text_goes_on_past_a_caption_and_a_pager_and_stops_before_what_follows_it()
    {
        // zeit.de: the picture's caption, «Inhalt», «Auf einer Seite lesen» and the page list stand between the lead
        // and the text; the body stopped at them (one block, the caption).
        var zeit = Dump("zeit.de.zugverkehr.html", "https://www.zeit.de/mobilitaet/2020-01/zugverkehr-europa-hochgeschwindigkeitszuege-ice-flugverkehr");
        zeit.Text.Should().Contain("So lange dauert die schnellste Zugverbindung").And.Contain("Schnellstrecken kosten Nachtzüge")
            .And.NotContain("Auf einer Seite lesen").And.NotContain("Zalando Lounge Gutschein");
        zeit.Body.OfType<HeadingBlock>().Select(h => h.Text).Should().Contain("Nationale Egoismen");

        var verge = Dump("theverge.com.ios13.html", "https://www.theverge.com/2019/7/3/20680681/ios-13-beta-3-facetime-attention-correction-eye-contact");
        verge.Text.Should().Contain("Normally, video calls tend to").And.Contain("Added ARKit explanation and tweet.")
            .And.NotContain("Command Line delivers daily updates").And.NotContain("Singapore’s public health program");

        var toi = Dump("timesofisrael.com.washington.html", "https://www.timesofisrael.com/state-of-washington-swears-in-first-native-american-jewish-supreme-court-justice/");
        toi.Text.Should().Contain("Governor Jay Inslee appointed Montoya-Lewis").And.Contain("I was raised to remember that I come")
            .And.Contain("At the ceremony, there was an invocation from");
    }

    [Theory]
    [InlineData("zeit.de.zugverkehr.html", "https://www.zeit.de/mobilitaet/2020-01/zugverkehr", "2020-01-14T09:21:29+01:00")]
    [InlineData("theverge.com.ios13.html", "https://www.theverge.com/2019/7/3/20680681/ios-13", "2019-07-03T04:22:07-04:00")]
    public void The_published_instant_survives_with_the_pages_offset(string file, string url, string metadata)
    {
        // zeit.de's «14. Januar 2020, 9:21 Uhr» was read in Tehran time before; The Verge prints "EDT" after its time.
        var expected = DateTimeOffset.Parse(metadata, CultureInfo.InvariantCulture);
        var published = Dump(file, url).Published;

        published.Should().NotBeNull();
        (published!.Value - expected).Duration().Should().BeLessThan(TimeSpan.FromMinutes(1));
        published.Value.Offset.Should().Be(expected.Offset);
    }
}
