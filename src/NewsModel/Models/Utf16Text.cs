namespace NewsModel;

/// <summary>UTF-16 repairs the models need for themselves (this folder depends on nothing else).</summary>
internal static class Utf16Text
{
    /// <summary>
    /// The text with each lone surrogate (half of a pair without the other: invalid UTF-16, which only a caller's
    /// string can hold, since decoded bytes never do) replaced by U+FFFD, as a decoder replaces a broken sequence. JSON
    /// cannot carry a lone surrogate, so an article holding one did not read back from its JSON the same. The same
    /// instance when there is none.
    /// </summary>
    public static string WithValidSurrogates(string text)
    {
        var span = text.AsSpan();
        var i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return text;
        }

        char[]? copy = null;
        for (; i < span.Length; i++)
        {
            if (!char.IsSurrogate(span[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                continue;
            }

            copy ??= span.ToArray();
            copy[i] = '\uFFFD';
        }

        return copy is null ? text : new string(copy);
    }
}
