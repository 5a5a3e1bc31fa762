using System.Text.Json;

namespace NewsModel.Tests.Cli;

public class DateCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliProcess.Run(args);

    [Fact]
    public void Prints_each_date_as_a_json_line_with_its_instant_and_whether_it_is_afghan()
    {
        var (code, output, _) = Run("date", "کد خبر: ۲۱۶۰۲۶ • ۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱ • ۱۷ حوت ۱۴۰۲ - ۱۴:۳۱");
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Should().HaveCount(2);
        lines[0].GetProperty("calendar").GetString().Should().Be("jalali");
        lines[0].GetProperty("instant").GetString().Should().Be("2024-03-07T14:31:00+03:30");
        lines[0].GetProperty("afghan").GetBoolean().Should().BeFalse();
        lines[1].GetProperty("instant").GetString().Should().Be("2024-03-07T14:31:00+04:30", "Afghan month names are Kabul time");
        lines[1].GetProperty("afghan").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Says_so_when_the_text_holds_no_date_and_when_now_is_not_an_instant()
    {
        var (code, output, error) = Run("date", "no date in here");
        code.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Contain("no date found");

        var (badNow, _, badNowError) = Run("date", "۲ ساعت پیش", "--now", "yesterday");
        badNow.Should().Be(2);
        badNowError.Should().Contain("--now");
    }
}
