using System.Globalization;
using NewsModel.Archives;
using NewsModel.Html;

namespace NewsModel.Cli;

/// <summary>Reads the one page a command is given: a file or standard input, looked through when it is gzip.</summary>
internal static class InputFile
{
    /// <summary>The most a page may hold, read or decompressed: the parsers' own bound (64 MiB).</summary>
    private const long Limit = ArticleParserOptions.DefaultMaxInputLength;

    /// <summary>
    /// The page's bytes, decompressed when they are gzip (a saved <c>.gz</c>, or a body still carrying its HTTP
    /// compression), or <see langword="false"/> with the reason written to <paramref name="error"/>: unreadable, gzip
    /// that is damaged or cut short, or more than 64 MiB (read, or decompressed: a small gzip may hold gigabytes).
    /// </summary>
    public static bool TryRead(string path, TextWriter error, out byte[] bytes) => TryRead(path, Limit, error, out bytes);

    /// <summary>The same with another bound (normalize reads any text an array can hold).</summary>
    public static bool TryRead(string path, long limit, TextWriter error, out byte[] bytes)
    {
        bytes = [];
        try
        {
            using var input = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
            using var raw = InputBuffer.Read(input, limit);
            if (raw.TooLarge)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: '{path}' holds more than {limit} bytes; it was not read."));
                return false;
            }

            var data = raw.Memory;
            if (!CompleteGzipStream.HasSignature(data.Span))
            {
                bytes = data.ToArray();
                return true;
            }

            using var gzip = new CompleteGzipStream(new MemoryStream(data.ToArray(), writable: false));
            using var page = InputBuffer.Read(gzip, limit);
            if (page.TooLarge)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: '{path}' decompresses to more than {limit} bytes; it was not read."));
                return false;
            }

            bytes = page.Memory.ToArray();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // InvalidDataException: gzip data that is damaged or cut short.
            error.WriteLine($"error: cannot read '{path}': {e.Message}");
            return false;
        }
    }

    /// <summary>
    /// Whether the bytes are a WARC or WET archive (they start with a version line): many pages, which parse would read
    /// as one page of headers and text. Writes the advice to use <c>batch</c>.
    /// </summary>
    public static bool IsArchive(ReadOnlySpan<byte> bytes, string path, TextWriter error)
    {
        if (!bytes.StartsWith("WARC/"u8))
        {
            return false;
        }

        error.WriteLine($"error: '{path}' is a WARC archive, not a page: read it with `newsmodel batch {path} --out -`.");
        return true;
    }

    /// <summary>Whether the parser found the input to be no page at all (its error diagnostic is printed with the rest).</summary>
    public static bool IsBinary(IEnumerable<ParseDiagnostic> diagnostics) => diagnostics.Any(d => d.Code == BinaryInput.Code);
}
