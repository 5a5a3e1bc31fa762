using System.Buffers;
using System.Globalization;

namespace NewsModel.Html;

/// <summary>
/// Tells bytes that are no text page at all (compressed data, an image, a PDF, random bytes) from a page in any
/// encoding, so that a parser says so instead of decoding them into an article of garbage.
/// </summary>
internal static class BinaryInput
{
    private const int Sample = 4096;

    // Bytes below 0x20 that text does not hold (tab, line feed, vertical tab, form feed, carriage return and escape
    // are left out).
    private static readonly SearchValues<byte> Controls = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F]);

    /// <summary>The code of the error diagnostic a parser returns, with an empty value, for such bytes.</summary>
    public const string Code = "input.binary";

    /// <summary>What the bytes are when they are no text page, or <see langword="null"/> when they may be one.</summary>
    /// <remarks>
    /// First the signatures of formats a crawl or an HTTP client hands over by mistake (a body still compressed, an
    /// image or a document at a page's address). Then the share of control bytes (below 0x20, other than tab, line
    /// feed, vertical tab, form feed, carriage return and escape) among the first 4,096: text in any encoding of the web
    /// has next to none, random or compressed bytes about a tenth; more than 5 % (and at least 3) is binary. A
    /// byte-order mark of UTF-16 is text, whose zero bytes are expected, and so is UTF-16 without one when its
    /// characters say so (<see cref="Utf16WithoutMark"/>).
    /// </remarks>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        if (Signature(bytes) is { } format)
        {
            return format;
        }

        // Every page ends here: one vectorized look at its start, on every parse of bytes.
        var sample = bytes.Length > Sample ? bytes[..Sample] : bytes;
        if (!sample.ContainsAny(Controls) || Utf16WithoutMark(bytes) is not null)
        {
            return null;
        }

        var controls = 0;
        foreach (var b in sample)
        {
            controls += Controls.Contains(b) ? 1 : 0;
        }

        return controls >= 3 && controls * 20 > sample.Length
            ? string.Create(CultureInfo.InvariantCulture, $"binary data ({controls} control bytes in its first {sample.Length})")
            : null;
    }

    /// <summary>
    /// UTF-16 without a byte-order mark (what <c>Encoding.Unicode.GetBytes</c> gives a .NET caller), or
    /// <see langword="null"/>. Browsers do not sniff it; a caller's bytes in it were decoded into text full of NULs. The
    /// first 1,024 bytes must hold zero bytes, 2 % of them at least (Persian text in UTF-16 has them only where it has
    /// ASCII: spaces; no page in another encoding has any), and read, in one byte order, as
    /// characters a page is made of, at least 95 % of them, and not in the other.
    /// </summary>
    public static System.Text.Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > 1024 ? bytes[..1024] : bytes;
        sample = sample[..(sample.Length & ~1)];
        var zeros = sample.Count((byte)0);
        if (sample.Length < 32 || zeros < 4 || zeros * 50 < sample.Length)
        {
            return null;
        }

        int little = 0, big = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            little += Plausible((char)(sample[i] | (sample[i + 1] << 8))) ? 1 : 0;
            big += Plausible((char)((sample[i] << 8) | sample[i + 1])) ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return little * 20 >= pairs * 19 && big * 2 < pairs ? System.Text.Encoding.Unicode
            : big * 20 >= pairs * 19 && little * 2 < pairs ? System.Text.Encoding.BigEndianUnicode
            : null;
    }

    // Characters of pages: ASCII text and white space, Latin-1, Arabic and its presentation forms, general
    // punctuation (the half-space among them).
    private static bool Plausible(char c) =>
        c is >= ' ' and <= '~' or '\t' or '\n' or '\r' or (>= '\u00A0' and <= '\u024F') or (>= '\u0600' and <= '\u06FF')
            or (>= '\u2000' and <= '\u206F') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    /// <summary>The error a parser returns for such bytes.</summary>
    public static ParseDiagnostic Diagnostic(string what) => new()
    {
        Code = Code,
        Severity = DiagnosticSeverity.Error,
        Message = $"The input is {what}, not a text page; it was not parsed.",
    };

    private static string? Signature(ReadOnlySpan<byte> b)
    {
        if (Archives.CompleteGzipStream.HasSignature(b))
        {
            return "gzip-compressed data (decompress it first: an HTTP body sent with Content-Encoding: gzip, or a .gz file)";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD]))
        {
            return "zstd-compressed data";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00]))
        {
            return "xz-compressed data";
        }

        if (b.Length >= 4 && b.StartsWith("BZh"u8) && b[3] is >= (byte)'1' and <= (byte)'9')
        {
            return "bzip2-compressed data";
        }

        if (b.StartsWith("PK\u0003\u0004"u8))
        {
            return "a ZIP archive";
        }

        if (b.StartsWith("%PDF-"u8))
        {
            return "a PDF document";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return "a PNG image";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "a JPEG image";
        }

        if (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8))
        {
            return "a GIF image";
        }

        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8))
        {
            return "a WebP image";
        }

        return null;
    }
}
