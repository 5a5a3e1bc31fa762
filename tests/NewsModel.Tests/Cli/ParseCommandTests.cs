using System.CommandLine;
using NewsModel.Cli;
using NewsModel.Serialization;

namespace NewsModel.Tests.Cli;

public class ParseCommandTests
{
    internal static (int Exit, string Output, string Error) Invoke(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(BatchCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_gz_page_is_parsed_through_and_binary_cut_or_overlong_input_fails_with_exit_code_1()
    {
        var dir = Directory.CreateTempSubdirectory("newsmodel-parse-").FullName;
        try
        {
            var page = TestFiles.ReadBytes("persian", "articles", "isna-98030903723.html");
            using (var file = File.Create(Path.Combine(dir, "isna.html.gz")))
            using (var gz = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            {
                gz.Write(page);
            }

            var gzipped = File.ReadAllBytes(Path.Combine(dir, "isna.html.gz"));
            File.WriteAllBytes(Path.Combine(dir, "cut.html.gz"), gzipped[..(gzipped.Length / 2)]);
            File.WriteAllBytes(Path.Combine(dir, "image.html"), Convert.FromHexString("FFD8FFE000104A464946000101"));
            using (var file = File.Create(Path.Combine(dir, "bomb.html.gz")))
            using (var gz = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            {
                // 65 MiB of spaces in about 64 KB: one byte past the parsers' 64 MiB bound once decompressed.
                var spaces = new byte[1024 * 1024];
                spaces.AsSpan().Fill((byte)' ');
                for (var i = 0; i < 65; i++)
                {
                    gz.Write(spaces);
                }
            }

            var (exit, output, _) = Invoke("parse", Path.Combine(dir, "isna.html.gz"), "--url", "https://www.isna.ir/news/98030903723/");
            var (cutExit, cutOutput, cutError) = Invoke("parse", Path.Combine(dir, "cut.html.gz"));
            var (imageExit, imageOutput, imageError) = Invoke("parse", Path.Combine(dir, "image.html"));

            exit.Should().Be(0);
            output.Should().Be(NewsJson.Serialize(ArticleParser.Default.Parse(page, new Uri("https://www.isna.ir/news/98030903723/")).Value, indented: true) + Environment.NewLine);
            cutExit.Should().Be(1);
            cutOutput.Should().BeEmpty();
            cutError.Should().Contain("cut short");
            var (warcExit, warcOutput, warcError) = Invoke("parse", TestFiles.Path("warc", "whirlwind.warc.gz"));
            warcExit.Should().Be(1, "an archive parsed as one page gave an article of WARC headers");
            warcOutput.Should().BeEmpty();
            warcError.Should().Contain("is a WARC archive").And.Contain("newsmodel batch");
            var (bombExit, bombOutput, bombError) = Invoke("parse", Path.Combine(dir, "bomb.html.gz"));
            bombExit.Should().Be(1);
            bombOutput.Should().BeEmpty();
            bombError.Should().Contain("decompresses to more than 67108864 bytes");
            imageExit.Should().Be(1);
            imageOutput.Should().BeEmpty();
            imageError.Should().Contain("input.binary").And.Contain("a JPEG image");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_readme_command_prints_the_same_json_as_the_library()
    {
        var path = TestFiles.Path("persian", "articles", "isna-98030903723.html");

        var (exit, output, error) = Invoke("parse", path, "--url", "https://www.isna.ir/news/98030903723/");

        exit.Should().Be(0, error);
        var expected = ArticleParser.Default.Parse(File.ReadAllBytes(path), new Uri("https://www.isna.ir/news/98030903723/")).Value;
        NewsJson.DeserializeArticle(output).Should().Be(expected);
        output.Should().Contain("\"canonicalUrl\": ").And.Contain("کارشناس داوری فوتبال ایران");
    }

    [Fact]
    public void Fetched_at_dates_the_comments_of_a_page_that_prints_hours_ago()
    {
        var path = TestFiles.Path("dev", "zeit.de.zugverkehr.html");

        var (exit, output, error) = Invoke("parse", path, "--fetched-at", "2024-03-07T11:00:00Z");

        exit.Should().Be(0, error);
        var comments = NewsJson.DeserializeArticle(output).Comments;
        comments.Should().NotBeEmpty().And.OnlyContain(c => c.Published == new DateTimeOffset(2024, 3, 7, 3, 0, 0, TimeSpan.Zero) || c.Published == new DateTimeOffset(2024, 3, 7, 4, 0, 0, TimeSpan.Zero));

        var (badExit, badOutput, badError) = Invoke("parse", path, "--fetched-at", "last tuesday");
        badExit.Should().Be(2);
        badOutput.Should().BeEmpty();
        badError.Should().Contain("--fetched-at").And.Contain("ISO 8601");
    }

    [Fact]
    public void A_text_dump_is_detected_and_read_by_the_text_parser()
    {
        var path = TestFiles.Path("persian", "text", "shahraranews-216026.txt");

        var (exit, output, _) = Invoke("parse", path);

        exit.Should().Be(0);
        var article = NewsJson.DeserializeArticle(output);
        article.Should().Be(TextArticleParser.Default.Parse(TestFiles.ReadText("persian", "text", "shahraranews-216026.txt")).Value);
        article.SourceOf("title").Should().Be(FieldSource.Text);
    }

    [Fact]
    public void Input_html_forces_the_html_parser_on_a_dump()
    {
        var path = TestFiles.Path("persian", "text", "shahraranews-216026.txt");

        var (exit, output, _) = Invoke("parse", path, "--input", "html");

        exit.Should().Be(0);
        NewsJson.DeserializeArticle(output).SourceOf("title").Should().NotBe(FieldSource.Text);
    }

    [Fact]
    public void Markdown_and_text_formats_show_the_title_and_the_body()
    {
        var path = TestFiles.Path("persian", "text", "shahraranews-216026.txt");
        var article = TextArticleParser.Default.Parse(TestFiles.ReadText("persian", "text", "shahraranews-216026.txt")).Value;

        var markdown = Invoke("parse", path, "--format", "markdown").Output;
        var text = Invoke("parse", path, "--format", "text").Output;

        markdown.Should().StartWith("# " + article.Title);
        markdown.Should().Contain("- id: " + article.Id);
        text.Should().StartWith(article.Title).And.Contain(article.Body[0].ToPlainText());
    }

    [Theory]
    [InlineData(new[] { "parse", "/no/such/file.html" }, 1, "cannot read")]
    [InlineData(new[] { "parse", "x.html", "--url", "not a url" }, 2, "absolute")]
    [InlineData(new[] { "parse", "x.html", "--format", "xml" }, 1, "xml")]
    public void Bad_input_gives_a_message_on_stderr_and_a_non_zero_exit(string[] args, int exit, string message)
    {
        var result = Invoke(args);

        result.Exit.Should().Be(exit);
        result.Error.Should().Contain(message);
        result.Output.Should().NotContain("{");
    }
}
