using NewsModel.Dates;

namespace NewsModel.Tests.Dates;

public class TehranTimeTests
{
    [Fact]
    public void A_local_time_at_DateTimes_ends_is_refused_with_a_clear_error()
    {
        foreach (var local in new[] { DateTime.MinValue, new DateTime(1, 1, 2, 12, 0, 0), DateTime.MaxValue, DateTime.MaxValue.AddDays(-1) })
        {
            var act = () => TehranTime.ToInstant(local);

            act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("local");
        }

        TehranTime.ToInstant(new DateTime(1, 1, 3, 12, 0, 0)).Offset.Should().Be(TimeSpan.FromMinutes(206));
    }

    private static TimeZoneInfo? MachineTehran() => ZoneChecks.Machine("Asia/Tehran", "Iran Standard Time");

    /// <summary>The last year the machine's tz data agrees on policy: old tz releases keep daylight time after 2022.</summary>
    private static int LastComparableYear(TimeZoneInfo tz) =>
        tz.GetUtcOffset(new DateTime(2023, 7, 1, 0, 0, 0, DateTimeKind.Utc)) == TimeSpan.FromHours(3.5) ? 2030 : 2022;

    [Fact]
    public void Offsets_agree_with_the_machine_tz_data_for_every_hour_from_1979_to_2030()
    {
        var tz = MachineTehran();
        var last = tz is null ? 2030 : LastComparableYear(tz);
        var mismatches = ZoneChecks.HourlyMismatches(TehranTime.GetUtcOffset, tz, 1979, last, TimeSpan.FromHours(3.5), TimeSpan.FromHours(4.5), out var hours);

        mismatches.Should().BeEmpty();
        hours.Should().BeGreaterThan(24 * 365 * 40);
    }

    [Fact]
    public void Local_times_agree_with_the_machine_tz_data_where_they_are_unambiguous()
    {
        var tz = MachineTehran();
        var last = tz is null ? 2030 : LastComparableYear(tz);
        var checkedHours = 0;
        for (var local = new DateTime(1979, 1, 1, 0, 30, 0); local.Year <= last; local = local.AddHours(1))
        {
            var instant = TehranTime.ToInstant(local);
            if (instant.Offset != TehranTime.GetUtcOffset(instant.UtcDateTime))
            {
                instant.Offset.Should().Be(TehranTime.GetUtcOffset(instant.UtcDateTime), "the offset shown must be the one in force, local {0:O}", local);
            }

            if (tz is null || tz.IsAmbiguousTime(local) || tz.IsInvalidTime(local))
            {
                continue;
            }

            if (instant.Offset != tz.GetUtcOffset(local) || instant.DateTime != local)
            {
                instant.Should().Be(new DateTimeOffset(local, tz.GetUtcOffset(local)), "local {0:O}", local);
            }

            checkedHours++;
        }

        if (tz is not null)
        {
            checkedHours.Should().BeGreaterThan(24 * 365 * 40);
        }
    }

    [Theory]
    [InlineData("2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30")]
    [InlineData("2019-05-02T16:12:00", "2019-05-02T16:12:00+04:30")]
    [InlineData("2019-05-30T00:20:00", "2019-05-30T00:20:00+04:30")]
    [InlineData("2022-07-01T12:00:00", "2022-07-01T12:00:00+04:30")]
    [InlineData("2023-07-01T12:00:00", "2023-07-01T12:00:00+03:30")]
    [InlineData("2006-07-01T12:00:00", "2006-07-01T12:00:00+03:30")]
    [InlineData("1985-07-01T12:00:00", "1985-07-01T12:00:00+03:30")]
    [InlineData("1991-07-01T12:00:00", "1991-07-01T12:00:00+04:30")]
    public void Local_times_map_to_the_offset_in_force(string local, string expected)
    {
        var want = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        var got = TehranTime.ToInstant(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture));
        got.Should().Be(want);
        got.Offset.Should().Be(want.Offset);
    }

    [Fact]
    public void A_skipped_local_time_is_read_with_the_offset_before_the_gap()
    {
        // 2019-03-22 00:00 +03:30 became 01:00 +04:30: 00:20 never happened on Tehran clocks.
        var instant = TehranTime.ToInstant(new DateTime(2019, 3, 22, 0, 20, 0));
        instant.Should().Be(new DateTimeOffset(2019, 3, 21, 20, 50, 0, TimeSpan.Zero));
        instant.Offset.Should().Be(TimeSpan.FromHours(4.5));
        instant.DateTime.Should().Be(new DateTime(2019, 3, 22, 1, 20, 0));
    }

    [Fact]
    public void An_ambiguous_local_time_resolves_to_the_earlier_instant()
    {
        // 2019-09-22 00:00 +04:30 became 2019-09-21 23:00 +03:30: 23:30 happened twice.
        var instant = TehranTime.ToInstant(new DateTime(2019, 9, 21, 23, 30, 0));
        instant.Offset.Should().Be(TimeSpan.FromHours(4.5));
        instant.UtcDateTime.Should().Be(new DateTime(2019, 9, 21, 19, 0, 0));
    }

    [Fact]
    public void Utc_instants_are_shown_on_the_Tehran_clock()
    {
        var shown = TehranTime.ToTehran(new DateTimeOffset(2019, 5, 2, 11, 42, 0, TimeSpan.Zero));
        shown.Offset.Should().Be(TimeSpan.FromHours(4.5));
        shown.DateTime.Should().Be(new DateTime(2019, 5, 2, 16, 12, 0));
        TehranTime.ToTehran(new DateTimeOffset(2024, 3, 7, 22, 0, 0, TimeSpan.Zero)).DateTime
            .Should().Be(new DateTime(2024, 3, 8, 1, 30, 0), "the Tehran date can be the next day");
        TehranTime.ToInstant(new JalaliDateTime(1402, 12, 17, 14, 31))
            .Should().Be(new DateTimeOffset(2024, 3, 7, 14, 31, 0, TimeSpan.FromHours(3.5)));
    }

    [Fact]
    public void A_local_DateTime_kind_is_converted_to_utc_first()
    {
        var utc = new DateTime(2019, 5, 2, 11, 42, 0, DateTimeKind.Utc);
        TehranTime.GetUtcOffset(utc.ToLocalTime()).Should().Be(TimeSpan.FromHours(4.5));
    }
}
