using System.Globalization;

namespace NewsModel.Batch;

/// <summary>Whether a page is HTML or a plain-text dump.</summary>
public enum PageFormat
{
    /// <summary>Decide from the content (<see cref="PageFormatDetector"/>).</summary>
    Auto,

    /// <summary>An HTML page: parsed by <see cref="ArticleParser"/>.</summary>
    Html,

    /// <summary>A plain-text dump without markup: parsed by <see cref="TextArticleParser"/>.</summary>
    Text,
}

/// <summary>Where a page came from: its file and, inside an archive, its record.</summary>
public sealed record PageSource
{
    /// <summary>The file the page was read from (as the caller named it), or <see langword="null"/> for pages fed from elsewhere.</summary>
    public string? File { get; init; }

    /// <summary>The archive record's id (<c>WARC-Record-ID</c>), for pages read from WARC/WET archives.</summary>
    public string? RecordId { get; init; }

    /// <summary>The record's position in its archive (from 0), for pages read from archives.</summary>
    public long? RecordIndex { get; init; }

    /// <summary>The page's address, when known (<c>WARC-Target-URI</c>, or given by the caller).</summary>
    public Uri? Url { get; init; }

    /// <summary>
    /// When the page was fetched, when known (<c>WARC-Date</c>, or given by the caller): <see cref="BatchParser"/>
    /// reads the page's relative dates («۲ ساعت پیش», "3 hours ago") against it.
    /// </summary>
    public DateTimeOffset? FetchedAt { get; init; }

    /// <summary>
    /// Why the archive holds only part of the page (its <c>WARC-Truncated</c> value: <c>length</c>, <c>time</c>,
    /// <c>disconnect</c> or <c>unspecified</c>; or <c>http-body</c> when the record says nothing but its HTTP body ends
    /// early: <see cref="Archives.HttpPayload.IsBodyTruncated"/>), or <see langword="null"/> when the page is whole as far
    /// as can be told. Crawlers cut
    /// long responses (Common Crawl at 1 MiB): such a page still parses, but what comes late in it may be missing, and
    /// <see cref="BatchParser"/> adds a <c>page.truncated</c> warning to its result.
    /// </summary>
    public string? Truncated { get; init; }

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (File is not null)
        {
            parts.Add(File);
        }

        if (RecordIndex is { } index)
        {
            parts.Add("record " + index.ToString(CultureInfo.InvariantCulture));
        }

        if (RecordId is not null)
        {
            parts.Add(RecordId);
        }

        if (Url is not null)
        {
            parts.Add(Url.ToString());
        }

        return parts.Count == 0 ? "(unknown source)" : string.Join(' ', parts);
    }
}

/// <summary>One page to parse: its bytes, how to read them, and where it came from.</summary>
public sealed record Page
{
    /// <summary>Where the page came from.</summary>
    public required PageSource Source { get; init; }

    /// <summary>The page's bytes (HTML or text).</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The charset declared for the bytes (HTTP <c>Content-Type</c>), when known.</summary>
    public string? Charset { get; init; }

    /// <summary>Whether the page is HTML or text; <see cref="PageFormat.Auto"/> to decide from the content.</summary>
    public PageFormat Format { get; init; } = PageFormat.Auto;
}

/// <summary>A problem found while reading the inputs (an unreadable file, a damaged archive): it is reported, and reading goes on.</summary>
public sealed record PageReadError
{
    /// <summary>Where the problem is (file, record).</summary>
    public required PageSource Source { get; init; }

    /// <summary>A stable code: <c>file.unreadable</c>, <c>directory.unreadable</c>, <c>file.damaged</c> (a <c>.gz</c> page that is not gzip, is damaged or is cut short), <c>archive.truncated</c>, <c>archive.malformed</c>, ….</summary>
    public required string Code { get; init; }

    /// <summary>A human-readable explanation.</summary>
    public required string Message { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Code}: {Message}";
}

/// <summary>One item of a page stream: a page to parse, or a problem found while reading the inputs.</summary>
public sealed class PageItem
{
    private PageItem(Page? page, PageReadError? error)
    {
        Page = page;
        Error = error;
    }

    /// <summary>The page, or <see langword="null"/> when this item is an error.</summary>
    public Page? Page { get; }

    /// <summary>The error, or <see langword="null"/> when this item is a page.</summary>
    public PageReadError? Error { get; }

    /// <summary>An item holding a page.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public static PageItem FromPage(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PageItem(page, null);
    }

    /// <summary>An item holding a read error.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static PageItem FromError(PageReadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new PageItem(null, error);
    }

    /// <summary>Wraps a page.</summary>
    /// <param name="page">The page.</param>
    public static implicit operator PageItem(Page page) => FromPage(page);
}
