using System.Runtime.ExceptionServices;

namespace NewsModel.Extraction;

/// <summary>
/// Where the readers of a deeply nested page run. Several readers recurse over the page's elements, so the stack a
/// parse needs grows with how deep the page nests, and AngleSharp lets a page nest 512 levels (tags never closed). On
/// a caller's thread of small stack such a page would overflow it, and a stack overflow ends the process: no
/// <c>catch</c> can stop it. A page deeper than <see cref="MaxInlineDepth"/> is therefore read on a thread of its own
/// with room for any depth; the caller's thread waits for it. Real pages nest far less (at most 42 levels on the 1,001
/// pages of the development set and the Persian corpus), so they are read where the caller called.
/// </summary>
internal static class DeepPage
{
    /// <summary>The deepest page read on the caller's own thread.</summary>
    public const int MaxInlineDepth = 128;

    /// <summary>
    /// The stack of the thread a deeper page is read on. A page nested 512 levels needed up to 512 KB with optimized code
    /// before the deepest walks became loops; the rest is margin, reserved and not committed until used.
    /// </summary>
    public const int StackSize = 4 * 1024 * 1024;

    /// <summary>
    /// Runs <paramref name="read"/> on this thread when <paramref name="depth"/> is at most <see cref="MaxInlineDepth"/>,
    /// else on a thread with a stack of <see cref="StackSize"/>, and returns its result. An exception it throws reaches
    /// the caller unchanged. Where no thread can be started, it runs here.
    /// </summary>
    public static TResult Run<TState, TResult>(int depth, TState state, Func<TState, TResult> read)
    {
        if (depth <= MaxInlineDepth)
        {
            return read(state);
        }

        TResult result = default!;
        ExceptionDispatchInfo? error = null;
        Thread thread;
        try
        {
            thread = new Thread(
                () =>
                {
                    try
                    {
                        result = read(state);
                    }
                    catch (Exception e)
                    {
                        error = ExceptionDispatchInfo.Capture(e);
                    }
                },
                StackSize)
            {
                IsBackground = true,
                Name = "NewsModel deep page",
            };
            thread.Start();
        }
        catch (Exception e) when (e is PlatformNotSupportedException or OutOfMemoryException or ThreadStartException)
        {
            // No thread to be had (a browser's WebAssembly, or the process is out of threads): read here.
            return read(state);
        }

        thread.Join();
        error?.Throw();
        return result;
    }
}
