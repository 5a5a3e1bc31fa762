using System.CommandLine;
using System.Reflection;

namespace NewsModel.Tests.Persian;

public class NormalizeCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        // The command class is internal to the tool; build it the way Program does.
        var type = Assembly.Load("NewsModel.Cli").GetType("NewsModel.Cli.NormalizeCommand", throwOnError: true)!;
        var cmd = (Command)type.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        var root = new RootCommand { Subcommands = { cmd } };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(["normalize", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Normalizes_the_sample_dump_with_ascii_digits_and_repair()
    {
        var path = TestFiles.Path("persian", "text", "shahraranews-216026.txt");
        var (exit, output, _) = Run(path, "--digits", "ascii", "--repair-half-spaces");
        exit.Should().Be(0);
        output.Should().Contain("کد خبر: 216026");
        output.Should().Contain("شهری بین\u200Cالمللی بوده");
        output.Should().Contain("17 اسفند 1402 - 14:31");
    }

    [Fact]
    public void Default_keeps_digits_and_does_not_repair()
    {
        var path = TestFiles.Path("persian", "text", "shahraranews-216026.txt");
        var (exit, output, _) = Run(path);
        exit.Should().Be(0);
        output.Should().Contain("کد خبر: ۲۱۶۰۲۶");
        output.Should().Contain("شهری بینالمللی بوده");
    }

    [Fact]
    public void Preset_and_persian_digits()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nm-normalize-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "سال 1402 ، كتابها ميشود");
        try
        {
            var (exit, output, _) = Run(path, "--preset", "text-dump", "--digits", "persian");
            exit.Should().Be(0);
            output.Should().Be("سال ۱۴۰۲، کتاب\u200Cها می\u200Cشود");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Presentation_forms_become_letters_unless_kept()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nm-normalize-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "ﮔﺰﺍﺭﺵ ﺧﺒﺮﯼ");
        try
        {
            Run(path).Out.Should().Be("گزارش خبری");
            Run(path, "--keep-presentation-forms").Out.Should().Be("ﮔﺰﺍﺭﺵ ﺧﺒﺮﯼ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_file_is_an_error_on_stderr()
    {
        var (exit, output, error) = Run("/no/such/file.txt");
        exit.Should().NotBe(0);
        output.Should().BeEmpty();
        error.Should().Contain("cannot read");
    }

    [Fact]
    public void Binary_input_is_refused_and_gzip_and_utf16_text_are_read()
    {
        // Random bytes were "normalized" into replacement characters with exit code 0.
        var dir = Directory.CreateTempSubdirectory("nm-normalize-").FullName;
        try
        {
            var random = new byte[2048];
            new Random(3).NextBytes(random);
            File.WriteAllBytes(Path.Combine(dir, "random.txt"), random);
            using (var file = File.Create(Path.Combine(dir, "text.txt.gz")))
            using (var gz = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            {
                gz.Write(System.Text.Encoding.UTF8.GetBytes("سال 1402 ، كتابها"));
            }

            File.WriteAllText(Path.Combine(dir, "utf16.txt"), "سال 1402 ، كتابها", System.Text.Encoding.Unicode);

            var (exit, output, error) = Run(Path.Combine(dir, "random.txt"));
            var (gzExit, gzOutput, _) = Run(Path.Combine(dir, "text.txt.gz"), "--preset", "text-dump");
            var (utf16Exit, utf16Output, _) = Run(Path.Combine(dir, "utf16.txt"), "--preset", "text-dump");

            exit.Should().Be(2);
            output.Should().BeEmpty();
            error.Should().Contain("binary data").And.Contain("not text");
            gzExit.Should().Be(0);
            gzOutput.Should().Be("سال 1402، کتاب\u200Cها");
            utf16Exit.Should().Be(0);
            utf16Output.Should().Be(gzOutput);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Normalize_reads_past_the_parsers_64_MiB_bound_and_the_page_commands_do_not()
    {
        // The page commands' bound would have cut normalize's corpus files at 64 MiB: normalize passes its own.
        var path = Path.Combine(Path.GetTempPath(), $"nm-normalize-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, "سال 1402 ، كتابها");
        try
        {
            var small = new StringWriter();
            NewsModel.Cli.InputFile.TryRead(path, 8, small, out _).Should().BeFalse();
            small.ToString().Should().Contain("holds more than 8 bytes");
            NewsModel.Cli.InputFile.TryRead(path, Array.MaxLength, TextWriter.Null, out var all).Should().BeTrue();
            System.Text.Encoding.UTF8.GetString(all).Should().Be("سال 1402 ، كتابها");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_digit_style_is_rejected()
    {
        var (exit, _, error) = Run("x.txt", "--digits", "roman");
        exit.Should().NotBe(0);
        error.Should().Contain("roman");
    }
}
