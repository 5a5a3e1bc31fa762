using AngleSharp.Dom;

namespace NewsModel.Extraction.Metadata;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> tags read in one pass, keyed by <c>property</c>, <c>name</c> and <c>http-equiv</c>
/// (each of them: pages put <c>og:title</c> in <c>name=</c>), with the value from <c>content=</c> or <c>value=</c>.
/// </summary>
internal sealed class MetaTags
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.OrdinalIgnoreCase);

    public static MetaTags Read(IDocument document) => Read(document.QuerySelectorAll("meta"));

    public static MetaTags Read(IEnumerable<IElement> metas)
    {
        var tags = new MetaTags();
        foreach (var meta in metas)
        {
            var value = meta.GetAttribute("content") ?? meta.GetAttribute("value");
            if (value is null)
            {
                continue;
            }

            // The parser decoded the attribute once: what still looks like a reference was escaped twice, and an
            // og:description may be written as HTML ("<p>Die frühen …", "… <a class=\"more\">Read More</a>").
            value = TextTools.FromMarkup(value);

            tags.AddKeys(meta.GetAttribute("property"), value);
            tags.AddKeys(meta.GetAttribute("name"), value);
            var equiv = meta.GetAttribute("http-equiv");
            if (equiv is not null)
            {
                tags.AddKeys("http-equiv:" + equiv.Trim(), value);
            }
        }

        return tags;
    }

    private void AddKeys(string? keys, string value)
    {
        if (string.IsNullOrWhiteSpace(keys))
        {
            return;
        }

        foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!_values.TryGetValue(key, out var list))
            {
                _values[key] = list = [];
            }

            list.Add(value);
        }
    }

    /// <summary>The first non-empty value of the first key present.</summary>
    public (string Value, string Key)? First(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var list))
            {
                foreach (var v in list)
                {
                    if (!string.IsNullOrWhiteSpace(v))
                    {
                        return (v, key);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Every value of <paramref name="key"/>, in page order.</summary>
    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out var list) ? list : [];
}
