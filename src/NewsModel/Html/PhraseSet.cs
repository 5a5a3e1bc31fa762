using System.Buffers;

namespace NewsModel.Html;

/// <summary>
/// A fixed list of phrases, matched at the start of a text or anywhere in it, without case (as
/// <see cref="StringComparison.OrdinalIgnoreCase"/>). Every short paragraph of a body is tested against a hundred
/// boilerplate phrases: the start test tries only the phrases that begin with the text's first letter, and the
/// search inside looks for all phrases in one pass.
/// </summary>
internal sealed class PhraseSet
{
    private readonly Dictionary<char, string[]> _byFirst;
    private readonly SearchValues<string> _all;

    /// <param name="phrases">The phrases, none empty.</param>
    public PhraseSet(params string[] phrases)
    {
        if (phrases.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("A phrase is empty.", nameof(phrases));
        }

        _byFirst = phrases.GroupBy(p => Fold(p[0])).ToDictionary(g => g.Key, g => g.ToArray());
        _all = SearchValues.Create(phrases, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="text"/> begins with one of the phrases, case ignored.</summary>
    public bool StartsAny(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !_byFirst.TryGetValue(Fold(text[0]), out var phrases))
        {
            return false;
        }

        foreach (var p in phrases)
        {
            if (text.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one of the phrases occurs anywhere in <paramref name="text"/>, case ignored.</summary>
    public bool ContainsAny(ReadOnlySpan<char> text) => text.IndexOfAny(_all) >= 0;

    // The ordinal case-insensitive comparison folds each character to its upper case on its own: two texts can only
    // start alike when their first characters fold alike.
    private static char Fold(char c) => char.ToUpperInvariant(c);
}
