namespace NewsModel.Text;

/// <summary>
/// A dump's document title line (the page's <c>&lt;title&gt;</c>, which WET and most dumps write first): the headline
/// and, after a separator, most often the site's name. Tells whether a line of the dump is its headline.
/// </summary>
internal sealed class DocumentTitle
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " // "];

    private readonly string _key;
    private readonly string? _siteKey;
    private readonly HashSet<string> _parts = new(StringComparer.Ordinal);
    private readonly int _headlineLength;
    private readonly string _headlineKey;
    private readonly string? _firstPartKey;
    private readonly HashSet<string> _headlineWords;

    private DocumentTitle(string text)
    {
        _key = DumpText.Key(text);
        var cuts = new List<(int At, int Length)>();
        foreach (var separator in Separators)
        {
            for (var at = text.IndexOf(separator, StringComparison.Ordinal); at > 0; at = text.IndexOf(separator, at + separator.Length, StringComparison.Ordinal))
            {
                cuts.Add((at, separator.Length));
            }
        }

        // The site's name: a short part after the last separator («watson», «ZEIT ONLINE», «Damian Duchamps' Blog»).
        var headline = text;
        if (cuts.Count > 0)
        {
            var last = cuts.MaxBy(c => c.At);
            var tail = text[(last.At + last.Length)..];
            if (DumpText.CountWords(tail) <= 4)
            {
                _siteKey = DumpText.Key(tail);
                headline = text[..last.At];
            }
        }

        _headlineKey = DumpText.Key(headline);
        _headlineLength = _headlineKey.Length;
        if (cuts.Count > 0)
        {
            _firstPartKey = DumpText.Key(text[..cuts.Min(c => c.At)]);
        }

        _headlineWords = Words(headline);
        _parts.Add(DumpText.Key(headline));
        foreach (var (at, length) in cuts)
        {
            if (at < headline.Length)
            {
                _parts.Add(DumpText.Key(text[..at]));
                _parts.Add(DumpText.Key(headline[Math.Min(headline.Length, at + length)..]));
            }
        }

        _parts.Remove(string.Empty);
        if (_siteKey is not null)
        {
            _parts.Remove(_siteKey);
        }
    }

    /// <summary>How a line names the title.</summary>
    public enum Match
    {
        /// <summary>Not at all, or only as the site's name or a short part.</summary>
        None,

        /// <summary>
        /// Its words are most of the headline's and the headline's most of its: the page's headline worded a little
        /// apart from its <c>&lt;title&gt;</c> ("Bushido antwortet auf Seitenhieb von Azad und erklärt ihn für …").
        /// </summary>
        Similar,

        /// <summary>The title holds it.</summary>
        Partial,

        /// <summary>It is the headline, or one side of a separator in the headline.</summary>
        Exact,
    }

    public static DocumentTitle Of(string text) => new(text.Trim());

    /// <summary>Whether the key (<see cref="DumpText.Key"/>) is the site's name the title ends with.</summary>
    public bool IsSiteName(string key) => _siteKey is not null && key == _siteKey;

    /// <summary>
    /// Whether the key is the headline: the title without the site's name, or its part before the first separator (not
    /// a later part, which may be a site's name of more than four words).
    /// </summary>
    public bool IsHeadline(string key) => key.Length > 0 && (key == _headlineKey || key == _firstPartKey);

    /// <summary>How the line (its <see cref="DumpText.Key"/>) names the title.</summary>
    public Match Names(string key)
    {
        if (key.Length < 8 || key == _siteKey || key.Length * 5 < _headlineLength * 2)
        {
            return Match.None;
        }

        if (_parts.Contains(key) || key == _key)
        {
            return Match.Exact;
        }

        return _key.Contains(key, StringComparison.Ordinal) ? Match.Partial : Match.None;
    }

    /// <summary>
    /// How far the line shares three words or more with the headline, seven tenths of its own words and half of the
    /// headline's at least.
    /// </summary>
    /// <returns>How alike the two are: the product of the two shares, 0 when they are not alike.</returns>
    public double Similarity(string line)
    {
        if (_headlineWords.Count < 4)
        {
            return 0;
        }

        var words = Words(line);
        var common = words.Count(_headlineWords.Contains);
        return common >= 3 && common * 10 >= words.Count * 7 && common * 2 >= _headlineWords.Count
            ? (double)common / words.Count * common / _headlineWords.Count
            : 0;
    }

    // The words of a text, lower case, letters and digits only.
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split([' ', '\u00A0', '\u200C'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new string(part.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }
}
