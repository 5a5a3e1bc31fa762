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

    /// <summary>Every descendant of <paramref name="root"/> matching <paramref name="css"/>, in document order.</summary>
    public static IReadOnlyList<IElement> All(IParentNode? root, string css) => root is INode node ? node.ChildNodes.QuerySelectorAll(Get(css)) : [];
}
