using System.Text.Json;

namespace NewsModel.Tests.Cli;

public class HeadlinesCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliProcess.Run(args);

    [Fact]
    public void Prints_the_lists_as_camel_case_json()
    {
        var (code, output, _) = Run("headlines", TestFiles.Path("persian", "lists", "mehrnews-2011-v2.html"), "--url", "http://www.mehrnews.com/fa/txtNewsView_fa.aspx");
        code.Should().Be(0);
        using var json = JsonDocument.Parse(output);
        var list = json.RootElement[0];
        list.GetProperty("kind").GetString().Should().Be("page");
        var first = list.GetProperty("items")[0];
        first.GetProperty("title").GetString().Should().Be("کرمان بیابانی ترین استان کشور است");
        first.GetProperty("published").GetString().Should().Be("2011-03-10T17:31:00+03:30");
    }

    [Fact]
    public void Reports_repaired_text_on_stderr_and_still_prints()
    {
        var (code, output, error) = Run("headlines", TestFiles.Path("persian", "lists", "mehrnews-2011-v1.html"));
        code.Should().Be(0);
        error.Should().Contain("encoding.repaired");
        JsonDocument.Parse(output).RootElement.GetArrayLength().Should().Be(1);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var (code, _, error) = Run("headlines", "/no/such/file.html");
        code.Should().NotBe(0);
        error.Should().Contain("cannot read");
    }

    [Fact]
    public void Fetched_at_dates_items_printed_minutes_ago()
    {
        var page = TestFiles.Path("dev", "timesofisrael.com.washington.html");
        var url = "https://www.timesofisrael.com/state-of-washington-swears-in-first-native-american-jewish-supreme-court-justice/";

        var (code, output, _) = Run("headlines", page, "--url", url, "--fetched-at", "2024-03-07T11:00:00Z");

        code.Should().Be(0);
        output.Should().Contain("\"published\": \"2024-03-07T10:27:00+00:00\"", "«33 minutes ago» before the fetch, on a page tagged English");
        var (badCode, _, badError) = Run("headlines", page, "--fetched-at", "noon");
        badCode.Should().Be(2);
        badError.Should().Contain("--fetched-at");
    }
}
