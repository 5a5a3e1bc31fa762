using BenchmarkDotNet.Attributes;
using NewsModel.Archives;

namespace NewsModel.Benchmarks;

/// <summary>
/// The per-page costs inside a batch that are this area's own: reading a text dump (the user's sample), and reading
/// an archive's records without parsing them (the single reader thread every worker waits on).
/// Run: <c>dotnet run -c Release --project benchmarks/NewsModel.Benchmarks -- --filter '*BatchTextBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class BatchTextBenchmarks
{
    private string _dump = string.Empty;
    private string _warc = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _dump = File.ReadAllText(BenchmarkData.Path("persian", "text", "shahraranews-216026.txt"));
        _warc = BatchArchives.Write(copies: 1);
    }

    [Benchmark(Description = "text dump → Article")]
    public Article ParseDump() => TextArticleParser.Default.Parse(_dump).Value;

    [Benchmark(Description = "text dump, no half-space repair")]
    public Article ParseDumpAsIs() => AsIs.Parse(_dump).Value;

    [Benchmark(Description = "WARC x1: read 12 records")]
    public long ReadArchive()
    {
        using var reader = WarcReader.Open(_warc);
        long bytes = 0;
        foreach (var record in reader.ReadRecords())
        {
            bytes += record.Block.Length;
        }

        return bytes;
    }

    private static readonly TextArticleParser AsIs = new(new TextArticleParserOptions { RepairHalfSpaces = false });
}
