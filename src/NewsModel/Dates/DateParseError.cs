namespace NewsModel.Dates;

/// <summary>Why and where parsing failed.</summary>
/// <param name="Kind">The kind of failure; test against this, not the message.</param>
/// <param name="Position">Index in the input of the character where the problem was found.</param>
/// <param name="Message">A human-readable reason in English, e.g. "Mehr 1402 has 30 days, so day 31 does not exist".</param>
public sealed record DateParseError(DateParseErrorKind Kind, int Position, string Message)
{
    /// <summary>"Kind at position: message".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind} at {Position}: {Message}";
}
