using System.Text;
using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>
/// How the parse grows with the page on shapes that made parts of it quadratic: thousands of links, dated links,
/// «Kommentare» bars or byline candidates side by side in one parent (an archive page, a page without closing tags),
/// and, for reference, thousands of unclosed nested lists, where AngleSharp's own tree builder is quadratic. Generated
/// pages, not real ones: they test the growth, not accuracy. Compare each shape's 20,000 row with its 2,000 row (10x
/// the input) and with <c>ParseDocument</c> of the same page.
/// </summary>
public class WidePageBenchmarks : GeneratedPageBenchmarks
{
    [Params("flat-links", "flat-dated", "comment-bars", "bylines", "unclosed-lists")]
    public string Shape { get; set; } = string.Empty;

    [Params(2_000, 20_000)]
    public override int Count { get; set; }

    /// <inheritdoc/>
    protected override Uri Url { get; } = new("https://example.ir/news/1");

    /// <inheritdoc/>
    protected override string Generate() => Page(Shape, Count);

    /// <summary>The generated page of a shape with <paramref name="count"/> repeats.</summary>
    public static string Page(string shape, int count)
    {
        var html = new StringBuilder("<html lang=\"fa\"><body>");
        for (var i = 0; i < count; i++)
        {
            html.Append(shape switch
            {
                "flat-links" => $"<a href=\"/news/{i}/عنوان-خبر\">عنوان خبر شماره {i} امروز</a> ",
                "flat-dated" => $"<span class=\"date\">۱۷ اسفند ۱۴۰۲</span><a href=\"/news/{i}\">عنوان خبر شماره {i} امروز</a><br>",
                "comment-bars" => $"<h3>Kommentare</h3><b>کوتاه {i}</b><p>نظر شماره {i} درباره این خبر</p>",
                "bylines" => $"<em>von</em> Hans {i} <br>",
                "unclosed-lists" => "<ul><li>x",
                _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown shape"),
            });
        }

        return html.Append("</body></html>").ToString();
    }
}
