using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;

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
            return new BatchResult { Source = error.Source, Error = $"{error.Code}: {error.Message}" };
        }

        var page = item.Page!;
        var format = page.Format != PageFormat.Auto ? page.Format : PageFormatDetector.Detect(page.Content.Span);
        try
        {
            var result = format == PageFormat.Text
                ? _text.Parse(page.Content, page.Source.Url, page.Charset)
                : _html.Parse(page.Content, page.Source.Url, page.Charset);
            return new BatchResult { Source = page.Source, Format = format, Article = result.Value, Diagnostics = result.Diagnostics };
        }
#pragma warning disable CA1031 // A parser bug on one page must not stop a batch of millions: it is reported as that page's failure.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new BatchResult { Source = page.Source, Format = format, Error = $"parser.failed: {e.GetType().Name}: {e.Message}" };
        }
    }

    /// <summary>
    /// Parses the pages on <see cref="BatchOptions.MaxDegreeOfParallelism"/> workers, streaming: the input is read
    /// only as fast as results are taken, so memory stays flat however long the input is.
    /// </summary>
    /// <param name="items">The pages (for example from <see cref="PageReader.Read"/>); enumerated once, on one thread.</param>
    /// <param name="cancellationToken">Stops reading new pages; results already produced are still returned in order.</param>
    /// <returns>One result per item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public IAsyncEnumerable<BatchResult> ParseAsync(IEnumerable<PageItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Options.MaxDegreeOfParallelism == 1
            ? ParseSequential(items, cancellationToken)
            : Options.Ordered ? ParseOrdered(items, cancellationToken) : ParseUnordered(items, cancellationToken);
    }

    /// <summary>Parses the pages of an asynchronous source (your own crawler or queue), like <see cref="ParseAsync(IEnumerable{PageItem}, CancellationToken)"/>.</summary>
    /// <param name="items">The pages.</param>
    /// <param name="cancellationToken">Stops reading new pages.</param>
    /// <returns>One result per item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public IAsyncEnumerable<BatchResult> ParseAsync(IAsyncEnumerable<PageItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        return ParsePipeline(items, cancellationToken);
    }

    private async IAsyncEnumerable<BatchResult> ParseSequential(IEnumerable<PageItem> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            yield return Parse(item);
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    private IAsyncEnumerable<BatchResult> ParseOrdered(IEnumerable<PageItem> items, CancellationToken cancellationToken) =>
        ParsePipeline(ToAsync(items, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<BatchResult> ParsePipeline(IAsyncEnumerable<PageItem> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!Options.Ordered)
        {
            await foreach (var result in ParseUnorderedAsync(items, cancellationToken).ConfigureAwait(false))
            {
                yield return result;
            }

            yield break;
        }

        // Each page becomes a task; the tasks queue in input order in a bounded channel, so the reader blocks once
        // BufferSize pages wait, and at most MaxDegreeOfParallelism of them run at once.
        var queue = Channel.CreateBounded<Task<BatchResult>>(new BoundedChannelOptions(Math.Max(1, Options.BufferSize))
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
                                    return Parse(item);
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
            // The consumer stopped early (break or dispose): stop reading and let the workers drain.
            await stop.CancelAsync().ConfigureAwait(false);
            while (queue.Reader.TryRead(out var pending))
            {
                await pending.ConfigureAwait(false);
            }

            await producer.ConfigureAwait(false);
            while (queue.Reader.TryRead(out var pending))
            {
                await pending.ConfigureAwait(false);
            }
        }
    }

    private IAsyncEnumerable<BatchResult> ParseUnordered(IEnumerable<PageItem> items, CancellationToken cancellationToken) =>
        ParseUnorderedAsync(ToAsync(items, cancellationToken), cancellationToken);

    private async IAsyncEnumerable<BatchResult> ParseUnorderedAsync(IAsyncEnumerable<PageItem> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var results = Channel.CreateBounded<BatchResult>(new BoundedChannelOptions(Math.Max(1, Options.BufferSize)) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Options.MaxDegreeOfParallelism, CancellationToken = stop.Token };
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await Parallel.ForEachAsync(items, parallel, async (item, token) => await results.Writer.WriteAsync(Parse(item), token).ConfigureAwait(false)).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stopped: results already produced are still returned.
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
