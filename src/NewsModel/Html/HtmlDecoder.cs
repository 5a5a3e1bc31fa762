using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsModel.Html;

/// <summary>The text of a page decoded from bytes, the encoding used and why.</summary>
internal sealed record DecodedText(string Text, Encoding Encoding, string Reason, IReadOnlyList<ParseDiagnostic> Diagnostics);

/// <summary>
/// A page decoded into an array rented from <see cref="ArrayPool{T}.Shared"/>: a page's text is usually longer than
/// 42,500 characters, so a string of it would be allocated on the large object heap, and a batch of such pages makes
/// the GC run full background collections to reclaim them. Dispose it once nothing reads <see cref="Chars"/> any more
/// (the document parsed from it included).
/// </summary>
internal sealed class PooledText : IDisposable
{
    private char[]? _buffer;

    public PooledText(char[] buffer, int length, Encoding encoding, IReadOnlyList<ParseDiagnostic> diagnostics)
    {
        _buffer = buffer;
        Chars = buffer.AsMemory(0, length);
        Encoding = encoding;
        Diagnostics = diagnostics;
    }

    /// <summary>The decoded text.</summary>
    public ReadOnlyMemory<char> Chars { get; private set; }

    /// <summary>The encoding used.</summary>
    public Encoding Encoding { get; }

    /// <summary>What was noticed while decoding.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; }

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            Chars = ReadOnlyMemory<char>.Empty;
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}

/// <summary>
/// Turns a page's bytes into text. Order: a byte-order mark, the caller's charset hint (the HTTP header), a
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration in the first bytes, then a fallback: UTF-8 when the
/// bytes are valid UTF-8, windows-1256 (the legacy Persian/Arabic code page) when they look single-byte, else UTF-8
/// with the broken sequences replaced and an error diagnostic that the text was damaged.
/// </summary>
internal static partial class HtmlDecoder
{
    private const int PrescanBytes = 4096;

    private static readonly Encoding LossyUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    /// <summary>Decodes <paramref name="bytes"/> into a string; never throws.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? charsetHint)
    {
        var choice = Choose(bytes, charsetHint);
        var payload = choice.Restored ?? bytes[choice.Skip..];
        return new DecodedText(choice.Decoder.GetString(payload), choice.Encoding, choice.Reason, choice.Diagnostics);
    }

