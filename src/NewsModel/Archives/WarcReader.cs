using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsModel.Archives;

/// <summary>Immutable options for <see cref="WarcReader"/>.</summary>
public sealed record WarcReaderOptions
{
    /// <summary>The defaults: records up to 64 MiB.</summary>
    public static WarcReaderOptions Default { get; } = new();

    /// <summary>
    /// The largest record block read into memory, in bytes (64 MiB by default). Larger records are skipped without
    /// being held in memory and reported as <see cref="WarcErrorKind.RecordTooLarge"/>.
    /// </summary>
    public long MaxRecordLength { get; init; } = 64L * 1024 * 1024;
}

/// <summary>
/// Reads WARC and WET archives (plain or gzip-compressed, one gzip member per record or one for the whole file)
/// record by record, streaming: only the current record is held in memory, so an archive of any size can be read.
/// A damaged archive never throws: a truncated record, a malformed header or a block that runs past its declared
/// length is reported as a <see cref="WarcReadError"/> with its position, and the reader goes on with the next
/// record it can find. Not thread-safe: one reader per archive.
/// </summary>
/// <example>
/// <code>
/// using var reader = WarcReader.Open("CC-MAIN-…-00000.warc.gz");
/// foreach (var entry in reader.ReadAll())
/// {
///     if (entry.Record is { Type: "response" } record &amp;&amp; record.TryGetHttpResponse(out var http))
///     {
///         var article = ArticleParser.Default.Parse(http!.Body, record.TargetUri, http.Charset).Value;
///     }
/// }
/// </code>
/// </example>
public sealed class WarcReader : IDisposable
{
    private const int BufferSize = 64 * 1024;
    private const int MaxLineLength = 64 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly WarcReaderOptions _options;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly Queue<WarcEntry> _pending = new();
    private int _position;
    private int _length;
    private long _consumed;
    private long _index;
    private bool _finished;
    private bool _afterBlock;
    private bool _resyncing;
    private string? _lastRecordId;

