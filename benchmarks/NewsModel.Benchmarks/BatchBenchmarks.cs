using System.Buffers;
using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NewsModel.Batch;

namespace NewsModel.Benchmarks;

/// <summary>
/// Batch throughput: the same WARC (the bundled real pages, one gzip member per record, built in a temp folder)
/// turned into the JSON lines <c>newsmodel batch</c> writes (read, decompress, parse, serialize) on one thread (the
/// baseline: <c>MaxDegreeOfParallelism = 1</c> does everything inline on the calling thread) and on two workers
/// (the reader on its own task, parse and serialize on the workers). Both arms do the same work on the same archive
/// and count the bytes of the lines, made as the tool makes them: UTF-8 into a buffer each worker reuses
/// (<see cref="BatchResult.WriteJsonLine"/>; up to the eighteenth session the benchmark made each line a string, which
/// for the four homepages went to the large-object heap and started full collections). The goal is at least 1.8x on
/// 2 cores. The archive holds 10 copies (120 pages): with 1 copy (12 pages) a short job's few iterations still ran
/// while the JIT tiered up, and measured that instead of throughput.
/// The setup leaves <c>pages-x1.warc.gz</c> and <c>pages-x10.warc.gz</c> in <see cref="BatchArchives.Folder"/> for
/// the peak-memory measurement described in docs/text-archives-batch.md.
/// Min and max are shown beside the mean: on a machine shared with other jobs the fastest iteration of each arm is the
/// one least disturbed.
/// Three jobs (see <see cref="SteadyStateConfig"/>): the runtime's defaults, the same with tiered compilation off, where
/// every method is compiled once, fully optimized, before it first runs. With tiering on, the JIT's background thread
/// keeps re-compiling hot methods for several seconds into a run and takes the otherwise idle second core while the
/// single-thread arm runs, so the baseline gets up to 1.5 cores; the second job measures the pipeline alone. The third
/// uses the server GC (one heap per core, so a collection does not stop both workers on one heap's budget).
/// Run: <c>dotnet run -c Release --project benchmarks/NewsModel.Benchmarks -- --filter '*BatchBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MaxColumn]
[Config(typeof(SteadyStateConfig))]
public class BatchBenchmarks
{
    private string _warc = string.Empty;

    /// <summary>How many copies of the bundled pages the archive holds (12 pages a copy).</summary>
    [Params(10)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _warc = BatchArchives.Write(copies: Copies);
        BatchArchives.Write(copies: 1);
    }

    [Benchmark(Baseline = true, Description = "single thread")]
    public Task<long> SingleThread() => Run(1);

    [Benchmark(Description = "2 workers")]
    public Task<long> TwoWorkers() => Run(2);

    private async Task<long> Run(int workers)
    {
        var parser = new BatchParser(new BatchOptions { MaxDegreeOfParallelism = workers, BufferSize = 4 * workers });
        long bytes = 0;
        await foreach (var length in parser.ParseAsync(PageReader.Read([_warc]), static r => Utf8Line(r)))
        {
            bytes += length;
        }

        return bytes;
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _line;

    // As the tool makes its lines: UTF-8 into a buffer the worker keeps, never a string.
    private static int Utf8Line(BatchResult result)
    {
        var line = _line ??= new ArrayBufferWriter<byte>(64 * 1024);
        line.ResetWrittenCount();
        result.WriteJsonLine(line);
        return line.WrittenCount;
    }
}

/// <summary>
/// Three jobs with 40 warm-up and 15 measured iterations each: the runtime's defaults ("tiered"), tiered compilation
/// off ("no-tiering"), so a run shows how much of a result is the JIT still at work, and the server GC with one heap
/// per core from the start ("server-gc": dynamic adaptation off), the setting a user's batch host may choose. Ratios are
/// taken within each job.
/// Why 40: with tiering on, the JIT settles after about 12 passes of the 120 pages on one thread but only after about
/// 25 on two workers (a scratch harness counting <c>JitInfo.GetCompiledMethodCount()</c> a pass: 150–440 methods
/// re-compiled in passes 15–25, 0–30 after that), and while it works it takes CPU from the workers. With 15 warm-ups the
/// two-worker arm measured the JIT's bursts (passes of 210 to 420 ms, which BenchmarkDotNet called multimodal).
/// </summary>
public sealed class SteadyStateConfig : ManualConfig
{
    /// <summary>Builds the three jobs.</summary>
    public SteadyStateConfig()
    {
        var job = Job.Default.WithWarmupCount(40).WithIterationCount(15);
        AddJob(job.WithId("tiered"));
        AddJob(job.WithEnvironmentVariable("DOTNET_TieredCompilation", "0").WithId("no-tiering"));
        AddJob(job.WithGcServer(true).WithEnvironmentVariable("DOTNET_GCDynamicAdaptationMode", "0").WithId("server-gc"));
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByJob);
    }
}

/// <summary>Builds test archives from the bundled real pages.</summary>
public static class BatchArchives
{
    /// <summary>Where the archives are written.</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "newsmodel-bench");

    /// <summary>
    /// Writes <c>pages-x{copies}.warc.gz</c>: every bundled Persian HTML page (articles and lists) as a response record
    /// and the text dump as a conversion record, <paramref name="copies"/> times, one gzip member per record.
    /// </summary>
    /// <returns>The archive's path.</returns>
    public static string Write(int copies)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"pages-x{copies}.warc.gz");
        var html = Directory.GetFiles(BenchmarkData.Path("persian", "articles"), "*.html")
            .Concat(Directory.GetFiles(BenchmarkData.Path("persian", "lists"), "*.html"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var dump = File.ReadAllBytes(BenchmarkData.Path("persian", "text", "shahraranews-216026.txt"));
        using var file = File.Create(path);
        var n = 0;
        for (var c = 0; c < copies; c++)
        {
            foreach (var page in html)
            {
                var body = File.ReadAllBytes(page);
                var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n");
                WriteRecord(file, "response", $"https://example.org/{c}/{Path.GetFileName(page)}", "application/http; msgtype=response", [.. http, .. body], n++);
            }

            WriteRecord(file, "conversion", $"https://example.org/{c}/shahraranews-216026", "text/plain", dump, n++);
        }

        return path;
    }

    private static void WriteRecord(Stream file, string type, string uri, string contentType, byte[] block, int n)
    {
        using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: <urn:uuid:{new Guid(n, 0, 0, new byte[8])}>\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-07T11:01:00Z\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        gzip.Write(Encoding.ASCII.GetBytes(header));
        gzip.Write(block);
        gzip.Write("\r\n\r\n"u8);
    }
}
