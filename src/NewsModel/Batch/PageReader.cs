using System.Globalization;
using System.IO.Compression;
using NewsModel.Archives;

namespace NewsModel.Batch;

/// <summary>Immutable options for <see cref="PageReader"/>.</summary>
public sealed record PageReaderOptions
{
    /// <summary>The defaults.</summary>
    public static PageReaderOptions Default { get; } = new();

    /// <summary>How to read pages from plain files: <see cref="PageFormat.Auto"/> (the default) decides per page.</summary>
    public PageFormat Format { get; init; } = PageFormat.Auto;

    /// <summary>The largest page (or archive record) read into memory, in bytes; larger ones are reported and skipped (64 MiB by default).</summary>
    public long MaxPageLength { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The file extensions read when a directory is walked (compare without case; <c>.gz</c> is looked through);
    /// <c>*</c> reads every file (a site mirrored with its pages saved as <c>index.php?id=5</c> or without an
    /// extension; files that are no page then fail as <c>page.binary</c>).
    /// </summary>
    public IReadOnlyList<string> Extensions { get; init => field = ValueList.From(value); } =
        ValueList.From([".html", ".htm", ".xhtml", ".txt", ".warc", ".wet"]);
}

/// <summary>
/// Streams pages from files, directories (recursively, in ordinal name order), gzip files (<c>.gz</c>, or gzip data
/// under any name, checked for a cut) and WARC/WET archives (<c>response</c> records with HTML or text payloads,
/// <c>resource</c> records, and WET <c>conversion</c> records). Only the current page is held in memory. Unreadable
/// files and directories, damaged gzip and damaged archives become <see cref="PageItem.Error"/> items with their
/// location; reading goes on with the next record, file or directory.
/// </summary>
public static class PageReader
{
    /// <summary>Reads every page of the given files and directories.</summary>
    /// <param name="paths">Files and directories.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The pages and read errors, in input order, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    public static IEnumerable<PageItem> Read(IEnumerable<string> paths, PageReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= PageReaderOptions.Default;
        return ReadCore(paths, options);
    }

    private static IEnumerable<PageItem> ReadCore(IEnumerable<string> paths, PageReaderOptions options)
    {
        foreach (var path in paths)
        {
            foreach (var item in ReadPath(path, options))
            {
                yield return item;
            }
        }
    }

    /// <summary>The files a path stands for: itself, or a directory's matching files in ordinal order.</summary>
    /// <param name="path">A file or directory.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The file paths, lazily. A directory that cannot be listed is left out; <see cref="Read"/> reports it as a <c>directory.unreadable</c> error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static IEnumerable<string> ExpandPath(string path, PageReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= PageReaderOptions.Default;
        if (!Directory.Exists(path))
        {
            return [path];
        }

