using System.Globalization;
using CsCheck;
using NewsModel.Dates;

namespace NewsModel.Tests.Dates;

public class JalaliCalendarTests
{
    private static readonly PersianCalendar Bcl = new();

    [Fact]
    public void Every_day_of_1200_to_1600_agrees_with_the_BCL_PersianCalendar()
    {
        var first = JalaliDate.MinValue.DayNumber;
        var last = JalaliDate.MaxValue.DayNumber;
        var mismatches = new List<string>();
        for (var n = first; n <= last; n++)
        {
            var g = DateOnly.FromDayNumber(n);
            var (y, m, d) = JalaliDate.FromDateOnly(g);

            // One BCL call per day: the BCL's Gregorian day for our triple must be the day we started from.
            var bcl = DateOnly.FromDateTime(Bcl.ToDateTime(y, m, d, 0, 0, 0, 0));
            if (bcl != g)
            {
                mismatches.Add($"{g:yyyy-MM-dd}: ours {y}/{m}/{d}, which the BCL puts on {bcl:yyyy-MM-dd}");
            }

            if (new JalaliDate(y, m, d).DayNumber != n)
            {
                mismatches.Add($"{g:yyyy-MM-dd}: {y}/{m}/{d} does not round-trip");
            }
        }

        mismatches.Should().BeEmpty();

        // Same number of days, so the mapping is the BCL's one-to-one.
        (last - first + 1).Should().Be((int)(Bcl.ToDateTime(1601, 1, 1, 0, 0, 0, 0) - Bcl.ToDateTime(1200, 1, 1, 0, 0, 0, 0)).TotalDays);
        for (var y = 1200; y <= 1600; y++)
        {
            for (var m = 1; m <= 12; m++)
            {
                JalaliDate.DaysInMonth(y, m).Should().Be(Bcl.GetDaysInMonth(y, m));
            }
        }
    }

    [Fact]
    public void Leap_years_agree_with_the_BCL_for_the_whole_range()
    {
        for (var y = 1200; y <= 1600; y++)
        {
            JalaliDate.IsLeapYear(y).Should().Be(Bcl.IsLeapYear(y), "year {0}", y);
        }
    }

