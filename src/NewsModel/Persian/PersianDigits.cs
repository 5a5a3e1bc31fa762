using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsModel.Persian;

/// <summary>
/// The three digit sets of Persian pages: ASCII 0-9, Persian ۰-۹ (U+06F0–U+06F9) and Arabic-Indic ٠-٩ (U+0660–U+0669),
/// and conversions between them. Every conversion maps one character to one character, so the text keeps its length,
/// and returns the same string instance when nothing changes.
/// </summary>
/// <remarks>
/// The Persian number separators are converted only by the overloads that take <c>separators: true</c>:
/// to ASCII, ٫ (U+066B) becomes '.', ٬ (U+066C) ',' and ٪ (U+066A) '%'; to Persian or Arabic-Indic, '.' and ','
/// between two digits and '%' right after a digit become ٫, ٬ and ٪. A '/' used as a decimal point («۲/۵») is left alone.
/// </remarks>
public static class PersianDigits
{
    /// <summary>The Persian decimal separator ٫ (U+066B).</summary>
    public const char DecimalSeparator = '\u066B';

    /// <summary>The Persian thousands separator ٬ (U+066C).</summary>
    public const char ThousandsSeparator = '\u066C';

    /// <summary>The Persian percent sign ٪ (U+066A).</summary>
    public const char PercentSign = '\u066A';

