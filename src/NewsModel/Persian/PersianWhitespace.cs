namespace NewsModel.Persian;

/// <summary>The white-space and punctuation-spacing steps of <see cref="PersianNormalizer"/> on their own.</summary>
public static class PersianWhitespace
{
    private static readonly PersianNormalizer Whitespace = new(PersianNormalizerOptions.None with
    {
        CollapseWhitespace = true,
        NbspToSpace = true,
        RemoveBidiMarks = true,
        PunctuationSpacing = true,
    });

    /// <summary>
    /// Collapses runs of white space (NBSP and the Unicode spaces included) to one space, trims each line, removes the
    /// bidi marks LRM, RLM and ALM, and fixes the spacing around «،» «؛» «؟» and «» guillemets. Line breaks are kept.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalized text; the same instance when nothing changes.</returns>
    public static string Normalize(string text) => Whitespace.Normalize(text);
}
