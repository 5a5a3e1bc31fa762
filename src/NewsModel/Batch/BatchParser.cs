using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using NewsModel.Html;

namespace NewsModel.Batch;

/// <summary>Immutable options for <see cref="BatchParser"/>.</summary>
public sealed record BatchOptions
{
    /// <summary>The defaults: all cores, results in input order.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>How many pages are parsed at once (the processor count by default; 1 parses on the calling thread).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Whether results come out in input order (the default) or as soon as each page is done.</summary>
    public bool Ordered { get; init; } = true;

    /// <summary>
    /// How many pages may wait, read but not yet written out, beyond those being parsed (4 per worker by default).
    /// This bounds memory: at most <c>MaxDegreeOfParallelism + BufferSize</c> pages are held at once.
    /// </summary>
    public int BufferSize { get; init; } = 4 * Environment.ProcessorCount;
}

/// <summary>
/// Parses a stream of pages on several cores with bounded memory: the HTML pages with an <see cref="ArticleParser"/>,
/// the text dumps with a <see cref="TextArticleParser"/>. A page that fails (or an input that could not be read)
/// gives a failed <see cref="BatchResult"/> with its source; it never stops the batch. Thread-safe and reusable.
/// </summary>
/// <example>
/// <code>
/// var batch = new BatchParser();
/// await foreach (var result in batch.ParseAsync(PageReader.Read(["crawl/"]), cancellationToken))
/// {
///     Console.WriteLine(result.ToJsonLine());
/// }
/// </code>
/// </example>
public sealed class BatchParser
{
    private readonly ArticleParser _html;
    private readonly TextArticleParser _text;

    /// <summary>Creates a batch parser.</summary>
    /// <param name="options">The batch options; <see langword="null"/> for <see cref="BatchOptions.Default"/>.</param>
    /// <param name="htmlParser">The HTML parser; <see langword="null"/> for <see cref="ArticleParser.Default"/>.</param>
    /// <param name="textParser">The text-dump parser; <see langword="null"/> for <see cref="TextArticleParser.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The parallelism is below 1 or the buffer size below 0.</exception>
    public BatchParser(BatchOptions? options = null, ArticleParser? htmlParser = null, TextArticleParser? textParser = null)
    {
        Options = options ?? BatchOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxDegreeOfParallelism, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(Options.BufferSize, nameof(options));
        _html = htmlParser ?? ArticleParser.Default;
        _text = textParser ?? TextArticleParser.Default;
    }

    /// <summary>The options this parser was built with.</summary>
    public BatchOptions Options { get; }

    /// <summary>Parses one page on the calling thread. Never throws for a bad page.</summary>
    /// <param name="item">The page, or a read error to turn into a failed result.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public BatchResult Parse(PageItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Error is { } error)
        {
            return new BatchResult { Source = error.Source, Error = $"{error.Code}: {error.Message}", ErrorCode = error.Code };
        }

