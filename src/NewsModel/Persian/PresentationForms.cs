namespace NewsModel.Persian;

/// <summary>
/// The Arabic presentation forms (U+FB50–U+FBFF and U+FE80–U+FEFC): the contextual glyphs of one letter each (ﺳ ﻤ ﯿ
/// are س م ی at the start, middle and end of a word) and the lam-alef ligatures (ﻻ), as text copied from a PDF or
/// written by an old typesetting system holds them. Each maps to the letter or letters it shows, as Unicode's
/// compatibility decomposition (NFKC) does; the table is the library's own, so the result does not depend on the
/// machine's globalization data. The ligatures of U+FC00–U+FDFF
/// (two or three letters with marks, and word ligatures such as ﷲ and the rial sign ﷼) are left as written.
/// </summary>
internal static class PresentationForms
{
    private const char First = '\uFB50';
    private const char Last = '\uFEFC';

    // (first code point, how many in a row, the letters they show), from Unicode 14's NFKC.
    private static readonly (char Start, int Count, string Letters)[] Runs =
    [
        ('\uFB50', 2, "\u0671"), ('\uFB52', 4, "\u067B"), ('\uFB56', 4, "\u067E"), ('\uFB5A', 4, "\u0680"),
        ('\uFB5E', 4, "\u067A"), ('\uFB62', 4, "\u067F"), ('\uFB66', 4, "\u0679"), ('\uFB6A', 4, "\u06A4"),
        ('\uFB6E', 4, "\u06A6"), ('\uFB72', 4, "\u0684"), ('\uFB76', 4, "\u0683"), ('\uFB7A', 4, "\u0686"),
        ('\uFB7E', 4, "\u0687"), ('\uFB82', 2, "\u068D"), ('\uFB84', 2, "\u068C"), ('\uFB86', 2, "\u068E"),
        ('\uFB88', 2, "\u0688"), ('\uFB8A', 2, "\u0698"), ('\uFB8C', 2, "\u0691"), ('\uFB8E', 4, "\u06A9"),
        ('\uFB92', 4, "\u06AF"), ('\uFB96', 4, "\u06B3"), ('\uFB9A', 4, "\u06B1"), ('\uFB9E', 2, "\u06BA"),
        ('\uFBA0', 4, "\u06BB"), ('\uFBA4', 2, "\u06C0"), ('\uFBA6', 4, "\u06C1"), ('\uFBAA', 4, "\u06BE"),
        ('\uFBAE', 2, "\u06D2"), ('\uFBB0', 2, "\u06D3"), ('\uFBD3', 4, "\u06AD"), ('\uFBD7', 2, "\u06C7"),
        ('\uFBD9', 2, "\u06C6"), ('\uFBDB', 2, "\u06C8"), ('\uFBDD', 1, "\u06C7\u0674"), ('\uFBDE', 2, "\u06CB"),
        ('\uFBE0', 2, "\u06C5"), ('\uFBE2', 2, "\u06C9"), ('\uFBE4', 4, "\u06D0"), ('\uFBE8', 2, "\u0649"),
        ('\uFBEA', 2, "\u0626\u0627"), ('\uFBEC', 2, "\u0626\u06D5"), ('\uFBEE', 2, "\u0626\u0648"), ('\uFBF0', 2, "\u0626\u06C7"),
        ('\uFBF2', 2, "\u0626\u06C6"), ('\uFBF4', 2, "\u0626\u06C8"), ('\uFBF6', 3, "\u0626\u06D0"), ('\uFBF9', 3, "\u0626\u0649"),
        ('\uFBFC', 4, "\u06CC"), ('\uFE80', 1, "\u0621"), ('\uFE81', 2, "\u0622"), ('\uFE83', 2, "\u0623"),
        ('\uFE85', 2, "\u0624"), ('\uFE87', 2, "\u0625"), ('\uFE89', 4, "\u0626"), ('\uFE8D', 2, "\u0627"),
        ('\uFE8F', 4, "\u0628"), ('\uFE93', 2, "\u0629"), ('\uFE95', 4, "\u062A"), ('\uFE99', 4, "\u062B"),
        ('\uFE9D', 4, "\u062C"), ('\uFEA1', 4, "\u062D"), ('\uFEA5', 4, "\u062E"), ('\uFEA9', 2, "\u062F"),
        ('\uFEAB', 2, "\u0630"), ('\uFEAD', 2, "\u0631"), ('\uFEAF', 2, "\u0632"), ('\uFEB1', 4, "\u0633"),
        ('\uFEB5', 4, "\u0634"), ('\uFEB9', 4, "\u0635"), ('\uFEBD', 4, "\u0636"), ('\uFEC1', 4, "\u0637"),
        ('\uFEC5', 4, "\u0638"), ('\uFEC9', 4, "\u0639"), ('\uFECD', 4, "\u063A"), ('\uFED1', 4, "\u0641"),
        ('\uFED5', 4, "\u0642"), ('\uFED9', 4, "\u0643"), ('\uFEDD', 4, "\u0644"), ('\uFEE1', 4, "\u0645"),
        ('\uFEE5', 4, "\u0646"), ('\uFEE9', 4, "\u0647"), ('\uFEED', 2, "\u0648"), ('\uFEEF', 2, "\u0649"),
        ('\uFEF1', 4, "\u064A"), ('\uFEF5', 2, "\u0644\u0622"), ('\uFEF7', 2, "\u0644\u0623"), ('\uFEF9', 2, "\u0644\u0625"),
        ('\uFEFB', 2, "\u0644\u0627"),
    ];

    private static readonly string?[] Table = Build();

    /// <summary>The letters a presentation form shows, or null for any other character.</summary>
    public static string? Map(char c) => c is >= First and <= Last ? Table[c - First] : null;

    private static string?[] Build()
    {
        var table = new string?[Last - First + 1];
        foreach (var (start, count, letters) in Runs)
        {
            for (var i = 0; i < count; i++)
            {
                table[start + i - First] = letters;
            }
        }

        return table;
    }
}
