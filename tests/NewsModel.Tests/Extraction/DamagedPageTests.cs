using System.Text;
using CsCheck;

namespace NewsModel.Tests.Extraction;

/// <summary>
/// Real pages cut short or with bytes damaged at random places (what a truncated download or a bad archive record
/// gives): every parser must still return a result, never throw, and what it returns must hang together.
/// </summary>
public class DamagedPageTests
{
    private static readonly string[] Pages =
    [
        "isna-98030903723.html", "tasnim-2015910.html", "yjc-6919119.html", "varzesh3-1608590.html", "varzesh3-d1Gjx.html",
    ];

    private static readonly Gen<(int Page, double Cut, int Seed, int Flips)> Damage =
        Gen.Select(Gen.Int[0, Pages.Length - 1], Gen.Double[0.0, 1.0], Gen.Int, Gen.Int[0, 20]);

    private static byte[] Damaged((int Page, double Cut, int Seed, int Flips) d)
    {
        var bytes = TestFiles.ReadBytes("persian", "articles", Pages[d.Page]);
        var length = (int)(bytes.Length * d.Cut);
        var result = bytes.AsSpan(0, length).ToArray();
        var random = new Random(d.Seed);
        for (var i = 0; i < d.Flips && result.Length > 0; i++)
        {
            result[random.Next(result.Length)] = (byte)random.Next(256);
        }

        return result;
    }

    [Fact]
    public void Cut_and_damaged_article_pages_still_parse_into_a_consistent_article()
    {
        Damage.Sample(d =>
        {
            var result = ArticleParser.Default.Parse(Damaged(d), new Uri("https://www.example.ir/news/1/"));
            var a = result.Value;
            var joined = string.Join("\n\n", a.Body.Select(b => b.ToPlainText()).Where(t => t.Length > 0));
            return a.Text == joined
                && a.Provenance.All(p => p.Field.Length > 0)
                && (a.Image is null || a.Images.Contains(a.Image));
        }, iter: 40, threads: 1);
    }

    [Fact]
    public void Cut_pages_read_as_text_dumps_or_headline_lists_never_throw()
    {
        Damage.Sample(d =>
        {
            var bytes = Damaged(d);
            var text = Encoding.UTF8.GetString(bytes);
            var asText = TextArticleParser.Default.Parse(text).Value;
            var lists = HeadlineParser.Default.Parse(bytes).Value;
            return asText.Provenance.All(p => p.Source is FieldSource.Text or FieldSource.Url)
                && lists.All(l => l.Items.All(h => h.Title.Length > 0));
        }, iter: 40, threads: 1);
    }

    // Short strings of the characters that trip readers of attribute values: separators alone (a third of the
    // samples), punctuation, digits, Persian letters and digits, half-spaces, quotes.
    private static readonly Gen<string> Junk = Gen.OneOf(
        Gen.String[Gen.Char["-_ "], 0, 3],
        Gen.String[Gen.Char["-_:;|/., "], 0, 4],
        Gen.String[Gen.Char["-_:;|/.,0123456789 aAfFpPrRsS\u200c\u06f1\u0641\"'<>T+"], 0, 12]);

    private static readonly Gen<(int Page, string Lang, string Class, string Date, string Href)> Hostile =
        Gen.Select(Gen.Int[0, Pages.Length - 1], Junk, Junk, Junk, Junk);

    [Fact]
    public void Junk_in_the_attributes_the_rules_read_never_throws_and_the_article_hangs_together()
    {
        // A language tag of separators alone once made Parse throw: every attribute a rule reads gets junk here, on
        // the real pages, under the headline and in a headline list.
        Hostile.Sample(h =>
        {
            var html = Encoding.UTF8.GetString(TestFiles.ReadBytes("persian", "articles", Pages[h.Page]));
            var attr = System.Net.WebUtility.HtmlEncode(h.Lang);
            html = System.Text.RegularExpressions.Regex.Replace(html, "<html[^>]*>", $"<html lang=\"{attr}\">");
            var inject = $"""<div class="{System.Net.WebUtility.HtmlEncode(h.Class)}"><time class="updated {System.Net.WebUtility.HtmlEncode(h.Class)}" datetime="{System.Net.WebUtility.HtmlEncode(h.Date)}">{System.Net.WebUtility.HtmlEncode(h.Date)}</time></div>"""
                + $"""<div class="sidebar--head">آخرین اخبار</div><ul><li><a href="{System.Net.WebUtility.HtmlEncode(h.Href)}">{System.Net.WebUtility.HtmlEncode(h.Date)}:</a><a href="{System.Net.WebUtility.HtmlEncode(h.Href)}">عنوان خبری با طول کافی برای فهرست</a></li><li><a href="/news/2">عنوان خبر دیگری با طول کافی برای فهرست</a></li></ul>""";
            var at = html.IndexOf("</h1>", StringComparison.Ordinal);
            html = at < 0 ? html : html.Insert(at + 5, inject);
            var a = ArticleParser.Default.Parse(html, new Uri("https://www.example.ir/news/1/")).Value;
            var lists = HeadlineParser.Default.Parse(html, new Uri("https://www.example.ir/")).Value;
            return a.Title is { Length: > 0 } && (a.Modified is null || a.Published is null || a.Modified >= a.Published)
                && lists.All(l => l.Items.All(i => i.Title.Length > 0));
        }, iter: 40, threads: 1);
    }
}
