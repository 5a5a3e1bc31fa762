using System.Buffers;

namespace NewsModel.Extraction;

/// <summary>The whitespace characters as sets for vectorized searches, built once.</summary>
internal static class WhiteSpaceSets
{
    // Every char for which char.IsWhiteSpace is true (NBSP among them), found by one walk over all 65,536.
    private static readonly char[] Chars = AllWhiteSpace();

    /// <summary>Every char <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create(Chars);

    /// <summary>The same without the plain space: a text holding none of these and no two spaces in a row is collapsed.</summary>
    public static readonly SearchValues<char> AllButSpace = SearchValues.Create(Chars.Where(c => c != ' ').ToArray());

    /// <summary>
    /// Whether <paramref name="c"/> is whitespace (exactly <see cref="char.IsWhiteSpace(char)"/>), for scalar loops
    /// over short spans: a word-by-word walk that asks <see cref="All"/> for the next space pays a vectorized search's
    /// setup per word, and on text outside ASCII (German umlauts, Persian) its slower probabilistic path. ASCII
    /// letters, Latin-1 and the Arabic block are settled by comparisons; only U+1680 and above ask the table.
    /// </summary>
    public static bool Is(char c) => c <= ' '
        ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t'
        : c >= '\u0085' && (c <= '\u00A0' ? c is '\u0085' or '\u00A0' : c >= '\u1680' && char.IsWhiteSpace(c));

    private static char[] AllWhiteSpace()
    {
        var list = new List<char>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                list.Add((char)c);
            }
        }

        return [.. list];
    }
}
