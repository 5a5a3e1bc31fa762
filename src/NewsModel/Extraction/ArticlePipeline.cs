using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using NewsModel.Html;
using NewsModel.Extraction.Content;
using NewsModel.Extraction.Headlines;
using NewsModel.Extraction.Metadata;
using NewsModel.Sites;

namespace NewsModel.Extraction;

/// <summary>
/// Runs the layers over one page and merges their candidates by priority. The priority of each field is written
/// once, here (see <see cref="Priority"/>); <see cref="Article.Provenance"/> records the layer that won.
/// </summary>
internal static class ArticlePipeline
{
    public static ParseResult<Article> Run(ExtractionContext context, ContentExtractor content)
    {
        var index = PageIndex.Build(context.Document, SiteRules.FingerprintClasses);
        return DeepPage.Run(index.Depth, (context, content, index), static s => Run(s.context, s.content, s.index));
    }

    private static ParseResult<Article> Run(ExtractionContext context, ContentExtractor content, PageIndex index)
    {
        var document = context.Document;
        var diagnostics = context.Diagnostics;
        var set = new CandidateSet();
        var meta = MetaTags.Read(index.Metas);

        Guard(diagnostics, "the JSON-LD reader", () => JsonLdLayer.Read(index.JsonLdScripts, set, diagnostics, context.Url));
        Guard(diagnostics, "the meta tag reader", () => MetaLayer.Read(meta, set, context.Url));
        Guard(diagnostics, "the microdata reader", () => MicrodataLayer.Read(index.ItemProps, index.Times, set, context.Url));
        ReadDocumentMarkup(document, index, set);

        // Without the page's address a relative canonical ("/fa/news/1398/02/30/2015910/…", as tasnim writes its
        // og:url) resolves to nothing, but its path still names the article: kept for the id and date below.
        var relativePath = context.Url is null ? set.CanonicalUrl.FirstOrDefault(c => c.Value.StartsWith('/') && !c.Value.StartsWith("//", StringComparison.Ordinal)) : null;
        var canonical = PickCanonical(set, context.Url);
        var pageUrl = context.Url ?? canonical;
        var host = pageUrl?.Host;

        // The page's zone is settled once its language is (its text counts too); its markup and address tell it early,
        // for the comments read with the body: «12.04.2020 17:02» under a German article is Central European time.
        var fetchClock = new PageClock(PageZones.Of(set.Language.FirstOrDefault()?.Value, set.AfghanLocale, host, otherwise: PageZone.Unknown), context.FetchedAt);
        var rule = SiteRules.Find(host, meta, index);
        var ruleResult = rule is null ? null : Guard(diagnostics, "the " + rule.Name + " site rule", () => rule.Apply(document, pageUrl, meta, set), null);
        var ruleName = rule?.Name;

        // The caller's selector rule after the built-in one: its values go in front of all others, its body element
        // (when it names one that is on the page) replaces the built-in rule's.
        if (SelectorRules.Find(context.Options.SelectorRules, host, document) is { } custom
            && Guard(diagnostics, "the selector rule " + custom.Name, () => SelectorRules.Apply(custom, document, pageUrl, set), null) is { Body: not null } customResult)
        {
            (ruleResult, ruleName) = (customResult, custom.Name);
        }

        if (pageUrl is not null)
        {
            UrlLayer.Read(pageUrl.AbsolutePath, set, "path after /");
        }
        else if (relativePath is not null)
        {
            UrlLayer.Read(relativePath.Value.Split('?', '#')[0], set, "relative " + relativePath.Detail + ", path after /");
        }

        // Body: the site rule's element when it has one, else the generic extractor.
        ContentResult extracted;
        var bodySource = FieldSource.Generic;
        var bodyDetail = "content extractor";
        if (ruleResult?.Body is { } bodyRoot)
        {
            foreach (var e in ruleResult.Remove)
            {
                e.Remove();
            }

            extracted = content.Convert(bodyRoot, pageUrl, fetchClock);
            bodySource = FieldSource.SiteRule;
            bodyDetail = ruleName!;
        }
        else
        {
            extracted = content.Extract(document, pageUrl, fetchClock);
        }

        // An h1 that is a link home is the site's logo: its text names the site (for the title's cut), it is no headline.
        var homeH1s = index.H1s.Where(e => LinksHome(e, pageUrl)).ToList();
        var h1Elements = index.H1s.Where(e => TextTools.TextOf(e).Length is >= 4 and <= 400 && !homeH1s.Contains(e)).ToList();
        // An h1 that begins with its kicker offers only the headline after it.
        var h1Parts = h1Elements.Select(HeadlineKicker.Split).ToList();
        var h1s = h1Elements.Select((e, i) => h1Parts[i]?.Headline ?? TextTools.TextOf(e)).ToList();
        var headlineElement = h1Elements.FirstOrDefault(e => e.ClassName?.Contains("title", StringComparison.OrdinalIgnoreCase) == true || e.GetAttribute("itemprop") == "headline") ?? h1Elements.FirstOrDefault();
        var titleTag = TextTools.TextOf(Query.One(document, "head > title") ?? Query.One(document, "title"));
        headlineElement ??= HeadingOfTitle(document, set.Title, titleTag);
        Guard(diagnostics, "the visible page's reader (bylines, printed dates, kicker, lead)", () => VisibleLayer.Read(document, index, headlineElement, extracted.Root, set, pageUrl, fetchClock));

        var provenance = new List<FieldProvenance>();
        var merge = new Merger(provenance);

        // og:site_name written as the page's <title> ("Achtsam durch die Krise | Die FURCHE"), application-name as the
        // headline in its h1: the site's name is the other part, or none.
        var metaTitles = set.Title.Select(c => c.Value).Concat(h1s).ToList();
        var names = set.SiteName.Select(c => SiteNameTools.WithoutHeadline(c.Value, h1s, metaTitles) is { } name ? c with { Value = name } : null).OfType<Candidate<string>>().ToList();
        set.SiteName.Clear();
        set.SiteName.AddRange(names);

        var siteName = merge.Pick("siteName", set.SiteName, Priority.SiteName, SiteNameTools.Clean);
        var homeNames = homeH1s.Select(TextTools.TextOf).ToList();
        var title = TitleChooser.Choose(set, h1s, titleTag, siteName, host?.StartsWith("www.", StringComparison.Ordinal) == true ? host[4..] : host, homeNames, out var titleSource, out var titleDetail);

        // No layer names the site: the <title>'s part beside the headline does ("Headline | Site").
        var siteNameFromTitle = false;
        if (siteName is null && title is not null && TitleChooser.SiteNameBeside(titleTag, title, host, set.Section.FirstOrDefault()?.Value) is { } beside)
        {
            (siteName, siteNameFromTitle) = (beside, true);
            provenance.Add(new FieldProvenance { Field = "siteName", Source = FieldSource.Meta, Detail = "<title> beside the headline" });
        }

        // «23.01.2022 - Dorothea Wierer darf …»: a date before the headline is the article's date, not its title's.
        if (title is not null && DatedHeadline(title) is { } dated)
        {
            title = dated.Headline;
            titleDetail += " (its leading date cut)";
            set.Published.Add(new Candidate<string>(dated.Date, FieldSource.VisibleText, "date before the headline"));
        }

        if (title is not null)
        {
            provenance.Add(new FieldProvenance { Field = "title", Source = titleSource, Detail = titleDetail });
        }
        else
        {
            diagnostics.Add(Missing("title", DiagnosticSeverity.Warning, "No headline was found in the metadata, an h1 or the <title>."));
        }

        // The kicker of the h1 whose headline became the title (not of a teaser's h1 elsewhere on the page).
        if (title is not null && h1Parts.Find(p => p?.Headline == title) is { Kicker: not null } parts)
        {
            set.Kicker.Insert(0, new Candidate<string>(parts.Kicker, FieldSource.VisibleText, "kicker inside the h1"));
        }

        var kicker = merge.Pick("kicker", set.Kicker, Priority.Kicker);

        // The standfirst the content extractor found just before the body (spiegel.de's «dig-vorspann»): the lead when
        // no layer names one, if it is prose (60 characters or more, ending a sentence), not a label or an event's dates.
        if (extracted.Lead is { Length: >= 60 } standfirst && standfirst.TrimEnd() is [.., '.' or '!' or '?' or '…' or '؟' or '"' or '“' or '”' or '»' or '«'])
        {
            CandidateSet.Add(set.Lead, standfirst, FieldSource.Generic, "lead element before the body");
        }

        // A description that only repeats the headline, or its start (cut short by an unescaped quote), is no lead:
        // the next source, or none.
        var titleKey = TextTools.Key(title);
        var lead = merge.Pick("lead", set.Lead, Priority.Lead, v => TextTools.Key(v) is var k && titleKey.StartsWith(k, StringComparison.OrdinalIgnoreCase) && k.Length * 2 > titleKey.Length ? null : v);
        // No layer names the article's id: a number the address holds where CMSs write one.
        if (set.Id.Count == 0 && pageUrl is not null && UrlLayer.NumberId(pageUrl.AbsolutePath, pageUrl.Query, title) is { } numbered)
        {
            set.Id.Add(new Candidate<string>(numbered, FieldSource.Url, "number in the address"));
        }

        var id = merge.Pick("id", set.Id, Priority.Id);
        // No layer names the section: the breadcrumb trail does, JSON-LD's first, then the page's own.
        if (set.Section.Count == 0)
        {
            AddBreadcrumbSection(set, index, title, pageUrl, siteName);
        }

        var section = merge.Pick("section", set.Section, Priority.Section, SectionOf);

        // Body blocks: title, kicker and lead stay out of the body, also after the lead picture that opens it (the
        // picture stays).
        var body = extracted.Body.ToList();
        if (set.ArticleBody.Count > 0 && JsonLdBody.Instead(set.ArticleBody[0].Value, body, content, pageUrl, fetchClock) is { } fromJsonLd)
        {
            diagnostics.Add(new ParseDiagnostic
            {
                Code = "body.jsonLd",
                Field = "body",
                Severity = DiagnosticSeverity.Info,
                Message = $"The visible page holds {body.Sum(b => b.ToPlainText().Length)} characters of text, its JSON-LD articleBody far more: the text is the articleBody's.",
            });
            body = [.. fromJsonLd];
            bodySource = FieldSource.JsonLd;
            bodyDetail = "articleBody (the visible text is a fraction of it)";
        }

        var leadKey = TextTools.Key(lead);
        string[] headerKeys = [titleKey, TextTools.Key(kicker), leadKey];
        var leadInBody = -1;
        Block? leadBlock = null;
        for (var i = 0; i < body.Count && i < 3;)
        {
            if (body[i] is ImageBlock)
            {
                i++;
            }
            else if (body[i] is ParagraphBlock or HeadingBlock && IsHeaderText(body[i].ToPlainText(), headerKeys))
            {
                if (leadBlock is null && leadKey.Length > 0 && TextTools.Key(body[i].ToPlainText()) == leadKey)
                {
                    (leadInBody, leadBlock) = (i, body[i]);
                }

                body.RemoveAt(i);
            }
            else
            {
                break;
            }
        }

        // A post whose one paragraph is also its description or its lead-classed intro (a two-line blog post, a
        // lawyer's welcome page): that paragraph is the text, not a lead over no text.
        if (leadBlock is not null && !body.Any(b => b is not ImageBlock && b.ToPlainText().Length > 0))
        {
            body.Insert(Math.Min(leadInBody, body.Count), leadBlock);
            lead = LeadIsText(provenance, diagnostics, "The page's lead is its only paragraph of text, so it is the text and not the lead.");
        }

        // When no layer names a writer, or they name only the site ("finanztreff.de", "L-MAG – Das Magazin für Lesben"),
        // a byline opening the text ("Von David Hutzler, dpa") does.
        var hostLabel = host is null ? null : TextTools.HostLabel(host);
        if (set.Authors.All(c => c.Value.All(a => BodyEdges.IsSiteLike(a.Name, siteName, hostLabel))) && BodyEdges.TextByline(body) is { } byline)
        {
            set.Authors.Add(new Candidate<IReadOnlyList<Author>>(byline.Select(n => new Author { Name = n }).ToList(), FieldSource.VisibleText, "byline opening the text"));
        }

        // The byline line near the top of the body ("Von Tobias Kuske", "Janic Cathomen, 01.12.2021") names an author
        // any layer found: it is the article's metadata, not its text.
        var bylineNames = set.Authors.SelectMany(c => c.Value).SelectMany(a => AuthorNames.Tidy(a.Name)).Where(n => n.Length >= 4).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < Math.Min(3, body.Count) && bylineNames.Count > 0; i++)
        {
            if (body[i] is ParagraphBlock p && IsBylineLine(p.Text, bylineNames))
            {
                body.RemoveAt(i);
                break;
            }
        }

