using NewsModel.Extraction;

namespace NewsModel.Tests.Extraction;

public class LanguageToolsTests
{
    [Theory]
    [InlineData("prs", true)]
    [InlineData("PRS-AF", true)]
    [InlineData("fa-AF", true)]
    [InlineData("fa_af", true)]
    [InlineData("ps-AF", true)]
    [InlineData(" fa - AF ", true)]
    [InlineData("fa", false)]
    [InlineData("fa-IR", false)]
    [InlineData("en-AF", false)]
    [InlineData("af", false)]
    [InlineData("-", false)]
    [InlineData("_-_", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Afghan_language_tags_are_told_and_junk_is_not_one(string? tag, bool afghan) =>
        LanguageTools.IsAfghan(tag).Should().Be(afghan);

    [Theory]
    [InlineData("-")]
    [InlineData("_")]
    [InlineData("-AF")]
    public void A_junk_language_tag_leaves_the_language_to_the_text(string tag)
    {
        var r = ArticleParser.Default.Parse($"""<html lang="{tag}"><body><h1>عنوان خبر امروز</h1><p>متن خبر که به اندازه کافی بلند است تا متن اصلی صفحه حساب شود و بماند.</p></body></html>""");
        r.Value.Language.Should().Be("fa");
    }

    [Theory]
    [InlineData("The minister said that the plan was ready and that it is not the end of the talks with the unions.", "en")]
    [InlineData("DER Minister SAGTE, dass die Pläne nicht fertig sind und dass die Gespräche mit den Gewerkschaften auch weitergehen werden.", "de")]
    [InlineData("Il ministro ha detto che il piano della riforma non è pronto e che gli incontri con i sindacati sono anche più lunghi.", "it")]
    [InlineData("il il il il il il il il il il", null)]
    [InlineData("Die Verhandlungen über Gewerkschaftsforderungen Arbeitszeitverkürzungen Sozialversicherungsbeiträge", null)]
    [InlineData("", null)]
    public void Latin_text_is_told_by_its_function_words_counted_for_every_language_that_has_them(string text, string? language)
    {
        // «il» is Italian and French: ten of them are ten hits for both, and no language has half again the other's.
        LanguageTools.FromWords(text).Should().Be(language);
    }

    // Hand-written sentences, one rule each: letters only Pashto (ې ښ ړ ګ), Urdu (ے ں ہ), Sorani (ە ۆ ێ), Sindhi (ڪ ڏ)
    // or Uyghur (ۇ ۋ ڭ) use.
    public const string Pashto = "د افغانستان د پوهنې وزارت ویلي چې د هېواد په ګڼو ولایتونو کې به ښوونځي د راتلونکې اونۍ له پیله بیا پرانیستل شي.";
    public const string Urdu = "پاکستان کے وزیر اعظم نے آج اسلام آباد میں ایک اہم اجلاس کی صدارت کی جس میں ملک کی معاشی صورتحال پر بات چیت ہوئی۔";
    public const string Sorani = "سەرۆکی هەرێمی کوردستان لە هەولێر پێشوازی لە شاندێکی ئەورووپی کرد و باسی پەیوەندییەکانی نێوان هەردوولا کرا.";
    public const string Sindhi = "سنڌ حڪومت ڪراچي ۾ نئين اسپتال جو افتتاح ڪيو ۽ وزير اعليٰ چيو ته عوام کي بهتر سهولتون ڏنيون وينديون ۽ ڪم جلد ٿيندو.";
    public const string Uyghur = "ئۇيغۇر ئاپتونوم رايونىدا يېڭى مەكتەپ ئېچىلدى ۋە ئوقۇغۇچىلار خۇشال بولدى.";
    public const string Persian = "وزیر آموزش و پرورش گفت که مدرسه‌ها از هفته آینده در همه استان‌های کشور دوباره باز می‌شوند و دانش‌آموزان به کلاس برمی‌گردند.";

    [Theory]
    [InlineData(Pashto, "ps")]
    [InlineData(Urdu, "ur")]
    [InlineData(Sorani, "ckb")]
    [InlineData(Sindhi, "sd")]
    [InlineData(Uyghur, "ug")]
    [InlineData(Persian, "fa")]
    [InlineData("التقى وزير الخارجية اليوم نظيره في العاصمة وبحث الجانبان العلاقات الثنائية بين البلدين.", "ar")]
    public void Arabic_script_text_is_told_by_the_letters_only_its_language_uses(string text, string language) =>
        LanguageTools.FromScript(text).Should().Be(language);

    [Fact]
    public void A_Pashto_name_in_a_Persian_text_leaves_it_Persian()
    {
        // Two Pashto letters (ګ ښ): fewer than five.
        var text = Persian + " خبرنگار ما از ننګرهار گزارش داد که «ښه راغلاست» شعار این مراسم بود. " + Persian;
        LanguageTools.FromScript(text).Should().Be("fa");

        // Five are enough in a short text, not in one three times as long (under 2 % of its letters).
        LanguageTools.FromScript(Persian + " ګ ښ ړ ې ې").Should().Be("ps");
        LanguageTools.FromScript(string.Join(" ", Persian, Persian, Persian, "ګ ښ ړ ې ې")).Should().Be("fa");
    }

    [Fact]
    public void Uyghur_is_not_taken_for_Sorani_or_Pashto_whose_letters_it_shares()
    {
        // ە ۆ are Sorani's too and ې Pashto's: without Uyghur's own ۇ ۋ ڭ it would be one of them.
        LanguageTools.FromScript(Uyghur.Replace('\u06C7', '\u0648').Replace('\u06CB', '\u0648').Replace('\u06AD', '\u0646')).Should().NotBe("ug");
        LanguageTools.FromScript(Uyghur).Should().Be("ug");
    }
}
