using System.Globalization;
using BenchmarkDotNet.Attributes;
using NewsModel.Dates;

namespace NewsModel.Benchmarks;

/// <summary>
/// Parsing one printed date: NewsDateParser on «۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱» (a span) against the BCL's
/// <c>DateTime.ParseExact</c> with the fa-IR culture (Persian calendar) on the equivalent numeric string, the baseline.
/// </summary>
[MemoryDiagnoser]
public class DateParsingBenchmarks
{
    private static readonly CultureInfo FaIr = CultureInfo.GetCultureInfo("fa-IR");
    private readonly NewsDateParser _parser = NewsDateParser.Default;
    private string _named = "";
    private string _numeric = "";
    private string _persianNumeric = "";
    private string _dump = "";

    [GlobalSetup]
    public void Setup()
    {
        _named = "۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱";
        _numeric = "1402/12/17 14:31";
        _persianNumeric = "۱۴۰۲/۱۲/۱۷ - ۱۴:۳۱";
        _dump = File.ReadAllText(BenchmarkData.Path("persian", "text", "shahraranews-216026.txt"));
    }

    /// <summary>The BCL: fa-IR culture, Persian calendar, exact numeric format.</summary>
    [Benchmark(Baseline = true)]
    public DateTime ParseExact_faIR_numeric() =>
        DateTime.ParseExact(_numeric, "yyyy/MM/dd HH:mm", FaIr, DateTimeStyles.None);

    /// <summary>Named month, Persian digits, to a Tehran instant.</summary>
    [Benchmark]
    public DateTimeOffset? NewsDateParser_named_span() => _parser.Parse(_named.AsSpan()).Value.Instant;

    /// <summary>The same numeric string the baseline reads, to a Tehran instant.</summary>
    [Benchmark]
    public DateTimeOffset? NewsDateParser_numeric_span() => _parser.Parse(_numeric.AsSpan()).Value.Instant;

    /// <summary>Numeric with Persian digits and a separator before the time (what ParseExact cannot read).</summary>
    [Benchmark]
    public DateTimeOffset? NewsDateParser_persian_numeric_span() => _parser.Parse(_persianNumeric.AsSpan()).Value.Instant;

    /// <summary>Find mode over a whole real text dump (shahraranews, ~15 KB): every date in it.</summary>
    [Benchmark]
    public int FindAll_text_dump() => _parser.FindAll(_dump).Count;
}
