using static NewsModel.Persian.HalfSpaceLexicon;
using static NewsModel.Persian.PersianChars;

namespace NewsModel.Persian;

/// <summary>
/// The affix rules that decide where a lost half-space belongs. Each rule fires only where the spelling is
/// unambiguous given the word lists in <see cref="HalfSpaceLexicon"/>; anything else is left as written.
/// </summary>
internal static class HalfSpaceRules
{
    private const string Mi = "می";
    private const string Nami = "نمی";

    private static readonly string[] PluralOnlySuffixes = ["هایشان", "هایمان", "هایتان", "هایش", "هایت", "هایی", "ها"];
    private static readonly string[] PerfectSuffixes = ["اند", "ایم", "اید", "ام", "اش"];
    private static readonly string[] PresentEndings = ["ند", "ید", "یم", "د", "م", "ی"];
    private static readonly string[] PastEndings = ["ند", "ید", "یم", "م", "ی", ""];

    /// <summary>Whether two words separated by one space should be one word joined by a half-space.</summary>
    public static bool ShouldJoin(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (left.IsEmpty || right.Length < 2 || right.Length > 6)
        {
            return false;
        }

        // «می شود» → «می‌شود»
        if (left.Length <= 3 && (left.SequenceEqual(Mi) || left.SequenceEqual(Nami)))
        {
            return !right.Contains(Zwnj) && IsVerbForm(right);
        }

        // the right word must be a detached suffix; only then look at the left word
        var plural = right[0] == Heh && right[1] == 'ا' && (right.Length == 2 || IsAny(right, PluralOnlySuffixes) || right.SequenceEqual("های") || right.SequenceEqual("هایم"));
        var perfect = !plural && right[0] == 'ا' && (right.SequenceEqual("ای") || IsAny(right, PerfectSuffixes));
        var comparative = !plural && !perfect && right[0] == 'ت' && (right.SequenceEqual("تر") || right.SequenceEqual("تری") || right.SequenceEqual("ترین"));
        if (!plural && !perfect && !comparative)
        {
            return false;
        }

        if (left.Length < 2 || left.Contains(Zwnj) || Contains(FunctionWords, left))
        {
            return false;
        }

        // «کتاب ها» → «کتاب‌ها»
        if (plural)
        {
            return !IsHaWord(left);
        }

        // «منطقه ای» → «منطقه‌ای», «شده اند» → «شده‌اند»
        if (perfect)
        {
            return left[^1] == Heh && (right.SequenceEqual("ای") ? IsSilentHehForAi(left) : IsSilentHehForPerfect(left));
        }

        // «بزرگ تر» → «بزرگ‌تر», «مهم ترین» → «مهم‌ترین»
        return right.SequenceEqual("ترین") || Contains(Adjectives, left);
    }

    /// <summary>Where a half-space belongs inside a word written without one, or -1.</summary>
    public static int FindInsertion(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return -1;
        }

        var last = word[^1];
        var first = word[0];
        if (first is not ('م' or 'ن') && last is not ('ا' or 'ی' or 'ن' or 'ر' or 'د' or 'م' or 'ش' or 'ت') && !word.Contains("ال", StringComparison.Ordinal))
        {
            return -1;
        }

        // «بینالمللی» → «بین‌المللی»
        var arabic = ArabicArticle(word);
        if (arabic > 0)
        {
            return arabic;
        }

        // «میشود» → «می‌شود», «نمیتواند» → «نمی‌تواند»
        if (word.StartsWith(Nami) && IsVerbForm(word[3..]))
        {
            return 3;
        }

        if (word.StartsWith(Mi) && IsVerbForm(word[2..]) && !Contains(MiExceptions, word))
        {
            return 2;
        }

        // «بزرگترین» → «بزرگ‌ترین»
        if (word.EndsWith("ترین"))
        {
            var x = word[..^4];
            if (x.Length >= 2 && JoinsForward(x[^1]) && (Contains(Adjectives, x) || (x.Length >= 3 && !IsIrregularComparative(x))))
            {
                return x.Length;
            }
        }

        foreach (var suffix in (ReadOnlySpan<string>)["تری", "تر"])
        {
            if (word.EndsWith(suffix))
            {
                var x = word[..^suffix.Length];
                if (x.Length >= 2 && JoinsForward(x[^1]) && Contains(Adjectives, x))
                {
                    return x.Length;
                }
            }
        }

        // «علاقهمند» → «علاقه‌مند», «بهرهمندی» → «بهره‌مندی»
        foreach (var suffix in (ReadOnlySpan<string>)["مندان", "مندی", "مند"])
        {
            if (word.EndsWith(suffix))
            {
                var w = word[..^suffix.Length];
                if (w.Length >= 3 && w[^1] == Heh && Contains(SilentHehWords, w))
                {
                    return w.Length;
                }

                break;
            }
        }

