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
        if (root is not null)
        {
            var missing = css.Length;
            Walk(root, selectors, found, ref missing);
        }

        return found;

        static bool Walk(IParentNode parent, ISelector[] selectors, IElement?[] found, ref int missing)
        {
            for (var e = parent.FirstElementChild; e is not null; e = e.NextElementSibling)
            {
                for (var i = 0; i < selectors.Length; i++)
                {
                    if (found[i] is null && selectors[i].Match(e, null))
                    {
                        found[i] = e;
                        if (--missing == 0)
                        {
                            return true;
                        }
                    }
                }

                if (Walk(e, selectors, found, ref missing))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Every descendant of <paramref name="root"/> matching <paramref name="css"/>, in document order.</summary>
    public static IReadOnlyList<IElement> All(IParentNode? root, string css) => root is INode node ? node.ChildNodes.QuerySelectorAll(Get(css)) : [];
}
