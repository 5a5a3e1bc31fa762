using System.Text;
using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>
/// How the parse copes with pages nested deep by tags never closed (AngleSharp caps the tree at 512 levels): nested
/// links to one address, nested comment items, nested tables and nested quotes. Each repeat nests one step deeper, so
/// the 1,000 row is a page as deep as AngleSharp lets it be, and it is read on a thread of its own (see the README).
/// Generated pages, not real ones: they test the growth, not accuracy. Compare each row with <c>ParseDocument</c> of
/// the same page.
/// </summary>
public class DeepPageBenchmarks : GeneratedPageBenchmarks
{
    [Params("nested-links", "nested-comments", "nested-tables", "nested-quotes")]
    public string Shape { get; set; } = string.Empty;

    [Params(100, 1_000)]
    public override int Count { get; set; }

    /// <inheritdoc/>
    protected override Uri Url { get; } = new("https://example.ir/news/2");

    /// <inheritdoc/>
    protected override string Generate() => Page(Shape, Count);

    /// <summary>The generated page of a shape with <paramref name="count"/> repeats.</summary>
    public static string Page(string shape, int count)
    {
        var unit = shape switch
        {
            "nested-links" => "<div><span><a href=\"/news/1\">عنوان خبر شماره یک</a><b><i>متن",
            "nested-comments" => "<div class=\"comment\"><div class=\"comment-body\"><p>نظر شماره یک درباره این خبر است</p>",
            "nested-tables" => "<table><tr><td>خانه جدول شماره یک",
            "nested-quotes" => "<blockquote><p>متن نقل قول شماره یک",
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown shape"),
        };
        var html = new StringBuilder("<html lang=\"fa\"><head><title>عنوان خبر</title></head><body><h1>عنوان خبر</h1>");
        for (var i = 0; i < count; i++)
        {
            html.Append(unit);
        }

        return html.Append("</body></html>").ToString();
    }
}
