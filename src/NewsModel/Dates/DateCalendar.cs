namespace NewsModel.Dates;

/// <summary>The calendar a date was written in. JSON and CLI names are lowercase (<c>jalali</c>, <c>gregorian</c>, <c>hijri</c>).</summary>
public enum DateCalendar
{
    /// <summary>Solar Hijri (Jalali, Shamsi), with Iranian or Afghan (Dari) month names, or numeric with a year 1200–1600.</summary>
    Jalali,

    /// <summary>Gregorian, with Persian («۷ مارس ۲۰۲۴»), Dari or English («March 7, 2024») month names, or numeric with a year 1700–2200.</summary>
    Gregorian,

    /// <summary>Lunar Hijri («۲۵ شعبان ۱۴۴۵»), converted with the Umm al-Qura tables (Iran's official lunar dates may differ by a day).</summary>
    Hijri,
}
