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
