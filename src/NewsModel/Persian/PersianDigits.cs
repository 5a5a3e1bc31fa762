namespace NewsModel.Persian;

/// <summary>The three digit sets of Persian pages: ASCII 0-9, Persian ۰-۹ (U+06F0–U+06F9) and Arabic-Indic ٠-٩ (U+0660–U+0669).</summary>
public static class PersianDigits
{
    /// <summary>Reads the value of a digit in any of the three sets.</summary>
    /// <param name="c">The character.</param>
    /// <param name="value">Its value, 0 to 9, when it is a digit; otherwise -1.</param>
    /// <returns>Whether <paramref name="c"/> is a digit of one of the three sets.</returns>
    public static bool TryGetValue(char c, out int value)
    {
        value = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
            >= '\u0660' and <= '\u0669' => c - '\u0660',
            _ => -1,
        };
        return value >= 0;
    }

    /// <summary>Whether <paramref name="c"/> is a digit of any of the three sets.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for 0-9, ۰-۹ and ٠-٩.</returns>
    public static bool IsDigit(char c) => TryGetValue(c, out _);
}