        var page = item.Page!;
        var format = page.Format != PageFormat.Auto ? page.Format : PageFormatDetector.Detect(page.Content.Span);
        try
        {
            var result = format == PageFormat.Text
                ? _text.Parse(page.Content, page.Source.Url, page.Charset, page.Source.FetchedAt)
                : _html.Parse(page.Content, page.Source.Url, page.Charset, page.Source.FetchedAt);
            if (result.Diagnostics.FirstOrDefault(d => d.Code == BinaryInput.Code) is { } binary)
            {
                // Bytes that are no page (an image, a PDF, compressed data) fail like an unreadable file.
                return new BatchResult { Source = page.Source, Format = format, Error = $"page.binary: {binary.Message}", ErrorCode = "page.binary" };
            }

            return new BatchResult { Source = page.Source, Format = format, Article = result.Value, Diagnostics = WithTruncation(result.Diagnostics, page.Source) };
        }
#pragma warning disable CA1031 // A parser bug on one page must not stop a batch of millions: it is reported as that page's failure.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new BatchResult { Source = page.Source, Format = format, Error = $"parser.failed: {e.GetType().Name}: {e.Message}", ErrorCode = "parser.failed" };
        }
    }

    // A page the crawler cut parses like any other; the warning tells the user why its end may be missing.
    private static IReadOnlyList<ParseDiagnostic> WithTruncation(IReadOnlyList<ParseDiagnostic> diagnostics, PageSource source) =>
        source.Truncated is not { } reason
            ? diagnostics
            :
            [
                new ParseDiagnostic
                {
                    Code = "page.truncated",
                    Severity = DiagnosticSeverity.Warning,
                    Message = (reason == "http-body"
                        ? "The archive holds only the first part of this page (its HTTP body ends early: a chunk or gzip member is cut)"
                        : $"The archive holds only the first part of this page (WARC-Truncated: {reason})")
                        + ": what comes late in it (the body's end, comments, lists) may be missing.",
                },
                .. diagnostics,
            ];

    /// <summary>
    /// Parses the pages on <see cref="BatchOptions.MaxDegreeOfParallelism"/> workers, streaming: the input is read
    /// only as fast as results are taken, so memory stays flat however long the input is.
    /// </summary>
    /// <param name="items">The pages (for example from <see cref="PageReader.Read"/>); enumerated once, on one thread.</param>
    /// <param name="cancellationToken">Stops reading new pages; results already produced are still returned in order.</param>
    /// <returns>One result per item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public IAsyncEnumerable<BatchResult> ParseAsync(IEnumerable<PageItem> items, CancellationToken cancellationToken = default) =>
        ParseAsync(items, Identity, cancellationToken);

    /// <summary>Parses the pages of an asynchronous source (your own crawler or queue), like <see cref="ParseAsync(IEnumerable{PageItem}, CancellationToken)"/>.</summary>
    /// <param name="items">The pages.</param>
    /// <param name="cancellationToken">Stops reading new pages.</param>
    /// <returns>One result per item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public IAsyncEnumerable<BatchResult> ParseAsync(IAsyncEnumerable<PageItem> items, CancellationToken cancellationToken = default) =>
        ParseAsync(items, Identity, cancellationToken);

    /// <summary>
    /// Parses the pages like <see cref="ParseAsync(IEnumerable{PageItem}, CancellationToken)"/> and turns each result
    /// into <typeparamref name="TResult"/> on the worker that parsed it, so that per-page work after the parse
    /// (serializing to JSON, say) runs in parallel too instead of on the one thread that takes the results.
    /// </summary>
    /// <typeparam name="TResult">What each page becomes.</typeparam>
    /// <param name="items">The pages (for example from <see cref="PageReader.Read"/>); enumerated once, on one thread.</param>
    /// <param name="selector">
    /// Called once per page on a worker thread (several at once, so it must be thread-safe); its exceptions are not
    /// caught: one ends the enumeration.
    /// </param>
    /// <param name="cancellationToken">Stops reading new pages; results already produced are still returned in order.</param>
    /// <returns>One value per item, in input order unless <see cref="BatchOptions.Ordered"/> is off.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="selector"/> is null.</exception>
    public IAsyncEnumerable<TResult> ParseAsync<TResult>(IEnumerable<PageItem> items, Func<BatchResult, TResult> selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(selector);
        return Options.MaxDegreeOfParallelism == 1
            ? ParseSequential(items, selector, cancellationToken)
            : Options.Ordered
                ? ParseOrdered(ToAsync(items, cancellationToken), selector, cancellationToken)
                : ParseUnordered(ToAsync(items, cancellationToken), selector, cancellationToken);
    }

    /// <summary>
    /// Parses the pages of an asynchronous source and turns each result into <typeparamref name="TResult"/> on its
    /// worker, like <see cref="ParseAsync{TResult}(IEnumerable{PageItem}, Func{BatchResult, TResult}, CancellationToken)"/>.
    /// </summary>
    /// <typeparam name="TResult">What each page becomes.</typeparam>
    /// <param name="items">The pages.</param>
    /// <param name="selector">Called once per page on a worker thread; must be thread-safe.</param>
    /// <param name="cancellationToken">Stops reading new pages.</param>
    /// <returns>One value per item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or <paramref name="selector"/> is null.</exception>
    public IAsyncEnumerable<TResult> ParseAsync<TResult>(IAsyncEnumerable<PageItem> items, Func<BatchResult, TResult> selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(selector);
        return Options.Ordered ? ParseOrdered(items, selector, cancellationToken) : ParseUnordered(items, selector, cancellationToken);
    }

    private static readonly Func<BatchResult, BatchResult> Identity = static r => r;

    private async IAsyncEnumerable<TResult> ParseSequential<TResult>(IEnumerable<PageItem> items, Func<BatchResult, TResult> selector, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            yield return selector(Parse(item));
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private async IAsyncEnumerable<TResult> ParseOrdered<TResult>(IAsyncEnumerable<PageItem> items, Func<BatchResult, TResult> selector, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Each page becomes a task; the tasks queue in input order in a bounded channel, so the reader blocks once
        // BufferSize pages wait, and at most MaxDegreeOfParallelism of them run at once.
        var queue = Channel.CreateBounded<Task<TResult>>(new BoundedChannelOptions(Math.Max(1, Options.BufferSize))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var workers = new SemaphoreSlim(Options.MaxDegreeOfParallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var item in items.WithCancellation(stop.Token).ConfigureAwait(false))
                    {
                        await workers.WaitAsync(stop.Token).ConfigureAwait(false);
                        var task = Task.Run(
                            () =>
                            {
                                try
                                {
                                    return selector(Parse(item));
                                }
                                finally
                                {
                                    workers.Release();
                                }
                            },
                            CancellationToken.None);
                        await queue.Writer.WriteAsync(task, stop.Token).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException)
                {
                    // Stopped: the pages already queued are still written out.
                }
                finally
                {
                    queue.Writer.TryComplete();
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var task in queue.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                yield return await task.ConfigureAwait(false);
            }
        }
        finally
        {
            // The consumer stopped early (break, dispose or a selector's exception): stop reading and let the workers drain.
            await stop.CancelAsync().ConfigureAwait(false);
            await Drain(queue.Reader).ConfigureAwait(false);
            await producer.ConfigureAwait(false);
            await Drain(queue.Reader).ConfigureAwait(false);
        }
    }

    private static async Task Drain<TResult>(ChannelReader<Task<TResult>> reader)
    {
        while (reader.TryRead(out var pending))
        {
            try
            {
                await pending.ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Draining after the consumer stopped: a selector's later failure has nowhere to go.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    private async IAsyncEnumerable<TResult> ParseUnordered<TResult>(IAsyncEnumerable<PageItem> items, Func<BatchResult, TResult> selector, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var results = Channel.CreateBounded<TResult>(new BoundedChannelOptions(Math.Max(1, Options.BufferSize)) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = stop.Token };
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await Parallel.ForEachAsync(items, parallel, async (item, token) => await results.Writer.WriteAsync(selector(Parse(item)), token).ConfigureAwait(false)).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopped: results already produced are still returned.
                }
#pragma warning disable CA1031 // Not swallowed: handed to the consumer through the channel.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    // A selector failed: the consumer sees it after the results already produced.
                    results.Writer.TryComplete(e);
                }
                finally
                {
                    results.Writer.TryComplete();
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var result in results.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                yield return result;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            while (results.Reader.TryRead(out _))
            {
            }

            await producer.ConfigureAwait(false);
        }
    }

    private static async IAsyncEnumerable<PageItem> ToAsync(IEnumerable<PageItem> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
