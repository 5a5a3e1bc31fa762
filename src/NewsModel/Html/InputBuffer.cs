using System.Buffers;

namespace NewsModel.Html;

/// <summary>
/// A caller's stream read to its end into an array rented from the shared pool, up to a bound: a stream may be
/// endless (a misbehaving server, a pipe), so reading stops one byte past the bound and reports it instead of
/// exhausting memory. The bytes are only needed until the page is decoded and parsed; dispose to return the array.
/// </summary>
internal sealed class InputBuffer : IDisposable
{
    private const int FirstChunk = 64 * 1024;

    private byte[] _array;
    private int _length;

    private InputBuffer(int capacity)
    {
        _array = ArrayPool<byte>.Shared.Rent(capacity);
    }

    /// <summary>The bytes read, or nothing when <see cref="TooLarge"/>.</summary>
    public ReadOnlyMemory<byte> Memory => TooLarge ? ReadOnlyMemory<byte>.Empty : _array.AsMemory(0, _length);

    /// <summary>Whether the stream held more than the bound (reading stopped there).</summary>
    public bool TooLarge { get; private set; }

    /// <summary>Reads <paramref name="stream"/> to its end, or until it has given more than <paramref name="limit"/> bytes.</summary>
    public static InputBuffer Read(Stream stream, long limit)
    {
        var input = new InputBuffer(FirstCapacity(stream, limit));
        try
        {
            int read;
            do
            {
                read = stream.Read(input.Free(limit).Span);
            }
            while (input.Advance(read, limit));

            return input;
        }
        catch
        {
            // The caller's stream failed: its error goes to the caller, the array back to the pool.
            input.Dispose();
            throw;
        }
    }

    /// <inheritdoc cref="Read"/>
    public static async ValueTask<InputBuffer> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        var input = new InputBuffer(FirstCapacity(stream, limit));
        try
        {
            int read;
            do
            {
                read = await stream.ReadAsync(input.Free(limit), cancellationToken).ConfigureAwait(false);
            }
            while (input.Advance(read, limit));

            return input;
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A parser's stream overloads: the stream read within the bound and its bytes parsed, or, past the bound,
    /// <paramref name="empty"/> with a <c>page.tooLarge</c> error.
    /// </summary>
    public static ParseResult<T> Parse<T>(Stream stream, long limit, T empty, Func<ReadOnlyMemory<byte>, ParseResult<T>> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = Read(stream, limit);
        return input.TooLarge ? new ParseResult<T>(empty, [TooLargeDiagnostic(limit)]) : parse(input.Memory);
    }

    /// <inheritdoc cref="Parse"/>
    public static async Task<ParseResult<T>> ParseAsync<T>(Stream stream, long limit, T empty, Func<ReadOnlyMemory<byte>, ParseResult<T>> parse, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = await ReadAsync(stream, limit, cancellationToken).ConfigureAwait(false);
        return input.TooLarge ? new ParseResult<T>(empty, [TooLargeDiagnostic(limit)]) : parse(input.Memory);
    }

    // The error for a stream past its bound (the batch reader's code for a page too large).
    private static ParseDiagnostic TooLargeDiagnostic(long limit) => new()
    {
        Code = "page.tooLarge",
        Severity = DiagnosticSeverity.Error,
        Message = $"The input is longer than {limit.ToString(System.Globalization.CultureInfo.InvariantCulture)} bytes (the parser's MaxInputLength); it was not parsed.",
    };

    public void Dispose()
    {
        var array = _array;
        _array = [];
        if (array.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

    // The largest length held: one byte past the bound tells a stream of exactly the bound from a longer one.
    private static long Cap(long limit) => Math.Clamp(limit + 1, 1, Array.MaxLength);

    // A seekable stream says how much is left; others start with a chunk that fits most pages.
    private static int FirstCapacity(Stream stream, long limit)
    {
        var guess = FirstChunk;
        if (stream.CanSeek)
        {
            try
            {
                guess = (int)Math.Clamp(stream.Length - stream.Position + 1, 1, FirstChunk * 16);
            }
            catch (NotSupportedException)
            {
                // A stream that seeks but cannot tell its length.
            }
        }

        return (int)Math.Min(guess, Cap(limit));
    }

    // The space to read into, grown (doubling, up to the cap) when full.
    private Memory<byte> Free(long limit)
    {
        if (_length == _array.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_array.Length * 2, Cap(limit)));
            _array.AsSpan(0, _length).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(_array);
            _array = grown;
        }

        return _array.AsMemory(_length, (int)Math.Min(_array.Length, Cap(limit)) - _length);
    }

    // Counts what was read; false once the stream ended or the bound was passed.
    private bool Advance(int read, long limit)
    {
        _length += read;
        if (_length > Math.Max(limit, 0) || (read > 0 && _length == Array.MaxLength))
        {
            TooLarge = true;
            return false;
        }

        return read > 0;
    }
}
