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

    /// <summary>Whether the text holds a letter of the Arabic script (U+0600–U+06FF: Persian, Arabic, Urdu, …).</summary>
    public static bool HasArabicScript(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u0600', '\u06FF') >= 0;

    /// <summary>Whether a language is written right to left.</summary>
    public static bool IsRtl(string language) => language is "fa" or "prs" or "ar" or "he" or "ur" or "ps" or "ckb" or "yi" or "dv" or "sd" or "ug" or "iw";

    /// <summary>
    /// Whether a language tag or locale names Afghanistan: Dari (<c>prs</c>), or Persian or Pashto with the region
    /// <c>AF</c> (<c>fa-AF</c>, <c>fa_AF</c>, <c>ps-AF</c>).
    /// </summary>
    public static bool IsAfghan(string? tag)
    {
        var t = TextTools.Clean(tag);
        if (t.Length == 0)
        {
            return false;
        }

        var parts = t.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && parts[0].Equals("prs", StringComparison.OrdinalIgnoreCase)
            || (parts.Length > 1 && (parts[0].Equals("fa", StringComparison.OrdinalIgnoreCase) || parts[0].Equals("ps", StringComparison.OrdinalIgnoreCase))
                && parts[1].Equals("AF", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Guesses the language from the letters: Arabic script with Persian letters (پ چ ژ گ ک ی) is Persian, Arabic
    /// script without them Arabic, Hebrew script Hebrew. Latin text gives null here (see <see cref="FromWords"/>).
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

    // The commonest short function words of the Latin-script languages of news pages. Words two languages share
    // ("de", "la", "que", "en", "e", "a") are left out; the few that remain shared ("il", "del", "una") only add to
    // the counts of both.
    private static readonly (string Language, string[] Words)[] FunctionWords =
    [
        ("en", Words("the and of to is that for with was are this it have from by not be they you has were")),
        ("de", Words("der die und das ist nicht mit den von zu ein eine auch sich auf dem wird sind für im werden bei nach")),
        ("fr", Words("le les des et est une dans pour qui pas du sur au avec ce sont plus il aux")),
        ("es", Words("el los las del por con para una es se lo más pero su como fue al sus")),
        ("it", Words("il di che per non della sono è gli con anche nel alla del più questo una delle ha")),
        ("pt", Words("os do da em um uma para com não no são dos das mais ao foi na pelo como")),
        ("nl", Words("het een van dat niet op te zijn voor met ook maar wordt bij naar heeft deze er om")),
        ("pl", Words("nie na się że do jest jak ale po od przez są dla tak już oraz może który tym")),
    ];

    // Every function word with the languages that have it (bit l: FunctionWords[l]), looked up once per word and by
    // span, so a word is tested without becoming a string; and the longest of them, beyond which a word is no
    // function word and is not lower-cased at all.
    private static readonly Dictionary<string, int> WordLanguages = FunctionWords
        .SelectMany((f, l) => f.Words.Select(w => (Word: w, Bit: 1 << l)))
        .GroupBy(x => x.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Aggregate(0, (bits, x) => bits | x.Bit), StringComparer.Ordinal);

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordLookup =
        WordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int LongestWord = WordLanguages.Keys.Max(w => w.Length);

    private static string[] Words(string list) => list.Split(' ');

    /// <summary>
    /// Guesses the language of Latin-script text from its function words ("der", "und", "ist" against "the", "and",
    /// "is"): English, German, French, Spanish, Italian, Portuguese, Dutch or Polish. Null unless one language has at
    /// least eight hits and half again as many as the next, so a short or mixed text gives no guess.
    /// </summary>
    public static string? FromWords(string text)
    {
        Span<int> hits = stackalloc int[FunctionWords.Length];

        Span<char> lower = stackalloc char[12];
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetter(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && char.IsLetter(span[i]))
            {
                i++;
            }

            var word = span[start..i];
            if (word.Length == 0 || word.Length > LongestWord)
            {
                continue;
            }

            var n = word.ToLowerInvariant(lower);
            if (WordLookup.TryGetValue(lower[..n], out var languages))
            {
                for (var l = 0; l < FunctionWords.Length; l++)
                {
                    hits[l] += (languages >> l) & 1;
                }
            }
        }

        int best = -1, bestHits = 0, second = 0;
        for (var l = 0; l < hits.Length; l++)
        {
            if (hits[l] > bestHits)
            {
                second = bestHits;
                bestHits = hits[l];
                best = l;
            }
            else if (hits[l] > second)
            {
                second = hits[l];
            }
        }

        return best >= 0 && bestHits >= 8 && bestHits * 2 >= second * 3 ? FunctionWords[best].Language : null;
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
