namespace NewsModel.Dates;

/// <summary>What a word in a date means.</summary>
internal enum WordKind : byte
{
    JalaliMonth,
    DariMonth,
    GregorianMonth,
    HijriMonth,
    Weekday,
    HourLabel,
    Connector,
    Am,
    Pm,
    Ago,
    AgoBefore,
    ClockSuffix,
    Unit,
    DualUnit,
    Yesterday,
    Today,
    DayBeforeYesterday,
    JustNow,

    /// <summary>A small number written as a word before a unit («یک», «دو», "two", «zwei», «dos»): the value is the number.</summary>
    Count,
    Half,
    JalaliSuffix,
    GregorianSuffix,
    HijriSuffix,
    MonthWord,
    YearWord,
    Of,

    /// <summary>A day of the month as a Persian ordinal («هفدهم», «بیست و پنجم», «اول»): the value is the day.</summary>
    DayOrdinal,

    /// <summary>A part of the day after a clock time («صبح», «ظهر», «عصر», «شب»): the value is one of <see cref="DateWords.Morning"/> … <see cref="DateWords.Night"/>.</summary>
    DayPart,

    /// <summary>A zone named after a clock time («گرینویچ», «به وقت تهران»): the value is its offset in minutes, or <see cref="DateWords.TehranZone"/>.</summary>
    ZoneName,
}

/// <summary>Relative-time units; the value of a <see cref="WordKind.Unit"/> word.</summary>
internal enum RelativeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
}

/// <summary>A known word: its folded spelling (no spaces or half-spaces), what it is and its value (month 1–12, weekday, unit).</summary>
internal readonly record struct DateWord(string Text, WordKind Kind, int Value);

/// <summary>
/// The words of dates as news pages print them, matched without allocating: both sides are folded (Arabic ي ى ك to
/// Persian ی ک, آ أ إ to ا, ة ۀ to ه, ASCII case), and spaces, half-spaces, tatweel, diacritics and bidi marks inside
/// a word are skipped, so «سه‌شنبه», «سه شنبه» and «سهشنبه» are one word, as are «ارديبهشت» and «اردیبهشت».
/// </summary>
internal static class DateWords
{
    /// <summary>Values of <see cref="WordKind.DayPart"/>.</summary>
    internal const int Morning = 0, Noon = 1, Afternoon = 2, Night = 3;

    /// <summary>
    /// The 24-hour hour of a 12-hour clock's hour said with a part of the day: morning's hours as they are (12 is
    /// midnight's 0); noon's 12 as it is and 1–5 after it; the afternoon's 1–11 after noon; the night's 5–11 in the
    /// evening and 1–4 after midnight. An hour over 12 is already a 24-hour one.
    /// </summary>
    internal static int ApplyDayPart(int part, int hour) => hour > 12 ? hour : part switch
    {
        Morning => hour == 12 ? 0 : hour,
        Noon => hour is >= 1 and <= 5 ? hour + 12 : hour,
        Afternoon => hour is >= 1 and <= 11 ? hour + 12 : hour,
        _ => hour is >= 5 and <= 11 ? hour + 12 : hour,
    };

    /// <summary>The value of a <see cref="WordKind.ZoneName"/> that names Tehran, whose offset is the rules' of the day, not one number.</summary>
    internal const int TehranZone = int.MinValue;

    /// <summary>Candidates by folded first character; every first character of a known word is below U+0700.</summary>
    private static readonly DateWord[]?[] ByFirstChar = Build();

    private static bool TryGetCandidates(char first, out DateWord[] candidates)
    {
        var c = Fold(first);
        candidates = c < ByFirstChar.Length ? ByFirstChar[c]! : null!;
        return candidates is not null;
    }

    /// <summary>Whether a known word starts at <paramref name="i"/> (a cheap first-character test).</summary>
    internal static bool MayStartWord(ReadOnlySpan<char> s, int i) => TryGetCandidates(s[i], out _);

