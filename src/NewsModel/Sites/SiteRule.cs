using AngleSharp.Dom;
using NewsModel.Html;
using NewsModel.Extraction;
using NewsModel.Extraction.Content;
using NewsModel.Extraction.Metadata;

namespace NewsModel.Sites;

/// <summary>What a site rule found besides its field candidates: the body element and the elements to drop from it.</summary>
internal sealed record SiteRuleResult(IElement? Body, IReadOnlyList<IElement> Remove);

/// <summary>
/// A rule for one site or CMS family: it recognises its pages (by host or markup) and reads the fields the family
/// puts in known places. Its candidates have <see cref="FieldSource.SiteRule"/> and the CSS selector as detail.
/// </summary>
internal abstract class SiteRule
{
    /// <summary>The rule's name (shown in provenance details).</summary>
    public abstract string Name { get; }

    /// <summary>A selector that only this family's pages match, or null; <see cref="SiteRules.Find"/> runs all of them in one walk.</summary>
    public virtual string? Fingerprint => null;

    /// <summary>
    /// Class names of which every element <see cref="Fingerprint"/> matches carries at least one: a page whose class
    /// attributes hold none of them cannot match, and the walk is skipped. Empty when there is no fingerprint.
    /// </summary>
    public virtual IReadOnlyList<string> FingerprintClasses => [];

    /// <summary>Whether the page's meta tags name this family.</summary>
    public virtual bool MatchesMeta(MetaTags meta) => false;

    /// <summary>Whether the host is one of the sites this rule knows.</summary>
    public abstract bool MatchesHost(string? host);

    /// <summary>Adds candidates read from the page and returns the body element.</summary>
    public abstract SiteRuleResult Apply(IDocument document, Uri? url, MetaTags meta, CandidateSet set);

    protected static bool HostIs(string? host, params ReadOnlySpan<string> domains)
    {
        if (host is null)
        {
            return false;
        }

        foreach (var d in domains)
        {
            if (host.Equals(d, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + d, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the text of the first element matching <paramref name="selector"/>; returns the element.</summary>
    protected IElement? AddText(IParentNode root, string selector, List<Candidate<string>> list) =>
        AddText(Query.One(root, selector), selector, list);

    /// <summary>Adds the text of <paramref name="e"/>, found by <paramref name="selector"/>; returns the element.</summary>
    protected IElement? AddText(IElement? e, string selector, List<Candidate<string>> list)
    {
        var text = TextTools.TextOf(e);
        if (text.Length > 0)
        {
            list.Add(new Candidate<string>(text, FieldSource.SiteRule, Name + ": " + selector));
        }

        return e;
    }

    protected void AddTags(IParentNode? root, string selector, CandidateSet set)
    {
        if (root is not null)
        {
            AddTags(Query.All(root, selector), selector, set);
        }
    }

    /// <summary>Adds the texts of <paramref name="elements"/>, found by <paramref name="selector"/>, as the tags.</summary>
    protected void AddTags(IReadOnlyList<IElement> elements, string selector, CandidateSet set)
    {
        var tags = elements.Select(TextTools.TextOf).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count > 0)
        {
            set.Tags.Add(new Candidate<IReadOnlyList<string>>(tags, FieldSource.SiteRule, Name + ": " + selector));
        }
    }

    protected void AddImage(IElement? root, string selector, Uri? url, CandidateSet set)
    {
        var img = Query.One(root, selector);
        if (img is not null && TextTools.Resolve(img.GetAttribute("src"), url) is { } src)
        {
            var alt = TextTools.Clean(img.GetAttribute("alt"));
            set.Image.Add(new Candidate<ImageRef>(new ImageRef { Url = src, Alt = alt.Length > 0 ? alt : null }, FieldSource.SiteRule, Name + ": " + selector));
        }
    }

    protected void Add(List<Candidate<string>> list, string? value, string detail) =>
        CandidateSet.Add(list, value, FieldSource.SiteRule, Name + ": " + detail);

    /// <summary>The digits of a labelled code («کد خبر: ۶۹۱۹۱۱۹» → 6919119), ASCII, or null.</summary>
    protected static string? Digits(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var sb = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (Persian.PersianDigits.TryGetValue(c, out var d))
            {
                sb.Append((char)('0' + d));
            }
            else if (sb.Length > 0)
            {
                break;
            }
        }

        return sb.Length > 0 ? sb.ToString() : null;
    }
}

/// <summary>The built-in rules, tried in order; the first that matches applies.</summary>
internal static class SiteRules
{
    public static IReadOnlyList<SiteRule> BuiltIn { get; } =
    [
        new IranSamaneh.IranSamanehRule(),
        new Nastooh.NastoohRule(),
        new Tasnim.TasnimRule(),
        new Varzesh3.Varzesh3Rule(),
    ];

    private static readonly string[] Fingerprints = BuiltIn.Select(r => r.Fingerprint).OfType<string>().ToArray();

    /// <summary>Every rule's <see cref="SiteRule.FingerprintClasses"/>, for <see cref="PageIndex.Build"/> to look for.</summary>
    public static FragmentSet FingerprintClasses { get; } = new(BuiltIn.SelectMany(r => r.FingerprintClasses).Distinct(StringComparer.Ordinal).ToArray());

    /// <param name="host">The page's host, when known.</param>
    /// <param name="meta">The page's meta tags.</param>
    /// <param name="index">The page's index, built with <see cref="FingerprintClasses"/>: a fingerprint matches only on or inside an element with a marker class.</param>
    public static SiteRule? Find(string? host, MetaTags meta, PageIndex index)
    {
        // The host decides without touching the page; markup fingerprints (searched inside the marked elements) come second.
        foreach (var rule in BuiltIn)
        {
            if (rule.MatchesHost(host))
            {
                return rule;
            }
        }

        var found = FindFingerprints(index.Marked);
        var next = 0;
        foreach (var rule in BuiltIn)
        {
            var printed = rule.Fingerprint is not null && found[next++];
            if (rule.MatchesMeta(meta) || printed)
            {
                return rule;
            }
        }

        return null;
    }

    // Every fingerprint names one of its rule's marker classes on the element it matches or on an ancestor of it
    // ("article.single-news div.story"), so a match lies in the subtree of a marked element: only those subtrees are
    // searched (each once: a marked element inside an earlier one's subtree was searched with it).
    private static bool[] FindFingerprints(List<IElement> marked)
    {
        var found = new bool[Fingerprints.Length];
        IElement? searched = null;
        foreach (var root in marked)
        {
            if (searched is not null && searched.Holds(root))
            {
                continue;
            }

            searched = root;
            var inside = Query.FirstOfEach(root, Fingerprints.AsSpan());
            for (var i = 0; i < found.Length; i++)
            {
                found[i] |= inside[i] is not null || Query.Matches(root, Fingerprints[i]);
            }
        }

        return found;
    }
}
