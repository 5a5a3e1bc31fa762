using System.Text;
using System.Text.RegularExpressions;

namespace NewsModel.Html;

/// <summary>The text of a page decoded from bytes, the encoding used and why.</summary>
internal sealed record DecodedText(string Text, Encoding Encoding, string Reason, IReadOnlyList<ParseDiagnostic> Diagnostics);

/// <summary>
/// Turns a page's bytes into text. Order: a byte-order mark, the caller's charset hint (the HTTP header), a
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration in the first bytes, then a fallback: UTF-8 when the
/// bytes are valid UTF-8, windows-1256 (the legacy Persian/Arabic code page) when they look single-byte, else UTF-8
/// with the broken sequences replaced and an error diagnostic that the text was damaged.
/// </summary>
internal static partial class HtmlDecoder
{
    private const int PrescanBytes = 4096;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding LossyUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    /// <summary>Decodes <paramref name="bytes"/>; never throws.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? charsetHint)
    {
        var diagnostics = new List<ParseDiagnostic>();

        // 1. Byte-order mark: it wins over every declaration.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Finish(bytes[3..], Encoding.UTF8, "bom", diagnostics);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), Encoding.Unicode, "bom", diagnostics);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), Encoding.BigEndianUnicode, "bom", diagnostics);
        }

        // 2. The caller's hint, 3. the page's own declaration.
        if (charsetHint is not null)
        {
            var hinted = ResolveLabel(charsetHint);
            if (hinted is not null)
            {
                return Finish(bytes, hinted, "hint", diagnostics);
            }

            diagnostics.Add(UnknownLabel(charsetHint, "the caller's charset"));
        }

        var declaredLabel = FindDeclaredCharset(bytes);
        if (declaredLabel is not null)
        {
            var declared = ResolveLabel(declaredLabel);
            if (declared is not null)
            {
                return Finish(bytes, declared, "meta", diagnostics);
            }

            diagnostics.Add(UnknownLabel(declaredLabel, "the page's <meta> charset"));
        }

        // 4. Fallback.
        return Finish(bytes, Encoding.UTF8, "fallback", diagnostics);
    }

    /// <summary>Maps a charset label (including the nonsense ones real pages use) to an encoding, or null.</summary>
    public static Encoding? ResolveLabel(string label)
    {
        var l = label.Trim().Trim('"', '\'').Trim().ToUpperInvariant();
        if (l.Length == 0)
        {
            return null;
        }

        // "windows-utf-8", "utf8", "x-utf-8": every label naming UTF-8 means UTF-8.
        if (l.Contains("UTF-8", StringComparison.Ordinal) || l.Contains("UTF8", StringComparison.Ordinal))
        {
            return Encoding.UTF8;
        }

        // The WHATWG encoding standard decodes these Latin-1 labels as windows-1252.
        if (l is "ISO-8859-1" or "LATIN1" or "L1" or "US-ASCII" or "ASCII" or "ISO8859-1")
        {
            return Encoding.GetEncoding(1252);
        }

        if (l is "CP1256" or "WIN-1256" or "WINDOWS1256" or "ARABIC" or "X-CP1256")
        {
            return Encoding.GetEncoding(1256);
        }

        try
        {
            return Encoding.GetEncoding(l.ToLowerInvariant());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? FindDeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        var ascii = Encoding.Latin1.GetString(head);
        var match = MetaCharset().Match(ascii);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static DecodedText Finish(ReadOnlySpan<byte> bytes, Encoding encoding, string reason, List<ParseDiagnostic> diagnostics)
    {
        if (encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return new DecodedText(encoding.GetString(bytes), encoding, reason, diagnostics);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new DecodedText(StrictUtf8.GetString(bytes), Encoding.UTF8, reason, diagnostics);
        }

        // Not valid UTF-8. Text that is mostly good UTF-8 with a few broken sequences is damaged UTF-8 (a cp1252
        // round trip turns ف into D9 3F); text without any multi-byte sequence is a legacy single-byte page.
        var (valid, invalid) = CountSequences(bytes);
        if (valid == 0 || (reason == "fallback" && valid < invalid))
        {
            var arabic = Encoding.GetEncoding(1256);
            diagnostics.Add(new ParseDiagnostic
            {
                Code = "encoding.fallback",
                Severity = DiagnosticSeverity.Info,
                Message = "The bytes are not UTF-8; they were read as windows-1256.",
            });
            return new DecodedText(arabic.GetString(bytes), arabic, "fallback", diagnostics);
        }

        diagnostics.Add(new ParseDiagnostic
        {
            Code = "encoding.damaged",
            Severity = DiagnosticSeverity.Error,
            Message = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The text was damaged: {invalid} byte sequences are not valid UTF-8 (for example after a cp1252 round trip); they were replaced with U+FFFD."),
        });
        return new DecodedText(LossyUtf8.GetString(bytes), Encoding.UTF8, reason, diagnostics);
    }

    /// <summary>Counts well-formed multi-byte UTF-8 sequences and broken ones.</summary>
    internal static (int Valid, int Invalid) CountSequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0, i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            i += Math.Max(consumed, 1);
        }

        return (valid, invalid);
    }

    private static ParseDiagnostic UnknownLabel(string label, string where) => new()
    {
        Code = "encoding.label-unknown",
        Severity = DiagnosticSeverity.Warning,
        Message = $"The charset '{label}' ({where}) is not a known encoding; it was ignored.",
    };
}
