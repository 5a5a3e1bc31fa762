using System.Globalization;
using NewsModel.Persian;

namespace NewsModel.Extraction;

/// <summary>
/// A minimal reader of printed Jalali dates («۱۲ ارديبهشت ۱۳۹۸ - ۱۶:۱۲», «۱۳۹۸/۰۲/۱۲ - ۱۶:۱۲», «19:04 1398/02/11»)
/// used by <see cref="DateReader"/> until the date layer (<c>NewsModel.Dates</c>) is merged into this branch.
/// </summary>
internal static class JalaliFallback
{
    private static readonly PersianCalendar Calendar = new();

    private static readonly string[][] Months =
    [
        ["فروردین", "حمل"], ["اردیبهشت", "ثور"], ["خرداد", "جوزا"], ["تیر", "سرطان"], ["مرداد", "امرداد", "اسد"], ["شهریور", "سنبله"],
        ["مهر", "میزان"], ["آبان", "عقرب"], ["آذر", "قوس"], ["دی", "جدی"], ["بهمن", "دلو"], ["اسفند", "حوت"],
    ];

    public static bool TryParse(string text, out DateTime local, out bool hasTime)
    {
        local = default;
        hasTime = false;
        var s = Normalize(text);
        var numbers = new List<(int Value, int Start, int Length)>();
        for (var i = 0; i < s.Length;)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                var start = i;
                var v = 0;
                while (i < s.Length && char.IsAsciiDigit(s[i]) && i - start < 9)
                {
                    v = (v * 10) + (s[i] - '0');
                    i++;
                }

                numbers.Add((v, start, i - start));
            }
            else
            {
                i++;
            }
        }

        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
        var dateEnd = -1;

        // Numeric Y/M/D.
        for (var k = 0; k + 2 < numbers.Count && year == 0; k++)
        {
            var (a, b, c) = (numbers[k], numbers[k + 1], numbers[k + 2]);
            if (!Between(s, a, b, '/', '-') || !Between(s, b, c, '/', '-'))
            {
                continue;
            }

            if (a.Length == 4 && a.Value is >= 1200 and <= 1500)
            {
                (year, month, day, dateEnd) = (a.Value, b.Value, c.Value, c.Start + c.Length);
            }
            else if (c.Length == 4 && c.Value is >= 1200 and <= 1500)
            {
                (year, month, day, dateEnd) = (c.Value, b.Value, a.Value, c.Start + c.Length);
            }
        }

        // «۱۲ اردیبهشت ۱۳۹۸».
        if (year == 0)
        {
            for (var m = 0; m < Months.Length && year == 0; m++)
            {
                foreach (var name in Months[m])
                {
                    var at = FindWord(s, name);
                    if (at < 0)
                    {
                        continue;
                    }

                    var before = numbers.LastOrDefault(n => n.Start + n.Length <= at && at - (n.Start + n.Length) <= 2);
                    var after = numbers.FirstOrDefault(n => n.Start >= at + name.Length && n.Start - (at + name.Length) <= 2);
                    if (before.Length > 0 && after.Length == 4)
                    {
                        (year, month, day, dateEnd) = (after.Value, m + 1, before.Value, after.Start + after.Length);
                        break;
                    }
                }
            }
        }

        if (year == 0 || month is < 1 or > 12 || day < 1 || day > Calendar.GetDaysInMonth(year, month))
        {
            return false;
        }

        // A time "HH:mm[:ss]" anywhere in the text.
        for (var k = 0; k + 1 < numbers.Count; k++)
        {
            var (h, mi) = (numbers[k], numbers[k + 1]);
            if (Between(s, h, mi, ':') && h.Value < 24 && mi.Value < 60 && h.Start + h.Length != dateEnd)
            {
                (hour, minute, hasTime) = (h.Value, mi.Value, true);
                if (k + 2 < numbers.Count && Between(s, mi, numbers[k + 2], ':') && numbers[k + 2].Value < 60)
                {
                    second = numbers[k + 2].Value;
                }

                break;
            }
        }

        local = Calendar.ToDateTime(year, month, day, hour, minute, second, 0);
        return true;
    }

    private static bool Between(string s, (int Value, int Start, int Length) a, (int Value, int Start, int Length) b, params char[] separators)
    {
        var gap = s.AsSpan(a.Start + a.Length, b.Start - (a.Start + a.Length)).Trim();
        return gap.Length == 1 && separators.Contains(gap[0]);
    }

    private static int FindWord(string s, string word)
    {
        var at = s.IndexOf(word, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + word.Length;
            var startOk = at == 0 || !char.IsLetter(s[at - 1]);
            var endOk = end == s.Length || !char.IsLetter(s[end]);
            if (startOk && endOk)
            {
                return at;
            }

            at = s.IndexOf(word, at + 1, StringComparison.Ordinal);
        }

        return -1;
    }

    private static string Normalize(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (PersianDigits.TryGetValue(c, out var d))
            {
                chars[i] = (char)('0' + d);
            }
            else if (c is '\u064A' or '\u0649')
            {
                chars[i] = '\u06CC';
            }
            else if (c == '\u0643')
            {
                chars[i] = '\u06A9';
            }
        }

        return new string(chars);
    }
}

/// <summary>
/// Asia/Tehran's offset: +03:30, with daylight time (+04:30) from 24:00 on 1 Farvardin to 24:00 on 30 Shahrivar in
/// 1991–2005 and 2008–2022 (abolished from 2023). Used until the date layer's <c>TehranTime</c> is merged.
/// </summary>
internal static class TehranOffset
{
    private static readonly PersianCalendar Calendar = new();
    private static readonly TimeSpan Standard = TimeSpan.FromHours(3.5);
    private static readonly TimeSpan Daylight = TimeSpan.FromHours(4.5);

    public static TimeSpan ForLocal(DateTime local)
    {
        var year = Calendar.GetYear(local);
        return HasDst(local.Year) && local >= DstStart(year) && local < DstEnd(year) ? Daylight : Standard;
    }

    public static TimeSpan At(DateTime utc)
    {
        var local = utc + Standard;
        var year = Calendar.GetYear(local);
        return HasDst(local.Year) && local >= DstStart(year) && local < DstEnd(year) - TimeSpan.FromHours(1) ? Daylight : Standard;
    }

    private static bool HasDst(int gregorianYear) => gregorianYear is (>= 1991 and <= 2005) or (>= 2008 and <= 2022);

    private static DateTime DstStart(int jalaliYear) => Calendar.ToDateTime(jalaliYear, 1, 2, 0, 0, 0, 0);

    private static DateTime DstEnd(int jalaliYear) => Calendar.ToDateTime(jalaliYear, 7, 1, 0, 0, 0, 0);
}
