using System.Collections.Frozen;

namespace NewsModel.Persian;

/// <summary>
/// The word lists behind the half-space repair. Curated by hand for news text; every list is small on purpose:
/// a word missing from a list only costs a half-space we could have restored, a wrong word would put a wrong
/// spelling into the text. A test checks that the lists do not contradict each other.
/// </summary>
internal static class HalfSpaceLexicon
{
    /// <summary>Present stems that take the personal endings م ی د یم ید ند after «می»/«نمی» (کن → می‌کند).</summary>
    public static readonly FrozenSet<string> PresentStems = Set(
        "کن شو ده رو آی گیر دان توان خواه گوی بین یاب رس ساز زن گذار دار آور بر خور نشین پرداز نویس خوان مان گرد " +
        "کوش پذیر افزای گشای نمای فرمای آموز سوز فروش خر پوش کش کاه ترس رسان گذر پرس شکن بند جوی روی زای آرای " +
        "بخش پیوند چرخ خند گری نگر اندیش سنج گزین شمار فرست ریز بار تاب تاز جنگ چین خیز ستان شناس شنو فهم کوب " +
        "گمار لرز میر نشان نه آمیز افکن انداز آفرین آزمای پیمای ران رقص کار خواب شتاب طلب گریز لغز نواز ورز پز " +
        "تراش چسب دزد پاش پرور پرست دو جه سپار پسند باش پر ربای زدای سرای ستای رنج پیچ دوز مال کاو چرخان رویان " +
        "خشک لغزان ترکان پوسان گردان خوابان رقصان جنبان چکان کشان نشین پیما گزار فشار خراش");

    /// <summary>Past stems: with «می» they make the past continuous (می‌کرد, می‌رفتند).</summary>
    public static readonly FrozenSet<string> PastStems = Set(PastNonNoun + " " + PastAlsoNoun);

    /// <summary>
    /// The silent-ه words (ه pronounced as a vowel) that take «ای»/«ام»/«اش»/«اند» after a half-space, chosen so that
    /// the word without its ه is not itself a common word (so «منطقهای» can only be «منطقه‌ای»). Ambiguous pairs such as
    /// نامه/نام, زمینه/زمین, محله/محل, دسته/دست, نشانه/نشان are deliberately absent.
    /// </summary>
    public static readonly FrozenSet<string> SilentHehWords = Set(
        // nouns
        "منطقه رسانه برنامه جامعه توسعه مسئله مساله حمله مرحله مقاله فاصله وسیله معامله مجله نتیجه بودجه درجه " +
        "صفحه لایحه نسخه شاخه کوچه دریاچه جلسه مدرسه موسسه مؤسسه مقایسه نقطه رابطه واسطه ضابطه لحظه حافظه عرصه " +
        "خلاصه مناقصه مزایده عارضه وظیفه فلسفه سابقه علاقه طبقه دقیقه مسابقه حلقه شبکه سکه تکه ادامه مقدمه بیمه کلمه " +
        "ترجمه صدمه خاتمه ضمیمه هزینه نمونه گونه صحنه کارخانه دبیرخانه وزارتخانه خزانه بهانه افسانه دامنه جبهه شعبه " +
        "جنبه غلبه مرتبه رتبه تپه پایه سایه سرمایه حاشیه ناحیه نظریه بیانیه اطلاعیه نشریه قضیه توصیه ثانیه هدیه " +
        "همسایه مایه رویه زاویه شهریه ترکیه روسیه سوریه اولیه کلیه ثانویه نقلیه تهیه تغذیه تجزیه تصفیه تسویه " +
        "تکیه بقیه قافیه مالیه عالیه فوریه ژانویه ژوئیه قضاییه قضائیه مجریه گریه کرایه آرایه دایه ادویه تخلیه تنبیه " +
        "توجیه تعبیه تعزیه سویه حادثه واقعه فاجعه مجموعه قطعه شایعه مطالعه مراجعه مصاحبه " +
        "محاسبه مبارزه اندازه پرونده پدیده چهره خانواده اداره اجاره ستاره شماره اشاره نظاره دوره? کره قاره جزیره ذخیره " +
        "دایره چاره گزینه قرینه معاینه زمانه? کیسه ریشه اندیشه گوشه شیشه پیشه همیشه نقشه? لوله قله هسته رشته فرشته " +
        "هفته دانه شانه لانه رایانه یارانه ترانه آستانه? پروانه خانه جوجه غنچه باغچه دفترچه کتابچه پله? پرده " +
        "نامه? علامه معاهده مشاهده مجاهده مذاکره مناظره خاطره تبصره حوزه? پروژه کوزه دروازه آوازه " +
        "جنازه اجازه مغازه تجربه محاصره قاعده عقیده فایده عهده وعده ماده معده اراده عده? عمده حواله " +
        "زلزله هاله بهره ممنوعه مطالبه مقابله ملاحظه مشغله حافظه غائله قافله قبیله وسوسه رساله سلسله",
        // adjectives and adverbs
        "ویژه ساده زنده تازه گسترده پیچیده برجسته شایسته ارزنده آینده گذشته سازنده خسته فزاینده پسندیده دوستانه " +
        "عادلانه هوشمندانه صادقانه آگاهانه جسورانه ناباورانه ماهرانه محترمانه عاقلانه مخفیانه منصفانه خلاقانه روزانه " +
        "سالانه ماهانه شبانه هفتگانه جداگانه ناگهانه رایگانه مردانه زنانه کودکانه عاشقانه دلسوزانه مشتاقانه " +
        "متاسفانه متأسفانه خوشبختانه بیگانه دیوانه یگانه میانه شگفتانه ناشیانه وحشیانه نمادینه کمینه بیشینه بهینه " +
        "پیشینه دیرینه زیرینه قرینه زرینه نسبتا? ثابته? کامله? افسرده آزرده شرمنده برنده بازنده رونده جوینده گوینده " +
        "نویسنده خواننده بیننده شنونده دارنده تولیدکننده مصرفکننده تعیینکننده نگرانکننده ناامیدکننده کننده " +
        "بازدارنده آلاینده فریبنده زننده تابنده درخشنده فزاینده کاهنده پاینده تازنده");

