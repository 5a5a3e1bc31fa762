using System.Globalization;
using System.Text;

namespace NewsModel.Archives;

/// <summary>
/// One record of a WARC or WET file: its named header fields and its content block. Records are immutable; the
/// block is the record's own copy of the bytes, so it stays valid after the reader moves on.
/// </summary>
public sealed class WarcRecord
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _headers;

    internal WarcRecord(string version, IReadOnlyList<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> block, long offset, long index)
    {
        Version = version;
        _headers = headers;
        Block = block;
        Offset = offset;
        Index = index;
    }

    /// <summary>The version line (<c>WARC/1.0</c>, <c>WARC/1.1</c>).</summary>
    public string Version { get; }

    /// <summary>The header fields in file order (names as written; look them up with <see cref="GetHeader(string)"/>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

    /// <summary>The content block (for a <c>response</c> record: the HTTP status line, headers and payload).</summary>
    public ReadOnlyMemory<byte> Block { get; }

    /// <summary>Where the record starts, in bytes from the start of the (decompressed) archive.</summary>
    public long Offset { get; }

    /// <summary>The record's position in the archive, counting from 0 (records that could not be read count too).</summary>
    public long Index { get; }

    /// <summary>The record type (<c>WARC-Type</c>): <c>response</c>, <c>request</c>, <c>conversion</c>, <c>warcinfo</c>, ….</summary>
    public string Type => GetHeader("WARC-Type") ?? string.Empty;

    /// <summary>The record's id (<c>WARC-Record-ID</c>, for example <c>&lt;urn:uuid:…&gt;</c>).</summary>
    public string? RecordId => GetHeader("WARC-Record-ID");

    /// <summary>The captured address (<c>WARC-Target-URI</c>), when it is a valid absolute URI.</summary>
    public Uri? TargetUri
    {
        get
        {
            var value = GetHeader("WARC-Target-URI")?.Trim().Trim('<', '>');
            return value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri) ? uri : null;
        }
    }

    /// <summary>The capture time (<c>WARC-Date</c>), when present and valid.</summary>
    public DateTimeOffset? Date =>
        DateTimeOffset.TryParse(GetHeader("WARC-Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;

    /// <summary>The block's media type (<c>Content-Type</c>), for example <c>application/http; msgtype=response</c>.</summary>
    public string? ContentType => GetHeader("Content-Type");

    /// <summary>The value of a header field, matched without regard to case; the first one when repeated.</summary>
    /// <param name="name">The field name, for example <c>WARC-Target-URI</c>.</param>
    /// <returns>The value, or <see langword="null"/> when the record has no such field.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string? GetHeader(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var pair in _headers)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the block as an HTTP response (for <c>response</c> records whose block is <c>application/http</c>):
    /// status, headers and the payload, with chunked transfer coding removed.
    /// </summary>
    /// <param name="response">The response, when the block is one.</param>
    /// <returns>Whether the block is a readable HTTP response.</returns>
    public bool TryGetHttpResponse(out HttpPayload? response) => HttpPayload.TryParse(Block, out response);

    /// <summary>The block decoded as UTF-8 text (for <c>conversion</c> records of WET files, and metadata).</summary>
    /// <returns>The text; invalid bytes become U+FFFD.</returns>
    public string GetBlockText() => Encoding.UTF8.GetString(Block.Span);

    /// <inheritdoc />
    public override string ToString() => $"{Type} {RecordId} {GetHeader("WARC-Target-URI")} ({Block.Length} bytes at {Offset})";
}

/// <summary>What went wrong while reading an archive, and where: the reader reports it and goes on when it can.</summary>
public sealed record WarcReadError
{
    /// <summary>What kind of problem it is.</summary>
    public required WarcErrorKind Kind { get; init; }

    /// <summary>Where the problem was found, in bytes from the start of the (decompressed) archive.</summary>
    public required long Offset { get; init; }

    /// <summary>The position of the affected record, counting from 0.</summary>
    public required long Index { get; init; }

    /// <summary>The affected record's id, when its header could be read.</summary>
    public string? RecordId { get; init; }

    /// <summary>A human-readable explanation.</summary>
    public required string Message { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind} at record {Index.ToString(CultureInfo.InvariantCulture)} (offset {Offset.ToString(CultureInfo.InvariantCulture)}){(RecordId is null ? string.Empty : " " + RecordId)}: {Message}";
}

/// <summary>The kinds of problem an archive can have.</summary>
public enum WarcErrorKind
{
    /// <summary>The archive ends in the middle of a record (a cut download, a truncated gzip stream).</summary>
    Truncated,

    /// <summary>A record header is not valid WARC (no version line, no or bad <c>Content-Length</c>).</summary>
    MalformedHeader,

    /// <summary>A record's block does not end where its <c>Content-Length</c> says; the reader skipped to the next record.</summary>
    MisplacedRecordEnd,

    /// <summary>A record is larger than <see cref="WarcReaderOptions.MaxRecordLength"/>; it was skipped unread.</summary>
    RecordTooLarge,

    /// <summary>The bytes could not be decompressed or read at all; the rest of the archive is lost.</summary>
    Undecodable,
}

/// <summary>One step of reading an archive: a record, or an error the reader recovered from (or stopped at).</summary>
public sealed class WarcEntry
{
    internal WarcEntry(WarcRecord? record, WarcReadError? error)
    {
        Record = record;
        Error = error;
    }

    /// <summary>The record read, or <see langword="null"/> when this entry is an error.</summary>
    public WarcRecord? Record { get; }

    /// <summary>The error, or <see langword="null"/> when this entry is a record.</summary>
    public WarcReadError? Error { get; }
}
