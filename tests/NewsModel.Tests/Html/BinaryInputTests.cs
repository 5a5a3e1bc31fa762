using System.IO.Compression;
using NewsModel.Batch;
using NewsModel.Html;

namespace NewsModel.Tests.Html;

public sealed class BinaryInputTests
{
    private static readonly byte[] PageBytes = TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html");

    public static TheoryData<string, string> Signatures => new()
    {
        { "1F8B0800000000000003", "gzip" },
        { "28B52FFD0000", "zstd" },
        { "FD377A585A000004", "xz" },
        { "425A6839314159", "bzip2" },
        { "504B0304140000", "ZIP" },
        { "255044462D312E370A", "PDF" },
        { "89504E470D0A1A0A", "PNG" },
        { "FFD8FFE000104A46", "JPEG" },
        { "474946383961", "GIF" },
        { "52494646000000005745425056503820", "WebP" },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void A_known_format_is_named(string hex, string name)
    {
        BinaryInput.Describe(Convert.FromHexString(hex)).Should().Contain(name);
    }

    [Fact]
    public void Random_bytes_are_binary_and_every_bundled_page_and_dump_is_text()
    {
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        random[0] = (byte)'<';

        BinaryInput.Describe(random).Should().StartWith("binary data (");
        var bundled = Directory.GetFiles(TestFiles.Path("persian"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        bundled.Should().HaveCountGreaterThan(10);
        bundled.Should().OnlyContain(f => BinaryInput.Describe(File.ReadAllBytes(f)) == null);
    }

    [Fact]
    public void Text_with_a_few_control_bytes_or_a_utf16_mark_is_text()
    {
        var withControls = PageBytes.ToArray();
        withControls[100] = 0;
        withControls[200] = 0x1F;

        BinaryInput.Describe(withControls).Should().BeNull("two stray control bytes in 4,096 are a damaged page, not binary data");
        BinaryInput.Describe([0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("<html><title>t</title></html>")]).Should().BeNull();
        BinaryInput.Describe([]).Should().BeNull();
    }

    [Fact]
    public void Utf16_without_a_mark_is_read_as_utf16_not_taken_for_binary()
    {
        // What a .NET caller's Encoding.Unicode.GetBytes(html) gives: no byte-order mark. It was decoded as text full
        // of NULs (an article of garbage); then, with the binary check, refused.
        var html = System.Text.Encoding.UTF8.GetString(PageBytes);
        var dump = TestFiles.ReadText("persian", "text", "shahraranews-216026.txt");
        var url = new Uri("https://www.isna.ir/news/98030903723/");
        var expected = ArticleParser.Default.Parse(html, url).Value;

        foreach (var encoding in new[] { System.Text.Encoding.Unicode, System.Text.Encoding.BigEndianUnicode })
        {
            var bytes = encoding.GetBytes(html);
            BinaryInput.Describe(bytes).Should().BeNull();
            var result = ArticleParser.Default.Parse(bytes, url);
            result.Value.Should().Be(expected);
            result.Diagnostics.Should().Contain(d => d.Code == "encoding.utf16-unmarked");
            TextArticleParser.Default.Parse(encoding.GetBytes(dump)).Value.Should().Be(TextArticleParser.Default.Parse(dump).Value);
        }

        BinaryInput.Utf16WithoutMark(PageBytes).Should().BeNull("UTF-8 has no zero bytes");
    }

    [Fact]
    public void Each_parser_says_when_it_was_given_the_other_kind_of_input()
    {
        // A text dump given to the page parser is one run of text to it, and a page given to the dump reader reads its
        // tags as lines: each said nothing, and the user had an article of poor fields without a hint why.
        var dump = TestFiles.ReadText("persian", "text", "shahraranews-216026.txt");
        var page = System.Text.Encoding.UTF8.GetString(PageBytes);

        ArticleParser.Default.Parse(dump).Diagnostics[0].Code.Should().Be("input.text");
        ArticleParser.Default.Parse(System.Text.Encoding.UTF8.GetBytes(dump)).Diagnostics.Should().Contain(d => d.Code == "input.text");
        TextArticleParser.Default.Parse(page).Diagnostics[0].Code.Should().Be("input.html");
        ArticleParser.Default.Parse(page).Diagnostics.Should().NotContain(d => d.Code == "input.text");
        ArticleParser.Default.Parse("<p>A fragment of HTML is HTML.</p>").Diagnostics.Should().NotContain(d => d.Code == "input.text");
        TextArticleParser.Default.Parse(dump).Diagnostics.Should().NotContain(d => d.Code == "input.html");
    }

    [Fact]
    public void The_byte_parsers_report_binary_input_instead_of_an_article_of_garbage()
    {
        // Found with `newsmodel parse page.html.gz`: the gzip bytes were decoded as windows-1256 into a title of
        // garbage, with no diagnostic above Info.
        var gzipped = Gzip(PageBytes);
        var url = new Uri("https://www.isna.ir/news/98030903723/");

        var article = ArticleParser.Default.Parse(gzipped, url);
        var text = TextArticleParser.Default.Parse(gzipped, url);
        var lists = HeadlineParser.Default.Parse(gzipped, url);

        foreach (var diagnostics in new[] { article.Diagnostics, text.Diagnostics, lists.Diagnostics })
        {
            var error = diagnostics.Should().ContainSingle().Which;
            error.Code.Should().Be("input.binary");
            error.Severity.Should().Be(DiagnosticSeverity.Error);
            error.Message.Should().Contain("gzip");
        }

        article.Value.Title.Should().BeNull();
        article.Value.Url.Should().Be(url);
        text.Value.Title.Should().BeNull();
        lists.Value.Should().BeEmpty();
        ArticleParser.Default.Parse(new MemoryStream(gzipped), url).Diagnostics.Should().ContainSingle(d => d.Code == "input.binary");
    }

    [Fact]
    public void The_batch_reads_a_gzip_page_under_a_plain_name_and_fails_an_image_as_page_binary()
    {
        var dir = Directory.CreateTempSubdirectory("newsmodel-binary-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(dir, "a-compressed.html"), Gzip(PageBytes));
            File.WriteAllBytes(Path.Combine(dir, "b-image.html"), Convert.FromHexString("89504E470D0A1A0A0000000D49484452"));

            var results = PageReader.Read([dir]).Select(new BatchParser(new BatchOptions { MaxDegreeOfParallelism = 1 }).Parse).ToList();

            results[0].Succeeded.Should().BeTrue();
            results[0].Article!.Title.Should().Contain("سپاهان");
            results[1].Succeeded.Should().BeFalse();
            results[1].ErrorCode.Should().Be("page.binary");
            results[1].Error.Should().Contain("a PNG image");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest))
        {
            gz.Write(bytes);
        }

        return output.ToArray();
    }
}
