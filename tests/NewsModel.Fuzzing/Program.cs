using System.Text;
using NewsModel.Archives;
using NewsModel.Dates;
using NewsModel.Persian;
using SharpFuzz;

namespace NewsModel.Fuzzing;

/// <summary>
/// libFuzzer entry points for the parsers that take untrusted input. Every target must return normally for any
/// input: an exception or a hang is a bug. Pick the target with NEWSMODEL_FUZZ_TARGET (article, headlines, text,
/// date, normalize, warc, gzip; default article). Instrument the library with the SharpFuzz tool, then run under
/// libfuzzer-dotnet, seeding with tests/NewsModel.Tests/TestData/corpus. Without libFuzzer the program runs the
/// target once on the file named by its first argument (to replay a crash).
/// </summary>
internal static class Program
{
    private static readonly PersianNormalizer Repairing = new(PersianNormalizerOptions.ForTextDumps);

    private static void Main()
    {
        var target = Environment.GetEnvironmentVariable("NEWSMODEL_FUZZ_TARGET") ?? "article";
        Fuzzer.LibFuzzer.Run(target switch
        {
            "headlines" => span => _ = HeadlineParser.Default.Parse(span.ToArray()),
            "text" => span => _ = TextArticleParser.Default.Parse(Encoding.UTF8.GetString(span)),
            "date" => DateTarget,
            "normalize" => NormalizeTarget,
            "warc" => WarcTarget,
            "gzip" => GzipTarget,
            _ => span => _ = ArticleParser.Default.Parse(span.ToArray()),
        });
    }

    private static void DateTarget(ReadOnlySpan<byte> span)
    {
        var text = Encoding.UTF8.GetString(span);
        var options = DateParseOptions.Default with { Now = new DateTimeOffset(2024, 3, 7, 11, 0, 0, TimeSpan.Zero) };
        _ = NewsDateParser.Default.Parse(text, options);
        _ = NewsDateParser.Default.FindAll(text, options);
    }

    private static void NormalizeTarget(ReadOnlySpan<byte> span)
    {
        var text = Encoding.UTF8.GetString(span);
        var once = Repairing.Normalize(text);
        if (!string.Equals(Repairing.Normalize(once), once, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Normalizing twice differs from normalizing once.");
        }
    }

    // The batch's .gz pages: any bytes inflate to their end or fail with InvalidDataException, nothing else.
    private static void GzipTarget(ReadOnlySpan<byte> span)
    {
        try
        {
            using var gzip = new CompleteGzipStream(new MemoryStream(span.ToArray()));
            gzip.CopyTo(Stream.Null);
        }
        catch (InvalidDataException)
        {
        }
    }

    private static void WarcTarget(ReadOnlySpan<byte> span)
    {
        using var reader = WarcReader.Open(new MemoryStream(span.ToArray()));
        foreach (var entry in reader.ReadAll())
        {
            _ = entry.Record?.TryGetHttpResponse(out _);
        }
    }
}
