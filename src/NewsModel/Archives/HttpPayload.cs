using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsModel.Archives;

/// <summary>An HTTP response as stored in a WARC <c>response</c> record: status, headers and the decoded payload.</summary>
public sealed class HttpPayload
{
    private const int MaxDecodedLength = 256 * 1024 * 1024;

    private HttpPayload(int statusCode, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, bool bodyTruncated = false)
    {
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
        IsBodyTruncated = bodyTruncated;
    }

    /// <summary>The status code (200, 301, 404, …).</summary>
    public int StatusCode { get; }

    /// <summary>The response headers in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    /// <summary>The payload, with chunked transfer coding and gzip/deflate/brotli content coding removed.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>
    /// Whether the body ends early: a chunked body without its last chunk (or with a chunk shorter than its size), or
    /// a gzip-coded body inside its last member. The response was cut on its way, and <see cref="Body"/> holds the part
    /// there is. <c>GZipStream</c> alone says nothing of a cut, and a crawler that stores what it received may not mark
    /// the record <c>WARC-Truncated</c>.
    /// </summary>
    public bool IsBodyTruncated { get; }

    /// <summary>The media type without parameters (<c>text/html</c>), lower-case, when the response declares one.</summary>
    public string? MediaType
    {
        get
        {
            var value = GetHeader("Content-Type");
            if (value is null)
            {
                return null;
            }

            var semicolon = value.IndexOf(';', StringComparison.Ordinal);
            var media = (semicolon < 0 ? value : value[..semicolon]).Trim();
            return media.Length == 0 ? null : media.ToLowerInvariant();
        }
    }

