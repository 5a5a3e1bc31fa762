using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

/// <summary>Cutting the site's name (and taglines) off a metadata title.</summary>
public class TitleCuttingTests
{
    [Theory]
    [InlineData("Headline of the story - Site", "Headline of the story")]
    [InlineData("Site | Headline of the story here", "Headline of the story here")]
    [InlineData("Headline of the story | Site | Your daily magazine for everything", "Headline of the story")]
    [InlineData("Headline of the story | Politics | Site", "Headline of the story")]
    [InlineData("Headline of the story", "Headline of the story")]
    public void The_site_name_and_what_follows_it_are_cut(string title, string expected) =>
        TitleChooser.CutSiteName(title, ["Site"]).Should().Be(expected);

    [Theory]
    [InlineData("Headline of the story : Site | Your daily magazine", "Headline of the story")]
    [InlineData("Headline of the story : Site", "Headline of the story")]
    [InlineData("Covid : le gouvernement annonce", "Covid : le gouvernement annonce")]
    [InlineData("Headline : Sitemap of the things", "Headline : Sitemap of the things")]
    public void A_spaced_colon_cuts_only_before_the_sites_whole_name(string title, string expected) =>
        TitleChooser.CutSiteName(title, ["Site"]).Should().Be(expected);

    [Theory]
    [InlineData("mediaarchitecture.de // » Jens Weber", "mediaarchitecture.de", "Jens Weber")]
    [InlineData("www.example.org | Ein Bericht", "example.org", "Ein Bericht")]
    [InlineData("example.org.uk | Ein Bericht über alles", "example.org", "example.org.uk | Ein Bericht über alles")]
    public void A_leading_part_that_is_the_pages_address_is_cut_however_short_the_rest(string title, string host, string expected) =>
        TitleChooser.CutSiteName(title, [], host).Should().Be(expected);

    [Theory]
    [InlineData("Magic Cleaning | sheego ♥ Magazin", "www.sheego.de", "Magic Cleaning")]
    [InlineData("Der Morgen danach | Tagesspiegel Checkpoint", "checkpoint.tagesspiegel.de", "Der Morgen danach")]
    [InlineData("Magic Cleaning | sheego", "www.sheego.de", "Magic Cleaning")]
    [InlineData("Magic Cleaning | sheego kauft einen Laden in Berlin", "www.sheego.de", "Magic Cleaning | sheego kauft einen Laden in Berlin")]
    public void A_short_part_opening_with_the_sites_address_is_its_name(string title, string host, string expected) =>
        TitleChooser.CutSiteName(title, [], host).Should().Be(expected);

    [Theory]
    [InlineData("武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！")]
    [InlineData("蔡健雅_百度百科", "蔡健雅")]
    [InlineData("北京-上海高铁", "北京-上海高铁")]
    [InlineData("Berlin-Tegel_Flughafen", "Berlin-Tegel_Flughafen")]
    public void A_chinese_site_name_after_a_bare_dash_is_cut(string title, string expected) =>
        TitleChooser.CutSiteName(title, []).Should().Be(expected);

    [Theory]
    [InlineData("National Rail Enquiries -", "National Rail Enquiries")]
    [InlineData("Über André Loibl | ", "Über André Loibl")]
    [InlineData("| Über André Loibl", "Über André Loibl")]
    [InlineData("خبر فوری —", "خبر فوری")]
    [InlineData("« Les privatisations sont au profit des multinationales »", "« Les privatisations sont au profit des multinationales »")]
    [InlineData("Covid-19 -", "Covid-19")]
    [InlineData("A-", "A-")]
    public void A_separator_with_nothing_on_one_side_is_dropped(string title, string expected) =>
        TitleChooser.CutSiteName(title, []).Should().Be(expected);

    [Theory]
    [InlineData("Truckwash A31Das etwas andere Branchenbuch | Das etwas andere Branchenbuch", "Truckwash A31")]
    [InlineData("Ein Tag im Branchenbuch | Das etwas andere Branchenbuch", "Ein Tag im Branchenbuch | Das etwas andere Branchenbuch")]
    [InlineData("Alles über das etwas andere Branchenbuch | das etwas andere Branchenbuch", "Alles über das etwas andere Branchenbuch | das etwas andere Branchenbuch")]
    public void A_site_name_glued_to_the_headline_and_repeated_is_cut_both_times_and_only_when_glued(string title, string expected) =>
        TitleChooser.CutSiteName(title, [], knownOnly: true).Should().Be(expected);

    [Fact]
    public void A_title_that_is_the_sites_whole_name_is_left_whole() =>
        TitleChooser.CutSiteName("Gaby’s - Colours of the Soul", ["Gaby’s - Colours of the Soul"]).Should().Be("Gaby’s - Colours of the Soul");

    [Fact]
    public void A_title_of_thousands_of_parts_is_cut_a_few_times_and_left()
    {
        // A generated title that a real page never has: «Headline | part | part | …». It recursed once a part, which
        // was quadratic and could overflow a small stack; now it is cut eight times and given back.
        var title = string.Join(" | ", ["A long headline of the story", .. Enumerable.Repeat("part", 50_000)]);
        var expected = string.Join(" | ", ["A long headline of the story", .. Enumerable.Repeat("part", 50_000 - 8)]);
        string? cut = null;

        // A worker thread's stack, smaller than the main thread's.
        var worker = new Thread(() => cut = TitleChooser.CutSiteName(title, ["Site"]), maxStackSize: 256 * 1024);
        worker.Start();
        worker.Join();

        cut.Should().Be(expected);
    }
}
