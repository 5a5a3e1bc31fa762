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

    [Fact]
    public void A_rules_file_gives_its_selector_rules_to_the_parser_and_the_batch()
    {
        var page = TestFiles.Path("persian", "articles", "tasnim-2015910.html");
        var rules = Path.Combine(Path.GetTempPath(), "newsmodel-rules-" + Guid.NewGuid().ToString("N") + ".json");
        var lines = Path.Combine(Path.GetTempPath(), "newsmodel-rules-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(rules, """[{ "name": "Mine", "hosts": ["tasnimnews.com"], "tags": "li.service a" }]""");
        try
        {
            var (exit, output, error) = Invoke("parse", page, "--url", "https://www.tasnimnews.com/fa/news/2015910/", "--rules", rules);

            exit.Should().Be(0, error);
            var article = NewsJson.DeserializeArticle(output);
            article.Tags.Should().Equal("ورزشی", "فوتبال ایران");
            article.Provenance.Should().Contain(p => p.Field == "tags" && p.Detail == "Mine: li.service a");

            // The batch reads a page without its address: the rule's host does not apply there, a match selector does.
            File.WriteAllText(rules, """[{ "name": "Mine", "match": "article.single-news", "tags": "li.service a" }]""");
            Invoke("batch", page, "--out", lines, "--quiet", "--rules", rules).Exit.Should().Be(0);
            File.ReadAllText(lines).Should().Contain("\"Mine: li.service a\"");
        }
        finally
        {
            File.Delete(rules);
            File.Delete(lines);
        }
    }

    [Fact]
    public void A_list_rules_file_gives_its_lists_to_a_homepage_in_parse_and_batch()
    {
        var page = TestFiles.Path("persian", "lists", "55online-2018.html");
        var rules = Path.Combine(Path.GetTempPath(), "newsmodel-rules-" + Guid.NewGuid().ToString("N") + ".json");
        var lines = Path.Combine(Path.GetTempPath(), "newsmodel-rules-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(rules, """[{ "name": "Carousel", "match": "div.news-top-item", "items": "div.news-top-item", "title": "div.news-title", "link": "a.abs-link", "listName": "Selected" }]""");
        try
        {
            var (exit, output, error) = Invoke("parse", page, "--url", "http://55online.ir/", "--list-rules", rules);

            exit.Should().Be(0, error);
            var article = NewsJson.DeserializeArticle(output);
            article.Headlines[0].Name.Should().Be("Selected");
            article.Headlines[0].Items[0].Title.Should().Be("۱۰ اشتباهی که یک کارآفرین تازهوارد باید از آنها دوری کند");

            Invoke("batch", page, "--out", lines, "--quiet", "--list-rules", rules).Exit.Should().Be(0);
            File.ReadAllText(lines).Should().Contain("\"name\":\"Selected\"");

            File.WriteAllText(rules, """[{ "name": "Broken", "match": "div", "items": "div[" }]""");
            var refused = Invoke("parse", page, "--list-rules", rules);
            refused.Exit.Should().Be(2);
            refused.Error.Should().Contain("div[");
            Invoke("parse", page, "--list-rules", page).Error.Should().Contain("not a JSON array of list rules");
        }
        finally
        {
            File.Delete(rules);
            File.Delete(lines);
        }
    }

    [Theory]
    [InlineData("""[{ "hosts": ["a.ir"] }]""", "not a JSON array of selector rules")]
    [InlineData("""{ "name": "x" }""", "not a JSON array of selector rules")]
    [InlineData("""[{ "name": "Broken", "hosts": ["a.ir"], "title": "h1[" }]""", "the title selector 'h1[' is not a valid CSS selector")]
    [InlineData("""[{ "name": "Nowhere" }]""", "names neither hosts nor a match selector")]
    public void A_bad_rules_file_is_refused_with_exit_code_2(string json, string message)
    {
        var rules = Path.Combine(Path.GetTempPath(), "newsmodel-rules-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(rules, json);
        try
        {
            foreach (var command in new[] { "parse", "batch" })
            {
                var args = command == "parse"
                    ? new[] { "parse", TestFiles.Path("persian", "articles", "tasnim-2015910.html"), "--rules", rules }
                    : new[] { "batch", TestFiles.Path("persian", "articles", "tasnim-2015910.html"), "--out", "-", "--rules", rules };
                var (exit, output, error) = Invoke(args);

                exit.Should().Be(2, command);
                error.Should().Contain(message, command);
                output.Should().BeEmpty(command);
            }
        }
        finally
        {
            File.Delete(rules);
        }
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
