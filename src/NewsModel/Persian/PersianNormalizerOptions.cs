namespace NewsModel.Persian;

/// <summary>
/// What <see cref="PersianNormalizer"/> does. Immutable: derive variants with <c>with</c>
/// (<c>PersianNormalizerOptions.Default with { Digits = DigitStyle.Ascii }</c>).
/// </summary>
/// <remarks>
/// <see cref="Default"/> is meant for news text and never changes meaning: it unifies the Arabic letter variants, writes presentation forms as letters,
/// removes tatweel and bidi marks, cleans the half-space, collapses white space and fixes the spacing around Persian
/// punctuation, but keeps digits, diacritics and ۀ as written and does not guess missing half-spaces.
/// </remarks>
public sealed record PersianNormalizerOptions
{
    /// <summary>The defaults for news text (see the type's remarks).</summary>
    public static PersianNormalizerOptions Default { get; } = new();

    /// <summary>
    /// For plain-text dumps that lost their half-spaces: <see cref="Default"/> plus <see cref="RepairHalfSpaces"/>.
    /// </summary>
    public static PersianNormalizerOptions ForTextDumps { get; } = new() { RepairHalfSpaces = true };

    /// <summary>
    /// For search keys and comparisons: ASCII digits (separators too, Latin tokens included), no diacritics,
    /// ۀ written as هٔ, half-spaces repaired.
    /// </summary>
    public static PersianNormalizerOptions ForSearch { get; } = new()
    {
        Digits = DigitStyle.Ascii,
        DigitSeparators = true,
        DigitsInTextOnly = false,
        RemoveDiacritics = true,
        DecomposeHehWithYeh = true,
        RepairHalfSpaces = true,
    };

    /// <summary>Every step off: the text comes back unchanged. A starting point for <c>with</c> to enable single steps.</summary>
    public static PersianNormalizerOptions None { get; } = new()
    {
        UnifyArabicLetters = false,
        ExpandPresentationForms = false,
        RemoveTatweel = false,
        NormalizeHalfSpaces = false,
        CollapseWhitespace = false,
        NbspToSpace = false,
        RemoveBidiMarks = false,
        PunctuationSpacing = false,
    };

    /// <summary>Which digit set to write. Default <see cref="DigitStyle.Keep"/>.</summary>
    public DigitStyle Digits { get; init; } = DigitStyle.Keep;

    /// <summary>
    /// Whether the decimal and thousands separators and the percent sign follow <see cref="Digits"/>
    /// (٫ ٬ ٪ ↔ . , %, the ASCII ones only between digits). Default <see langword="false"/>.
    /// </summary>
    public bool DigitSeparators { get; init; }

    /// <summary>
    /// "Text only" mode: digits inside a token that holds a Latin letter or '@' («MP3», «https://x.ir/123»,
    /// «COVID-19», e-mail addresses) are left as written. A token ends at white space and at «،» «؛» «؟» « ».
    /// Default <see langword="true"/>.
    /// </summary>
    public bool DigitsInTextOnly { get; init; } = true;

    /// <summary>Arabic yeh ي and alef maksura ى → Persian ی; Arabic kaf ك → Persian ک. Default <see langword="true"/>.</summary>
    public bool UnifyArabicLetters { get; init; } = true;

    /// <summary>
    /// Arabic presentation forms → the letters they show: the contextual glyphs of text copied from a PDF or an old
    /// typesetting system («ﺳﻼﻡ» → «سلام», U+FB50–U+FBFF and U+FE80–U+FEFC) and the lam-alef ligatures (ﻻ → لا), as
    /// Unicode's compatibility decomposition gives them; the letters then go through the other steps (ﻙ → ك → ک with
    /// <see cref="UnifyArabicLetters"/>). The word ligatures (ﷲ, the rial sign ﷼) are kept. Default <see langword="true"/>.
    /// </summary>
    public bool ExpandPresentationForms { get; init; } = true;

    /// <summary>ۀ (U+06C0) → ه followed by hamza above (هٔ). Default <see langword="false"/>.</summary>
    public bool DecomposeHehWithYeh { get; init; }

    /// <summary>Remove the tatweel ـ (U+0640), a stretching decoration. Default <see langword="true"/>.</summary>
    public bool RemoveTatweel { get; init; } = true;

    /// <summary>Remove the diacritics U+064B–U+0652 and superscript alef U+0670. Default <see langword="false"/>.</summary>
    public bool RemoveDiacritics { get; init; }

    /// <summary>
    /// Clean the half-space (ZWNJ, U+200C): its stand-ins between two Persian letters (U+200B, U+200D, U+00AC) become
    /// ZWNJ, runs of ZWNJ collapse to one, a ZWNJ next to a space or at a word's edge is dropped, and a narrow or hair
    /// space becomes ZWNJ where an unambiguous affix rule says a half-space belongs. Default <see langword="true"/>.
    /// </summary>
    public bool NormalizeHalfSpaces { get; init; } = true;

    /// <summary>
    /// Put back half-spaces that were lost or written as a space, where the affix rule is unambiguous: «می»/«نمی»
    /// before a verb, the plural «ها»/«های»/«هایی», «ای»/«ام»/«اش»/«اند» after a silent ه, «تر»/«ترین» after an
    /// adjective, and a few fixed compounds («بین‌المللی»). Ambiguous words are left as they are.
    /// Default <see langword="false"/>; <see cref="ForTextDumps"/> turns it on.
    /// </summary>
    public bool RepairHalfSpaces { get; init; }

    /// <summary>
    /// Collapse runs of horizontal white space to one space, write the other Unicode spaces as a space, and drop
    /// white space at the start and end of each line and of the text. Line breaks are kept. Default <see langword="true"/>.
    /// </summary>
    public bool CollapseWhitespace { get; init; } = true;

    /// <summary>Write the no-break space (U+00A0) as a plain space. Default <see langword="true"/>.</summary>
    public bool NbspToSpace { get; init; } = true;

    /// <summary>Remove the bidi marks LRM (U+200E), RLM (U+200F) and ALM (U+061C). Default <see langword="true"/>.</summary>
    public bool RemoveBidiMarks { get; init; } = true;

    /// <summary>
    /// No space before «،» «؛» «؟» and one after them before a letter; no space inside «» guillemets, one outside them
    /// before or after a letter or digit. Guillemets are only touched on lines where « comes before » (a line written
    /// with reversed guillemets is left as it is). Default <see langword="true"/>.
    /// </summary>
    public bool PunctuationSpacing { get; init; } = true;
}
