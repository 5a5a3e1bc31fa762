using NewsModel.Archives;

namespace NewsModel.Cli;

/// <summary>Reads the one page a command is given: a file or standard input, looked through when it is gzip.</summary>
internal static class InputFile
{
    /// <summary>
    /// The page's bytes, decompressed when they are gzip (a saved <c>.gz</c>, or a body still carrying its HTTP
    /// compression), or <see langword="false"/> with the reason written to <paramref name="error"/>.
    /// </summary>
    public static bool TryRead(string path, TextWriter error, out byte[] bytes)
    {
        bytes = [];
        try
        {
            using var input = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
            using var all = new MemoryStream();
            input.CopyTo(all);
            bytes = all.ToArray();
            if (bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
            {
                using var gzip = new CompleteGzipStream(new MemoryStream(bytes, writable: false));
                using var page = new MemoryStream();
                gzip.CopyTo(page);
                bytes = page.ToArray();
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // InvalidDataException: gzip data that is damaged or cut short.
            error.WriteLine($"error: cannot read '{path}': {e.Message}");
            return false;
        }
    }

    /// <summary>Whether the parser found the input to be no page at all (its error diagnostic is printed with the rest).</summary>
    public static bool IsBinary(IEnumerable<ParseDiagnostic> diagnostics) => diagnostics.Any(d => d.Code == "input.binary");
}