    /// <summary>Participles that also take «ای» without ambiguity (their stem is not a common noun).</summary>
    public static readonly FrozenSet<string> ParticiplesForAi;

    /// <summary>All participles (stem + ه), for «ام»/«اند»/«ایم»/«اید», where no plural reading competes.</summary>
    public static readonly FrozenSet<string> ParticiplesForPerfect;

    /// <summary>
    /// Nouns ending in a joining letter that take the plural «های» and whose form with a final ه is not a common word
    /// (so «کتابهای» can only be «کتاب‌های»). Words ending in ه, ی, یت, ش and گ are handled by rule, not listed.
    /// </summary>
    public static readonly FrozenSet<string> PluralBases = Set(
        "کتاب انتخاب حساب شب اسب جناب حزب انقلاب باب خواب آب سبب مطلب مذهب ادب عرب غرب کسب ترکیب رقیب آسیب " +
        "توپ تیپ کلیپ دولت ملت وزارت شرکت حرکت صحبت فرصت نشست پرداخت قیمت خدمت سیاست هیئت هیات ساعت صنعت جهت " +
        "مدت نوبت حالت علت قدرت ثبت وقت دقت رقابت تجارت پست شکست نفت تخت بخت درخت پایتخت بحث میراث حدیث " +
        "برج موج اوج زوج گنج رنج برنج پیچ طرح سطح اصلاح صلح سلاح جناح روح تاریخ پاسخ نرخ کاخ کلاس درس مجلس پلیس " +
        "رئیس نفس اساس لباس عکس کنفرانس آژانس سرویس تاسیس تأسیس کارشناس اتوبوس بورس جنس شخص نقص عرض فرض مرض " +
        "قرض خط شرط ارتباط محیط بلیط بلیت موضوع منبع نوع مرجع وضع مانع مجمع دفاع اجتماع اطلاع باغ مبلغ مرغ چراغ " +
        "طرف هدف حرف اختلاف تکلیف ردیف حریف سقف مصرف کشف ضعف تعریف کیف صف توقف حق عشق برق اتاق شرق فرق تحقیق " +
        "طریق اتفاق حقوق عمق صندوق افق بانک کمک پزشک مدرک شریک کودک سبک تانک پارک موشک اشک پلاک سال مسئول عامل " +
        "دلیل مدل گل فصل نسل اصل مشکل عمل تحلیل پل کانال فوتبال والیبال بسکتبال دل منزل شغل تحول پول سوال سؤال " +
        "موبایل فایل هتل تونل ریال جدول اتومبیل اقدام نظام مقام پیام تیم فیلم رژیم سیستم حکم علم قدم حجم رقم قلم " +
        "جرم چشم اسم جسم مراسم مردم حرم گام دام قوم سهم رسم سازمان ساختمان درمان قهرمان زبان زمان استان بیمارستان " +
        "دبیرستان شهرستان قانون میدان خیابان جوان مکان امکان کمپین ماشین سن آیین دین دوربین نان جان بن تلفن کابین " +
        "بنزین متن وطن دشمن انجمن دوران بحران جریان پایان میزان زن سخن جشن پیمان نشان آسمان فرمان مهمان گمان " +
        "گردان مسکن معدن بدن ذهن کمیسیون اپلیکیشن لیگ گروه کوه راه شاه ماه");

