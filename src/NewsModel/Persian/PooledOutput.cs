using System.Buffers;

namespace NewsModel.Persian;

/// <summary>
/// The output of one normalization pass. While the output equals a prefix of the input it only counts; the first
/// difference copies that prefix into a pooled buffer. So text that needs no change costs no allocation and comes
/// back as the same instance.
/// </summary>
internal ref struct PooledOutput
{
    private readonly ReadOnlySpan<char> _input;
    private char[]? _buffer;

    public PooledOutput(ReadOnlySpan<char> input)
    {
        _input = input;
        _buffer = null;
        Length = 0;
    }

    /// <summary>The number of characters written.</summary>
    public int Length { get; private set; }

    /// <summary>Whether the output has diverged from the input.</summary>
    public readonly bool Materialized => _buffer is not null;

    /// <summary>The last character written, or '\0'.</summary>
    public readonly char Last => Length == 0 ? '\0' : this[Length - 1];

    public readonly char this[int index] => _buffer is null ? _input[index] : _buffer[index];

    public readonly ReadOnlySpan<char> Slice(int start, int length) =>
        _buffer is null ? _input.Slice(start, length) : _buffer.AsSpan(start, length);

    public void Append(char c)
    {
        if (_buffer is null)
        {
            if (Length < _input.Length && _input[Length] == c)
            {
                Length++;
                return;
            }

            Materialize(Length + 1);
        }
        else if (Length == _buffer.Length)
        {
            Grow(Length + 1);
        }

        _buffer![Length++] = c;
    }

    /// <summary>Appends a run; while the output still equals the input this is one comparison (often of the same memory).</summary>
    public void Append(scoped ReadOnlySpan<char> run)
    {
        if (_buffer is null)
        {
            if (_input.Length - Length >= run.Length && _input.Slice(Length, run.Length).SequenceEqual(run))
            {
                Length += run.Length;
                return;
            }

            Materialize(Length + run.Length);
        }
        else if (_buffer.Length - Length < run.Length)
        {
            Grow(Length + run.Length);
        }

        run.CopyTo(_buffer.AsSpan(Length));
        Length += run.Length;
    }

    public void RemoveLast() => Length--;

    public void Set(int index, char c)
    {
        if (_buffer is null)
        {
            if (_input[index] == c)
            {
                return;
            }

            Materialize(Length);
        }

        _buffer![index] = c;
    }

    public void Insert(int index, char c)
    {
        if (_buffer is null)
        {
            Materialize(Length + 1);
        }
        else if (Length == _buffer.Length)
        {
            Grow(Length + 1);
        }

        Array.Copy(_buffer!, index, _buffer!, index + 1, Length - index);
        _buffer![index] = c;
        Length++;
    }

    /// <summary>The result: <paramref name="original"/> itself when nothing changed.</summary>
    public readonly string ToString(string? original)
    {
        if (_buffer is not null)
        {
            return new string(_buffer, 0, Length);
        }

        if (original is not null && Length == original.Length)
        {
            return original;
        }

        return original is not null ? original[..Length] : new string(_input[..Length]);
    }

    /// <summary>Copies the result into <paramref name="destination"/> when it fits.</summary>
    public readonly bool TryCopyTo(Span<char> destination, out int written)
    {
        written = 0;
        if (destination.Length < Length)
        {
            return false;
        }

        Slice(0, Length).CopyTo(destination);
        written = Length;
        return true;
    }

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = null;
        }
    }

    private void Materialize(int needed)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(Math.Max(needed, _input.Length + (_input.Length >> 4) + 16), 64));
        _input[..Length].CopyTo(_buffer);
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer!.Length * 2));
        _buffer.AsSpan(0, Length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