    /// <summary>The charset the <c>Content-Type</c> header declares, when it declares one.</summary>
    public string? Charset
    {
        get
        {
            var value = GetHeader("Content-Type");
            if (value is null)
            {
                return null;
            }

            foreach (var part in value.Split(';'))
            {
                var p = part.Trim();
                if (p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))
                {
                    var charset = p["charset=".Length..].Trim().Trim('"', '\'');
                    return charset.Length == 0 ? null : charset;
                }
            }

            return null;
        }
    }

    /// <summary>The value of a response header, matched without regard to case.</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The first value, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string? GetHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var pair in Headers)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>Reads an HTTP response message (status line, headers, blank line, payload).</summary>
    /// <param name="message">The message bytes.</param>
    /// <param name="payload">The response, when it could be read.</param>
    /// <returns>Whether <paramref name="message"/> is a readable HTTP response.</returns>
    public static bool TryParse(ReadOnlyMemory<byte> message, out HttpPayload? payload)
    {
        payload = null;
        var span = message.Span;
        var lineEnd = span.IndexOf((byte)'\n');
        if (lineEnd < 0 || !span.StartsWith("HTTP/"u8))
        {
            return false;
        }

        var statusLine = Encoding.ASCII.GetString(span[..lineEnd]).TrimEnd('\r');
        var parts = statusLine.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return false;
        }

        var headers = new List<KeyValuePair<string, string>>();
        var position = lineEnd + 1;
        while (true)
        {
            if (position >= span.Length)
            {
                // Headers without a body: a valid, empty response.
                payload = new HttpPayload(status, headers, ReadOnlyMemory<byte>.Empty);
                return true;
            }

            var rest = span[position..];
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            position += end < 0 ? rest.Length : end + 1;
            if (line.Length > 0 && line[^1] == '\r')
            {
                line = line[..^1];
            }

            if (line.IsEmpty)
            {
                break;
            }

            var colon = line.IndexOf((byte)':');
            if (colon > 0)
            {
                headers.Add(new(Encoding.Latin1.GetString(line[..colon]).Trim(), Encoding.Latin1.GetString(line[(colon + 1)..]).Trim()));
            }
        }

        var body = message[position..];
        var response = new HttpPayload(status, headers, body);
        var chunkCut = false;
        if (response.GetHeader("Transfer-Encoding") is { } te && te.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            && TryDechunk(body.Span, out var dechunked, out chunkCut))
        {
            body = dechunked;
        }

        var codingCut = false;
        if (response.GetHeader("Content-Encoding") is { } ce && TryDecode(ce.Trim(), body, out var decoded, out codingCut))
        {
            body = decoded;
        }

        payload = new HttpPayload(status, headers, body, chunkCut || codingCut);
        return true;
    }

    // Chunked transfer coding removed. A body cut on its way (a chunk shorter than its size, a size line cut, no last
    // chunk of size 0) gives the chunks it holds and says it was cut; before, the failed read kept the body with its
    // chunk-size lines in the page's text, and a body without its last chunk passed for a whole one. A first size line
    // that is no size is no chunked body: the body stays as it is (an archive that stored it decoded).
    private static bool TryDechunk(ReadOnlySpan<byte> body, out ReadOnlyMemory<byte> result, out bool cut)
    {
        result = default;
        cut = false;
        using var output = new MemoryStream();
        var position = 0;
        var chunks = 0;
        var last = false;
        while (position < body.Length)
        {
            var end = body[position..].IndexOf((byte)'\n');
            var sizeText = end < 0 ? null : Encoding.ASCII.GetString(body.Slice(position, end)).Trim();
            var semicolon = sizeText?.IndexOf(';', StringComparison.Ordinal) ?? -1;
            if (semicolon >= 0)
            {
                sizeText = sizeText![..semicolon];
            }

            if (sizeText is null || !int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                if (chunks == 0)
                {
                    return false;
                }

                cut = true;
                break;
            }

            chunks++;
            position += end + 1;
            if (size == 0)
            {
                last = true;
                break;
            }

            if (position + size > body.Length)
            {
                output.Write(body[position..]);
                cut = true;
                break;
            }

            output.Write(body.Slice(position, size));
            position += size;
            if (position < body.Length && body[position] == '\r')
            {
                position++;
            }

            if (position < body.Length && body[position] == '\n')
            {
                position++;
            }
        }

        cut |= !last;
        result = output.ToArray();
        return true;
    }

    private static bool TryDecode(string coding, ReadOnlyMemory<byte> body, out ReadOnlyMemory<byte> result, out bool cut)
    {
        cut = false;
        var gzip = coding.ToUpperInvariant() is "GZIP" or "X-GZIP";
        if (TryDecode(coding, body, complete: gzip, out result))
        {
            return true;
        }

        // A gzip body that fails only the check that its last member ends was cut on its way: its first part is
        // read as GZipStream gives it (the checked read may end in bytes inflated past the cut), and said to be cut.
        if (gzip && CompleteGzipStream.HasSignature(body.Span)
            && TryDecode(coding, body, complete: false, out result) && result.Length > 0)
        {
            cut = true;
            return true;
        }

        // "deflate" means zlib-wrapped data, but some servers (old IIS among them) send raw deflate, and browsers read
        // it. Tried only when the body is no text already (a stored body already decoded keeps its header).
        return coding.Equals("DEFLATE", StringComparison.OrdinalIgnoreCase) && Html.BinaryInput.Describe(body.Span) is not null
            && TryDecode("RAW-DEFLATE", body, complete: false, out result) && result.Length > 0;
    }

    private static bool TryDecode(string coding, ReadOnlyMemory<byte> body, bool complete, out ReadOnlyMemory<byte> result)
    {
        result = default;
        try
        {
            using var input = new MemoryStream(body.ToArray(), writable: false);
            using Stream? decoder = coding.ToUpperInvariant() switch
            {
                "GZIP" or "X-GZIP" => complete ? new CompleteGzipStream(input) : new GZipStream(input, CompressionMode.Decompress),
                "DEFLATE" => new ZLibStream(input, CompressionMode.Decompress),
                "RAW-DEFLATE" => new DeflateStream(input, CompressionMode.Decompress),
                "BR" => new BrotliStream(input, CompressionMode.Decompress),
                _ => null,
            };
            if (decoder is null)
            {
                return false;
            }

            using var output = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = decoder.Read(buffer)) > 0)
            {
                if (output.Length + read > MaxDecodedLength)
                {
                    return false;
                }

                output.Write(buffer, 0, read);
            }

            result = output.ToArray();
            return true;
        }
        catch (InvalidDataException)
        {
            // Common Crawl stores payloads already decoded but keeps the header: the bytes are what they are.
            return false;
        }
    }
}