        // Metadata and remnants at the edges of the body: date lines at its top, labels and counters at its end, a
        // dateline in a paragraph of its own (see BodyEdges).
        BodyEdges.Trim(body);
        BodyEdges.WithoutAuthorBio(body, bylineNames);

        var text = string.Join("\n\n", body.Select(b => b.ToPlainText()).Where(t => t.Length > 0));

        // A description that holds the whole text (bka.de's twitter:description, iass-potsdam.de's description) is no
        // lead: the text would come twice.
        if (lead is not null && BodyEdges.IsWholeText(lead, text))
        {
            lead = LeadIsText(provenance, diagnostics, "The page's description holds its whole text, so it is not taken as the lead.");
        }

        if (body.Count > 0)
        {
            provenance.Add(new FieldProvenance { Field = "body", Source = bodySource, Detail = bodyDetail });
        }
        else
        {
            diagnostics.Add(Missing("body", DiagnosticSeverity.Warning, "No main text was found."));
        }

        // «به گزارش X،» or a dateline at the start of the text (or of the lead) names the outlet it reports from; named
        // alone, that is a last resort for the site's name.
        var reportedBy = ReportedBy.Read(text);
        var reportedDetail = "the opening of the text";
        if (reportedBy is null && ReportedBy.Read(lead) is { } inLead)
        {
            (reportedBy, reportedDetail) = (inLead, "the opening of the lead");
        }
        else if (reportedBy is null && ReportedBy.FromSourceLine(extracted.Root) is { } sourceLine)
        {
            (reportedBy, reportedDetail) = (sourceLine, "a source line at the end of the text");
        }

