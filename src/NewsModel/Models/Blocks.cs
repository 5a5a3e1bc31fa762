using System.Text.Json.Serialization;

namespace NewsModel;

/// <summary>One block of an article's body, in reading order. The JSON form carries a <c>type</c> discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ParagraphBlock), "paragraph")]
[JsonDerivedType(typeof(HeadingBlock), "heading")]
[JsonDerivedType(typeof(QuoteBlock), "quote")]
[JsonDerivedType(typeof(ListBlock), "list")]
[JsonDerivedType(typeof(ImageBlock), "image")]
[JsonDerivedType(typeof(EmbedBlock), "embed")]
[JsonDerivedType(typeof(TableBlock), "table")]
public abstract record Block
{
    private protected Block()
    {
    }

    /// <summary>The block as plain text (empty for blocks that have none, such as an image without caption).</summary>
    /// <returns>The text.</returns>
    public abstract string ToPlainText();
}

/// <summary>A paragraph of text.</summary>
public sealed record ParagraphBlock : Block
{
    /// <summary>The paragraph's text, whitespace-collapsed, half-spaces kept.</summary>
    public required string Text { get; init; }

    /// <inheritdoc />
    public override string ToPlainText() => Text;
}

/// <summary>A heading inside the body.</summary>
public sealed record HeadingBlock : Block
{
    /// <summary>The heading level, 1 to 6.</summary>
    public required int Level { get; init; }

    /// <summary>The heading's text.</summary>
    public required string Text { get; init; }

    /// <inheritdoc />
    public override string ToPlainText() => Text;
}

/// <summary>A quotation (<c>blockquote</c>).</summary>
public sealed record QuoteBlock : Block
{
    /// <summary>The quoted text.</summary>
    public required string Text { get; init; }

    /// <inheritdoc />
    public override string ToPlainText() => Text;
}

/// <summary>A list of items.</summary>
public sealed record ListBlock : Block
{
    /// <summary>Whether the list is numbered.</summary>
    public bool Ordered { get; init; }

    /// <summary>The items' texts.</summary>
    public IReadOnlyList<string> Items { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <inheritdoc />
    public override string ToPlainText() => string.Join('\n', Items.Select(i => "- " + i));
}

/// <summary>An image inside the body, with its caption.</summary>
public sealed record ImageBlock : Block
{
    /// <summary>The image.</summary>
    public required ImageRef Image { get; init; }

    /// <summary>Empty: a caption describes the image and stays on <see cref="ImageRef.Caption"/>, out of the body text.</summary>
    /// <returns>An empty string.</returns>
    public override string ToPlainText() => string.Empty;
}

/// <summary>An embedded video, audio, tweet or other frame.</summary>
public sealed record EmbedBlock : Block
{
    /// <summary>The embedded resource's address, when the page gives one.</summary>
    public Uri? Url { get; init; }

    /// <summary>What it is, as far as we can tell: <c>video</c>, <c>audio</c>, <c>iframe</c>, <c>tweet</c>, ….</summary>
    public string? Kind { get; init; }

    /// <summary>A title or caption shown with it.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The embedded post's own words as the page shows them before the embed's script runs (a tweet's text, quoted in
    /// the article), when it gives them; null for a video or a frame.
    /// </summary>
    public string? Text { get; init; }

    /// <inheritdoc />
    public override string ToPlainText() => Title is null ? Text ?? string.Empty : Text is null ? Title : Title + "\n" + Text;
}

/// <summary>A table, kept as rows of cell texts.</summary>
public sealed record TableBlock : Block
{
    /// <summary>The rows, each a list of cell texts.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows
    {
        get;
        init => field = ValueList.From(value?.Select(r => (IReadOnlyList<string>)ValueList.From(r)));
    } = ValueList<IReadOnlyList<string>>.Empty;

    /// <inheritdoc />
    public override string ToPlainText() => string.Join('\n', Rows.Select(r => string.Join(" | ", r)));
}
