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
        if (matcher.HasDescendantChain)
        {
            return FirstOfEach(root, css)[0];
        }

        foreach (var e in DescendantsOf(root))
        {
            if (matcher.Match(e))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="css"/> is a selector AngleSharp can parse (it is then parsed and kept).</summary>
    public static bool IsValid(string css)
    {
        try
        {
            _ = Get(css);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
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
        if (ChainPlan.For(selectors) is { } plan && root is INode top)
        {
            var walk = new TrackedWalk(top, plan);
            while (missing > 0 && walk.MoveNext())
            {
                for (var i = 0; i < selectors.Length; i++)
                {
                    if (found[i] is null && plan.Match(i, walk.Current, walk.Classes, walk.Above))
                    {
                        found[i] = walk.Current;
                        missing--;
                    }
                }
            }

            return found;
        }

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

            /// <summary>How many levels the walk has stepped into (see <see cref="Nodes.Enumerator.MaxDepth"/>).</summary>
            public readonly int MaxDepth => _nodes.MaxDepth;
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

            // The deepest frame pushed so far, -1 when there is none.
            private int _deepest;

            public Enumerator(INode? root)
            {
                _depth = root is null ? -1 : 0;
                _deepest = -1;
                if (root is not null)
                {
                    var children = root.ChildNodes;
                    _inline[0] = new Frame(children);
                    if (children.Length > 0)
                    {
                        _deepest = 0;
                    }
                }

                Current = null!;
            }

            public INode Current { get; private set; }

            /// <summary>
            /// How many levels below the root the walk has stepped into (the root's children, level 1, from the start; an
            /// element's children when it is visited, even if they are then skipped). After a whole walk without skips,
            /// the level of the deepest node.
            /// </summary>
            public readonly int MaxDepth => _deepest + 1;

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
                            if (_depth > _deepest)
                            {
                                _deepest = _depth;
                            }
                        }
                    }

                    return true;
                }

                return false;
            }

            /// <summary>
            /// Leaves out <see cref="Current"/>'s descendants: the next <see cref="MoveNext"/> goes on with its next
            /// sibling (or the next node after it), as a recursive walk does when it does not descend into a child.
            /// </summary>
            public void SkipChildren()
            {
                // The top frame is Current's children exactly when it has not begun: the frame that holds Current has
                // moved past it. Checked here, not remembered on every step: most walks never skip.
                if (_depth < 0 || Current is null)
                {
                    return;
                }

                if ((_frames is null ? _inline[_depth] : _frames[_depth]).Position == 0)
                {
                    _depth--;
                }
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

        if (ChainPlan.For(selectors) is { } plan && root is INode top)
        {
            var walk = new TrackedWalk(top, plan);
            while (walk.MoveNext())
            {
                for (var i = 0; i < selectors.Length; i++)
                {
                    if (plan.Match(i, walk.Current, walk.Classes, walk.Above))
                    {
                        found[i].Add(walk.Current);
                    }
                }
            }

            return found;
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
        public SimpleSelector? Simple => simple;

        /// <summary>Whether the selector is plain and one of its chains is a descendant chain ("footer.tags a").</summary>
        public bool HasDescendantChain { get; } = simple is not null && HasDescendant(simple);

        public bool Match(IElement e) => simple?.Match(e) ?? angle.Match(e, null);

        public bool Match(IElement e, string? classes) => simple?.Match(e, classes) ?? angle.Match(e, null);

        private static bool HasDescendant(SimpleSelector simple)
        {
            foreach (var chain in simple.Chains)
            {
                if (chain.DescendantOnly)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// How a walk matches a list of plain selectors without climbing from each element to the root: each descendant
    /// chain ("footer.tags a", ".news_path a") gets four bits of a state that the walk hands from an element to its
    /// children, counting how many of the chain's ancestor parts, from the top, the path down to the element has
    /// matched. An element matches such a chain when it matches the subject and its parent's state has them all.
    /// Chains beyond the state's sixteen slots, and child combinators, are matched the usual way.
    /// </summary>
    private sealed class ChainPlan
    {
        private const int Slots = 16;

        // A slot's four bits count up to fifteen ancestor parts.
        private const int MaxAncestorParts = 15;

        // Per selector, its chains with their slot (-1: matched by climbing).
        private readonly (SimpleSelector.Chain Chain, int Slot)[][] _chains;

        // Per slot, its chain.
        private readonly SimpleSelector.Chain[] _tracked;

        private ChainPlan((SimpleSelector.Chain, int)[][] chains, SimpleSelector.Chain[] tracked)
        {
            _chains = chains;
            _tracked = tracked;
        }

        /// <summary>The plan, or null when a selector is not plain or no chain is a descendant chain.</summary>
        public static ChainPlan? For(Matcher[] selectors)
        {
            var any = false;
            foreach (var m in selectors)
            {
                if (m.Simple is null)
                {
                    return null;
                }

                any |= m.HasDescendantChain;
            }

            if (!any)
            {
                return null;
            }

            var tracked = new List<SimpleSelector.Chain>();
            var chains = new (SimpleSelector.Chain, int)[selectors.Length][];
            for (var i = 0; i < selectors.Length; i++)
            {
                var own = selectors[i].Simple!.Chains;
                chains[i] = new (SimpleSelector.Chain, int)[own.Length];
                for (var j = 0; j < own.Length; j++)
                {
                    var chain = own[j];
                    var slot = chain.DescendantOnly && chain.Top <= MaxAncestorParts && tracked.Count < Slots ? tracked.Count : -1;
                    if (slot >= 0)
                    {
                        tracked.Add(chain);
                    }

                    chains[i][j] = (chain, slot);
                }
            }

            return new ChainPlan(chains, [.. tracked]);
        }

        /// <summary>The state of the children of <paramref name="e"/>, whose parent's state is <paramref name="above"/>.</summary>
        public ulong Advance(ulong above, IElement e, string? classes)
        {
            var state = above;
            for (var slot = 0; slot < _tracked.Length; slot++)
            {
                var chain = _tracked[slot];
                var done = (int)(above >> (slot * 4)) & 0xF;
                if (done < chain.Top && chain.Parts[chain.Top - done].Match(e, classes))
                {
                    state += 1UL << (slot * 4);
                }
            }

            return state;
        }

        /// <summary>The state below <paramref name="root"/>: its ancestors and, when it is an element, itself.</summary>
        public ulong Below(INode root)
        {
            var path = new List<IElement>();
            for (var e = root as IElement ?? root.ParentElement; e is not null; e = e.ParentElement)
            {
                path.Add(e);
            }

            var state = 0UL;
            for (var i = path.Count - 1; i >= 0; i--)
            {
                state = Advance(state, path[i], path[i].ClassName);
            }

            return state;
        }

        /// <summary>Whether <paramref name="e"/>, under a parent whose state is <paramref name="above"/>, matches selector <paramref name="selector"/>.</summary>
        public bool Match(int selector, IElement e, string? classes, ulong above)
        {
            foreach (var (chain, slot) in _chains[selector])
            {
                if (slot < 0
                    ? chain.Match(e, classes)
                    : ((int)(above >> (slot * 4)) & 0xF) == chain.Top && chain.Parts[0].Match(e, classes))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The pre-order element walk of <see cref="DescendantsOf"/>, handing each element's <see cref="ChainPlan"/>
    /// state to its children.
    /// </summary>
    private struct TrackedWalk
    {
        private readonly ChainPlan _plan;
        private Frame[] _frames = new Frame[32];
        private int _depth;

        public TrackedWalk(INode root, ChainPlan plan)
        {
            _plan = plan;
            _frames[0] = new Frame(root.ChildNodes, plan.Below(root));
        }

        /// <summary>The element reached.</summary>
        public IElement Current { get; private set; } = null!;

        /// <summary>Its class attribute.</summary>
        public string? Classes { get; private set; }

        /// <summary>Its parent's state.</summary>
        public ulong Above { get; private set; }

        public bool MoveNext()
        {
            while (_depth >= 0)
            {
                ref var frame = ref _frames[_depth];
                var list = frame.List;
                if (frame.Position >= list.Length)
                {
                    _depth--;
                    continue;
                }

                if (list[frame.Position++] is not Element e)
                {
                    continue;
                }

                var above = frame.State;
                Current = e;
                Classes = e.ClassName;
                Above = above;
                var children = ((INode)e).ChildNodes;
                if (children.Length > 0)
                {
                    if (++_depth == _frames.Length)
                    {
                        Array.Resize(ref _frames, _depth * 2);
                    }

                    _frames[_depth] = new Frame(children, _plan.Advance(above, e, Classes));
                }

                return true;
            }

            return false;
        }

        private struct Frame(INodeList list, ulong state)
        {
            public readonly INodeList List = list;
            public readonly ulong State = state;
            public int Position;
        }
    }
}
