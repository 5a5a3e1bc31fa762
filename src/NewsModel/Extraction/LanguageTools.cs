namespace NewsModel.Extraction;

/// <summary>Language tags from markup, and the script of a text when markup says nothing (or says something wrong).</summary>
internal static class LanguageTools
{
    /// <summary>The primary subtag of a language tag or locale (<c>fa_IR</c>, <c>fa-IR</c> → <c>fa</c>), or null for junk.</summary>
    public static string? Normalize(string? tag)
    {
        var t = TextTools.Clean(tag);
        if (t.Length == 0)
        {
            return null;
        }

        var end = t.IndexOfAny(['-', '_', ',', ';', ' ']);
        var primary = (end < 0 ? t : t[..end]).ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary>Whether a language is written right to left.</summary>
    public static bool IsRtl(string language) => language is "fa" or "ar" or "he" or "ur" or "ps" or "ckb" or "yi" or "dv" or "sd" or "ug" or "iw";

    /// <summary>
    /// Guesses the language from the letters: Arabic script with Persian letters (پ چ ژ گ ک ی) is Persian, Arabic
    /// script without them Arabic, Hebrew script Hebrew. Latin text gives null (we do not guess among Latin languages).
    /// </summary>
    public static string? FromScript(string text)
    {
        int arabic = 0, persian = 0, hebrew = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
                if (c is '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06A9' or '\u06CC')
                {
                    persian++;
                }
            }
            else if (c is >= '\u0590' and <= '\u05FF')
            {
                hebrew++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        if (arabic > latin && arabic > hebrew && arabic >= 20)
        {
            return persian * 50 >= arabic ? "fa" : "ar";
        }

        return hebrew > latin && hebrew >= 20 ? "he" : null;
    }

    /// <summary>The direction of the letters of a text: rtl when right-to-left letters dominate, null when there are too few.</summary>
    public static TextDirection? DirectionOf(string text)
    {
        int rtl = 0, ltr = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0590' and <= '\u08FF')
            {
                rtl++;
            }
            else if (char.IsLetter(c))
            {
                ltr++;
            }
        }

        if (rtl + ltr < 20)
        {
            return null;
        }

        return rtl > ltr ? TextDirection.Rtl : TextDirection.Ltr;
    }
}
