namespace NewsModel.Tests.Extraction;

/// <summary>
/// Pages read from a caller's stream, synchronously or not: the same article as from the bytes, whatever size the
/// stream's reads come in, and an endless or oversized stream stopped at the options' bound with a typed error.
/// </summary>
public class StreamInputTests
{
    private static readonly Uri IsnaUrl = new("https://www.isna.ir/news/98030903723/");
    private static readonly byte[] Isna = TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html");
    private static readonly byte[] Dump = TestFiles.ReadBytes("persian", "text", "shahraranews-216026.txt");

    [Theory]
    [InlineData(1_000)]
    [InlineData(7)]
    [InlineData(1 << 20)]
    public async Task A_page_read_asynchronously_gives_the_article_of_its_bytes(int chunk)
    {
        var expected = ArticleParser.Default.Parse(Isna, IsnaUrl);

        // Larger than the first read buffer and not seekable, so the buffer grows; sync reads would throw.
        await using var stream = new ChunkedStream(Isna, chunk, allowSync: false);
        var result = await ArticleParser.Default.ParseAsync(stream, IsnaUrl);

        expected.Value.Title.Should().NotBeNullOrEmpty();
        result.Value.Should().Be(expected.Value);
        result.Diagnostics.Should().Equal(expected.Diagnostics);
        stream.Position.Should().Be(Isna.Length, "the stream is read to its end");
    }

    [Fact]
    public void A_page_read_in_small_synchronous_chunks_gives_the_article_of_its_bytes()
    {
        var expected = ArticleParser.Default.Parse(Isna, IsnaUrl);
        using var stream = new ChunkedStream(Isna, 333, allowSync: true);

        ArticleParser.Default.Parse(stream, IsnaUrl).Value.Should().Be(expected.Value);
    }

    [Fact]
    public async Task The_fetch_time_reaches_the_parse_of_an_asynchronous_stream()
    {
        var fetched = new DateTimeOffset(2019, 5, 30, 12, 0, 0, TimeSpan.Zero);
        var expected = ArticleParser.Default.Parse(Isna, IsnaUrl, charset: null, fetched);
        await using var stream = new ChunkedStream(Isna, 4096, allowSync: false);

        var result = await ArticleParser.Default.ParseAsync(stream, IsnaUrl, charset: null, fetched);

        result.Value.Should().Be(expected.Value);
    }

    [Fact]
    public async Task An_endless_stream_is_read_one_byte_past_the_bound_and_reported()
    {
        const int Limit = 100_000;
        var parser = new ArticleParser(new ArticleParserOptions { MaxInputLength = Limit });
        var endless = new EndlessStream();

        var result = parser.Parse(endless, IsnaUrl);
        var asyncResult = await parser.ParseAsync(new EndlessStream(), IsnaUrl);

        endless.Handed.Should().Be(Limit + 1);
        foreach (var r in new[] { result, asyncResult })
        {
            r.HasErrors.Should().BeTrue();
            r.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("page.tooLarge");
            r.Diagnostics[0].Message.Should().Contain("100000");
            r.Value.Should().Be(new Article { Url = IsnaUrl }, "nothing of the stream is parsed, and nothing is made up");
        }
    }

    [Fact]
    public void A_stream_of_exactly_the_bound_is_parsed_and_one_byte_more_is_not()
    {
        var atBound = new ArticleParser(new ArticleParserOptions { MaxInputLength = Isna.Length });
        var belowBound = new ArticleParser(new ArticleParserOptions { MaxInputLength = Isna.Length - 1 });

        atBound.Parse(new ChunkedStream(Isna, 8192, allowSync: true), IsnaUrl).Value
            .Should().Be(ArticleParser.Default.Parse(Isna, IsnaUrl).Value);
        belowBound.Parse(new MemoryStream(Isna), IsnaUrl).Diagnostics.Select(d => d.Code).Should().Equal("page.tooLarge");
    }

    [Fact]
    public void The_bound_applies_to_streams_only()
    {
        var tiny = new ArticleParser(new ArticleParserOptions { MaxInputLength = 10 });

        tiny.Parse(Isna, IsnaUrl).Value.Should().Be(ArticleParser.Default.Parse(Isna, IsnaUrl).Value);
    }

