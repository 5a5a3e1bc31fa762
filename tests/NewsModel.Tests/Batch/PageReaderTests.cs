using System.IO.Compression;
using System.Text;
using NewsModel.Batch;

namespace NewsModel.Tests.Batch;

public sealed class PageReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsmodel-pages-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("whirlwind.warc", PageFormat.Html)]
    [InlineData("whirlwind.warc.gz", PageFormat.Html)]
    [InlineData("whirlwind.warc.wet.gz", PageFormat.Text)]
    public void An_archive_gives_its_page_with_file_record_and_url(string name, PageFormat format)
    {
        var path = TestFiles.Path("warc", name);

        var items = PageReader.Read([path]).ToList();

        var page = items.Should().ContainSingle().Which.Page!;
        page.Format.Should().Be(format);
        page.Source.File.Should().Be(path);
        page.Source.Url.Should().Be(new Uri("https://an.wikipedia.org/wiki/Escopete"));
        page.Source.RecordId.Should().StartWith("<urn:uuid:");
        page.Source.RecordIndex.Should().Be(format == PageFormat.Text ? 1 : 2);
        Encoding.UTF8.GetString(page.Content.Span).Should().Contain("Escopete");
    }

    [Fact]
    public void A_truncated_archive_is_one_error_with_its_location()
    {
        var path = TestFiles.Path("warc", "clipped.warc.gz");

        var error = PageReader.Read([path]).Should().ContainSingle().Which.Error!;

        error.Code.Should().Be("archive.truncated");
        error.Source.File.Should().Be(path);
        error.Source.RecordIndex.Should().Be(0);
        error.Source.RecordId.Should().Be("<urn:uuid:f3dfa8fa-f031-4a38-90cc-1dcee3d07bb5>");
    }

    [Fact]
    public void A_malformed_archive_gives_its_pages_and_exactly_one_error()
    {
        var items = PageReader.Read([TestFiles.Path("warc", "example-trunc.warc")]).ToList();

        items.Where(i => i.Error != null).Should().ContainSingle().Which.Error!.Code.Should().Be("archive.misplacedrecordend");
        items.Where(i => i.Page != null).Should().ContainSingle().Which.Page!.Source.Url.Should().Be(new Uri("http://example.com/"));
    }

    [Fact]
    public void A_directory_reached_twice_through_symbolic_links_is_read_once()
    {
        // A link to an ancestor made the walk read the same files at every level until the path grew too long (8 files
        // gave 328 pages); a link to a directory read elsewhere gave its pages twice.
        Write("a.html", "<html><body><p>a</p></body></html>");
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        Write(Path.Combine("sub", "b.html"), "<html><body><p>b</p></body></html>");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "sub", "loop"), _dir);
        Directory.CreateSymbolicLink(Path.Combine(_dir, "also-sub"), Path.Combine(_dir, "sub"));

        var files = PageReader.ExpandPath(_dir).Select(f => Path.GetRelativePath(_dir, f)).ToList();

        // "also-sub" sorts first: the sub directory is read through it, and not again under its own name.
        files.Should().Equal("a.html", Path.Combine("also-sub", "b.html"));
    }

    [Fact]
    public void A_directory_is_walked_recursively_in_name_order_and_looks_inside_gz()
    {
        Write("b.html", "<html><body><p>b</p></body></html>");
        Write("a.txt", "plain text");
        Write("ignored.png", "not a page");
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        Write(Path.Combine("sub", "c.htm.gz"), Gzip("<html><body><p>c</p></body></html>"));
        File.Copy(TestFiles.Path("warc", "whirlwind.warc.gz"), Path.Combine(_dir, "sub", "d.warc.gz"));

        var items = PageReader.Read([_dir]).ToList();

        items.Select(i => Path.GetFileName(i.Page!.Source.File)).Should().Equal("a.txt", "b.html", "c.htm.gz", "d.warc.gz");
        Encoding.UTF8.GetString(items[2].Page!.Content.Span).Should().Contain("<p>c</p>");
    }

    [Fact]
    public void A_missing_path_and_a_bad_gz_are_errors_and_reading_goes_on()
    {
        Write("bad.html.gz", "this is not gzip");
        Write("good.html", "<html></html>");

        var items = PageReader.Read([Path.Combine(_dir, "nope.html"), Path.Combine(_dir, "bad.html.gz"), Path.Combine(_dir, "good.html")]).ToList();

        items.Select(i => i.Error?.Code).Should().Equal("file.missing", "file.damaged", null);
        items[1].Error!.Message.Should().StartWith("The data is not gzip");
        items[2].Page!.Source.File.Should().EndWith("good.html");
    }

    [Fact]
    public void A_directory_that_cannot_be_listed_is_an_error_and_the_walk_goes_on()
    {
        // Tests may run as root, whom permissions do not stop: a directory removed after its parent was listed fails
        // the same way. The walk used to skip it in silence.
        Write("a.html", "<html><body><p>a</p></body></html>");
        Directory.CreateDirectory(Path.Combine(_dir, "gone"));
        Write(Path.Combine("gone", "b.html"), "<html></html>");
        Directory.CreateDirectory(Path.Combine(_dir, "kept"));
        Write(Path.Combine("kept", "c.html"), "<html></html>");

        var items = new List<PageItem>();
        foreach (var item in PageReader.Read([_dir]))
        {
            items.Add(item);
            if (items.Count == 1)
            {
                Directory.Delete(Path.Combine(_dir, "gone"), recursive: true);
            }
        }

        items.Select(i => (Path.GetRelativePath(_dir, (i.Error?.Source ?? i.Page!.Source).File!), i.Error?.Code)).Should().Equal(
            ("a.html", null), ("gone", "directory.unreadable"), (Path.Combine("kept", "c.html"), null));
        items[1].Error!.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task A_named_pipe_is_read_as_a_page()
    {
        // Looking for gzip under a plain name seeks back after two bytes; a FIFO cannot, and the first version of that
        // look threw NotSupportedException out of the batch.
        var fifo = Path.Combine(_dir, "pipe.html");
        mkfifo(fifo, Convert.ToUInt32("600", 8)).Should().Be(0);
        var writer = Task.Run(() => File.WriteAllText(fifo, "<html><head><title>From a pipe</title></head><body><p>x</p></body></html>"));

        var page = PageReader.Read([fifo]).Should().ContainSingle().Which.Page!;

        Encoding.UTF8.GetString(page.Content.Span).Should().Contain("From a pipe");
        await writer.WaitAsync(TimeSpan.FromSeconds(10));
    }

#pragma warning disable SYSLIB1054, CA5392 // A test's one call to create a FIFO; .NET has no API for it.
    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true, CharSet = System.Runtime.InteropServices.CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int mkfifo(string path, uint mode);
#pragma warning restore SYSLIB1054, CA5392

    [Fact]
    public void A_gz_page_cut_short_is_an_error_not_part_of_a_page()
    {
        var page = Gzip("<html><head><title>t</title></head><body>" + string.Concat(Enumerable.Range(0, 400).Select(i => $"<p>paragraph {i}</p>")) + "</body></html>");
        Write("whole.html.gz", page);
        Write("cut.html.gz", page[..(page.Length * 2 / 3)]);
        Write("no-trailer.html.gz", page[..^8]);

        var items = PageReader.Read([_dir]).ToList();

        items.Select(i => (Path.GetFileName(i.Error?.Source.File ?? i.Page!.Source.File), i.Error?.Code)).Should().Equal(
            ("cut.html.gz", "file.damaged"), ("no-trailer.html.gz", "file.damaged"), ("whole.html.gz", null));
        items[0].Error!.Message.Should().Contain("cut short");
        Encoding.UTF8.GetString(items[2].Page!.Content.Span).Should().EndWith("<p>paragraph 399</p></body></html>");
    }

    [Fact]
    public void A_file_named_otherwise_that_holds_a_warc_is_read_as_an_archive()
    {
        File.Copy(TestFiles.Path("warc", "whirlwind.warc"), Path.Combine(_dir, "capture.txt"));

        var page = PageReader.Read([Path.Combine(_dir, "capture.txt")]).Should().ContainSingle().Which.Page!;

        page.Source.RecordId.Should().NotBeNull();
        page.Format.Should().Be(PageFormat.Html);
    }

    [Fact]
    public void Reading_is_lazy_so_a_long_input_is_never_held_whole()
    {
        for (var i = 0; i < 20; i++)
        {
            Write($"p{i:00}.html", "<html></html>");
        }

        var opened = 0;
        var items = PageReader.Read(Enumerable.Range(0, 20).Select(i => { opened++; return Path.Combine(_dir, $"p{i:00}.html"); }));

        items.Take(3).Should().HaveCount(3);

        opened.Should().Be(3);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_dir, name), bytes);

    private static byte[] Gzip(string text)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
