using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsModel.Serialization;

namespace NewsModel.Batch;

/// <summary>The outcome for one page (or one unreadable input) of a batch.</summary>
public sealed record BatchResult
{
    /// <summary>Where the page came from.</summary>
    public required PageSource Source { get; init; }

    /// <summary>How the page was read (<see cref="PageFormat.Html"/> or <see cref="PageFormat.Text"/>); <see cref="PageFormat.Auto"/> when it could not be read.</summary>
    public PageFormat Format { get; init; }

    /// <summary>The article, or <see langword="null"/> when the page failed.</summary>
    public Article? Article { get; init; }

    /// <summary>What the parser noticed on the page.</summary>
    public IReadOnlyList<ParseDiagnostic> Diagnostics { get; init => field = ValueList.From(value); } = ValueList<ParseDiagnostic>.Empty;

    /// <summary>Why the page failed (<c>"code: message"</c>: a read error, or the parser's failure), or <see langword="null"/>.</summary>
    public string? Error { get; init; }

    /// <summary>
    /// The code alone of <see cref="Error"/> (<c>file.damaged</c>, <c>archive.truncated</c>, <c>parser.failed</c>, …:
    /// see <see cref="PageReadError.Code"/>), to count or filter failures by; <see langword="null"/> when the page
    /// gave an article.
    /// </summary>
    public string? ErrorCode { get; init; }

    /// <summary>Whether the page gave an article.</summary>
    public bool Succeeded => Article is not null;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = NewsJson.Compact.Encoder };

    private static readonly JsonTypeInfo<Article> ArticleInfo = (JsonTypeInfo<Article>)NewsJson.Compact.GetTypeInfo(typeof(Article));

    private static readonly JsonTypeInfo<IReadOnlyList<ParseDiagnostic>> DiagnosticsInfo =
        (JsonTypeInfo<IReadOnlyList<ParseDiagnostic>>)NewsJson.Compact.GetTypeInfo(typeof(IReadOnlyList<ParseDiagnostic>));

    /// <summary>
    /// The result as one line of JSON Lines (no line break inside, none at the end):
    /// <c>{"source":{"file","recordId","recordIndex","url","fetchedAt","truncated"},"format","ok","error","errorCode","diagnostics","article"}</c>;
    /// the article in the form of <see cref="NewsJson"/>.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJsonLine()
    {
        using var buffer = new PooledByteWriter(16 * 1024);
        WriteJsonLine(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Writes the line of <see cref="ToJsonLine"/> as UTF-8 to <paramref name="output"/> (no line break at the end).
    /// Made for output that goes on as bytes (a file, a socket, a queue): the line never exists as a string, and a
    /// reused buffer keeps a long page's line (hundreds of kilobytes for a homepage) off the large-object heap, whose
    /// every few megabytes start a full collection.
    /// </summary>
    /// <param name="output">Where the bytes go.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public void WriteJsonLine(IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("source");
            writer.WriteString("file", Source.File);
            writer.WriteString("recordId", Source.RecordId);
            if (Source.RecordIndex is { } index)
            {
                writer.WriteNumber("recordIndex", index);
            }
            else
            {
                writer.WriteNull("recordIndex");
            }

            writer.WriteString("url", Source.Url?.ToString());
            if (Source.FetchedAt is { } fetchedAt)
            {
                writer.WriteString("fetchedAt", fetchedAt);
            }
            else
            {
                writer.WriteNull("fetchedAt");
            }

            writer.WriteString("truncated", Source.Truncated);
            writer.WriteEndObject();
            writer.WriteString("format", Format switch { PageFormat.Html => "html", PageFormat.Text => "text", _ => null });
            writer.WriteBoolean("ok", Succeeded);
            writer.WriteString("error", Error);
            writer.WriteString("errorCode", ErrorCode);
            // Serialized straight into the line (the writer escapes as NewsJson does): a page's article JSON is
            // often over 85 KB, and as a string of its own it went to the large-object heap and was copied again.
            writer.WritePropertyName("diagnostics");
            JsonSerializer.Serialize(writer, Diagnostics, DiagnosticsInfo);
            writer.WritePropertyName("article");
            if (Article is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, Article, ArticleInfo);
            }

            writer.WriteEndObject();
        }
    }
}
