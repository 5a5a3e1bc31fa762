using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsModel.Html;

/// <summary>
/// A fixed set of lower-case ASCII fragments, each with a flag, found in a text in one pass (ASCII letters compared
/// without case; other characters must match exactly). Used on the class attribute and id of every element, where a
/// substring search per fragment would scan the attribute dozens of times.
/// </summary>
/// <remarks>
/// The fragments are compiled into an Aho–Corasick automaton with every transition filled in: reading a character is
/// one table read, whatever the number of fragments and however many of them start at that character. Upper- and
/// lower-case ASCII letters share a symbol, so case folding costs nothing; a character no fragment holds (any
/// non-ASCII one among them) returns the automaton to its start.
/// </remarks>
internal sealed class FragmentSet
{
    private readonly (string Fragment, ulong Flag)[] _fragments;

    // Each ASCII character's symbol (0: in no fragment), the width of a state's row of transitions as a shift, the
    // transitions ((state << shift) + symbol → state) and the flags of the fragments that end at each state (its own
    // and those of its suffixes).
    private readonly byte[] _symbols = new byte[128];
    private readonly int _shift;
    private readonly ushort[] _next;
    private readonly ulong[] _flags;

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
        var width = 1;
        foreach (var (s, _) in _fragments)
        {
            if (s.Length < 2 || !s.All(c => c < 128 && !char.IsAsciiLetterUpper(c)))
            {
                throw new ArgumentException($"'{s}' is not a lower-case ASCII fragment of two characters or more.", nameof(fragments));
            }

            foreach (var c in s)
            {
                if (_symbols[c] == 0)
                {
                    _symbols[c] = (byte)width;
                    if (char.IsAsciiLetterLower(c))
                    {
                        _symbols[char.ToUpperInvariant(c)] = (byte)width;
                    }

                    width++;
                }
            }
        }

        // Rows as wide as the next power of two: a state's row is found by a shift.
        _shift = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)width));
        width = 1 << _shift;

        // The trie of the fragments (-1: no child yet), then breadth first: a missing transition goes where the
        // state's longest proper suffix that is also a state goes, and a state ends the fragments its suffix ends.
        var next = Enumerable.Repeat(-1, width).ToList();
        var flags = new List<ulong> { 0 };
        foreach (var (s, flag) in _fragments)
        {
            var state = 0;
            foreach (var c in s)
            {
                var i = (state * width) + _symbols[c];
                if (next[i] < 0)
                {
                    next[i] = flags.Count;
                    flags.Add(0);
                    next.AddRange(Enumerable.Repeat(-1, width));
                }

                state = next[i];
            }

            flags[state] |= flag;
        }

        if (flags.Count > ushort.MaxValue)
        {
            throw new ArgumentException("Too many fragments for one set.", nameof(fragments));
        }

        var suffix = new int[flags.Count];
        var queue = new Queue<int>();
        for (var sym = 0; sym < width; sym++)
        {
            if (next[sym] < 0)
            {
                next[sym] = 0;
            }
            else
            {
                suffix[next[sym]] = 0;
                queue.Enqueue(next[sym]);
            }
        }

        while (queue.TryDequeue(out var state))
        {
            flags[state] |= flags[suffix[state]];
            for (var sym = 0; sym < width; sym++)
            {
                var i = (state * width) + sym;
                var fallback = next[(suffix[state] * width) + sym];
                if (next[i] < 0)
                {
                    next[i] = fallback;
                }
                else
                {
                    suffix[next[i]] = fallback;
                    queue.Enqueue(next[i]);
                }
            }
        }

        // States numbered breadth first: the start and the shallow states, where almost every character of a name
        // leads, sit together at the front of the table and stay in the first-level cache; the deep ones, reached
        // only along a fragment's letters, after them.
        var order = new List<int>(flags.Count) { 0 };
        var number = new int[flags.Count];
        Array.Fill(number, -1);
        number[0] = 0;
        for (var k = 0; k < order.Count; k++)
        {
            for (var sym = 0; sym < width; sym++)
            {
                var to = next[(order[k] * width) + sym];
                if (number[to] < 0)
                {
                    number[to] = order.Count;
                    order.Add(to);
                }
            }
        }

        _next = new ushort[order.Count * width];
        _flags = new ulong[order.Count];
        for (var k = 0; k < order.Count; k++)
        {
            _flags[k] = flags[order[k]];
            for (var sym = 0; sym < width; sym++)
            {
                _next[(k * width) + sym] = (ushort)number[next[(order[k] * width) + sym]];
            }
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
        // Every index is in range by construction (a state is below the state count, a symbol below the width):
        // the reads skip their bounds checks.
        ref var symbols = ref MemoryMarshal.GetArrayDataReference(_symbols);
        ref var next = ref MemoryMarshal.GetArrayDataReference(_next);
        ref var flags = ref MemoryMarshal.GetArrayDataReference(_flags);
        var shift = _shift;
        var found = 0UL;
        nint state = 0;
        foreach (var c in text)
        {
            state = Unsafe.Add(ref next, (state << shift) + (c < 128 ? Unsafe.Add(ref symbols, c) : 0));
            found |= Unsafe.Add(ref flags, state);
        }

        return found;
    }
}
