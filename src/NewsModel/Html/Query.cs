using System.Collections.Concurrent;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace NewsModel.Html;

/// <summary>
/// CSS queries with their selectors parsed once: AngleSharp's string overloads parse the selector on every call,
/// which costs more than matching it on a small subtree. Plain selectors are matched by <see cref="SimpleSelector"/>
/// (no allocation per element); the rest by AngleSharp.
/// </summary>
internal static class Query
{
    private static readonly CssSelectorParser Parser = new();
    private static readonly ConcurrentDictionary<string, Matcher> Cache = new(StringComparer.Ordinal);

    private static Matcher Get(string css) => Cache.GetOrAdd(css, static c => new Matcher(
        SimpleSelector.TryParse(c),
        Parser.ParseSelector(c) ?? throw new ArgumentException($"Invalid selector '{c}'.", nameof(css))));

    private static Matcher[] GetAll(ReadOnlySpan<string> css)
    {
        var selectors = new Matcher[css.Length];
        for (var i = 0; i < css.Length; i++)
        {
            selectors[i] = Get(css[i]);
        }

        return selectors;
    }

    /// <summary>The first descendant of <paramref name="root"/> matching <paramref name="css"/>, in document order.</summary>
    public static IElement? One(IParentNode? root, string css)
    {
        var matcher = Get(css);
        foreach (var e in DescendantsOf(root))
        {
            if (matcher.Match(e))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="element"/> itself matches <paramref name="css"/>.</summary>
    public static bool Matches(IElement element, string css) => Get(css).Match(element);

    /// <summary>
    /// The first descendant of <paramref name="root"/> matching each of <paramref name="css"/> (as <see cref="One"/>
    /// would find it), found in one pre-order walk that stops once every selector has matched.
    /// </summary>
    public static IElement?[] FirstOfEach(IParentNode? root, params ReadOnlySpan<string> css)
    {
        var selectors = GetAll(css);
        var found = new IElement?[css.Length];
        var missing = css.Length;
        foreach (var e in DescendantsOf(root))
        {
            if (missing == 0)
            {
                break;
            }

            var classes = e.ClassName;
            for (var i = 0; i < selectors.Length; i++)
            {
                if (found[i] is null && selectors[i].Match(e, classes))
                {
                    found[i] = e;
                    missing--;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The element descendants of <paramref name="root"/> (not the root itself) in pre-order, the order of
    /// <c>document.All</c>: <see cref="NodesOf"/> with the other nodes left out.
    /// </summary>
    public static Descendants DescendantsOf(IParentNode? root) => new(root as INode);

    /// <summary>
    /// Every node under <paramref name="root"/> (not the root itself) in pre-order. A loop with its own stack, so a
    /// deeply nested page cannot overflow the call stack; and it indexes each child list instead of following
    /// <c>NextSibling</c>, which AngleSharp finds by searching the parent's children, so a walk that used it would be
    /// quadratic in the width of the page.
    /// </summary>
    public static Nodes NodesOf(INode? root) => new(root);

    /// <summary>Pre-order element descendants of a node.</summary>
    internal readonly struct Descendants(INode? root)
    {
        public Enumerator GetEnumerator() => new(root);

        /// <summary>The node walk, stopping on elements.</summary>
        internal struct Enumerator(INode? root)
        {
            private Nodes.Enumerator _nodes = new(root);

            public IElement Current { get; private set; } = null!;

            public bool MoveNext()
            {
                while (_nodes.MoveNext())
                {
                    if (_nodes.Current is Element e)
                    {
                        Current = e;
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>Pre-order descendant nodes of a node, enumerated without allocating for shallow trees.</summary>
    internal readonly struct Nodes(INode? root)
    {
        public Enumerator GetEnumerator() => new(root);

        /// <summary>
        /// Walks the tree with a stack of (child list, position) frames, held inside the enumerator for the first
        /// <see cref="InlineFrames"/> levels: a walk over a link or a paragraph (most walks) allocates nothing.
        /// </summary>
        internal struct Enumerator
        {
            private const int InlineFrames = 16;

            private FrameBuffer _inline;
            private Frame[]? _frames;
            private int _depth;

            public Enumerator(INode? root)
            {
                _depth = root is null ? -1 : 0;
                if (root is not null)
                {
                    _inline[0] = new Frame(root.ChildNodes);
                }

                Current = null!;
            }

            public INode Current { get; private set; }

            public bool MoveNext()
            {
                Span<Frame> frames = _inline;
                if (_frames is not null)
                {
                    frames = _frames;
                }

                while (_depth >= 0)
                {
                    ref var frame = ref frames[_depth];
                    var list = frame.List;
                    var i = frame.Position;
                    if (i >= list.Length)
                    {
                        _depth--;
                        continue;
                    }

                    frame.Position = i + 1;
                    var node = list[i];
                    Current = node;
                    if (node is Element)
                    {
                        var children = node.ChildNodes;
                        if (children.Length > 0)
                        {
                            if (++_depth == frames.Length)
                            {
                                var grown = new Frame[_depth * 2];
                                frames.CopyTo(grown);
                                _frames = grown;
                                frames = grown;
                            }

                            frames[_depth] = new Frame(children);
                        }
                    }

                    return true;
                }

                return false;
            }

            /// <summary>A child list and the position of the next child to visit in it.</summary>
            private struct Frame(INodeList list)
            {
                public readonly INodeList List = list;
                public int Position;
            }

            [System.Runtime.CompilerServices.InlineArray(InlineFrames)]
            private struct FrameBuffer
            {
                private Frame _first;
            }
        }
    }

    /// <summary>
    /// Every descendant of <paramref name="root"/> matching each of <paramref name="css"/> (as <see cref="All"/> would
    /// find them), collected in one walk.
    /// </summary>
    public static List<IElement>[] AllOfEach(IParentNode? root, params ReadOnlySpan<string> css)
    {
        var selectors = GetAll(css);
        var found = new List<IElement>[css.Length];
        for (var i = 0; i < css.Length; i++)
        {
            found[i] = [];
        }

        foreach (var e in DescendantsOf(root))
        {
            var classes = e.ClassName;
            for (var i = 0; i < selectors.Length; i++)
            {
                if (selectors[i].Match(e, classes))
                {
                    found[i].Add(e);
                }
            }
        }

        return found;
    }

    /// <summary>Every descendant of <paramref name="root"/> matching <paramref name="css"/>, in document order.</summary>
    public static IReadOnlyList<IElement> All(IParentNode? root, string css) => AllOfEach(root, css)[0];

    /// <summary>A parsed selector: the allocation-free matcher when the selector is plain, else AngleSharp's.</summary>
    private sealed class Matcher(SimpleSelector? simple, ISelector angle)
    {
        public bool Match(IElement e) => simple?.Match(e) ?? angle.Match(e, null);

        public bool Match(IElement e, string? classes) => simple?.Match(e, classes) ?? angle.Match(e, null);
    }
}
