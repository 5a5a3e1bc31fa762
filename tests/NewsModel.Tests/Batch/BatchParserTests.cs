using System.Buffers;
using System.Text;
using System.Text.Json;
using NewsModel.Batch;

namespace NewsModel.Tests.Batch;

public class BatchParserTests
{
    private static readonly string[] Articles =
        ["isna-98030903723.html", "tasnim-2015910.html", "varzesh3-1608590.html", "varzesh3-d1Gjx.html", "yjc-6919119.html"];

    private static List<PageItem> RealPages(int copies)
    {
        var pages = new List<PageItem>();
        for (var c = 0; c < copies; c++)
        {
            foreach (var name in Articles)
            {
                pages.Add(new Page
                {
                    Source = new PageSource { File = $"{c}/{name}" },
                    Content = TestFiles.ReadBytes("persian", "articles", name),
                });
            }
        }

        pages.Add(new Page { Source = new PageSource { File = "dump.txt" }, Content = TestFiles.ReadBytes("persian", "text", "shahraranews-216026.txt") });
        pages.Add(PageItem.FromError(new PageReadError { Source = new PageSource { File = "broken.warc.gz", RecordIndex = 7 }, Code = "archive.truncated", Message = "cut" }));
        return pages;
    }

    private static async Task<List<BatchResult>> Collect(BatchParser parser, IEnumerable<PageItem> items, CancellationToken token = default)
    {
        var results = new List<BatchResult>();
        await foreach (var r in parser.ParseAsync(items, token))
        {
            results.Add(r);
        }

        return results;
    }

    [Fact]
    public async Task Parallel_ordered_results_equal_the_single_thread_results_in_input_order()
    {
        var pages = RealPages(2);

        var single = await Collect(new BatchParser(new BatchOptions { MaxDegreeOfParallelism = 1 }), pages);
        var parallel = await Collect(new BatchParser(new BatchOptions { MaxDegreeOfParallelism = 3, BufferSize = 2 }), pages);

        single.Should().HaveCount(pages.Count);
        parallel.Select(r => r.Source).Should().Equal(pages.Select(p => p.Page?.Source ?? p.Error!.Source));
        parallel.Select(r => r.ToJsonLine()).Should().Equal(single.Select(r => r.ToJsonLine()));
    }

    [Fact]
    public async Task Unordered_results_hold_every_page_once()
    {
        var pages = RealPages(3);

        var results = await Collect(new BatchParser(new BatchOptions { MaxDegreeOfParallelism = 2, Ordered = false }), pages);

        results.Select(r => r.Source.File).Should().BeEquivalentTo(pages.Select(p => p.Page?.Source.File ?? p.Error!.Source.File));
    }