    /// <summary>Adjectives that take «تر»/«ترین»/«تری» after a half-space.</summary>
    public static readonly FrozenSet<string> Adjectives = Set(
        "بزرگ کوچک مهم سخت آسان سریع قوی ضعیف نزدیک جدی مناسب ارزان گران سنگین سبک عمیق وسیع جدید قدیمی طولانی " +
        "کوتاه پیچیده ساده روشن تاریک بلند پایین شدید دقیق عجیب محکم سالم امن ثابت فعال موفق مطمئن مشکل دشوار " +
        "راحت تنگ تند گرم سرد تلخ شیرین غنی فقیر جوان پیر کهن تازه مثبت منفی گسترده برجسته شایسته مشهور معروف " +
        "محبوب ارزشمند قدرتمند ثروتمند کامل جامع مفید موثر مؤثر کارآمد حساس خطرناک آرام شلوغ شفاف متنوع متفاوت " +
        "پیشرفته خوشحال ناراحت نگران امیدوار جذاب زشت باریک پهن ضخیم نازک داغ خنک شیک گرسنه تشنه خسته سنگین " +
        "مهمتر مرتب منظم دور عقب جلو سالم مستحکم");

    /// <summary>Words that end in «ها» without being plurals (تنها, بها, انتها) or whose plural is written joined (آنها).</summary>
    public static readonly FrozenSet<string> HaWords = Set(
        "تنها بها رها انتها اشتها اژدها فقها سفها منها الها آنها اینها انها گاها منتها وجها سها مها طاها لها فیها " +
        "علیها الیها عنها مشارالیها ابتها نها دها شها");

    /// <summary>Words that begin like «می» + verb but are something else («میدانی»: of the field).</summary>
    public static readonly FrozenSet<string> MiExceptions = Set("میدانی میدانیم? میشی میری میرانی");

    /// <summary>Short words that never take a plural or comparative suffix across a space.</summary>
    public static readonly FrozenSet<string> FunctionWords = Set(
        "و از به با در تا را که یا هم نیز بر بی می نمی ای اگر چون چه همه هر هیچ این آن او ما شما آنان ایشان");

    /// <summary>Arabic first elements that join «ال...» with a half-space (بین‌المللی, فوق‌العاده).</summary>
    public static readonly FrozenSet<string> ArabicFirstElements = Set(
        "بین فوق حق بیت علی لازم ممنوع فارغ مجهول دار صاحب قائم مجهول حسب فی");

    private const string PastNonNoun =
        "شد بود رفت آمد گفت داشت زد گرفت توانست دانست خورد ماند نوشت خواند گذاشت گذشت آورد یافت افتاد انداخت " +
        "فروخت پوشید کشید پرسید ترسید ریخت آموخت دوید گردید پذیرفت افزود فرمود کوشید گشود رساند نشاند شنید فهمید " +
        "بخشید کاست چرخید خندید گریست اندیشید خوابید لرزید رقصید راند گزید سپرد پسندید جنگید طلبید خاست تاخت دوخت " +
        "تافت کاشت گماشت پنداشت انگاشت آراست آمیخت گریخت فرستاد ایستاد شتافت پیمود آزمود ربود زدود ستود شمرد فشرد " +
        "گسترد آسود آلود داد دید";

    private const string PastAlsoNoun =
        "کرد برد ساخت نشست رسید پرداخت شناخت بست شکست سوخت گشت نمود خرید زیست مرد پیوست باخت بافت نهاد کشت سرود " +
        "خواست";

    static HalfSpaceLexicon()
    {
        var forAi = new List<string>();
        foreach (var stem in PastNonNoun.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            forAi.Add(stem + "ه");
        }

        var all = new List<string>(forAi);
        foreach (var stem in PastAlsoNoun.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            all.Add(stem + "ه");
        }

        ParticiplesForAi = forAi.ToFrozenSet(StringComparer.Ordinal);
        ParticiplesForPerfect = all.ToFrozenSet(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Set(params string[] lists)
    {
        var words = new List<string>();
        foreach (var list in lists)
        {
            foreach (var w in list.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // a trailing '?' marks a word left out on purpose (ambiguous); keep the mark in the source as a note
                if (!w.EndsWith('?') && !w.EndsWith('\u200C'))
                {
                    words.Add(w);
                }
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
