using System.Text;
using NewsModel.Archives;
using NewsModel.Dates;
using NewsModel.Persian;
using NewsModel.Serialization;
using SharpFuzz;

namespace NewsModel.Fuzzing;

/// <summary>
/// libFuzzer entry points for the parsers that take untrusted input. Every target must return normally for any
/// input: an exception or a hang is a bug. Pick the target with NEWSMODEL_FUZZ_TARGET (article, headlines, text,
/// date, normalize, warc, gzip; default article). Instrument the library with the SharpFuzz tool, then run under
/// afl-fuzz (<c>run-afl.sh</c> does both) or libfuzzer-dotnet. Given files or directories as arguments, the program
/// runs the target once on each file (to replay a crash, or a whole queue) and exits with 1 if any failed.
/// </summary>
internal static class Program
{
    private static readonly PersianNormalizer Repairing = new(PersianNormalizerOptions.ForTextDumps);

    private static int Main(string[] args)
    {
        var target = Environment.GetEnvironmentVariable("NEWSMODEL_FUZZ_TARGET") ?? "article";
        ReadOnlySpanAction run = target switch
        {
            "headlines" => span => _ = HeadlineParser.Default.Parse(span.ToArray(), null, null, FetchedAt(span)),
            "text" => span => RoundTrips(TextArticleParser.Default.Parse(Encoding.UTF8.GetString(span), null, FetchedAt(span)).Value),
            "date" => DateTarget,
            "normalize" => NormalizeTarget,
            "warc" => WarcTarget,
            "gzip" => GzipTarget,
            _ => ArticleTarget,
        };

        // Replay: every file named, or every file in a directory named (a fuzzer's queue or crashes), once each.
        if (args.Length > 0)
        {
            return Replay(args, run);
        }

        // Under afl-fuzz (which sets __AFL_SHM_ID) the target runs in a child process that the fork server restarts
        // after a crash or a timeout, so a hang or a stack overflow is reported as one instead of ending the run.
        if (Environment.GetEnvironmentVariable("__AFL_SHM_ID") is not null)
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                run(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            });
            return 0;
        }

        Fuzzer.LibFuzzer.Run(run);
        return 0;
    }

    private static int Replay(string[] paths, ReadOnlySpanAction run)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]).ToList();
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                run(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // Every failure is reported with its file; the replay goes on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failed++;
                Console.Error.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
            }
        }

        Console.WriteLine($"{files.Count} inputs, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    // The article parser turns a reader's exception into an extractor.failed diagnostic so that the caller still
    // gets the rest of the article; under the fuzzer that is a crash. So is an article that JSON does not give back.
    // Inputs of odd length are parsed as fetched at a fixed instant, so the readings that need a fetch time (relative
    // dates, a ticker's clock times, dates without a year) are fuzzed too, and a replay gives the same result.
    private static DateTimeOffset? FetchedAt(ReadOnlySpan<byte> span) =>
        span.Length % 2 == 1 ? new DateTimeOffset(2024, 3, 6, 21, 0, 0, TimeSpan.Zero) : null;

    private static void ArticleTarget(ReadOnlySpan<byte> span)
    {
        var result = ArticleParser.Default.Parse(span.ToArray(), null, null, FetchedAt(span));
        if (result.Diagnostics.FirstOrDefault(d => d.Code == "extractor.failed") is { } failed)
        {
            throw new InvalidOperationException(failed.Message);
        }

        RoundTrips(result.Value);
    }

    private static void RoundTrips(Article article)
    {
        if (NewsJson.DeserializeArticle(NewsJson.Serialize(article, indented: false)) != article)
        {
            throw new InvalidOperationException("The article read back from its JSON differs from the article.");
        }
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
