using NewsModel.Dates;

namespace NewsModel.Tests.Dates;

public class PakistanRulesTests
{
    [Fact]
    public void Offsets_agree_with_the_machine_tz_data_for_every_hour_from_1972_to_2037()
    {
        var mismatches = ZoneChecks.HourlyMismatches(
            PakistanRules.OffsetAt, ZoneChecks.Machine("Asia/Karachi", "Pakistan Standard Time"), 1972, 2037, TimeSpan.FromHours(5), TimeSpan.FromHours(6), out var hours);

        mismatches.Should().BeEmpty();
        hours.Should().BeGreaterThan(24 * 365 * 65);
    }

    [Theory]
    [InlineData("2002-04-06T18:59:59Z", 5)]
    [InlineData("2002-04-06T19:00:00Z", 6)] // midnight, 7 April
    [InlineData("2002-10-05T17:59:59Z", 6)]
    [InlineData("2002-10-05T18:00:00Z", 5)] // midnight daylight time, 6 October
    [InlineData("2008-06-01T12:00:00Z", 6)]
    [InlineData("2009-04-15T12:00:00Z", 6)]
    [InlineData("2009-11-01T12:00:00Z", 5)]
    [InlineData("2024-07-01T12:00:00Z", 5)]
    public void Daylight_time_was_kept_in_three_summers_only(string utc, int hours)
    {
        var t = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
        PakistanRules.OffsetAt(t).Should().Be(TimeSpan.FromHours(hours));
    }

    [Fact]
    public void The_karachi_and_kolkata_zones_of_a_caller_use_the_built_in_rules()
    {
        var karachi = TimeZoneInfo.CreateCustomTimeZone("Asia/Karachi", TimeSpan.Zero, "fake", "fake");
        var kolkata = TimeZoneInfo.CreateCustomTimeZone("Asia/Kolkata", TimeSpan.Zero, "fake", "fake");
        var parser = NewsDateParser.Default;
        parser.Parse("1 July 2008 12:00", DateParseOptions.Default with { Zone = karachi }).Value.Instant.Should().Be(new DateTimeOffset(2008, 7, 1, 12, 0, 0, TimeSpan.FromHours(6)));
        parser.Parse("1 July 2008 12:00", DateParseOptions.Default with { Zone = kolkata }).Value.Instant.Should().Be(new DateTimeOffset(2008, 7, 1, 12, 0, 0, TimeSpan.FromHours(5.5)));
    }
}
