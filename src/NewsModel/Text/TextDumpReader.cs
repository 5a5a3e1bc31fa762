using System.Globalization;
using System.Text;
using NewsModel.Dates;
using NewsModel.Extraction;
using NewsModel.Extraction.Content;
using NewsModel.Extraction.Metadata;
using NewsModel.Html;
using NewsModel.Persian;

namespace NewsModel.Text;

/// <summary>
/// Reads one text dump. Works from the structure that crawlers' dumps share, not from any one site: the body is the
/// largest run of long sentence lines; the title is the title-like line just before it (preferring one the dump
/// repeats, or the document title line at the top starts with); the news code and date are short labelled lines near
/// the title; the lead is the first sentence paragraph under the title; the body stops at the first label line
/// (report-error, comment form, moderation notice, «پربازدید», analytics). Lives for one parse.
/// </summary>
internal sealed partial class TextDumpReader
{
    private const int LongLineWords = 15;
    private const int MetadataWindow = 12;

    private readonly List<DumpLine> _lines;
    private readonly Uri? _url;
    private readonly NewsDateParser _dates;
    private readonly List<FieldProvenance> _provenance = [];
    private readonly List<ParseDiagnostic> _diagnostics = [];
    private readonly Dictionary<int, bool> _runs = [];

    private readonly Func<DateTime, DateTimeOffset> _midnight;
    private readonly PageZone _zone;
    private readonly string? _zoneReason;

    // The dump's first line with text, and the document title it is (the page's <title>, which WET and most dumps write
    // first) when it is no longer than a title.
    private readonly DumpLine? _first;
    private readonly DocumentTitle? _documentTitle;

    /// <param name="text">The dump.</param>
    /// <param name="url">The page's address, when known.</param>
    /// <param name="dates">The date parser (its options carry the zone).</param>
    /// <param name="midnight">Turns a local date without a time into an instant in the page's zone.</param>
    /// <param name="zone">The dump's zone: <see cref="PageZone.Unknown"/> when its times are read as UTC for want of one.</param>
    /// <param name="zoneReason">Why the zone was inferred from the dump's language or address, for a diagnostic; null
    /// for the zones of Persian dumps and the caller's.</param>
    public TextDumpReader(string text, Uri? url, NewsDateParser dates, Func<DateTime, DateTimeOffset> midnight, PageZone zone = PageZone.Tehran, string? zoneReason = null)
    {
        _lines = DumpText.Split(text);
        _url = url;
        _dates = dates;
        _midnight = midnight;
        _zone = zone;
        _zoneReason = zoneReason;
        _first = _lines.FirstOrDefault(l => !l.IsBlank);
        _documentTitle = _first is { Words: <= 30 } ? DocumentTitle.Of(_first.Text) : null;
    }

    public IReadOnlyList<ParseDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Reads the article.</summary>
    /// <param name="cleanerFor">The text fix for a dump in the language given (null when it could not be told),
    /// applied to every text field: the Persian normalizer must not touch Arabic, Pashto or Urdu letters.</param>
    /// <param name="readHeadlines">Whether to read the dump's headline runs.</param>
    public Article Read(Func<string?, Func<string, string>> cleanerFor, bool readHeadlines)
    {
        var (titleAt, bodyStart) = FindTitleAndStart();

        string? title = null;
        string? kicker = null;
        if (titleAt >= 0)
        {
            title = _lines[titleAt].Text;
            Provide("title", titleAt == 0 ? "document title line" : "title line");
            var before = PreviousNonBlank(titleAt - 1);
            if (before >= 0 && IsKicker(_lines[before]))
            {
                kicker = _lines[before].Text;
                Provide("kicker", "line above the title");
            }
        }
        else if (TitleFromFirstLine() is { } first)
        {
            title = first;
            Provide("title", "document title line");
        }

        var (leadAt, paragraphs) = ReadBody(titleAt, bodyStart);
        var lead = leadAt >= 0 ? _lines[leadAt].Text : null;
        if (lead is not null)
        {
            Provide("lead", "first paragraph under the title");
        }

        var windowStart = Math.Max(0, (titleAt >= 0 ? titleAt : bodyStart) - MetadataWindow);
        var windowEnd = FirstBodyLine(leadAt, paragraphs, bodyStart);
        var id = FindId(windowStart, windowEnd);
        var (published, modified) = FindDates(windowStart, windowEnd, titleAt, leadAt);
        if (published is null && paragraphs.Count > 0)
        {
            published = DateAfterText(paragraphs[^1].Line);
        }

        var body = paragraphs.Select(p => p.Block).ToList();
        var reportedBy = FindReportedBy(lead, body);
        var reportedDetail = "the opening of the text";
        if (reportedBy is null && FindSourceLine(paragraphs) is { } sourceLine)
        {
            (reportedBy, reportedDetail) = (sourceLine, "a source line after the text");
        }

        string? siteName = null;
        if (reportedBy is { } reporter)
        {
            Provide("reportedBy", reportedDetail);
            if (reporter.Plain)
            {
                siteName = reporter.Name;
                Provide("siteName", "«به گزارش …» opening");
            }
        }

        var headlines = readHeadlines ? FindHeadlines(titleAt, paragraphs) : [];
        if (readHeadlines && LineLists() is { Count: > 0 } dated)
        {
            headlines.AddRange(dated);
            Provide("headlines", "dated headline lines, or teasers over «more» links");

            // A page of such lists, no date and no text of its own: a homepage or section page, as the HTML parser says
            // of one; its teaser lists are the page's.
            var items = dated.Sum(l => l.Items.Count);
            var textLength = paragraphs.Sum(p => p.Block.ToPlainText().Length);
            if (published is null && (textLength == 0 || dated.Sum(l => l.Items.Sum(h => h.Title.Length)) >= textLength))
            {
                for (var k = headlines.Count - dated.Count; k < headlines.Count; k++)
                {
                    if (headlines[k].Kind == HeadlineListKind.Other)
                    {
                        headlines[k] = headlines[k] with { Kind = HeadlineListKind.Page };
                    }
                }

                _diagnostics.Add(new ParseDiagnostic
                {
                    Code = "page.list",
                    Field = "headlines",
                    Severity = DiagnosticSeverity.Info,
                    Message = $"The dump looks like a homepage or section page, not an article: its {items} headlines are in Headlines.",
                });
            }
        }

        var tags = FindTags(paragraphs.Count > 0 ? paragraphs[^1].Line : windowEnd);
        var section = FindSection(titleAt, title);

        // The language from the letters of the title, lead and body as the dump wrote them (of its first lines when it
        // has no body), or from Latin-script function words.
        var sample = LanguageSample(title, lead, body);
        var language = LanguageTools.FromText(sample, out var languageDetail);
        var direction = LanguageTools.DirectionOf(sample);
        var clean = cleanerFor(language);
        var authors = FindAuthors(titleAt, leadAt, windowEnd, paragraphs, language is "fa" or "prs");
        if (authors.Count == 0 && language is "fa" or "prs" && paragraphs.Count > 0)
        {
            authors = FindCredits(paragraphs[^1].Line);
        }

        var cleanedBody = body.Select(b => b switch
        {
            ParagraphBlock p => p with { Text = clean(p.Text) },
            HeadingBlock h => h with { Text = clean(h.Text) },
            ListBlock l => l with { Items = l.Items.Select(clean).ToList() },
            _ => b,
        }).ToList();
        if (cleanedBody.Count > 0)
        {
            Provide("body", "paragraph lines");
        }

        if (language is not null)
        {
            Provide("language", languageDetail!);
        }

        if (direction is not null)
        {
            Provide("direction", "letters of the text");
        }

        return new Article
        {
            Url = _url,
            Authors = authors.Select(a => a with { Name = clean(a.Name) }).ToList(),
            Tags = tags.Select(clean).ToList(),
            Section = section is null ? null : clean(section),
            SiteName = siteName is null ? null : clean(siteName),
            ReportedBy = reportedBy is { } named ? clean(named.Name) : null,
            Language = language,
            Direction = direction,
            Id = id,
            Kicker = kicker is null ? null : clean(kicker),
            Title = title is null ? null : clean(title),
            Lead = lead is null ? null : clean(lead),
            Body = cleanedBody,
            Text = string.Join("\n\n", cleanedBody.Select(b => b.ToPlainText()).Where(t => t.Length > 0)),
            Published = published,
            Modified = modified,
            Headlines = headlines.Select(list => list with
            {
                Name = list.Name,
                Items = list.Items.Select(h => h with { Title = clean(h.Title), Section = h.Section is null ? null : clean(h.Section) }).ToList(),
            }).ToList(),
            Provenance = _provenance,
        };
    }

