using System.Buffers;
using System.IO.Compression;

namespace NewsModel.Archives;

/// <summary>
/// Decompresses gzip data, and at its end throws <see cref="InvalidDataException"/> when the data stopped inside a
/// member: a file cut short. <see cref="GZipStream"/> alone returns the part it could read and no error.
/// </summary>
/// <remarks>
/// A small gzip member of known content (<see cref="Marker"/>) is read after the caller's data. When the caller's last
/// member is complete, the marker decompresses as a member of its own and is held back from the output; when that
/// member was cut, the inflater reads the marker's bytes as the rest of the cut member and fails its checksum, or
/// runs out of input without producing the marker. Data after the last member that is not gzip (padding, garbage)
/// stops <see cref="GZipStream"/> before the marker too, and is reported the same way, as gzip's own tool warns of it.
/// </remarks>
internal sealed class CompleteGzipStream : ReadOnlyStream
{
    private const int BufferSize = 16 * 1024;

    private static readonly byte[] MarkerMember = Compress(Marker);

    private readonly GZipStream _inner;
    private readonly bool _notGzip;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _start;
    private int _end;
    private bool _ended;
    private string? _failure;
    private InvalidDataException? _cause;

    /// <summary>Creates a stream over gzip data.</summary>
    /// <param name="compressed">The gzip data.</param>
    /// <param name="leaveOpen">Whether disposing this stream leaves <paramref name="compressed"/> open.</param>
    public CompleteGzipStream(Stream compressed, bool leaveOpen = false)
    {
        // The signature is checked first: for data that is not gzip at all, GZipStream's own message speaks of an
        // "unsupported compression method". No data at all stays no data, as GZipStream reads it.
        var start = new byte[2];
        var read = compressed.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        _notGzip = read > 0 && !HasSignature(start.AsSpan(0, read));
        _inner = new GZipStream(new JoinedStream(start[..read], compressed, MarkerMember, leaveOpen), CompressionMode.Decompress, leaveOpen: false);
    }

    /// <summary>Whether the bytes start with gzip's signature (1F 8B): the one test of it in the library and the tool.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]);

    /// <summary>What the marker member decompresses to: bytes no page is expected to end with.</summary>
    private static ReadOnlySpan<byte> Marker => "\0NewsModel\u0001gz\u0002end"u8;

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_notGzip)
        {
            throw new InvalidDataException("The data is not gzip: it does not start with gzip's signature (1F 8B).");
        }

        if (buffer.IsEmpty)
        {
            return 0;
        }

        // Always hold back the last Marker.Length bytes decompressed: they are the marker when the data is complete.
        while (_end - _start <= Marker.Length && !_ended)
        {
            if (_start > 0)
            {
                _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
                _end -= _start;
                _start = 0;
            }

            int read;
            try
            {
                read = _inner.Read(_buffer.AsSpan(_end));
            }
            catch (InvalidDataException e)
            {
                // GZipStream's own message names the first thing it could not read ("unsupported compression method"
                // when a cut member runs into the next bytes), which misleads more than it says. What it gave before
                // the failure is given out first (a WARC's record before a damaged member is whole).
                _ended = true;
                _failure = "The gzip data is damaged or cut short: it does not inflate to its end.";
                _cause = e;
                break;
            }

            if (read == 0)
            {
                _ended = true;
                if (_end - _start >= Marker.Length && _buffer.AsSpan(_end - Marker.Length, Marker.Length).SequenceEqual(Marker))
                {
                    _end -= Marker.Length;
                }
                else
                {
                    // What is held back is given out first, and the error comes on the read after: when GZipStream
                    // stopped at bytes that start no member, everything before them is whole (a WARC's last record
                    // before a damaged member is then read, and the error follows it). A member that was cut may
                    // end in a few bytes inflated from the marker instead; its reader gets the error all the same.
                    _failure = "The gzip data stops inside a member: the file is cut short (or has bytes after its last member).";
                }
            }

            _end += read;
        }

        var available = _ended ? _end - _start : _end - _start - Marker.Length;
        if (available == 0 && _failure is not null)
        {
            throw new InvalidDataException(_failure, _cause);
        }

        var count = Math.Min(buffer.Length, available);
        _buffer.AsSpan(_start, count).CopyTo(buffer);
        _start += count;
        return count;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length != 0)
        {
            _inner.Dispose();
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        base.Dispose(disposing);
    }

    private static byte[] Compress(ReadOnlySpan<byte> content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.NoCompression, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return output.ToArray();
    }
}
