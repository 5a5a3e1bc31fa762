using AngleSharp.Dom;
using NewsModel.Extraction.Content;
using NewsModel.Html;

namespace NewsModel.Extraction.Metadata;

/// <summary>
/// The tags the article shows as links, when no layer gives them: a list a class calls the tags («tags», «post-tags»,
/// «tags_container», «keywords»), or the links after a tag label («برچسب‌ها:», «کلیدواژه‌ها», "Tags:", «Schlagworte:»),
/// inside the article (the box around its text and headline), never in the page's chrome or its comments.
/// </summary>
internal static class VisibleTags
{
    private const int MaxTag = 60;

    private const int MaxWords = 6;

    private const int MaxTags = 30;

    // The most text a labelled line of tags holds.
    private const int MaxLine = 600;

    // Labels of a tag list, whole (with or without a colon): the text before its links.
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "برچسب‌ها", "برچسب ها", "برچسبها", "برچسب", "کلیدواژه‌ها", "کلیدواژه ها", "کلیدواژه", "کلید واژه", "کلید واژه ها", "کلمات کلیدی",
        "واژه‌های کلیدی", "واژه های کلیدی", "تگ‌ها", "تگ ها", "tags", "tagged", "tagged with", "schlagworte", "schlagwörter", "stichworte",
        "etiquetas", "mots-clés", "tagi", "keywords",
    };

    // Links a tag list holds that are no tags: downloads, sharing, printing, a discussion.
    private static readonly string[] ToolStarts =
        ["download", "télécharger", "herunterladen", "teilen", "share", "print", "drucken", "continue the discussion", "چاپ", "ارسال"];

    /// <summary>The tags, or null when the article shows none.</summary>
    /// <param name="lists">The elements a class calls a tag list (the page index's).</param>
    /// <param name="scope">The article: the box around its text and headline.</param>
    public static IReadOnlyList<string>? Find(IReadOnlyList<IElement> lists, IElement scope)
    {
        foreach (var list in lists)
        {
            if (scope.Holds(list) && Usable(list) && LinkTexts(list) is { } tags)
            {
                return tags;
            }
        }

        // A label in an element of its own, or as text, with the links after it in the same box.
        foreach (var node in Query.NodesOf(scope))
        {
            if (node is not IText text || text.Data.Length > 40 || text.ParentElement is not { } parent || parent.LocalName is "a" or "script" or "style"
                || !IsLabel(text.Data))
            {
                continue;
            }

            // The label's own box: never the article itself, and short (a line of tags, not the text with a label in it).
            for (var (box, up) = (parent, 0); box is not null && up < 3 && box != scope && scope.Holds(box); box = box.ParentElement, up++)
            {
                if (Query.One(box, "a[href]") is null)
                {
                    continue;
                }

                if (Usable(box) && TextTools.ShortText(box, MaxLine) is not null && LinkTexts(box) is { } tags)
                {
                    return tags;
                }

                break;
            }
        }

        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelLookup = Labels.GetAlternateLookup<ReadOnlySpan<char>>();

    // Looked up without building a string: every short text node of the article is asked.
    private static bool IsLabel(string text)
    {
        var t = text.AsSpan().Trim().TrimEnd(':').TrimEnd('：').TrimEnd();
        return t.Length is > 0 and <= 30 && LabelLookup.Contains(t);
    }

    // An address, a tool, WordPress's default category, or a date (a post's meta line: «6. August 2009»).
    private static bool IsNoTag(string name) =>
        name.Contains("://", StringComparison.Ordinal) || name.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || ToolStarts.Any(t => name.StartsWith(t, StringComparison.OrdinalIgnoreCase)) || ArticlePipeline.DefaultCategories.Contains(name)
        || (name.Any(char.IsDigit) && DateReader.TryReadVisible(name, default, out _, out _));

    private static bool Usable(IElement e) => !MicrodataLayer.InChrome(e) && !VisibleLayer.InComments(e);

    // The link texts of a tag list: one to thirty short names, none of them a label or a sentence.
    private static List<string>? LinkTexts(IElement list)
    {
        var links = Query.All(list, "a[href]");
        if (links.Count is 0 or > MaxTags)
        {
            return null;
        }

        var tags = new List<string>();
        foreach (var a in links)
        {
            var name = TextTools.Clean(TextTools.ShortText(a, MaxTag * 2)).Trim('#', ',', '،', '|', ' ');
            if (name.Length is 0 or > MaxTag || name.Count(c => c == ' ') >= MaxWords || name.Count(char.IsLetterOrDigit) < 2 || IsLabel(name)
                || IsNoTag(name))
            {
                continue;
            }

            if (!tags.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                tags.Add(name);
            }
        }

        return tags.Count > 0 ? tags : null;
    }
}