        if (reportedBy is { } reporter)
        {
            provenance.Add(new FieldProvenance { Field = "reportedBy", Source = FieldSource.VisibleText, Detail = reportedDetail });
            if (siteName is null && reporter.Plain)
            {
                siteName = reporter.Name;
                provenance.Add(new FieldProvenance { Field = "siteName", Source = FieldSource.VisibleText, Detail = "«به گزارش …»" });
            }
        }

        // A page that prints its date with the Afghan month names («۱۵ حمل ۱۴۰۳») is Afghan wherever it is served (a
        // .com address, lang="fa"): its other times without an offset, a JSON-LD date's say, are Kabul's too.
        set.AfghanLocale |= set.Published.Concat(set.Modified).Any(c => c.Source == FieldSource.VisibleText && DateReader.IsAfghan(c.Value));

        // Language and direction, from markup and from the letters of the text.
        var sample = string.Concat(title, " ", lead, " ", text.Length > 2000 ? text[..2000] : text);
        var language = PickLanguage(set, sample, provenance, diagnostics);
        var direction = PickDirection(document, language, sample, provenance);

        // A Persian page is Iranian unless its address (.af) or its language tag («fa-AF», «prs») says Afghanistan; a
        // German, Italian, Polish, … page or a .de, .fr, .it, … address keeps Central European Time.
        var zone = PageZones.Of(language, set.AfghanLocale, host, otherwise: PageZone.Unknown);
        var clock = fetchClock.In(zone);
        var zoneReason = PageZones.Reason(zone, language, host);
        var published = merge.PickDate("published", set.Published, Priority.Published, clock, diagnostics, zoneReason)
            ?? merge.PickDate("published", set.PagePublished, Priority.Published, clock, diagnostics, zoneReason);
        // A printed update no later than the publication, or the same as one of the page's publication dates, says
        // nothing the published date does not ("Actualizado 27/04/2022 00:00 Creado 27/04/2022 00:00", an update
        // printed to the minute of a publication known to the second, a theme's hidden "updated" time that repeats
        // its "published" one). One printed without an offset is in the page's own time, its publication's offset.
        if (published is { } publishedAt)
        {
            for (var i = set.Modified.Count - 1; i >= 0; i--)
            {
                var c = set.Modified[i];
                if (c.Source != FieldSource.VisibleText || !DateReader.TryReadVisible(c.Value, clock, out var u, out var assumed))
                {
                    continue;
                }

                var local = assumed ? new DateTimeOffset(u.DateTime, publishedAt.Offset) : u;
                if (local <= publishedAt || set.Published.Any(p => p.Value == c.Value || (DateReader.TryRead(p.Value, clock, out var other, out _) && other == u)))
                {
                    set.Modified.RemoveAt(i);
                }
                else if (assumed && local.Offset != u.Offset)
                {
                    set.Modified[i] = c with { Value = local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), Detail = c.Detail + ", in the published date's offset" };
                }
            }
        }

        var modified = merge.PickDate("modified", set.Modified, Priority.Modified, clock, diagnostics, zoneReason)
            ?? merge.PickDate("modified", set.PageModified, Priority.Modified, clock, diagnostics, zoneReason);
        if (published is null)
        {
            diagnostics.Add(Missing("published", DiagnosticSeverity.Info, modified is null
                ? "No publication date was found."
                : "No publication date was found; the page has a modified date, which is not used in its place."));
        }
        else if (modified is { } m && m < published.Value)
        {
            diagnostics.Add(new ParseDiagnostic { Code = "modified.before-published", Field = "modified", Severity = DiagnosticSeverity.Warning, Message = "The modified date is earlier than the published date." });
        }

        // The names the page gives itself keep the outlet out of the bylines; one read from the <title> alone does not
        // (hausinfo.ch signs as «hausinfo»).
        var siteNames = set.SiteName.Select(c => c.Value).Append(siteNameFromTitle ? null : siteName).ToList();
        var authors = merge.PickList("authors", set.Authors.Select(c => c with { Value = FilterAuthors(c.Value, siteNames) }).Where(c => c.Value.Count > 0).ToList(), Priority.Authors);
        // "Malware" and "malware" in one keyword list are one tag: the first spelling is kept.
        var tags = DistinctIgnoringCase(merge.PickList("tags", set.Tags, Priority.Tags));

        // A blank, an avatar, a favicon or a logo stands for no article: the next source, or the body's first real image.
        var image = merge.PickValue("image", set.Image.Where(c => !MetaLayer.IsPlaceholderImage(c.Value.Url)).ToList(), Priority.Image);
        if (image is null && extracted.Images.FirstOrDefault(i => !MetaLayer.IsPlaceholderImage(i.Url)) is { } bodyImage)
        {
            image = bodyImage;
            provenance.Add(new FieldProvenance { Field = "image", Source = bodySource, Detail = "first body image" });
        }

        var images = new List<ImageRef>();
        if (image is not null)
        {
            images.Add(image);
        }

        images.AddRange(extracted.Images.Where(i => image is null || i.Url != image.Url));

        if (canonical is not null)
        {
            provenance.Add(new FieldProvenance { Field = "canonicalUrl", Source = set.CanonicalUrl[0].Source, Detail = set.CanonicalUrl[0].Detail });
        }

        var headlines = context.Options.ReadHeadlines
            ? Guard(diagnostics, "the headline list reader", () => HeadlineFinder.WithoutSelfLinks(HeadlineFinder.FindOnArticle(document, index.LabelLike, pageUrl, clock), context.Url, canonical), [])
            : [];

        // A homepage or section page given to the article parser (a crawl holds both): nothing says "article" (no
        // date, no JSON-LD article, og:type not article) and the text taken as its body is mostly its headlines, or
        // there is no text to take at all and five headlines or more (aftabeyazd's newspaper skin: seven links to
        // stories among the page numbers). Its lists go to Headlines, as HeadlineParser would give them; the body
        // stays what the page's text was.
        if (context.Options.ReadHeadlines && published is null && !set.Title.Any(c => c.Source == FieldSource.JsonLd)
            && !string.Equals(meta.First("og:type")?.Value.Trim(), "article", StringComparison.OrdinalIgnoreCase))
        {
            // The labels a site rule removed are no longer on the page.
            var pageLists = Guard(diagnostics, "the page's headline reader", () => Sites.ListRules.Merge(context.Options.ListRules, document, pageUrl, clock,
                HeadlineFinder.FindOnPage(document, index.LabelLike.Where(e => document.Contains(e)), pageUrl, clock)), []);
            var items = pageLists.Sum(l => l.Items.Count);
            var inBody = TextTools.TitlesInText(text, [.. pageLists.SelectMany(l => l.Items).Select(h => h.Title)], enough: (text.Length + 1) / 2);
            // Or the page's title is only the site's name or address ("55Online.ir": a homepage names no story) and
            // its headlines hold three times the text taken as its body (a side column's essay, not the page).
            var titles = pageLists.Sum(l => l.Items.Sum(h => h.Title.Length));
            var namesSite = title is null || AuthorNames.IsAddress(title) || (siteName is not null && TextTools.SameText(title, siteName))
                || (host is not null && (title.Equals(host, StringComparison.OrdinalIgnoreCase) || (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && title.Equals(host[4..], StringComparison.OrdinalIgnoreCase))));
            if ((items >= 20 && text.Length > 0 && (inBody * 2 >= text.Length || (namesSite && titles >= 3 * text.Length)))
                || (text.Length == 0 && items >= 5))
            {
                headlines = pageLists;
                diagnostics.Add(new ParseDiagnostic
                {
                    Code = "page.list",
                    Field = "headlines",
                    Severity = DiagnosticSeverity.Info,
                    Message = $"The page looks like a homepage or section page, not an article: its {items} headlines are in Headlines.",
                });
            }
        }

        var article = new Article
        {
            Url = context.Url,
            CanonicalUrl = canonical,
            SiteName = siteName,
            ReportedBy = reportedBy?.Name,
            Language = language,
            Direction = direction,
            Id = id,
            Kicker = kicker,
            Title = title,
            Lead = lead,
            Body = body,
            Text = text,
            Authors = authors,
            Published = published,
            Modified = modified,
            Section = section,
            Tags = tags,
            Image = image,
            Images = images,
            Comments = context.Options.ReadComments ? extracted.Comments : [],
            Headlines = headlines,
            Provenance = provenance,
        };
        // One walk over the text fields: soft hyphens out of every article, and the Persian normalizer on Persian ones.
        article = context.Normalizer is { } normalizer && ArticleTextNormalizer.AppliesTo(language)
            ? ArticleTextNormalizer.Apply(article, text => ArticleTextNormalizer.Cleaned(normalizer.Normalize(text)))
            : ArticleTextNormalizer.Apply(article, ArticleTextNormalizer.Cleaned);

        return new ParseResult<Article>(article, diagnostics.Concat(extracted.Diagnostics));
    }

    private static void ReadDocumentMarkup(IDocument document, PageIndex index, CandidateSet set)
    {
        var html = document.DocumentElement;
        var tag = html?.GetAttribute("lang") ?? html?.GetAttribute("xml:lang");
        set.AfghanLocale |= LanguageTools.IsAfghan(tag);
        if (LanguageTools.Normalize(tag) is { } lang)
        {
            set.Language.Insert(0, new Candidate<string>(lang, FieldSource.Meta, "html[lang]"));
        }

        var canonical = index.Canonical?.GetAttribute("href");
        if (!string.IsNullOrWhiteSpace(canonical))
        {
            set.CanonicalUrl.Insert(0, new Candidate<string>(canonical.Trim(), FieldSource.Meta, "link[rel=canonical]"));
        }
    }

    // A headline that opens with a whole date and a separator, three words at least after it: the date and the headline.
    private static (string Date, string Headline)? DatedHeadline(string title)
    {
        if (title.Length == 0 || !char.IsAsciiDigit(title[0]) || PrintedDate.DateThenMark(title) is not { } dated
            || dated.Mark is not ('-' or '–' or '—' or '|' or ':' or '·') || !dated.After.StartsWith(' '))
        {
            return null;
        }

        var headline = dated.After.Trim();
        return headline.Split(' ').Length >= 3 ? (dated.Date, headline) : null;
    }

    // Headings read for a page without an h1 before giving up.
    private const int MaxHeadingsWithoutH1 = 40;

    /// <summary>
    /// A page without an h1 (Joomla's «article.item-page > h2», blogs' «h2.entry-title»): the first h2 or h3 outside
    /// the page's chrome whose text is a metadata title, or the &lt;title&gt; before its site name. It is the headline
    /// the visible layer reads beside (printed date, byline); the title itself is still chosen from all layers.
    /// </summary>
    private static IElement? HeadingOfTitle(IDocument document, List<Candidate<string>> titles, string? titleTag)
    {
        var n = 0;
        foreach (var e in document.QuerySelectorAll("h2, h3"))
        {
            if (++n > MaxHeadingsWithoutH1)
            {
                break;
            }

            var text = TextTools.TextOf(e);
            if (text.Length < 4 || MicrodataLayer.InChrome(e))
            {
                continue;
            }

            if (titles.Exists(t => TextTools.SameText(t.Value, text)) || IsTitleTagStart(titleTag, text))
            {
                return e;
            }
        }

        return null;
    }

    // «Headline | Site», «Headline - Site»: the <title> is the headline and a site name after a separator.
    private static bool IsTitleTagStart(string? titleTag, string text)
    {
        if (titleTag is null || titleTag.Length <= text.Length || !titleTag.StartsWith(text, StringComparison.OrdinalIgnoreCase))
        {
            return TextTools.SameText(titleTag, text);
        }

        var rest = titleTag.AsSpan(text.Length).TrimStart();
        return rest.Length > 0 && rest[0] is '|' or '-' or '–' or '—' or ':' or '·' or '»';
    }

    // A blog's name in an h1 that links to the site's front page ("<h1><a href="https://blog.example/">My Blog</a></h1>"):
    // the site's name, never the headline.
    private static bool LinksHome(IElement h1, Uri? pageUrl)
    {
        if (h1.ChildElementCount != 1 || h1.FirstElementChild is not { LocalName: "a" } link
            || !TextTools.SameText(TextTools.TextOf(link), TextTools.TextOf(h1)))
        {
            return false;
        }

        var href = link.GetAttribute("href")?.Trim();
        if (href is "/" or "./")
        {
            return true;
        }

        var target = TextTools.Resolve(href, pageUrl);
        return target is { IsAbsoluteUri: true } && target.AbsolutePath is "/" or "" && target.Query.Length == 0;
    }

    private static Uri? PickCanonical(CandidateSet set, Uri? url)
    {
        for (var i = 0; i < set.CanonicalUrl.Count; i++)
        {
            if (TextTools.Resolve(set.CanonicalUrl[i].Value, url) is { } u)
            {
                var c = set.CanonicalUrl[i];
                set.CanonicalUrl.RemoveAt(i);
                set.CanonicalUrl.Insert(0, c);
                return u;
            }
        }

        set.CanonicalUrl.Clear();
        return null;
    }

    private static readonly HashSet<string> BylineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "von", "by", "vom", "am", "on", "und", "and", "par", "por", "de", "le", "el", "autor", "autorin", "author", "text",
        "redaktion", "posted", "written", "geschrieben", "blog", "beitrag", "eine", "kolumne", "ein", "artikel", "uhr",
    };

    /// <summary>
    /// Whether a short paragraph is only a byline: one of the names, with nothing left once the name, the label
    /// words, the date and a place are taken away (at most 12 letters: "Berlin", "September").
    /// </summary>
    private static bool IsBylineLine(string text, List<string> names)
    {
        if (text.Length > 100)
        {
            return false;
        }

        var rest = text;
        var found = false;
        foreach (var name in names)
        {
            if (rest.Contains(name, StringComparison.Ordinal))
            {
                rest = rest.Replace(name, " ", StringComparison.Ordinal);
                found = true;
            }
        }

        if (!found)
        {
            return false;
        }

        var letters = 0;
        foreach (var word in rest.Split([' ', ',', ';', ':', '|', '/', '.', '(', ')', '-', '–', '—'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!BylineWords.Contains(word))
            {
                letters += word.Count(char.IsLetter);
            }
        }

        return letters <= 12;
    }

    // No lead, because it is the text: its provenance goes and a lead.isText note says why. Returns the lead (null).
    private static string? LeadIsText(List<FieldProvenance> provenance, List<ParseDiagnostic> diagnostics, string message)
    {
        provenance.RemoveAll(p => p.Field == "lead");
        diagnostics.Add(new ParseDiagnostic { Code = "lead.isText", Field = "lead", Severity = DiagnosticSeverity.Info, Message = message });
        return null;
    }

    // Whether a block's text is empty or the title, kicker or lead again (their comparison keys, each built once).
    private static bool IsHeaderText(string text, string[] headerKeys) =>
        text.Length == 0 || Array.IndexOf(headerKeys, TextTools.Key(text)) >= 0;

    private static void AddBreadcrumbSection(CandidateSet set, PageIndex index, string? title, Uri? pageUrl, string? siteName)
    {
        foreach (var trail in set.Breadcrumbs)
        {
            if (Breadcrumbs.Section(trail.Value, title, pageUrl, siteName) is { } fromData)
            {
                set.Section.Add(new Candidate<string>(fromData, trail.Source, trail.Detail));
                return;
            }
        }

        foreach (var element in index.Breadcrumbs)
        {
            if (Breadcrumbs.Section(Breadcrumbs.Read(element), title, pageUrl, siteName) is { } shown)
            {
                set.Section.Add(new Candidate<string>(shown, FieldSource.VisibleText, "breadcrumb trail"));
                return;
            }
        }
    }

    // WordPress's default category in the languages of the dev set: a post nobody filed has no section.
    internal static readonly HashSet<string> DefaultCategories = new(StringComparer.OrdinalIgnoreCase)
    {
        "Uncategorized", "Allgemein", "Non classé", "Sin categoría", "Senza categoria", "Bez kategorii", "Sem categoria", "Geen categorie",
    };

    /// <summary>
    /// The section in a category list written as one string ("Crash / Unfall,Gesellschaft,News", «فوتبال، فوتسال»):
    /// its first part. WordPress's default category and sentence-length values (a teaser in itemprop=articleSection)
    /// are no section.
    /// </summary>
    private static string? SectionOf(string value)
    {
        var first = value.Split([',', '،', ';'], 2)[0].Trim();
        return first.Length is 0 or > 60 || DefaultCategories.Contains(first) ? null : first;
    }

    private static IReadOnlyList<string> DistinctIgnoringCase(IReadOnlyList<string> tags)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in tags)
        {
            if (!seen.Add(t))
            {
                return tags.Where(new HashSet<string>(StringComparer.OrdinalIgnoreCase).Add).ToList();
            }
        }

        return tags;
    }

    private static List<Author> FilterAuthors(IReadOnlyList<Author> authors, List<string?> siteNames)
    {
        var kept = new List<Author>(authors.Count);
        foreach (var author in authors)
        {
            var names = AuthorNames.Tidy(author.Name);
            foreach (var found in names)
            {
                var name = AuthorNames.WithoutOutlet(found, siteNames);
                if (!name.Contains(" | ", StringComparison.Ordinal) && !siteNames.Any(s => TextTools.SameText(name, s)) && !name.All(c => char.IsDigit(c) || c == ' '))
                {
                    // A byline split into names has no one address for each of them.
                    kept.Add(name == author.Name ? author : author with { Name = name, Url = names.Count == 1 ? author.Url : null });
                }
            }
        }

        // "Alexander Karper; LAOLA1.at": beside a person's name, the site's address is no second author. Alone it
        // stays: a page that names only its publisher has still said who wrote it.
        if (kept.Count > 1 && kept.Any(a => !AuthorNames.IsAddress(a.Name)))
        {
            kept.RemoveAll(a => AuthorNames.IsAddress(a.Name));
        }

        return kept;
    }

    private static string? PickLanguage(CandidateSet set, string sample, List<FieldProvenance> provenance, List<ParseDiagnostic> diagnostics)
    {
        var fromText = LanguageTools.FromScript(sample);
        var marked = set.Language.FirstOrDefault();
        if (marked is not null)
        {
            // An Iranian agency's English edition under its Persian template's lang="fa": not one Persian letter.
            if (fromText is null && LanguageTools.IsRtl(marked.Value) && LanguageTools.FromWords(sample) is { } latin
                && LanguageTools.HasNoRtlLetter(sample))
            {
                diagnostics.Add(new ParseDiagnostic { Code = "language.conflict", Field = "language", Severity = DiagnosticSeverity.Info, Message = $"The markup says '{marked.Value}' ({marked.Detail}) but the text has no right-to-left letter and reads as '{latin}'; the text wins." });
                provenance.Add(new FieldProvenance { Field = "language", Source = FieldSource.VisibleText, Detail = "function words of the text" });
                return latin;
            }

            if (LanguageTools.TextOverridesMarkup(marked.Value, fromText))
            {
                diagnostics.Add(new ParseDiagnostic { Code = "language.conflict", Field = "language", Severity = DiagnosticSeverity.Info, Message = $"The markup says '{marked.Value}' ({marked.Detail}) but the text is written in '{fromText}'; the text wins." });
                provenance.Add(new FieldProvenance { Field = "language", Source = FieldSource.VisibleText, Detail = "script of the text" });
                return fromText;
            }

            provenance.Add(new FieldProvenance { Field = "language", Source = marked.Source, Detail = marked.Detail });
            return marked.Value;
        }

        if (fromText is not null)
        {
            provenance.Add(new FieldProvenance { Field = "language", Source = FieldSource.VisibleText, Detail = "script of the text" });
            return fromText;
        }

        // No markup and a Latin (or no) script: the function words of the text, when one language clearly has most.
        var fromWords = LanguageTools.FromWords(sample);
        if (fromWords is not null)
        {
            provenance.Add(new FieldProvenance { Field = "language", Source = FieldSource.VisibleText, Detail = "function words of the text" });
        }

        return fromWords;
    }

    private static TextDirection? PickDirection(IDocument document, string? language, string sample, List<FieldProvenance> provenance)
    {
        foreach (var e in (ReadOnlySpan<IElement?>)[document.DocumentElement, document.Body])
        {
            var dir = e?.GetAttribute("dir")?.Trim();
            if (string.Equals(dir, "rtl", StringComparison.OrdinalIgnoreCase) || string.Equals(dir, "ltr", StringComparison.OrdinalIgnoreCase))
            {
                var d = string.Equals(dir, "rtl", StringComparison.OrdinalIgnoreCase) ? TextDirection.Rtl : TextDirection.Ltr;

                // A page-wide dir=ltr over right-to-left text (old Persian pages) is not the text's direction.
                var fromText = LanguageTools.DirectionOf(sample);
                if (fromText is null || fromText == d)
                {
                    provenance.Add(new FieldProvenance { Field = "direction", Source = FieldSource.Meta, Detail = e!.LocalName + "[dir]" });
                    return d;
                }
            }
        }

        if (ClassNames.HasToken(document.Body?.ClassName, "rtl"))
        {
            provenance.Add(new FieldProvenance { Field = "direction", Source = FieldSource.Meta, Detail = "body.rtl" });
            return TextDirection.Rtl;
        }

        var textDir = LanguageTools.DirectionOf(sample);
        if (textDir is not null)
        {
            provenance.Add(new FieldProvenance { Field = "direction", Source = FieldSource.VisibleText, Detail = "letters of the text" });
            return textDir;
        }

        if (language is not null)
        {
            provenance.Add(new FieldProvenance { Field = "direction", Source = FieldSource.Meta, Detail = "from the language" });
            return LanguageTools.IsRtl(language) ? TextDirection.Rtl : TextDirection.Ltr;
        }

        return null;
    }

    /// <summary>
    /// Runs one reader that adds to the article without carrying it (a metadata layer, the site rule, the visible
    /// page's bylines and dates, the headline lists). An exception there is a bug of ours that this page brought out,
    /// not a fault of the page: it becomes an <c>extractor.failed</c> error naming the reader, and the article is given
    /// with what the other readers found, instead of the whole parse failing.
    /// </summary>
    internal static T Guard<T>(List<ParseDiagnostic> diagnostics, string reader, Func<T> read, T fallback)
    {
        try
        {
            return read();
        }
#pragma warning disable CA1031 // One reader's bug must not cost the caller the whole article: it is reported as an error diagnostic.
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
#pragma warning restore CA1031
        {
            diagnostics.Add(new ParseDiagnostic
            {
                Code = "extractor.failed",
                Severity = DiagnosticSeverity.Error,
                Message = $"{char.ToUpperInvariant(reader[0])}{reader[1..]} stopped with {e.GetType().Name} ({e.Message}); the article is given without what it would have added.",
            });
            return fallback;
        }
    }

    /// <inheritdoc cref="Guard{T}(List{ParseDiagnostic}, string, Func{T}, T)"/>
    internal static void Guard(List<ParseDiagnostic> diagnostics, string reader, Action read) =>
        Guard(diagnostics, reader, () => { read(); return true; }, false);

    internal static ParseDiagnostic Missing(string field, DiagnosticSeverity severity, string message) => new()
    {
        Code = field + ".missing",
        Field = field,
        Severity = severity,
        Message = message,
    };

    /// <summary>The order in which layers are trusted, per field (first wins).</summary>
    internal static class Priority
    {
        public static readonly FieldSource[] SiteName = [FieldSource.SiteRule, FieldSource.OpenGraph, FieldSource.JsonLd, FieldSource.Meta, FieldSource.TwitterCard];
        public static readonly FieldSource[] Kicker = [FieldSource.SiteRule, FieldSource.VisibleText];
        public static readonly FieldSource[] Lead = [FieldSource.SiteRule, FieldSource.VisibleText, FieldSource.JsonLd, FieldSource.OpenGraph, FieldSource.TwitterCard, FieldSource.Meta, FieldSource.Microdata, FieldSource.Generic];
        public static readonly FieldSource[] Id = [FieldSource.SiteRule, FieldSource.JsonLd, FieldSource.Meta, FieldSource.Url, FieldSource.VisibleText];
        public static readonly FieldSource[] Section = [FieldSource.SiteRule, FieldSource.JsonLd, FieldSource.OpenGraph, FieldSource.Microdata, FieldSource.Meta, FieldSource.VisibleText];
        public static readonly FieldSource[] Published = [FieldSource.SiteRule, FieldSource.JsonLd, FieldSource.OpenGraph, FieldSource.Meta, FieldSource.Microdata, FieldSource.TimeElement, FieldSource.VisibleText, FieldSource.Url];
        public static readonly FieldSource[] Modified = [FieldSource.SiteRule, FieldSource.JsonLd, FieldSource.OpenGraph, FieldSource.Meta, FieldSource.Microdata, FieldSource.TimeElement, FieldSource.VisibleText];
        public static readonly FieldSource[] Authors = [FieldSource.SiteRule, FieldSource.JsonLd, FieldSource.Microdata, FieldSource.VisibleText, FieldSource.OpenGraph, FieldSource.Meta, FieldSource.TwitterCard];
        public static readonly FieldSource[] Tags = [FieldSource.SiteRule, FieldSource.JsonLd, FieldSource.OpenGraph, FieldSource.Microdata, FieldSource.Meta, FieldSource.VisibleText];
        public static readonly FieldSource[] Image = [FieldSource.SiteRule, FieldSource.JsonLd, FieldSource.OpenGraph, FieldSource.TwitterCard, FieldSource.Microdata];
    }

    /// <summary>Picks one candidate per field by priority and records its provenance.</summary>
    private sealed class Merger(List<FieldProvenance> provenance)
    {
        public string? Pick(string field, List<Candidate<string>> candidates, FieldSource[] order, Func<string, string?>? clean = null)
        {
            foreach (var c in Ordered(candidates, order))
            {
                var value = clean is null ? c.Value : clean(c.Value);
                if (!string.IsNullOrEmpty(value))
                {
                    provenance.Add(new FieldProvenance { Field = field, Source = c.Source, Detail = c.Detail });
                    return value;
                }
            }

            return null;
        }

        public T? PickValue<T>(string field, List<Candidate<T>> candidates, FieldSource[] order)
            where T : class
        {
            var c = Ordered(candidates, order).FirstOrDefault();
            if (c is not null)
            {
                provenance.Add(new FieldProvenance { Field = field, Source = c.Source, Detail = c.Detail });
            }

            return c?.Value;
        }

        public IReadOnlyList<T> PickList<T>(string field, List<Candidate<IReadOnlyList<T>>> candidates, FieldSource[] order) =>
            PickValue(field, candidates, order) ?? [];

        private static string AssumedZone(DateTimeOffset value) =>
            value.Offset == TimeSpan.Zero ? "UTC" : "Tehran time (" + value.ToString("zzz", CultureInfo.InvariantCulture) + ", the zone of a Jalali date)";

        public DateTimeOffset? PickDate(string field, List<Candidate<string>> candidates, FieldSource[] order, PageClock clock, List<ParseDiagnostic> diagnostics, string? zoneReason)
        {
            foreach (var c in Ordered(candidates, order))
            {
                var relative = false;
                var ok = c.Source is FieldSource.SiteRule or FieldSource.VisibleText
                    ? DateReader.TryReadVisible(c.Value, clock, out var value, out var assumed, out relative)
                    : DateReader.TryRead(c.Value, clock, out value, out assumed);
                if (!ok)
                {
                    var why = clock.FetchedAt is null && DateReader.IsRelative(c.Value)
                        ? " It is relative to when the page was served; give the parser the fetch time (fetchedAt) to read it."
                        : string.Empty;
                    diagnostics.Add(new ParseDiagnostic { Code = field + ".unreadable", Field = field, Severity = DiagnosticSeverity.Info, Message = $"The date '{c.Value}' ({c.Source}: {c.Detail}) could not be read.{why}" });
                    continue;
                }

                // A CMS's empty timestamp is no date: the Unix epoch («1970-01-01T01:00:00+01:00»), .NET's and SQL's
                // defaults («0001-01-01», «1900-01-01»).
                if (DateReader.IsPlaceholder(value))
                {
                    diagnostics.Add(new ParseDiagnostic { Code = field + ".placeholder", Field = field, Severity = DiagnosticSeverity.Warning, Message = $"The date '{c.Value}' ({c.Source}: {c.Detail}) is an empty timestamp's placeholder ({value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}), not a date; it was ignored." });
                    continue;
                }

                if (zoneReason is not null && !relative && !assumed && HasNoOffset(c))
                {
                    var zoneRead = string.Format(CultureInfo.InvariantCulture, PageZones.Describe(clock.Zone), value.ToString("zzz", CultureInfo.InvariantCulture));
                    diagnostics.Add(new ParseDiagnostic { Code = field + ".zone-inferred", Field = field, Severity = DiagnosticSeverity.Info, Message = $"The date '{c.Value}' has no offset; it was read as {zoneRead}, as {zoneReason}." });
                }

                if (relative)
                {
                    diagnostics.Add(new ParseDiagnostic { Code = field + ".relative", Field = field, Severity = DiagnosticSeverity.Info, Message = $"The page prints the date as '{c.Value}', relative to when it was served; it was read against the fetch time {clock.FetchedAt!.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)} and is only as precise as its unit." });
                }
                else if (assumed)
                {
                    diagnostics.Add(new ParseDiagnostic { Code = field + ".zone-assumed", Field = field, Severity = DiagnosticSeverity.Warning, Message = $"The date '{c.Value}' has no offset and the page's time zone is unknown; it was read as {AssumedZone(value)}." });
                }

                // A printed date has minutes only; a machine date of the same minute is the same instant, to the second.
                if (c.Source is FieldSource.SiteRule or FieldSource.VisibleText && value.Second == 0)
                {
                    foreach (var other in candidates)
                    {
                        if (other.Source is FieldSource.SiteRule or FieldSource.VisibleText or FieldSource.Url ||
                            !DateReader.TryRead(other.Value, clock, out var precise, out var preciseAssumed) || preciseAssumed)
                        {
                            continue;
                        }

                        if (precise != value && (precise - value).Duration() < TimeSpan.FromMinutes(1))
                        {
                            provenance.Add(new FieldProvenance { Field = field, Source = other.Source, Detail = other.Detail + " (the same minute as " + c.Detail + ")" });
                            return precise;
                        }
                    }
                }

                // A date without a time of day (its midnight) that another layer gives to the second on the same day
                // («17.09.2019» printed beside the h1, "2019-09-17T14:54:31+02:00" in the page's JSON-LD): the same
                // date, only more precise.
                if (value.TimeOfDay == TimeSpan.Zero && !assumed)
                {
                    foreach (var other in Ordered(candidates, order))
                    {
                        if (ReferenceEquals(other, c) || other.Source == FieldSource.Url
                            || !TryReadCandidate(other, clock, out var timed, out var timedAssumed) || timedAssumed || timed.TimeOfDay == TimeSpan.Zero)
                        {
                            continue;
                        }

                        if (timed.ToOffset(value.Offset).Date == value.Date)
                        {
                            provenance.Add(new FieldProvenance { Field = field, Source = other.Source, Detail = other.Detail + " (the time of day of " + c.Detail + "'s date)" });
                            return timed;
                        }
                    }
                }

                provenance.Add(new FieldProvenance { Field = field, Source = c.Source, Detail = c.Detail });
                return value;
            }

            return null;
        }

        // Whether a date's text gives no offset of its own (read without a zone, it is an assumption).
        private static bool HasNoOffset(Candidate<string> c) => TryReadCandidate(c, PageZone.Unknown, out _, out var assumed) && assumed;

        // Printed dates (site rules, the visible page) are read as a reader sees them; the others as machine dates.
        private static bool TryReadCandidate(Candidate<string> c, PageClock clock, out DateTimeOffset value, out bool assumed) =>
            c.Source is FieldSource.SiteRule or FieldSource.VisibleText
                ? DateReader.TryReadVisible(c.Value, clock, out value, out assumed)
                : DateReader.TryRead(c.Value, clock, out value, out assumed);

        private static IEnumerable<Candidate<T>> Ordered<T>(List<Candidate<T>> candidates, FieldSource[] order)
        {
            foreach (var source in order)
            {
                foreach (var c in candidates)
                {
                    if (c.Source == source)
                    {
                        yield return c;
                    }
                }
            }
        }
    }
}

