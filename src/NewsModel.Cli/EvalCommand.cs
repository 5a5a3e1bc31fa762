using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsModel.Cli;

/// <summary>
/// <c>newsmodel eval --corpus DIR [--out report.json] [--jobs N]</c>: runs the public
/// <see cref="ArticleParser.Default"/> over an evaluation set in trafilatura's format (<c>evaldata.json</c> mapping
/// each URL to <c>{file, with, without, comments, title, author}</c>) and recomputes main-text precision, recall
/// and F1, title and author accuracy, and the comments metric.
/// </summary>
/// <remarks>
/// <para>Main text is <see cref="Article.Text"/> (the body blocks joined by blank lines) — the title and lead are
/// NOT added. A second score ("with lead") is printed beside it, where the text tested is <c>Lead + Text</c>: the
/// article's prose as a reader sees it, since the parser keeps the lead paragraph out of the body.</para>
/// <para>Segments are tested as in the corpus README: whitespace collapsed on both sides, case-sensitive substring.
/// A found <c>with</c> segment is a true positive, a missing one a false negative, a found <c>without</c> segment a
/// false positive; F1 = 2TP / (2TP + FP + FN) over the whole set.</para>
/// <para>Title: equal after Unicode NFKC, whitespace collapsing, trimming and case folding. Author: the article's
/// authors joined by "; " equal to the expected string under the same normalization (strict), or every expected
/// name (split on ';', ',', " und ", " and " and " &amp; ") found in the joined authors (lenient).</para>
/// <para>Comments, on pages listing <c>comments</c> segments: the share of those segments found in the text of
/// <see cref="Article.Comments"/> (replies included), and the number found in the body text.</para>
/// </remarks>
internal static class EvalCommand
{
    public static Command Create()
    {
        var cmd = new Command("eval", "Measure main-text F1, title/author accuracy and comments on an evaluation set (trafilatura's evaldata.json format).");
        var corpus = new Option<string>("--corpus") { Description = "Directory holding evaldata.json (pages in it or in its pages/ folder).", Required = true };
        var output = new Option<string?>("--out") { Description = "Write a per-page JSON report to this file." };
        var jobs = new Option<int>("--jobs") { Description = "Pages parsed in parallel (default: processor count).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var filter = new Option<string?>("--filter") { Description = "Only pages whose file name contains this text." };
        var asText = new Option<bool>("--as-text") { Description = "Render each page to a plain-text dump first (as a crawler's HTML-to-text step does) and parse the dump with TextArticleParser." };
        cmd.Options.Add(corpus);
        cmd.Options.Add(asText);
        cmd.Options.Add(output);
        cmd.Options.Add(jobs);
        cmd.Options.Add(filter);
        cmd.SetAction(parseResult => Run(
            parseResult.GetValue(corpus)!,
            parseResult.GetValue(output),
            Math.Max(1, parseResult.GetValue(jobs)),
            parseResult.GetValue(filter),
            parseResult.GetValue(asText)));
        return cmd;
    }

    private static int Run(string corpusDir, string? outPath, int jobs, string? filter, bool asText)
    {
        var indexPath = Path.Combine(corpusDir, "evaldata.json");
        if (!File.Exists(indexPath))
        {
            Console.Error.WriteLine($"eval: {indexPath} not found.");
            return 2;
        }

        List<EvalCase> cases;
        try
        {
            cases = LoadCases(indexPath, filter);
        }
        catch (JsonException e)
        {
            Console.Error.WriteLine($"eval: {indexPath} is not valid JSON: {e.Message}");
            return 2;
        }

        var results = new ConcurrentBag<PageResult>();
        var missing = new ConcurrentBag<string>();
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = jobs }, c =>
        {
            var file = FindPage(corpusDir, c.File);
            if (file is null)
            {
                missing.Add(c.File);
                return;
            }

            Uri.TryCreate(c.Url, UriKind.Absolute, out var url);
            var bytes = File.ReadAllBytes(file);
            var article = ArticleParser.Default.Parse(bytes, url).Value;
            Article? fromHtml = null;
            if (asText)
            {
                // The page as a crawler's text dump (Common Crawl's WET step, a corpus's HTML-to-text), read by the
                // text parser; the HTML parse of the same page is kept to compare the fields the scores do not cover.
                fromHtml = article;
                article = TextArticleParser.Default.Parse(NewsModel.Text.HtmlToText.Convert(NewsModel.Html.HtmlDecoder.Decode(bytes, null).Text), url).Value;
            }

            var result = Score(c, article);
            if (fromHtml is not null)
            {
                result.HtmlTitle = fromHtml.Title;
                result.HtmlPublished = fromHtml.Published;
                result.TextPublished = article.Published;
                result.TextTags = article.Tags.Count;
                result.TextTagsInHtml = article.Tags.Count(t => fromHtml.Tags.Contains(t, StringComparer.OrdinalIgnoreCase));
                result.HtmlTags = fromHtml.Tags.Count;
                result.TextSection = article.Section;
                result.HtmlSection = fromHtml.Section;
            }

            if (c.Comments.Length > 0)
            {
                var visible = VisibleText(bytes);
                result.CommentsInPage = c.Comments.Count(s => visible.Contains(Collapse(s), StringComparison.Ordinal));
            }

            results.Add(result);
        });
        watch.Stop();