    private static DateWord[]?[] Build()
    {
        var words = new List<DateWord>();
        void Add(WordKind kind, int value, params string[] spellings)
        {
            foreach (var s in spellings)
            {
                words.Add(new DateWord(FoldWord(s), kind, value));
            }
        }

        string[][] iranian =
        [
            ["فروردین"], ["اردیبهشت"], ["خرداد"], ["تیر"], ["مرداد", "امرداد"], ["شهریور"],
            ["مهر"], ["آبان"], ["آذر"], ["دی"], ["بهمن"], ["اسفند"],
        ];
        string[][] dari =
        [
            ["حمل"], ["ثور"], ["جوزا", "جوزای"], ["سرطان"], ["اسد"], ["سنبله"],
            ["میزان"], ["عقرب"], ["قوس"], ["جدی"], ["دلو"], ["حوت"],
        ];
        // The same Afghan solar months in Pashto (Pashto pages of Afghan sites): «۱۵ وری ۱۴۰۳». Variants a Persian
        // keyboard gives (گ for ګ, ی for ۍ) are folded.
        string[][] pashto =
        [
            ["وری"], ["غویی", "غوایی"], ["غبرګولی"], ["چنګاښ"], ["زمری"], ["وږی"],
            ["تله"], ["لړم"], ["لیندۍ"], ["مرغومی"], ["سلواغه"], ["کب"],
        ];
        string[][] gregorian =
        [
            ["ژانویه", "جنوری", "january", "jan"], ["فوریه", "فبروری", "فروری", "february", "feb"],
            ["مارس", "مارچ", "march", "mar"], ["آوریل", "آپریل", "اپریل", "april", "apr"],
            ["مه", "می", "مئی", "may"], ["ژوئن", "جون", "june", "jun"],
            ["ژوئیه", "جولای", "جولائی", "july", "jul"], ["اوت", "آگوست", "اگست", "august", "aug"],
            ["سپتامبر", "سپتمبر", "ستمبر", "september", "sep", "sept"], ["اکتبر", "اکتوبر", "october", "oct"],
            ["نوامبر", "نومبر", "november", "nov"], ["دسامبر", "دسمبر", "december", "dec"],
        ];
        // Arabic pages' Gregorian months: the Egyptian and Gulf names (يناير … ديسمبر), the Levantine and Iraqi ones
        // (كانون الثاني … كانون الأول), as Iranian outlets' Arabic editions print them too, and the Maghreb's, from
        // French (جانفي, فيفري, أفريل, ماي, جوان, جويلية, أوت: Tunisian and Algerian pages).
        string[][] arabicGregorian =
        [
            ["يناير", "كانون الثاني", "جانفي"], ["فبراير", "شباط", "فيفري"], ["آذار"], ["أبريل", "نيسان", "أفريل"], ["مايو", "أيار", "ماي"],
            ["يونيو", "يونيه", "حزيران", "جوان"], ["يوليو", "يوليه", "تموز", "جويلية"], ["أغسطس", "آب"], ["سبتمبر", "أيلول"],
            ["تشرين الأول"], ["نوفمبر", "تشرين الثاني"], ["ديسمبر", "كانون الأول"],
        ];
        string[][] hijri =
        [
            ["محرم", "محرم الحرام"], ["صفر"], ["ربیع الاول", "ربیع الأول", "ربیع الاولی"],
            ["ربیع الثانی", "ربیع الآخر", "ربیع الاخر", "ربیع الثانیه"], ["جمادی الاول", "جمادی الاولی", "جمادی الأولی"],
            ["جمادی الثانی", "جمادی الثانیه", "جمادی الآخر", "جمادی الآخره", "جمادی الاخره"], ["رجب"], ["شعبان"],
            ["رمضان", "رمضان المبارک"], ["شوال"], ["ذی القعده", "ذیقعده", "ذوالقعده"], ["ذی الحجه", "ذیحجه", "ذوالحجه"],
        ];
        // The months as the other languages of news pages print them (Gregorian): German, French, Spanish, Italian,
        // Portuguese, Dutch, Polish and Russian/Ukrainian (the genitive forms dates use: «15 августа», «5 maja»).
        string[][] otherGregorian =
        [
            ["januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari", "stycznia", "styczeń", "января", "січня", "janv"],
            ["februar", "feber", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "lutego", "luty", "февраля", "лютого", "févr", "fevr"],
            ["märz", "maerz", "mars", "marzo", "março", "maart", "marca", "marzec", "марта", "березня", "mär", "mrz"],
            ["avril", "abril", "aprile", "kwietnia", "kwiecień", "апреля", "квітня", "avr"],
            ["mai", "mayo", "maggio", "maio", "mei", "maja", "maj", "мая", "травня"],
            ["juni", "juin", "junio", "giugno", "junho", "czerwca", "czerwiec", "июня", "червня"],
            ["juli", "juillet", "julio", "luglio", "julho", "lipca", "lipiec", "июля", "липня", "juil"],
            ["août", "aout", "agosto", "augustus", "sierpnia", "sierpień", "августа", "серпня"],
            ["septembre", "septiembre", "settembre", "setembro", "września", "wrzesień", "сентября", "вересня"],
            ["oktober", "octobre", "octubre", "ottobre", "outubro", "października", "październik", "октября", "жовтня", "okt"],
            ["novembre", "noviembre", "novembro", "listopada", "listopad", "ноября", "листопада"],
            ["dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "grudnia", "grudzień", "декабря", "грудня", "dez", "déc"],
        ];
        for (var m = 0; m < 12; m++)
        {
            Add(WordKind.GregorianMonth, m + 1, otherGregorian[m]);
        }

        // Weekdays before a date: «Dienstag, 2. November 2021», «lundi 7 mai 2020», «miércoles, 11 de mayo de 2022».
        string[][] otherWeekdays =
        [
            ["sonntag", "dimanche"], ["montag", "lundi"], ["dienstag", "mardi"], ["mittwoch", "mercredi"],
            ["donnerstag", "jeudi"], ["freitag", "vendredi"], ["samstag", "sonnabend", "samedi"],
        ];
        string[][] southernWeekdays =
        [
            ["domingo", "domenica"], ["lunes", "segunda-feira", "lunedì"], ["martes", "terça-feira", "martedì"],
            ["miércoles", "quarta-feira", "mercoledì"], ["jueves", "quinta-feira", "giovedì"], ["viernes", "sexta-feira", "venerdì"],
            ["sábado", "sabato"],
        ];
        for (var d = 0; d < 7; d++)
        {
            Add(WordKind.Weekday, d, otherWeekdays[d]);
            Add(WordKind.Weekday, d, southernWeekdays[d]);
        }

        for (var m = 0; m < 12; m++)
        {
            Add(WordKind.JalaliMonth, m + 1, iranian[m]);
            Add(WordKind.DariMonth, m + 1, dari[m]);
            Add(WordKind.DariMonth, m + 1, pashto[m]);
            Add(WordKind.GregorianMonth, m + 1, gregorian[m]);
            Add(WordKind.GregorianMonth, m + 1, arabicGregorian[m]);
            Add(WordKind.HijriMonth, m + 1, hijri[m]);
        }

        Add(WordKind.Weekday, (int)DayOfWeek.Saturday, "شنبه", "saturday");
        Add(WordKind.Weekday, (int)DayOfWeek.Sunday, "یکشنبه", "sunday");
        Add(WordKind.Weekday, (int)DayOfWeek.Monday, "دوشنبه", "monday");
        Add(WordKind.Weekday, (int)DayOfWeek.Tuesday, "سهشنبه", "سشنبه", "tuesday");
        Add(WordKind.Weekday, (int)DayOfWeek.Wednesday, "چهارشنبه", "چارشنبه", "wednesday");
        Add(WordKind.Weekday, (int)DayOfWeek.Thursday, "پنجشنبه", "thursday");
        Add(WordKind.Weekday, (int)DayOfWeek.Friday, "جمعه", "friday");
        Add(WordKind.Weekday, (int)DayOfWeek.Saturday, "السبت");
        Add(WordKind.Weekday, (int)DayOfWeek.Sunday, "الأحد");
        Add(WordKind.Weekday, (int)DayOfWeek.Monday, "الاثنين", "الإثنين");
        Add(WordKind.Weekday, (int)DayOfWeek.Tuesday, "الثلاثاء");
        Add(WordKind.Weekday, (int)DayOfWeek.Wednesday, "الأربعاء");
        Add(WordKind.Weekday, (int)DayOfWeek.Thursday, "الخميس");
        Add(WordKind.Weekday, (int)DayOfWeek.Friday, "الجمعة");

        Add(WordKind.HourLabel, 0, "ساعت", "الساعة", "at", "um", "à", "alle", "a las");
        Add(WordKind.Connector, 0, "در", "و");
        Add(WordKind.Am, 0, "ق.ظ", "قظ", "ق. ظ", "قبل از ظهر", "قبلازظهر", "am", "a.m.");
        Add(WordKind.Pm, 0, "ب.ظ", "بظ", "ب. ظ", "بعد از ظهر", "بعدازظهر", "pm", "p.m.");

        // Arabic pages' «١٠:٣٠ ص» and «صباحاً», «مساءً»; their «م» after a time is read by the time's reader (after a
        // year it is «میلادی»).
        Add(WordKind.Am, 0, "ص", "صباحا", "صباحاً");
        Add(WordKind.Pm, 0, "مساء", "مساءً", "مساءا");
        Add(WordKind.Ago, 0, "پیش", "قبل");
        Add(WordKind.Unit, (int)RelativeUnit.Second, "ثانیه");
        Add(WordKind.Unit, (int)RelativeUnit.Minute, "دقیقه");
        Add(WordKind.Unit, (int)RelativeUnit.Hour, "ساعت");
        Add(WordKind.Unit, (int)RelativeUnit.Day, "روز");
        Add(WordKind.Unit, (int)RelativeUnit.Week, "هفته");
        Add(WordKind.Yesterday, 1, "دیروز");
        Add(WordKind.Today, 0, "امروز");
        Add(WordKind.DayBeforeYesterday, 2, "پریروز");
        Add(WordKind.JustNow, 0, "دقایقی", "لحظاتی", "چند لحظه", "چند ثانیه");
        Add(WordKind.Count, 1, "یک");
        string[] persianCounts = ["دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده"];
        for (var n = 2; n <= 10; n++)
        {
            Add(WordKind.Count, n, persianCounts[n - 2]);
        }

        Add(WordKind.Count, 15, "پانزده");
        Add(WordKind.Count, 20, "بیست");
        Add(WordKind.Count, 30, "سی");

        // The relative forms of the other languages comments and lists print: "3 hours ago", «3 ore fa» (after the
        // amount), «vor 3 Stunden», «hace 3 horas», «il y a 3 heures», «há 3 horas» (before it). Months and years
        // ago are not read: a day is the coarsest unit a date can honestly be placed by.
        Add(WordKind.Ago, 0, "ago", "fa");
        Add(WordKind.AgoBefore, 0, "vor", "hace", "il y a", "há");

        // Arabic: «منذ 3 ساعات», «منذ 20 دقيقة»; a unit alone after «منذ» is one of it («منذ ساعة») and a dual two
        // («منذ ساعتين»). The value 1 marks the «ago» word after which a bare unit counts one.
        Add(WordKind.AgoBefore, 1, "منذ");
        Add(WordKind.Unit, (int)RelativeUnit.Second, "ثانية", "ثوان", "ثواني");
        Add(WordKind.Unit, (int)RelativeUnit.Minute, "دقيقة", "دقائق");
        Add(WordKind.Unit, (int)RelativeUnit.Hour, "ساعة", "ساعات");
        Add(WordKind.Unit, (int)RelativeUnit.Day, "يوم", "أيام");
        Add(WordKind.Unit, (int)RelativeUnit.Week, "أسبوع", "أسابيع");
        Add(WordKind.DualUnit, (int)RelativeUnit.Second, "ثانيتين");
        Add(WordKind.DualUnit, (int)RelativeUnit.Minute, "دقيقتين");
        Add(WordKind.DualUnit, (int)RelativeUnit.Hour, "ساعتين");
        Add(WordKind.DualUnit, (int)RelativeUnit.Day, "يومين");
        Add(WordKind.DualUnit, (int)RelativeUnit.Week, "أسبوعين");
        Add(WordKind.Unit, (int)RelativeUnit.Second, "second", "seconds", "sec", "secs", "sekunde", "sekunden", "segundo", "segundos", "seconde", "secondes", "secondi");
        Add(WordKind.Unit, (int)RelativeUnit.Minute, "minute", "minutes", "min", "mins", "minuten", "minuto", "minutos", "minuti");
        Add(WordKind.Unit, (int)RelativeUnit.Hour, "hour", "hours", "hr", "hrs", "stunde", "stunden", "std", "hora", "horas", "heure", "heures", "ora", "ore");
        Add(WordKind.Unit, (int)RelativeUnit.Day, "day", "days", "tag", "tagen", "día", "días", "dia", "dias", "jour", "jours", "giorno", "giorni");
        Add(WordKind.Unit, (int)RelativeUnit.Week, "week", "weeks", "woche", "wochen", "semana", "semanas", "semaine", "semaines", "settimana", "settimane");
        Add(WordKind.Count, 1, "a", "an", "one", "einer", "einem", "una", "un", "une", "uma");

        // "two hours ago", «vor zwei Stunden», «hace dos horas», «il y a deux jours», «há três horas», «tre ore fa».
        // Not French «sept» and Portuguese «dez», which are September and December («7 sept 2024», «5. Dez 2021»).
        string[][] counts =
        [
            ["two", "zwei", "dos", "deux", "dois", "duas", "due"], ["three", "drei", "tres", "trois", "três", "tre"],
            ["four", "vier", "cuatro", "quatre", "quatro", "quattro"], ["five", "fünf", "cinco", "cinq", "cinque"],
            ["six", "sechs", "seis", "sei"], ["seven", "sieben", "siete", "sete", "sette"],
            ["eight", "acht", "ocho", "huit", "oito", "otto"], ["nine", "neun", "nueve", "neuf", "nove"],
            ["ten", "zehn", "diez", "dix", "dieci"],
        ];
        for (var n = 2; n <= 10; n++)
        {
            Add(WordKind.Count, n, counts[n - 2]);
        }
        Add(WordKind.Yesterday, 1, "yesterday", "gestern", "ayer", "ieri", "ontem");
        Add(WordKind.Today, 0, "today", "heute", "hoy", "oggi", "hoje");
        Add(WordKind.DayBeforeYesterday, 2, "vorgestern", "anteayer", "avant-hier");

        // After a clock time: «14:30 Uhr», «14:30 hs».
        Add(WordKind.ClockSuffix, 0, "uhr", "hs");
        Add(WordKind.Half, 30, "نیم");
        Add(WordKind.JalaliSuffix, 0, "ه.ش", "هش", "ه ش", "هجری شمسی", "هجری خورشیدی", "شمسی", "خورشیدی", "ه.خ");
        Add(WordKind.GregorianSuffix, 0, "میلادی", "م");
        Add(WordKind.HijriSuffix, 0, "ه.ق", "هق", "ه ق", "هجری قمری", "قمری");
        Add(WordKind.MonthWord, 0, "ماه");
        Add(WordKind.YearWord, 0, "سال");

        // Days as Persian ordinals before a month: «بیست و پنجم آذر ۱۴۰۲», «اول فروردین», «سی‌ام شهریور». Spaces and
        // half-spaces inside a word are skipped, so «بیست و پنجم», «بیست‌وپنجم» and «بیستوپنجم» are one word.
        string[] units = ["یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"];
        string[] teens = ["دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم"];
        for (var d = 1; d <= 9; d++)
        {
            Add(WordKind.DayOrdinal, d, units[d - 1]);
            Add(WordKind.DayOrdinal, 20 + d, "بیست و " + units[d - 1]);
        }

        for (var d = 10; d <= 19; d++)
        {
            Add(WordKind.DayOrdinal, d, teens[d - 10]);
        }

        Add(WordKind.DayOrdinal, 1, "اول");
        Add(WordKind.DayOrdinal, 18, "هیجدهم");
        Add(WordKind.DayOrdinal, 20, "بیستم");
        Add(WordKind.DayOrdinal, 30, "سیام", "سی ام", "سی‌ام");
        Add(WordKind.DayOrdinal, 31, "سی و یکم");

        // The part of the day after an hour of the 12-hour clock: «ساعت ۸ شب», «۵ عصر», «۱۰ صبح», Arabic «ظهراً», «ليلاً».
        Add(WordKind.DayPart, Morning, "صبح", "بامداد", "صبحگاه", "فجر", "فجرا");
        Add(WordKind.DayPart, Noon, "ظهر", "ظهرا");
        Add(WordKind.DayPart, Afternoon, "عصر", "عصرا");
        Add(WordKind.DayPart, Night, "شب", "غروب", "شامگاه", "ليلا", "ليلاً");

        // The zone a time is given in, after it: «۱۴:۵۲ گرینویچ» (BBC Persian), «۱۲:۴۹ به وقت تهران», «١٠:٣٠ بتوقيت
        // غرينتش». Tehran and Kabul only after «به وقت»/«وقت», where the name cannot be the dateline that follows a time.
        Add(WordKind.ZoneName, 0, "گرینویچ", "گرینیچ", "به وقت گرینویچ", "بوقت گرینویچ", "وقت گرینویچ", "به وقت گرینیچ", "به وقت جهانی");
        Add(WordKind.ZoneName, 0, "غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "بتوقيت غرينتش", "بتوقيت غرينيتش", "بتوقيت جرينتش", "بتوقيت جرينيتش", "توقيت غرينتش");
        Add(WordKind.ZoneName, TehranZone, "به وقت تهران", "بوقت تهران", "وقت تهران", "به وقت ایران", "به وقت رسمی ایران", "بتوقيت طهران");
        Add(WordKind.ZoneName, 270, "به وقت کابل", "بوقت کابل", "وقت کابل", "به وقت افغانستان", "بتوقيت كابل");
        Add(WordKind.ZoneName, 180, "بتوقيت مكة", "بتوقيت مكة المكرمة", "بتوقيت السعودية", "بتوقيت الرياض");

        // «4 de maio de 2022», «15 de noviembre del 2019»: Spanish and Portuguese join day, month and year.
        Add(WordKind.Of, 0, "de", "del");

        var table = new DateWord[]?[0x700];
        foreach (var g in words.GroupBy(w => w.Text[0]))
        {
            table[g.Key] = g.OrderByDescending(w => w.Text.Length).ToArray();
        }

        return table;
    }

    private static string FoldWord(string s)
    {
        var chars = new List<char>(s.Length);
        foreach (var c in s)
        {
            if (!IsSkippableInWord(c))
            {
                chars.Add(Fold(c));
            }
        }

        return new string([.. chars]);
    }

    /// <summary>Maps letter variants to one form: Arabic yeh/kaf, alef forms, teh marbuta, heh with yeh, ASCII case.</summary>
    internal static char Fold(char c) => c switch
    {
        '\u064A' or '\u0649' or '\u06D2' or '\u06CD' or '\u06D0' => '\u06CC', // ي ى ے ۍ ې → ی
        '\u06AB' => '\u06AF', // Pashto ګ → گ
        '\u0643' => '\u06A9', // ك → ک
        '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627', // آ أ إ ٱ → ا
        '\u0629' or '\u06C0' or '\u06D5' => '\u0647', // ة ۀ ە → ه
        '\u0624' => '\u0648', // ؤ → و
        >= 'A' and <= 'Z' => (char)(c + 32),
        >= '\u00C0' and <= '\u00DE' and not '\u00D7' => (char)(c + 32), // Ä É Ó → ä é ó
        >= '\u0410' and <= '\u042F' => (char)(c + 32), // Cyrillic А–Я → а–я
        '\u0406' or '\u0456' => '\u0456', // Ukrainian І
        _ => c,
    };

    /// <summary>Characters ignored inside a word: spaces, half-spaces and their stand-ins, tatweel, diacritics, bidi marks.</summary>
    internal static bool IsSkippableInWord(char c) => c switch
    {
        ' ' or '\u00A0' or '\u200C' or '\u200D' or '\u200B' or '\u00AC' or '\u0640' or '\u2009' or '\u200A' or '\u202F' => true,
        '\u200E' or '\u200F' or '\u061C' => true,
        >= '\u064B' and <= '\u0652' or '\u0654' or '\u0670' => true,
        _ => false,
    };

    /// <summary>Matches the longest known word starting exactly at <paramref name="start"/> and ending at a word boundary.</summary>
    internal static bool TryMatch(ReadOnlySpan<char> s, int start, out DateWord word, out int end)
    {
        word = default;
        end = start;
        if (start >= s.Length || !TryGetCandidates(s[start], out var candidates))
        {
            return false;
        }

        var second = SecondChar(s, start);
        var found = false;
        foreach (var candidate in candidates)
        {
            // Most candidates differ at the second letter: reject them without a call.
            if (candidate.Text.Length > 1 && candidate.Text[1] != second)
            {
                continue;
            }

            if (TryMatchText(s, start, candidate.Text, out var e) && IsBoundary(s, e) && (!found || e > end))
            {
                word = candidate;
                end = e;
                found = true;
            }
        }

        return found;
    }

    /// <summary>Matches a month name followed directly by «ماه» («اسفندماه», «اسفند‌ماه»), or any word as <see cref="TryMatch"/>.</summary>
    internal static bool TryMatchMonth(ReadOnlySpan<char> s, int start, out DateWord word, out int end)
    {
        // Month names glued to «ماه» are not at a word boundary, so try that form first.
        if (start < s.Length && TryGetCandidates(s[start], out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Kind is WordKind.JalaliMonth or WordKind.DariMonth
                    && TryMatchText(s, start, candidate.Text, out var e)
                    && TryMatchText(s, SkipJoiners(s, e), "ماه", out var e2) && IsBoundary(s, e2))
                {
                    word = candidate;
                    end = e2;
                    return true;
                }
            }
        }

        return TryMatch(s, start, out word, out end);
    }

    /// <summary>The folded character after <paramref name="start"/>, skipping what words may contain; '\0' at the end.</summary>
    private static char SecondChar(ReadOnlySpan<char> s, int start)
    {
        for (var j = start + 1; j < s.Length; j++)
        {
            if (!IsSkippableInWord(s[j]))
            {
                return Fold(s[j]);
            }
        }

        return '\0';
    }

    private static int SkipJoiners(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && s[i] is '\u200C' or '\u200D' or '\u0640' or '\u00AC')
        {
            i++;
        }

        return i;
    }

    private static bool TryMatchText(ReadOnlySpan<char> s, int start, string text, out int end)
    {
        var j = start;
        var k = 0;
        while (k < text.Length)
        {
            if (j >= s.Length)
            {
                end = start;
                return false;
            }

            var c = s[j];
            if (j > start && IsSkippableInWord(c))
            {
                j++;
                continue;
            }

            if (Fold(c) != text[k])
            {
                end = start;
                return false;
            }

            j++;
            k++;
        }

        // A mark on the word's last letter is the word's («مساءً», «صباحاً»).
        while (j < s.Length && s[j] is (>= '\u064B' and <= '\u0652') or '\u0670')
        {
            j++;
        }

        end = j;
        return true;
    }

    /// <summary>Whether a word may end before index <paramref name="i"/>: no letter follows (a half-space followed by a letter continues the word).</summary>
    internal static bool IsBoundary(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && s[i] is '\u200C' or '\u200D' or '\u0640')
        {
            i++;
        }

        return i >= s.Length || !char.IsLetter(s[i]);
    }
}
