using System.Text.Json;
using NewsModel.Cli;
using NewsModel.Serialization;

namespace NewsModel.Tests.Cli;

public sealed class BatchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsmodel-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<JsonElement> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void A_clean_batch_writes_one_line_per_page_and_exits_zero()
    {
        var outFile = Path.Combine(_dir, "out.jsonl");
        var articles = TestFiles.Path("persian", "articles");

        var (exit, output, error) = ParseCommandTests.Invoke("batch", Path.Combine(articles, "isna-98030903723.html"), Path.Combine(articles, "yjc-6919119.html"), TestFiles.Path("warc", "whirlwind.warc.gz"), "--out", outFile);

        exit.Should().Be(0, error);
        output.Should().BeEmpty();
        var lines = Lines(File.ReadAllText(outFile));
        lines.Select(l => l.GetProperty("ok").GetBoolean()).Should().Equal(true, true, true);
        lines[0].GetProperty("source").GetProperty("file").GetString().Should().EndWith("isna-98030903723.html");
        lines[2].GetProperty("source").GetProperty("url").GetString().Should().Be("https://an.wikipedia.org/wiki/Escopete");
        lines[2].GetProperty("source").GetProperty("recordId").GetString().Should().StartWith("<urn:uuid:");
        NewsJson.DeserializeArticle(lines[1].GetProperty("article").GetRawText()).Should()
            .Be(ArticleParser.Default.Parse(TestFiles.ReadBytes("persian", "articles", "yjc-6919119.html")).Value);
        error.Should().Contain("done: 3 pages, 3 ok, 0 failed");
    }

    [Fact]
    public void Fetched_at_dates_plain_files_while_archive_records_keep_their_own_capture_time()
    {
        var zeit = TestFiles.Path("dev", "zeit.de.zugverkehr.html");

        var (exit, output, error) = ParseCommandTests.Invoke("batch", zeit, TestFiles.Path("warc", "whirlwind.warc"), "--out", "-", "--fetched-at", "2024-03-07T11:00:00Z", "--parallel", "1");

        exit.Should().Be(0, error);
        var lines = Lines(output);
        lines[0].GetProperty("source").GetProperty("fetchedAt").GetDateTimeOffset().Should().Be(new DateTimeOffset(2024, 3, 7, 11, 0, 0, TimeSpan.Zero));
        NewsJson.DeserializeArticle(lines[0].GetProperty("article").GetRawText()).Comments.Should().NotBeEmpty()
            .And.OnlyContain(c => c.Published != null && c.Published.Value.Year == 2024);
        lines[1].GetProperty("source").GetProperty("fetchedAt").GetDateTimeOffset().Year.Should().Be(2024, "whirlwind's WARC-Date");
        lines[1].GetProperty("source").GetProperty("fetchedAt").GetDateTimeOffset().Month.Should().Be(5);

        var (badExit, _, badError) = ParseCommandTests.Invoke("batch", zeit, "--out", "-", "--fetched-at", "soon");
        badExit.Should().Be(2);
        badError.Should().Contain("--fetched-at");
    }

    [Fact]
    public void Damaged_archives_are_reported_with_their_location_counted_and_skipped()
    {
        var (exit, output, error) = ParseCommandTests.Invoke("batch", TestFiles.Path("warc"), "--out", "-", "--parallel", "2");

        exit.Should().Be(1);
        var lines = Lines(output);
        lines.Where(l => !l.GetProperty("ok").GetBoolean()).Select(l => l.GetProperty("error").GetString()).Should()
            .HaveCount(2).And.Contain(e => e!.StartsWith("archive.truncated")).And.Contain(e => e!.StartsWith("archive.misplacedrecordend"));
        lines.Where(l => l.GetProperty("ok").GetBoolean()).Should().HaveCount(4, "whirlwind gives one page in each of its three forms, example-trunc one");
        lines.Where(l => !l.GetProperty("ok").GetBoolean()).Select(l => l.GetProperty("errorCode").GetString()).Should()
            .BeEquivalentTo("archive.truncated", "archive.misplacedrecordend");
        lines.Where(l => l.GetProperty("ok").GetBoolean()).Should().OnlyContain(l => l.GetProperty("errorCode").ValueKind == JsonValueKind.Null);
        error.Should().Contain("clipped.warc.gz record 0").And.Contain("example-trunc.warc record 2")
            .And.Contain("2 failed (1 archive.misplacedrecordend, 1 archive.truncated),");
    }

    [Fact]
    public void The_summary_counts_failures_by_code_most_first_and_the_pages_cut_by_the_crawler()
    {
        var counts = new BatchCommand.BatchCounts { Pages = 9, Failed = 4, Truncated = 2 };
        counts.FailedByCode["file.damaged"] = 1;
        counts.FailedByCode["archive.truncated"] = 3;

        BatchCommand.Summary(counts, cancelled: false).Should()
            .StartWith("done: 9 pages, 5 ok, 4 failed (3 archive.truncated, 1 file.damaged), 2 cut by the crawler, ");
        BatchCommand.Summary(new BatchCommand.BatchCounts { Pages = 3 }, cancelled: true).Should().StartWith("stopped: 3 pages, 3 ok, 0 failed, ");
    }

    [Fact]
    public void Files_of_other_types_are_counted_in_the_summary_and_ext_reads_them()
    {
        // A site mirrored with wget keeps pages as index.php?id=5 or without an extension: the walk read none of them
        // and the summary said nothing of what it left out.
        var mirror = Path.Combine(_dir, "mirror");
        Directory.CreateDirectory(mirror);
        var page = "<html><head><title>Ein Titel</title></head><body><p>Text.</p></body></html>";
        File.WriteAllText(Path.Combine(mirror, "a.html"), page);
        File.WriteAllText(Path.Combine(mirror, "b.php"), page);
        File.WriteAllText(Path.Combine(mirror, "c"), page);
        File.WriteAllBytes(Path.Combine(mirror, "d.png"), Convert.FromHexString("89504E470D0A1A0A0000000D49484452"));

        var (exit, output, error) = ParseCommandTests.Invoke("batch", mirror, "--out", "-");
        var (phpExit, phpOutput, phpError) = ParseCommandTests.Invoke("batch", mirror, "--out", "-", "--ext", ".html,php");
        var (allExit, allOutput, allError) = ParseCommandTests.Invoke("batch", mirror, "--out", "-", "--ext", "*");

        exit.Should().Be(0);
        Lines(output).Should().ContainSingle();
        error.Should().Contain("done: 1 pages, 1 ok, 0 failed, 3 files of other types not read (--ext),");
        phpExit.Should().Be(0);
        Lines(phpOutput).Select(l => Path.GetFileName(l.GetProperty("source").GetProperty("file").GetString())).Should().Equal("a.html", "b.php");
        phpError.Should().Contain("2 files of other types not read");
        allExit.Should().Be(1, "the image is no page");
        Lines(allOutput).Select(l => l.GetProperty("errorCode").GetString()).Should().Equal(null, null, null, "page.binary");
        allError.Should().Contain("done: 4 pages, 3 ok, 1 failed (1 page.binary),").And.NotContain("not read");
    }

    [Fact]
    public void Jobs_is_an_alias_of_parallel_as_in_eval_so_its_value_is_not_read_as_an_input()
    {
        var (exit, output, error) = ParseCommandTests.Invoke("batch", TestFiles.Path("warc"), "--out", "-", "--jobs", "1");

        exit.Should().Be(1, "the two damaged test archives still fail");
        Lines(output).Should().HaveCount(6);
        error.Should().NotContain("file.missing").And.Contain("2 failed");
    }

    [Fact]
    public async Task Standard_output_as_bytes_gets_the_same_lines_as_the_text_writer()
    {
        var run = new BatchCommand.BatchRun { Inputs = [TestFiles.Path("persian"), TestFiles.Path("warc")], Out = "-", Parallel = 2 };
        using var text = new StringWriter();
        using var bytes = new MemoryStream();
        using var unused = new StringWriter();

        var textExit = await BatchCommand.RunAsync(run, text, TextWriter.Null, interactive: false, CancellationToken.None);
        var bytesExit = await BatchCommand.RunAsync(run, unused, TextWriter.Null, interactive: false, CancellationToken.None, bytes);

        bytesExit.Should().Be(textExit).And.Be(1, "the damaged test archives fail");
        var written = System.Text.Encoding.UTF8.GetString(bytes.ToArray());
        written.Should().Be(text.ToString().ReplaceLineEndings("\n")).And.EndWith("\n");
        Lines(written).Should().HaveCountGreaterThan(10);
        unused.ToString().Should().BeEmpty();
    }

    [Fact]
    public async Task Cancelling_stops_the_batch_leaving_only_complete_lines()
    {
        var page = TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html");
        for (var i = 0; i < 100; i++)
        {
            File.WriteAllBytes(Path.Combine(_dir, $"p{i:000}.html"), page);
        }

        using var cts = new CancellationTokenSource();
        using var stdout = new CancellingWriter(cts);
        using var log = new StringWriter();
        var run = new BatchCommand.BatchRun { Inputs = [_dir], Out = "-", Parallel = 2 };

        var exit = await BatchCommand.RunAsync(run, stdout, log, interactive: false, cts.Token);

        exit.Should().Be(130);
        var lines = Lines(stdout.ToString());
        lines.Count.Should().BeInRange(1, 50);
        lines.Should().OnlyContain(l => l.GetProperty("ok").GetBoolean());
        log.ToString().Should().Contain("stopped: ");
    }

    [Fact]
    public async Task A_cancelled_run_into_a_file_ends_with_a_complete_line()
    {
        var page = TestFiles.ReadBytes("persian", "articles", "tasnim-2015910.html");
        for (var i = 0; i < 40; i++)
        {
            File.WriteAllBytes(Path.Combine(_dir, $"p{i:000}.html"), page);
        }

        var outFile = Path.Combine(_dir, "out.jsonl");
        using var cts = new CancellationTokenSource();
        using var log = new StringWriter();
        var run = new BatchCommand.BatchRun { Inputs = [_dir], Out = outFile, Parallel = 2 };
        cts.CancelAfter(TimeSpan.FromMilliseconds(300));

        var exit = await BatchCommand.RunAsync(run, TextWriter.Null, log, interactive: false, cts.Token);

        var text = File.ReadAllText(outFile);
        (text.Length == 0 || text.EndsWith('\n')).Should().BeTrue();
        Lines(text).Should().HaveCountLessThanOrEqualTo(40);
        exit.Should().BeOneOf(0, 130);
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_a_usage_error()
    {
        var (exit, _, error) = ParseCommandTests.Invoke("batch", TestFiles.Path("warc", "whirlwind.warc"), "--out", Path.Combine(_dir, "no", "such", "dir", "x.jsonl"));

        exit.Should().Be(2);
        error.Should().Contain("cannot write");
    }

    private sealed class CancellingWriter(CancellationTokenSource cts) : StringWriter
    {
        public override Task WriteLineAsync(string? value)
        {
            cts.Cancel();
            return base.WriteLineAsync(value);
        }

        public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            cts.Cancel();
            return base.WriteLineAsync(buffer, cancellationToken);
        }
    }
}
