using System.IO.Compression;
using System.Text;
using CsCheck;
using NewsModel.Archives;

namespace NewsModel.Tests.Archives;

public class WarcReaderTests
{
    private static List<WarcEntry> ReadAll(string name)
    {
        using var reader = WarcReader.Open(TestFiles.Path("warc", name));
        return reader.ReadAll().ToList();
    }

    [Theory]
    [InlineData("whirlwind.warc")]
    [InlineData("whirlwind.warc.gz")]
    public void Reads_the_four_records_of_a_common_crawl_warc(string name)
    {
        var entries = ReadAll(name);

        entries.Should().OnlyContain(e => e.Error == null);
        entries.Select(e => e.Record!.Type).Should().Equal("warcinfo", "request", "response", "metadata");
        entries.Select(e => e.Record!.Index).Should().Equal(0, 1, 2, 3);
        var response = entries[2].Record!;
        response.TargetUri.Should().Be(new Uri("https://an.wikipedia.org/wiki/Escopete"));
        response.RecordId.Should().StartWith("<urn:uuid:");
        response.Date.Should().Be(new DateTimeOffset(2024, 5, 18, 1, 58, 10, TimeSpan.Zero));
        response.Block.Length.Should().Be(int.Parse(response.GetHeader("content-length")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_plain_and_the_gzip_copies_hold_the_same_records()
    {
        var plain = ReadAll("whirlwind.warc").Select(e => e.Record!).ToList();
        var gzip = ReadAll("whirlwind.warc.gz").Select(e => e.Record!).ToList();

        plain.Select(r => r.RecordId).Should().Equal(gzip.Select(r => r.RecordId));
        plain.Select(r => r.Block.ToArray()).Should().BeEquivalentTo(gzip.Select(r => r.Block.ToArray()), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Reads_the_http_response_of_a_response_record()
    {
        var response = ReadAll("whirlwind.warc.gz").Select(e => e.Record!).Single(r => r.Type == "response");

        response.TryGetHttpResponse(out var http).Should().BeTrue();
        http!.StatusCode.Should().Be(200);
        http.MediaType.Should().Be("text/html");
        http.Charset.Should().BeEquivalentTo("utf-8");
        Encoding.UTF8.GetString(http.Body.Span).Should().Contain("Escopete").And.StartWith("<!DOCTYPE html>");
    }

    [Fact]
    public void Reads_the_conversion_record_of_a_wet_file()
    {
        var records = ReadAll("whirlwind.warc.wet.gz").Select(e => e.Record!).ToList();

        records.Select(r => r.Type).Should().Equal("warcinfo", "conversion");
        records[1].TargetUri.Should().Be(new Uri("https://an.wikipedia.org/wiki/Escopete"));
        records[1].GetBlockText().Should().StartWith("Escopete - Biquipedia, a enciclopedia libre");
    }

    [Fact]
    public void A_truncated_gzip_archive_gives_one_truncation_error_with_its_record()
    {
        var entries = ReadAll("clipped.warc.gz");

        entries.Should().ContainSingle();
        var error = entries[0].Error!;
        error.Kind.Should().Be(WarcErrorKind.Truncated);
        error.Index.Should().Be(0);
        error.RecordId.Should().Be("<urn:uuid:f3dfa8fa-f031-4a38-90cc-1dcee3d07bb5>");
        error.Message.Should().Contain("88275");
    }

    [Fact]
    public void A_block_that_overruns_its_length_gives_exactly_one_error_and_the_next_record_is_read()
    {
        var entries = ReadAll("example-trunc.warc");

        entries.Where(e => e.Error != null).Should().ContainSingle()
            .Which.Error!.Kind.Should().Be(WarcErrorKind.MisplacedRecordEnd);
        entries.Where(e => e.Record != null).Select(e => e.Record!.Type).Should().Equal("warcinfo", "warcinfo", "response", "request");
        var errorAt = entries.FindIndex(e => e.Error != null);
        entries[errorAt - 1].Record!.Type.Should().Be("response");
        entries[errorAt].Error!.RecordId.Should().Be(entries[errorAt - 1].Record!.RecordId);
    }

    [Fact]
    public void A_record_without_content_length_is_reported_and_the_reader_resynchronises()
    {
        var text = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:a>\r\n\r\nsome\r\nlines\r\n\r\n"
            + Record("resource", "<urn:b>", "hello");
        using var reader = new WarcReader(new MemoryStream(Encoding.UTF8.GetBytes(text)));

        var entries = reader.ReadAll().ToList();

        entries.Should().HaveCount(2);
        entries[0].Error!.Kind.Should().Be(WarcErrorKind.MalformedHeader);
        entries[0].Error!.RecordId.Should().Be("<urn:a>");
        entries[1].Record!.RecordId.Should().Be("<urn:b>");
        entries[1].Record!.Index.Should().Be(1);
        entries[1].Record!.GetBlockText().Should().Be("hello");
    }

    [Fact]
    public void Bytes_with_no_line_end_for_longer_than_a_line_may_be_are_reported_not_passed_over_in_silence()
    {
        // A file of 100 KB of zeros named .warc.gz (not gzip, so read as plain): no record and no error, and the batch
        // said nothing about it.
        using var zeros = new WarcReader(new MemoryStream(new byte[100_000]));

        var alone = zeros.ReadAll().ToList();

        alone.Should().ContainSingle().Which.Error!.Kind.Should().Be(WarcErrorKind.MalformedHeader);

        // Before a record, the garbage is reported once and the record is still read.
        var bytes = new byte[100_000].Concat(Encoding.UTF8.GetBytes("\r\n" + Record("resource", "<urn:after>", "hello"))).ToArray();
        using var reader = new WarcReader(new MemoryStream(bytes));

        var entries = reader.ReadAll().ToList();

        entries.Should().HaveCount(2);
        entries[0].Error!.Kind.Should().Be(WarcErrorKind.MalformedHeader);
        entries[0].Error!.Offset.Should().Be(0);
        entries[1].Record!.RecordId.Should().Be("<urn:after>");
        entries[1].Record!.GetBlockText().Should().Be("hello");
    }

    [Fact]
    public void A_record_above_the_size_limit_is_skipped_unread()
    {
        var text = Record("resource", "<urn:big>", new string('x', 5000)) + Record("resource", "<urn:small>", "ok");
        using var reader = new WarcReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), new WarcReaderOptions { MaxRecordLength = 1000 });

        var entries = reader.ReadAll().ToList();

        entries[0].Error!.Kind.Should().Be(WarcErrorKind.RecordTooLarge);
        entries[1].Record!.RecordId.Should().Be("<urn:small>");
    }

    [Fact]
    public void Garbage_that_is_not_gzip_inside_a_gzip_stream_is_reported_as_undecodable()
    {
        var good = Gzip(Record("resource", "<urn:one>", "first"));
        var bytes = good.Concat(new byte[] { 0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }).ToArray();
        using var reader = WarcReader.Open(new MemoryStream(bytes));

        var entries = reader.ReadAll().ToList();

        entries[0].Record!.RecordId.Should().Be("<urn:one>");
        entries.Last().Error!.Kind.Should().Be(WarcErrorKind.Undecodable);
    }

    [Theory]
    [InlineData("a damaged member header")]
    [InlineData("bytes between two members")]
    public void Records_after_bytes_that_start_no_gzip_member_are_not_lost_in_silence(string damage)
    {
        // GZipStream stops, with no error, at the first bytes that do not start a member: every record after them was
        // dropped and the batch said "0 failed". Ten records; the damage sits before the fourth.
        var members = Enumerable.Range(0, 10).Select(i => Gzip(Record("resource", $"<urn:{i}>", $"page {i}"))).ToList();
        if (damage == "a damaged member header")
        {
            members[3][0] = 0x00;
        }
        else
        {
            members.Insert(3, "GARBAGE"u8.ToArray());
        }

        using var reader = WarcReader.Open(new MemoryStream(members.SelectMany(m => m).ToArray()));
        var entries = reader.ReadAll().ToList();

        entries.Where(e => e.Record is not null).Select(e => e.Record!.RecordId).Should().Equal("<urn:0>", "<urn:1>", "<urn:2>");
        var error = entries.Should().ContainSingle(e => e.Error != null).Which.Error!;
        error.Kind.Should().Be(WarcErrorKind.Undecodable);
        error.Index.Should().Be(3);
        error.Message.Should().Contain("stops inside a member");
    }

    [Fact]
    public void A_gzip_archive_cut_inside_a_record_is_truncated_without_a_byte_count_it_cannot_know()
    {
        var bytes = File.ReadAllBytes(TestFiles.Path("warc", "clipped.warc.gz"));
        using var reader = WarcReader.Open(new MemoryStream(bytes));

        var error = reader.ReadAll().Should().ContainSingle().Which.Error!;

        error.Kind.Should().Be(WarcErrorKind.Truncated);
        error.Message.Should().Be("The archive ends inside a record of 88275 bytes: The gzip data stops inside a member: the file is cut short (or has bytes after its last member).");
    }

    [Fact]
    public void Records_are_read_one_gzip_member_at_a_time_from_a_non_seekable_stream()
    {
        var members = Enumerable.Range(0, 50).SelectMany(i => Gzip(Record("resource", $"<urn:{i}>", $"page {i}"))).ToArray();
        using var reader = WarcReader.Open(new NonSeekable(new MemoryStream(members)));

        reader.ReadRecords().Select(r => r.GetBlockText()).Should().Equal(Enumerable.Range(0, 50).Select(i => $"page {i}"));
    }

    [Fact]
    public void Chunked_http_payloads_are_dechunked()
    {
        var http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nHello\r\n6\r\n World\r\n0\r\n\r\n";

        HttpPayload.TryParse(Encoding.ASCII.GetBytes(http), out var payload).Should().BeTrue();

        Encoding.ASCII.GetString(payload!.Body.Span).Should().Be("Hello World");
        payload.Charset.Should().Be("windows-1256");
        payload.IsBodyTruncated.Should().BeFalse();
    }

    [Theory]
    [InlineData("5\r\nHello\r\n6\r\n World\r\n", "Hello World", true)]
    [InlineData("5\r\nHello\r\n6\r\n Wor", "Hello Wor", true)]
    [InlineData("5\r\nHello\r\n6", "Hello", true)]
    [InlineData("<html><body>stored decoded, the header kept</body></html>", "<html><body>stored decoded, the header kept</body></html>", false)]
    public void A_chunked_body_cut_on_its_way_gives_its_chunks_and_says_so(string body, string expected, bool cut)
    {
        // A body cut mid-chunk kept its chunk-size lines in the page's text; one without its last chunk passed for whole.
        var http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + body;

        HttpPayload.TryParse(Encoding.ASCII.GetBytes(http), out var payload).Should().BeTrue();

        Encoding.ASCII.GetString(payload!.Body.Span).Should().Be(expected);
        payload.IsBodyTruncated.Should().Be(cut);
    }

    [Theory]
    [InlineData("zlib")]
    [InlineData("raw")]
    [InlineData("already decoded")]
    public void A_deflate_body_is_read_zlib_wrapped_raw_or_already_decoded(string form)
    {
        // "deflate" means zlib-wrapped data; some servers send raw deflate, which browsers read, and an archive may keep
        // the header on a body it stored decoded. The raw form was kept compressed: a page of binary.
        var page = TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html");
        using var coded = new MemoryStream();
        if (form == "already decoded")
        {
            coded.Write(page);
        }
        else
        {
            using Stream deflate = form == "zlib"
                ? new ZLibStream(coded, CompressionLevel.Fastest, leaveOpen: true)
                : new DeflateStream(coded, CompressionLevel.Fastest, leaveOpen: true);
            deflate.Write(page);
        }

        var head = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: deflate\r\n\r\n");

        HttpPayload.TryParse(head.Concat(coded.ToArray()).ToArray(), out var payload).Should().BeTrue();

        payload!.Body.ToArray().Should().Equal(page);
        payload.IsBodyTruncated.Should().BeFalse();
    }

    [Fact]
    public void Property_any_sequence_of_records_round_trips()
    {
        Gen.String[Gen.Char.AlphaNumeric, 0, 200].Array[0, 10].Sample(bodies =>
        {
            var text = string.Concat(bodies.Select((b, i) => Record("resource", $"<urn:{i}>", b)));
            using var reader = new WarcReader(new MemoryStream(Encoding.UTF8.GetBytes(text)));
            var read = reader.ReadAll().ToList();
            read.Where(e => e.Error != null).Should().BeEmpty();
            read.Select(e => e.Record!.GetBlockText()).Should().Equal(bodies);
        });
    }

    [Fact]
    public void Property_a_cut_archive_gives_the_whole_records_before_the_cut_and_at_most_one_error()
    {
        var bytes = TestFiles.ReadBytes("warc", "whirlwind.warc");
        var starts = ReadAll("whirlwind.warc").Select(e => e.Record!.Offset).ToList();
        Gen.Int[0, bytes.Length].Sample(cut =>
        {
            using var reader = new WarcReader(new MemoryStream(bytes, 0, cut));
            var entries = reader.ReadAll().ToList();
            var records = entries.Where(e => e.Record != null).ToList();
            entries.Count(e => e.Error != null).Should().BeLessThanOrEqualTo(1);
            records.Count.Should().BeGreaterThanOrEqualTo(starts.Count(s => s < cut) - 1);
            records.Where(r => r.Record!.Offset + r.Record.Block.Length > cut).Should().BeEmpty();
        });
    }

    [Fact]
    public void Property_random_bytes_never_throw_and_end_the_read()
    {
        Gen.Byte.Array[0, 3000].Sample(bytes =>
        {
            using var reader = WarcReader.Open(new MemoryStream(bytes));
            reader.ReadAll().Count().Should().BeLessThanOrEqualTo(bytes.Length + 1);
        });
    }

    internal static string Record(string type, string id, string block) =>
        $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Record-ID: {id}\r\nContent-Type: text/plain\r\nContent-Length: {Encoding.UTF8.GetByteCount(block)}\r\n\r\n{block}\r\n\r\n";

    internal static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }

    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing) { if (disposing) { inner.Dispose(); } base.Dispose(disposing); }
    }
}
