namespace NewsModel;

/// <summary>Something the parser noticed about its input: a missing field, damaged text, a conflict it resolved.</summary>
public sealed record ParseDiagnostic
{
    /// <summary>A stable machine-readable code (for example <c>title.missing</c>, <c>encoding.damaged</c>).</summary>
    public required string Code { get; init; }

    /// <summary>How serious it is.</summary>
    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Info;

    /// <summary>The field it is about (its JSON name), when it is about one.</summary>
    public string? Field { get; init; }

    /// <summary>
    /// A human-readable explanation. It often quotes the page: half of a surrogate pair in it becomes U+FFFD, so the
    /// diagnostic reads back from JSON the same (JSON cannot carry a lone surrogate).
    /// </summary>
    public required string Message { get; init => field = Utf16Text.WithValidSurrogates(value); }

    /// <inheritdoc />
    public override string ToString() => $"{Severity} {Code}{(Field is null ? string.Empty : $" [{Field}]")}: {Message}";
}

/// <summary>The outcome of parsing a page: the value and what was noticed on the way.</summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
public sealed record ParseResult<T>
    where T : class
{
    /// <summary>Creates a result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <param name="diagnostics">What was noticed.</param>
    public ParseResult(T value, IEnumerable<ParseDiagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
        Diagnostics = ValueList.From(diagnostics);
    }

    /// <summary>The parsed value (always present: fields that could not be read are null in it).</summary>
    public T Value { get; }

    /// <summary>What the parser noticed: missing fields, damaged text, conflicts.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error (a part of the input could not be read).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
