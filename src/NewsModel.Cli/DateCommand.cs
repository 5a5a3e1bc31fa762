using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Dates;

namespace NewsModel.Cli;

/// <summary><c>newsmodel date "&lt;text&gt;" [--now &lt;ISO instant&gt;] [--zone &lt;IANA id&gt;]</c>: prints one JSON object per date found.</summary>
internal static class DateCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var cmd = new Command("date", "Find the dates in a text (Jalali, Gregorian, Hijri, relative) and print each as a JSON line with its exact instant.");
        var text = new Argument<string>("text") { Description = "The text to search, e.g. \"۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱\"; \"-\" reads standard input." };
        var now = new Option<string?>("--now") { Description = "Reference instant for relative dates (\"۲ ساعت پیش\"), ISO 8601, e.g. 2024-03-07T11:00:00Z. Without it relative dates are not reported." };
        var zone = new Option<string?>("--zone") { Description = "Time zone of the local times (IANA or Windows id). Default: Asia/Tehran, Asia/Kabul for Afghan month names." };
        cmd.Arguments.Add(text);
        cmd.Options.Add(now);
        cmd.Options.Add(zone);
        cmd.SetAction(parseResult => Run(parseResult.GetValue(text)!, parseResult.GetValue(now), parseResult.GetValue(zone)));
        return cmd;
    }

    private static int Run(string text, string? now, string? zoneId)
    {
        if (text == "-")
        {
            text = Console.In.ReadToEnd();
        }

        var options = DateParseOptions.Default;
        if (now is not null)
        {
            if (!Instants.TryParse(now, out var reference))
            {
                Console.Error.WriteLine("newsmodel date: " + Instants.Error("--now", now));
                return 2;
            }

            options = options with { Now = reference };
        }

        if (zoneId is not null)
        {
            if (ResolveZone(zoneId) is not { } zone)
            {
                Console.Error.WriteLine($"newsmodel date: unknown time zone \"{zoneId}\" (use an IANA id such as Asia/Tehran).");
                return 2;
            }

            options = options with { Zone = zone };
        }

        var found = NewsDateParser.Default.FindAll(text, options);
        if (found.Count == 0)
        {
            Console.Error.WriteLine("newsmodel date: no date found in the text.");
            return 1;
        }

        using var stdout = Console.OpenStandardOutput();
        foreach (var m in found)
        {
            Write(stdout, text, m);
            stdout.WriteByte((byte)'\n');
        }

        return 0;
    }

    /// <summary>Tehran and Kabul work everywhere (the library carries their rules); other ids need the machine's tz data.</summary>
    private static TimeZoneInfo? ResolveZone(string id)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        return id switch
        {
            "Asia/Tehran" or "Iran" or "Iran Standard Time" => TimeZoneInfo.CreateCustomTimeZone("Asia/Tehran", TimeSpan.FromHours(3.5), "Tehran", "Tehran"),
            "Asia/Kabul" or "Afghanistan Standard Time" => TimeZoneInfo.CreateCustomTimeZone("Asia/Kabul", TimeSpan.FromHours(4.5), "Kabul", "Kabul"),
            _ => null,
        };
    }

    private static void Write(Stream output, string text, DateMatch m)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteString("text", text.AsSpan(m.Start, m.Length));
        json.WriteString("calendar", m.Calendar switch
        {
            DateCalendar.Jalali => "jalali",
            DateCalendar.Gregorian => "gregorian",
            _ => "hijri",
        });
        json.WriteString("local", m.Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture));
        if (m.Jalali is { } jalali)
        {
            json.WriteString("jalali", m.HasTime ? jalali.ToString() : jalali.Date.ToString());
        }
        else
        {
            json.WriteNull("jalali");
        }

        if (m.Instant is { } instant)
        {
            json.WriteString("instant", instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("instant");
        }

        // Afghan (Dari) month names: the date is Afghanistan's, Kabul time when no zone was given.
        json.WriteBoolean("afghan", m.IsAfghan);
        json.WriteNumber("start", m.Start);
        json.WriteNumber("length", m.Length);
        json.WriteEndObject();
    }
}
