namespace NewsModel.Html;

/// <summary>
/// A fixed set of up to 64 lower-case ASCII fragments, found in a text in one pass (ASCII letters compared without
/// case): the bucket of each pair of characters is one array read. Used on the class attribute of every element,
/// where a substring search per fragment would scan the attribute twenty times.
/// </summary>
internal sealed class FragmentSet
{
    private readonly string[] _fragments;
    private readonly int[]?[] _buckets = new int[]?[128 * 128];

    /// <param name="fragments">Lower-case ASCII fragments of at least two characters, at most 64.</param>
    public FragmentSet(params string[] fragments)
    {
        if (fragments.Length > 64)
        {
            throw new ArgumentException("At most 64 fragments.", nameof(fragments));
        }

        _fragments = fragments;
        var buckets = new Dictionary<int, List<int>>();
        for (var f = 0; f < fragments.Length; f++)
        {
            var s = fragments[f];
            if (s.Length < 2 || !s.All(c => c < 128 && !char.IsAsciiLetterUpper(c)))
            {
                throw new ArgumentException($"'{s}' is not a lower-case ASCII fragment of two characters or more.", nameof(fragments));
            }

            var key = (s[0] << 7) | s[1];
            if (!buckets.TryGetValue(key, out var list))
            {
                buckets[key] = list = [];
            }

            list.Add(f);
        }

        foreach (var (key, list) in buckets)
        {
            _buckets[key] = [.. list];
        }
    }

    /// <summary>The index of <paramref name="fragment"/> in the set, for testing its bit in a <see cref="Find"/> result.</summary>
    public ulong Bit(string fragment)
    {
        var i = Array.IndexOf(_fragments, fragment);
        return i < 0 ? throw new ArgumentException($"'{fragment}' is not in the set.", nameof(fragment)) : 1UL << i;
    }

    /// <summary>The fragments that occur in <paramref name="text"/>: bit <c>i</c> for the i-th fragment.</summary>
    public ulong Find(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        var found = 0UL;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var a = Lower(text[i]);
            var b = Lower(text[i + 1]);
            if ((a | b) >= 128 || _buckets[(a << 7) | b] is not { } bucket)
            {
                continue;
            }

            foreach (var f in bucket)
            {
                if ((found & (1UL << f)) == 0 && text.AsSpan(i).StartsWith(_fragments[f], StringComparison.OrdinalIgnoreCase))
                {
                    found |= 1UL << f;
                }
            }
        }

        return found;
    }

    private static int Lower(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;
}
