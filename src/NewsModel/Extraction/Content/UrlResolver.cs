using AngleSharp.Dom;

namespace NewsModel.Extraction.Content;

/// <summary>Resolves the page's relative addresses against <c>&lt;base href&gt;</c> (itself resolved against the page's URL) or the page's URL.</summary>
internal sealed class UrlResolver
{
    private readonly Uri? _base;

    public UrlResolver(IDocument? document, Uri? pageUrl)
    {
        _base = pageUrl is { IsAbsoluteUri: true } ? pageUrl : null;
        string? href = null;
        if (document?.Head is { } head)
        {
            foreach (var e in head.ElementChildren())
            {
                if (e.LocalName == "base" && e.GetAttribute("href") is { } h)
                {
                    href = h.Trim();
                    break;
                }
            }
        }

        if (!string.IsNullOrEmpty(href))
        {
            if (href.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(href, UriKind.Absolute, out var abs) && IsWeb(abs))
            {
                _base = abs;
            }
            else if (_base is not null && Uri.TryCreate(_base, href, out var rel) && IsWeb(rel))
            {
                _base = rel;
            }
        }
    }

    public Uri? Base => _base;

    /// <summary>An absolute http(s) address for <paramref name="value"/>, or null when it has none.</summary>
    public Uri? Resolve(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        if (v.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || v.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || v.StartsWith('#') || v.StartsWith("about:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (v.StartsWith("//", StringComparison.Ordinal))
        {
            v = (_base?.Scheme ?? "https") + ":" + v;
        }

        // "/img/a.jpg" parses as an absolute file: URI on Unix; only a scheme makes an address absolute here.
        if (!v.StartsWith('/') && v.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(v, UriKind.Absolute, out var abs))
        {
            return IsWeb(abs) ? abs : null;
        }

        return _base is not null && Uri.TryCreate(_base, v, out var rel) && IsWeb(rel) ? rel : null;
    }

    /// <summary>The best address of an image: the real source behind lazy-loading attributes, or the first srcset candidate.</summary>
    public Uri? ImageSource(IElement img)
    {
        var src = img.GetAttribute("src");
        if (!IsPlaceholder(src))
        {
            var u = Resolve(src);
            if (u is not null)
            {
                return u;
            }
        }

        foreach (var name in LazyAttributes)
        {
            var u = Resolve(img.GetAttribute(name));
            if (u is not null)
            {
                return u;
            }
        }

        var srcset = img.GetAttribute("srcset") ?? img.GetAttribute("data-srcset");
        if (!string.IsNullOrWhiteSpace(srcset))
        {
            var first = srcset.AsSpan().Trim();
            var end = first.IndexOfAny(' ', ',');
            return Resolve((end < 0 ? first : first[..end]).ToString());
        }

        return null;
    }

    private static readonly string[] LazyAttributes =
        ["data-src", "data-lazy-src", "data-original", "data-lazyload", "data-lazy", "data-url", "data-full-src", "data-hi-res-src"];

    private static bool IsPlaceholder(string? src) =>
        string.IsNullOrWhiteSpace(src)
        || src.StartsWith("data:", StringComparison.OrdinalIgnoreCase)
        || src.Contains("blank.gif", StringComparison.OrdinalIgnoreCase)
        || src.Contains("spacer.gif", StringComparison.OrdinalIgnoreCase)
        || src.Contains("pixel.gif", StringComparison.OrdinalIgnoreCase)
        || src.Contains("placeholder", StringComparison.OrdinalIgnoreCase)
        || src.Contains("lazy", StringComparison.OrdinalIgnoreCase);

    private static bool IsWeb(Uri u) =>
        u.IsAbsoluteUri && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);
}
