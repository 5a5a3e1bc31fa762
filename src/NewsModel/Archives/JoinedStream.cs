namespace NewsModel.Archives;

/// <summary>
/// A read-only stream that returns a few bytes of its own, then an inner stream, then a few more bytes: bytes already
/// taken from the inner stream to look at, put back in front of it, or a marker read after it.
/// </summary>
internal sealed class JoinedStream(byte[] prefix, Stream inner, byte[] suffix, bool leaveOpen) : ReadOnlyStream
{
    private int _prefixPosition;
    private int _suffixPosition = -1;

    /// <summary>The prefix, then the inner stream.</summary>
    public static JoinedStream Prefixed(byte[] prefix, Stream inner, bool leaveOpen) => new(prefix, inner, [], leaveOpen);

    public override int Read(Span<byte> buffer)
    {
        if (_prefixPosition < prefix.Length)
        {
            var take = Math.Min(buffer.Length, prefix.Length - _prefixPosition);
            prefix.AsSpan(_prefixPosition, take).CopyTo(buffer);
            _prefixPosition += take;
            return take;
        }

        if (_suffixPosition < 0)
        {
            var read = inner.Read(buffer);
            if (read > 0 || buffer.IsEmpty)
            {
                return read;
            }

            _suffixPosition = 0;
        }

        var rest = Math.Min(buffer.Length, suffix.Length - _suffixPosition);
        suffix.AsSpan(_suffixPosition, rest).CopyTo(buffer);
        _suffixPosition += rest;
        return rest;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