        var pages = results.OrderBy(r => r.File, StringComparer.Ordinal).ToList();
        var summary = Summarize(pages, watch.Elapsed, missing.Count);
        PrintSummary(summary);
        if (asText)
        {
            PrintTextComparison(pages);
        }
        foreach (var m in missing.Order(StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"eval: page file not found: {m}");
        }

        if (outPath is not null)
        {
            using var stream = File.Create(outPath);
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            WriteReport(writer, summary, pages);
        }

        return pages.Count == 0 ? 1 : 0;
    }

    private static List<EvalCase> LoadCases(string indexPath, string? filter)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(indexPath));
        var cases = new List<EvalCase>();
        foreach (var entry in doc.RootElement.EnumerateObject())
        {
            var v = entry.Value;
            var file = Str(v, "file");
            if (file is null || (filter is not null && !file.Contains(filter, StringComparison.Ordinal)))
            {
                continue;
            }

            cases.Add(new EvalCase(entry.Name, file, Strs(v, "with"), Strs(v, "without"), Strs(v, "comments"), Str(v, "title"), Str(v, "author")));
        }

        return cases;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static string[] Strs(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).Where(s => s.Trim().Length > 0).ToArray()
            : [];

    private static string? FindPage(string dir, string file)
    {
        foreach (var candidate in new[] { Path.Combine(dir, "pages", file), Path.Combine(dir, file) })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static PageResult Score(EvalCase c, Article article)
    {
        var text = Collapse(article.Text);
        var full = Collapse(string.Join(' ', new[] { article.Lead, article.Text }.Where(s => !string.IsNullOrEmpty(s))));
        var commentText = new StringBuilder();
        AppendComments(commentText, article.Comments);
        var comments = Collapse(commentText.ToString());

        var result = new PageResult { Url = c.Url, File = c.File };
        foreach (var s in c.With)
        {
            var seg = Collapse(s);
            (text.Contains(seg, StringComparison.Ordinal) ? result.FoundWith : result.MissedWith).Add(s);
            if (full.Contains(seg, StringComparison.Ordinal))
            {
                result.FullTp++;
            }
        }

        foreach (var s in c.Without)
        {
            var seg = Collapse(s);
            if (text.Contains(seg, StringComparison.Ordinal))
            {
                result.FoundWithout.Add(s);
            }

            if (full.Contains(seg, StringComparison.Ordinal))
            {
                result.FullFp++;
            }
        }

        foreach (var s in c.Comments)
        {
            var seg = Collapse(s);
            result.CommentSegments++;
            if (comments.Contains(seg, StringComparison.Ordinal))
            {
                result.CommentsInComments++;
            }
            else
            {
                result.CommentsMissed.Add(s);
            }

            if (text.Contains(seg, StringComparison.Ordinal))
            {
                result.CommentsInBody.Add(s);
            }
        }

        result.ExpectedTitle = string.IsNullOrWhiteSpace(c.Title) ? null : c.Title;
        result.Title = article.Title;
        if (result.ExpectedTitle is not null)
        {
            result.TitleOk = string.Equals(Normalize(c.Title), Normalize(article.Title), StringComparison.Ordinal);
        }

        result.ExpectedAuthor = string.IsNullOrWhiteSpace(c.Author) ? null : c.Author;
        result.Author = article.Authors.Count == 0 ? null : string.Join("; ", article.Authors.Select(a => a.Name));
        if (result.ExpectedAuthor is not null)
        {
            var got = Normalize(result.Author);
            result.AuthorOk = string.Equals(Normalize(c.Author), got, StringComparison.Ordinal);
            var names = c.Author!.Split([";", ",", " und ", " and ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Normalize).Where(n => n.Length > 0).ToList();
            result.AuthorLenientOk = got.Length > 0 && names.Count > 0 && names.All(n => got.Contains(n, StringComparison.Ordinal));
        }

        result.TextLength = article.Text.Length;
        return result;
    }

    // The page's text outside scripts and styles, tags stripped, entities decoded, whitespace collapsed: a comment
    // segment absent from it is loaded by script and cannot be found by any HTML extractor.
    private static string VisibleText(byte[] bytes)
    {
        var html = Encoding.UTF8.GetString(bytes);
        html = Regex.Replace(html, "<(script|style|noscript)[^>]*>.*?</\\1\\s*>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(10));
        html = Regex.Replace(html, "<[^>]*>", " ", RegexOptions.Singleline, TimeSpan.FromSeconds(10));
        return Collapse(WebUtility.HtmlDecode(html));
    }

    private static void AppendComments(StringBuilder sb, IReadOnlyList<Comment> comments)
    {
        foreach (var c in comments)
        {
            sb.Append(c.Author).Append('\n').Append(c.Text).Append("\n\n");
            AppendComments(sb, c.Replies);
        }
    }

    /// <summary>
    /// Collapses every run of whitespace to one space and trims, and drops soft hyphens (U+00AD): the parser removes
    /// those invisible hyphenation hints from every article by design, and the annotations keep them
    /// («Genesenen\u00AD\u00ADnachweise»), so both sides are compared without them.
    /// </summary>
    internal static string Collapse(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = sb.Length > 0;
                continue;
            }

            if (ch == '\u00AD')
            {
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    private static string Normalize(string? s) =>
        Collapse(s?.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();

    private static Summary Summarize(List<PageResult> pages, TimeSpan elapsed, int missing)
    {
        var s = new Summary
        {
            Pages = pages.Count,
            MissingFiles = missing,
            Seconds = elapsed.TotalSeconds,
            Tp = pages.Sum(p => p.FoundWith.Count),
            Fn = pages.Sum(p => p.MissedWith.Count),
            Fp = pages.Sum(p => p.FoundWithout.Count),
            FullTp = pages.Sum(p => p.FullTp),
            FullFp = pages.Sum(p => p.FullFp),
            FullSegments = pages.Sum(p => p.FoundWith.Count + p.MissedWith.Count),
            TitlePages = pages.Count(p => p.TitleOk.HasValue),
            TitleOk = pages.Count(p => p.TitleOk == true),
            AuthorPages = pages.Count(p => p.AuthorOk.HasValue),
            AuthorOk = pages.Count(p => p.AuthorOk == true),
            AuthorLenientOk = pages.Count(p => p.AuthorLenientOk == true),
            CommentPages = pages.Count(p => p.CommentSegments > 0),
            CommentSegments = pages.Sum(p => p.CommentSegments),
            CommentsInComments = pages.Sum(p => p.CommentsInComments),
            CommentsInPage = pages.Sum(p => p.CommentsInPage),
            CommentsInBody = pages.Sum(p => p.CommentsInBody.Count),
            CommentPagesWithBodyLeak = pages.Count(p => p.CommentsInBody.Count > 0),
        };
        return s;
    }

    private static double Ratio(double a, double b) => b == 0 ? 0 : a / b;

    // How the dump's title and date compare with the HTML parse of the same page (which reads the markup's metadata).
    private static void PrintTextComparison(List<PageResult> pages)
    {
        var titled = pages.Where(p => p.HtmlTitle is not null).ToList();
        var sameTitle = titled.Count(p => p.Title is not null && Normalize(p.Title) == Normalize(p.HtmlTitle));
        var dated = pages.Where(p => p.HtmlPublished is not null).ToList();
        var sameInstant = dated.Count(p => p.TextPublished == p.HtmlPublished);
        // The day as the page prints it: both instants seen in the offset of the HTML parse's.
        var sameDay = dated.Count(p => p.TextPublished is { } t && t != p.HtmlPublished && t.ToOffset(p.HtmlPublished!.Value.Offset).Date == p.HtmlPublished.Value.Date);
        var missing = dated.Count(p => p.TextPublished is null);
        var other = dated.Count - sameInstant - sameDay - missing;
        var textOnly = pages.Count(p => p.HtmlPublished is null && p.TextPublished is not null);
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"dump vs HTML parse: title the same on {sameTitle}/{titled.Count} pages with an HTML title"));
        var sectioned = pages.Where(p => p.TextSection is not null).ToList();
        Console.WriteLine(string.Create(inv, $"                    section: on {sectioned.Count} pages, the HTML parse's on {sectioned.Count(p => Normalize(p.TextSection) == Normalize(p.HtmlSection))} ({pages.Count(p => p.HtmlSection is not null)} pages have one)"));
        var tagged = pages.Where(p => p.TextTags > 0).ToList();
        Console.WriteLine(string.Create(inv, $"                    tags: {tagged.Sum(p => p.TextTags)} on {tagged.Count} pages, {tagged.Sum(p => p.TextTagsInHtml)} of them among the HTML parse's tags ({pages.Count(p => p.HtmlTags > 0)} pages have some)"));
        Console.WriteLine(string.Create(inv, $"                    published: same instant {sameInstant}, same day {sameDay}, another day {other}, none {missing} of {dated.Count} pages with an HTML date; {textOnly} dated only in the dump"));
    }

    private static void PrintSummary(Summary s)
    {
        var inv = CultureInfo.InvariantCulture;
        var p = Ratio(s.Tp, s.Tp + s.Fp);
        var r = Ratio(s.Tp, s.Tp + s.Fn);
        var f1 = Ratio(2.0 * s.Tp, (2.0 * s.Tp) + s.Fp + s.Fn);
        var fullFn = s.FullSegments - s.FullTp;
        var fp = Ratio(s.FullTp, s.FullTp + s.FullFp);
        var fr = Ratio(s.FullTp, s.FullSegments);
        var ff1 = Ratio(2.0 * s.FullTp, (2.0 * s.FullTp) + s.FullFp + fullFn);
        Console.WriteLine(string.Create(inv, $"pages: {s.Pages} parsed in {s.Seconds:F1} s ({s.MissingFiles} files missing)"));
        Console.WriteLine(string.Create(inv, $"main text (Article.Text):        precision {p:F3}  recall {r:F3}  F1 {f1:F3}   (TP {s.Tp}, FP {s.Fp}, FN {s.Fn})"));
        Console.WriteLine(string.Create(inv, $"with lead (Lead + Text):         precision {fp:F3}  recall {fr:F3}  F1 {ff1:F3}   (TP {s.FullTp}, FP {s.FullFp}, FN {fullFn})"));
        Console.WriteLine(string.Create(inv, $"title accuracy:  {Ratio(s.TitleOk, s.TitlePages):F3} ({s.TitleOk}/{s.TitlePages} pages with a title)"));
        Console.WriteLine(string.Create(inv, $"author accuracy: {Ratio(s.AuthorOk, s.AuthorPages):F3} strict, {Ratio(s.AuthorLenientOk, s.AuthorPages):F3} lenient ({s.AuthorOk}/{s.AuthorLenientOk} of {s.AuthorPages} pages with an author)"));
        Console.WriteLine(string.Create(inv, $"comments: {Ratio(s.CommentsInComments, s.CommentSegments):F3} of {s.CommentSegments} segments in Comments on {s.CommentPages} pages; {s.CommentsInBody} segments in the body ({s.CommentPagesWithBodyLeak} pages)"));
        Console.WriteLine(string.Create(inv, $"          {s.CommentsInPage} of the {s.CommentSegments} segments are in the page's HTML text at all (the rest load by script): {Ratio(s.CommentsInComments, s.CommentsInPage):F3} of those found"));
    }

    private static void WriteReport(Utf8JsonWriter w, Summary s, List<PageResult> pages)
    {
        w.WriteStartObject();
        w.WriteNumber("pages", s.Pages);
        w.WriteNumber("truePositives", s.Tp);
        w.WriteNumber("falsePositives", s.Fp);
        w.WriteNumber("falseNegatives", s.Fn);
        w.WriteNumber("precision", Ratio(s.Tp, s.Tp + s.Fp));
        w.WriteNumber("recall", Ratio(s.Tp, s.Tp + s.Fn));
        w.WriteNumber("f1", Ratio(2.0 * s.Tp, (2.0 * s.Tp) + s.Fp + s.Fn));
        w.WriteNumber("titleAccuracy", Ratio(s.TitleOk, s.TitlePages));
        w.WriteNumber("authorAccuracy", Ratio(s.AuthorOk, s.AuthorPages));
        w.WriteNumber("authorAccuracyLenient", Ratio(s.AuthorLenientOk, s.AuthorPages));
        w.WriteNumber("commentsInComments", Ratio(s.CommentsInComments, s.CommentSegments));
        w.WriteNumber("commentSegmentsInBody", s.CommentsInBody);
        w.WriteNumber("commentSegmentsInPageText", s.CommentsInPage);
        w.WriteStartArray("results");
        foreach (var p in pages)
        {
            w.WriteStartObject();
            w.WriteString("url", p.Url);
            w.WriteString("file", p.File);
            w.WriteNumber("textLength", p.TextLength);
            WriteList(w, "missedWith", p.MissedWith);
            WriteList(w, "foundWithout", p.FoundWithout);
            WriteList(w, "commentsMissed", p.CommentsMissed);
            WriteList(w, "commentsInBody", p.CommentsInBody);
            if (p.TitleOk.HasValue)
            {
                w.WriteBoolean("titleOk", p.TitleOk.Value);
                w.WriteString("title", p.Title);
                w.WriteString("expectedTitle", p.ExpectedTitle);
            }

            if (p.HtmlTitle is not null || p.HtmlPublished is not null || p.TextPublished is not null)
            {
                w.WriteString("htmlTitle", p.HtmlTitle);
                w.WriteString("htmlPublished", p.HtmlPublished?.ToString("O", CultureInfo.InvariantCulture));
                w.WriteString("textPublished", p.TextPublished?.ToString("O", CultureInfo.InvariantCulture));
            }

            if (p.AuthorOk.HasValue)
            {
                w.WriteBoolean("authorOk", p.AuthorOk.Value);
                w.WriteString("author", p.Author);
                w.WriteString("expectedAuthor", p.ExpectedAuthor);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter w, string name, List<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var i in items)
        {
            w.WriteStringValue(i);
        }

        w.WriteEndArray();
    }

    private sealed record EvalCase(string Url, string File, string[] With, string[] Without, string[] Comments, string? Title, string? Author);

    private sealed class PageResult
    {
        public required string Url { get; init; }

        public required string File { get; init; }

        public List<string> FoundWith { get; } = [];

        public List<string> MissedWith { get; } = [];

        public List<string> FoundWithout { get; } = [];

        public int FullTp { get; set; }

        public int FullFp { get; set; }

        public int CommentSegments { get; set; }

        public int CommentsInComments { get; set; }

        public int CommentsInPage { get; set; }

        public List<string> CommentsMissed { get; } = [];

        public List<string> CommentsInBody { get; } = [];

        public bool? TitleOk { get; set; }

        public string? HtmlTitle { get; set; }

        public DateTimeOffset? HtmlPublished { get; set; }

        public DateTimeOffset? TextPublished { get; set; }

        public int TextTags { get; set; }

        public int TextTagsInHtml { get; set; }

        public int HtmlTags { get; set; }

        public string? TextSection { get; set; }

        public string? HtmlSection { get; set; }

        public string? Title { get; set; }

        public string? ExpectedTitle { get; set; }

        public bool? AuthorOk { get; set; }

        public bool? AuthorLenientOk { get; set; }

        public string? Author { get; set; }

        public string? ExpectedAuthor { get; set; }

        public int TextLength { get; set; }
    }

    private sealed class Summary
    {
        public int Pages { get; init; }

        public int MissingFiles { get; init; }

        public double Seconds { get; init; }

        public int Tp { get; init; }

        public int Fp { get; init; }

        public int Fn { get; init; }

        public int FullTp { get; init; }

        public int FullFp { get; init; }

        public int FullSegments { get; init; }

        public int TitlePages { get; init; }

        public int TitleOk { get; init; }

        public int AuthorPages { get; init; }

        public int AuthorOk { get; init; }

        public int AuthorLenientOk { get; init; }

        public int CommentPages { get; init; }

        public int CommentSegments { get; init; }

        public int CommentsInComments { get; init; }

        public int CommentsInPage { get; init; }

        public int CommentsInBody { get; init; }

        public int CommentPagesWithBodyLeak { get; init; }
    }
}
