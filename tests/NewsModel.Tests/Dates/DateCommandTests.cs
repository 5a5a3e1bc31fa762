using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace NewsModel.Tests.Dates;

/// <summary>The <c>newsmodel date</c> command, run as a process the way users run it.</summary>
public class DateCommandTests
{
    private static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NewsModel.Cli.dll"));
        start.ArgumentList.Add("date");
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void Prints_one_json_object_per_date_with_its_instant_and_span()
    {
        var text = "کد خبر: ۲۱۶۰۲۶ • ۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱ و ۲ ساعت پیش (۲۵ شعبان ۱۴۴۵)";
        var (code, stdout, _) = Run(text, "--now", "2024-03-07T11:00:00Z");
        code.Should().Be(0);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        root.GetProperty("text").GetString().Should().Be("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱");
        root.GetProperty("calendar").GetString().Should().Be("jalali");
        root.GetProperty("local").GetString().Should().Be("2024-03-07T14:31:00");
        root.GetProperty("jalali").GetString().Should().Be("1402-12-17T14:31");
        root.GetProperty("instant").GetString().Should().Be("2024-03-07T14:31:00+03:30");
        root.GetProperty("start").GetInt32().Should().Be(text.IndexOf('۱', 10));
        root.GetProperty("length").GetInt32().Should().Be("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱".Length);
        lines[0].Should().Contain("اسفند", "Persian text is written as UTF-8, not escaped");

        using var second = JsonDocument.Parse(lines[1]);
        second.RootElement.GetProperty("instant").GetString().Should().Be("2024-03-07T12:30:00+03:30");
        using var third = JsonDocument.Parse(lines[2]);
        third.RootElement.GetProperty("calendar").GetString().Should().Be("hijri");
        third.RootElement.GetProperty("instant").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Exits_with_1_and_a_message_when_no_date_is_found()
    {
        var (code, stdout, stderr) = Run("هیچ تاریخی اینجا نیست");
        code.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("no date found");
    }

    [Fact]
    public void A_zone_changes_the_instant_and_a_bad_zone_is_an_error()
    {
        var (code, stdout, _) = Run("1402/12/17 14:31", "--zone", "Asia/Kabul");
        code.Should().Be(0);
        stdout.Should().Contain("\"instant\":\"2024-03-07T14:31:00+04:30\"");
        var (bad, _, stderr) = Run("1402/12/17", "--zone", "Mars/Olympus");
        bad.Should().Be(2);
        stderr.Should().Contain("Mars/Olympus");
    }
}
