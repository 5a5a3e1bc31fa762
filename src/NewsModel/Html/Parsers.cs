using AngleSharp.Html.Parser;

namespace NewsModel.Html;

/// <summary>One AngleSharp parser per thread: building one costs more than parsing a small page.</summary>
internal static class Parsers
{
    [ThreadStatic]
    private static HtmlParser? _html;

    public static HtmlParser Html => _html ??= new HtmlParser();
}