/// <summary>Cleans a site name: «خبرگزاری ایسنا | صفحه اصلی | ISNA» → «خبرگزاری ایسنا».</summary>
internal static class SiteNameTools
{
    private static readonly string[] TaglineSeparators = [" – ", " — ", " - "];

    /// <summary>
    /// A site's name as a page gives it, without the page's own headline: some pages write their <c>&lt;title&gt;</c>
    /// in og:site_name ("Achtsam durch die Krise | Die FURCHE" gives "Die FURCHE") or the headline of their h1 in
    /// application-name (null: no name at all). A headline here has four words at least: a short h1 or og:title equal
    /// to the name is the site's logo or a stale title, and the name stands. Otherwise the name as it is.
    /// </summary>
    /// <param name="name">The name a layer gives.</param>
    /// <param name="h1s">The page's h1 texts.</param>
    /// <param name="titles">The metadata titles and the h1 texts.</param>
    public static string? WithoutHeadline(string name, IReadOnlyList<string> h1s, IReadOnlyList<string> titles)
    {
        if (IsHeadline(name, h1s))
        {
            return null;
        }

        // The separators a title parts its headline from a site's name with.
        foreach (var sep in TitleChooser.Separators)
        {
            var at = name.IndexOf(sep, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var tail = name[(at + sep.Length)..].Trim();
            if (tail.Length > 0 && IsHeadline(name[..at], titles))
            {
                return tail;
            }

            var last = name.LastIndexOf(sep, StringComparison.Ordinal);
            if (name[..last].Trim() is { Length: > 0 } front && IsHeadline(name[(last + sep.Length)..], titles))
            {
                return front;
            }
        }

        return name;
    }

    private static bool IsHeadline(string part, IReadOnlyList<string> titles) =>
        part.AsSpan().Trim().Count(' ') >= 3 && titles.Any(t => TextTools.SameText(t, part.Trim()));

    /// <summary>
    /// The site's name without a tagline after it ("Anglerboard – Forum mit den besten Tipps zum Angeln", "Name |
    /// Slogan") or a scheme before it ("https://www.fr.de"). An acronym before a dash is kept with what it stands for
    /// ("DHB - Deutscher Handball Bund"), and so is a short tail ("LN - Lübecker Nachrichten": the name itself).
    /// </summary>
    public static string? Clean(string name)
    {
        var n = TextTools.Clean(name);
        var bar = n.IndexOf('|', StringComparison.Ordinal);
        if (bar > 0)
        {
            n = n[..bar].Trim();
        }

        foreach (var sep in TaglineSeparators)
        {
            var at = n.IndexOf(sep, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var head = n[..at].Trim();
            var tail = n[(at + sep.Length)..];
            var acronym = head.Length <= 6 && head.All(c => !char.IsLetter(c) || char.IsUpper(c));
            if (head.Any(char.IsLetter) && !acronym && head.Length <= 30 && tail.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            {
                n = head;
            }

            break;
        }

        if (n.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || n.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            n = n[(n.IndexOf("//", StringComparison.Ordinal) + 2)..].TrimEnd('/');
        }

        return n.Length > 0 ? n : null;
    }
}

/// <summary>Ids and dates in the page's address: <c>/news/6919119/…</c>, <c>/fa/news/1398/02/30/2015910/…</c>, <c>/news/d1Gjx/…</c>.</summary>
internal static class UrlLayer
{
    /// <param name="path">The address' path ("/fa/news/…").</param>
    /// <param name="set">Where the candidates go.</param>
    /// <param name="detail">The provenance detail of an id, before the segment's name.</param>
    public static void Read(string path, CandidateSet set, string detail)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        // A Gregorian date path /2024/03/07/ (a date without a time: the last resort for the published date).
        for (var i = 0; i + 2 < segments.Length; i++)
        {
            var year = segments[i];
            if (IsNumber(year, 4) && (year.StartsWith("19", StringComparison.Ordinal) || year.StartsWith("20", StringComparison.Ordinal)) &&
                IsNumber(segments[i + 1], 1, 2) && IsNumber(segments[i + 2], 1, 2) &&
                int.Parse(segments[i + 1], CultureInfo.InvariantCulture) is >= 1 and <= 12 && int.Parse(segments[i + 2], CultureInfo.InvariantCulture) is >= 1 and <= 31)
            {
                set.Published.Add(new Candidate<string>($"{year}-{segments[i + 1].PadLeft(2, '0')}-{segments[i + 2].PadLeft(2, '0')}", FieldSource.Url, "date in the path"));
                break;
            }
        }

        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (!segments[i].Equals("news", StringComparison.OrdinalIgnoreCase) && !segments[i].Equals("article", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var j = i + 1;

            // A date path /YYYY/MM/DD/ between "news" and the id.
            if (j + 3 < segments.Length && IsNumber(segments[j], 4) && IsNumber(segments[j + 1], 1, 2) && IsNumber(segments[j + 2], 1, 2))
            {
                j += 3;
            }

            // A year («/news/2022/cup-vorschau…») or a day («/article/20211103/…», «/article/news/20220426/…») names no
            // article.
            var candidate = segments[j];
            if (IsYearOrDay(candidate))
            {
                continue;
            }

            if ((IsNumber(candidate, 4, 20)) || (candidate.Length is >= 4 and <= 12 && candidate.All(char.IsAsciiLetterOrDigit) && candidate.Any(char.IsAsciiDigit) && candidate.Any(char.IsAsciiLetter)))
            {
                set.Id.Add(new Candidate<string>(candidate, FieldSource.Url, detail + segments[i] + "/"));
                return;
            }
        }
    }

    /// <summary>
    /// The id a CMS writes into an address with no "news" or "article" before it: a number of five to twelve digits that
    /// is the last segment («/stories/3017954/»), opens it («/453207266-sazerac-…», «/8156148,dezubekizacja-…») or closes
    /// it («…-ins-stadtzentrum-33328852», «…-367167.html»), else a number segment before the slug («/183131/eurostat-…»);
    /// or a query's <c>p</c>, <c>id</c>, <c>nid</c>, <c>newsid</c>, <c>articleid</c> («?p=31228»). Not a day (YYYYMMDD,
    /// DDMMYYYY, or YYMMDD as «220126_PM_Telegram» opens a name) nor digits the headline holds: a slug ends with its
    /// title's numbers («…-aalen-unterkochen-1952007» for «… 19.5.2007», «…-im-jagdjahr-202020»). Null when none.
    /// </summary>
    public static string? NumberId(string path, string query, string? title)
    {
        var titleDigits = title is null ? string.Empty : string.Concat(title.Where(char.IsAsciiDigit));
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq].ToLowerInvariant() is "p" or "id" or "nid" or "newsid" or "articleid" && IsNumber(pair[(eq + 1)..], 3, 12))
            {
                return pair[(eq + 1)..];
            }
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var last = segments[^1];
        var dot = last.LastIndexOf('.');
        if (dot > 0 && last[(dot + 1)..].ToLowerInvariant() is "html" or "htm" or "shtml" or "php" or "aspx" or "asp" or "jsp")
        {
            last = last[..dot];
        }

        var n = 0;
        while (n < last.Length && char.IsAsciiDigit(last[n]))
        {
            n++;
        }

        // A number that opens the name: not a short day before a word («220126_PM_Telegram»).
        if ((n == last.Length || last[n] is '-' or ',' or '_') && Id(last[..n]) is { } opening && !(n < last.Length && IsShortDay(opening)))
        {
            return opening;
        }

        var start = last.Length;
        while (start > 0 && char.IsAsciiDigit(last[start - 1]))
        {
            start--;
        }

        if (start > 0 && start < last.Length && last[start - 1] is '-' or '_' && Id(last[start..]) is { } closing && !IsShortDay(closing))
        {
            return closing;
        }

        return segments.Length > 1 && segments[^2].All(char.IsAsciiDigit) ? Id(segments[^2]) : null;

        string? Id(string digits) => IsNumber(digits, 5, 12) && !IsYearOrDay(digits) && !IsDayFirst(digits) && !titleDigits.Contains(digits, StringComparison.Ordinal) ? digits : null;
    }

    // «08112021»: a day written DDMMYYYY.
    private static bool IsDayFirst(string s) =>
        IsNumber(s, 8) && int.Parse(s.AsSpan(0, 2), CultureInfo.InvariantCulture) is >= 1 and <= 31
        && int.Parse(s.AsSpan(2, 2), CultureInfo.InvariantCulture) is >= 1 and <= 12 && s[4] is '1' or '2' && s[5] is '9' or '0';

    // «220126», «180301»: a day written YYMMDD (a year from 2000 to 2039).
    private static bool IsShortDay(string s) =>
        IsNumber(s, 6) && s[0] is >= '0' and <= '3'
        && int.Parse(s.AsSpan(2, 2), CultureInfo.InvariantCulture) is >= 1 and <= 12 && int.Parse(s.AsSpan(4, 2), CultureInfo.InvariantCulture) is >= 1 and <= 31;

    // «2022», «20211103»: a year from 1900 or a day written YYYYMMDD.
    private static bool IsYearOrDay(string s) =>
        (IsNumber(s, 4) && s[0] is '1' or '2' && s[1] is '9' or '0')
        || (IsNumber(s, 8) && s[0] is '1' or '2' && s[1] is '9' or '0'
            && int.Parse(s.AsSpan(4, 2), CultureInfo.InvariantCulture) is >= 1 and <= 12 && int.Parse(s.AsSpan(6, 2), CultureInfo.InvariantCulture) is >= 1 and <= 31);

    private static bool IsNumber(string s, int min, int max = -1) =>
        s.Length >= min && s.Length <= (max < 0 ? min : max) && s.All(char.IsAsciiDigit);
}
