namespace NewsModel.Dates;

/// <summary>The text forms of <see cref="JalaliDate"/> and <see cref="JalaliDateTime"/>.</summary>
public enum JalaliFormat
{
    /// <summary>ISO-like, ASCII digits: «1402-12-17», «1402-12-17T14:31» (seconds only when not zero).</summary>
    Iso,

    /// <summary>Numeric as Iranian sites print it, ASCII digits: «1402/12/17», «1402/12/17 14:31».</summary>
    Numeric,

    /// <summary>Persian, Persian digits and month name: «۱۷ اسفند ۱۴۰۲», «۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱».</summary>
    Persian,
}
