using AngleSharp.Dom;

namespace NewsModel.Extraction.Content;

/// <summary>Allocation-free enumeration of an element's child elements (AngleSharp's <c>Children</c> builds a collection).</summary>
internal static class ChildElementsExtensions
{
    public static ChildElements ElementChildren(this IElement element) => new(element.ChildNodes);
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
                if (nodes[_index] is IElement e)
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