    /// <summary>Reads the value of a digit in any of the three sets.</summary>
    /// <param name="c">The character.</param>
    /// <param name="value">Its value, 0 to 9, when it is a digit; otherwise -1.</param>
    /// <returns>Whether <paramref name="c"/> is a digit of one of the three sets.</returns>
    public static bool TryGetValue(char c, out int value)
    {
        value = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
            >= '\u0660' and <= '\u0669' => c - '\u0660',
            _ => -1,
        };
        return value >= 0;
    }

    /// <summary>Whether <paramref name="c"/> is a digit of any of the three sets.</summary>
    /// <param name="c">The character.</param>
    /// <returns><see langword="true"/> for 0-9, ۰-۹ and ٠-٩.</returns>
    public static bool IsDigit(char c) => TryGetValue(c, out _);

    /// <summary>Writes every Persian and Arabic-Indic digit as ASCII 0-9.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The converted text; the same instance when it holds no digit to convert.</returns>
    public static string ToAscii(string text) => Convert(text, DigitStyle.Ascii, separators: false);

    /// <summary>Writes every ASCII and Arabic-Indic digit as Persian ۰-۹.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The converted text; the same instance when it holds no digit to convert.</returns>
    public static string ToPersian(string text) => Convert(text, DigitStyle.Persian, separators: false);

    /// <summary>Writes every ASCII and Persian digit as Arabic-Indic ٠-٩.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The converted text; the same instance when it holds no digit to convert.</returns>
    public static string ToArabicIndic(string text) => Convert(text, DigitStyle.ArabicIndic, separators: false);

    /// <summary>Converts every digit of the text to one digit set, optionally with the number separators.</summary>
    /// <param name="text">The text.</param>
    /// <param name="style">The target set; <see cref="DigitStyle.Keep"/> returns <paramref name="text"/>.</param>
    /// <param name="separators">Whether to convert the decimal and thousands separators and the percent sign too.</param>
    /// <returns>The converted text; the same instance when nothing changes.</returns>
    public static string Convert(string text, DigitStyle style, bool separators = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!separators)
        {
            return ConvertDigitsOnly(text, style);
        }

        var first = FirstChange(text, style, separators);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, style, separators, first), static (dest, s) =>
        {
            s.text.AsSpan().CopyTo(dest);
            ConvertFrom(s.text, dest, s.style, s.separators, s.first);
        });
    }

    /// <summary>
    /// Converts digits in Persian text only: digits inside a token (a run without white space) that holds a Latin
    /// letter or '@' — «MP3», «COVID-19», URLs, e-mail addresses — are left as written.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="style">The target set.</param>
    /// <param name="separators">Whether to convert the number separators too.</param>
    /// <returns>The converted text; the same instance when nothing changes.</returns>
    public static string ConvertTextOnly(string text, DigitStyle style, bool separators = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (style == DigitStyle.Keep)
        {
            return text;
        }

        var options = PersianNormalizerOptions.None with { Digits = style, DigitSeparators = separators, DigitsInTextOnly = true };
        return new PersianNormalizer(options).Normalize(text);
    }

    /// <summary>Converts the digits of <paramref name="source"/> into <paramref name="destination"/> (which may be the same memory).</summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">Where to write; at least as long as <paramref name="source"/>.</param>
    /// <param name="style">The target set.</param>
    /// <param name="separators">Whether to convert the number separators too.</param>
    /// <returns>The number of characters changed.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="source"/>.</exception>
    public static int Convert(ReadOnlySpan<char> source, Span<char> destination, DigitStyle style, bool separators = false)
    {
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The destination is shorter than the source.", nameof(destination));
        }

        if (!source.Overlaps(destination, out var offset) || offset != 0)
        {
            source.CopyTo(destination);
        }

        var first = FirstChange(destination[..source.Length], style, separators);
        return first < 0 ? 0 : ConvertFrom(destination[..source.Length], destination, style, separators, first);
    }

    /// <summary>Digits only: a vectorized scan for the first digit to convert, then a vectorized conversion.</summary>
    private static string ConvertDigitsOnly(string text, DigitStyle style)
    {
        if (style == DigitStyle.Keep)
        {
            return text;
        }

        var (baseA, baseB, target) = Bases(style);
        var first = FindFirstDigit(text, baseA, baseB);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, baseA, baseB, target, first), static (dest, s) =>
        {
            s.text.AsSpan().CopyTo(dest);
            ConvertDigits(dest[s.first..], s.baseA, s.baseB, s.target);
        });
    }

    /// <summary>The two source digit sets (their '0') and the target '0' for a style.</summary>
    private static (ushort A, ushort B, ushort Target) Bases(DigitStyle style) => style switch
    {
        DigitStyle.Ascii => (0x06F0, 0x0660, '0'),
        DigitStyle.Persian => ('0', 0x0660, 0x06F0),
        DigitStyle.ArabicIndic => ('0', 0x06F0, 0x0660),
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };

    private static int FindFirstDigit(ReadOnlySpan<char> text, ushort baseA, ushort baseB)
    {
        var src = MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector256.IsHardwareAccelerated && src.Length >= Vector256<ushort>.Count)
        {
            var a = Vector256.Create(baseA);
            var b = Vector256.Create(baseB);
            var ten = Vector256.Create((ushort)10);
            ref var r = ref MemoryMarshal.GetReference(src);
            for (; i <= src.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref r, (nuint)i);
                var hit = Vector256.LessThan(v - a, ten) | Vector256.LessThan(v - b, ten);
                if (hit != Vector256<ushort>.Zero)
                {
                    return i + BitOperationsTrailing(hit.ExtractMostSignificantBits());
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated && src.Length >= Vector128<ushort>.Count)
        {
            var a = Vector128.Create(baseA);
            var b = Vector128.Create(baseB);
            var ten = Vector128.Create((ushort)10);
            ref var r = ref MemoryMarshal.GetReference(src);
            for (; i <= src.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref r, (nuint)i);
                var hit = Vector128.LessThan(v - a, ten) | Vector128.LessThan(v - b, ten);
                if (hit != Vector128<ushort>.Zero)
                {
                    return i + BitOperationsTrailing(hit.ExtractMostSignificantBits());
                }
            }
        }

        for (; i < src.Length; i++)
        {
            if ((ushort)(src[i] - baseA) < 10 || (ushort)(src[i] - baseB) < 10)
            {
                return i;
            }
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BitOperationsTrailing(uint mask) => System.Numerics.BitOperations.TrailingZeroCount(mask);

    /// <summary>Rewrites the digits of two sets in place, branch-free per vector.</summary>
    private static int ConvertDigits(Span<char> text, ushort baseA, ushort baseB, ushort target)
    {
        var span = MemoryMarshal.Cast<char, ushort>(text);
        var shiftA = (ushort)(target - baseA);
        var shiftB = (ushort)(target - baseB);
        var i = 0;
        if (Vector256.IsHardwareAccelerated && span.Length >= Vector256<ushort>.Count)
        {
            var a = Vector256.Create(baseA);
            var b = Vector256.Create(baseB);
            var sa = Vector256.Create(shiftA);
            var sb = Vector256.Create(shiftB);
            var ten = Vector256.Create((ushort)10);
            ref var r = ref MemoryMarshal.GetReference(span);
            for (; i <= span.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref r, (nuint)i);
                var inA = Vector256.LessThan(v - a, ten);
                var inB = Vector256.LessThan(v - b, ten);
                if ((inA | inB) != Vector256<ushort>.Zero)
                {
                    (v + ((sa & inA) | (sb & inB))).StoreUnsafe(ref r, (nuint)i);
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated && span.Length >= Vector128<ushort>.Count)
        {
            var a = Vector128.Create(baseA);
            var b = Vector128.Create(baseB);
            var sa = Vector128.Create(shiftA);
            var sb = Vector128.Create(shiftB);
            var ten = Vector128.Create((ushort)10);
            ref var r = ref MemoryMarshal.GetReference(span);
            for (; i <= span.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref r, (nuint)i);
                var inA = Vector128.LessThan(v - a, ten);
                var inB = Vector128.LessThan(v - b, ten);
                if ((inA | inB) != Vector128<ushort>.Zero)
                {
                    (v + ((sa & inA) | (sb & inB))).StoreUnsafe(ref r, (nuint)i);
                }
            }
        }

        var changed = 0;
        for (; i < span.Length; i++)
        {
            var c = span[i];
            if ((ushort)(c - baseA) < 10)
            {
                span[i] = (ushort)(c + shiftA);
                changed++;
            }
            else if ((ushort)(c - baseB) < 10)
            {
                span[i] = (ushort)(c + shiftB);
                changed++;
            }
        }

        return changed;
    }

    /// <summary>The character that digit <paramref name="value"/> (0-9) has in <paramref name="style"/>.</summary>
    internal static char DigitOf(int value, DigitStyle style) => style switch
    {
        DigitStyle.Ascii => (char)('0' + value),
        DigitStyle.Persian => (char)('\u06F0' + value),
        DigitStyle.ArabicIndic => (char)('\u0660' + value),
        _ => throw new ArgumentOutOfRangeException(nameof(style)),
    };

    /// <summary>What the character at <paramref name="i"/> becomes (itself when nothing applies).</summary>
    internal static char Map(ReadOnlySpan<char> text, int i, DigitStyle style, bool separators)
    {
        var c = text[i];
        if (TryGetValue(c, out var v))
        {
            return DigitOf(v, style);
        }

        if (!separators)
        {
            return c;
        }

        if (style == DigitStyle.Ascii)
        {
            return c switch
            {
                DecimalSeparator => '.',
                ThousandsSeparator => ',',
                PercentSign => '%',
                _ => c,
            };
        }

        switch (c)
        {
            case '.' or ',' when i > 0 && i + 1 < text.Length && IsDigit(text[i - 1]) && IsDigit(text[i + 1]):
                return c == '.' ? DecimalSeparator : ThousandsSeparator;
            case '%' when i > 0 && IsDigit(text[i - 1]):
                return PercentSign;
            default:
                return c;
        }
    }

    private static int FirstChange(ReadOnlySpan<char> text, DigitStyle style, bool separators)
    {
        if (style == DigitStyle.Keep)
        {
            return -1;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80 ? !char.IsAsciiDigit(c) && c != '.' && c != ',' && c != '%' : c < '\u0660')
            {
                continue;
            }

            if (Map(text, i, style, separators) != c)
            {
                return i;
            }
        }

        return -1;
    }

    private static int ConvertFrom(ReadOnlySpan<char> source, Span<char> dest, DigitStyle style, bool separators, int first)
    {
        // Separators look at their neighbours, which are digits in any set, so converting in place is safe.
        var changed = 0;
        for (var i = first; i < source.Length; i++)
        {
            var c = source[i];
            var m = Map(source, i, style, separators);
            if (m != c)
            {
                dest[i] = m;
                changed++;
            }
        }

        return changed;
    }
}
