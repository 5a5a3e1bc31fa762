using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsModel.Persian;

namespace NewsModel.Benchmarks;

/// <summary>
/// Persian normalization on ~100 KB (UTF-8) of real page text, each measured beside the obvious
/// <c>string.Replace</c>/<c>Regex.Replace</c> chain doing the same work. Run:
/// <c>dotnet run -c Release --project benchmarks/NewsModel.Benchmarks -- --filter '*PersianBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class PersianBenchmarks
{
    private static readonly PersianNormalizer Default = PersianNormalizer.Default;
    private static readonly PersianNormalizer TextDump = new(PersianNormalizerOptions.ForTextDumps);

    private string _text = "";
    private string _clean = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = PersianCorpusText.Build(100 * 1024);
        _clean = Default.Normalize(_text);
        if (!ReferenceEquals(Default.Normalize(_clean), _clean))
        {
            throw new InvalidOperationException("Normalized text should come back as the same instance.");
        }

        if (PersianDigits.ToAscii(_text) != DigitsReplaceChain())
        {
            throw new InvalidOperationException("The digit baselines disagree with PersianDigits.ToAscii.");
        }
    }

    // ---- digits ----

    [Benchmark(Baseline = true), BenchmarkCategory("Digits to ASCII")]
    public string DigitsReplaceChain()
    {
        var s = _text;
        for (var d = 0; d < 10; d++)
        {
            s = s.Replace((char)('\u06F0' + d), (char)('0' + d));
            s = s.Replace((char)('\u0660' + d), (char)('0' + d));
        }

        return s;
    }

    [Benchmark, BenchmarkCategory("Digits to ASCII")]
    public string DigitsRegexReplace() => DigitRegex().Replace(_text, static m => PersianDigits.ToAscii(m.Value));

    [Benchmark, BenchmarkCategory("Digits to ASCII")]
    public string DigitsToAscii() => PersianDigits.ToAscii(_text);

    // ---- full default normalization ----

    [Benchmark(Baseline = true), BenchmarkCategory("Default normalization")]
    public string NormalizeReplaceChain()
    {
        var s = _text
            .Replace('\u064A', '\u06CC').Replace('\u0649', '\u06CC').Replace('\u0643', '\u06A9')
            .Replace("\u0640", "", StringComparison.Ordinal)
            .Replace("\u200E", "", StringComparison.Ordinal).Replace("\u200F", "", StringComparison.Ordinal)
            .Replace("\u061C", "", StringComparison.Ordinal)
            .Replace('\u00A0', ' ');
        s = StandIn().Replace(s, "\u200C");
        s = ZwnjRun().Replace(s, "\u200C");
        s = ZwnjEdge().Replace(s, "");
        s = SpaceRun().Replace(s, " ");
        s = LineEdgeSpace().Replace(s, "");
        s = SpaceBeforePunct().Replace(s, "$1");
        s = NoSpaceAfterPunct().Replace(s, "$1 ");
        s = SpaceAfterOpen().Replace(s, "«");
        s = SpaceBeforeClose().Replace(s, "»");
        return s.Trim(' ');
    }

    [Benchmark, BenchmarkCategory("Default normalization")]
    public string NormalizeDefault() => Default.Normalize(_text);

    [Benchmark, BenchmarkCategory("Default normalization")]
    public string NormalizeTextDumpWithRepair() => TextDump.Normalize(_text);

    // ---- text that needs no change ----

    [Benchmark(Baseline = true), BenchmarkCategory("Already normalized")]
    public string CleanReplaceChain()
    {
        var t = _text;
        _text = _clean;
        try
        {
            return NormalizeReplaceChain();
        }
        finally
        {
            _text = t;
        }
    }

    [Benchmark, BenchmarkCategory("Already normalized")]
    public string CleanDefault() => Default.Normalize(_clean);

    [GeneratedRegex("[\u06F0-\u06F9\u0660-\u0669]+")]
    private static partial Regex DigitRegex();

    [GeneratedRegex("(?<=[\u0620-\u06FF])[\u200B\u200D\u00AC](?=[\u0620-\u06FF])")]
    private static partial Regex StandIn();

    [GeneratedRegex("\u200C{2,}")]
    private static partial Regex ZwnjRun();

    [GeneratedRegex("\u200C(?![\u0620-\u06FF])|(?<![\u0620-\u06FF])\u200C")]
    private static partial Regex ZwnjEdge();

    [GeneratedRegex("[ \t\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex SpaceRun();

    [GeneratedRegex("^ +| +$", RegexOptions.Multiline)]
    private static partial Regex LineEdgeSpace();

    [GeneratedRegex(" +([\u060C\u061B\u061F])")]
    private static partial Regex SpaceBeforePunct();

    [GeneratedRegex("([\u060C\u061B\u061F])(?=[\\p{L}«])")]
    private static partial Regex NoSpaceAfterPunct();

    [GeneratedRegex("« +")]
    private static partial Regex SpaceAfterOpen();

    [GeneratedRegex(" +»")]
    private static partial Regex SpaceBeforeClose();
}

/// <summary>Real Persian page text from the bundled corpus, repeated to a target size.</summary>
internal static class PersianCorpusText
{
    private static readonly string[][] Sources =
    [
        ["persian", "articles", "isna-98030903723.html"],
        ["persian", "articles", "tasnim-2015910.html"],
        ["persian", "articles", "yjc-6919119.html"],
        ["persian", "articles", "varzesh3-1608590.html"],
        ["persian", "articles", "varzesh3-d1Gjx.html"],
        ["persian", "lists", "mehrnews-2011-v4.html"],
        ["persian", "text", "shahraranews-216026.txt"],
    ];

    /// <summary>At least <paramref name="utf8Bytes"/> bytes of UTF-8 text from the pages (body text, scripts removed, blank lines dropped).</summary>
    public static string Build(int utf8Bytes)
    {
        var parser = new HtmlParser();
        var parts = new List<string>();
        foreach (var source in Sources)
        {
            var raw = File.ReadAllText(BenchmarkData.Path(source));
            if (source[^1].EndsWith(".txt", StringComparison.Ordinal))
            {
                parts.Add(raw);
                continue;
            }

            using var doc = parser.ParseDocument(raw);
            foreach (var e in doc.QuerySelectorAll("script, style, noscript").ToList())
            {
                e.Remove();
            }

            // The text as an HTML-to-text step leaves it: one line per text line of the page, blank lines dropped,
            // everything inside a line (double spaces, NBSP, bidi marks, Arabic letters) kept as the page has it.
            var lines = (doc.Body?.TextContent ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
            parts.Add(string.Join('\n', lines));
        }

        var sb = new StringBuilder();
        var bytes = 0;
        while (bytes < utf8Bytes)
        {
            foreach (var p in parts)
            {
                sb.Append(p).Append('\n');
                bytes += Encoding.UTF8.GetByteCount(p) + 1;
                if (bytes >= utf8Bytes)
                {
                    break;
                }
            }
        }

        return sb.ToString();
    }
}