    /// <summary>Up to 4,000 characters of the title, lead and body; the dump's first lines when those are short.</summary>
    private string LanguageSample(string? title, string? lead, List<Block> body)
    {
        const int Length = 4000;
        var sample = new StringBuilder();
        foreach (var part in new[] { title, lead }.Concat(body.Select(b => b.ToPlainText())))
        {
            if (sample.Length >= Length)
            {
                break;
            }

            sample.Append(part).Append(' ');
        }

        if (sample.Length < 200)
        {
            sample.Clear();
            foreach (var line in _lines.Take(400))
            {
                if (sample.Length >= Length)
                {
                    break;
                }

                sample.Append(line.Text).Append(' ');
            }
        }

        return sample.Length > Length ? sample.ToString(0, Length) : sample.ToString();
    }

    private void Provide(string field, string detail, FieldSource source = FieldSource.Text)
    {
        if (!_provenance.Any(p => p.Field == field))
        {
            _provenance.Add(new FieldProvenance { Field = field, Source = source, Detail = detail });
        }
    }

    private bool IsLong(DumpLine line) =>
        !line.Bullet && line.Words >= LongLineWords && !DumpLabels.IsBoilerplate(line.Text) && !IsRun(line) && !IsFurniture(line) && !IsListLine(line);

    // The headline lists the dump writes line by line (dated lines, teasers over "more" links), and their items by line;
    // built once, on first use.
    private List<HeadlineList>? _lineLists;
    private Dictionary<int, Headline>? _listItems;

    private bool IsListLine(DumpLine line) => ListsByLine().ContainsKey(line.Index);

    private Dictionary<int, Headline> ListsByLine()
    {
        if (_listItems is null)
        {
            (_lineLists, _listItems) = ([], []);
            FindDatedLists();
            FindTeaserLists();
        }

        return _listItems;
    }

    private List<HeadlineList> LineLists()
    {
        ListsByLine();
        return _lineLists!;
    }

    // Keeps a run of five items or more as a list of the kind given.
    private void KeepRun(List<(int Line, Headline Item)> run, HeadlineListKind kind)
    {
        if (run.Count >= 5)
        {
            _lineLists!.Add(new HeadlineList { Kind = kind, Items = run.Select(r => r.Item).ToList() });
            foreach (var (index, headline) in run)
            {
                _listItems!.TryAdd(index, headline);
            }
        }

        run.Clear();
    }

    /// <summary>
    /// Lists of the latest news as a dump writes them: five or more lines in a row (blank lines between them aside) that a
    /// date opens, newest first, and a headline follows («۱۳۸۹/۱۲/۱۹ , ۱۷:۳۱ عجم: مبارزه جدی با مواد مخدر …», «12.01.2022
    /// Bundesministerin Raab: …»). Each is a headline with its date; none of them is the article's text. A comment
    /// widget's dates jump about and an events calendar's rise: no list.
    /// </summary>
    private void FindDatedLists()
    {
        var run = new List<(int Line, Headline Item)>();
        foreach (var line in _lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (DatedHeadline(line) is { } item)
            {
                run.Add((line.Index, item));
                continue;
            }

            KeepFalling(run);
        }

        KeepFalling(run);
    }

    // Newest first, as a list of the latest news runs, or no list at all.
    private void KeepFalling(List<(int Line, Headline Item)> run)
    {
        if (!run.Zip(run.Skip(1)).All(p => p.Second.Item.Published <= p.First.Item.Published))
        {
            run.Clear();
        }

        KeepRun(run, HeadlineListKind.Latest);
    }

    // The link under each teaser of a homepage: «بیشتر», "Read more", «Weiterlesen» (keys, compared ignoring case).
    private static readonly HashSet<string> MoreLabels = new(
        new[] { "بیشتر", "ادامه مطلب", "ادامه خبر", "Weiterlesen", "Mehr", "Mehr lesen", "Read more", "More", "Continue reading", "Leer más", "Lire la suite" }
            .Select(DumpText.Key),
        StringComparer.OrdinalIgnoreCase);

    // A «بیشتر» / "Read more" / «Weiterlesen »» link on a line of its own, its arrow or ellipsis aside.
    private static bool IsMoreLink(string text) =>
        text.Length <= 30 && MoreLabels.Contains(DumpText.Key(text.Trim().TrimEnd('»', '›', '>', '…', '.', ' ')));

    /// <summary>
    /// A homepage's teasers as a dump writes them: a headline, then the «بیشتر» ("Read more") link on a line of its own,
    /// five times or more with at most six lines between two of them (55online.ir). The headlines are a list of the
    /// page's, and none of them is text.
    /// </summary>
    private void FindTeaserLists()
    {
        var run = new List<(int Line, Headline Item)>();
        var lastLabel = -1;
        var seen = 0;
        foreach (var line in _lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            seen++;
            if (lastLabel >= 0 && seen - lastLabel > 7)
            {
                KeepRun(run, HeadlineListKind.Other);
                lastLabel = -1;
            }

            if (!IsMoreLink(line.Text))
            {
                continue;
            }

            lastLabel = seen;
            var above = PreviousNonBlank(line.Index - 1);
            // Three words with letters at least: a table's row over a "more" link («Kalorien 434 kcal (21 %)») is none.
            if (above >= 0 && !_lines[above].Bullet && _lines[above].Words <= 30 && !IsMoreLink(_lines[above].Text)
                && _lines[above].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 3
                && !DumpLabels.IsBoilerplate(_lines[above].Text))
            {
                run.Add((above, new Headline { Title = _lines[above].Text.Trim() }));
            }
        }

        KeepRun(run, HeadlineListKind.Other);
    }

    // A line a date opens and a headline of two to thirty words follows.
    private Headline? DatedHeadline(DumpLine line)
    {
        if (line.Bullet || line.Words is < 3 or > 36 || line.Text.Length > 300 || line.Text.AsSpan().TrimStart().IsEmpty
            || !char.IsDigit(line.Text.AsSpan().TrimStart()[0]))
        {
            return null;
        }

        var matches = _dates.FindAll(line.Text);
        if (matches is not [var first, ..] || first.IsRelative || first.Start > 2 || IsForeignJalali(line.Text, first))
        {
            return null;
        }

        var rest = line.Text[first.End..].Trim().TrimStart(',', '،', '-', '–', '|', ':', '·').Trim();
        return DumpText.CountWords(rest) is >= 2 and <= 30 && rest.Any(char.IsLetter)
            ? new Headline { Title = rest, Published = first.Instant ?? _midnight(first.Local) }
            : null;
    }