    /// <summary>Creates a reader over a stream of uncompressed WARC data (wrap gzip data in a <see cref="GZipStream"/> first, or use <see cref="Open(Stream, WarcReaderOptions?, bool)"/>).</summary>
    /// <param name="stream">The archive's bytes, read forward only.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether to leave <paramref name="stream"/> open when the reader is disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public WarcReader(Stream stream, WarcReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _options = options ?? WarcReaderOptions.Default;
        _leaveOpen = leaveOpen;
    }

    /// <summary>Opens an archive file, decompressing it when it is gzip (detected from its first bytes, not its name).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>A reader that owns the file handle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static WarcReader Open(string path, WarcReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        return Open(file, options, leaveOpen: false);
    }

    /// <summary>Wraps a stream that holds a plain or gzip-compressed archive (gzip is detected from the first bytes).</summary>
    /// <param name="stream">The archive's bytes.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <param name="leaveOpen">Whether to leave <paramref name="stream"/> open when the reader is disposed.</param>
    /// <returns>The reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static WarcReader Open(Stream stream, WarcReaderOptions? options = null, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Span<byte> magic = stackalloc byte[2];
        Stream input;
        int read;
        if (stream.CanSeek)
        {
            var start = stream.Position;
            read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            stream.Position = start;
            input = stream;
        }
        else
        {
            // A network or pipe stream: put the two bytes looked at back in front of it.
            read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            input = JoinedStream.Prefixed(magic[..read].ToArray(), stream, leaveOpen);
            leaveOpen = false;
        }

        if (CompleteGzipStream.HasSignature(magic[..read]))
        {
            // GZipStream reads concatenated members one after another: the usual one-member-per-record layout
            // streams record by record without ever holding more than the current record. It also stops, in silence,
            // at the first bytes that do not start a member (a damaged member header, garbage between members), and
            // every record after them was lost without a word: CompleteGzipStream says so at the end.
            return new WarcReader(new CompleteGzipStream(input, leaveOpen), options, leaveOpen: false);
        }

        return new WarcReader(input, options, leaveOpen);
    }

    /// <summary>Reads the next record or error.</summary>
    /// <returns>The next entry, or <see langword="null"/> at the end of the archive.</returns>
    public WarcEntry? Read()
    {
        if (_pending.Count > 0)
        {
            return _pending.Dequeue();
        }

        if (_finished)
        {
            return null;
        }

        try
        {
            ReadNext();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            _finished = true;
            _pending.Enqueue(Error(WarcErrorKind.Undecodable, _consumed, _lastRecordId, $"The archive cannot be read past this point: {e.Message}"));
        }

        return _pending.Count > 0 ? _pending.Dequeue() : null;
    }

    /// <summary>Reads every remaining record and error, streaming.</summary>
    /// <returns>The entries in archive order.</returns>
    public IEnumerable<WarcEntry> ReadAll()
    {
        while (Read() is { } entry)
        {
            yield return entry;
        }
    }

    /// <summary>Reads every remaining record, skipping errors (use <see cref="ReadAll"/> to see them).</summary>
    /// <returns>The records in archive order.</returns>
    public IEnumerable<WarcRecord> ReadRecords()
    {
        foreach (var entry in ReadAll())
        {
            if (entry.Record is not null)
            {
                yield return entry.Record;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private WarcEntry Error(WarcErrorKind kind, long offset, string? recordId, string message) =>
        new(null, new WarcReadError { Kind = kind, Offset = offset, Index = _index, RecordId = recordId, Message = message });

    // Whether the last ReadLine skipped a line longer than MaxLineLength.
    private bool _overLong;

    private void ReadNext()
    {
        var reportedGarbage = false;
        while (true)
        {
            var lineStart = _consumed;
            var line = ReadLine(out var eof);

            // An over-long line (null without the end) is garbage as much as a short one that is not a version line:
            // a file of 100 KB of zeros gave no record and no error at all.
            var garbage = line is null ? _overLong : !IsBlank(line) && !StartsWith(line, "WARC/"u8);
            if (garbage)
            {
                if (!reportedGarbage && !_resyncing)
                {
                    reportedGarbage = true;
                    if (_afterBlock)
                    {
                        // The bytes belong to the record just read: it keeps its index.
                        _pending.Enqueue(new WarcEntry(null, new WarcReadError
                        {
                            Kind = WarcErrorKind.MisplacedRecordEnd,
                            Offset = lineStart,
                            Index = _index - 1,
                            RecordId = _lastRecordId,
                            Message = "The record's block does not end where its Content-Length says; skipped to the next record.",
                        }));
                    }
                    else
                    {
                        _pending.Enqueue(Error(WarcErrorKind.MalformedHeader, lineStart, null, "Expected a WARC version line; skipped to the next record."));
                        _index++;
                    }
                }
            }

            if (line is null && eof)
            {
                _finished = true;
                return;
            }

            if (line is null || garbage || IsBlank(line))
            {
                continue;
            }

            _afterBlock = false;
            _resyncing = false;
            ReadRecord(Encoding.ASCII.GetString(TrimEnd(line)), lineStart);
            return;
        }
    }

    private void ReadRecord(string version, long start)
    {
        var headers = new List<KeyValuePair<string, string>>();
        string? lastName = null;
        while (true)
        {
            var line = ReadLine(out var eof);
            if (line is null)
            {
                if (eof)
                {
                    _finished = true;
                    _pending.Enqueue(Error(WarcErrorKind.Truncated, start, FindId(headers), "The archive ends inside a record header."));
                    _index++;
                    return;
                }

                continue;
            }

            var text = TrimEnd(line);
            if (text.Length == 0)
            {
                break;
            }

            if ((text[0] == ' ' || text[0] == '\t') && lastName is not null && headers.Count > 0)
            {
                // A continuation line (folded header).
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + " " + Encoding.UTF8.GetString(text).Trim());
                continue;
            }

            var colon = Array.IndexOf(text, (byte)':');
            if (colon <= 0)
            {
                continue;
            }

            lastName = Encoding.ASCII.GetString(text, 0, colon).Trim();
            headers.Add(new(lastName, Encoding.UTF8.GetString(text, colon + 1, text.Length - colon - 1).Trim()));
        }

        var id = FindId(headers);
        var lengthText = headers.FirstOrDefault(h => string.Equals(h.Key, "Content-Length", StringComparison.OrdinalIgnoreCase)).Value;
        if (!long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            _pending.Enqueue(Error(WarcErrorKind.MalformedHeader, start, id, "The record has no valid Content-Length; skipped to the next record."));
            _index++;
            _resyncing = true;
            return;
        }

        if (length > _options.MaxRecordLength)
        {
            var skipped = Skip(length);
            _index++;
            _afterBlock = true;
            _lastRecordId = id;
            _pending.Enqueue(skipped == length
                ? Error(WarcErrorKind.RecordTooLarge, start, id, $"The record's block ({length.ToString(CultureInfo.InvariantCulture)} bytes) is larger than MaxRecordLength; skipped.")
                : Error(WarcErrorKind.Truncated, start, id, CutShort(skipped, length)));
            _finished |= skipped != length;
            return;
        }

        var block = new byte[length];
        var filled = Fill(block);
        if (filled < length)
        {
            _finished = true;
            _pending.Enqueue(Error(WarcErrorKind.Truncated, start, id, CutShort(filled, length)));
            _index++;
            return;
        }

        _pending.Enqueue(new WarcEntry(new WarcRecord(version, headers, block, start, _index), null));
        _index++;
        _afterBlock = true;
        _lastRecordId = id;
    }

    private static string? FindId(List<KeyValuePair<string, string>> headers) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, "WARC-Record-ID", StringComparison.OrdinalIgnoreCase)).Value;

    private static bool IsBlank(byte[] line) => line.All(b => b is (byte)'\r' or (byte)'\n');

    private static bool StartsWith(byte[] line, ReadOnlySpan<byte> prefix) => line.AsSpan().StartsWith(prefix);

    private static byte[] TrimEnd(byte[] line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] is (byte)'\r' or (byte)'\n')
        {
            end--;
        }

        return end == line.Length ? line : line[..end];
    }

    private bool EnsureData()
    {
        if (_position < _length)
        {
            return true;
        }

        _length = _stream.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }

    /// <summary>Reads one line including its LF; <see langword="null"/> for an over-long line (skipped) or at the end.</summary>
    private byte[]? ReadLine(out bool eof)
    {
        eof = false;
        _overLong = false;
        List<byte[]>? parts = null;
        var total = 0;
        var tooLong = false;
        while (true)
        {
            if (!EnsureData())
            {
                eof = true;
                if (tooLong || (parts is null))
                {
                    return null;
                }

                return Concat(parts, total);
            }

            var span = _buffer.AsSpan(_position, _length - _position);
            var newline = span.IndexOf((byte)'\n');
            var take = newline < 0 ? span.Length : newline + 1;
            if (!tooLong)
            {
                if (total + take > MaxLineLength)
                {
                    tooLong = true;
                    _overLong = true;
                    parts = null;
                }
                else
                {
                    (parts ??= []).Add(span[..take].ToArray());
                    total += take;
                }
            }

            _position += take;
            _consumed += take;
            if (newline >= 0)
            {
                return tooLong ? null : Concat(parts!, total);
            }
        }
    }

    private static byte[] Concat(List<byte[]> parts, int total)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        var result = new byte[total];
        var offset = 0;
        foreach (var part in parts)
        {
            part.CopyTo(result, offset);
            offset += part.Length;
        }

        return result;
    }

    // Why a block ended early when the data itself failed (gzip cut or damaged inside the record), for its message.
    private string? _damage;

    // EnsureData for a block: data that fails inside it ends the block there, reported as a truncated record.
    private bool EnsureBlockData()
    {
        try
        {
            return EnsureData();
        }
        catch (InvalidDataException e)
        {
            _damage = e.Message;
            _length = _position = 0;
            return false;
        }
    }

    // Where the gzip data failed, the bytes inflated last may not be the record's (a cut member reads on into what
    // follows), so no count is claimed.
    private string CutShort(long present, long length) => _damage is null
        ? string.Create(CultureInfo.InvariantCulture, $"The archive ends inside a record: {present} of {length} bytes present.")
        : string.Create(CultureInfo.InvariantCulture, $"The archive ends inside a record of {length} bytes: {_damage}");

    private long Fill(byte[] block)
    {
        long filled = 0;
        while (filled < block.Length)
        {
            if (!EnsureBlockData())
            {
                break;
            }

            var take = (int)Math.Min(_length - _position, block.Length - filled);
            Buffer.BlockCopy(_buffer, _position, block, (int)filled, take);
            _position += take;
            _consumed += take;
            filled += take;
        }

        return filled;
    }

    private long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (!EnsureBlockData())
            {
                break;
            }

            var take = (int)Math.Min(_length - _position, count - skipped);
            _position += take;
            _consumed += take;
            skipped += take;
        }

        return skipped;
    }
}
