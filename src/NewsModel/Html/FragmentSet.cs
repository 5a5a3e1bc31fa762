namespace NewsModel.Html;

/// <summary>
/// A fixed set of lower-case ASCII fragments, each with a flag, found in a text in one pass (ASCII letters compared
/// without case; other characters must match exactly): the bucket of each pair of characters is one array read.
/// Used on the class attribute and id of every element, where a substring search per fragment would scan the
/// attribute dozens of times.
/// </summary>
internal sealed class FragmentSet
{
    private readonly (string Fragment, ulong Flag)[] _fragments;
    private readonly int[]?[] _buckets = new int[]?[128 * 128];

    // One bit per pair bucket, set when the bucket holds a fragment: most pairs of a text start no fragment, and
    // this 2 KB map answers for them without touching the 128 KB bucket table.
    private readonly ulong[] _used = new ulong[128 * 128 / 64];

    /// <summary>A set whose i-th fragment sets bit i (at most 64 fragments); see <see cref="Bit"/>.</summary>
    /// <param name="fragments">Lower-case ASCII fragments of at least two characters.</param>
    public FragmentSet(params string[] fragments)
        : this(fragments.Length <= 64
            ? fragments.Select((f, i) => (f, 1UL << i))
            : throw new ArgumentException("At most 64 fragments get a bit each.", nameof(fragments)))
    {
    }

    /// <summary>A set of fragments with the caller's flags (several fragments may share one).</summary>
    /// <param name="fragments">Lower-case ASCII fragments of at least two characters, and their flags.</param>
    public FragmentSet(IEnumerable<(string Fragment, ulong Flag)> fragments)
    {
        _fragments = [.. fragments];
        var buckets = new Dictionary<int, List<int>>();
        for (var f = 0; f < _fragments.Length; f++)
        {
            var s = _fragments[f].Fragment;
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
            _used[key >> 6] |= 1UL << key;
        }
    }

    /// <summary>
    /// A set holding this set's fragments with their flags and <paramref name="other"/>'s fragments, all flagged
    /// <paramref name="flag"/>: one pass over a text then answers for both.
    /// </summary>
    public FragmentSet With(FragmentSet other, ulong flag) =>
        new(_fragments.Concat(other._fragments.Select(f => (f.Fragment, flag))));

    /// <summary>The flag of <paramref name="fragment"/>, for testing it in a <see cref="Find"/> result.</summary>
    public ulong Bit(string fragment)
    {
        foreach (var (f, flag) in _fragments)
        {
            if (f == fragment)
            {
                return flag;
            }
        }

        throw new ArgumentException($"'{fragment}' is not in the set.", nameof(fragment));
    }

    /// <summary>The flags of the fragments that occur in <paramref name="text"/>, or-ed together.</summary>
    public ulong Find(ReadOnlySpan<char> text)
    {
        var found = 0UL;
        if (text.Length < 2)
        {
            return found;
        }

        // Each character is lower-cased once: the second of one pair is the first of the next.
        var b = Lower(text[0]);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var a = b;
            b = Lower(text[i + 1]);
            var key = (a << 7) | b;
            if ((a | b) >= 128 || (_used[key >> 6] & (1UL << key)) == 0)
            {
                continue;
            }

            foreach (var f in _buckets[key]!)
            {
                var (fragment, flag) = _fragments[f];
                if ((found & flag) != flag && StartsWith(text[i..], fragment))
                {
                    found |= flag;
                }
            }
        }

        return found;
    }

    private static bool StartsWith(ReadOnlySpan<char> text, string fragment)
    {
        if (text.Length < fragment.Length)
        {
            return false;
        }

        for (var j = 0; j < fragment.Length; j++)
        {
            if (Lower(text[j]) != fragment[j])
            {
                return false;
            }
        }

        return true;
    }

    private static int Lower(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;
}