    /// <summary>Decodes <paramref name="bytes"/> into an array rented from the shared pool; never throws.</summary>
    public static PooledText DecodePooled(ReadOnlySpan<byte> bytes, string? charsetHint)
    {
        var choice = Choose(bytes, charsetHint);
        var payload = choice.Restored ?? bytes[choice.Skip..];
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, choice.Decoder.GetMaxCharCount(payload.Length)));
        var length = choice.Decoder.GetChars(payload, buffer);
        return new PooledText(buffer, length, choice.Encoding, choice.Diagnostics);
    }

    /// <summary>
    /// The encoding chosen for a page: <see cref="Encoding"/> is the one reported, <see cref="Decoder"/> the one that
    /// decodes (replacing broken sequences), after <see cref="Skip"/> bytes of byte-order mark.
    /// </summary>
    /// <remarks><see cref="Restored"/>: the bytes after the mark with every D9 3F read as D9 81 (see <see cref="LostFeh"/>), decoded in their place.</remarks>
    private sealed record Choice(Encoding Encoding, Encoding Decoder, int Skip, string Reason, List<ParseDiagnostic> Diagnostics, byte[]? Restored = null);

    // «ف» (U+0641) is D9 81 in UTF-8. Windows-1252 has no character for 0x81, so a page decoded as cp1252 and encoded
    // back writes "?" (0x3F) for it: every «ف» becomes D9 3F, which is not UTF-8. Four other bytes cp1252 lacks (8D, 8F,
    // 90, 9D) follow D9 in UTF-8 too, but for harakat (kasratan, damma, kasra) that news text rarely writes: in the
    // corpus's intact Persian pages «ف» outnumbers them 1,178 to 11.
    private static ReadOnlySpan<byte> LostFehBytes => [0xD9, 0x3F];

    private static ReadOnlySpan<byte> FehBytes => [0xD9, 0x81];

    // A page repaired needs this many lost «ف» at least: a few broken bytes are damage of another kind.
    private const int MinLostFeh = 3;

    /// <summary>
    /// How many «ف» a cp1252 round trip turned into D9 3F, when the page shows that round trip: such pairs and no
    /// intact «ف» at all (a page that kept some «ف» lost its other bytes some other way). Else 0.
    /// </summary>
    internal static int LostFeh(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf(FehBytes) >= 0)
        {
            return 0;
        }

        var lost = bytes.Count(LostFehBytes);
        return lost >= MinLostFeh ? lost : 0;
    }

    private static byte[] WithFehRestored(ReadOnlySpan<byte> bytes)
    {
        var copy = bytes.ToArray();
        for (var i = copy.AsSpan().IndexOf(LostFehBytes); i >= 0;)
        {
            copy[i + 1] = 0x81;
            var next = copy.AsSpan(i + 2).IndexOf(LostFehBytes);
            i = next < 0 ? -1 : i + 2 + next;
        }

        return copy;
    }

    private static Choice Choose(ReadOnlySpan<byte> bytes, string? charsetHint)
    {
        var diagnostics = new List<ParseDiagnostic>();

        // 1. Byte-order mark: it wins over every declaration.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Finish(bytes, 3, Encoding.UTF8, "bom", diagnostics);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new Choice(Encoding.Unicode, Encoding.Unicode, 2, "bom", diagnostics);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Choice(Encoding.BigEndianUnicode, Encoding.BigEndianUnicode, 2, "bom", diagnostics);
        }

        // UTF-16 without a mark: a .NET caller's Encoding.Unicode.GetBytes. No other encoding puts zero bytes in text.
        if (BinaryInput.Utf16WithoutMark(bytes) is { } utf16)
        {
            diagnostics.Add(new ParseDiagnostic
            {
                Code = "encoding.utf16-unmarked",
                Severity = DiagnosticSeverity.Info,
                Message = $"The bytes are {utf16.WebName} without a byte-order mark; they were read as such.",
            });
            return new Choice(utf16, utf16, 0, "sniffed", diagnostics);
        }

        // 2. The caller's hint, 3. the page's own declaration.
        if (charsetHint is not null)
        {
            var hinted = ResolveLabel(charsetHint);
            if (hinted is not null)
            {
                return Finish(bytes, 0, hinted, "hint", diagnostics);
            }

            diagnostics.Add(UnknownLabel(charsetHint, "the caller's charset"));
        }

        var declaredLabel = FindDeclaredCharset(bytes);
        if (declaredLabel is not null)
        {
            var declared = ResolveLabel(declaredLabel);

            // A <meta> was found by reading the bytes as ASCII, so the page is not UTF-16 whatever it says: browsers
            // read it as UTF-8 (HTML's prescan). UTF-32 and UTF-7 are not encodings of the web: the label is ignored.
            if (declared?.CodePage is 1200 or 1201)
            {
                declared = Encoding.UTF8;
            }
            else if (declared?.CodePage is 12000 or 12001 or 65000)
            {
                declared = null;
            }

            if (declared is not null)
            {
                return Finish(bytes, 0, declared, "meta", diagnostics);
            }

            diagnostics.Add(UnknownLabel(declaredLabel, "the page's <meta> charset"));
        }

        // 4. Fallback.
        return Finish(bytes, 0, Encoding.UTF8, "fallback", diagnostics);
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
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Unknown, or known and refused (.NET refuses UTF-7: a page declaring it crashed the parse).
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

    // How many multi-byte UTF-8 sequences outweigh a single-byte label (a sentence of Persian holds more).
    private const int MinSequences = 32;

    private static Choice Finish(ReadOnlySpan<byte> all, int skip, Encoding encoding, string reason, List<ParseDiagnostic> diagnostics)
    {
        if (encoding.CodePage != Encoding.UTF8.CodePage)
        {
            // A single-byte label (windows-1256, windows-1252, …) on bytes that are valid UTF-8 with many multi-byte
            // sequences: a legacy page is never that (in windows-1256 a Persian letter is followed by another letter,
            // not by a continuation byte), a template's stale label or a server's default is. Read as UTF-8.
            if (encoding.IsSingleByte && System.Text.Unicode.Utf8.IsValid(all[skip..]) && CountSequences(all[skip..]) is { Valid: >= MinSequences } counted)
            {
                diagnostics.Add(new ParseDiagnostic
                {
                    Code = "encoding.label-overridden",
                    Severity = DiagnosticSeverity.Warning,
                    Message = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"The {(reason == "hint" ? "caller's charset" : "page's <meta> charset")} says {encoding.WebName}, but the bytes are valid UTF-8 ({counted.Valid} multi-byte sequences): read as UTF-8."),
                });
                return new Choice(Encoding.UTF8, LossyUtf8, skip, reason, diagnostics);
            }

            return new Choice(encoding, encoding, skip, reason, diagnostics);
        }

        var bytes = all[skip..];
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return new Choice(Encoding.UTF8, LossyUtf8, skip, reason, diagnostics);
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
            return new Choice(arabic, arabic, skip, "fallback", diagnostics);
        }

        // A cp1252 round trip that took every «ف»: restored, and said so; what else is broken stays damaged.
        var lostFeh = LostFeh(bytes);
        byte[]? restored = null;
        if (lostFeh > 0)
        {
            diagnostics.Add(new ParseDiagnostic
            {
                Code = "encoding.repaired",
                Severity = DiagnosticSeverity.Warning,
                Message = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The text went through a cp1252 round trip that turns «ف» (D9 81) into D9 3F, and no intact «ف» is left: {lostFeh} such byte pairs were read as «ف». A kasra, damma or kasratan lost the same way (rare in news text) reads as «ف» too."),
            });
            restored = WithFehRestored(bytes);
            invalid = CountSequences(restored).Invalid;
            if (invalid == 0)
            {
                return new Choice(Encoding.UTF8, LossyUtf8, skip, reason, diagnostics, restored);
            }
        }

        diagnostics.Add(new ParseDiagnostic
        {
            Code = "encoding.damaged",
            Severity = DiagnosticSeverity.Error,
            Message = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The text was damaged: {invalid} byte sequences are not valid UTF-8 (for example after a cp1252 round trip); they were replaced with U+FFFD."),
        });
        return new Choice(Encoding.UTF8, LossyUtf8, skip, reason, diagnostics, restored);
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
