using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>
/// A generated stress page (a shape repeated <see cref="Count"/> times) parsed by AngleSharp alone, the baseline, and
/// by a full <see cref="ArticleParser.Parse(string, Uri?)"/>. The derived classes give the shapes, each as a
/// <c>[Params]</c> on their own <c>Shape</c> property, and the page.
/// </summary>
[MemoryDiagnoser]
public abstract class GeneratedPageBenchmarks
{
    private string _html = string.Empty;

    /// <summary>How many times the shape is repeated.</summary>
    public abstract int Count { get; set; }

    /// <summary>The address the page is parsed as.</summary>
    protected abstract Uri Url { get; }

    [GlobalSetup]
    public void Setup() => _html = Generate();

    [Benchmark(Baseline = true, Description = "AngleSharp ParseDocument")]
    public object ParseDocument() => new HtmlParser().ParseDocument(_html);

    [Benchmark(Description = "NewsModel Parse")]
    public object Parse() => ArticleParser.Default.Parse(_html, Url);

    /// <summary>The page of the current shape and count.</summary>
    protected abstract string Generate();
}
