namespace NewsModel.Persian;

/// <summary>Which digit set the normalizer writes.</summary>
public enum DigitStyle
{
    /// <summary>Leave every digit as written.</summary>
    Keep = 0,

    /// <summary>ASCII 0-9: for parsing, storage and search.</summary>
    Ascii = 1,

    /// <summary>Persian ۰-۹ (U+06F0–U+06F9): for display.</summary>
    Persian = 2,

    /// <summary>Arabic-Indic ٠-٩ (U+0660–U+0669).</summary>
    ArabicIndic = 3,
}
