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
    /// Guesses the language from the letters. Arabic script is Pashto, Urdu, Sorani Kurdish, Sindhi or Uyghur when
    /// letters only that language uses are at least 2 % of its letters (ې ښ ړ ګ; ے ں ٹ ڈ ہ; ە ۆ ێ ڕ ڵ; ڪ ٻ ڄ ٿ; ۇ ۈ ۋ ڭ),
    /// five of them at least, so a name or a quotation in a Persian text does not make it Pashto; else Persian when
    /// Persian letters (پ چ ژ گ ک ی) are, Arabic when they are not. Hebrew script is Hebrew. Latin text gives null
    /// here (see <see cref="FromWords"/>).
    /// </summary>
    public static string? FromScript(string text)
    {
        int arabic = 0, hebrew = 0, latin = 0;
        Span<int> letters = stackalloc int[ScriptLanguages.Length];
        foreach (var ch in text)
        {
            // A presentation form (ﺳ, ﮔ) counts as the letter it shows.
            var c = ch >= '\uFB50' && NewsModel.Persian.PresentationForms.Map(ch) is { } shown ? shown[^1] : ch;
            if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic++;
                letters[ArabicLetterLanguage[c - '\u0600']]++;
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
            // Uyghur first: it shares ې with Pashto and ە ۆ with Sorani, and only it has ۇ ۈ ۋ ڭ.
            var other = 0;
            for (var l = Uyghur; l < ScriptLanguages.Length; l++)
            {
                if (letters[l] >= 5 && letters[l] * 50 >= arabic && (other == 0 || letters[l] > letters[other]))
                {
                    other = l;
                    if (l == Uyghur)
                    {
                        break;
                    }
                }
            }

            return other != 0 ? ScriptLanguages[other] : letters[Persian] * 50 >= arabic ? "fa" : "ar";
        }

        return hebrew > latin && hebrew >= 20 ? "he" : null;
    }

    /// <summary>
    /// The language of a text from its letters (<see cref="FromScript"/>), else from its function words
    /// (<see cref="FromWords"/>), with which of them told it ("script of the text", "function words of the text").
    /// </summary>
    public static string? FromText(string text, out string? detail)
    {
        if (FromScript(text) is { } byScript)
        {
            detail = "script of the text";
            return byScript;
        }

        var byWords = FromWords(text);
        detail = byWords is null ? null : "function words of the text";
        return byWords;
    }

    /// <summary>
    /// Whether the letters of the text (<paramref name="fromText"/>, from <see cref="FromScript"/>) outweigh the language
    /// the markup names: markup that names a Latin-script language over Persian or Arabic text is wrong (mehrnews says
    /// en-us), and so is Persian or Arabic markup over text in letters only Pashto, Urdu, … use (a bilingual Afghan
    /// site's template says fa on its Pashto pages).
    /// </summary>
    public static bool TextOverridesMarkup(string marked, string? fromText) =>
        fromText is not null && fromText != marked
        && (!IsRtl(marked) || (HasOwnLetters(fromText) && marked is "fa" or "prs" or "ar"));

    /// <summary>
    /// Whether a text holds not one right-to-left letter (Hebrew, Arabic script, their presentation forms): under markup
    /// that names a right-to-left language, such a text whose function words name a Latin-script language is that
    /// language (an Iranian agency's English edition in its Persian template's <c>lang="fa"</c>).
    /// </summary>
    public static bool HasNoRtlLetter(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0590', '\u08FF') < 0 && text.AsSpan().IndexOfAnyInRange('\uFB1D', '\uFEFC') < 0;

    /// <summary>Whether <paramref name="language"/> is one that <see cref="FromScript"/> tells from its own letters
    /// (Pashto, Urdu, Sorani Kurdish, Sindhi, Uyghur), so the letters outweigh markup that says Persian or Arabic.</summary>
    public static bool HasOwnLetters(string? language) => language is not null && Array.IndexOf(ScriptLanguages, language) > Persian;

    private const int Persian = 1;
    private const int Uyghur = 2;

    // What FromScript counts: 0 any other Arabic-script character, 1 a Persian letter, then the languages with
    // letters of their own, Uyghur first.
    private static readonly string[] ScriptLanguages = ["", "fa", "ug", "ps", "ur", "ckb", "sd"];

    private static readonly byte[] ArabicLetterLanguage = BuildArabicLetterLanguage();

    private static byte[] BuildArabicLetterLanguage()
    {
        var table = new byte[256];
        void Mark(int language, string letters)
        {
            foreach (var c in letters)
            {
                table[c - '\u0600'] = (byte)language;
            }
        }

        Mark(Persian, "\u067E\u0686\u0698\u06AF\u06A9\u06CC"); // پ چ ژ گ ک ی
        Mark(Uyghur, "\u06C7\u06C8\u06CB\u06AD"); // ۇ ۈ ۋ ڭ
        Mark(3, "\u067C\u0681\u0685\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD\u06D0"); // Pashto: ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې
        Mark(4, "\u0679\u0688\u0691\u06BA\u06C1\u06C3\u06D2\u06D3"); // Urdu: ٹ ڈ ڑ ں ہ ۃ ے ۓ
        Mark(5, "\u06D5\u06C6\u06CE\u0695\u06B5"); // Sorani: ە ۆ ێ ڕ ڵ
        Mark(6, "\u06AA\u067B\u0684\u0680\u067F\u067D\u068F\u068C\u068A\u068D\u06B3\u06B1\u06BB\u0683\u0687\u06A6\u067A\u0699"); // Sindhi: ڪ ٻ ڄ ڀ ٿ ٽ ڏ ڌ ڊ ڍ ڳ ڱ ڻ ڃ ڇ ڦ ٺ ڙ
        return table;
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
