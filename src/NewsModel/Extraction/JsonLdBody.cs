using System.Text.RegularExpressions;
using NewsModel.Extraction.Content;
using NewsModel.Html;
using NewsModel.Sites;

namespace NewsModel.Extraction;

/// <summary>
/// The article's text as its JSON-LD gives it (<c>articleBody</c>), taken when the visible page holds almost none of
/// it. A site that renders its text by script, or hides it behind a paywall's teaser, still writes the whole text
/// there for search engines: topagrar.com's page shows only a newsletter box where its JSON-LD has 3,665 characters,
/// scmp.com's 167 of 4,311, a forum's patch notes 64 of 1,020. Anywhere else the visible text wins: it keeps the
/// pictures, headings and lists the JSON-LD string has lost. On the dev set's 66 pages with an articleBody the
/// visible text holds at most 6 % of it on those three and at least 39 % on every other.
/// </summary>
internal static partial class JsonLdBody
{
    /// <summary>The least text an articleBody must hold to stand for an article (a teaser's sentence does not).</summary>
    public const int MinLength = 500;

    /// <summary>The visible text is taken when it holds at least this share of the articleBody's.</summary>
    public const double MinVisibleShare = 0.25;

    /// <summary>
    /// The blocks of <paramref name="articleBody"/> when the visible <paramref name="body"/> holds less than
    /// <see cref="MinVisibleShare"/> of its text and it holds at least <see cref="MinLength"/> characters, else null.
    /// Plain text gives one paragraph per line; HTML (also HTML escaped once more, as some CMSs write it) is read by
    /// the same block builder as the page.
    /// </summary>
    public static IReadOnlyList<Block>? Instead(string articleBody, IReadOnlyList<Block> body, ContentExtractor content, Uri? baseUrl, PageClock clock)
    {
        // Its text is never longer than the string: most pages are settled before it is read.
        var visible = body.Sum(b => b.ToPlainText().Length);
        if (articleBody.Length < MinLength || visible >= articleBody.Length * MinVisibleShare)
        {
            return null;
        }

        var value = articleBody;
        if (!Tag().IsMatch(value) && value.Contains("&lt;", StringComparison.Ordinal))
        {
            value = TextTools.DecodeEntities(value);
        }

        var markup = Tag().IsMatch(value);
        var decoded = TextTools.DecodeEntities(value);
        var plain = markup ? TextTools.WithoutTags(decoded) : TextTools.Clean(decoded);
        if (plain.Length < MinLength || visible >= plain.Length * MinVisibleShare)
        {
            return null;
        }

        if (!markup)
        {
            return decoded.Split('\n')
                .Select(TextTools.Clean)
                .Where(line => line.Length > 0)
                .Select(line => (Block)new ParagraphBlock { Text = line })
                .ToList();
        }

        // Its own document, read where a page of its depth is read (a string can nest as deep as a page).
        var fragment = Parsers.Parse(value);
        var index = PageIndex.Build(fragment, SiteRules.FingerprintClasses);
        var blocks = DeepPage.Run(index.Depth, (fragment, content, baseUrl, clock), static s => s.fragment.Body is { } root ? s.content.Convert(root, s.baseUrl, s.clock).Body : []);
        return blocks.Count > 0 ? blocks : [new ParagraphBlock { Text = plain }];
    }

    // A block or line-break tag: "<p>", "</div>", "<br/>", "<h2 class=…>".
    [GeneratedRegex(@"<\s*/?\s*(?:p|br|div|h[1-6]|ul|ol|li|blockquote|figure|table)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
