using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Extraction.Content;

/// <summary>
/// The length a text has once each run of white space is one space and its ends are trimmed, and its commas, counted
/// eight characters at a time: every text node of a page is measured, and a character-by-character loop paid a
/// mispredicted branch at nearly every word boundary.
/// </summary>
internal static class TextMeasure
{
    /// <summary>
    /// The collapsed length of <paramref name="text"/> (white space as <see cref="char.IsWhiteSpace(char)"/>) and its
    /// commas (Latin, Arabic, full-width, ideographic).
    /// </summary>
    public static (int Length, int Commas) Measure(ReadOnlySpan<char> text)
    {
        var nonSpace = 0;
        var wordsAfterSpace = 0;
        var commas = 0;
        var previousSpace = 0u; // 1 when the character before the current block is white space
        var i = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + Vector128<ushort>.Count <= text.Length; i += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)i);
                var space = SpaceMask(v);
                var comma = Vector128.Equals(v, Vector128.Create((ushort)','))
                    | Vector128.Equals(v, Vector128.Create((ushort)'\u060C'))
                    | Vector128.Equals(v, Vector128.Create((ushort)'\uFF0C'))
                    | Vector128.Equals(v, Vector128.Create((ushort)'\u3001'));
                var spaceBits = space.ExtractMostSignificantBits();
                commas += BitOperations.PopCount(comma.ExtractMostSignificantBits());
                nonSpace += Vector128<ushort>.Count - BitOperations.PopCount(spaceBits);

                // A word start after white space: a non-space character whose predecessor is a space.
                var before = (spaceBits << 1) | previousSpace;
                wordsAfterSpace += BitOperations.PopCount(~spaceBits & before & 0xFFu);
                previousSpace = (spaceBits >> (Vector128<ushort>.Count - 1)) & 1;
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                previousSpace = 1;
                continue;
            }

            nonSpace++;
            wordsAfterSpace += (int)previousSpace;
            previousSpace = 0;
            if (c is ',' or '\u060C' or '\uFF0C' or '\u3001')
            {
                commas++;
            }
        }

        // Leading white space opens no word break.
        if (nonSpace > 0 && char.IsWhiteSpace(text[0]))
        {
            wordsAfterSpace--;
        }

        return (nonSpace + wordsAfterSpace, commas);
    }

    // The characters char.IsWhiteSpace accepts: U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
    // U+2029, U+202F, U+205F, U+3000.
    private static Vector128<ushort> SpaceMask(Vector128<ushort> v)
    {
        var mask = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')))
            | Vector128.Equals(v, Vector128.Create((ushort)' '));
        if (Vector128.LessThanAll(v, Vector128.Create((ushort)'\u0085')))
        {
            return mask;
        }

        return mask
            | Vector128.Equals(v, Vector128.Create((ushort)'\u0085'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\u00A0'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\u1680'))
            | Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'\u2000'), Vector128.Create((ushort)('\u200A' - '\u2000')))
            | Vector128.Equals(v, Vector128.Create((ushort)'\u2028'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\u2029'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\u202F'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\u205F'))
            | Vector128.Equals(v, Vector128.Create((ushort)'\u3000'));
    }
}
