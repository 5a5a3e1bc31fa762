namespace NewsModel.Persian;

/// <summary>
/// The half-space (ZWNJ, U+200C, نیم‌فاصله) steps of <see cref="PersianNormalizer"/> on their own.
/// </summary>
public static class HalfSpace
{
    /// <summary>The zero-width non-joiner U+200C.</summary>
    public const char Zwnj = '\u200C';

    private static readonly PersianNormalizer Cleaner = new(PersianNormalizerOptions.None with { NormalizeHalfSpaces = true });

    private static readonly PersianNormalizer Repairer = new(PersianNormalizerOptions.None with
    {
        NormalizeHalfSpaces = true,
        RepairHalfSpaces = true,
    });

    /// <summary>
    /// Cleans the half-space: stand-ins between two Persian letters (U+200B, U+200D, U+00AC) become ZWNJ, runs collapse,
    /// a ZWNJ next to a space or at a word's edge is dropped, and a narrow or hair space becomes ZWNJ where an
    /// unambiguous affix rule says a half-space belongs. Nothing else changes.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The cleaned text; the same instance when nothing changes.</returns>
    public static string Normalize(string text) => Cleaner.Normalize(text);

    /// <summary>
    /// <see cref="Normalize"/> plus repair: puts back the half-spaces a text lost or wrote as a space where the affix
    /// rule is unambiguous («میشود» → «می‌شود», «کتاب ها» → «کتاب‌ها», «منطقهای» → «منطقه‌ای»,
    /// «بزرگترین» → «بزرگ‌ترین»). Ambiguous words («نامهای»: نامه‌ای or نام‌های) stay as they are.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The repaired text; the same instance when nothing changes.</returns>
    public static string Repair(string text) => Repairer.Normalize(text);
}