        return Walk(path, options).Where(entry => entry is { Error: null, Read: true }).Select(entry => entry.Path);
    }

    /// <summary>
    /// Every file a path stands for, and whether it is read (a directory's files of other extensions are not), and the
    /// directories that could not be listed: what a tool tells its user it left out.
    /// </summary>
    internal static IEnumerable<(string Path, string? Error, bool Read)> Survey(string path, PageReaderOptions options) =>
        Directory.Exists(path) ? Walk(path, options) : [(path, null, true)];

    /// <summary>A directory's files (read or not), and the directories that could not be listed, with the reason.</summary>
    private static IEnumerable<(string Path, string? Error, bool Read)> Walk(string directory, PageReaderOptions options) =>
        Walk(directory, RealPath(directory, null), options, new HashSet<string>(StringComparer.Ordinal));

    // A directory is read once however it is reached. A symbolic link to an ancestor made the walk read the same files
    // again at every level, until the path grew too long (a directory of 8 files gave 328 pages); a link to a directory
    // read elsewhere in the walk gave its pages twice. Links are still followed: a corpus may be laid out with them.
    private static IEnumerable<(string Path, string? Error, bool Read)> Walk(string directory, string real, PageReaderOptions options, HashSet<string> seen)
    {
        if (!seen.Add(real))
        {
            yield break;
        }

        string[] files;
        string[] directories;
        string? error = null;
        try
        {
            files = Directory.GetFiles(directory);
            directories = Directory.GetDirectories(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
            files = directories = [];
        }

        if (error is not null)
        {
            // Said, not skipped in silence: the user would otherwise take a partial walk for the whole corpus.
            yield return (directory, error, false);
            yield break;
        }

        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(directories, StringComparer.Ordinal);
        foreach (var file in files)
        {
            yield return (file, null, Matches(file, options));
        }

        foreach (var sub in directories)
        {
            foreach (var entry in Walk(sub, RealPath(sub, real), options, seen))
            {
                yield return entry;
            }
        }
    }

    /// <summary>
    /// A directory's path with links followed: a link's final target, else the name under its parent's real path (the
    /// root's own path when there is no parent).
    /// </summary>
    private static string RealPath(string directory, string? realParent)
    {
        try
        {
            var info = new DirectoryInfo(directory);
            if (info.LinkTarget is not null)
            {
                return (info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName;
            }

            return realParent is null ? info.FullName : Path.Combine(realParent, info.Name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Path.GetFullPath(directory);
        }
    }

    private static bool Matches(string file, PageReaderOptions options)
    {
        var name = StripGz(Path.GetFileName(file));
        var extension = Path.GetExtension(name);
        return options.Extensions.Any(e => e == "*" || string.Equals(e, extension, StringComparison.OrdinalIgnoreCase));
    }

    private static string StripGz(string name) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;

    /// <summary>Whether the name says WARC or WET (<c>.warc</c>, <c>.wet</c>, <c>.warc.gz</c>, <c>.warc.wet.gz</c>, …).</summary>
    internal static bool IsArchiveName(string file)
    {
        var ext = Path.GetExtension(StripGz(Path.GetFileName(file)));
        return ext.Equals(".warc", StringComparison.OrdinalIgnoreCase) || ext.Equals(".wet", StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<PageItem> ReadPath(string path, PageReaderOptions options)
    {
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            return [Failure(new PageSource { File = path }, "file.missing", "No such file or directory.")];
        }

        if (!Directory.Exists(path))
        {
            return IsArchiveName(path) ? ReadArchiveFile(path, options) : ReadPageFile(path, options);
        }

        return Walk(path, options).Where(entry => entry.Read || entry.Error is not null).SelectMany(entry => entry switch
        {
            { Error: { } error } => [Failure(new PageSource { File = entry.Path }, "directory.unreadable", error)],
            _ when IsArchiveName(entry.Path) => ReadArchiveFile(entry.Path, options),
            _ => ReadPageFile(entry.Path, options),
        });
    }

    private static PageItem Failure(PageSource source, string code, string message) =>
        PageItem.FromError(new PageReadError { Source = source, Code = code, Message = message });

    private static IEnumerable<PageItem> ReadPageFile(string file, PageReaderOptions options)
    {
        var source = new PageSource { File = file };
        byte[] bytes;
        try
        {
            using var stream = File.OpenRead(file);
            using var input = file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || IsGzip(stream) ? new CompleteGzipStream(stream) : (Stream)stream;
            Span<byte> start = stackalloc byte[5];
            var read = input.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            if (read == start.Length && start.SequenceEqual("WARC/"u8))
            {
                // An archive without the usual name: stream it record by record like any other.
                return ReadArchiveFile(file, options);
            }

            using var rest = JoinedStream.Prefixed(start[..read].ToArray(), input, leaveOpen: true);
            bytes = ReadBounded(rest, options.MaxPageLength, out var tooLarge);
            if (tooLarge)
            {
                return [Failure(source, "page.tooLarge", $"The page is larger than {options.MaxPageLength.ToString(CultureInfo.InvariantCulture)} bytes; skipped.")];
            }
        }
        catch (InvalidDataException e)
        {
            // Not gzip, damaged, or cut short: a page read from part of the data would pass for the whole page.
            return [Failure(source, "file.damaged", e.Message)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Failure(source, "file.unreadable", e.Message)];
        }

        return [PageItem.FromPage(new Page { Source = source, Content = bytes, Format = options.Format })];
    }

    // A page saved as its compressed HTTP body under a plain name (page.html holding gzip): read through, as a .gz is.
    // A pipe given by name (a FIFO) cannot go back: it is read as it is.
    private static bool IsGzip(FileStream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return CompleteGzipStream.HasSignature(magic[..read]);
    }

    private static byte[] ReadBounded(Stream input, long max, out bool tooLarge)
    {
        using var buffer = NewsModel.Html.InputBuffer.Read(input, max);
        tooLarge = buffer.TooLarge;
        return tooLarge ? [] : buffer.Memory.ToArray();
    }

    private static IEnumerable<PageItem> ReadArchiveFile(string file, PageReaderOptions options)
    {
        WarcReader reader;
        try
        {
            reader = WarcReader.Open(file, new WarcReaderOptions { MaxRecordLength = options.MaxPageLength });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Failure(new PageSource { File = file }, "file.unreadable", e.Message)];
        }

        return ReadArchive(reader, file, disposeReader: true);
    }

    /// <summary>Reads the pages of an archive: HTML and text responses, resources and WET conversion records.</summary>
    /// <param name="reader">The archive reader (for example from your own crawler's stream).</param>
    /// <param name="file">The name to report as the pages' <see cref="PageSource.File"/>.</param>
    /// <returns>The pages and errors, lazily; the reader is disposed at the end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static IEnumerable<PageItem> ReadArchive(WarcReader reader, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadArchive(reader, file, disposeReader: true);
    }

    private static IEnumerable<PageItem> ReadArchive(WarcReader reader, string? file, bool disposeReader)
    {
        try
        {
            foreach (var entry in reader.ReadAll())
            {
                if (entry.Error is { } error)
                {
                    yield return Failure(
                        new PageSource { File = file, RecordId = error.RecordId, RecordIndex = error.Index },
                        "archive." + error.Kind.ToString().ToLowerInvariant(),
                        $"{error.Message} (offset {error.Offset.ToString(CultureInfo.InvariantCulture)})");
                }
                else if (entry.Record is { } record && ToPage(record, file) is { } item)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            if (disposeReader)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>The page a record holds, or <see langword="null"/> for records that hold none (requests, metadata, redirects, images).</summary>
    /// <param name="record">The record.</param>
    /// <param name="file">The archive's name, for <see cref="PageSource.File"/>.</param>
    /// <returns>A page, an error (an undecodable HTTP response), or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public static PageItem? ToPage(WarcRecord record, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var source = new PageSource
        {
            File = file,
            RecordId = record.RecordId,
            RecordIndex = record.Index,
            Url = record.TargetUri,
            FetchedAt = record.Date,
            Truncated = record.GetHeader("WARC-Truncated") is { } cut ? (cut.Trim() is { Length: > 0 } reason ? reason : "unspecified") : null,
        };
        switch (record.Type.ToUpperInvariant())
        {
            case "CONVERSION":
                return PageItem.FromPage(new Page { Source = source, Content = record.Block, Charset = "utf-8", Format = PageFormat.Text });
            case "RESOURCE":
                return FormatOf(MediaTypeOf(record.ContentType)) is { } resourceFormat
                    ? PageItem.FromPage(new Page { Source = source, Content = record.Block, Format = resourceFormat, Charset = CharsetOf(record.ContentType) })
                    : null;
            case "RESPONSE":
                if (record.ContentType is { } type && !type.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                if (!record.TryGetHttpResponse(out var http) || http is null)
                {
                    return Failure(source, "record.undecodable", "The response record does not hold a readable HTTP response.");
                }

                if (http.StatusCode is < 200 or >= 300)
                {
                    return null;
                }

                if (http.IsBodyTruncated && source.Truncated is null)
                {
                    source = source with { Truncated = "http-body" };
                }

                return FormatOf(http.MediaType) is { } format
                    ? PageItem.FromPage(new Page { Source = source, Content = http.Body, Charset = http.Charset, Format = format })
                    : null;
            default:
                return null;
        }
    }

    private static PageFormat? FormatOf(string? mediaType) => mediaType switch
    {
        "text/html" or "application/xhtml+xml" => PageFormat.Html,
        "text/plain" => PageFormat.Text,
        null => PageFormat.Auto,
        _ => null,
    };

    private static string? MediaTypeOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
    }

    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var at = contentType.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : contentType[(at + "charset=".Length)..].Split(';')[0].Trim().Trim('"');
    }
}
