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
