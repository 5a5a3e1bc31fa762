using System.Text.Json;
using AngleSharp.Dom;

namespace NewsModel.Extraction.Metadata;

/// <summary>
/// Reads schema.org JSON-LD: the article node (<c>NewsArticle</c>, <c>Article</c>, <c>ReportageNewsArticle</c>, …)
/// found at the top, in arrays or in <c>@graph</c>; tolerates broken JSON (reports it and keeps going).
/// </summary>
internal static class JsonLdLayer
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
        "BackgroundNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "DiscussionForumPosting",
        "ScholarlyArticle", "TechArticle", "Report", "VideoObject",
    };

    public static void Read(IDocument document, CandidateSet set, List<ParseDiagnostic> diagnostics, Uri? baseUrl) =>
        Read(document.QuerySelectorAll("script[type]").Where(s => s.GetAttribute("type")?.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase) == true), set, diagnostics, baseUrl);

    public static void Read(IEnumerable<IElement> scripts, CandidateSet set, List<ParseDiagnostic> diagnostics, Uri? baseUrl)
    {
        // Without an article node, the page's own node (Yoast's WebPage, a Recipe, a HowTo) still dates the page: kept
        // aside, for when no other layer dates it.
        (string? Type, string? Published, string? Modified)? page = null;
        var articleRead = false;
        foreach (var script in scripts)
        {
            var text = script.TextContent;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            // Once the article is read, a script is parsed only for a breadcrumb trail it names.
            if (articleRead && (set.Breadcrumbs.Count > 0 || !text.Contains("BreadcrumbList", StringComparison.Ordinal)))
            {
                continue;
            }

            using var doc = TryParse(text, diagnostics);
            if (doc is null)
            {
                continue;
            }

            // The trail may sit in the article's script (Yoast's @graph) or in one of its own, before or after it.
            if (set.Breadcrumbs.Count == 0 && FindNode(doc.RootElement, 0, static e => IsType(e, "BreadcrumbList")) is { } trail)
            {
                ReadBreadcrumbs(trail, set);
            }

            if (articleRead)
            {
                continue;
            }

            var article = FindNode(doc.RootElement, 0, IsArticle);
            if (article is { } node)
            {
                ReadArticle(node, new Nodes(doc.RootElement), set, baseUrl);
                articleRead = true;
                continue;
            }

            if (page is null && FindNode(doc.RootElement, 0, IsDatedPage) is { } dated)
            {
                page = (TypeOf(dated), Str(dated, "datePublished"), Str(dated, "dateModified"));
            }
        }

        if (page is { } p && !articleRead)
        {
            CandidateSet.Add(set.PagePublished, p.Published, FieldSource.JsonLd, p.Type + " datePublished (no article node)");
            CandidateSet.Add(set.PageModified, p.Modified, FieldSource.JsonLd, p.Type + " dateModified (no article node)");
        }
    }

    // A BreadcrumbList's steps in the order of their positions: each ListItem's name (or its item's), and its item's
    // address ("item": "https://…" or {"@id": …}).
    private static void ReadBreadcrumbs(JsonElement trail, CandidateSet set)
    {
        if (!trail.TryGetProperty("itemListElement", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var steps = new List<(double Position, Crumb Crumb)>();
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            item.TryGetProperty("item", out var target);
            var name = TextTools.Clean(Str(item, "name") ?? Str(target, "name"));
            var href = target.ValueKind == JsonValueKind.String ? Text(target) : Str(target, "@id") ?? Str(target, "url");
            var position = item.TryGetProperty("position", out var pos) && pos.ValueKind == JsonValueKind.Number && pos.TryGetDouble(out var at) ? at
                : double.TryParse(Str(item, "position"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var written) ? written : steps.Count + 1;
            if (name.Length > 0)
            {
                steps.Add((position, new Crumb(name, href)));
            }
        }

        if (steps.Count > 0)
        {
            set.Breadcrumbs.Add(new Candidate<IReadOnlyList<Crumb>>(steps.OrderBy(s => s.Position).Select(s => s.Crumb).ToList(), FieldSource.JsonLd, "BreadcrumbList"));
        }
    }

    // The page's own node, when it gives a date: a web page of any kind, a recipe, a how-to.
    private static readonly HashSet<string> DatedPageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "WebPage", "ItemPage", "AboutPage", "ProfilePage", "QAPage", "FAQPage", "MedicalWebPage", "Recipe", "HowTo",
    };

    private static bool IsDatedPage(JsonElement e) =>
        (e.TryGetProperty("datePublished", out _) || e.TryGetProperty("dateModified", out _)) && TypeOf(e) is { } type && DatedPageTypes.Contains(type);

    // The node's type, the first of a list ("@type": ["WebPage", "ItemPage"]).
    private static string? TypeOf(JsonElement e) =>
        !e.TryGetProperty("@type", out var type) ? null
        : type.ValueKind == JsonValueKind.String ? type.GetString()
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()).FirstOrDefault(t => t is not null && DatedPageTypes.Contains(t))
        : null;

    private static JsonDocument? TryParse(string text, List<ParseDiagnostic> diagnostics)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException first)
        {
            // Common breakage: raw control characters (newlines, tabs) inside strings, a stray HTML comment wrapper.
            var repaired = Repair(text);
            try
            {
                var doc = JsonDocument.Parse(repaired, Options);
                diagnostics.Add(new ParseDiagnostic
                {
                    Code = "jsonld.repaired",
                    Severity = DiagnosticSeverity.Info,
                    Message = "A JSON-LD block was not valid JSON; it was read after removing control characters and comment wrappers.",
                });
                return doc;
            }
            catch (JsonException)
            {
                diagnostics.Add(new ParseDiagnostic
                {
                    Code = "jsonld.invalid",
                    Severity = DiagnosticSeverity.Warning,
                    Message = $"A JSON-LD block is not valid JSON and was skipped: {first.Message}",
                });
                return null;
            }
        }
    }

    private static string Repair(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("<!--", StringComparison.Ordinal))
        {
            t = t[4..];
        }

        if (t.EndsWith("-->", StringComparison.Ordinal))
        {
            t = t[..^3];
        }

        t = t.Replace("//<![CDATA[", string.Empty, StringComparison.Ordinal).Replace("//]]>", string.Empty, StringComparison.Ordinal);
        var chars = t.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] < ' ')
            {
                chars[i] = ' ';
            }
        }

        // Trailing text after the last closing brace (a stray ';' or a second object glued on) is dropped.
        var s = new string(chars).Trim().TrimEnd(';');
        var last = Math.Max(s.LastIndexOf('}'), s.LastIndexOf(']'));
        return last >= 0 ? s[..(last + 1)] : s;
    }

    private static JsonElement? FindNode(JsonElement e, int depth, Func<JsonElement, bool> match)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (FindNode(item, depth + 1, match) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                if (match(e))
                {
                    return e;
                }

                if (e.TryGetProperty("@graph", out var graph) && FindNode(graph, depth + 1, match) is { } inGraph)
                {
                    return inGraph;
                }

                if (e.TryGetProperty("mainEntity", out var main) && FindNode(main, depth + 1, match) is { } inMain)
                {
                    return inMain;
                }

                return null;
            default:
                return null;
        }
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type))
        {
            // Tasnim's block has no @type at all, but a headline and dates: it is the article.
            return e.TryGetProperty("headline", out _) && (e.TryGetProperty("datePublished", out _) || e.TryGetProperty("articleBody", out _));
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return ArticleTypes.Contains(type.GetString()!);
        }

        return type.ValueKind == JsonValueKind.Array && type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!));
    }

    private static void ReadArticle(JsonElement a, Nodes nodes, CandidateSet set, Uri? baseUrl)
    {
        CandidateSet.Add(set.Title, Str(a, "headline") ?? Str(a, "name"), FieldSource.JsonLd, "headline");
        CandidateSet.Add(set.Lead, Str(a, "description"), FieldSource.JsonLd, "description");
        if (a.TryGetProperty("articleBody", out var text) && text.ValueKind == JsonValueKind.String && text.GetString() is { Length: > 0 } articleBody)
        {
            set.ArticleBody.Add(new Candidate<string>(articleBody, FieldSource.JsonLd, "articleBody"));
        }

        CandidateSet.Add(set.Published, Str(a, "datePublished") ?? Str(a, "dateCreated") ?? Str(a, "uploadDate"), FieldSource.JsonLd, "datePublished");
        CandidateSet.Add(set.Modified, Str(a, "dateModified"), FieldSource.JsonLd, "dateModified");
        CandidateSet.Add(set.Section, FirstStr(a, "articleSection"), FieldSource.JsonLd, "articleSection");
        CandidateSet.Add(set.Language, LanguageTools.Normalize(Str(a, "inLanguage")), FieldSource.JsonLd, "inLanguage");
        CandidateSet.Add(set.CanonicalUrl, Str(a, "url") ?? IdOf(a, "mainEntityOfPage") ?? Str(a, "@id"), FieldSource.JsonLd, "url");

        string? publisher = null;
        if (a.TryGetProperty("publisher", out var pub))
        {
            // A blog's publisher is often its author, a Person: that names the writer, not the site.
            publisher = pub.ValueKind == JsonValueKind.String ? Text(pub)
                : FirstObject(pub) is { } po && nodes.Resolve(po) is var node && !IsType(node, "Person") ? Str(node, "name") : null;
            CandidateSet.Add(set.SiteName, publisher, FieldSource.JsonLd, "publisher.name");
        }

        if (a.TryGetProperty("keywords", out var kw))
        {
            var tags = kw.ValueKind switch
            {
                JsonValueKind.String => TextTools.SplitList(Text(kw)),
                JsonValueKind.Array => kw.EnumerateArray().Where(k => k.ValueKind == JsonValueKind.String).Select(k => TextTools.Clean(Text(k))).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
                _ => [],
            };
            if (tags.Count > 0)
            {
                set.Tags.Add(new Candidate<IReadOnlyList<string>>(tags, FieldSource.JsonLd, "keywords"));
            }
        }

        if (a.TryGetProperty("author", out var author))
        {
            // Each name once, in order (a set beside the list: an array can hold thousands).
            var authors = new List<Author>();
            var authorNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToList() : [author])
            {
                if (ReadAuthor(nodes.Resolve(item), publisher, baseUrl) is { } au && authorNames.Add(au.Name))
                {
                    authors.Add(au);
                }
            }

            // refinery29: "author" names one writer, "creator" both («["Sadhbh O'Sullivan","Elisabeth Kochan"]»). A
            // creator list that holds every author and more persons names the co-authors; any other creator (a CMS
            // user, an editor) is not read, nor a site's address (cooperativa.cl: «["EFE","Cooperativa.cl"]»).
            var detail = "author";
            if (authors.Count > 0 && a.TryGetProperty("creator", out var creator) && creator.ValueKind == JsonValueKind.Array)
            {
                var creators = new List<Author>();
                var creatorNames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var item in creator.EnumerateArray())
                {
                    if (ReadAuthor(nodes.Resolve(item), publisher, baseUrl) is { } c && !AuthorNames.IsAddress(c.Name) && creatorNames.Add(c.Name))
                    {
                        creators.Add(c);
                    }
                }

                // Compared by their keys (TextTools.SameText), each built once.
                var authorKeys = authors.Select(au => TextTools.Key(au.Name)).ToHashSet(StringComparer.Ordinal);
                var creatorKeys = creators.Select(c => TextTools.Key(c.Name)).ToList();
                var others = creators.Where((c, i) => !authorKeys.Contains(creatorKeys[i])).ToList();
                if (others.Count > 0 && authorKeys.IsSubsetOf(creatorKeys))
                {
                    authors = [.. authors, .. others];
                    detail = "author and creator";
                }
            }

            if (authors.Count > 0)
            {
                set.Authors.Add(new Candidate<IReadOnlyList<Author>>(authors, FieldSource.JsonLd, detail));
            }
        }

        if (a.TryGetProperty("image", out var image) && ReadImage(image, baseUrl) is { } img)
        {
            set.Image.Add(new Candidate<ImageRef>(img, FieldSource.JsonLd, "image"));
        }
        else if (Str(a, "thumbnailUrl") is { } thumb && TextTools.Resolve(thumb, baseUrl) is { } thumbUrl)
        {
            set.Image.Add(new Candidate<ImageRef>(new ImageRef { Url = thumbUrl }, FieldSource.JsonLd, "thumbnailUrl"));
        }
    }

    private static Author? ReadAuthor(JsonElement e, string? publisher, Uri? baseUrl)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            var n = TextTools.Clean(Text(e));
            return n.Length == 0 || n == TextTools.Clean(publisher) ? null : new Author { Name = n };
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var name = TextTools.Clean(Str(e, "name"));
        if (name.Length == 0)
        {
            return null;
        }

        // An organization named as the author is the publisher, not a byline.
        var type = Str(e, "@type");
        if (string.Equals(type, "Organization", StringComparison.OrdinalIgnoreCase) || string.Equals(type, "NewsMediaOrganization", StringComparison.OrdinalIgnoreCase))
        {
            if (publisher is null || TextTools.SameText(name, publisher))
            {
                return null;
            }
        }

        return new Author { Name = name, Url = TextTools.Resolve(Str(e, "url"), baseUrl) ?? PageOf(Str(e, "@id"), baseUrl), Role = TextTools.Clean(Str(e, "jobTitle")) is { Length: > 0 } r ? r : null };
    }

    private static ImageRef? ReadImage(JsonElement e, Uri? baseUrl)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                return TextTools.Resolve(e.GetString(), baseUrl) is { } u ? new ImageRef { Url = u } : null;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    if (ReadImage(item, baseUrl) is { } img)
                    {
                        return img;
                    }
                }

                return null;
            case JsonValueKind.Object:
                var url = TextTools.Resolve(Str(e, "url") ?? Str(e, "contentUrl") ?? Str(e, "@id"), baseUrl);
                return url is null ? null : new ImageRef
                {
                    Url = url,
                    Width = IntOf(e, "width"),
                    Height = IntOf(e, "height"),
                    Caption = TextTools.Clean(Str(e, "caption")) is { Length: > 0 } c ? c : null,
                };
            default:
                return null;
        }
    }

    /// <summary>
    /// A string value with HTML character references decoded: WordPress SEO plugins write JSON-LD text already
    /// escaped for HTML ("Thermen- &amp;#038; Vulkanland", "&amp;#8211;"), and a reader expects the characters.
    /// </summary>
    private static string? Text(JsonElement e) => e.GetString() is { } s ? TextTools.FromMarkup(s) : null;

    // An @id names a node, and is a page only without its fragment and beyond the site's root:
    // "https://site/author/mne/#author" is the author's page, "https://site/#/schema/person/65b1" is not.
    private static Uri? PageOf(string? id, Uri? baseUrl)
    {
        var url = TextTools.Resolve(id, baseUrl);
        if (url is null || !url.IsAbsoluteUri || url.Fragment.Length == 0)
        {
            return url;
        }

        return url.AbsolutePath is "/" or "" ? null : new Uri(url.GetLeftPart(UriPartial.Query));
    }

    private static bool IsType(JsonElement e, string type) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty("@type", out var t)
        && (t.ValueKind == JsonValueKind.String ? t.GetString() == type
            : t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && x.GetString() == type));

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => Text(v),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static string? FirstStr(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => Text(v),
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(Text).FirstOrDefault(),
            _ => null,
        };
    }

    private static string? IdOf(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String ? v.GetString() : Str(v, "@id");
    }

    private static JsonElement? FirstObject(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e,
        JsonValueKind.Array => e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object).Select(x => (JsonElement?)x).FirstOrDefault(),
        _ => null,
    };

    private static int? IntOf(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n))
        {
            return n > 0 ? n : null;
        }

        return v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : null;
    }

    /// <summary>
    /// The block's nodes by <c>@id</c>, built on first use: Yoast and other generators write the article's author and
    /// publisher as a reference (<c>"author":{"@id":"…/#/schema/person/65b1"}</c>) to a Person elsewhere in the
    /// <c>@graph</c>.
    /// </summary>
    private sealed class Nodes(JsonElement root)
    {
        private Dictionary<string, JsonElement>? _byId;

        /// <summary>The node <paramref name="e"/> refers to when it is only a reference; otherwise <paramref name="e"/>.</summary>
        public JsonElement Resolve(JsonElement e)
        {
            if (e.ValueKind != JsonValueKind.Object || e.TryGetProperty("name", out _) || Str(e, "@id") is not { Length: > 0 } id)
            {
                return e;
            }

            if (_byId is null)
            {
                _byId = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                Collect(root, 0);
            }

            return _byId.TryGetValue(id, out var node) ? node : e;
        }

        private void Collect(JsonElement e, int depth)
        {
            if (depth > 8)
            {
                return;
            }

            switch (e.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Collect(item, depth + 1);
                    }

                    break;
                case JsonValueKind.Object:
                    if (Str(e, "@id") is { Length: > 0 } id && e.TryGetProperty("name", out _))
                    {
                        _byId!.TryAdd(id, e);
                    }

                    if (e.TryGetProperty("@graph", out var graph))
                    {
                        Collect(graph, depth + 1);
                    }

                    break;
            }
        }
    }
}
