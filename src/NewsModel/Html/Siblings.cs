using AngleSharp.Dom;

namespace NewsModel.Html;

/// <summary>
/// A node's siblings by position in its parent's child list. AngleSharp finds <c>NextSibling</c>,
/// <c>NextElementSibling</c> and <c>PreviousSibling</c> by searching the parent's children from the first each time,
/// so a loop that steps through siblings with them is quadratic in the parent's width: a flat page of 20,000 links
/// took seconds. Here the node is looked for once per walk, and with a <see cref="SiblingIndex"/> once per wide parent.
/// The tree must not change during the walk.
/// </summary>
internal static class Siblings
{
    /// <summary>The nodes after <paramref name="node"/> in its parent, nearest first.</summary>
    public static Range After(INode node) => From(node, 1, null);

    /// <summary>The nodes before <paramref name="node"/> in its parent, nearest first.</summary>
    public static Range Before(INode node) => From(node, -1, null);

    /// <summary>The elements after <paramref name="node"/> in its parent, nearest first.</summary>
    public static ElementRange ElementsAfter(INode node) => new(From(node, 1, null));

    internal static Range From(INode node, int step, SiblingIndex? index)
    {
        if (node.Parent is not { } parent)
        {
            return default;
        }

        var children = parent.ChildNodes;
        var position = index is null ? Position(children, node) : index.PositionOf(node, parent, children);
        return position < 0 ? default : new Range(children, position, step);
    }

    internal static int Position(INodeList children, INode node)
    {
        for (var i = 0; i < children.Length; i++)
        {
            if (ReferenceEquals(children[i], node))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Siblings one way from a position, without allocating.</summary>
    internal readonly struct Range(INodeList? list, int position, int step)
    {
        public Enumerator GetEnumerator() => new(list, position, step);

        internal struct Enumerator(INodeList? list, int position, int step)
        {
            private int _position = position;

            public INode Current { get; private set; } = null!;

            public bool MoveNext()
            {
                if (list is null)
                {
                    return false;
                }

                _position += step;
                if (_position < 0 || _position >= list.Length)
                {
                    return false;
                }

                Current = list[_position];
                return true;
            }
        }
    }

    /// <summary>The elements of a <see cref="Range"/>.</summary>
    internal readonly struct ElementRange(Range nodes)
    {
        public Enumerator GetEnumerator() => new(nodes.GetEnumerator());

        internal struct Enumerator(Range.Enumerator nodes)
        {
            private Range.Enumerator _nodes = nodes;

            public IElement Current { get; private set; } = null!;

            public bool MoveNext()
            {
                while (_nodes.MoveNext())
                {
                    if (_nodes.Current is IElement e)
                    {
                        Current = e;
                        return true;
                    }
                }

                return false;
            }
        }
    }
}

/// <summary>
/// The positions of the children of wide parents, found once per parent: for a parse that asks for the neighbours of
/// many children of one parent (every link of a flat list, every «Kommentare» heading of a page). Narrow parents are
/// searched, which costs less than a table. For one parse; the tree must not change while it is used.
/// </summary>
internal sealed class SiblingIndex
{
    // Up to this many children a search from the first is cheapest.
    private const int NarrowParent = 16;

    private Dictionary<INode, Dictionary<INode, int>>? _positions;

    /// <summary>The elements after <paramref name="node"/> in its parent, nearest first.</summary>
    public Siblings.ElementRange ElementsAfter(INode node) => new(Siblings.From(node, 1, this));

    /// <summary>The element sibling after <paramref name="element"/>, or null.</summary>
    public IElement? NextElement(IElement element)
    {
        foreach (var next in ElementsAfter(element))
        {
            return next;
        }

        return null;
    }

    /// <summary>The element sibling before <paramref name="element"/>, or null.</summary>
    public IElement? PreviousElement(IElement element)
    {
        foreach (var node in Siblings.From(element, -1, this))
        {
            if (node is IElement before)
            {
                return before;
            }
        }

        return null;
    }

    internal int PositionOf(INode node, INode parent, INodeList children)
    {
        if (children.Length <= NarrowParent)
        {
            return Siblings.Position(children, node);
        }

        _positions ??= new(ReferenceEqualityComparer.Instance);
        if (!_positions.TryGetValue(parent, out var positions))
        {
            positions = new(children.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < children.Length; i++)
            {
                positions[children[i]] = i;
            }

            _positions[parent] = positions;
        }

        return positions.GetValueOrDefault(node, -1);
    }
}
