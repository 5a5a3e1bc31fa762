namespace NewsModel.Dates;

/// <summary>
/// The Solar Hijri calendar as data: one leap bit per year for 1200–1600 and the day number (days since
/// 0001-01-01, as <see cref="DateOnly.DayNumber"/>) of every Nowruz, so every conversion is a table lookup.
/// </summary>
/// <remarks>
/// The leap bits were generated once from <see cref="System.Globalization.PersianCalendar"/> (which computes the
/// astronomical calendar: the year starts on the day of the March equinox before Tehran noon) and are checked day by
/// day against it by <c>JalaliCalendarTests</c>. They encode, for example, that 1403 is leap and 1404 starts on
/// 2025-03-21, where the 2820-year arithmetic rule is a day off.
/// </remarks>
internal static class JalaliCalendarData
{
    internal const int MinYear = 1200;
    internal const int MaxYear = 1600;

    /// <summary>Bit (y - 1200) is set when year y has 366 days (30 Esfand).</summary>
    private static ReadOnlySpan<ulong> LeapBits =>
    [
        0x8888884444444422UL, 0x2222211111111088UL, 0x8888844444444222UL, 0x2222111111110888UL,
        0x8888844444442222UL, 0x2221111111110888UL, 0x0000000000002222UL,
    ];

    /// <summary>Day number of 1 Farvardin 1200 (1821-03-21).</summary>
    private const int Nowruz1200 = 664820;

    /// <summary>Day number of 1 Farvardin of year (MinYear + i), for i in 0..(MaxYear - MinYear + 1).</summary>
    private static readonly int[] Nowruz = BuildNowruz();

    /// <summary>Days before the first day of each month (index 0 = Farvardin), Esfand's start included.</summary>
    private static ReadOnlySpan<short> DaysBeforeMonth => [0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336];

    internal static int MinDayNumber => Nowruz[0];

    /// <summary>Day number of 29 or 30 Esfand 1600.</summary>
    internal static int MaxDayNumber => Nowruz[^1] - 1;

    private static int[] BuildNowruz()
    {
        var table = new int[MaxYear - MinYear + 2];
        table[0] = Nowruz1200;
        for (var y = MinYear; y <= MaxYear; y++)
        {
            table[y - MinYear + 1] = table[y - MinYear] + (IsLeapYear(y) ? 366 : 365);
        }

        return table;
    }

    internal static bool IsLeapYear(int year)
    {
        var i = year - MinYear;
        return (LeapBits[i >> 6] >> (i & 63) & 1UL) != 0;
    }

    internal static int DaysInMonth(int year, int month) =>
        month <= 6 ? 31 : month <= 11 ? 30 : IsLeapYear(year) ? 30 : 29;

    /// <summary>Checks a year-month-day triple; returns <see cref="JalaliDateError.None"/> when it is a real date.</summary>
    internal static JalaliDateError Validate(int year, int month, int day)
    {
        if (year < MinYear || year > MaxYear)
        {
            return JalaliDateError.YearOutOfRange;
        }

        if (month < 1 || month > 12)
        {
            return JalaliDateError.MonthOutOfRange;
        }

        if (day < 1 || day > DaysInMonth(year, month))
        {
            return JalaliDateError.DayOutOfRange;
        }

        return JalaliDateError.None;
    }

    /// <summary>The reason text for an invalid triple, e.g. "Esfand 1402 has 29 days, not 30".</summary>
    internal static string Describe(JalaliDateError error, int year, int month, int day) => error switch
    {
        JalaliDateError.YearOutOfRange =>
            $"year {year} is outside the supported Solar Hijri range {MinYear}–{MaxYear}",
        JalaliDateError.MonthOutOfRange => $"month {month} does not exist (months are 1–12)",
        JalaliDateError.DayOutOfRange when day >= 1 && month == 12 && day == 30 =>
            $"30 Esfand does not exist in {year}: {year} is not a leap year",
        JalaliDateError.DayOutOfRange =>
            $"{MonthNames[month - 1]} {year} has {DaysInMonth(year, month)} days, so day {day} does not exist",
        _ => "valid",
    };

    /// <summary>English transliterations used in error messages.</summary>
    internal static readonly string[] MonthNames =
    [
        "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
    ];

    /// <summary>Persian month names as printed by Iranian sites.</summary>
    internal static readonly string[] PersianMonthNames =
    [
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
        "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
    ];

    internal static int ToDayNumber(int year, int month, int day) =>
        Nowruz[year - MinYear] + DaysBeforeMonth[month - 1] + day - 1;

    /// <summary>Converts a day number in [<see cref="MinDayNumber"/>, <see cref="MaxDayNumber"/>] to a triple.</summary>
    internal static void FromDayNumber(int dayNumber, out int year, out int month, out int day)
    {
        // Estimate the year from the mean year length, then correct by at most one.
        var i = (int)((dayNumber - Nowruz1200) / 365.2422);
        if (i > MaxYear - MinYear)
        {
            i = MaxYear - MinYear;
        }

        while (Nowruz[i] > dayNumber)
        {
            i--;
        }

        while (Nowruz[i + 1] <= dayNumber)
        {
            i++;
        }

        year = MinYear + i;
        var dayOfYear = dayNumber - Nowruz[i];
        month = dayOfYear < 186 ? dayOfYear / 31 + 1 : (dayOfYear - 186) / 30 + 7;
        if (month > 12)
        {
            month = 12;
        }

        day = dayOfYear - DaysBeforeMonth[month - 1] + 1;
    }
}

/// <summary>Why a year-month-day triple is not a Solar Hijri date.</summary>
internal enum JalaliDateError
{
    None,
    YearOutOfRange,
    MonthOutOfRange,
    DayOutOfRange,
}
