namespace NewsModel.Text;

/// <summary>The label lines that page dumps share: list headings, tool bars and the comment form's boilerplate.</summary>
internal static class DumpLabels
{
    private static readonly Dictionary<string, HeadlineListKind> Lists = new(StringComparer.Ordinal)
    {
        [DumpText.Key("سرخط خبرها")] = HeadlineListKind.Ticker,
        [DumpText.Key("سر خط خبرها")] = HeadlineListKind.Ticker,
        [DumpText.Key("تیتر یک")] = HeadlineListKind.Ticker,
        [DumpText.Key("پربازدید")] = HeadlineListKind.MostViewed,
        [DumpText.Key("پربازدیدترین")] = HeadlineListKind.MostViewed,
        [DumpText.Key("پربازدیدترین اخبار")] = HeadlineListKind.MostViewed,
        [DumpText.Key("پربیننده‌ترین اخبار")] = HeadlineListKind.MostViewed,
        [DumpText.Key("پربیننده‌ترین")] = HeadlineListKind.MostViewed,
        [DumpText.Key("پرخواننده‌ترین")] = HeadlineListKind.MostViewed,
        [DumpText.Key("پربحث")] = HeadlineListKind.MostDiscussed,
        [DumpText.Key("پربحث‌ترین")] = HeadlineListKind.MostDiscussed,
        [DumpText.Key("آخرین اخبار")] = HeadlineListKind.Latest,
        [DumpText.Key("آخرین خبرها")] = HeadlineListKind.Latest,
        [DumpText.Key("اخبار روز")] = HeadlineListKind.Latest,
        [DumpText.Key("اخبار مرتبط")] = HeadlineListKind.Related,
        [DumpText.Key("خبرهای مرتبط")] = HeadlineListKind.Related,
        [DumpText.Key("مطالب مرتبط")] = HeadlineListKind.Related,
        [DumpText.Key("اخبار پیشنهادی")] = HeadlineListKind.Related,
        [DumpText.Key("مطالب پیشنهادی")] = HeadlineListKind.Related,
        [DumpText.Key("بیشتر بخوانید")] = HeadlineListKind.Related,
    };

    private static readonly HashSet<string> Boilerplate = new(StringComparer.Ordinal)
    {
        DumpText.Key("گزارش خطا"), DumpText.Key("ارسال نظر"), DumpText.Key("ارسال نظرات"), DumpText.Key("نظرات"), DumpText.Key("نظر شما"),
        DumpText.Key("دیدگاه‌ها"), DumpText.Key("دیدگاه"), DumpText.Key("نظرات کاربران"), DumpText.Key("اشتراک گذاری"), DumpText.Key("به اشتراک بگذارید"),
        DumpText.Key("برچسب‌ها"), DumpText.Key("کلیدواژه‌ها"), DumpText.Key("کلید واژه ها"), DumpText.Key("کلمات کلیدی"), DumpText.Key("تگ‌ها"),
        DumpText.Key("چاپ"), DumpText.Key("نسخه چاپی"), DumpText.Key("لینک کوتاه"), DumpText.Key("کپی لینک"), DumpText.Key("ارسال به دوستان"),
        DumpText.Key("نسخه چاپی ارسال به دوستان"), DumpText.Key("اندازه فونت"), DumpText.Key("ذخیره"), DumpText.Key("بازگشت"),

        // Chinese and Japanese pages' tools and list labels (xinhuanet's «【纠错】» under its text).
        "【纠错】", "纠错", "分享到", "打印", "关闭窗口", "关注我们", "相关新闻", "相关阅读", "相关链接", "网友评论", "热点推荐", "关联记事", "関連記事",
        "関連ニュース",
    };

    /// <summary>Whether the line labels a headline list, and which.</summary>
    public static bool IsListLabel(string text, out HeadlineListKind kind)
    {
        kind = HeadlineListKind.Other;
        return text.Length <= 40 && Lists.TryGetValue(DumpText.Key(text), out kind);
    }

    /// <summary>Whether the line is a label, tool or notice that never belongs to an article's body.</summary>
    public static bool IsBoilerplate(string text)
    {
        if (text.Length <= 40)
        {
            var key = DumpText.Key(text);
            if (Boilerplate.Contains(key) || Lists.ContainsKey(key) || key.StartsWith("انتهای", StringComparison.Ordinal) && key.Contains("پیام", StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (text.Contains("Google Analytics", StringComparison.OrdinalIgnoreCase) || text.StartsWith("{*", StringComparison.Ordinal) || text.StartsWith("<--", StringComparison.Ordinal))
        {
            return true;
        }

        // The comment form's moderation notice: «… پس از تائید … منتشر خواهد شد», «نظراتی که حاوی توهین … منتشر نخواهد شد».
        return text.Length <= 300
            && (text.Contains("منتشر خواهد شد", StringComparison.Ordinal) || text.Contains("منتشر نخواهد شد", StringComparison.Ordinal)
                || text.Contains("منتشر نمی", StringComparison.Ordinal))
            && (text.Contains("نظر", StringComparison.Ordinal) || text.Contains("دیدگاه", StringComparison.Ordinal));
    }
}
