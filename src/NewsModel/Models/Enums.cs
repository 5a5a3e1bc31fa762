using System.Text.Json.Serialization;

namespace NewsModel;

/// <summary>The writing direction of a page's main text.</summary>
public enum TextDirection
{
    /// <summary>Left to right (English, German, …).</summary>
    [JsonStringEnumMemberName("ltr")]
    Ltr,

    /// <summary>Right to left (Persian, Arabic, …).</summary>
    [JsonStringEnumMemberName("rtl")]
    Rtl,
}

/// <summary>Where the value of a field came from, so a user can judge how far to trust it.</summary>
public enum FieldSource
{
    /// <summary>Schema.org JSON-LD (<c>NewsArticle</c>, <c>Article</c>, …).</summary>
    [JsonStringEnumMemberName("jsonLd")]
    JsonLd,

    /// <summary>OpenGraph <c>og:*</c> and <c>article:*</c> meta tags.</summary>
    [JsonStringEnumMemberName("openGraph")]
    OpenGraph,

    /// <summary>Twitter card meta tags.</summary>
    [JsonStringEnumMemberName("twitterCard")]
    TwitterCard,

    /// <summary>Other <c>&lt;meta&gt;</c> tags (<c>description</c>, <c>author</c>, <c>keywords</c>, …).</summary>
    [JsonStringEnumMemberName("meta")]
    Meta,

    /// <summary>Schema.org microdata (<c>itemprop</c>).</summary>
    [JsonStringEnumMemberName("microdata")]
    Microdata,

    /// <summary>A <c>&lt;time datetime&gt;</c> element.</summary>
    [JsonStringEnumMemberName("timeElement")]
    TimeElement,

    /// <summary>The page's URL (dates and ids in its path).</summary>
    [JsonStringEnumMemberName("url")]
    Url,

    /// <summary>A rule for the site or its CMS family.</summary>
    [JsonStringEnumMemberName("siteRule")]
    SiteRule,

    /// <summary>The generic content extractor (scoring the page's blocks).</summary>
    [JsonStringEnumMemberName("generic")]
    Generic,

    /// <summary>Visible text of the page read by a general rule (a labelled line, a heading).</summary>
    [JsonStringEnumMemberName("visibleText")]
    VisibleText,

    /// <summary>A plain-text page dump (no markup).</summary>
    [JsonStringEnumMemberName("text")]
    Text,
}

/// <summary>What a list of headlines on a page is.</summary>
public enum HeadlineListKind
{
    /// <summary>A list we could not classify.</summary>
    [JsonStringEnumMemberName("other")]
    Other,

    /// <summary>Related news («اخبار مرتبط»).</summary>
    [JsonStringEnumMemberName("related")]
    Related,

    /// <summary>Most viewed («پربازدید»).</summary>
    [JsonStringEnumMemberName("mostViewed")]
    MostViewed,

    /// <summary>Most discussed («پربحث»).</summary>
    [JsonStringEnumMemberName("mostDiscussed")]
    MostDiscussed,

    /// <summary>Latest news («آخرین اخبار»).</summary>
    [JsonStringEnumMemberName("latest")]
    Latest,

    /// <summary>A ticker or headline run («سرخط خبرها»).</summary>
    [JsonStringEnumMemberName("ticker")]
    Ticker,

    /// <summary>The headlines of a homepage or section page.</summary>
    [JsonStringEnumMemberName("page")]
    Page,
}

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing (a field absent from the page).</summary>
    [JsonStringEnumMemberName("info")]
    Info,

    /// <summary>Something looked wrong but parsing went on (damaged text, conflicting dates).</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>A part of the input could not be read at all.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}
