using System.Collections.Concurrent;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace NewsModel.Html;

/// <summary>
/// CSS queries with their selectors parsed once: AngleSharp's string overloads parse the selector on every call,
/// which costs more than matching it on a small subtree.
/// </summary>
internal static class Query
{
    private static readonly CssSelectorParser Parser = new();
    private static readonly ConcurrentDictionary<string, ISelector> Cache = new(StringComparer.Ordinal);

    private static ISelector Get(string css) => Cache.GetOrAdd(css, static c => Parser.ParseSelector(c) ?? throw new ArgumentException($"Invalid selector '{c}'.", nameof(css)));

    /// <summary>The first descendant of <paramref name="root"/> matching <paramref name="css"/>.</summary>
    public static IElement? One(IParentNode? root, string css) => root is INode node ? node.ChildNodes.QuerySelector(Get(css)) : null;

    /// <summary>
    /// The first descendant of <paramref name="root"/> matching each of <paramref name="css"/> (as <see cref="One"/>
    /// would find it), found in one pre-order walk that stops once every selector has matched.
    /// </summary>
    public static IElement?[] FirstOfEach(IParentNode? root, params ReadOnlySpan<string> css)
    {
        var selectors = new ISelector[css.Length];
        for (var i = 0; i < css.Length; i++)
        {
            selectors[i] = Get(css[i]);
        }

        var found = new IElement?[css.Length];
        var missing = css.Length;
        for (var e = root?.FirstElementChild; e is not null && missing > 0; e = NextInOrder(e, root!))
        {
            for (var i = 0; i < selectors.Length; i++)
            {
                if (found[i] is null && selectors[i].Match(e, null))
                {
                    found[i] = e;
                    missing--;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The element after <paramref name="e"/> in a pre-order walk of <paramref name="root"/>'s descendants, or null
    /// at the end: a loop rather than recursion, so a deeply nested page cannot overflow the stack.
    /// </summary>
    public static IElement? NextInOrder(IElement e, IParentNode root)
    {
        if (e.FirstElementChild is { } child)
        {
            return child;
        }

        for (var x = e; x is not null && !ReferenceEquals(x, root); x = x.ParentElement)
        {
            if (x.NextElementSibling is { } next)
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>Every descendant of <paramref name="root"/> matching <paramref name="css"/>, in document order.</summary>
    public static IReadOnlyList<IElement> All(IParentNode? root, string css) => root is INode node ? node.ChildNodes.QuerySelectorAll(Get(css)) : [];
}
