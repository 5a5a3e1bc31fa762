using NewsModel.Dates;

namespace NewsModel.Tests.Dates;

public class UnitedStatesRulesTests
{
    [Theory]
    [InlineData("America/New_York", "Eastern Standard Time", -5)]
    [InlineData("America/Chicago", "Central Standard Time", -6)]
    [InlineData("America/Denver", "Mountain Standard Time", -7)]
    [InlineData("America/Los_Angeles", "Pacific Standard Time", -8)]
    public void Offsets_agree_with_the_machine_tz_data_for_every_hour_from_1967_to_2037(string iana, string windows, int standardHours)
    {
        var standard = TimeSpan.FromHours(standardHours);
        var mismatches = ZoneChecks.HourlyMismatches(
            utc => UnitedStatesRules.OffsetAt(utc, standard), ZoneChecks.Machine(iana, windows), 1967, 2037, standard, standard + TimeSpan.FromHours(1), out var hours);

        mismatches.Should().BeEmpty();
        hours.Should().BeGreaterThan(24 * 365 * 70);
    }

    [Theory]
    [InlineData("2024-03-10T06:59:59Z", -5)] // 01:59:59 EST
    [InlineData("2024-03-10T07:00:00Z", -4)] // 02:00 EST is 03:00 EDT
    [InlineData("2024-11-03T05:59:59Z", -4)] // 01:59:59 EDT
    [InlineData("2024-11-03T06:00:00Z", -5)] // 02:00 EDT is 01:00 EST
    [InlineData("2006-04-02T07:00:00Z", -4)] // first Sunday of April
    [InlineData("2006-10-29T05:59:59Z", -4)] // last Sunday of October
    [InlineData("2006-10-29T06:00:00Z", -5)]
    [InlineData("1974-01-06T07:00:00Z", -4)] // the energy crisis' January start
    [InlineData("1975-02-23T07:00:00Z", -4)]
    [InlineData("1980-04-27T06:59:59Z", -5)] // last Sunday of April
    [InlineData("1980-04-27T07:00:00Z", -4)]
    [InlineData("1966-07-01T12:00:00Z", -5)] // before the Uniform Time Act: standard time
    public void Eastern_daylight_time_starts_and_ends_at_two_on_the_local_clock(string utc, int hours)
    {
        var t = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
        UnitedStatesRules.OffsetAt(t, TimeSpan.FromHours(-5)).Should().Be(TimeSpan.FromHours(hours));
    }

    [Fact]
    public void Local_times_in_the_gap_and_the_overlap_resolve_as_for_tehran()
    {
        var zone = DateZone.UnitedStates(-8);

        // 02:30 on 10 March 2024 never happens in Los Angeles: read with the offset before the gap (03:30 PDT).
        zone.ToInstant(new DateTime(2024, 3, 10, 2, 30, 0)).Should().Be(new DateTimeOffset(2024, 3, 10, 10, 30, 0, TimeSpan.Zero));

        // 01:30 on 3 November 2024 happens twice: the earlier, in daylight time.
        var twice = zone.ToInstant(new DateTime(2024, 11, 3, 1, 30, 0));
        twice.Offset.Should().Be(TimeSpan.FromHours(-7));
        twice.UtcDateTime.Should().Be(new DateTime(2024, 11, 3, 8, 30, 0));
    }
}