    [Theory]
    [InlineData(1354, "1975-03-21")]
    [InlineData(1357, "1978-03-21")]
    [InlineData(1375, "1996-03-20")]
    [InlineData(1398, "2019-03-21")]
    [InlineData(1399, "2020-03-20")]
    [InlineData(1402, "2023-03-21")]
    [InlineData(1403, "2024-03-20")]
    [InlineData(1404, "2025-03-21")]
    [InlineData(1405, "2026-03-21")]
    public void Nowruz_falls_on_the_known_day(int year, string gregorian)
    {
        new JalaliDate(year, 1, 1).ToDateOnly().Should().Be(DateOnly.ParseExact(gregorian, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(1370, true)]
    [InlineData(1375, true)]
    [InlineData(1379, true)]
    [InlineData(1383, true)]
    [InlineData(1387, true)]
    [InlineData(1391, true)]
    [InlineData(1395, true)]
    [InlineData(1399, true)]
    [InlineData(1403, true)]
    [InlineData(1400, false)]
    [InlineData(1401, false)]
    [InlineData(1402, false)]
    [InlineData(1404, false)]
    [InlineData(1405, false)]
    public void Known_leap_years(int year, bool leap)
    {
        JalaliDate.IsLeapYear(year).Should().Be(leap);
        JalaliDate.TryCreate(year, 12, 30, out _).Should().Be(leap);
    }

    [Fact]
    public void The_last_day_of_1403_is_30_Esfand_and_the_next_is_1_Farvardin_1404()
    {
        var last = new JalaliDate(1403, 12, 30);
        last.ToDateOnly().Should().Be(new DateOnly(2025, 3, 20));
        last.AddDays(1).Should().Be(new JalaliDate(1404, 1, 1));
    }

    [Theory]
    [InlineData(1402, 13, 1, "month 13")]
    [InlineData(1402, 0, 1, "month 0")]
    [InlineData(1402, 12, 30, "not a leap year")]
    [InlineData(1402, 7, 31, "Mehr 1402 has 30 days")]
    [InlineData(1402, 1, 32, "Farvardin 1402 has 31 days")]
    [InlineData(1402, 1, 0, "day 0")]
    [InlineData(1199, 12, 29, "outside the supported")]
    [InlineData(1601, 1, 1, "outside the supported")]
    public void Invalid_dates_are_rejected_with_a_reason(int y, int m, int d, string reasonPart)
    {
        JalaliDate.TryCreate(y, m, d, out _, out var reason).Should().BeFalse();
        reason.Should().Contain(reasonPart);
        var create = () => new JalaliDate(y, m, d);
        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage($"*{reasonPart}*");
    }

    [Fact]
    public void Properties_and_weekday()
    {
        var d = new JalaliDate(1402, 12, 17);
        (d.Year, d.Month, d.Day).Should().Be((1402, 12, 17));
        d.DayOfWeek.Should().Be(DayOfWeek.Thursday);
        d.DayOfYear.Should().Be(6 * 31 + 5 * 30 + 17);
        d.ToDateOnly().Should().Be(new DateOnly(2024, 3, 7));
        JalaliDate.FromDateOnly(new DateOnly(2024, 3, 7)).Should().Be(d);
        d.ToDateTime().Should().Be(new DateTime(2024, 3, 7));
        JalaliDate.DaysInMonth(1403, 12).Should().Be(30);
        JalaliDate.DaysInMonth(1402, 7).Should().Be(30);
        JalaliDate.DaysInMonth(1402, 6).Should().Be(31);
    }

    [Fact]
    public void Formats()
    {
        var d = new JalaliDate(1402, 12, 7);
        d.ToString().Should().Be("1402-12-07");
        d.ToString(JalaliFormat.Numeric).Should().Be("1402/12/07");
        d.ToString(JalaliFormat.Persian).Should().Be("۷ اسفند ۱۴۰۲");
        var t = new JalaliDateTime(1402, 12, 17, 14, 31);
        t.ToString().Should().Be("1402-12-17T14:31");
        t.ToString(JalaliFormat.Numeric).Should().Be("1402/12/17 14:31");
        t.ToString(JalaliFormat.Persian).Should().Be("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱");
        new JalaliDateTime(1402, 12, 17, 14, 31, 5).ToString().Should().Be("1402-12-17T14:31:05");
    }

    [Fact]
    public void Date_time_converts_to_and_from_DateTime()
    {
        var t = new JalaliDateTime(1398, 2, 12, 16, 12, 9);
        t.ToDateTime().Should().Be(new DateTime(2019, 5, 2, 16, 12, 9));
        JalaliDateTime.FromDateTime(new DateTime(2019, 5, 2, 16, 12, 9)).Should().Be(t);
        (t.Hour, t.Minute, t.Second).Should().Be((16, 12, 9));
        t.TimeOfDay.Should().Be(new TimeOnly(16, 12, 9));
        JalaliDateTime.TryCreate(1398, 2, 12, 24, 0, 0, out _).Should().BeFalse();
        JalaliDateTime.TryCreate(1398, 7, 31, 10, 0, 0, out _).Should().BeFalse();
    }

    [Fact]
    public void Equality_and_ordering_follow_the_day()
    {
        var a = new JalaliDate(1402, 12, 29);
        var b = new JalaliDate(1403, 1, 1);
        (a < b).Should().BeTrue();
        (b > a).Should().BeTrue();
        a.CompareTo(b).Should().BeNegative();
        a.Should().Be(new JalaliDate(1402, 12, 29));
        (a == new JalaliDate(1402, 12, 29)).Should().BeTrue();
        a.GetHashCode().Should().Be(new JalaliDate(1402, 12, 29).GetHashCode());
        new JalaliDateTime(a, 23, 59).Should().BeLessThan(new JalaliDateTime(b, 0, 0));
        new[] { b, a }.Order().Should().Equal(a, b);
    }

    [Theory]
    [InlineData("1402-12-17", true)]
    [InlineData("1402/12/17", true)]
    [InlineData("۱۷ اسفند ۱۴۰۲", true)]
    [InlineData("پنجشنبه ۱۷ اسفند ۱۴۰۲", true)]
    [InlineData("2024-03-07", false)]
    [InlineData("1402/12/17 14:31", false)]
    [InlineData("۳۰ اسفند ۱۴۰۲", false)]
    [InlineData("not a date", false)]
    public void JalaliDate_parses_its_own_forms_and_rejects_others(string text, bool ok)
    {
        JalaliDate.TryParse(text, out var d).Should().Be(ok);
        if (ok)
        {
            d.Should().Be(new JalaliDate(1402, 12, 17));
            JalaliDate.Parse(text).Should().Be(d);
        }
        else
        {
            var parse = () => JalaliDate.Parse(text);
            parse.Should().Throw<FormatException>();
        }
    }

    [Fact]
    public void Every_format_round_trips_through_TryParse()
    {
        var gen = Gen.Int[JalaliDate.MinValue.DayNumber, JalaliDate.MaxValue.DayNumber].Select(Gen.Int[0, 86_399]);
        gen.Sample((day, second) =>
        {
            var value = new JalaliDateTime(JalaliDate.FromDateOnly(DateOnly.FromDayNumber(day)), second / 3600, second / 60 % 60, second % 60);
            foreach (var format in new[] { JalaliFormat.Iso, JalaliFormat.Numeric, JalaliFormat.Persian })
            {
                if (!JalaliDateTime.TryParse(value.ToString(format), out var back) || back != value
                    || !JalaliDate.TryParse(value.Date.ToString(format), out var date) || date != value.Date)
                {
                    return false;
                }
            }

            return true;
        }, iter: 2_000);
    }

    [Fact]
    public void Round_trip_and_ordering_hold_for_random_days()
    {
        Gen.Int[JalaliDate.MinValue.DayNumber, JalaliDate.MaxValue.DayNumber].Select(Gen.Int[-400, 400]).Sample((n, delta) =>
        {
            var g = DateOnly.FromDayNumber(n);
            var j = JalaliDate.FromDateOnly(g);
            var ok = j.ToDateOnly() == g && new JalaliDate(j.Year, j.Month, j.Day) == j;
            if (JalaliDate.TryFromDateOnly(DateOnly.FromDayNumber(n + delta), out var other))
            {
                ok &= Math.Sign(j.CompareTo(other)) == Math.Sign(-delta) && other.AddDays(-delta) == j;
            }

            return ok;
        });
    }
}
