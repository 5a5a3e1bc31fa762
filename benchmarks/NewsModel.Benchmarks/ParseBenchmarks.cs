using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>
/// A full <see cref="ArticleParser.Parse(string, Uri?)"/> on real pages, against AngleSharp's own
/// <c>ParseDocument</c> of the same page (the baseline: the floor any DOM-based parser pays) and SmartReader 0.11.1
/// (a readability port for .NET). Pages: the bundled Persian articles always, plus a few pages of the development
/// corpus when ../shared/corpus/dev is beside the repository.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly string[] DevPages =
    [
        "netzpolitik.org.abmahnungen.html", "spektrum.de.engelbart.html", "theverge.com.ios13.html",
    ];

    private string _html = string.Empty;
    private Uri _url = null!;

    [ParamsSource(nameof(Pages))]
    public string Page { get; set; } = string.Empty;

    public static IEnumerable<string> Pages()
    {
        foreach (var f in new[] { "isna-98030903723.html", "tasnim-2015910.html", "yjc-6919119.html", "varzesh3-1608590.html" })
        {
            yield return "fa:" + f.Replace(".html", string.Empty, StringComparison.Ordinal);
        }

        var dev = DevFolder();
        if (dev is not null)
        {
            foreach (var f in DevPages)
            {
                if (File.Exists(Path.Combine(dev, f)))
                {
                    yield return "dev:" + f.Replace(".html", string.Empty, StringComparison.Ordinal);
                }
            }
        }
    }

    private static string? DevFolder()
    {
        var beside = BenchmarkData.SharedCorpus();
        var path = beside is null ? null : Path.Combine(beside, "dev", "trafilatura", "pages");
        return path is not null && Directory.Exists(path) ? path : null;
    }

    [GlobalSetup]
    public void Setup()
    {
        var name = Page[(Page.IndexOf(':') + 1)..] + ".html";
        var path = Page.StartsWith("fa:", StringComparison.Ordinal)
            ? BenchmarkData.Path("persian", "articles", name)
            : Path.Combine(DevFolder()!, name);
        _html = File.ReadAllText(path);
        _url = new Uri("https://example.com/news/" + Uri.EscapeDataString(name));
    }

    [Benchmark(Baseline = true, Description = "AngleSharp ParseDocument")]
    public object ParseDocument() => new HtmlParser().ParseDocument(_html);

    [Benchmark(Description = "NewsModel Parse")]
    public object Parse() => ArticleParser.Default.Parse(_html, _url);

    [Benchmark(Description = "SmartReader GetArticle")]
    public object SmartReader() => new SmartReader.Reader(_url.ToString(), _html).GetArticle();
}
