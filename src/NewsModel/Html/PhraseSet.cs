using System.Buffers;
using System.Text;

namespace NewsModel.Html;

/// <summary>
/// A fixed list of phrases, matched at the start of a text or anywhere in it, without case (as
/// <see cref="StringComparison.OrdinalIgnoreCase"/>); a Persian phrase also as pages typed on an Arabic keyboard write it
/// («كد خبر», «پيشنهاد سردبير» with U+0643 kaf and U+064A yeh), since the paragraphs are sorted before their text is
/// normalized. Every short paragraph of a body is tested against a hundred
/// boilerplate phrases: the start test tries only the phrases that begin with the text's first letter, and the
/// search inside looks for all phrases in one pass.
/// </summary>
/// <remarks>
/// The search inside is split three ways, each answering as the one case-blind search over every phrase would: .NET
/// searches phrases that are not ASCII, ignoring case, through a Unicode case table a character at a time, which on
/// Persian paragraphs cost about 3 % of a parse. Phrases without any letter that has case (Persian ones) are found by
/// one ordinal search (see <see cref="IsCaseless"/>); ASCII phrases by one case-blind search; the
/// rest (German phrases with ö, ü) only where the longest ASCII run of one of them occurs, which any match of the
/// phrase holds.
/// </remarks>
internal sealed class PhraseSet
{
    private readonly Dictionary<char, string[]> _byFirst;
    private readonly SearchValues<string>? _caseless;
    private readonly SearchValues<string>? _ascii;
    private readonly SearchValues<string>? _other;
    private readonly SearchValues<string>? _otherRuns;

    /// <param name="phrases">The phrases, none empty.</param>
    public PhraseSet(params string[] phrases)
    {
        if (phrases.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("A phrase is empty.", nameof(phrases));
        }

        _byFirst = phrases.SelectMany(ArabicLetterForms).Distinct().GroupBy(p => Fold(p[0])).ToDictionary(g => g.Key, g => g.ToArray());
        var caseless = phrases.Where(p => IsCaseless(p)).SelectMany(ArabicLetterForms).Distinct().ToArray();
        _caseless = caseless.Length > 0 ? SearchValues.Create(caseless, StringComparison.Ordinal) : null;
        var ascii = phrases.Where(p => !IsCaseless(p) && Ascii.IsValid(p)).ToArray();
        var other = phrases.Where(p => !IsCaseless(p) && !Ascii.IsValid(p)).ToArray();
        _ascii = ascii.Length > 0 ? SearchValues.Create(ascii, StringComparison.OrdinalIgnoreCase) : null;
        _other = other.Length > 0 ? SearchValues.Create(other, StringComparison.OrdinalIgnoreCase) : null;
        var runs = other.Select(LongestAsciiRun).ToArray();
        _otherRuns = runs.Length > 0 && runs.All(r => r.Length > 0) ? SearchValues.Create(runs, StringComparison.OrdinalIgnoreCase) : null;
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
    public bool ContainsAny(ReadOnlySpan<char> text)
    {
        return (_caseless is not null && text.ContainsAny(_caseless))
            || (_ascii is not null && text.ContainsAny(_ascii))
            || (_other is not null && (_otherRuns is null || text.ContainsAny(_otherRuns)) && text.ContainsAny(_other));
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds no character that has case: ASCII other than letters, the Arabic block
    /// (U+0600–U+06FF) and the joiners. Then no other character equals one of its characters ignoring case (Arabic has
    /// no case, and nothing upper-cases to an ASCII digit or mark), so searching for it ordinally finds what a search
    /// ignoring case finds, without the casing table.
    /// </summary>
    public static bool IsCaseless(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!((c < 128 && !char.IsAsciiLetter(c)) || c is >= '\u0600' and <= '\u06FF' or '\u200C' or '\u200D'))
            {
                return false;
            }
        }

        return true;
    }

    // A phrase, and the same with Arabic yeh and kaf for Persian ی and ک (each letter throughout, as a page types it).
    private static IEnumerable<string> ArabicLetterForms(string phrase)
    {
        yield return phrase;
        var yeh = phrase.Replace('\u06CC', '\u064A');
        var kaf = phrase.Replace('\u06A9', '\u0643');
        yield return yeh;
        yield return kaf;
        yield return yeh.Replace('\u06A9', '\u0643');
    }

    // The longest run of ASCII characters in a phrase ("Deine E-Mail-Adresse wird nicht ver" of "… veröffentlicht").
    private static string LongestAsciiRun(string phrase)
    {
        var best = string.Empty;
        var start = 0;
        for (var i = 0; i <= phrase.Length; i++)
        {
            if (i == phrase.Length || !char.IsAscii(phrase[i]))
            {
                if (i - start > best.Length)
                {
                    best = phrase[start..i];
                }

                start = i + 1;
            }
        }

        return best;
    }

    // The ordinal case-insensitive comparison folds each character to its upper case on its own: two texts can only
    // start alike when their first characters fold alike.
    private static char Fold(char c) => char.ToUpperInvariant(c);
}
