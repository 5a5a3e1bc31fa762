namespace NewsModel.Extraction;

/// <summary>
/// What an author slot holds besides a name, removed before a name is reported, whatever layer it came from: the
/// separator and label in front ("| Autor: gnaddrig"), "By " in a structured field ("By Jessica Holly, Gail Levy"),
/// link labels glued after the name ("Johanna Kropfitsch Alle Artikel"), and slots that name no one ("Published by",
/// "No Author", "Gesponserte Inhalte").
/// </summary>
internal static class AuthorNames
{
    // Compared case-insensitively with the whole name, a trailing colon removed.
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "published by", "posted by", "written by", "article by", "story by", "by", "author", "authors", "autor", "autorin", "autoren", "von",
        "geschrieben von", "veröffentlicht von", "erstellt von", "no author", "unknown", "unknown author", "none",
        "gesponserte inhalte", "sponsored", "sponsored content", "anzeige", "advertisement", "werbung",
        "admin", "administrator", "webmaster", "wordpressadmin",
        "alle beiträge", "alle artikel", "all posts", "view all posts", "more articles", "mehr artikel",

        // Date labels and buttons beside a byline, taken for it: "Veröffentlicht am", "Posted on", "Follow".
        "veröffentlicht am", "publiziert am", "erstellt am", "aktualisiert am", "posted on", "published on", "updated on",
        "publié le", "publicado el", "datum", "date", "quelle", "source", "posted", "published", "veröffentlicht", "publié",
        "publicado", "follow", "folgen", "text", "foto", "fotos", "photo", "photos",

