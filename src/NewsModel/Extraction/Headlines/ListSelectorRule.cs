namespace NewsModel;

/// <summary>
/// A headline list written as CSS selectors, for a homepage or section page whose teasers the parser reads wrongly. Give
/// rules to <see cref="HeadlineParserOptions.ListRules"/>. A rule applies to a page whose host is one of
/// <see cref="Hosts"/> (or a subdomain of one), or that <see cref="Match"/> matches; every rule that applies gives one
/// list, before the lists the parser finds itself (which then leave out the addresses the rules' lists hold).
/// </summary>
/// <remarks>
/// Each element <see cref="Items"/> matches is one headline; the other selectors are looked for inside it. Without
/// <see cref="Title"/> the title is the item's first heading, else its first link's text; without <see cref="Link"/>
/// the address is the item's first link (or the item itself when it is a link). Dates take a <c>time</c> element's
/// <c>datetime</c>, a <c>title</c> attribute or the text, read like every printed date; the image the first match's
/// source as the body's images are read (lazy-loading attributes and <c>srcset</c> included). An item without a title
/// is left out. Selectors are checked when the parser is built.
/// </remarks>
public sealed record ListSelectorRule
{
    /// <summary>The rule's name.</summary>
    public required string Name { get; init; }

    /// <summary>The host names the rule is for ("example.ir" covers www.example.ir and news.example.ir; not an address).</summary>
    public IReadOnlyList<string> Hosts { get; init => field = ValueList.From(value); } = ValueList<string>.Empty;

    /// <summary>A selector that only the site's pages match, for pages parsed without their address.</summary>
    public string? Match { get; init; }

    /// <summary>The teasers: each matching element is one headline.</summary>
    public required string Items { get; init; }

    /// <summary>The headline's text inside an item.</summary>
    public string? Title { get; init; }

    /// <summary>The link inside an item whose <c>href</c> is the headline's address.</summary>
    public string? Link { get; init; }

    /// <summary>The teaser's summary inside an item.</summary>
    public string? Summary { get; init; }

    /// <summary>The kicker inside an item.</summary>
    public string? Kicker { get; init; }

    /// <summary>The picture inside an item.</summary>
    public string? Image { get; init; }

    /// <summary>The date inside an item.</summary>
    public string? Published { get; init; }

    /// <summary>The section named inside an item.</summary>
    public string? Section { get; init; }

    /// <summary>The kind of list the rule reads (<see cref="HeadlineListKind.Page"/> by default).</summary>
    public HeadlineListKind Kind { get; init; } = HeadlineListKind.Page;

    /// <summary>The list's name, as the page labels it, when it does.</summary>
    public string? ListName { get; init; }
}