    [Fact]
    public async Task Cancelling_stops_a_stream_that_never_ends_its_read()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        var act = () => ArticleParser.Default.ParseAsync(new StalledStream(), IsnaUrl, cancellationToken: cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task An_error_of_the_stream_itself_reaches_the_caller()
    {
        var sync = () => ArticleParser.Default.Parse(new FailingStream(), IsnaUrl);
        var fromAsync = () => ArticleParser.Default.ParseAsync(new FailingStream(), IsnaUrl);

        sync.Should().Throw<IOException>().WithMessage("connection reset");
        await fromAsync.Should().ThrowAsync<IOException>().WithMessage("connection reset");
    }

    [Fact]
    public async Task A_null_stream_is_a_caller_bug()
    {
        await ArticleParser.Default.Invoking(p => p.ParseAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await TextArticleParser.Default.Invoking(p => p.ParseAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        TextArticleParser.Default.Invoking(p => p.Parse((Stream)null!)).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_bound_below_one_byte_is_refused_when_the_parser_is_built(long bound)
    {
        var article = () => new ArticleParser(new ArticleParserOptions { MaxInputLength = bound });
        var text = () => new TextArticleParser(new TextArticleParserOptions { MaxInputLength = bound });

        article.Should().Throw<ArgumentOutOfRangeException>();
        text.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task A_text_dump_read_from_a_stream_gives_the_article_of_its_bytes()
    {
        var url = new Uri("https://shahraranews.ir/fa/news/216026");
        var expected = TextArticleParser.Default.Parse(Dump, url);

        var sync = TextArticleParser.Default.Parse(new ChunkedStream(Dump, 100, allowSync: true), url);
        var fromAsync = await TextArticleParser.Default.ParseAsync(new ChunkedStream(Dump, 100, allowSync: false), url);

        expected.Value.Id.Should().Be("216026");
        sync.Value.Should().Be(expected.Value);
        fromAsync.Value.Should().Be(expected.Value);
        fromAsync.Diagnostics.Should().Equal(expected.Diagnostics);
    }

    [Fact]
    public void A_text_dump_past_the_bound_is_reported()
    {
        var parser = new TextArticleParser(new TextArticleParserOptions { MaxInputLength = 1_000 });

        var result = parser.Parse(new MemoryStream(Dump));

        result.Diagnostics.Select(d => d.Code).Should().Equal("page.tooLarge");
        result.Value.Title.Should().BeNull();
    }

    [Fact]
    public async Task A_homepage_read_from_a_stream_gives_the_lists_of_its_bytes()
    {
        var bytes = TestFiles.ReadBytes("persian", "lists", "mehrnews-2011-v1.html");
        var url = new Uri("https://www.mehrnews.com/");
        var expected = HeadlineParser.Default.Parse(bytes, url);

        var sync = HeadlineParser.Default.Parse(new ChunkedStream(bytes, 500, allowSync: true), url);
        var fromAsync = await HeadlineParser.Default.ParseAsync(new ChunkedStream(bytes, 500, allowSync: false), url);

        expected.Value.Sum(l => l.Items.Count).Should().BeGreaterThan(10);
        sync.Value.Should().Equal(expected.Value);
        fromAsync.Value.Should().Equal(expected.Value);
        fromAsync.Diagnostics.Should().Equal(expected.Diagnostics);
    }

    [Fact]
    public async Task A_homepage_past_the_bound_gives_no_lists_and_an_error()
    {
        var parser = new HeadlineParser(new HeadlineParserOptions { MaxInputLength = 4_096 });

        var result = await parser.ParseAsync(new EndlessStream());

        result.Value.Should().BeEmpty();
        result.Diagnostics.Select(d => d.Code).Should().Equal("page.tooLarge");
        new HeadlineParser().Options.Should().Be(HeadlineParserOptions.Default);
        var refused = () => new HeadlineParser(new HeadlineParserOptions { MaxInputLength = 0 });
        refused.Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>A forward-only stream that hands out its bytes at most <c>chunk</c> at a time.</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunk, bool allowSync) : ForwardOnlyStream
    {
        private int _position;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (!allowSync)
            {
                throw new InvalidOperationException("Synchronous operations are disallowed.");
            }

            return Take(buffer.AsSpan(offset, count));
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return Take(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Take(Span<byte> target)
        {
            var n = Math.Min(Math.Min(chunk, target.Length), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(target);
            _position += n;
            return n;
        }
    }

    /// <summary>A stream that never ends (a misbehaving server), counting what it handed out.</summary>
    private sealed class EndlessStream : ForwardOnlyStream
    {
        public long Handed { get; private set; }

        public override long Position { get => Handed; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Handed += count;
            return count;
        }
    }

    /// <summary>A stream whose reads wait for data that never comes, until they are cancelled.</summary>
    private sealed class StalledStream : ForwardOnlyStream
    {
        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
    }

    /// <summary>A stream that gives some bytes, then fails as a dropped connection does.</summary>
    private sealed class FailingStream : ForwardOnlyStream
    {
        private int _calls;

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_calls++ > 0)
            {
                throw new IOException("connection reset");
            }

            buffer[offset] = (byte)'<';
            return 1;
        }
    }

    /// <summary>What the test streams share: readable, not seekable, not writable, of unknown length.</summary>
    private abstract class ForwardOnlyStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