        // Blogger's profile link, next to its "Unknown" author.
        "view my complete profile", "mein profil vollständig anzeigen", "afficher mon profil complet", "ver todo mi perfil",
    };

    // Link labels of author boxes, glued after the name.
    private static readonly string[] TrailingLabels =
    [
        "Alle Artikel", "Alle Beiträge", "Weitere Artikel", "Mehr Artikel", "View all posts", "All posts", "More articles",
    ];

    // After the name: an author box's links ("Martin Junker Alles von Martin Junker"), a photo credit ("Jens Bergmann
    // Foto: Michael Hudler").
    private static readonly string[] InfixLabels =
    [
        " Alles von ", " Alle Artikel von ", " Alle Beiträge von ", " Mehr von ", " More from ", " All posts by ", " View all posts by ",
        " Foto: ", " Fotos: ", " Photo: ", " Photos: ", " Bild: ", " Bilder: ",
    ];

    // Labels before the name, and roles ("Interview: Julia Lauter", "Fotos: Ivan Valetny"); matched ignoring case.
    private static readonly string[] LabelPrefixes =
    [
        "Autor:", "Autorin:", "Autor/in:", "Autor*in:", "Autor:in:", "Author:", "Auteur:", "Autore:", "Von:", "By:", "Text:", "Artikel von:", "Ein Beitrag von:",
        "Un documentaire de ", "Un reportage de ", "Une émission de ", "Un podcast de ",
        "Interview:", "Fotos:", "Foto:", "Photos:", "Photo:", "About the Author -", "About the author:", "Erstellt von ",
        "Geschrieben von ", "Verfasst von ", "Written by ", "Posted by ", "Published by ", "erstellt von ", "durch ", "Von ", "Über ",
        "par ", "Par ", "por ", "Por ", "di ", "door ", "Autor ", "Autorin ", "Author ",
        "责任编辑：", "责任编辑:", "作者：", "作者:", "编辑：", "编辑:", "记者：", "记者:",
    ];

    // Degrees after a name: "Grant Tinsley, PhD".
    private static readonly string[] Degrees = [", PhD", ", Ph.D.", ", MD", ", M.D.", ", MS", ", MSc", ", RD", ", MBA", ", MPH", ", RN", ", CPT"];

    /// <summary>Whether the name is a web address: "finanztreff.de", "LAOLA1.at", "www.dw.com".</summary>
    public static bool IsAddress(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var dot = name.LastIndexOf('.');
        return dot > 0 && name.Length - dot - 1 is >= 2 and <= 4 && name[(dot + 1)..].All(char.IsAsciiLetterLower);
    }

    /// <summary>
    /// The name without what follows it after a comma when that is the outlet or a degree: "Rob Picheta, CNN" on
    /// CNN, "Grant Tinsley, PhD".
    /// </summary>
    public static string WithoutOutlet(string name, IReadOnlyList<string?> siteNames)
    {
        foreach (var degree in Degrees)
        {
            if (name.EndsWith(degree, StringComparison.Ordinal))
            {
                return name[..^degree.Length].TrimEnd();
            }
        }

        var comma = name.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
        {
            var tail = name[(comma + 2)..];
            if (siteNames.Any(s => s is not null && (TextTools.SameText(tail, s) || s.StartsWith(tail + " ", StringComparison.OrdinalIgnoreCase))))
            {
                return name[..comma].TrimEnd();
            }
        }

        return name;
    }

    // A web address beside the name: "Frank Bueltge - http://bueltge.de", "Deutsche Welle (www.dw.com)", "Web
    // Commerce GmbH www.w-commerce.de". A slot that is only an address stays as it is (IsAddress judges it).
    // An e-mail address is a contact, not a name: "Lüder Hoppe info@buero-hoppe.de" gives "Lüder Hoppe",
    // "cipha[at]cipha.net" gives nothing.
    private static string WithoutAddresses(string s)
    {
        if (!s.Contains("http", StringComparison.OrdinalIgnoreCase) && !s.Contains("www.", StringComparison.OrdinalIgnoreCase)
            && !s.Contains('@', StringComparison.Ordinal) && !s.Contains("[at]", StringComparison.OrdinalIgnoreCase))
        {
            return s;
        }

        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !IsAddressWord(w.TrimStart('(', '[', '<'))).ToList();
        if (kept.Count == words.Length)
        {
            return s;
        }

        // Only an address: a web address stays for IsAddress to judge, a mail address goes.
        return kept.Count > 0 ? string.Join(' ', kept) : words.Any(IsMail) ? string.Empty : s;
    }

    private static bool IsAddressWord(string w) =>
        w.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || w.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || w.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || IsMail(w);

    private static bool IsMail(string w) =>
        (w.IndexOf("[at]", StringComparison.OrdinalIgnoreCase) is > 0 and var bracket && w.IndexOf('.', bracket) > bracket)
        || (w.IndexOf('@') is > 0 and var at && w.IndexOf('.', at) > at);

    /// <summary>Whether the slot names no one.</summary>
    public static bool IsPlaceholder(string name) => Placeholders.Contains(name.TrimEnd(':', ' '));

    /// <summary>
    /// The names in one author slot, tidied: one name, or several when a structured field wrote a byline ("By A, B
    /// and C"). Empty when nothing is left.
    /// </summary>
    public static IReadOnlyList<string> Tidy(string name)
    {
        var s = name.Trim().TrimStart('|', '·', '•', '-', '–', '—', '/', ':', '~', ' ');
        foreach (var label in LabelPrefixes)
        {
            // A short word label ("Von ", "di ") only before a capital: "von Weizsäcker", "Von der Leyen" and "Di
            // Maio" are names; "Autor john" is a label all the same.
            var word = label[^1] == ' ';
            if (s.StartsWith(label, word ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                && (!word || label.Length >= 6 || (s.Length > label.Length && char.IsUpper(s[label.Length]))))
            {
                s = s[label.Length..].TrimStart();
                break;
            }
        }

        foreach (var label in TrailingLabels)
        {
            if (s.Length > label.Length + 2 && s.EndsWith(label, StringComparison.OrdinalIgnoreCase) && s[^(label.Length + 1)] == ' ')
            {
                s = s[..^label.Length].TrimEnd();
                break;
            }
        }

        // An author box's links after the name: "Martin Junker Alles von Martin Junker Kontakt".
        foreach (var infix in InfixLabels)
        {
            var cut = s.IndexOf(infix, StringComparison.OrdinalIgnoreCase);
            if (cut > 1)
            {
                s = s[..cut];
                break;
            }
        }

        s = WithoutAddresses(s).TrimEnd(',', ';', ' ', '—', '–', '-', '|', '·', '•', '/');

        // A handle after the name: "Williams Perdomo @wperdomod".
        var at = s.LastIndexOf(" @", StringComparison.Ordinal);
        if (at > 2 && s.IndexOf(' ', at + 2) < 0)
        {
            s = s[..at].TrimEnd();
        }

        // A copyright line ("© Getty Images") or a photo credit («Фото из Инстаграма …») credits a picture, not the text;
        // a line that ends in a colon is a label («so Artikel empfehlen:»).
        if (s.StartsWith('©') || s.StartsWith("Фото ", StringComparison.Ordinal) || s.EndsWith(':'))
        {
            return [];
        }

        // The outlet after the names: "Glen Owen And Brendan Carlin For The Mail On Sunday", "… for MailOnline".
        var outlet = s.IndexOf(" For ", StringComparison.Ordinal) is > 0 and var f ? f : s.IndexOf(" for Mail", StringComparison.Ordinal);
        if (outlet > 2)
        {
            s = s[..outlet].TrimEnd();
        }

        // A name printed twice, as a credit line and a link: "Kristen Falc'hon Kristen Falc'hon".
        var words = s.Split(' ');
        if (words.Length is 4 or 6 && words.AsSpan(0, words.Length / 2).SequenceEqual(words.AsSpan(words.Length / 2)))
        {
            s = string.Join(' ', words, 0, words.Length / 2);
        }


        // "By Jessica Holly, Gail Levy, 7 News WSVN" in itemprop=author: a byline, so a list of names.
        if (s.Length > 4 && s.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && char.IsUpper(s[3]))
        {
            return s[3..].Split([", ", " and ", " And ", " & "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(n => n.Length > 1 && !IsPlaceholder(n)).ToList();
        }

        // "Glen Owen And Brendan Carlin": a byline of two names, its "And" capitalized as the names are.
        if (s.Contains(" And ", StringComparison.Ordinal))
        {
            return s.Split([", ", " And "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(n => n.Length > 1 && !IsPlaceholder(n)).ToList();
        }

        return s.Length > 1 && !IsPlaceholder(s) ? [s] : [];
    }
}
