using System.CommandLine;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary><c>newsmodel headlines &lt;file|-&gt; [--url URL] [--charset NAME]</c>: prints a page's headline lists as JSON.</summary>
internal static class HeadlinesCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The HTML file of a homepage, section page or list page ('-' reads standard input)." };
        var url = new Option<string?>("--url") { Description = "The page's address: resolves relative links and keeps the page list to the site's own articles." };
        var charset = new Option<string?>("--charset") { Description = "The charset the server declared, when known (otherwise detected from the bytes)." };
        var fetchedAt = new Option<string?>("--fetched-at") { Description = "When the page was fetched, ISO 8601: items dated \"۱ ساعت قبل\" or \"3 hours ago\" are read against it." };
        var rules = new Option<string?>("--rules") { Description = "A JSON file holding an array of list rules (CSS selectors for a page's teasers) read before the parser's own lists." };
        var cmd = new Command("headlines", "Print the headline lists of a homepage, section page or list page as JSON.");
        cmd.Arguments.Add(file);
        cmd.Options.Add(url);
        cmd.Options.Add(charset);
        cmd.Options.Add(fetchedAt);
        cmd.Options.Add(rules);
        cmd.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file)!;
            var urlText = parseResult.GetValue(url);
            Uri? pageUrl = null;
            if (urlText is not null && !Uri.TryCreate(urlText, UriKind.Absolute, out pageUrl))
            {
                Console.Error.WriteLine($"error: '{urlText}' is not an absolute URL.");
                return 2;
            }

            if (!Instants.TryReadOption(parseResult.GetValue(fetchedAt), "--fetched-at", Console.Error, out var fetched))
            {
                return 2;
            }

            if (!RulesFile.TryCreateHeadlineParser(parseResult.GetValue(rules), Console.Error, out var parser))
            {
                return 2;
            }

            if (!InputFile.TryRead(path, Console.Error, out var bytes) || InputFile.IsArchive(bytes, path, Console.Error))
            {
                return 1;
            }

            var result = parser.Parse(bytes, pageUrl, parseResult.GetValue(charset), fetched);
            foreach (var d in result.Diagnostics)
            {
                Console.Error.WriteLine(d.ToString());
            }

            if (InputFile.IsBinary(result.Diagnostics))
            {
                return 1;
            }

            Console.Out.WriteLine(NewsJson.Serialize(result.Value));
            return 0;
        });
        return cmd;
    }
}
