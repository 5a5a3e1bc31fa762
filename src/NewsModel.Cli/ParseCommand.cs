using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsModel.Batch;
using NewsModel.Serialization;

namespace NewsModel.Cli;

/// <summary><c>newsmodel parse &lt;file|-&gt;</c>: one page (HTML or a text dump) to JSON, Markdown or text.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The page to parse: an HTML file, a plain-text dump, or - for standard input." };
        var url = new Option<string?>("--url") { Description = "The page's address (resolves relative links, gives URL evidence)." };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "markdown", "text");
        var input = new Option<string>("--input") { Description = "How to read the input: auto (detect markup), html or text.", DefaultValueFactory = _ => "auto" };
        input.AcceptOnlyFromAmong("auto", "html", "text");
        var fetchedAt = new Option<string?>("--fetched-at") { Description = "When the page was fetched, ISO 8601 (e.g. 2024-03-07T11:00:00Z): relative dates (\"3 hours ago\", \"۲ ساعت پیش\") are read against it." };

        var rules = new Option<string?>("--rules") { Description = "A JSON file holding an array of selector rules (CSS selectors for one site's title, date, body, …) applied before the built-in readers." };
        var listRules = new Option<string?>("--list-rules") { Description = "A JSON file holding an array of list rules (CSS selectors for a homepage's teasers, as `headlines --rules` takes) read when a page is a homepage or section page." };

        var command = new Command("parse", "Parse one news page (HTML or a plain-text dump) into an article.");
        command.Arguments.Add(file);
        command.Options.Add(url);
        command.Options.Add(format);
        command.Options.Add(input);
        command.Options.Add(fetchedAt);
        command.Options.Add(rules);
        command.Options.Add(listRules);
        command.SetAction(parseResult =>
        {
            var configuration = parseResult.InvocationConfiguration;
            return Run(
                parseResult.GetValue(file)!,
                parseResult.GetValue(url),
                parseResult.GetValue(format) ?? "json",
                parseResult.GetValue(input) ?? "auto",
                configuration.Output,
                configuration.Error,
                parseResult.GetValue(fetchedAt),
                parseResult.GetValue(rules),
                parseResult.GetValue(listRules));
        });
        return command;
    }

    /// <summary>The command's logic: 0 on success, 1 when the input cannot be read or is no page (binary), 2 for a bad argument.</summary>
    public static int Run(string file, string? url, string format, string input, TextWriter output, TextWriter error, string? fetchedAt = null, string? rules = null, string? listRules = null)
    {
        Uri? address = null;
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out address))
        {
            error.WriteLine($"error: --url '{url}' is not an absolute address.");
            return 2;
        }

        if (!Instants.TryReadOption(fetchedAt, "--fetched-at", error, out var fetched))
        {
            return 2;
        }

        if (!RulesFile.TryCreateParser(rules, error, out var parser, listRules))
        {
            return 2;
        }

        if (!InputFile.TryRead(file, error, out var bytes) || InputFile.IsArchive(bytes, file, error))
        {
            return 1;
        }

        var pageFormat = input switch
        {
            "html" => PageFormat.Html,
            "text" => PageFormat.Text,
            _ => PageFormatDetector.Detect(bytes),
        };
        var result = pageFormat == PageFormat.Text
            ? TextArticleParser.Default.Parse(bytes, address, charset: null, fetched)
            : parser.Parse(bytes, address, charset: null, fetched);

        foreach (var diagnostic in result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            error.WriteLine(diagnostic.ToString());
        }

        if (InputFile.IsBinary(result.Diagnostics))
        {
            return 1;
        }

        output.WriteLine(format switch
        {
            "markdown" => ArticleText.ToMarkdown(result.Value),
            "text" => ArticleText.ToPlainText(result.Value),
            _ => NewsJson.Serialize(result.Value, indented: true),
        });
        output.Flush();
        return 0;
    }

}

/// <summary>Renders an article as Markdown or plain text for reading in a terminal.</summary>
internal static class ArticleText
{
    public static string ToMarkdown(Article article)
    {
        var md = new StringBuilder();
        if (article.Kicker is { } kicker)
        {
            md.Append('*').Append(kicker).AppendLine("*").AppendLine();
        }

        md.Append("# ").AppendLine(article.Title ?? "(no title)").AppendLine();
        var facts = new List<string>();
        Add(facts, "site", article.SiteName);
        Add(facts, "reported by", article.ReportedBy);
        Add(facts, "id", article.Id);
        Add(facts, "published", article.Published?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        Add(facts, "modified", article.Modified?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        Add(facts, "section", article.Section);
        Add(facts, "authors", article.Authors.Count == 0 ? null : string.Join(", ", article.Authors.Select(a => a.Name)));
        Add(facts, "tags", article.Tags.Count == 0 ? null : string.Join(", ", article.Tags));
        Add(facts, "url", (article.CanonicalUrl ?? article.Url)?.ToString());
        foreach (var fact in facts)
        {
            md.Append("- ").AppendLine(fact);
        }

        if (facts.Count > 0)
        {
            md.AppendLine();
        }

        if (article.Lead is { } lead)
        {
            md.Append("**").Append(lead).AppendLine("**").AppendLine();
        }

        foreach (var block in article.Body)
        {
            md.AppendLine(block switch
            {
                HeadingBlock h => new string('#', Math.Clamp(h.Level + 1, 2, 6)) + " " + h.Text,
                QuoteBlock q => "> " + q.Text,
                ListBlock l => string.Join('\n', l.Items.Select((item, i) => (l.Ordered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ") + item)),
                ImageBlock i => $"![{i.Image.Alt ?? i.Image.Caption}]({i.Image.Url})",
                EmbedBlock e => (e.Text is null ? string.Empty : "> " + e.Text.Replace("\n", "\n> ", StringComparison.Ordinal) + "\n\n")
                    + (e.Url is null ? e.Title ?? string.Empty : $"[{e.Title ?? e.Kind ?? "embed"}]({e.Url})"),
                _ => block.ToPlainText(),
            }).AppendLine();
        }

        foreach (var list in article.Headlines)
        {
            md.Append("## ").AppendLine(list.Name ?? list.Kind.ToString()).AppendLine();
            foreach (var headline in list.Items)
            {
                md.Append("- ").AppendLine(headline.Url is null ? headline.Title : $"[{headline.Title}]({headline.Url})");
            }

            md.AppendLine();
        }

        return md.ToString().TrimEnd();
    }

    public static string ToPlainText(Article article)
    {
        var parts = new List<string?> { article.Kicker, article.Title, article.Lead, article.Text };
        return string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static void Add(List<string> facts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            facts.Add($"{name}: {value}");
        }
    }
}
