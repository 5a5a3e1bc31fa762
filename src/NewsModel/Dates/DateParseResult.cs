using System.Diagnostics.CodeAnalysis;

namespace NewsModel.Dates;

/// <summary>The outcome of <see cref="NewsDateParser.Parse(ReadOnlySpan{char}, DateParseOptions?)"/>: a <see cref="DateMatch"/> or a <see cref="DateParseError"/>. Never thrown.</summary>
public readonly struct DateParseResult : IEquatable<DateParseResult>
{
    private readonly DateMatch _value;

    private DateParseResult(DateMatch value, DateParseError? error)
    {
        _value = value;
        Error = error;
    }

    /// <summary>Whether a date was read.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>The failure, or null on success.</summary>
    public DateParseError? Error { get; }

    /// <summary>The date; throws <see cref="InvalidOperationException"/> (with the reason) when parsing failed.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure.</exception>
    public DateMatch Value => Success ? _value : throw new InvalidOperationException("The text is not a date: " + Error);

    /// <summary>Gets the date without throwing.</summary>
    /// <param name="value">The date on success; default otherwise.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue(out DateMatch value)
    {
        value = _value;
        return Success;
    }

    /// <summary>The date, or null on failure.</summary>
    /// <returns>The date or null.</returns>
    public DateMatch? GetValueOrDefault() => Success ? _value : null;

    internal static DateParseResult Ok(DateMatch value) => new(value, null);

    internal static DateParseResult Fail(DateParseError error) => new(default, error);

    /// <summary>"Success: …" or the error.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Success ? "Success: " + _value : Error.ToString();

    /// <inheritdoc/>
    public bool Equals(DateParseResult other) => _value.Equals(other._value) && Equals(Error, other.Error);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DateParseResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, Error);

    /// <summary>Equality.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">A result.</param>
    /// <returns>Whether both are the same success or the same failure.</returns>
    public static bool operator ==(DateParseResult left, DateParseResult right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">A result.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DateParseResult left, DateParseResult right) => !left.Equals(right);
}
