using System.Buffers;

namespace NewsModel.Persian;

/// <summary>The letter step of <see cref="PersianNormalizer"/> on its own: Arabic letter variants, tatweel, diacritics.</summary>
public static class PersianLetters
{
    private static readonly PersianNormalizer Letters = new(PersianNormalizerOptions.None with
    {
        UnifyArabicLetters = true,
        RemoveTatweel = true,
    });

    private static readonly PersianNormalizer Diacritics = new(PersianNormalizerOptions.None with { RemoveDiacritics = true });

    /// <summary>
    /// Arabic yeh ي (U+064A) and alef maksura ى (U+0649) → ی (U+06CC), Arabic kaf ك (U+0643) → ک (U+06A9),
    /// tatweel ـ removed; nothing else changes.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalized text; the same instance when nothing changes.</returns>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(LetterVariants) < 0 ? text : Letters.Normalize(text);
    }

    // The characters Normalize changes. Text without them (all Latin text, most Persian text) is returned as it is,
    // without the normalizer's per-character pass; comparison keys ask for this on every headline, title and lead.
    private static readonly SearchValues<char> LetterVariants =
        SearchValues.Create(PersianChars.ArabicYeh, PersianChars.AlefMaksura, PersianChars.ArabicKaf, PersianChars.Tatweel);

    /// <summary>Removes the diacritics U+064B–U+0652 and the superscript alef U+0670; nothing else changes.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without diacritics; the same instance when it had none.</returns>
    public static string RemoveDiacritics(string text) => Diacritics.Normalize(text);

    /// <summary>ۀ (U+06C0) → ه + hamza above (هٔ), the decomposed spelling search indexes expect.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text; the same instance when it has no ۀ.</returns>
    public static string DecomposeHehWithYeh(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains(PersianChars.HehWithYeh, StringComparison.Ordinal)
            ? text.Replace("\u06C0", "\u0647\u0654", StringComparison.Ordinal)
            : text;
    }

    /// <summary>Whether <paramref name="c"/> is a letter of the Arabic script (Persian letters included).</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for letters such as ا ب پ ی ک, and for their presentation forms.</returns>
    public static bool IsLetter(char c) => PersianChars.IsLetter(c);
}
