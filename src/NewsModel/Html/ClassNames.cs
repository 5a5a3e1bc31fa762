namespace NewsModel.Html;

/// <summary>
/// Class-attribute tests that read the attribute string as it is: <c>element.ClassList</c> splits the attribute
/// into a new token list on first use, an allocation per element a page-wide walk cannot afford.
/// </summary>
internal static class ClassNames
{
    /// <summary>Whether the class attribute <paramref name="classes"/> has the token <paramref name="token"/> (case-sensitive, as <c>ClassList.Contains</c>).</summary>
    public static bool HasToken(string? classes, string token)
    {
        if (string.IsNullOrEmpty(classes) || token.Length == 0)
        {
            return false;
        }

        var from = 0;
        while (true)
        {
            var at = classes.IndexOf(token, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var end = at + token.Length;
            if ((at == 0 || IsSeparator(classes[at - 1])) && (end == classes.Length || IsSeparator(classes[end])))
            {
                return true;
            }

            from = at + 1;
        }
    }

    // The HTML standard splits class lists on ASCII whitespace.
    private static bool IsSeparator(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
