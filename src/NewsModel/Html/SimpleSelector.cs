using AngleSharp.Dom;

namespace NewsModel.Html;

/// <summary>
/// The plain CSS selectors the layers and site rules use (<c>tag</c>, <c>.class</c>, <c>#id</c>, <c>[attr]</c>,
/// <c>[attr=value]</c>, compounds of those, descendant and child combinators, comma lists), matched without
/// allocating. AngleSharp's matcher reads classes through <c>element.ClassList</c>, which splits the class attribute
/// into a new token list for every element it is asked about: on a page-wide walk that was 200-500 KB per page.
/// Anything else (pseudo-classes, sibling combinators, attribute operators) is left to AngleSharp: see
/// <see cref="TryParse"/>.
/// </summary>
internal sealed class SimpleSelector
{
    // Each chain is stored subject first: Parts[0] is the element itself, Parts[i + 1] is reached from Parts[i] by
    // Child[i] (true: the parent; false: any ancestor).
    private readonly Chain[] _chains;

    private SimpleSelector(Chain[] chains) => _chains = chains;

    /// <summary>The comma-separated chains, for walks that follow each chain's progress down the tree (see <c>Query</c>).</summary>
    internal ReadOnlySpan<Chain> Chains => _chains;

    /// <summary>The selector, or null when it uses anything outside the plain subset (AngleSharp then matches it).</summary>
    public static SimpleSelector? TryParse(string css)
    {
        var groups = css.Split(',');
        var chains = new Chain[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            if (ParseChain(groups[g].Trim()) is not { } chain)
            {
                return null;
            }

            chains[g] = chain;
        }

        return new SimpleSelector(chains);
    }

    /// <summary>Whether <paramref name="element"/> matches any chain of the list.</summary>
    public bool Match(IElement element) => Match(element, element.ClassName);

    /// <summary>Whether <paramref name="element"/>, whose class attribute the caller already read, matches any chain.</summary>
    public bool Match(IElement element, string? classes)
    {
        foreach (var chain in _chains)
        {
            if (chain.Match(element, classes))
            {
                return true;
            }
        }

        return false;
    }

    private static Chain? ParseChain(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var parts = new List<Compound>();
        var child = new List<bool>();
        var i = 0;
        var pendingChild = false;
        while (i < text.Length)
        {
            var start = i;
            var compound = ParseCompound(text, ref i);
            if (compound is null || i == start)
            {
                return null;
            }

            parts.Add(compound);

            // A combinator: whitespace, '>', or whitespace around '>'.
            var sawSpace = false;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
                sawSpace = true;
            }

            if (i == text.Length)
            {
                break;
            }

            if (text[i] == '>')
            {
                pendingChild = true;
                i++;
                while (i < text.Length && text[i] == ' ')
                {
                    i++;
                }
            }
            else if (!sawSpace)
            {
                return null;
            }
            else
            {
                pendingChild = false;
            }

            if (i == text.Length)
            {
                return null;
            }

            child.Add(pendingChild);
        }

        parts.Reverse();
        child.Reverse();
        return new Chain([.. parts], [.. child]);
    }

    private static Compound? ParseCompound(string text, ref int i)
    {
        string? tag = null;
        string? id = null;
        var classes = new List<string>();
        var attributes = new List<(string Name, string? Value)>();
        if (i < text.Length && text[i] == '*')
        {
            i++;
        }
        else if (i < text.Length && IsNameChar(text[i]))
        {
            tag = ReadName(text, ref i).ToLowerInvariant();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '.' || c == '#')
            {
                i++;
                var name = ReadName(text, ref i);
                if (name.Length == 0)
                {
                    return null;
                }

                if (c == '.')
                {
                    classes.Add(name);
                }
                else if (id is null)
                {
                    id = name;
                }
                else
                {
                    return null;
                }
            }
            else if (c == '[')
            {
                i++;
                var name = ReadName(text, ref i);
                if (name.Length == 0 || i >= text.Length)
                {
                    return null;
                }

                string? value = null;
                if (text[i] == '=')
                {
                    i++;
                    value = ReadValue(text, ref i);
                    if (value is null)
                    {
                        return null;
                    }
                }

                if (i >= text.Length || text[i] != ']')
                {
                    return null;
                }

                i++;
                attributes.Add((name.ToLowerInvariant(), value));
            }
            else if (c is ' ' or '>')
            {
                break;
            }
            else
            {
                // ':', '+', '~', '|', attribute operators: not in the subset.
                return null;
            }
        }

        return new Compound(tag, id, [.. classes], [.. attributes]);
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c >= '\u0080';

    private static string ReadName(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && IsNameChar(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    private static string? ReadValue(string text, ref int i)
    {
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var quote = text[i];
            var end = text.IndexOf(quote, i + 1);
            if (end < 0)
            {
                return null;
            }

            var value = text[(i + 1)..end];
            i = end + 1;
            return value;
        }

        var name = ReadName(text, ref i);
        return name.Length == 0 ? null : name;
    }

    /// <summary>One compound selector: a tag, an id, classes and attributes, all of which must match.</summary>
    internal sealed record Compound(string? Tag, string? Id, string[] Classes, (string Name, string? Value)[] Attributes)
    {
        public bool Match(IElement e, string? classes)
        {
            if (Tag is not null && !string.Equals(e.LocalName, Tag, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (Id is not null && !string.Equals(e.Id, Id, StringComparison.Ordinal))
            {
                return false;
            }

            if (Classes.Length > 0)
            {
                foreach (var c in Classes)
                {
                    if (!ClassNames.HasToken(classes, c))
                    {
                        return false;
                    }
                }
            }

            foreach (var (name, value) in Attributes)
            {
                var actual = e.GetAttribute(name);
                if (actual is null || (value is not null && !string.Equals(actual, value, StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Compounds joined by combinators, stored subject first.</summary>
    internal sealed record Chain(Compound[] Parts, bool[] Child)
    {
        /// <summary>
        /// Whether the chain has ancestor parts and every combinator is the descendant one ("footer.tags a"): then
        /// whether the ancestors of an element match them can be carried down a walk (see <c>Query.ChainPlan</c>),
        /// since matching each part at the highest ancestor that can take it is never worse than any other choice.
        /// </summary>
        public bool DescendantOnly { get; } = Parts.Length > 1 && Array.IndexOf(Child, true) < 0;

        /// <summary>The index of the topmost part (the number of ancestor parts).</summary>
        public int Top => Parts.Length - 1;


        /// <summary>Whether the subject, <paramref name="e"/> with its class attribute, matches the chain.</summary>
        public bool Match(IElement e, string? classes) => Parts[0].Match(e, classes) && MatchAbove(e, 0);

        private bool Match(IElement e, int part) =>
            Parts[part].Match(e, Parts[part].Classes.Length > 0 ? e.ClassName : null) && MatchAbove(e, part);

        // The rest of the chain, from the ancestors of the element that matched Parts[part].
        private bool MatchAbove(IElement e, int part)
        {
            if (part == Parts.Length - 1)
            {
                return true;
            }

            if (Child[part])
            {
                return e.ParentElement is { } parent && Match(parent, part + 1);
            }

            for (var a = e.ParentElement; a is not null; a = a.ParentElement)
            {
                if (Match(a, part + 1))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