    /// <summary>
    /// A long line that is the page's furniture, not its text: one the dump repeats three times or more (an embed's
    /// consent notice under every post, a newsletter box), or a row of share buttons («Auf Facebook teilen In Messenger
    /// teilen Auf Twitter teilen …»).
    /// </summary>
    private bool IsFurniture(DumpLine line)
    {
        _repeats ??= _lines.Where(l => l.Words >= LongLineWords).GroupBy(l => DumpText.Key(l.Text)).Where(g => g.Count() >= 3)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return (_repeats.Count > 0 && _repeats.Contains(DumpText.Key(line.Text))) || IsShareRow(line.Text) || IsSharePrompt(line);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareVerbs = new HashSet<string>(
        ["teilen", "teile", "share", "partager", "partagez", "compartir", "comparte", "condividi"], StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // A share button's prompt: a short line that asks to share and ends with «!» or a colon ("Share this:", «Gefällt
    // Ihnen, was Sie lesen? Teilen Sie diesen Beitrag!»).
    private static bool IsSharePrompt(DumpLine line)
    {
        var text = line.Text.AsSpan().Trim();
        if (line.Words > 10 || text.IsEmpty || text[^1] is not ('!' or ':'))
        {
            return false;
        }

        foreach (var range in text.Split(' '))
        {
            if (ShareVerbs.Contains(text[range].Trim(".,:!?")))
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string>? _repeats;

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "teilen", "share", "tweet", "twittern", "facebook", "twitter", "whatsapp", "messenger", "e-mail", "email", "mail", "pinterest",
        "linkedin", "xing", "telegram", "reddit", "flipboard", "drucken", "print", "pinnen", "pin", "kopieren", "copy", "link",
        "partager", "compartir", "condividi", "udostępnij",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareWordSpans = ShareWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Share buttons written as words: three or more, and two fifths of the line's words at least.
    private static bool IsShareRow(string text)
    {
        if (DumpText.EndsSentence(text))
        {
            return false;
        }

        int words = 0, shares = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan()[range].Trim(".,:|·•");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (ShareWordSpans.Contains(word))
            {
                shares++;
            }
        }

        return shares >= 3 && shares * 5 >= words * 2;
    }

    /// <summary>A headline run written on one line: followed by a list label, or splitting into three or more headlines.</summary>
    private bool IsRun(DumpLine line)
    {
        if (line.Words < 30)
        {
            return false;
        }

        if (_runs.TryGetValue(line.Index, out var known))
        {
            return known;
        }

        var run = IsRunUncached(line);
        _runs[line.Index] = run;
        return run;
    }

    private bool IsRunUncached(DumpLine line)
    {
        var next = NextNonBlank(line.Index + 1);
        if (next >= 0 && DumpLabels.IsListLabel(_lines[next].Text, out _))
        {
            return true;
        }

        return !DumpText.EndsSentence(line.Text) && HeadlineRun.Split(line.Text, _dates, _midnight).Count >= 3;
    }

    /// <summary>
    /// The title line and the first line of the text. The headline that the document title at the top names, with a
    /// long line under it, places both (the text starts under it, however large a block further down is: a recipe, a
    /// comment thread); without one, the main block of long lines places the text and the title is sought around it.
    /// </summary>
    private (int Title, int Start) FindTitleAndStart()
    {
        if (AnchoredTitle() is var anchored and >= 0)
        {
            return (anchored, NextLong(anchored + 1));
        }

        var start = MainBlock();
        var title = FindTitle(start);
        if (title >= start && start >= 0)
        {
            // The title is the block's first long line («Tagung: Institutionen revolutionärer Macht … (26. und 27. 2.
            // 2015, Eichstätt)») or follows a long line of the page's chrome: the text starts under it.
            start = NextLong(title + 1);
        }

        return (title, start);
    }

    /// <summary>
    /// The first title-like line the document title names with a long line among the eight lines under it; -1 if none.
    /// A line that is the headline part of the title exactly («Sazerac - alles über den Cocktail-Klassiker aus New
    /// Orleans» of «… - watson») wins over one the title only holds; the site's name after the last separator, and a
    /// part shorter than two fifths of the headline («Bergisch Gladbach»), name nothing.
    /// </summary>
    private int AnchoredTitle()
    {
        if (_documentTitle is not { } title)
        {
            return -1;
        }

        var partial = -1;
        var similar = -1;
        var bestSimilarity = 0.0;
        for (var i = _first!.Index + 1; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (line.IsBlank || line.Words > 30)
            {
                continue;
            }

            // The cheap test first: most lines are no part of the title.
            var key = DumpText.Key(line.Text);
            var match = title.Names(key);
            var similarity = 0.0;
            if (match == DocumentTitle.Match.None && partial < 0 && line.Words >= 3 && (similarity = title.Similarity(line.Text)) > bestSimilarity)
            {
                match = DocumentTitle.Match.Similar;
            }

            if (match == DocumentTitle.Match.None || (match == DocumentTitle.Match.Partial && partial >= 0))
            {
                continue;
            }

            // The headline itself may end with a period, and date, byline and share lines may stand between it and
            // the text (but no label of what follows a text, and not after the main block of text: a headline repeated
            // over a site's feed); a line the title only holds or resembles needs the text close under it.
            var near = IsTitleLike(line) && TextResumes(i + 1, 8, inText: false) >= 0;
            if (match == DocumentTitle.Match.Exact
                && (near || (title.IsHeadline(key) && IsTitleLike(line, sentence: true) && TextResumes(i + 1, 20) >= 0 && !(MainBlock() is >= 0 and var main && main < i))))
            {
                return i;
            }

            if (!near)
            {
                continue;
            }

            if (match == DocumentTitle.Match.Partial)
            {
                partial = i;
            }
            else
            {
                // The most alike wins: a breadcrumb before the headline («Home Issues Prison official: …») is less so.
                (similar, bestSimilarity) = (i, similarity);
            }
        }

        return partial >= 0 ? partial : similar;
    }

    private int? _mainBlock;

    private int MainBlock() => _mainBlock ??= FindContentStart();

    /// <summary>
    /// The first line of the main block of long lines (gaps of up to three short lines allowed): the block with the
    /// most words, counting triple when a news-code line or the document's title stands just above it (so a long
    /// live report or comment thread further down does not win over the article).
    /// </summary>
    private int FindContentStart()
    {
        int bestStart = -1, start = -1, words = 0, gap = 0;
        double bestScore = 0, weight = 1;
        foreach (var line in _lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (IsLong(line))
            {
                if (start < 0)
                {
                    start = line.Index;
                    words = 0;
                    weight = HasAnchorAbove(start) ? 3 : 1;
                }

                words += line.Words;
                gap = 0;
                if (words * weight > bestScore)
                {
                    bestScore = words * weight;
                    bestStart = start;
                }
            }
            else if (start >= 0 && (++gap > 3 || (!line.Bullet && DumpLabels.IsBoilerplate(line.Text))))
            {
                start = -1;
                gap = 0;
            }
        }

        return bestStart;
    }

    /// <summary>Whether a news-code line, or a line the document title at the top starts with, is among the 15 lines above.</summary>
    private bool HasAnchorAbove(int index)
    {
        var firstKey = _lines.Count > 0 ? DumpText.Key(_lines[0].Text) : string.Empty;
        var seen = 0;
        for (var i = index - 1; i >= 1 && seen < 15; i--)
        {
            var line = _lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            seen++;
            if (NewsCode.IsMatch(line.Text))
            {
                return true;
            }

            var key = DumpText.Key(line.Text);
            if (!line.Bullet && key.Length >= 12 && firstKey.StartsWith(key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A label ("Follow Us:", «Suche nach:»), a credit («© Oli Scarff/Getty Images») or a byline («خبرنگار: مریم احمدی»,
    // «Von Roland Brockmann») is no title.
    private bool IsTitleLike(DumpLine line, bool sentence = false) =>
        !line.Bullet && line.Words is >= 2 and <= 30 && (sentence || !EndsWithPeriod(line.Text)) && !DumpLabels.IsBoilerplate(line.Text)
        && line.Text.AsSpan().Trim() is [not '©', .., not ':'] and not ['(', .., ')'] && !IsCredit(line.Text)
        && !NewsCode.IsMatch(line.Text) && !IsMostlyDate(line.Text) && !OpensWithDate(line.Text)
        && !IsByline(line);

    // A line a byline reader takes for a byline («Von Jan Kupitz | Oct 24, 2023 | …», «خبرنگار: …»).
    private static bool IsByline(DumpLine line) =>
        LabelledByline.FromLines(line.Text, [], persian: LanguageTools.HasArabicScript(line.Text), out _) is not null;

    /// <summary>Headlines may end with «!» or «؟»; a line ending with a period is a sentence, not a title.</summary>
    private static bool EndsWithPeriod(string text)
    {
        var t = text.TrimEnd('»', '"', '\'', '”', ' ');
        return t.Length > 0 && t[^1] is '.' or '…';
    }

    // «01.02.2022 Kategorie: Synchronschwimmen, Verband»: a line of metadata, not a headline.
    private bool OpensWithDate(string text) =>
        text.AsSpan().TrimStart().IndexOfAnyInRange('0', '9') is >= 0 and < 3 && _dates.FindAll(text) is [{ IsRelative: false, Start: <= 2 }, ..];

    private bool IsMostlyDate(string text)
    {
        var matches = _dates.FindAll(text);
        return matches.Count > 0 && matches.Sum(m => m.Length) * 2 >= text.Trim().Length;
    }

    /// <summary>
    /// The title: among the title-like lines above the content, the one the document title at the top names (the
    /// page's <c>&lt;title&gt;</c> is most often the headline and the site's name), then one the dump repeats, then the
    /// nearest.
    /// </summary>
    private int FindTitle(int contentStart)
    {
        if (contentStart < 0)
        {
            return -1;
        }

        var firstKey = _documentTitle is null ? string.Empty : DumpText.Key(_first!.Text);

        // The document title names a line at the top of the block, or a few lines into it: the chrome's sentences
        // («Mit einem Klick auf Enter geht die Suche los, …») can open the block above the headline.
        if (firstKey.Length > 0)
        {
            var ahead = 0;
            for (var i = contentStart; i < _lines.Count && ahead < 6; i++)
            {
                var line = _lines[i];
                if (line.IsBlank || line.Index == _first!.Index)
                {
                    continue;
                }

                ahead++;
                if (IsTitleLike(line) && NamedByDocumentTitle(DumpText.Key(line.Text), firstKey) && NextLong(i + 1) >= 0)
                {
                    return i;
                }
            }
        }

        var nearest = -1;
        var repeated = -1;
        var headed = -1;
        var seen = 0;
        for (var i = contentStart - 1; i >= 1 && seen < 40; i--)
        {
            var line = _lines[i];
            if (line.IsBlank || line.Index == _first?.Index)
            {
                continue;
            }

            seen++;
            if (!IsTitleLike(line) || IsCaption(i))
            {
                continue;
            }

            var key = DumpText.Key(line.Text);
            if (NamedByDocumentTitle(key, firstKey))
            {
                return i;
            }

            if (seen > 15)
            {
                continue;
            }

            // A headline over its date or byline («July 24, 2019 by Amy Motroni 5 Comments», "By Rob Picheta, CNN").
            if (headed < 0 && HasHeaderUnder(i) && LabelledByline.UnlabelledNames(line.Text, nearDate: true) is null)
            {
                headed = i;
            }

            if (repeated < 0 && _lines.Any(l => l.Index != i && DumpText.Key(l.Text) == key))
            {
                repeated = i;
            }

            if (nearest < 0)
            {
                nearest = i;
            }
        }

        // Under the headed line's date, a line the dump repeats is the headline and the date a list's («Nachrichten und
        // Pressemeldungen» over «2021-10-16 | Botschaft» over the headline); a headed line that holds the nearest one
        // is a kicker run into the headline («Lokales Lübeck So lief die Auktion …» over «So lief die Auktion …»).
        if (headed >= 0 && repeated > headed && repeated > NextNonBlank(headed + 1))
        {
            return repeated;
        }

        if (headed >= 0 && nearest > headed && DumpText.Key(_lines[headed].Text).Contains(DumpText.Key(_lines[nearest].Text), StringComparison.Ordinal))
        {
            return nearest;
        }

        return headed >= 0 ? headed : repeated >= 0 ? repeated : nearest;
    }

    // Whether a date or byline line is among the two lines under the index.
    private bool HasHeaderUnder(int index)
    {
        for (int j = NextNonBlank(index + 1), seen = 0; j >= 0 && seen < 2; j = NextNonBlank(j + 1), seen++)
        {
            var line = _lines[j];
            if (line.Words <= 20 && ((_dates.FindAll(line.Text) is [{ IsRelative: false } date, ..] && date.Start <= 12) || IsByline(line)))
            {
                return true;
            }
        }

        return false;
    }

    // A picture's credit line («Bild: AdobeStock/rangizzz», «Foto: Archiv»).
    private static bool IsCredit(string text) =>
        text.TrimStart() is var t && (t.StartsWith("Foto:", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Bild:", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("Photo:", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Image:", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("Fotos:", StringComparison.OrdinalIgnoreCase) || t.StartsWith("Quelle:", StringComparison.OrdinalIgnoreCase));

    // A picture's caption under the headline: its credit follows it («Global: Autonome Waffensysteme …» over
    // «Protestaktion … in London (Archivaufnahme)» over «© Oli Scarff/Getty Images»). A headline the picture's credit
    // follows has no headline over it.
    private bool IsCaption(int index)
    {
        var next = NextNonBlank(index + 1);
        var previous = PreviousNonBlank(index - 1);
        return next >= 0 && (_lines[next].Text.TrimStart().StartsWith('©') || IsCredit(_lines[next].Text)) && previous > 0 && IsTitleLike(_lines[previous]);
    }

    // Whether the document title line holds the line as the headline, not as a word of the site's name: it starts with
    // it, or holds it as two fifths of itself at least («Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE»). Looser
    // than DocumentTitle.Names, which searches the whole dump: next to the text a shorter opening part of the title
    // (a headline the <title> goes on after) is enough; measured, the stricter test here costs 5 titles of 620.
    private static bool NamedByDocumentTitle(string key, string firstKey) =>
        key.Length >= 8 && firstKey.Length > 0
        && (firstKey.StartsWith(key, StringComparison.Ordinal) || (key.Length * 5 >= firstKey.Length * 2 && firstKey.Contains(key, StringComparison.Ordinal)));

    /// <summary>The document title line at the top (as WET and most dumps write it), without the site name after a separator.</summary>
    private string? TitleFromFirstLine()
    {
        if (_documentTitle is null || DumpLabels.IsBoilerplate(_first!.Text))
        {
            return null;
        }

        var text = _first.Text;
        foreach (var separator in new[] { " :: ", " | ", " - " })
        {
            var at = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && DumpText.CountWords(text[(at + separator.Length)..]) <= 4)
            {
                text = text[..at];
            }
        }

        return text.Trim().Length == 0 ? null : text.Trim();
    }

    private static bool IsKicker(DumpLine line) =>
        !line.Bullet && line.Words is >= 1 and <= 12 && line.Text.TrimEnd().EndsWith('؛') && !DumpLabels.IsBoilerplate(line.Text);

    private sealed record BodyPart(int Line, Block Block);

    /// <summary>The lead and the body blocks: paragraph lines from under the title until the first label line.</summary>
    private (int Lead, List<BodyPart> Body) ReadBody(int titleAt, int contentStart)
    {
        var body = new List<BodyPart>();
        if (contentStart < 0)
        {
            return (-1, body);
        }

        var from = titleAt >= 0 && titleAt < contentStart ? titleAt + 1 : contentStart;
        var lead = -1;
        var started = false;
        var skipUntil = -1;
        List<string>? bullets = null;
        for (var i = from; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (!line.Bullet && DumpLabels.IsBoilerplate(line.Text))
            {
                if (started)
                {
                    break;
                }

                continue;
            }

            // A paragraph is a sentence, or a long line; a short line without a full stop is a heading or a link.
            var paragraph = !line.Bullet && (line.Words >= LongLineWords || (DumpText.EndsSentence(line.Text) && line.Words >= 3)) && !IsRun(line)
                && !IsListLine(line);
            if (line.Bullet || NewsCode.IsMatch(line.Text) || IsMostlyDate(line.Text))
            {
                if (started && line.Bullet && !NewsCode.IsMatch(line.Text) && i >= skipUntil)
                {
                    (bullets ??= []).Add(line.Text);
                }

                continue;
            }

            // After the text, a label of the page's furniture ("Kommentare", "Ähnliche Beiträge", "Related Coverage",
            // "Tags:") ends it; a credit or a teaser line inside it ("Foto: …", «Lea también: …») is left out.
            if (started && IsEndLabel(line))
            {
                break;
            }

            if (BoilerplateFilter.IsBoilerplateParagraph(line.Text, 0, 0) || IsFurniture(line))
            {
                continue;
            }

            if (paragraph)
            {
                if (bullets is not null)
                {
                    body.Add(new BodyPart(i, new ListBlock { Items = bullets }));
                    bullets = null;
                }

                // A byline under the title may be long («Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: …»): no lead.
                if (!started && body.Count == 0 && IsByline(line))
                {
                    if (i >= contentStart)
                    {
                        contentStart = NextLong(i + 1);
                    }

                    continue;
                }

                if (!started && lead < 0 && body.Count == 0 && i <= contentStart && IsLead(line, i))
                {
                    lead = i;
                    continue;
                }

                body.Add(new BodyPart(i, new ParagraphBlock { Text = line.Text }));
                started = true;
                continue;
            }

            if (!started)
            {
                continue;
            }

            // A byline among the text's first paragraphs ("By Ivan Penn" under a lead and a caption) is no subheading.
            if (body.Count < 3 && IsByline(line))
            {
                continue;
            }

            // A short line inside the body: a subheading when a paragraph follows it, or a list the text goes on after
            // («Tipps zum Kindersitz-Kauf» over its bullets); else furniture, or the end of the body.
            var next = NextNonBlank(i + 1);
            if (line.Words <= 12 && next >= 0 && (IsLong(_lines[next]) || ListThenText(next)) && !DumpLabels.IsBoilerplate(_lines[next].Text))
            {
                body.Add(new BodyPart(i, new HeadingBlock { Level = 2, Text = line.Text }));
                continue;
            }

            // The page's furniture between two parts of the text (a picture's credit, «Inhalt», a pager, a share bar)
            // is skipped when the text goes on within six lines, before any label.
            if (i >= skipUntil)
            {
                skipUntil = TextResumes(i + 1, 6);
                bullets = null;
            }

            if (i < skipUntil)
            {
                continue;
            }

            break;
        }

        return (lead, body);
    }

    // A label of what follows the text; not the markers a text is set between ("Advertisement", "Anzeige", "Read More"),
    // which are skipped like other furniture.
    private static bool IsEndLabel(DumpLine line) =>
        !line.Bullet && line.Words <= 8 && BoilerplateFilter.IsBoilerplateHeading(line.Text) && !InlineMarkers.StartsAny(line.Text);

    private static readonly PhraseSet InlineMarkers = new(
        ["advertisement", "anzeige", "werbung", "*werbung", "- anzeige", "read more", "weiterlesen", "bildergalerie", "zum vergrößern"]);

    // Whether a run of two to thirty bullet lines starts at the index and a paragraph follows it.
    private bool ListThenText(int index)
    {
        var count = 0;
        var i = index;
        for (; i < _lines.Count && count <= 30; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            if (!_lines[i].Bullet)
            {
                break;
            }

            count++;
        }

        return count is >= 2 and <= 30 && i < _lines.Count && IsLong(_lines[i]);
    }

    // The next long line among the given number of lines from the index, before a boilerplate label (and, inside the
    // text, before a label of what follows it: under a headline such a label may stand over the text, and measured,
    // stopping there cost a title); -1 if none.
    private int TextResumes(int index, int lines, bool inText = true)
    {
        for (int j = index, seen = 0; j < _lines.Count && seen < lines; j++)
        {
            var line = _lines[j];
            if (line.IsBlank)
            {
                continue;
            }

            if (!line.Bullet && (DumpLabels.IsBoilerplate(line.Text) || (inText && IsEndLabel(line))))
            {
                return -1;
            }

            if (IsLong(line))
            {
                return j;
            }

            seen++;
        }

        return -1;
    }

    private bool IsLead(DumpLine line, int index)
    {
        if (line.Words > 80 || line.Text.AsSpan().TrimStart().StartsWith("به گزارش", StringComparison.Ordinal))
        {
            return false;
        }

        // A lead needs a body after it.
        for (var j = index + 1; j < _lines.Count; j++)
        {
            if (IsLong(_lines[j]))
            {
                return true;
            }

            if (!_lines[j].Bullet && DumpLabels.IsBoilerplate(_lines[j].Text))
            {
                return false;
            }
        }

        return false;
    }

    private int FirstBodyLine(int lead, List<BodyPart> body, int contentStart) =>
        body.Count > 0 ? body[0].Line : lead >= 0 ? lead + 1 : contentStart >= 0 ? contentStart : Math.Min(_lines.Count, 60);

    private string? FindId(int from, int to)
    {
        for (var i = from; i < to && i < _lines.Count; i++)
        {
            if (NewsCode.Find(_lines[i].Text) is { } code)
            {
                Provide("id", "«کد خبر» line");
                return code;
            }
        }

        // The code may sit further up in a tools bar.
        for (var i = 0; i < from && i < _lines.Count; i++)
        {
            if (NewsCode.Find(_lines[i].Text) is { } code)
            {
                Provide("id", "«کد خبر» line");
                return code;
            }
        }

        if (_url is not null)
        {
            var segment = _url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(s => s.Length >= 4 && s.All(char.IsAsciiDigit) && !IsYear(s));
            if (segment is not null)
            {
                Provide("id", "numeric path segment", FieldSource.Url);
                return segment;
            }
        }

        return null;
    }

    private static bool IsYear(string segment) =>
        segment.Length == 4 && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is (>= 1300 and <= 1500) or (>= 1990 and <= 2100);

    private static readonly string[] CrumbSeparators = [" › ", " > ", " » ", " / ", " → ", " \\ "];

    /// <summary>
    /// The section a breadcrumb line names among the eight lines above the title and the two under it: a line that
    /// opens with a home word and parts it into two to eight steps («Startseite › Energie › Photovoltaik», «خانه » ورزش »
    /// فوتبال»), read as the HTML parser reads a trail (<see cref="Breadcrumbs.Section"/>: the step before the article's
    /// own).
    /// </summary>
    private string? FindSection(int titleAt, string? title)
    {
        if (titleAt < 0)
        {
            return null;
        }

        for (int i = titleAt - 1, seen = 0; i >= 0 && seen < 8; i--)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            if (SectionOf(_lines[i].Text, title) is { } above)
            {
                return above;
            }
        }

        for (int i = titleAt + 1, seen = 0; i < _lines.Count && seen < 2; i++)
        {
            if (_lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            if (SectionOf(_lines[i].Text, title) is { } below)
            {
                return below;
            }
        }

        return null;
    }

    private string? SectionOf(string line, string? title)
    {
        if (line.Length > 300)
        {
            return null;
        }

        foreach (var separator in CrumbSeparators)
        {
            var steps = line.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (steps.Length is >= 2 and <= 8 && TitleChooser.IsHomeWord(steps[0])
                && Breadcrumbs.Section(steps.Select(st => new Crumb(st, null)).ToList(), title, _url, siteName: null) is { } section)
            {
                Provide("section", "breadcrumb line");
                return section;
            }
        }

        return null;
    }

    // The labels of an article's tag line, compared by DumpText.Key (no spaces, half-spaces or colon).
    private static readonly HashSet<string> TagLabels = new(
        new[]
        {
            "برچسب‌ها", "برچسب ها", "برچسبها", "برچسب", "کلیدواژه‌ها", "کلیدواژه ها", "کلید واژه ها", "کلمات کلیدی", "واژه‌های کلیدی",
            "تگ‌ها", "تگ ها", "واژه‌های کاربردی مرتبط", "Tags", "Tag", "Schlagworte", "Schlagwörter", "Stichworte", "Stichwörter", "Keywords", "Etiquetas",
            "Temas", "Étiquettes", "Mots-clés", "Tagi", "Tagged", "Tagged with",
        }.Select(DumpText.Key),
        StringComparer.OrdinalIgnoreCase);

    private static readonly char[] TagSeparators = [',', '،', '|', '·', '•', ';', '؛'];

    // A tool's or a label's word in a tag list: «Drucken», «Weiterempfehlen», «Neuen Kommentar hinzufügen», "Newsletter".
    private static bool IsToolWord(string tag) =>
        ShareWords.Contains(tag) || tag.Contains("kommentar", StringComparison.OrdinalIgnoreCase) || tag.Contains("comment", StringComparison.OrdinalIgnoreCase)
        || tag.Equals("Weiterempfehlen", StringComparison.OrdinalIgnoreCase) || tag.Equals("Newsletter", StringComparison.OrdinalIgnoreCase);

    // Tag links written without a space between them: «BerlinGewässerPlakatwettbewerbsauber» (a small letter before a
    // capital inside a word, twice or more).
    private static bool IsGlued(string tag)
    {
        var joins = 0;
        for (var i = 1; i < tag.Length; i++)
        {
            if (char.IsUpper(tag[i]) && char.IsLower(tag[i - 1]))
            {
                joins++;
            }
        }

        return joins >= 2;
    }

    // Where the list starts on a line that opens with a tag label and a space, no colon, and goes on with two or more
    // items parted by commas; null for any other line.
    private static int? UnpunctuatedTagLine(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space is <= 0 or > 20 || !text.Contains(',', StringComparison.Ordinal))
        {
            return null;
        }

        var label = text[..space];
        if (label == "Tagged" && text.AsSpan(space).StartsWith(" with ", StringComparison.Ordinal))
        {
            space += 5;
        }

        return TagLabels.Contains(DumpText.Key(label)) ? space : null;
    }

    /// <summary>
    /// The article's tags: a tag label among the fifteen lines after the text, with the tags after it on its line
    /// («برچسب‌ها: فوتبال، پرسپولیس», "Tags: Energie, Klima") or as the bullet lines under it (isna's «برچسب‌ها:» list).
    /// Each tag is at most six words; a line of them that reads like a sentence is none.
    /// </summary>
    private List<string> FindTags(int afterLine)
    {
        for (int i = Math.Max(afterLine + 1, 0), seen = 0; i < _lines.Count && seen < 15; i++)
        {
            var text = _lines[i].Text;
            if (_lines[i].IsBlank)
            {
                continue;
            }

            // A label may be a bullet itself («• Schlagworte» over its bullets, boxen1.com).
            if (_lines[i].Bullet && !TagLabels.Contains(DumpText.Key(text.Trim().TrimEnd(':'))))
            {
                continue;
            }

            seen++;
            var colon = text.IndexOfAny([':', '：']);
            var label = colon > 0 ? text[..colon] : text;
            if (colon < 0 && UnpunctuatedTagLine(text) is { } at)
            {
                // "Tags biggest, history, laundering", "Tagged Amazon, Amazon Bolger case": the label, a space, a list.
                (label, colon) = (text[..at], at);
            }

            if (label.Length > 30 || !TagLabels.Contains(DumpText.Key(label)))
            {
                continue;
            }

            var tags = new List<string>();
            var rest = colon > 0 ? text[(colon + 1)..].Trim() : string.Empty;
            if (rest.Length > 0)
            {
                tags.AddRange(rest.Split(TagSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
            else
            {
                for (var j = i + 1; j < _lines.Count && tags.Count < 30; j++)
                {
                    if (_lines[j].IsBlank)
                    {
                        continue;
                    }

                    if (!_lines[j].Bullet)
                    {
                        break;
                    }

                    tags.Add(_lines[j].Text.Trim());
                }
            }

            // «Schlagwörter: Alltag, Religionen, Sri Lanka, und Tiere.»: the list's last joiner and its period.
            if (tags.Count > 1)
            {
                tags[^1] = tags[^1].TrimEnd('.') is var last && (last.StartsWith("und ", StringComparison.Ordinal) || last.StartsWith("and ", StringComparison.Ordinal))
                    ? last[4..].Trim()
                    : last;
            }

            // «Christian Lindner,» as a bullet; WordPress's default category; a tool's button ends the list (stuttgart.de:
            // «… | Stadtgeschichte | Drucken | | Weiterempfehlen | Feedback | Nach oben»).
            tags = tags.Select(t => t.TrimEnd(',', ';', '،', ' ')).Where(t => t.Any(char.IsLetter) && !ArticlePipeline.DefaultCategories.Contains(t))
                .TakeWhile(t => !IsToolWord(t)).ToList();
            if (tags.Count > 0 && tags.TrueForAll(t => t.Length <= 60 && DumpText.CountWords(t) <= 6 && !DumpText.EndsSentence(t) && !IsGlued(t))
                && !(tags.Count == 1 && rest.Length > 0 && DumpText.CountWords(tags[0]) >= 4))
            {
                Provide("tags", "tag line after the text");
                return tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            }

            return [];
        }

        return [];
    }

    /// <summary>
    /// The writers a byline line names («Eine Analyse von Caspar Schwietering», «Von Roland Brockmann und Sebastian
    /// Drescher», «خبرنگار: …»), read as a page's byline is (<see cref="LabelledByline.FromLines"/>): between the title
    /// and the text first, then (not in a Persian dump) among the short lines of the text's first paragraphs ("By Ivan
    /// Penn" under a lead and a caption), then just above the title («27. Januar 2014 by Barbara Russ» over the
    /// headline); without one, a name beside the date. The site's name (the document title's last part) names no writer.
    /// </summary>
    private List<Author> FindAuthors(int titleAt, int leadAt, int to, List<BodyPart> paragraphs, bool persian)
    {
        var site = _documentTitle;
        List<Author>? userName = null;
        var candidates = new List<int>();
        for (var i = Math.Max(titleAt + 1, 0); i < to && i < _lines.Count; i++)
        {
            candidates.Add(i);
        }

        var window = candidates.Count;
        var afterText = -1;
        var above = new List<int>();
        if (!persian)
        {
            var below = paragraphs.Count > 2 ? paragraphs[2].Line : paragraphs.Count > 0 ? paragraphs[^1].Line : to;
            var text = paragraphs.Select(p => p.Line).ToHashSet();
            for (var i = Math.Max(to, titleAt + 1); i < below && i < _lines.Count; i++)
            {
                if (!text.Contains(i))
                {
                    candidates.Add(i);
                }
            }

            for (int i = PreviousNonBlank(titleAt - 1), seen = 0; i > 0 && seen < 4; i = PreviousNonBlank(i - 1), seen++)
            {
                above.Add(i);
            }

            candidates.AddRange(above);

            // Last, a credit among the four lines under the text («Autor: Fritz Imhof», xinhuanet's «责任编辑： 焦鹏» under its
            // «【纠错】» tool line), up to a label of what follows a text («Kommentare»).
            if (paragraphs.Count > 0)
            {
                afterText = candidates.Count;
                for (int i = NextNonBlank(paragraphs[^1].Line + 1), seen = 0; i >= 0 && seen < 4; i = NextNonBlank(i + 1), seen++)
                {
                    if (!_lines[i].Bullet && IsEndLabel(_lines[i]))
                    {
                        break;
                    }

                    candidates.Add(i);
                }
            }
        }

        for (var k = 0; k < candidates.Count && !(k == afterText && userName is not null); k++)
        {
            var i = candidates[k];
            if (_lines[i].IsBlank || i == leadAt || i == _first?.Index)
            {
                continue;
            }

            // A label alone names the writer on the next lines, but a menu's item does not name the next item («•
            // Texte» over «• Bücher»).
            var following = new List<string>(3);
            for (var j = NextNonBlank(i + 1); j >= 0 && following.Count < 3 && !(_lines[i].Bullet && _lines[j].Bullet); j = NextNonBlank(j + 1))
            {
                following.Add(_lines[j].Text);
            }

            var nearDate = HasDateBeside(i, titleAt, _lines.Count);
            var names = LabelledByline.FromLines(_lines[i].Text, following, persian, out var role, nearDate);
            if (names is null || (site is not null && names.TrueForAll(n => site.IsSiteName(DumpText.Key(n)))))
            {
                continue;
            }

            // A user name («Gespeichert von human am 7. Juli 2019») gives way to a full name further down («Blog
            // Beitrag von Margarita Koreneva»).
            if (names is [var one] && !one.Contains(' ', StringComparison.Ordinal) && !persian)
            {
                userName ??= [new Author { Name = one, Role = role }];
                continue;
            }

            Provide("authors", "byline line");
            return names.Select(n => new Author { Name = n, Role = role }).ToList();
        }

        if (userName is not null)
        {
            Provide("authors", "byline line");
            return userName;
        }

        return persian ? [] : NamesBesideDate([.. candidates.Take(window), .. above], titleAt, leadAt, to);
    }

    // Whether the line right above or below the index (not the title, nor the document title line, nor at or past
    // `to`) is mostly a date.
    private bool HasDateBeside(int index, int titleAt, int to)
    {
        var previous = PreviousNonBlank(index - 1);
        var next = NextNonBlank(index + 1);
        return (previous > 0 && previous != titleAt && IsMostlyDate(_lines[previous].Text))
            || (next >= 0 && next < to && next != titleAt && IsMostlyDate(_lines[next].Text));
    }

    /// <summary>
    /// Without a labelled byline, the writers a line names beside the date between the title and the text: «Bettina
    /// Kugler 19.10.2019, 05:00 Uhr», or a name alone right above or below a date line («19.10.19, 18:56» over «Oliver
    /// Baroni»), as a page's header writes them (<see cref="LabelledByline.UnlabelledNames"/>).
    /// </summary>
    private List<Author> NamesBesideDate(List<int> lines, int titleAt, int leadAt, int to)
    {
        var site = _documentTitle;
        foreach (var i in lines)
        {
            var line = _lines[i];
            if (line.IsBlank || i == leadAt || line.Words > 12)
            {
                continue;
            }

            var nearDate = HasDateBeside(i, titleAt, to);
            if (LabelledByline.UnlabelledNames(line.Text, nearDate) is { } names && !(site is not null && names.TrueForAll(n => site.IsSiteName(DumpText.Key(n)))))
            {
                Provide("authors", "name beside the date");
                return names.Select(n => new Author { Name = n }).ToList();
            }
        }

        return [];
    }

    // The roles a Persian agency credits under its text («خبرنگار امیرعلی عوض‌پور», «دبیر علی غفار»), longest first. Fewer
    // than VisibleLayer's role prefixes on purpose: these lines are marked by nothing else, and after a text «گزارش …»
    // or «عکس …» open headlines as often as credits.
    private static readonly string[] CreditRoles = ["تهیه و تنظیم", "خبرنگار", "گزارشگر", "نویسنده", "دبیر", "عکاس", "مترجم", "گردآوری", "ویراستار"];

    /// <summary>
    /// The writers a Persian agency credits after its text (isna: «انتهای پیام», then «خبرنگار امیرعلی عوض‌پور» and «دبیر
    /// علی غفار» as list items): among the eight lines after the text, lines that are a role and a name of one to four
    /// words without digits, each an author with that role. A code after the role («خبرنگار : 71617») names no one.
    /// </summary>
    private List<Author> FindCredits(int lastBodyLine)
    {
        var credits = new List<Author>();
        for (int i = lastBodyLine + 1, seen = 0; i < _lines.Count && seen < 8; i++)
        {
            var text = _lines[i].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            seen++;
            foreach (var role in CreditRoles)
            {
                if (text.StartsWith(role, StringComparison.Ordinal) && text.Length > role.Length && text[role.Length] is ' ' or ':')
                {
                    var name = text[role.Length..].Trim(' ', ':').Trim();
                    if (DumpText.CountWords(name) is >= 1 and <= 4 && LanguageTools.HasArabicScript(name) && !name.Any(char.IsDigit))
                    {
                        credits.Add(new Author { Name = name, Role = role });
                    }

                    break;
                }
            }
        }

        if (credits.Count > 0)
        {
            Provide("authors", "credit lines after the text");
        }

        return credits;
    }

    /// <summary>
    /// The publish and modify dates, from the lines that are dates and a few words of label, read as a page's lines
    /// under its headline are (<see cref="PrintedDate.LineDates"/>): a date its label names the publication's first,
    /// then the first date line under the title, then the nearest above it; else a dateline opening the title or the
    /// lead («08.11.2021 | Online-Fachtag …», «Berlin, 27.01.2022 – …»). A date inside a sentence is an event's. An
    /// update's label («Aktualisiert», "Updated", «بروزرسانی», «ویرایش») gives the modified date.
    /// </summary>
    private (DateTimeOffset? Published, DateTimeOffset? Modified) FindDates(int from, int to, int titleAt, int leadAt)
    {
        (DateMatch Date, string Text)? labelled = null, below = null, above = null, modified = null, dateline = null;
        for (var i = from; i < to && i < _lines.Count; i++)
        {
            var text = Unglued(_lines[i].Text);
            if (i == titleAt || i == leadAt)
            {
                if (dateline is null && PrintedDate.LeadingDate(text, afterPlace: i == leadAt) is { } opening
                    && _dates.FindAll(text) is [var first, ..] && !first.IsRelative && !IsForeignJalali(text, first))
                {
                    dateline = (first, opening.Date);
                }

                continue;
            }

            if (PrintedDate.LineDates(text, _dates) is not { } dates)
            {
                continue;
            }

            foreach (var (date, update, isLabelled) in dates)
            {
                if (IsForeignJalali(text, date))
                {
                    continue;
                }

                var spelled = Spelled(text, date);
                var before = DumpText.Key(text[..date.Start]);
                if (update || before.Contains("ویرایش", StringComparison.Ordinal))
                {
                    modified ??= (date, spelled);
                }
                else if (isLabelled || before.Contains("انتشار", StringComparison.Ordinal))
                {
                    labelled ??= (date, spelled);
                }
                else if (i > titleAt)
                {
                    below ??= (date, spelled);
                }
                else
                {
                    above = (date, spelled);
                }
            }
        }

        var chosen = labelled ?? below ?? above ?? dateline;
        DateTimeOffset? published = null;
        if (chosen is { } c)
        {
            published = c.Date.Instant ?? _midnight(c.Date.Local);
            Provide("published", labelled is not null ? "labelled date line" : chosen == dateline ? "dateline" : "date line near the title");
            if (c.Date.Instant is null)
            {
                _diagnostics.Add(new ParseDiagnostic
                {
                    Code = "published.dateOnly",
                    Field = "published",
                    Message = "The dump gives the publish date without a time: midnight in the page's zone is assumed.",
                });
            }

            ZoneNote("published", c.Date, c.Text, published.Value);
        }

        DateTimeOffset? modifiedValue = null;
        if (modified is { } m2)
        {
            modifiedValue = m2.Date.Instant ?? _midnight(m2.Date.Local);
            Provide("modified", "update date line");
            ZoneNote("modified", m2.Date, m2.Text, modifiedValue.Value);
        }

        return (published, modifiedValue);
    }

    // A Jalali reading of a date in ASCII digits alone in a dump that is not Persian: observer.com's "11/08/23 5:19pm"
    // is November 8, 2023, not 1411/08/23 (2032). Persian and Afghan dumps keep it («98/02/12», «۱۳۹۸/۰۲/۱۲»).
    /// <summary>
    /// Without a date over the text, one a line of date right after it gives («15.12.2021» over «Artikel von:
    /// hausinfo», «20. Juni 2019 Ann-Marie Galazka über Stars»): among the four lines after the text, before any
    /// label of what follows a text (comments, related articles), a teaser's «more» link or a comment's «… says:», a
    /// line that opens with its date and has eight words at most.
    /// </summary>
    private DateTimeOffset? DateAfterText(int lastBodyLine)
    {
        for (int i = NextNonBlank(lastBodyLine + 1), seen = 0; i >= 0 && seen < 4; i = NextNonBlank(i + 1), seen++)
        {
            // A teaser's «Weiterlesen »» or a comment's «degski says:» before the date: the date is theirs.
            var line = _lines[i];
            if (!line.Bullet && (DumpLabels.IsBoilerplate(line.Text) || IsEndLabel(line) || IsMoreLink(line.Text) || IsCommentHeader(line.Text)))
            {
                return null;
            }

            var text = Unglued(line.Text);
            if (line.Words <= 8 && _dates.FindAll(text) is [{ IsRelative: false } date, ..] && date.Start <= 2 && !IsForeignJalali(text, date))
            {
                var published = date.Instant ?? _midnight(date.Local);
                Provide("published", "date line after the text");
                ZoneNote("published", date, Spelled(text, date), published);
                return published;
            }
        }

        return null;
    }

    // A comment's header line in a dump: its writer and the verb («degski says:», «Aylin sagt:»).
    private static bool IsCommentHeader(string text) =>
        text.TrimEnd() is var t && t.EndsWith(':') && CommentVerbs.Any(v => t.EndsWith(v, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] CommentVerbs = [" says:", " said:", " writes:", " sagt:", " schreibt:", " meint:", " dice:", " dit :", " dit:", " scrive:"];

    /// <summary>
    /// The line with a space after a year that runs into the next date, as a dump writes a post's published and updated
    /// dates side by side («21. Januar 202221. Januar 2022», "January 5, 2020January 7, 2020"); else the line itself.
    /// </summary>
    private static string Unglued(string line) =>
        line.Length >= 10 && line.AsSpan().IndexOfAnyInRange('0', '9') >= 0 ? GluedYear().Replace(line, "$1 ") : line;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)((?:19|20)\d{2})(?=\d{1,2}\.\s?\p{L}|\d{1,2}\.\d{1,2}\.|\p{Lu}\p{Ll})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex GluedYear();

    private bool IsForeignJalali(string line, DateMatch date) =>
        date.Calendar == DateCalendar.Jalali && _zone is not (PageZone.Tehran or PageZone.Kabul)
        && !LanguageTools.HasArabicScript(line.AsSpan(date.Start, Math.Min(date.Length, line.Length - date.Start)));

    // A date the dump prints without a zone, read in one its language or address named, or in UTC for want of one: said,
    // as the HTML parser says it.
    private void ZoneNote(string field, DateMatch match, string spelled, DateTimeOffset value)
    {
        if (match.HasOffset)
        {
            return;
        }

        var offset = value.ToString("zzz", CultureInfo.InvariantCulture);
        if (_zone == PageZone.Unknown)
        {
            _diagnostics.Add(new ParseDiagnostic { Code = field + ".zone-assumed", Field = field, Severity = DiagnosticSeverity.Warning, Message = $"The date '{spelled}' has no offset and the dump's time zone is unknown; it was read as UTC." });
        }
        else if (_zoneReason is not null)
        {
            var zoneRead = string.Format(CultureInfo.InvariantCulture, PageZones.Describe(_zone), offset);
            _diagnostics.Add(new ParseDiagnostic { Code = field + ".zone-inferred", Field = field, Severity = DiagnosticSeverity.Info, Message = $"The date '{spelled}' has no offset; it was read as {zoneRead}, as {_zoneReason}." });
        }
    }

    private static string Spelled(string line, DateMatch match) => line.Substring(match.Start, Math.Min(match.Length, line.Length - match.Start));

    // A source line («منبع: خبرگزاری مهر») among the three lines after the body's last paragraph.
    private ReportedByName? FindSourceLine(List<BodyPart> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var last = paragraphs[^1].Line;
        for (var i = last + 1; i < _lines.Count && i <= last + 3; i++)
        {
            if (ReportedBy.FromSourceLine(_lines[i].Text) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    // The outlet the lead or one of the first two paragraphs opens by naming («به گزارش شهرآرانیوز،»).
    private static ReportedByName? FindReportedBy(string? lead, List<Block> body)
    {
        foreach (var text in body.OfType<ParagraphBlock>().Take(2).Select(p => p.Text).Prepend(lead))
        {
            if (ReportedBy.Read(text) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>Headline lists: a label line with the run written on the line above it, or with item lines below it.</summary>
    private List<HeadlineList> FindHeadlines(int titleAt, List<BodyPart> body)
    {
        var used = new HashSet<int>(body.Select(b => b.Line)) { titleAt };
        var lists = new List<HeadlineList>();
        for (var i = 0; i < _lines.Count; i++)
        {
            if (used.Contains(i) || !DumpLabels.IsListLabel(_lines[i].Text, out var kind))
            {
                continue;
            }

            var items = new List<Headline>();
            var above = PreviousNonBlank(i - 1);
            if (above >= 0 && !used.Contains(above) && _lines[above].Words >= 30 && !DumpLabels.IsBoilerplate(_lines[above].Text))
            {
                items.AddRange(HeadlineRun.Split(_lines[above].Text, _dates, _midnight));
            }
            else
            {
                for (var j = i + 1; j < _lines.Count && items.Count < 50; j++)
                {
                    var line = _lines[j];
                    if (line.IsBlank)
                    {
                        var next = NextNonBlank(j + 1);
                        if (next < 0 || _lines[next].Words < 3 || _lines[next].Words > 30 || DumpLabels.IsBoilerplate(_lines[next].Text))
                        {
                            break;
                        }

                        continue;
                    }

                    if (used.Contains(j) || DumpLabels.IsBoilerplate(line.Text) || line.Words > 30 || line.Words < 3)
                    {
                        break;
                    }

                    items.AddRange(HeadlineRun.Split(line.Text, _dates, _midnight));
                }
            }

            if (items.Count > 0)
            {
                lists.Add(new HeadlineList { Kind = kind, Name = _lines[i].Text.TrimEnd(':', ' '), Items = items });
                Provide("headlines", "labelled headline list");
            }
        }

        return lists;
    }

    private int NextLong(int i)
    {
        for (; i < _lines.Count; i++)
        {
            if (IsLong(_lines[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private int PreviousNonBlank(int i)
    {
        for (; i >= 0; i--)
        {
            if (!_lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }

    private int NextNonBlank(int i)
    {
        for (; i < _lines.Count; i++)
        {
            if (!_lines[i].IsBlank)
            {
                return i;
            }
        }

        return -1;
    }
}