        // «منطقهای» → «منطقه‌ای», «کردهاند» → «کرده‌اند», «کتابهای» → «کتاب‌های»
        if (word.EndsWith("های"))
        {
            var w = word[..^2]; // the word with its ه
            if (IsSilentHehForAi(w))
            {
                return w.Length;
            }

            var x = word[..^3];
            return IsPluralBaseForHai(x, w) ? x.Length : -1;
        }

        foreach (var suffix in PerfectSuffixes)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix) && word[^(suffix.Length + 1)] == Heh)
            {
                var w = word[..^suffix.Length];
                if (IsSilentHehForPerfect(w))
                {
                    return w.Length;
                }
            }
        }

        // «کتابها» → «کتاب‌ها», «دستهایم» → «دست‌هایم» (unless «دسته‌ایم»)
        if (word.EndsWith("هایم"))
        {
            var x = word[..^4];
            return IsPluralBase(x) && !IsSilentHehForPerfect(word[..^3]) ? x.Length : -1;
        }

        foreach (var suffix in PluralOnlySuffixes)
        {
            if (word.EndsWith(suffix))
            {
                var x = word[..^suffix.Length];
                return IsPluralBase(x) ? x.Length : -1;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="r"/> is a verb form that «می» can precede: present stem + ending or past stem (+ ending).</summary>
    internal static bool IsVerbForm(ReadOnlySpan<char> r)
    {
        if (r.Length < 2)
        {
            return false;
        }

        foreach (var e in PresentEndings)
        {
            if (r.Length > e.Length && r.EndsWith(e) && Contains(PresentStems, r[..^e.Length]))
            {
                return true;
            }
        }

        foreach (var e in PastEndings)
        {
            if (r.Length > e.Length && r.EndsWith(e) && Contains(PastStems, r[..^e.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static int ArabicArticle(ReadOnlySpan<char> word)
    {
        var al = word.IndexOf("ال");
        if (al < 2 || word.Length - al < 5 || !JoinsForward(word[al - 1]))
        {
            return -1;
        }

        return Contains(ArabicFirstElements, word[..al]) ? al : -1;
    }

    private static bool IsIrregularComparative(ReadOnlySpan<char> x) =>
        x.SequenceEqual("بیش") || x.SequenceEqual("کم") || x.SequenceEqual("به") || x.SequenceEqual("مه") || x.SequenceEqual("که");

    /// <summary>A base that takes «ها»/«هایی»/«هایش»: long enough, joining, not a word that merely ends in «ها».</summary>
    private static bool IsPluralBase(ReadOnlySpan<char> x) =>
        x.Length >= 2 && JoinsForward(x[^1]) && !IsHaWord(x);

    /// <summary>«Xهای»: plural of X only where X + ه is not a silent-ه word that could take «ای».</summary>
    private static bool IsPluralBaseForHai(ReadOnlySpan<char> x, ReadOnlySpan<char> xHeh)
    {
        if (!IsPluralBase(x))
        {
            return false;
        }

        var last = x[^1];
        if (last == Heh || x.EndsWith("یت"))
        {
            return true;
        }

        if (last == PersianYeh || last == 'ش' || last == 'گ')
        {
            return !IsSilentHehForPerfect(xHeh) && !Contains(SilentHehWords, xHeh);
        }

        return Contains(PluralBases, x);
    }

    private static bool IsHaWord(ReadOnlySpan<char> x)
    {
        Span<char> buffer = stackalloc char[64];
        if (x.Length + 2 > buffer.Length)
        {
            return false;
        }

        x.CopyTo(buffer);
        "ها".CopyTo(buffer[x.Length..]);
        return Contains(HaWords, buffer[..(x.Length + 2)]) || buffer[..(x.Length + 2)].EndsWith("الیها");
    }

    private static bool IsSilentHehForAi(ReadOnlySpan<char> w) =>
        w.Length >= 3 && w[^1] == Heh &&
        (Contains(SilentHehWords, w) || Contains(ParticiplesForAi, w) || EndsWithLightParticiple(w));

    private static bool IsSilentHehForPerfect(ReadOnlySpan<char> w) =>
        w.Length >= 3 && w[^1] == Heh &&
        (Contains(SilentHehWords, w) || Contains(ParticiplesForPerfect, w) || EndsWithLightParticiple(w));

    /// <summary>«برگزارشده», «غافلگیرگرفته»: a compound ending in the participle of شدن or گرفتن.</summary>
    private static bool EndsWithLightParticiple(ReadOnlySpan<char> w) =>
        (w.EndsWith("شده") && w.Length >= 5 && !w.SequenceEqual("ارشده") && !w.SequenceEqual("مرشده")) || (w.EndsWith("گرفته") && w.Length >= 7);

    private static bool IsAny(ReadOnlySpan<char> s, string[] options)
    {
        foreach (var o in options)
        {
            if (s.SequenceEqual(o))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(System.Collections.Frozen.FrozenSet<string> set, ReadOnlySpan<char> word) =>
        word.Length <= 24 && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
