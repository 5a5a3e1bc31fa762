using AngleSharp.Dom;

namespace NewsModel.Extraction.Content;

/// <summary>Allocation-free enumeration of an element's child elements (AngleSharp's <c>Children</c> builds a collection).</summary>
internal static class ChildElementsExtensions
{
    public static ChildElements ElementChildren(this INode node) => new(node.ChildNodes);
}

/// <summary>The child elements of one element, enumerated without allocating.</summary>
internal readonly struct ChildElements(INodeList nodes)
{
    public Enumerator GetEnumerator() => new(nodes);

    /// <summary>Walks the child nodes and stops on elements.</summary>
    internal struct Enumerator(INodeList nodes)
    {
        private int _index = -1;

        public IElement Current { get; private set; } = null!;

        public bool MoveNext()
        {
            while (++_index < nodes.Length)
            {
                if (nodes[_index] is Element e)
                {
                    Current = e;
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>Tree tests that walk up from the node (depth steps), whatever the DOM library does.</summary>
internal static class TreeExtensions
{
    /// <summary>Whether <paramref name="node"/> is <paramref name="ancestor"/> or inside it.</summary>
    public static bool Holds(this IElement ancestor, INode? node)
    {
        for (var n = node; n is not null; n = n.Parent)
        {
            if (ReferenceEquals(n, ancestor))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Descendant searches by predicate: AngleSharp parses a selector string on every QuerySelector call.</summary>
internal static class DescendantSearch
{
    /// <summary>The first descendant (document order) matching <paramref name="match"/>.</summary>
    public static IElement? FirstDescendant(this IElement root, Func<IElement, bool> match, int depth = 0)
    {
        if (depth > 256)
        {
            return null;
        }

        foreach (var child in root.ElementChildren())
        {
            if (match(child))
            {
                return child;
            }

            var found = child.FirstDescendant(match, depth + 1);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>All descendants matching <paramref name="match"/>, in document order; <paramref name="descendInto"/> decides which subtrees to enter.</summary>
    public static List<IElement> Descendants(this IElement root, Func<IElement, bool> match, Func<IElement, bool>? descendInto = null)
    {
        var list = new List<IElement>();
        Collect(root, match, descendInto, list, 0);
        return list;
    }

    private static void Collect(IElement e, Func<IElement, bool> match, Func<IElement, bool>? descendInto, List<IElement> list, int depth)
    {
        if (depth > 256)
        {
            return;
        }

        foreach (var child in e.ElementChildren())
        {
            if (match(child))
            {
                list.Add(child);
            }

            if (descendInto is null || descendInto(child))
            {
                Collect(child, match, descendInto, list, depth + 1);
            }
        }
    }
}
