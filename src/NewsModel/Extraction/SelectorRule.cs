namespace NewsModel;

/// <summary>
/// A site rule written as CSS selectors, for a site the parser reads wrongly: where its pages put the title, the
/// date, the body, …. Give rules to <see cref="ArticleParserOptions.SelectorRules"/>. A rule applies to a page whose
/// host is one of <see cref="Hosts"/> (or a subdomain of one), or, failing that, that <see cref="Match"/> matches; the
/// first rule that applies is used. Its values come before every other layer's, the built-in site rules' included,
/// with <see cref="FieldSource.SiteRule"/> and "<see cref="Name"/>: selector" in <see cref="Article.Provenance"/>; a
/// field it has no selector for, or whose selector matches nothing on a page, is read as without the rule.
/// </summary>
/// <remarks>
/// Text fields take the first matching element's text (a <c>meta</c> element's <c>content</c>). Dates take a
/// <c>time</c> element's <c>datetime</c>, a <c>meta</c>'s <c>content</c> or the text, read like every printed date
/// (Jalali or Gregorian, any digits). The id takes the text after a label's colon («کد خبر: ۲۱۶۰۲۶» gives 216026).
/// Authors and tags take every matching element (an author's link is its <see cref="Author.Url"/>); the image the first
/// match's source as the body's images are read (lazy-loading attributes, <c>srcset</c>), a meta's <c>content</c>. Selectors are checked when the parser is built: an invalid one throws there.
/// </remarks>
public sealed record SelectorRule
{
    /// <summary>The rule's name, shown in provenance details.</summary>
    public required string Name { get; init; }

    /// <summary>The host names the rule is for ("example.ir" covers www.example.ir and news.example.ir; not an address).</summary>
    public IReadOnlyList<string> Hosts { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>A selector that only the site's article pages match, for pages parsed without their address.</summary>
    public string? Match { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The kicker («روتیتر»).</summary>
    public string? Kicker { get; init; }

    /// <summary>The lead («لید»).</summary>
    public string? Lead { get; init; }

    /// <summary>The news code («کد خبر»).</summary>
    public string? Id { get; init; }

    /// <summary>The section.</summary>
    public string? Section { get; init; }

    /// <summary>The publication date and time.</summary>
    public string? Published { get; init; }

    /// <summary>The date and time of the last change.</summary>
    public string? Modified { get; init; }

    /// <summary>Every author's name (each matching element is one author).</summary>
    public string? Authors { get; init; }

    /// <summary>Every tag (each matching element is one tag).</summary>
    public string? Tags { get; init; }

    /// <summary>The lead image.</summary>
    public string? Image { get; init; }

    /// <summary>The element that holds the body; without it, the generic extractor finds the body.</summary>
    public string? Body { get; init; }

    /// <summary>Elements inside <see cref="Body"/> that are not the article's text (share bars, boxes of links).</summary>
    public IReadOnlyList<string> Remove { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;
}