    [Fact]
    public async Task Html_and_text_pages_go_to_their_parsers_and_read_errors_become_failed_results()
    {
        var results = await Collect(new BatchParser(), RealPages(1));

        results.Take(5).Should().OnlyContain(r => r.Format == PageFormat.Html && r.Succeeded);
        results[5].Format.Should().Be(PageFormat.Text);
        results[5].Article!.SourceOf("title").Should().Be(FieldSource.Text);
        var failed = results[6];
        failed.Succeeded.Should().BeFalse();
        failed.Error.Should().Be("archive.truncated: cut");
        failed.Source.RecordIndex.Should().Be(7);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public async Task A_selector_runs_on_the_workers_and_gives_the_same_values_as_applying_it_afterwards(int workers, bool ordered)
    {
        var pages = RealPages(2);
        var expected = (await Collect(new BatchParser(new BatchOptions { MaxDegreeOfParallelism = 1 }), pages)).Select(r => r.ToJsonLine()).ToList();

        var parser = new BatchParser(new BatchOptions { MaxDegreeOfParallelism = workers, BufferSize = 2, Ordered = ordered });
        var lines = new List<string>();
        await foreach (var line in parser.ParseAsync(pages, r => r.ToJsonLine()))
        {
            lines.Add(line);
        }

        if (ordered)
        {
            lines.Should().Equal(expected);
        }
        else
        {
            lines.Should().BeEquivalentTo(expected);
        }
    }

    [Fact]
    public async Task The_utf8_line_is_the_string_line_encoded_and_goes_after_what_the_buffer_holds()
    {
        var results = await Collect(new BatchParser(), RealPages(1));
        var buffer = new ArrayBufferWriter<byte>(16);

        foreach (var result in results)
        {
            buffer.ResetWrittenCount();
            buffer.Write("x\n"u8);
            result.WriteJsonLine(buffer);

            buffer.WrittenSpan[..2].ToArray().Should().Equal((byte)'x', (byte)'\n');
            var line = Encoding.UTF8.GetString(buffer.WrittenSpan[2..]);
            line.Should().Be(result.ToJsonLine());
            line.Should().NotContain("\n");
        }

        results.Select(r => r.ToJsonLine()).Should().Contain(l => l.Contains("\"ok\":false", StringComparison.Ordinal))
            .And.Contain(l => l.Length > 16 * 1024, "a long line makes the buffer grow");
        var write = () => results[0].WriteJsonLine(null!);
        write.Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(2, false)]
    public async Task A_selector_that_throws_ends_the_enumeration_with_its_exception(int workers, bool ordered)
    {
        var parser = new BatchParser(new BatchOptions { MaxDegreeOfParallelism = workers, BufferSize = 2, Ordered = ordered });
        var taken = 0;

        var act = async () =>
        {
            await foreach (var _ in parser.ParseAsync(RealPages(2), r => r.Source.File == "1/tasnim-2015910.html" ? throw new InvalidOperationException("selector") : r))
            {
                taken++;
            }
        };

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("selector");
        taken.Should().BeLessThan(RealPages(2).Count);
    }

    [Fact]
    public async Task A_selector_is_checked_for_null()
    {
        var parser = new BatchParser();
        var act = () => parser.ParseAsync<string>(RealPages(1), null!);
        var actAsync = () => parser.ParseAsync<string>(AsyncPages(), null!);

        act.Should().Throw<ArgumentNullException>();
        actAsync.Should().Throw<ArgumentNullException>();
        await Task.CompletedTask;

        static async IAsyncEnumerable<PageItem> AsyncPages()
        {
            await Task.Yield();
            yield break;
        }
    }

    [Fact]
    public async Task Memory_is_bounded_the_input_is_read_only_as_fast_as_results_are_taken()
    {
        var pulled = 0;
        IEnumerable<PageItem> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return new Page { Source = new PageSource { File = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }, Content = "<html><h1>t</h1></html>"u8.ToArray() };
            }
        }

        var parser = new BatchParser(new BatchOptions { MaxDegreeOfParallelism = 2, BufferSize = 4 });
        var taken = 0;
        await foreach (var result in parser.ParseAsync(Endless()))
        {
            result.Source.File.Should().Be(taken.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (++taken == 10)
            {
                break;
            }
        }

        // 10 taken, at most BufferSize queued, MaxDegreeOfParallelism running and one in the reader's hand.
        Volatile.Read(ref pulled).Should().BeLessThanOrEqualTo(10 + 4 + 2 + 1);
    }

    [Fact]
    public async Task Cancelling_stops_reading_and_returns_only_whole_results()
    {
        using var cts = new CancellationTokenSource();
        var pages = RealPages(10);
        var results = new List<BatchResult>();
        await foreach (var r in new BatchParser(new BatchOptions { MaxDegreeOfParallelism = 2, BufferSize = 2 }).ParseAsync(pages, cts.Token))
        {
            results.Add(r);
            if (results.Count == 3)
            {
                await cts.CancelAsync();
            }
        }

        results.Count.Should().BeInRange(3, 3 + 2 + 2 + 1);
        results.Should().OnlyContain(r => r.Succeeded);
        results.Select(r => r.Source).Should().Equal(pages.Take(results.Count).Select(p => p.Page!.Source));
    }

