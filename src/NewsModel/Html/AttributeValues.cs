using AngleSharp.Dom;

namespace NewsModel.Html;

/// <summary>
/// Several attributes of an element read in one pass over its attribute list: each <c>GetAttribute</c> lower-cases
/// the name and searches the whole list again, which a walk over every element of a page pays per name.
/// </summary>
internal static class AttributeValues
{
    /// <summary>
    /// The values of the attributes named <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/> (by
    /// qualified name; the first of a name wins, as in <c>GetAttribute</c>), null for those the element lacks.
    /// </summary>
    public static (string? A, string? B, string? C) FirstOf(IElement element, string a, string b, string? c = null)
    {
        string? va = null;
        string? vb = null;
        string? vc = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attr = attributes[i]!;
            var name = attr.Name;
            if (name == a)
            {
                va ??= attr.Value;
            }
            else if (name == b)
            {
                vb ??= attr.Value;
            }
            else if (name == c)
            {
                vc ??= attr.Value;
            }
        }

        return (va, vb, vc);
    }
}
