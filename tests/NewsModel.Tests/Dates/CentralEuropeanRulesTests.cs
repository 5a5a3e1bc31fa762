using NewsModel.Dates;

namespace NewsModel.Tests.Dates;

public class CentralEuropeanRulesTests
{
    [Fact]
    public void Offsets_agree_with_the_machine_tz_data_for_every_hour_from_1981_to_2037()
    {
        // Where the machine has no tz data, the rules are still checked for their two offsets and the known dates below.
        var mismatches = ZoneChecks.HourlyMismatches(CentralEuropeanRules.OffsetAt, ZoneChecks.Machine("Europe/Berlin", "W. Europe Standard Time"), 1981, 2037, TimeSpan.FromHours(1), TimeSpan.FromHours(2), out var hours);

        mismatches.Should().BeEmpty();
        hours.Should().BeGreaterThan(24 * 365 * 56);
    }

    [Theory]
    [InlineData("2024-03-31T00:59:59Z", 1)]
    [InlineData("2024-03-31T01:00:00Z", 2)]
    [InlineData("2024-10-27T00:59:59Z", 2)]
    [InlineData("2024-10-27T01:00:00Z", 1)]
    [InlineData("1995-09-24T00:59:59Z", 2)]
    [InlineData("1995-09-24T01:00:00Z", 1)]
    [InlineData("1996-10-27T00:59:59Z", 2)]
    [InlineData("1975-07-01T12:00:00Z", 1)]
    public void Summer_time_starts_and_ends_at_one_in_the_morning_utc(string utc, int hours)
    {
        var t = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
        CentralEuropeanRules.OffsetAt(t).Should().Be(TimeSpan.FromHours(hours));
    }

    [Fact]
    public void Local_times_in_the_gap_and_the_overlap_resolve_as_for_tehran()
    {
        var zone = DateZone.CentralEurope;

        // 02:30 on 31 March 2024 never happens (clocks jump from 02:00 to 03:00): read with the offset before the gap.
        zone.ToInstant(new DateTime(2024, 3, 31, 2, 30, 0)).Should().Be(new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.Zero));

        // 02:30 on 27 October 2024 happens twice: the earlier, in summer time.
        var twice = zone.ToInstant(new DateTime(2024, 10, 27, 2, 30, 0));
        twice.Offset.Should().Be(TimeSpan.FromHours(2));
        twice.UtcDateTime.Should().Be(new DateTime(2024, 10, 27, 0, 30, 0));
    }
}
