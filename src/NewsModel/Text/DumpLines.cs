using System.Text;
using NewsModel.Persian;

namespace NewsModel.Text;

/// <summary>One line of a text dump, trimmed, with its bullet (if any) removed.</summary>
internal sealed record DumpLine(int Index, string Text, bool Bullet)
{
    private int? _words;

    /// <summary>The number of words (runs of non-space characters).</summary>
    public int Words => _words ??= DumpText.CountWords(Text);

    public bool IsBlank => Text.Length == 0;
}

/// <summary>Small text helpers for the dump reader.</summary>
internal static class DumpText
{
    private static readonly char[] Bullets = ['•', '·', '▪', '►', '◄', '●', '○', '■', '□', '–', '-', '*', '◀', '▶'];

    public static List<DumpLine> Split(string text)
    {
        var lines = new List<DumpLine>();
        var index = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim().Trim('\uFEFF').Trim();
            var bullet = false;
            if (line.Length >= 2 && Array.IndexOf(Bullets, line[0]) >= 0 && char.IsWhiteSpace(line[1]))
            {
                bullet = true;
                line = line[1..].Trim();
            }

            lines.Add(new DumpLine(index++, line, bullet));
        }

        return lines;
    }

    /// <summary>
    /// The words of a line: runs between white space, and in Chinese and Japanese, which write no spaces, one word for
    /// every two ideographs or kana (the average word's length there), so that a paragraph is as long as one in
    /// another language.
    /// </summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var ideographs = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c is >= '぀' and <= 'ヿ' or >= '㐀' and <= '䶿' or >= '一' and <= '鿿' or >= '豈' and <= '﫿')
            {
                ideographs++;
                inWord = false;
                continue;
            }

            var space = char.IsWhiteSpace(c) || c is '　' or '，' or '。' or '、' or '：' or '；' or '！' or '？' or '《' or '》' or '「' or '」' or '“' or '”';
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count + (ideographs + 1) / 2;
    }

    /// <summary>Whether the line ends like a sentence (period, question or exclamation mark, ellipsis), quotes aside.</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd('»', '"', '\'', '”', ')', ' ');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '؟' or '…' or '。' or '！' or '？';
    }

    /// <summary>A comparison key: no spaces, half-spaces, tatweel or trailing colon; Arabic yeh and kaf as Persian.</summary>
    public static string Key(string text)
    {
        var letters = PersianLetters.Normalize(text);
        var sb = new StringBuilder(letters.Length);
        foreach (var c in letters)
        {
            if (c is not (' ' or '\u200C' or '\u200A' or '\u200B' or '\u00A0' or ':' or '：' or '\t'))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The ASCII digits of a run of digits in any of the three sets.</summary>
    public static string AsciiDigits(ReadOnlySpan<char> digits)
    {
        var sb = new StringBuilder(digits.Length);
        foreach (var c in digits)
        {
            if (Persian.PersianDigits.TryGetValue(c, out var v))
            {
                sb.Append((char)('0' + v));
            }
        }

        return sb.ToString();
    }
}