    [Fact]
    public void A_warc_record_s_date_is_the_fetch_time_relative_dates_are_read_against()
    {
        // A capture whose page dates itself «vor 3 Stunden» (hand-written: no page of the corpus has both).
        const string html = """
            <html lang="de"><body><article>
              <h1>Der Stadtrat beschließt den Haushalt nach langer Nacht</h1>
              <div class="meta"><span class="date">vor 3 Stunden</span></div>
              <p>Der Stadtrat hat am Dienstagabend nach einer elfstündigen Debatte den Haushalt der Stadt beschlossen.</p>
              <p>Die Opposition sagte, der Plan lasse zu wenig für die Schulen, und stimmte geschlossen dagegen.</p>
            </article></body></html>
            """;
        var warc = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2024-03-07T11:00:00Z\r\n"
            + "WARC-Target-URI: https://example.de/haushalt\r\nContent-Type: text/html; charset=utf-8\r\n"
            + $"Content-Length: {Encoding.UTF8.GetByteCount(html)}\r\n\r\n{html}\r\n\r\n";
        var fetched = new DateTimeOffset(2024, 3, 7, 11, 0, 0, TimeSpan.Zero);

        var item = PageReader.ReadArchive(NewsModel.Archives.WarcReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(warc)))).Single();
        item.Page!.Source.FetchedAt.Should().Be(fetched);
        var result = new BatchParser().Parse(item);

        result.Article!.Published.Should().Be(fetched.AddHours(-3));
        using var json = JsonDocument.Parse(result.ToJsonLine());
        json.RootElement.GetProperty("source").GetProperty("fetchedAt").GetDateTimeOffset().Should().Be(fetched);
    }

    [Theory]
    [InlineData("WARC-Truncated: length\r\n", "length")]
    [InlineData("WARC-Truncated: \r\n", "unspecified")]
    [InlineData("", null)]
    public void A_record_the_crawler_cut_parses_with_a_warning_and_says_so_in_its_line(string header, string? reason)
    {
        // A response cut mid-paragraph, as a crawler's length limit leaves it (hand-written: the bundled archives hold
        // no such record).
        const string html = "<html><head><title>Der Haushalt</title></head><body><article><h1>Der Stadtrat beschließt den Haushalt</h1>"
            + "<p>Der Stadtrat hat am Dienstagabend nach einer elfstündigen Debatte den Haushalt der Stadt beschlossen, und die Opp";
        var http = $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}";
        var warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:2>\r\n" + header
            + "WARC-Target-URI: https://example.de/haushalt\r\nContent-Type: application/http; msgtype=response\r\n"
            + $"Content-Length: {Encoding.UTF8.GetByteCount(http)}\r\n\r\n{http}\r\n\r\n";

        var item = PageReader.ReadArchive(NewsModel.Archives.WarcReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(warc)))).Single();
        var result = new BatchParser().Parse(item);

        item.Page!.Source.Truncated.Should().Be(reason);
        result.Article!.Title.Should().Be("Der Stadtrat beschließt den Haushalt");
        var warnings = result.Diagnostics.Where(d => d.Code == "page.truncated").ToList();
        using var json = JsonDocument.Parse(result.ToJsonLine());
        var truncated = json.RootElement.GetProperty("source").GetProperty("truncated");
        if (reason is null)
        {
            warnings.Should().BeEmpty();
            truncated.ValueKind.Should().Be(JsonValueKind.Null);
        }
        else
        {
            warnings.Should().ContainSingle().Which.Severity.Should().Be(DiagnosticSeverity.Warning);
            warnings[0].Message.Should().Contain($"WARC-Truncated: {reason}");
            truncated.GetString().Should().Be(reason);
        }
    }

    [Fact]
    public void A_gzip_coded_body_cut_on_its_way_is_read_in_part_and_flagged()
    {
        // A crawler that stores responses as received keeps Content-Encoding: gzip; a body cut on its way inflated in
        // part, in silence, and passed for the whole page. Hand-written HTTP around the real isna page.
        var page = TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html");
        byte[] gzipped;
        using (var buffer = new MemoryStream())
        {
            using (var gz = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                gz.Write(page);
            }

            gzipped = buffer.ToArray();
        }

        BatchResult Read(byte[] body)
        {
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\nContent-Length: {body.Length}\r\n\r\n");
            var block = http.Concat(body).ToArray();
            var warc = Encoding.ASCII.GetBytes("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:3>\r\nWARC-Target-URI: https://www.isna.ir/news/98030903723/\r\n"
                + $"Content-Type: application/http; msgtype=response\r\nContent-Length: {block.Length}\r\n\r\n").Concat(block).Concat("\r\n\r\n"u8.ToArray()).ToArray();
            var item = PageReader.ReadArchive(NewsModel.Archives.WarcReader.Open(new MemoryStream(warc))).Single();
            return new BatchParser().Parse(item);
        }

        var whole = Read(gzipped);
        var cut = Read(gzipped[..(gzipped.Length * 2 / 3)]);

        whole.Source.Truncated.Should().BeNull();
        whole.Diagnostics.Should().NotContain(d => d.Code == "page.truncated");
        cut.Succeeded.Should().BeTrue();
        cut.Source.Truncated.Should().Be("http-body");
        cut.Diagnostics.Should().ContainSingle(d => d.Code == "page.truncated").Which.Message.Should().Contain("HTTP body ends early");
        cut.Article!.Title.Should().Be(whole.Article!.Title, "the head of the page is there");
    }

    [Fact]
    public void A_real_archive_s_pages_carry_their_capture_time()
    {
        var pages = PageReader.Read([TestFiles.Path("warc", "whirlwind.warc")]).Where(p => p.Page is not null).ToList();

        pages.Should().NotBeEmpty();
        pages.Should().OnlyContain(p => p.Page!.Source.FetchedAt != null && p.Page.Source.FetchedAt.Value.Year == 2024);
        new BatchResult { Source = new PageSource { File = "a.html" } }.ToJsonLine().Should().Contain("\"fetchedAt\":null");
    }

    [Fact]
    public async Task A_json_line_carries_the_source_and_the_article()
    {
        var page = new Page
        {
            Source = new PageSource { File = "a.warc.gz", RecordId = "<urn:x>", RecordIndex = 4, Url = new Uri("https://www.isna.ir/news/98030903723/") },
            Content = TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html"),
        };

        var result = (await Collect(new BatchParser(), [page])).Single();
        var line = result.ToJsonLine();

        line.Should().NotContain("\n");
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        root.GetProperty("source").GetProperty("file").GetString().Should().Be("a.warc.gz");
        root.GetProperty("source").GetProperty("recordId").GetString().Should().Be("<urn:x>");
        root.GetProperty("source").GetProperty("recordIndex").GetInt64().Should().Be(4);
        root.GetProperty("source").GetProperty("url").GetString().Should().Be("https://www.isna.ir/news/98030903723/");
        root.GetProperty("ok").GetBoolean().Should().BeTrue();
        root.GetProperty("format").GetString().Should().Be("html");
        root.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
        var article = NewsModel.Serialization.NewsJson.DeserializeArticle(root.GetProperty("article").GetRawText());
        article.Should().Be(result.Article);

        // The article inside the line is written exactly as NewsJson writes it on its own (Persian unescaped).
        root.GetProperty("article").GetRawText().Should().Be(NewsModel.Serialization.NewsJson.Serialize(result.Article!, indented: false));
        line.Should().Contain("ایسنا");
    }

    [Fact]
    public void A_declared_charset_decodes_a_text_page()
    {
        // ASCII digits: windows-1256 has no Persian digits.
        const string dump = "قیمت نان در مشهد افزایش یافت\n\nکد خبر: 1234\n\nبه گزارش خبرگزاری، قیمت نان در شهر مشهد از امروز افزایش یافت و نانوایی‌ها نرخ جدید را اعلام کردند.";
        var expected = TextArticleParser.Default.Parse(dump).Value;
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(dump)).ToArray();

        TextArticleParser.Default.Parse(utf16).Value.Should().Be(expected);
        TextArticleParser.Default.Parse(Encoding.UTF8.GetBytes(dump), null, "utf-8").Value.Should().Be(expected);
        TextArticleParser.Default.Parse(CodePagesEncodingProvider.Instance.GetEncoding(1256)!.GetBytes(dump), null, "windows-1256").Value.Should().Be(expected);
        expected.Id.Should().Be("1234");
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>", PageFormat.Html)]
    [InlineData("  <html lang=\"fa\">", PageFormat.Html)]
    [InlineData("<div><p>one</p><p>two</p></div>", PageFormat.Html)]
    [InlineData("کد خبر: ۲۱۶۰۲۶\nمتن خبر", PageFormat.Text)]
    [InlineData("{*Start Google Analytics Code*} <-- End Google Analytics Code -->", PageFormat.Text)]
    [InlineData("a < b and <b> is bold", PageFormat.Text)]
    public void Markup_is_told_from_text(string content, PageFormat expected)
    {
        PageFormatDetector.Detect(content).Should().Be(expected);
        PageFormatDetector.Detect(Encoding.UTF8.GetBytes(content)).Should().Be(expected);
    }

    [Fact]
    public void The_real_text_dump_is_detected_as_text_and_the_real_pages_as_html()
    {
        PageFormatDetector.Detect(TestFiles.ReadBytes("persian", "text", "shahraranews-216026.txt")).Should().Be(PageFormat.Text);
        foreach (var name in Articles)
        {
            PageFormatDetector.Detect(TestFiles.ReadBytes("persian", "articles", name)).Should().Be(PageFormat.Html, name);
        }
    }
}
