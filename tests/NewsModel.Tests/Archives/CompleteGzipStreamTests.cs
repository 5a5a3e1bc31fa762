using System.IO.Compression;
using CsCheck;
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
    public void Any_data_in_any_members_reads_back_whole_and_a_cut_or_changed_byte_never_gives_other_data()
    {
        // Random data in one to three members, read in random sizes: whole, it reads back; cut inside a member, it
        // fails; with one byte changed, it fails or (a header byte nothing reads, such as the time) reads back the same.
        Gen.Select(Gen.Byte[0, 3].Array[0, 3000], Gen.Int[1, 3], Gen.Int[1, 5000], Gen.Int[0, int.MaxValue], Gen.Byte[1, 255])
            .Sample((data, members, readSize, at, flip) =>
            {
                var parts = Enumerable.Range(0, members).Select(m => data[(data.Length * m / members)..(data.Length * (m + 1) / members)]).ToList();
                var gzipped = parts.Select(Gzip).ToList();
                var compressed = gzipped.SelectMany(g => g).ToArray();

                Decompress(compressed, readSize).Should().Equal(data);

                // A cut between two members leaves whole members: gzip has no overall length, so that reads as the
                // data of the members kept. Any other cut fails.
                var cut = at % compressed.Length;
                var boundaries = gzipped.Select((g, k) => (End: gzipped.Take(k + 1).Sum(x => x.Length), Data: parts.Take(k + 1).Sum(x => x.Length))).ToList();
                if (boundaries.FirstOrDefault(b => b.End == cut) is { End: > 0 } boundary)
                {
                    Decompress(compressed[..cut], readSize).Should().Equal(data[..boundary.Data]);
                }
                else if (cut > 0)
                {
                    var readCut = () => Decompress(compressed[..cut], readSize);
                    readCut.Should().Throw<InvalidDataException>();
                }

                var changed = (byte[])compressed.Clone();
                changed[at % changed.Length] ^= flip;
                try
                {
                    Decompress(changed, readSize).Should().Equal(data);
                }
                catch (InvalidDataException)
                {
                }
            }, iter: 2000);
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

    private static byte[] Decompress(byte[] compressed, int readSize)
    {
        using var stream = new CompleteGzipStream(new MemoryStream(compressed));
        var output = new MemoryStream();
        var buffer = new byte[readSize];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
        }

        return output.ToArray();
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
        if (bytes.Length == 0)
        {
            // GZipStream writes nothing at all for no data: an empty member is its header, an empty final block, a
            // zero CRC-32 and a zero length.
            return [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        }

        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Optimal))
        {
            gz.Write(bytes);
        }

        return output.ToArray();
    }
}
