using System.IO.Compression;
using NewsModel.Archives;

namespace NewsModel.Tests.Archives;

public sealed class CompleteGzipStreamTests
{
    private static readonly byte[] PageBytes = TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html");

    [Fact]
    public void A_complete_gzip_page_reads_back_byte_for_byte()
    {
        Decompress(Gzip(PageBytes)).Should().Equal(PageBytes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(17)]
    [InlineData(4096)]
    public void Reads_of_any_size_give_the_same_bytes(int readSize)
    {
        using var stream = new CompleteGzipStream(new MemoryStream(Gzip(PageBytes)));
        var output = new MemoryStream();
        var buffer = new byte[readSize];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            read.Should().BeLessThanOrEqualTo(readSize);
            output.Write(buffer, 0, read);
        }

        output.ToArray().Should().Equal(PageBytes);
        stream.Read(buffer).Should().Be(0, "the end stays the end");
    }

    [Fact]
    public void Concatenated_members_read_as_one_page()
    {
        var half = PageBytes.Length / 2;
        var twoMembers = Gzip(PageBytes[..half]).Concat(Gzip(PageBytes[half..])).ToArray();

        Decompress(twoMembers).Should().Equal(PageBytes);
    }

    [Fact]
    public void Empty_data_and_an_empty_member_read_as_nothing()
    {
        Decompress([]).Should().BeEmpty();
        Decompress(Gzip([])).Should().BeEmpty();
    }

    [Fact]
    public void Every_cut_of_the_data_is_an_error_where_GZipStream_alone_returns_part_of_the_page()
    {
        var compressed = Gzip(PageBytes);
        var cuts = Enumerable.Range(1, 40).Select(i => compressed.Length - i)
            .Concat(Enumerable.Range(0, compressed.Length / 101).Select(i => i * 101 + 10))
            .ToList();

        // What the reader did before: GZipStream gives the first part of the page, and no error.
        using (var plain = new GZipStream(new MemoryStream(compressed, 0, compressed.Length / 2), CompressionMode.Decompress))
        {
            var part = new MemoryStream();
            plain.CopyTo(part);
            part.Length.Should().BeInRange(1, PageBytes.Length - 1);
        }

        foreach (var cut in cuts)
        {
            var read = () => Decompress(compressed[..cut]);
            read.Should().Throw<InvalidDataException>($"the data is cut at {cut} of {compressed.Length} bytes")
                .Which.Message.Should().MatchRegex("cut short");
        }
    }

    [Fact]
    public void Bytes_after_the_last_member_are_reported_too()
    {
        var padded = Gzip(PageBytes).Concat(new byte[512]).ToArray();

        var read = () => Decompress(padded);

        read.Should().Throw<InvalidDataException>().WithMessage("*bytes after its last member*");
    }

    [Theory]
    [InlineData("this is not gzip")]
    [InlineData("x")]
    public void Data_that_is_not_gzip_is_named_so(string text)
    {
        var read = () => Decompress(System.Text.Encoding.UTF8.GetBytes(text));

        read.Should().Throw<InvalidDataException>().WithMessage("The data is not gzip*");
    }

    [Fact]
    public void A_changed_byte_is_an_error()
    {
        var damaged = Gzip(PageBytes);
        damaged[damaged.Length / 2] ^= 0x20;

        var read = () => Decompress(damaged);

        read.Should().Throw<InvalidDataException>();
    }

    [Fact]
    public void Disposing_closes_the_data_unless_asked_to_leave_it_open()
    {
        var kept = new MemoryStream(Gzip(PageBytes));
        new CompleteGzipStream(kept, leaveOpen: true).Dispose();
        kept.CanRead.Should().BeTrue();

        var closed = new MemoryStream(Gzip(PageBytes));
        var stream = new CompleteGzipStream(closed);
        stream.Dispose();
        closed.CanRead.Should().BeFalse();
        var readAfter = () => stream.Read(new byte[4]);
        readAfter.Should().Throw<ObjectDisposedException>();
    }

    private static byte[] Decompress(byte[] compressed)
    {
        using var stream = new CompleteGzipStream(new MemoryStream(compressed));
        var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Optimal))
        {
            gz.Write(bytes);
        }

        return output.ToArray();
    }
}
