namespace NewsModel.Persian;

/// <summary>Character classes of Persian text: letters, marks, joining behaviour, the half-space and its stand-ins.</summary>
internal static class PersianChars
{
    public const char Zwnj = '\u200C';
    public const char Zwsp = '\u200B';
    public const char Zwj = '\u200D';
    public const char NotSign = '\u00AC';
    public const char Tatweel = '\u0640';
    public const char Nbsp = '\u00A0';
    public const char Lrm = '\u200E';
    public const char Rlm = '\u200F';
    public const char Alm = '\u061C';
    public const char PersianYeh = '\u06CC';
    public const char PersianKaf = '\u06A9';
    public const char ArabicYeh = '\u064A';
    public const char AlefMaksura = '\u0649';
    public const char ArabicKaf = '\u0643';
    public const char HehWithYeh = '\u06C0';
    public const char Heh = '\u0647';
    public const char HamzaAbove = '\u0654';
    public const char ArabicComma = '\u060C';
    public const char ArabicSemicolon = '\u061B';
    public const char ArabicQuestion = '\u061F';
    public const char OpenGuillemet = '\u00AB';
    public const char CloseGuillemet = '\u00BB';

    /// <summary>A letter of the Arabic script (base letters, Persian additions, presentation forms).</summary>
    public static bool IsLetter(char c) =>
        (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5' ||
        (c >= '\u06EE' && c <= '\u06EF') || (c >= '\u06FA' && c <= '\u06FC') || c == '\u06FF' ||
        (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');

    /// <summary>A combining mark of the Arabic script (harakat, hamza above, superscript alef, Quranic marks).</summary>
    public static bool IsMark(char c) =>
        (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06DD' && c != '\u06DE' && c != '\u06E5' && c != '\u06E6');

    /// <summary>The diacritics removed on request: fathatan to sukun (U+064B–U+0652) and superscript alef (U+0670).</summary>
    public static bool IsDiacritic(char c) => (c >= '\u064B' && c <= '\u0652') || c == '\u0670';

    /// <summary>A character inside a Persian word: letter, mark or tatweel.</summary>
    public static bool IsWordChar(char c) => IsLetter(c) || IsMark(c) || c == Tatweel;

    /// <summary>Whether a letter connects to the letter after it (so a missing half-space is visible).</summary>
    public static bool JoinsForward(char c) => IsLetter(c) && c switch
    {
        '\u0621' or '\u0622' or '\u0623' or '\u0624' or '\u0625' or '\u0627' or '\u0629' or '\u062F' or '\u0630'
            or '\u0631' or '\u0632' or '\u0648' or '\u0698' or '\u06C0' or '\u0671' or '\u06D5' or '\u0688' or '\u0691'
            or '\u06C4' or '\u06C5' or '\u06C6' or '\u06C7' or '\u06C8' or '\u06C9' or '\u06CB' or '\u06CF' or '\u06D3' => false,
        _ => c < '\uFB50',
    };

    /// <summary>Horizontal white space other than NBSP: space, tab, the U+2000 block spaces, ideographic space.</summary>
    public static bool IsHorizontalSpace(char c) =>
        c == ' ' || c == '\t' || c == '\v' || c == '\f' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u1680';

    /// <summary>The thin spaces that some pages put where a half-space belongs.</summary>
    public static bool IsNarrowSpace(char c) => c == '\u2009' || c == '\u200A' || c == '\u202F';

    /// <summary>A line break.</summary>
    public static bool IsLineBreak(char c) => c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
}
