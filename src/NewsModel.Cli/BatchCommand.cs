using System.Buffers;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsModel.Batch;
using Spectre.Console;

namespace NewsModel.Cli;

/// <summary><c>newsmodel batch &lt;inputs...&gt; --out &lt;file.jsonl|-&gt;</c>: many pages, on all cores, to JSON Lines.</summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, directories (walked recursively), .gz files and WARC/WET archives (.warc, .warc.gz, .wet, .wet.gz).",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out", "-o") { Description = "Where to write the JSON Lines: a file, or - for standard output.", Required = true };
        var parallel = new Option<int>("--parallel", "-j", "--jobs") { Description = "Pages parsed at once (default: the processor count).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var unordered = new Option<bool>("--unordered") { Description = "Write each page as soon as it is done instead of in input order." };
        var input = new Option<string>("--input") { Description = "How to read plain files: auto (detect markup), html or text. Archive records follow their content type.", DefaultValueFactory = _ => "auto" };
        input.AcceptOnlyFromAmong("auto", "html", "text");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display or log; only the summary and the failures." };
        var fetchedAt = new Option<string?>("--fetched-at") { Description = "When the plain files were fetched, ISO 8601: their relative dates (\"3 hours ago\") are read against it. Archive records keep their own WARC-Date." };
        var extensions = new Option<string?>("--ext")
        {
            Description = "The file extensions read in directories, comma-separated (default: .html,.htm,.xhtml,.txt,.warc,.wet; .gz is looked through), or * for every file. Files named on the command line are always read.",
        };

        var rules = new Option<string?>("--rules") { Description = "A JSON file holding an array of selector rules (CSS selectors for one site's title, date, body, …) applied to the HTML pages before the built-in readers." };
        var listRules = new Option<string?>("--list-rules") { Description = "A JSON file holding an array of list rules (CSS selectors for a homepage's teasers, as `headlines --rules` takes) read when a page is a homepage or section page." };

        var command = new Command("batch", "Parse many pages (files, directories, .gz, WARC/WET archives) on all cores into JSON Lines, one line per page with its source.");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.Options.Add(parallel);
        command.Options.Add(unordered);
        command.Options.Add(input);
        command.Options.Add(quiet);
        command.Options.Add(fetchedAt);
        command.Options.Add(extensions);
        command.Options.Add(rules);
        command.Options.Add(listRules);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var configuration = parseResult.InvocationConfiguration;
            if (!Instants.TryReadOption(parseResult.GetValue(fetchedAt), "--fetched-at", configuration.Error, out var fetched))
            {
                return 2;
            }

            if (!RulesFile.TryCreateParser(parseResult.GetValue(rules), configuration.Error, out var htmlParser, parseResult.GetValue(listRules)))
            {
                return 2;
            }

            var settings = new BatchRun
            {
                HtmlParser = htmlParser,
                Inputs = parseResult.GetValue(inputs) ?? [],
                Out = parseResult.GetValue(output)!,
                Parallel = parseResult.GetValue(parallel),
                Ordered = !parseResult.GetValue(unordered),
                Input = parseResult.GetValue(input) switch { "html" => PageFormat.Html, "text" => PageFormat.Text, _ => PageFormat.Auto },
                Quiet = parseResult.GetValue(quiet),
                FetchedAt = fetched,
                Extensions = parseResult.GetValue(extensions) is { } list
                    ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(e => e == "*" || e.StartsWith('.') ? e : "." + e)]
                    : null,
            };
            var interactive = !settings.Quiet && !Console.IsErrorRedirected && configuration.Error == Console.Error
                && !(settings.Out == "-" && !Console.IsOutputRedirected);
            // Piped or redirected standard output takes the lines as bytes (a terminal keeps getting them line by
            // line). Measured on 1,200 pages into a file through `--out -`: 4.4 s before, against 4.0 s for `--out file`.
            var stdoutBytes = settings.Out == "-" && Console.IsOutputRedirected && configuration.Output == Console.Out ? Console.OpenStandardOutput() : null;
            await using (stdoutBytes)
            {
                return await RunAsync(settings, configuration.Output, configuration.Error, interactive, cancellationToken, stdoutBytes).ConfigureAwait(false);
            }
        });
        return command;
    }

    /// <summary>The settings of one run.</summary>
    internal sealed record BatchRun
    {
        public required IReadOnlyList<string> Inputs { get; init; }

        /// <summary>The HTML pages' parser (the default one, or one with the <c>--rules</c> and <c>--list-rules</c> files' rules).</summary>
        public ArticleParser? HtmlParser { get; init; }

        public required string Out { get; init; }

        public int Parallel { get; init; } = Environment.ProcessorCount;

        public bool Ordered { get; init; } = true;

        public PageFormat Input { get; init; }

        public bool Quiet { get; init; }

        /// <summary>The fetch time of pages whose source gives none (plain files; archive records carry their own).</summary>
        public DateTimeOffset? FetchedAt { get; init; }

        /// <summary>The extensions read in directories, or <see langword="null"/> for the reader's defaults.</summary>
        public IReadOnlyList<string>? Extensions { get; init; }

        /// <summary>The page reader's options for this run.</summary>
        public PageReaderOptions ReaderOptions => Extensions is null
            ? new PageReaderOptions { Format = Input }
            : new PageReaderOptions { Format = Input, Extensions = Extensions };
    }

    /// <summary>The counts a run keeps, shown in the progress display and the summary.</summary>
    internal sealed class BatchCounts
    {
        public long Pages;
        public long Failed;
        public long Truncated;
        public long NotRead;
        public long? Total;
        public readonly SortedDictionary<string, long> FailedByCode = new(StringComparer.Ordinal);
        public readonly Stopwatch Clock = Stopwatch.StartNew();

        public double Rate => Pages / Math.Max(Clock.Elapsed.TotalSeconds, 1e-3);
    }

    /// <summary>
    /// The command's logic: 0 when every page gave an article, 1 when any failed, 2 for bad arguments, 130 when
    /// cancelled (the lines written so far are complete). With <c>--out -</c>, lines go to <paramref name="stdoutBytes"/>
    /// when given (standard output as a byte stream, when it is redirected: the lines are UTF-8 already, and go out in
    /// large whole-line writes as to a file instead of one write a line through a console writer that decodes them
    /// again), else to <paramref name="stdout"/>; the stream is the caller's to dispose.
    /// </summary>
    public static async Task<int> RunAsync(BatchRun run, TextWriter stdout, TextWriter log, bool interactive, CancellationToken cancellationToken, Stream? stdoutBytes = null)
    {
        if (run.Parallel < 1)
        {
            await log.WriteLineAsync("error: --parallel must be at least 1.").ConfigureAwait(false);
            return 2;
        }

        Stream? file = null;
        try
        {
            if (run.Out != "-")
            {
                try
                {
                    file = new FileStream(run.Out, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await log.WriteLineAsync($"error: cannot write '{run.Out}': {e.Message}").ConfigureAwait(false);
                    return 2;
                }
            }

            var sink = new LineSink(file ?? (run.Out == "-" ? stdoutBytes : null), stdout);
            var readerOptions = run.ReaderOptions;
            var (total, notRead) = CountPages(run.Inputs, readerOptions);
            var counts = new BatchCounts { Total = total, NotRead = notRead };
            var parser = new BatchParser(new BatchOptions { MaxDegreeOfParallelism = run.Parallel, Ordered = run.Ordered, BufferSize = 4 * run.Parallel }, run.HtmlParser);
            // Each page's JSON line is made on the worker that parsed it: serializing on the one thread that writes
            // the output would make it the bottleneck of a parallel run.
            var pages = PageReader.Read(run.Inputs, readerOptions);
            if (run.FetchedAt is { } fetchedAt)
            {
                pages = pages.Select(item => item.Page is { Source.FetchedAt: null } page
                    ? PageItem.FromPage(page with { Source = page.Source with { FetchedAt = fetchedAt } })
                    : item);
            }

            var results = parser.ParseAsync(pages, OutputLine.From, cancellationToken);

            if (interactive)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                await console.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("pages", maxValue: counts.Total ?? 1);
                        task.IsIndeterminate = counts.Total is null;
                        await Consume(results, sink, counts, failure => console.MarkupLineInterpolated($"[red]failed[/] {failure}"), () =>
                        {
                            if (counts.Total is not null)
                            {
                                task.Value = counts.Pages;
                            }

                            task.Description = Describe(counts);
                        }).ConfigureAwait(false);
                        task.IsIndeterminate = false;
                        task.Value = task.MaxValue;
                    }).ConfigureAwait(false);
            }
            else
            {
                var lastLog = TimeSpan.Zero;
                await Consume(results, sink, counts, failure => log.WriteLine($"failed {failure}"), () =>
                {
                    if (!run.Quiet && counts.Clock.Elapsed - lastLog >= TimeSpan.FromSeconds(10))
                    {
                        lastLog = counts.Clock.Elapsed;
                        log.WriteLine(Describe(counts));
                    }
                }).ConfigureAwait(false);
            }

            await sink.FlushAsync().ConfigureAwait(false);
            var cancelled = cancellationToken.IsCancellationRequested;
            await log.WriteLineAsync(Summary(counts, cancelled)).ConfigureAwait(false);
            return cancelled ? 130 : counts.Failed > 0 ? 1 : 0;
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The last line: "done: 6 pages, 4 ok, 2 failed (1 archive.misplacedrecordend, 1 archive.truncated), 1 cut by
    /// the crawler, 3 files of other types not read (--ext), 0.1 s, 50.0 pages/s"; the failures by code, most first,
    /// the pages an archive holds only in part, and the files the walk left out.
    /// </summary>
    internal static string Summary(BatchCounts counts, bool cancelled)
    {
        var byCode = counts.FailedByCode.Count == 0
            ? string.Empty
            : " (" + string.Join(", ", counts.FailedByCode.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Value} {c.Key}"))) + ")";
        var truncated = counts.Truncated == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {counts.Truncated} cut by the crawler");
        var notRead = counts.NotRead == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {counts.NotRead} files of other types not read (--ext)");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(cancelled ? "stopped" : "done")}: {counts.Pages} pages, {counts.Pages - counts.Failed} ok, {counts.Failed} failed{byCode}{truncated}{notRead}, {counts.Clock.Elapsed.TotalSeconds:0.0} s, {counts.Rate:0.0} pages/s");
    }

    private static string Describe(BatchCounts counts) =>
        string.Create(CultureInfo.InvariantCulture, $"pages {counts.Pages}{(counts.Total is { } t ? "/" + t.ToString(CultureInfo.InvariantCulture) : string.Empty)} · {counts.Rate:0.0}/s · errors {counts.Failed}");

    private static async Task Consume(IAsyncEnumerable<OutputLine> results, LineSink sink, BatchCounts counts, Action<string> reportFailure, Action tick)
    {
        await foreach (var line in results.ConfigureAwait(false))
        {
            counts.Pages++;
            if (line.Failure is not null)
            {
                counts.Failed++;
                var code = line.Code ?? "unknown";
                counts.FailedByCode[code] = counts.FailedByCode.GetValueOrDefault(code) + 1;
                reportFailure(line.Failure);
            }

            if (line.Truncated)
            {
                counts.Truncated++;
            }

            using (line)
            {
                await sink.WriteLineAsync(line.Json.WrittenMemory).ConfigureAwait(false);
            }

            tick();
        }
    }

    /// <summary>
    /// One page's output, made on its worker: the JSON line as UTF-8 in a pooled buffer (returned once written: a
    /// homepage's line runs to 300 KB, and as a string it went to the large-object heap, whose growth starts full
    /// collections, then was encoded again on the one thread that writes) and, for a failed page, what to report.
    /// </summary>
    private sealed record OutputLine(PooledByteWriter Json, string? Failure, string? Code, bool Truncated) : IDisposable
    {
        public static OutputLine From(BatchResult result)
        {
            var json = new PooledByteWriter(16 * 1024);
            result.WriteJsonLine(json);
            return new(json, result.Succeeded ? null : $"{result.Source}: {result.Error}", result.ErrorCode, result.Source.Truncated is not null);
        }

        public void Dispose() => Json.Dispose();
    }

    /// <summary>
    /// The number of pages when every input is a plain page file (archives hold an unknown number), and the files the
    /// directories hold that are not read (other extensions): the summary says how many were left out.
    /// </summary>
    internal static (long? Total, long NotRead) CountPages(IEnumerable<string> inputs, PageReaderOptions options)
    {
        long? total = 0;
        long notRead = 0;
        foreach (var input in inputs)
        {
            foreach (var (path, error, read) in PageReader.Survey(input, options))
            {
                if (error is not null)
                {
                    continue;
                }

                if (!read)
                {
                    notRead++;
                }
                else if (PageReader.IsArchiveName(path))
                {
                    total = null;
                }
                else if (total is not null)
                {
                    total++;
                }
            }
        }

        return (total, notRead);
    }

    /// <summary>
    /// Writes whole lines only: lines gather in a buffer that goes out in one write once it is large, so a run cut
    /// short (Ctrl-C, a killed process) leaves the file ending with a complete line.
    /// </summary>
    private sealed class LineSink(Stream? file, TextWriter stdout)
    {
        private const int FlushThreshold = 256 * 1024;
        private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);

        /// <summary>Writes one line given as UTF-8 (no line break); the caller keeps the bytes.</summary>
        public async Task WriteLineAsync(ReadOnlyMemory<byte> line)
        {
            if (file is null)
            {
                var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(line.Length));
                try
                {
                    var count = Encoding.UTF8.GetChars(line.Span, chars);
                    await stdout.WriteLineAsync(chars.AsMemory(0, count)).ConfigureAwait(false);
                }
                finally
                {
                    ArrayPool<char>.Shared.Return(chars);
                }

                return;
            }

            var span = _buffer.GetSpan(line.Length + 1);
            line.Span.CopyTo(span);
            span[line.Length] = (byte)'\n';
            _buffer.Advance(line.Length + 1);
            if (_buffer.WrittenCount >= FlushThreshold)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        public async Task FlushAsync()
        {
            if (file is null)
            {
                await stdout.FlushAsync().ConfigureAwait(false);
                return;
            }

            if (_buffer.WrittenCount > 0)
            {
                await file.WriteAsync(_buffer.WrittenMemory).ConfigureAwait(false);
                await file.FlushAsync().ConfigureAwait(false);
                _buffer.ResetWrittenCount();
            }
        }
    }
}
