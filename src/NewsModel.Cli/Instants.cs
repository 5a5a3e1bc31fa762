using System.Globalization;

namespace NewsModel.Cli;

/// <summary>The one reading of an instant given on the command line (<c>--now</c>, <c>--fetched-at</c>).</summary>
internal static class Instants
{
    /// <summary>An ISO 8601 instant; one written without an offset is UTC.</summary>
    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    /// <summary>
    /// Reads an optional instant option: true with null when it was not given, true with the instant when it reads,
    /// false (the reason written to <paramref name="error"/>) when it does not.
    /// </summary>
    public static bool TryReadOption(string? text, string option, TextWriter error, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (!TryParse(text, out var instant))
        {
            error.WriteLine("error: " + Error(option, text));
            return false;
        }

        value = instant;
        return true;
    }

    /// <summary>What to say of an option whose value is not an instant.</summary>
    public static string Error(string option, string text) =>
        $"{option} \"{text}\" is not an ISO 8601 instant (e.g. 2024-03-07T11:00:00Z).";
}
