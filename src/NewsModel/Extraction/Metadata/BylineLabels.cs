namespace NewsModel.Extraction.Metadata;

/// <summary>
/// The words in front of a byline's name, in one place for the two readers of bylines. Both take
/// <see cref="Common"/>. The reader of elements a class already names for the author (<see cref="VisibleLayer"/>)
/// also takes a publisher's label and short particles, as the class says the line is a byline; the reader of
/// unmarked lines (<see cref="LabelledByline"/>) also takes labels that only ever open a credit line.
/// </summary>
internal static class BylineLabels
{
    /// <summary>Labels that mark a byline wherever they open a line.</summary>
    public static readonly string[] Common =
    [
        "Autor:", "Autorin:", "Author:", "Text:", "Written by", "Posted by", "Submitted by", "Geschrieben von",
        "Gespeichert von", "Eingestellt von", "Publié par", "Publicado por",
        "By", "by", "BY", "Von", "von", "Par", "par", "Por", "por", "Door", "door", "به قلم",
    ];

    /// <summary>The labels of an element named for the author: <see cref="Common"/>, a publisher's, particles.</summary>
    public static readonly string[] InAuthorElements =
        [.. Common, "Published by", "Veröffentlicht von", "VON", "vom", "Di", "di"];

    /// <summary>
    /// The labels of an unmarked line under the headline: credit lines («Ein Beitrag von», «Autoren Jelko Djuren und
    /// Jutta Klaukien», "Written by: …"), then <see cref="Common"/>. Without a colon the name after them must have two
    /// words at least, as the words are ordinary ones.
    /// </summary>
    public static readonly string[] OpeningLines =
    [
        "Verfasser:", "Verfasserin:", "Von:", "By:", "Redaktion:", "Written by:", "Ein Artikel von", "Ein Beitrag von",
        "Ein Gastbeitrag von", "Gastbeitrag von", "Text von", "Text und Fotos von", "Blog Beitrag von", "Blogbeitrag von",
        "Autoren", "Autorinnen",
        // Persian credit lines: the role and a colon («خبرنگار: …», «تهیه و تنظیم: …»).
        "تهیه و تنظیم:", "ترجمه و تنظیم:", "نویسنده:", "خبرنگار:", "گزارشگر:", "نگارش:", "گردآوری:", "ترجمه:", "مترجم:",
        .. Common,
    ];
}
