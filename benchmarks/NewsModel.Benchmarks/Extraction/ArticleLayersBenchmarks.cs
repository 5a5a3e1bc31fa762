using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks.Extraction;

/// <summary>
/// The cost of the article parser's layers (metadata, site rules, merge, headline lists) against AngleSharp's own
/// <c>ParseDocument</c> of the same real page, measured in the same run. The content extractor is part of
/// <c>ArticleParser.Parse</c>; its own benchmark lives with it.
/// </summary>
[MemoryDiagnoser]
public class ArticleLayersBenchmarks
{
    private string _html = string.Empty;
    private Uri _url = null!;
    private readonly HtmlParser _angle = new();

    [Params("isna-98030903723.html", "tasnim-2015910.html", "yjc-6919119.html", "varzesh3-1608590.html")]
    public string Page { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _html = File.ReadAllText(BenchmarkData.Path("persian", "articles", Page));
        _url = new Uri("https://example.ir/news/" + Page);
    }

    [Benchmark(Baseline = true, Description = "AngleSharp ParseDocument")]
    public object AngleSharpParse() => _angle.ParseDocument(_html);

    [Benchmark(Description = "ArticleParser.Parse (all layers)")]
    public object FullParse() => ArticleParser.Default.Parse(_html, _url);
}

/// <summary>The headline parser on a real text-only list page (mehrnews 2011, 300 headlines) against AngleSharp alone.</summary>
[MemoryDiagnoser]
public class HeadlineParserBenchmarks
{
    private string _html = string.Empty;
    private readonly HtmlParser _angle = new();
    private readonly Uri _url = new("http://www.mehrnews.com/fa/txtNewsView_fa.aspx");

    [GlobalSetup]
    public void Setup() => _html = File.ReadAllText(BenchmarkData.Path("persian", "lists", "mehrnews-2011-v2.html"));

    [Benchmark(Baseline = true, Description = "AngleSharp ParseDocument")]
    public object AngleSharpParse() => _angle.ParseDocument(_html);

    [Benchmark(Description = "HeadlineParser.Parse")]
    public object Headlines() => HeadlineParser.Default.Parse(_html, _url);
}
