using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace NewsModel.Benchmarks;

/// <summary>
/// What two cores of this machine give: the same amount of work done on one thread (the baseline) and split over two
/// threads, for work that only computes (no memory traffic) and for <see cref="ArticleParser.Parse(string, Uri?)"/>
/// on the bundled Persian articles (DOM building, allocation, garbage collection). The batch pipeline cannot scale
/// better than a bare parse does; this puts the batch numbers in context.
/// Runs in the three jobs of <see cref="SteadyStateConfig"/> (tiered compilation on and off, and the server GC).
/// Run: <c>dotnet run -c Release --project benchmarks/NewsModel.Benchmarks -- --filter '*ScalingBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SteadyStateConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByJob)]
[CategoriesColumn]
public class ScalingBenchmarks
{
    private const long Steps = 50_000_000;
    private string[] _pages = [];
    private readonly Uri _url = new("https://example.ir/news/1");

    [GlobalSetup]
    public void Setup()
    {
        var pages = Directory.GetFiles(BenchmarkData.Path("persian", "articles"), "*.html").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        _pages = [.. Enumerable.Repeat(pages, 4).SelectMany(p => p)];
    }

    [Benchmark(Baseline = true, Description = "compute: 2 units on 1 thread")]
    [BenchmarkCategory("compute")]
    public long ComputeOneThread() => Compute(Steps) + Compute(Steps);

    [Benchmark(Description = "compute: 2 units on 2 threads")]
    [BenchmarkCategory("compute")]
    public long ComputeTwoThreads()
    {
        var a = Task.Run(() => Compute(Steps));
        var b = Task.Run(() => Compute(Steps));
        return a.Result + b.Result;
    }

    [Benchmark(Baseline = true, Description = "parse: 20 pages on 1 thread")]
    [BenchmarkCategory("parse")]
    public int ParseOneThread()
    {
        var n = 0;
        foreach (var page in _pages)
        {
            n += ArticleParser.Default.Parse(page, _url).Value.Text.Length;
        }

        return n;
    }

    [Benchmark(Description = "parse: 20 pages on 2 threads")]
    [BenchmarkCategory("parse")]
    public int ParseTwoThreads()
    {
        var n = 0;
        Parallel.ForEach(_pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, page => Interlocked.Add(ref n, ArticleParser.Default.Parse(page, _url).Value.Text.Length));
        return n;
    }

    // A multiply-xorshift chain: registers only, no memory traffic.
    private static long Compute(long steps)
    {
        var x = 1L;
        for (var i = 0L; i < steps; i++)
        {
            x = (x * 6364136223846793005L) + 1442695040888963407L;
            x ^= x >> 13;
        }

        return x;
    }
}
