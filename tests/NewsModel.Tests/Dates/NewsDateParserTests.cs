using System.Globalization;
using CsCheck;
using NewsModel.Dates;

namespace NewsModel.Tests.Dates;

public class NewsDateParserTests
{
    private static readonly NewsDateParser Parser = NewsDateParser.Default;

    private static DateTimeOffset Iso(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture);

    private static DateMatch Read(string text, DateParseOptions? options = null)
    {
        var result = Parser.Parse(text, options);
        result.Success.Should().BeTrue("«{0}» should parse, but: {1}", text, result.Error);
        return result.Value;
    }

    // text, calendar, expected local (ISO), expected instant (ISO with offset) or null for a date alone
    public static TheoryData<string, DateCalendar, string, string?> Absolute => new()
    {
        // the examples
        { "۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱", DateCalendar.Jalali, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "۱۳۹۸/۰۲/۱۲ - ۱۶:۱۲", DateCalendar.Jalali, "2019-05-02T16:12:00", "2019-05-02T16:12:00+04:30" },
        { "۹ خرداد ۱۳۹۸ / ۰۰:۲۰", DateCalendar.Jalali, "2019-05-30T00:20:00", "2019-05-30T00:20:00+04:30" },
        // month name spellings
        { "۳۰ ارديبهشت ۱۳۹۸ - ۲۲:۵۳", DateCalendar.Jalali, "2019-05-20T22:53:00", "2019-05-20T22:53:00+04:30" },
        { "۵ امرداد ۱۴۰۲", DateCalendar.Jalali, "2023-07-27T00:00:00", null },
        { "۵ مرداد ۱۴۰۲", DateCalendar.Jalali, "2023-07-27T00:00:00", null },
        { "۱۷ اسفندماه ۱۴۰۲", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "۱۷ اسفند‌ماه ۱۴۰۲", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "۱۷ اسفند ماه ۱۴۰۲", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "۱ آبان ۱۴۰۲", DateCalendar.Jalali, "2023-10-23T00:00:00", null },
        { "۱ ابان ۱۴۰۲", DateCalendar.Jalali, "2023-10-23T00:00:00", null },
        { "۳ دی ۱۴۰۲", DateCalendar.Jalali, "2023-12-24T00:00:00", null },
        { "۱۲ فروردين ۱۴۰۳", DateCalendar.Jalali, "2024-03-31T00:00:00", null },
        { "۱۳ اردیبهشت ۱۴۰۳", DateCalendar.Jalali, "2024-05-02T00:00:00", null },
        { "۱۷ اسفند ۱۴۰۲ ه.ش", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "۱۷ اسفند ۱۴۰۲ هجری خورشیدی", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "۱۷ اسفند ماه سال ۱۴۰۲", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        // weekdays in all spellings (7 March 2024 was a Thursday, 5 March a Tuesday)
        { "پنجشنبه ۱۷ اسفند ۱۴۰۲", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "پنج‌شنبه، ۱۷ اسفند ۱۴۰۲ ساعت ۱۴:۳۱", DateCalendar.Jalali, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "سه‌شنبه ۱۵ اسفند ۱۴۰۲", DateCalendar.Jalali, "2024-03-05T00:00:00", null },
        { "سه شنبه ۱۵ اسفند ۱۴۰۲", DateCalendar.Jalali, "2024-03-05T00:00:00", null },
        { "سهشنبه ۱۵ اسفند ۱۴۰۲", DateCalendar.Jalali, "2024-03-05T00:00:00", null },
        { "چهارشنبه ۱۹ اردیبهشت ۱۴۰۳", DateCalendar.Jalali, "2024-05-08T00:00:00", null },
        { "يكشنبه ۱۳ اسفند ۱۴۰۲", DateCalendar.Jalali, "2024-03-03T00:00:00", null },
        { "پنجشنبه / ۹ خرداد ۱۳۹۸ / ۰۰:۲۰", DateCalendar.Jalali, "2019-05-30T00:20:00", "2019-05-30T00:20:00+04:30" },
        // numeric forms in every digit set
        { "1402/12/17", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "۱۴۰۲/۱۲/۱۷", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "١٤٠٢/١٢/١٧", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "1402-12-17", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "۱۴۰۲/12/۱۷", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "17/12/1402", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "11/02/1398", DateCalendar.Jalali, "2019-05-01T00:00:00", null },
        { "02/12/17", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "98/02/11", DateCalendar.Jalali, "2019-05-01T00:00:00", null },
        { "1402/1/5", DateCalendar.Jalali, "2023-03-25T00:00:00", null },
        { "1402.12.17", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        // times
        { "1402/12/17 14:31", DateCalendar.Jalali, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "1402/12/17 14:31:05", DateCalendar.Jalali, "2024-03-07T14:31:05", "2024-03-07T14:31:05+03:30" },
        { "۱۴۰۲/۱۲/۱۷ ۱۴:۳۱", DateCalendar.Jalali, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "23:55 1398/02/26", DateCalendar.Jalali, "2019-05-16T23:55:00", "2019-05-16T23:55:00+04:30" },
        { "ساعت ۱۴:۳۱ - ۱۷ اسفند ۱۴۰۲", DateCalendar.Jalali, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "ساعت ۱۸:۳۰ روز یکشنبه ۲۰ اسفند ۱۴۰۲", DateCalendar.Jalali, "2024-03-10T18:30:00", "2024-03-10T18:30:00+03:30" },
        // the day as a Persian ordinal
        { "بیست و پنجم آذر ۱۴۰۲", DateCalendar.Jalali, "2023-12-16T00:00:00", null },
        { "شنبه، بیست‌وپنجم آذر ۱۴۰۲", DateCalendar.Jalali, "2023-12-16T00:00:00", null },
        { "یکم فروردین ۱۴۰۳", DateCalendar.Jalali, "2024-03-20T00:00:00", null },
        { "اول مهر ۱۴۰۲ ساعت ۸ صبح", DateCalendar.Jalali, "2023-09-23T08:00:00", "2023-09-23T08:00:00+03:30" },
        { "سی‌ام شهریور ۱۴۰۲", DateCalendar.Jalali, "2023-09-21T00:00:00", null },
        { "سی و یکم شهریور ۱۴۰۲", DateCalendar.Jalali, "2023-09-22T00:00:00", null },
        { "هجدهم دی ۱۴۰۲", DateCalendar.Jalali, "2024-01-08T00:00:00", null },
        // English and French ordinal endings; the Maghreb's Arabic month names
        { "December 29th 2019", DateCalendar.Gregorian, "2019-12-29T00:00:00", null },
        { "29th December 2019", DateCalendar.Gregorian, "2019-12-29T00:00:00", null },
        { "March 1st, 2024 10:00 GMT", DateCalendar.Gregorian, "2024-03-01T10:00:00", "2024-03-01T10:00:00+00:00" },
        { "1er mars 2024", DateCalendar.Gregorian, "2024-03-01T00:00:00", null },
        { "الجمعة 8 فيفري 2019", DateCalendar.Gregorian, "2019-02-08T00:00:00", null },
        { "23 جويلية 2021", DateCalendar.Gregorian, "2021-07-23T00:00:00", null },
        // a two-digit year after a Jalali month, where it ends the date
        { "۱۷ اسفند ۹۸", DateCalendar.Jalali, "2020-03-07T00:00:00", null },
        { "۱۷ اسفند ۹۸ - ۱۴:۳۰", DateCalendar.Jalali, "2020-03-07T14:30:00", "2020-03-07T14:30:00+03:30" },
        { "۱۷ اسفند ۰۲", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
        { "ساعت ۱۸:۳۰ روز ۲۰ اسفند ۱۴۰۲", DateCalendar.Jalali, "2024-03-10T18:30:00", "2024-03-10T18:30:00+03:30" },
        { "۱۷ اسفند ۱۴۰۲ - ساعت ۲:۳۱ ب.ظ", DateCalendar.Jalali, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "۱۷ اسفند ۱۴۰۲ - ۱۲:۰۵ ق.ظ", DateCalendar.Jalali, "2024-03-07T00:05:00", "2024-03-07T00:05:00+03:30" },
        { "۱۷ اسفند ۱۴۰۲ - ۱۲:۰۵ ب.ظ", DateCalendar.Jalali, "2024-03-07T12:05:00", "2024-03-07T12:05:00+03:30" },
        { "۱۷ اسفند ۱۴۰۲ | ۰۹:۴۵ ق ظ", DateCalendar.Jalali, "2024-03-07T09:45:00", "2024-03-07T09:45:00+03:30" },
        { "۱۷ اسفند ۱۴۰۲، ساعت ۱۴", DateCalendar.Jalali, "2024-03-07T14:00:00", "2024-03-07T14:00:00+03:30" },
        { "۱۷ اسفند ۱۴۰۲ در ساعت ۱۴:۳۱", DateCalendar.Jalali, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        // Dari month names: Kabul, +04:30 all year
        { "۱۷ حوت ۱۴۰۲ - ۱۴:۳۱", DateCalendar.Jalali, "2024-03-07T14:31:00", "2024-03-07T14:31:00+04:30" },
        { "۱ حمل ۱۴۰۳", DateCalendar.Jalali, "2024-03-20T00:00:00", null },
        { "۱۵ جدی ۱۴۰۲", DateCalendar.Jalali, "2024-01-05T00:00:00", null },
        // the same months in Pashto, with the variants a Persian keyboard gives (گ for ګ, ی for ۍ)
        { "چهارشنبه ۱۵ وری ۱۴۰۳ - ۱۰:۳۰", DateCalendar.Jalali, "2024-04-03T10:30:00", "2024-04-03T10:30:00+04:30" },
        { "۱۵ وري ۱۴۰۳", DateCalendar.Jalali, "2024-04-03T00:00:00", null },
        { "۱ غویی ۱۴۰۳", DateCalendar.Jalali, "2024-04-20T00:00:00", null },
        { "۵ غبرګولی ۱۴۰۳", DateCalendar.Jalali, "2024-05-25T00:00:00", null },
        { "۵ چنگاښ ۱۴۰۲", DateCalendar.Jalali, "2023-06-26T00:00:00", null },
        { "۱ زمری ۱۴۰۳", DateCalendar.Jalali, "2024-07-22T00:00:00", null },
        { "۱ وږی ۱۴۰۳", DateCalendar.Jalali, "2024-08-22T00:00:00", null },
        { "۱ تله ۱۴۰۳", DateCalendar.Jalali, "2024-09-22T00:00:00", null },
        { "۱ لړم ۱۴۰۳", DateCalendar.Jalali, "2024-10-22T00:00:00", null },
        { "۵ لیندۍ ۱۴۰۲", DateCalendar.Jalali, "2023-11-26T00:00:00", null },
        { "۵ لیندی ۱۴۰۲", DateCalendar.Jalali, "2023-11-26T00:00:00", null },
        { "۱ مرغومی ۱۴۰۳", DateCalendar.Jalali, "2024-12-21T00:00:00", null },
        { "۱ سلواغه ۱۴۰۳", DateCalendar.Jalali, "2025-01-20T00:00:00", null },
        { "۱۲ کب ۱۴۰۲", DateCalendar.Jalali, "2024-03-02T00:00:00", null },
        // Gregorian
        { "۷ مارس ۲۰۲۴", DateCalendar.Gregorian, "2024-03-07T00:00:00", null },
        { "March 7, 2024", DateCalendar.Gregorian, "2024-03-07T00:00:00", null },
        { "7 March 2024 14:31", DateCalendar.Gregorian, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "Thursday, March 7, 2024", DateCalendar.Gregorian, "2024-03-07T00:00:00", null },
        { "Mar. 7, 2024 2:31 PM", DateCalendar.Gregorian, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "7 Dec. 2023", DateCalendar.Gregorian, "2023-12-07T00:00:00", null },
        { "۲۹ فوریه ۲۰۲۴", DateCalendar.Gregorian, "2024-02-29T00:00:00", null },
        // the months of the other languages news pages print: German (the day with a period), French, Spanish,
        // Italian, Polish and Russian genitives, capitals folded
        { "7. März 2024", DateCalendar.Gregorian, "2024-03-07T00:00:00", null },
        { "Donnerstag, 7. März 2024, 14:31", DateCalendar.Gregorian, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "5. Nov. 2021", DateCalendar.Gregorian, "2021-11-05T00:00:00", null },
        { "13 Dezember, 2015", DateCalendar.Gregorian, "2015-12-13T00:00:00", null },
        { "jeudi 7 mars 2024", DateCalendar.Gregorian, "2024-03-07T00:00:00", null },
        { "07 Mai 2020", DateCalendar.Gregorian, "2020-05-07T00:00:00", null },
        { "15 AOÛT 2016", DateCalendar.Gregorian, "2016-08-15T00:00:00", null },
        { "12 mayo 2020", DateCalendar.Gregorian, "2020-05-12T00:00:00", null },
        { "3 marca 2021", DateCalendar.Gregorian, "2021-03-03T00:00:00", null },
        { "15 августа 2016, 13:43", DateCalendar.Gregorian, "2016-08-15T13:43:00", "2016-08-15T13:43:00+04:30" },
        { "15 Августа 2016", DateCalendar.Gregorian, "2016-08-15T00:00:00", null },
        // Urdu's spellings of the Gregorian months beside the Dari ones («۱۵ جنوری ۲۰۲۴» already read)
        { "15 فروری 2024", DateCalendar.Gregorian, "2024-02-15T00:00:00", null },
        { "۳ مئی ۲۰۲۴", DateCalendar.Gregorian, "2024-05-03T00:00:00", null },
        { "۴ جولائی ۲۰۲۴", DateCalendar.Gregorian, "2024-07-04T00:00:00", null },
        { "۱۰ ستمبر ۲۰۲۳", DateCalendar.Gregorian, "2023-09-10T00:00:00", null },
        // Arabic pages: Egyptian and Levantine month names, weekdays, «الساعة», ص/م and صباحاً/مساءً after the time
        { "الأربعاء 15 مايو 2024 - 21:15", DateCalendar.Gregorian, "2024-05-15T21:15:00", "2024-05-15T21:15:00+03:30" },
        { "الخميس، 7 مارس 2024", DateCalendar.Gregorian, "2024-03-07T00:00:00", null },
        { "١٥ يناير ٢٠٢٤ - ١٠:٣٠ م", DateCalendar.Gregorian, "2024-01-15T22:30:00", "2024-01-15T22:30:00+03:30" },
        { "١٥ يناير ٢٠٢٤ - ١٠:٣٠ ص", DateCalendar.Gregorian, "2024-01-15T10:30:00", "2024-01-15T10:30:00+03:30" },
        { "15 مايو 2024 الساعة 9:15 مساءً", DateCalendar.Gregorian, "2024-05-15T21:15:00", "2024-05-15T21:15:00+03:30" },
        { "15 فبراير 2024", DateCalendar.Gregorian, "2024-02-15T00:00:00", null },
        { "15 كانون الثاني 2024", DateCalendar.Gregorian, "2024-01-15T00:00:00", null },
        { "1 شباط 2024", DateCalendar.Gregorian, "2024-02-01T00:00:00", null },
        { "12 أيار 2024 - 14:30", DateCalendar.Gregorian, "2024-05-12T14:30:00", "2024-05-12T14:30:00+03:30" },
        { "٣ تشرين الأول ٢٠٢٣", DateCalendar.Gregorian, "2023-10-03T00:00:00", null },
        { "2 تشرين الثاني 2023", DateCalendar.Gregorian, "2023-11-02T00:00:00", null },
        { "31 كانون الأول 2023", DateCalendar.Gregorian, "2023-12-31T00:00:00", null },
        { "3 آب 2023", DateCalendar.Gregorian, "2023-08-03T00:00:00", null },
        { "10 أيلول 2023", DateCalendar.Gregorian, "2023-09-10T00:00:00", null },
        { "۱۵ ژانویه ۲۰۲۴ م ساعت ۱۰:۳۰", DateCalendar.Gregorian, "2024-01-15T10:30:00", "2024-01-15T10:30:00+03:30" },
        { "13 Dezember, 2015 um 01:10", DateCalendar.Gregorian, "2015-12-13T01:10:00", "2015-12-13T01:10:00+03:30" },
        { "jeudi 7 mars 2024 à 14:31", DateCalendar.Gregorian, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "7 marzo 2024 alle 14:31", DateCalendar.Gregorian, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        // Spanish and Portuguese «de»/«del», their weekdays
        { "jueves, 7 de marzo de 2024", DateCalendar.Gregorian, "2024-03-07T00:00:00", null },
        { "15 de noviembre del 2019", DateCalendar.Gregorian, "2019-11-15T00:00:00", null },
        { "quinta-feira, 7 de março de 2024, 14:31", DateCalendar.Gregorian, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "۷ مارس ۲۰۲۴ میلادی", DateCalendar.Gregorian, "2024-03-07T00:00:00", null },
        { "2024-03-07", DateCalendar.Gregorian, "2024-03-07T00:00:00", null },
        { "07/03/2024", DateCalendar.Gregorian, "2024-03-07T00:00:00", null },
        // the German day.month.year with a two-digit year (der-farang.com «31.10.23», meininger.de «28.01.22»)
        { "31.10.23", DateCalendar.Gregorian, "2023-10-31T00:00:00", null },
        { "07.03.99", DateCalendar.Gregorian, "1999-03-07T00:00:00", null },
        { "2024-03-07T14:31:00+03:30", DateCalendar.Gregorian, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "2019-05-29T19:50:37Z", DateCalendar.Gregorian, "2019-05-29T19:50:37", "2019-05-29T19:50:37+00:00" },
        { "2019-05-20T18:23:00.0000000Z", DateCalendar.Gregorian, "2019-05-20T18:23:00", "2019-05-20T18:23:00+00:00" },
        { "2019-05-30 00:20:37.883", DateCalendar.Gregorian, "2019-05-30T00:20:37", "2019-05-30T00:20:37+04:30" },
        // lunar Hijri (Umm al-Qura): 25 Sha'ban 1445 = 2024-03-06
        { "۲۵ شعبان ۱۴۴۵", DateCalendar.Hijri, "2024-03-06T00:00:00", null },
        { "۱ رمضان ۱۴۴۵", DateCalendar.Hijri, "2024-03-11T00:00:00", null },
        { "۱۰ ربیع‌الاول ۱۴۴۶", DateCalendar.Hijri, "2024-09-13T00:00:00", null },
        { "1445/08/25 ه.ق", DateCalendar.Hijri, "2024-03-06T00:00:00", null },
        // noise real pages carry: NBSP, bidi marks, mixed digits
        { "\u200F۱۷\u00A0اسفند\u00A0۱۴۰۲\u200E - ۱۴:۳۱\u00A0", DateCalendar.Jalali, "2024-03-07T14:31:00", "2024-03-07T14:31:00+03:30" },
        { "۱۴\u200E۰۲/۱۲/۱۷", DateCalendar.Jalali, "2024-03-07T00:00:00", null },
    };

    [Theory]
    [MemberData(nameof(Absolute))]
    public void Reads_absolute_forms(string text, DateCalendar calendar, string local, string? instant)
    {
        var m = Read(text);
        m.Calendar.Should().Be(calendar);
        m.Local.Should().Be(DateTime.Parse(local, CultureInfo.InvariantCulture));
        m.HasTime.Should().Be(instant is not null);
        if (instant is null)
        {
            m.Instant.Should().BeNull();
        }
        else
        {
            m.Instant.Should().Be(Iso(instant));
            m.Instant!.Value.Offset.Should().Be(Iso(instant).Offset);
        }

        m.IsRelative.Should().BeFalse();
        m.Jalali.Should().NotBeNull();
        m.Jalali!.Value.ToDateTime().Should().Be(m.Local);
    }

    [Theory]
    [InlineData("Tue, 4 May 2021 19:18:00 +0200", "2021-05-04T19:18:00+02:00")]
    [InlineData("Thu, 08 May 2014 14:04:53 -0400", "2014-05-08T14:04:53-04:00")]
    [InlineData("Wed, 04 May 2022 02:41:00 GMT", "2022-05-04T02:41:00+00:00")]
    [InlineData("May 3, 2020 10:00 GMT+0200", "2020-05-03T10:00:00+02:00")]
    [InlineData("May 3, 2020 10:00 UTC", "2020-05-03T10:00:00+00:00")]
    [InlineData("2021-05-11 22:22:17.242000+02:00", "2021-05-11T22:22:17+02:00")]
    [InlineData("2019-05-30T00:20:37+0430", "2019-05-30T00:20:37+04:30")]
    public void A_written_offset_makes_the_instant_exact(string text, string instant)
    {
        // Found inside the text: the grammar has Persian weekday names, not English ones, so the match starts at the day.
        var m = Parser.FindAll(text)[0];
        m.HasOffset.Should().BeTrue();
        m.Instant.Should().Be(Iso(instant));
        m.Instant!.Value.Offset.Should().Be(Iso(instant).Offset);
    }

    [Theory]
    // BBC Persian's «به‌روز شده» line: the time, in Greenwich time, before the date.
    [InlineData("۱۴:۵۲ گرینویچ - دوشنبه ۰۹ ژوئن ۲۰۱۴", "2014-06-09T14:52:00+00:00")]
    [InlineData("۶ آذر ۱۴۰۵ ساعت ۱۲:۴۹ به وقت گرینویچ", "2026-11-27T12:49:00+00:00")]
    [InlineData("۶ آذر ۱۴۰۵ ساعت ۱۲:۴۹ (به‌وقت گرینویچ)", "2026-11-27T12:49:00+00:00")]
    [InlineData("٢٧ نوفمبر ٢٠٢٦ الساعة ١٠:٣٠ بتوقيت غرينتش", "2026-11-27T10:30:00+00:00")]
    [InlineData("٢٧ نوفمبر ٢٠٢٦ الساعة ١٠:٣٠ بتوقيت مكة المكرمة", "2026-11-27T10:30:00+03:00")]
    // A Persian page in Kabul with Iranian month names: the named clock, not Tehran's.
    [InlineData("۶ آذر ۱۴۰۵ ساعت ۱۲:۴۹ به وقت کابل", "2026-11-27T12:49:00+04:30")]
    // Tehran named: its rules of the day (daylight time in 2019), whatever the options' zone.
    [InlineData("۹ خرداد ۱۳۹۸ ساعت ۰۰:۲۰ به وقت تهران", "2019-05-30T00:20:00+04:30")]
    // Abbreviations after the time, its a.m./p.m. or «Uhr»: the text's offset, even where the season disagrees.
    [InlineData("June 12, 2020 9:49 am EST", "2020-06-12T09:49:00-05:00")]
    [InlineData("Apr 21, 2019 at 4:40am PDT", "2019-04-21T04:40:00-07:00")]
    [InlineData("Nov 8, 2023 04:43 PM CST", "2023-11-08T16:43:00-06:00")]
    [InlineData("Fr, 17 Mai 2019 13:38:23 MESZ", "2019-05-17T13:38:23+02:00")]
    [InlineData("28. Januar 2020, 15:28 Uhr MEZ", "2020-01-28T15:28:00+01:00")]
    [InlineData("7 March 2024 14:30 (GMT)", "2024-03-07T14:30:00+00:00")]
    [InlineData("7 March 2024 18:00 IRST", "2024-03-07T18:00:00+03:30")]
    // "ET" and "PT" name a zone: daylight time by the United States' rules of that day.
    [InlineData("Published Nov 9, 2023 at 5:01 a.m. ET", "2023-11-09T05:01:00-05:00")]
    [InlineData("July 4, 2024, 10:00 a.m. ET", "2024-07-04T10:00:00-04:00")]
    [InlineData("March 10, 2024 3:30 PM PT", "2024-03-10T15:30:00-07:00")]
    public void A_zone_named_after_the_time_makes_the_instant_exact(string text, string instant)
    {
        // Options with Tehran's zone, as an Iranian page's reader passes: the named zone wins over it.
        var m = new NewsDateParser(DateParseOptions.Default with { Zone = TimeZoneInfo.CreateCustomTimeZone("Asia/Tehran", TimeSpan.FromHours(3.5), "Tehran", "Tehran") })
            .FindAll(text)[0];
        m.HasOffset.Should().BeTrue();
        m.Instant.Should().Be(Iso(instant));
        m.Instant!.Value.Offset.Should().Be(Iso(instant).Offset);
        text.Substring(m.Start, m.Length).Should().EndWith(text.TrimEnd()[^1..], "the zone's name is part of the match");
    }

    [Theory]
    [InlineData("La réunion du 7 mars 2024 à 14:30 est annulée", "2024-03-07T14:30:00+03:30")] // French "est" is a word
    [InlineData("7 March 2024 14:30 ART exhibition", "2024-03-07T14:30:00+03:30")] // a word, and a zone of two countries
    [InlineData("7 March 2024 14:30 IST", "2024-03-07T14:30:00+03:30")] // India, Ireland or Israel
    [InlineData("7 March 2024 14:30 (GMT", "2024-03-07T14:30:00+03:30")] // an unclosed parenthesis
    [InlineData("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱ تهران", "2024-03-07T14:31:00+03:30")] // a dateline, not «به وقت تهران»
    [InlineData("7 March 2024 14:30 ESTONIA", "2024-03-07T14:30:00+03:30")]
    public void Words_that_only_look_like_a_zone_leave_the_time_in_the_options_zone(string text, string instant)
    {
        var m = Parser.FindAll(text)[0];
        m.HasOffset.Should().BeFalse();
        m.Instant.Should().Be(Iso(instant));
    }

    [Theory]
    [InlineData("۱۷ حوت ۱۴۰۲ - ۱۴:۳۱", true)]
    [InlineData("۱ حمل ۱۴۰۳", true)]
    [InlineData("۱۵ وری ۱۴۰۳", true)]
    [InlineData("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱", false)]
    [InlineData("۱۴۰۲/۱۲/۱۷", false)]
    [InlineData("March 7, 2024", false)]
    public void Afghan_month_names_mark_the_date_as_afghan(string text, bool afghan)
    {
        Read(text).IsAfghan.Should().Be(afghan);
    }

    [Fact]
    public void Arabic_month_names_that_are_Persian_words_need_a_day_and_a_Gregorian_year()
    {
        // «آب» is August in Levantine Arabic and water in Persian; a Jalali year after it is no Gregorian date.
        Parser.FindAll("مصرف ۲۰ لیتر آب ۱۴۰۲ بیشتر شد").Should().BeEmpty();
        Parser.FindAll("۳ آب و ۲ نان").Should().BeEmpty();
    }

    [Fact]
    public void A_Pashto_month_name_that_is_also_a_Persian_word_is_a_month_only_with_its_year()
    {
        // «تله» is Pashto's seventh month and a trap in Persian; «کب» is its twelfth.
        Parser.FindAll("شکارچی ۳ تله و ۲ کب در جنگل گذاشت").Should().BeEmpty();
        new NewsDateParser(DateParseOptions.Default with { Now = new DateTimeOffset(2024, 3, 7, 11, 0, 0, TimeSpan.Zero) })
            .FindAll("شکارچی ۳ تله در جنگل گذاشت").Should().BeEmpty();
        Parser.FindAll("شکارچی در ۳ تله ۱۴۰۳ آمد").Should().ContainSingle().Which.Local.Should().Be(new DateTime(2024, 9, 24));
    }

    [Theory]
    [InlineData("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱", "2024-03-07T14:31:00+03:30")]
    [InlineData("May 3, 2020 10:00 UTCx", "2020-05-03T10:00:00+04:30")]
    [InlineData("2019-05-30 00:20:37.883", "2019-05-30T00:20:37+04:30")]
    public void Without_a_written_offset_the_instant_is_placed_in_the_zone(string text, string instant)
    {
        var m = Parser.FindAll(text)[0];
        m.HasOffset.Should().BeFalse();
        m.Instant.Should().Be(Iso(instant));
    }

    [Fact]
    public void A_date_after_a_time_is_not_read_as_an_offset()
    {
        // «12:30 -1302/12/17»: "-1302" would be a valid -13:02 offset, but a date follows.
        var m = Parser.FindAll("12:30 -1302/12/17").Single();
        m.HasOffset.Should().BeFalse();
        m.Calendar.Should().Be(DateCalendar.Jalali);
        m.Local.Should().Be(new DateTime(1924, 3, 8, 12, 30, 0));
    }

    [Fact]
    public void The_match_spans_the_date_without_surrounding_space()
    {
        var text = "  \u200F۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱ ";
        var m = Read(text);
        text.Substring(m.Start, m.Length).Should().Be("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱");
        m.Jalali.Should().Be(new JalaliDateTime(1402, 12, 17, 14, 31));
        m.JalaliDate.Should().Be(new JalaliDate(1402, 12, 17));
    }

    [Theory]
    [InlineData("", DateParseErrorKind.Empty, 0)]
    [InlineData(" \u200F ", DateParseErrorKind.Empty, 0)]
    [InlineData("سلام دنیا", DateParseErrorKind.Unrecognized, 0)]
    [InlineData("۳۱ مهر ۱۴۰۲", DateParseErrorKind.InvalidDate, 0)]
    [InlineData("۳۰ اسفند ۱۴۰۲", DateParseErrorKind.InvalidDate, 0)]
    [InlineData("1402/13/01", DateParseErrorKind.InvalidDate, 0)]
    [InlineData("1402/12/30", DateParseErrorKind.InvalidDate, 0)]
    [InlineData("۳۰ فوریه ۲۰۲۴", DateParseErrorKind.InvalidDate, 0)]
    [InlineData("۱۷ اسفند ۱۱۰۲", DateParseErrorKind.YearOutOfRange, 0)]
    [InlineData("1650/01/01", DateParseErrorKind.YearOutOfRange, 0)]
    [InlineData("۱۷ اسفند ۱۴۰۲ - ۲۵:۱۰", DateParseErrorKind.InvalidTime, 16)]
    [InlineData("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱ ب.ظ", DateParseErrorKind.InvalidTime, 16)]
    [InlineData("۱۷ اسفند", DateParseErrorKind.Incomplete, 8)]
    [InlineData("1402/12", DateParseErrorKind.Incomplete, 7)]
    [InlineData("123/12/17", DateParseErrorKind.Unrecognized, 0)]
    [InlineData("12-11-10", DateParseErrorKind.Unrecognized, 0)]
    [InlineData("1.10.23", DateParseErrorKind.Unrecognized, 0)]
    [InlineData("۳۱.۱۰.۲۳", DateParseErrorKind.Unrecognized, 0)]
    [InlineData("28.09.1912:44", DateParseErrorKind.Unrecognized, 0)]
    [InlineData("پنجشنبه ۱۹ اردیبهشت ۱۴۰۳", DateParseErrorKind.WeekdayMismatch, 0)]
    [InlineData("Montag, 7. März 2024", DateParseErrorKind.WeekdayMismatch, 0)]
    [InlineData("31. April 2024", DateParseErrorKind.InvalidDate, 0)]
    [InlineData("viernes, 7 de marzo de 2024", DateParseErrorKind.WeekdayMismatch, 0)]
    [InlineData("۱۷ اسفند ۱۴۰۲ خبر", DateParseErrorKind.TrailingText, 14)]
    [InlineData("۲ ساعت پیش", DateParseErrorKind.MissingReferenceTime, 0)]
    [InlineData("دیروز", DateParseErrorKind.MissingReferenceTime, 0)]
    [InlineData("ساعت ۱۴:۳۱", DateParseErrorKind.Incomplete, 10)]
    public void Bad_text_fails_with_a_kind_and_position(string text, DateParseErrorKind kind, int position)
    {
        var result = Parser.Parse(text);
        result.Success.Should().BeFalse();
        result.Error!.Kind.Should().Be(kind);
        result.Error.Position.Should().Be(position);
        result.Error.Message.Should().NotBeNullOrWhiteSpace();
        result.TryGetValue(out _).Should().BeFalse();
        result.GetValueOrDefault().Should().BeNull();
        var value = () => result.Value;
        value.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Invalid_dates_say_why()
    {
        Parser.Parse("۳۱ مهر ۱۴۰۲").Error!.Message.Should().Contain("Mehr 1402 has 30 days");
        Parser.Parse("۳۰ اسفند ۱۴۰۲").Error!.Message.Should().Contain("not a leap year");
        Parser.Parse("۳۰ اسفند ۱۴۰۳").Success.Should().BeTrue("1403 is a leap year");
    }

    [Fact]
    public void The_weekday_check_can_be_turned_off()
    {
        var lenient = DateParseOptions.Default with { CheckWeekday = false };
        Read("پنجشنبه ۱۹ اردیبهشت ۱۴۰۳", lenient).Local.Should().Be(new DateTime(2024, 5, 8));
    }

    [Theory]
    [InlineData(80, "79/01/01", 1479)]
    [InlineData(80, "80/01/01", 1380)]
    [InlineData(0, "02/12/17", 1302)]
    [InlineData(100, "99/01/01", 1499)]
    public void Two_digit_years_pivot(int pivot, string text, int year)
    {
        Read(text, DateParseOptions.Default with { TwoDigitYearPivot = pivot }).Jalali!.Value.Date.Year.Should().Be(year);
    }

    private static readonly DateTimeOffset Now = new(2024, 3, 7, 11, 0, 0, TimeSpan.Zero); // 14:30 in Tehran

    // text, expected local, has time, expected instant or null
    public static TheoryData<string, string, bool, string?> Relative => new()
    {
        { "۲ ساعت پیش", "2024-03-07T12:30:00", true, "2024-03-07T12:30:00+03:30" },
        { "۱۵ دقیقه پیش", "2024-03-07T14:15:00", true, "2024-03-07T14:15:00+03:30" },
        { "15 دقیقه قبل", "2024-03-07T14:15:00", true, "2024-03-07T14:15:00+03:30" },
        { "یک ساعت پیش", "2024-03-07T13:30:00", true, "2024-03-07T13:30:00+03:30" },
        { "دو ساعت پیش", "2024-03-07T12:30:00", true, "2024-03-07T12:30:00+03:30" },
        { "بیست دقیقه پیش", "2024-03-07T14:10:00", true, "2024-03-07T14:10:00+03:30" },
        { "سه روز قبل", "2024-03-04T00:00:00", false, null },
        { "نیم ساعت پیش", "2024-03-07T14:00:00", true, "2024-03-07T14:00:00+03:30" },
        { "دقایقی پیش", "2024-03-07T14:30:00", true, "2024-03-07T14:30:00+03:30" },
        { "لحظاتی پیش", "2024-03-07T14:30:00", true, "2024-03-07T14:30:00+03:30" },
        { "۳ روز پیش", "2024-03-04T00:00:00", false, null },
        { "۲ هفته پیش", "2024-02-22T00:00:00", false, null },
        { "دیروز", "2024-03-06T00:00:00", false, null },
        { "پریروز", "2024-03-05T00:00:00", false, null },
        { "امروز", "2024-03-07T00:00:00", false, null },
        { "امروز ساعت ۱۰:۲۰", "2024-03-07T10:20:00", true, "2024-03-07T10:20:00+03:30" },
        { "دیروز - ۲۳:۰۵", "2024-03-06T23:05:00", true, "2024-03-06T23:05:00+03:30" },
    };

    [Theory]
    [MemberData(nameof(Relative))]
    public void Reads_relative_forms_against_the_given_instant(string text, string local, bool hasTime, string? instant)
    {
        var m = Read(text, DateParseOptions.Default with { Now = Now });
        m.IsRelative.Should().BeTrue();
        m.Calendar.Should().Be(DateCalendar.Jalali);
        m.Local.Should().Be(DateTime.Parse(local, CultureInfo.InvariantCulture));
        m.HasTime.Should().Be(hasTime);
        m.Instant.Should().Be(instant is null ? null : Iso(instant));
    }

    // text, expected local, has time, expected instant or null; Now is 14:30 in Tehran, 11:00 UTC
    public static TheoryData<string, string, bool, string?> LatinRelative => new()
    {
        { "3 hours ago", "2024-03-07T11:30:00", true, "2024-03-07T11:30:00+03:30" },
        { "an hour ago", "2024-03-07T13:30:00", true, "2024-03-07T13:30:00+03:30" },
        { "45 minutes ago", "2024-03-07T13:45:00", true, "2024-03-07T13:45:00+03:30" },
        { "2 days ago", "2024-03-05T00:00:00", false, null },
        { "a week ago", "2024-02-29T00:00:00", false, null },
        { "vor 3 Stunden", "2024-03-07T11:30:00", true, "2024-03-07T11:30:00+03:30" },
        { "vor einer Stunde", "2024-03-07T13:30:00", true, "2024-03-07T13:30:00+03:30" },
        { "two hours ago", "2024-03-07T12:30:00", true, "2024-03-07T12:30:00+03:30" },
        { "vor zwei Stunden", "2024-03-07T12:30:00", true, "2024-03-07T12:30:00+03:30" },
        { "hace dos horas", "2024-03-07T12:30:00", true, "2024-03-07T12:30:00+03:30" },
        { "il y a trois jours", "2024-03-04T00:00:00", false, null },
        { "vor 5 Min.", "2024-03-07T14:25:00", true, "2024-03-07T14:25:00+03:30" },
        { "vor 2 Std.", "2024-03-07T12:30:00", true, "2024-03-07T12:30:00+03:30" },
        { "vor 2 Tagen", "2024-03-05T00:00:00", false, null },
        { "hace 3 horas", "2024-03-07T11:30:00", true, "2024-03-07T11:30:00+03:30" },
        { "hace una hora", "2024-03-07T13:30:00", true, "2024-03-07T13:30:00+03:30" },
        { "il y a 2 jours", "2024-03-05T00:00:00", false, null },
        { "há 3 horas", "2024-03-07T11:30:00", true, "2024-03-07T11:30:00+03:30" },
        { "3 ore fa", "2024-03-07T11:30:00", true, "2024-03-07T11:30:00+03:30" },
        { "yesterday", "2024-03-06T00:00:00", false, null },
        { "Yesterday at 10:20", "2024-03-06T10:20:00", true, "2024-03-06T10:20:00+03:30" },
        { "gestern, 23:05", "2024-03-06T23:05:00", true, "2024-03-06T23:05:00+03:30" },
        { "heute, 09:15 Uhr", "2024-03-07T09:15:00", true, "2024-03-07T09:15:00+03:30" },
        { "vorgestern", "2024-03-05T00:00:00", false, null },
        // Arabic «منذ»: with an amount, the singular or plural unit; alone, the singular is one and the dual two
        { "منذ 3 ساعات", "2024-03-07T11:30:00", true, "2024-03-07T11:30:00+03:30" },
        { "منذ ٢٠ دقيقة", "2024-03-07T14:10:00", true, "2024-03-07T14:10:00+03:30" },
        { "منذ ساعة", "2024-03-07T13:30:00", true, "2024-03-07T13:30:00+03:30" },
        { "منذ ساعتين", "2024-03-07T12:30:00", true, "2024-03-07T12:30:00+03:30" },
        { "منذ دقيقتين", "2024-03-07T14:28:00", true, "2024-03-07T14:28:00+03:30" },
        { "منذ ٥ أيام", "2024-03-02T00:00:00", false, null },
        { "منذ يومين", "2024-03-05T00:00:00", false, null },
        { "منذ أسبوع", "2024-02-29T00:00:00", false, null },
        // Arabic «قبل» before the amount, as «منذ»
        { "قبل 3 ساعات", "2024-03-07T11:30:00", true, "2024-03-07T11:30:00+03:30" },
        { "قبل ٢٠ دقيقة", "2024-03-07T14:10:00", true, "2024-03-07T14:10:00+03:30" },
        { "قبل ساعة", "2024-03-07T13:30:00", true, "2024-03-07T13:30:00+03:30" },
        { "قبل ساعتين", "2024-03-07T12:30:00", true, "2024-03-07T12:30:00+03:30" },
        { "قبل يومين", "2024-03-05T00:00:00", false, null },
        { "قبل أسبوع", "2024-02-29T00:00:00", false, null },
    };

    [Fact]
    public void Month_abbreviations_that_are_number_words_stay_months()
    {
        // French «sept» (seven) and Portuguese «dez» (ten) are September and December in dates.
        Read("7 sept 2024").Local.Should().Be(new DateTime(2024, 9, 7));
        Read("5. Dez 2021").Local.Should().Be(new DateTime(2021, 12, 5));
    }

    [Theory]
    [InlineData("در ۱۷ اسفند ۹۸ نفر کشته شدند")] // 98 people, not the year 98
    [InlineData("۱۷ اسفند ۹۸٪ آرا را برد")]
    [InlineData("۱۷ اسفند ۹۸/۵ درصد")]
    [InlineData("سی و دوم شهریور ۱۴۰۲")] // no such day, and no «دوم شهریور» in it
    [InlineData("در دوم تیر گلوله")] // no year
    [InlineData("March 7 24")] // two-digit years only after Jalali months
    [InlineData("the 5th floor in 2019")]
    [InlineData("He came 1st in March 2024")]
    public void Look_alikes_of_short_years_and_ordinal_days_are_not_dates(string text)
    {
        Parser.FindAll(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("قبل ساعت ۱۰ به خانه رسید")] // "before ten o'clock"
    [InlineData("قبل از ۲ روز")]
    [InlineData("قبل ۳ روز مانده به انتخابات")]
    [InlineData("قبل یک ساعت")]
    [InlineData("قبل دقیقه‌ای")]
    public void Persian_qabl_before_a_persian_unit_is_not_the_arabic_ago(string text)
    {
        // Persian's «قبل» ends a relative date («۳ ساعت قبل»); before an amount it is Arabic only with Arabic units.
        Parser.FindAll(text, DateParseOptions.Default with { Now = Now }).Should().BeEmpty();
        Read("۳ ساعت قبل", DateParseOptions.Default with { Now = Now }).Local.Should().Be(new DateTime(2024, 3, 7, 11, 30, 0));
    }

    [Fact]
    public void A_bare_unit_counts_one_after_the_arabic_ago_only()
    {
        // «vor Stunden» is "hours ago", no amount; «منذ عام» (a year) is coarser than a date can honestly be placed by.
        var options = DateParseOptions.Default with { Now = Now };
        Parser.FindAll("vor Stunden", options).Should().BeEmpty();
        Parser.FindAll("منذ عام", options).Should().BeEmpty();
        Parser.FindAll("منذ قليل", options).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(LatinRelative))]
    public void Reads_the_relative_forms_of_other_languages_on_the_Gregorian_calendar(string text, string local, bool hasTime, string? instant)
    {
        var m = Read(text, DateParseOptions.Default with { Now = Now });
        m.IsRelative.Should().BeTrue();
        m.Calendar.Should().Be(DateCalendar.Gregorian);
        m.Local.Should().Be(DateTime.Parse(local, CultureInfo.InvariantCulture));
        m.HasTime.Should().Be(hasTime);
        m.Instant.Should().Be(instant is null ? null : Iso(instant));
    }

    [Fact]
    public void Relative_forms_in_a_caller_zone_are_placed_in_that_zone()
    {
        var utc = DateParseOptions.Default with { Now = Now, Zone = TimeZoneInfo.Utc };
        Read("3 hours ago", utc).Instant.Should().Be(new DateTimeOffset(2024, 3, 7, 8, 0, 0, TimeSpan.Zero));

        // 23:00 UTC is already the next day in Tehran: "yesterday" is the zone's yesterday.
        var late = new DateTimeOffset(2024, 3, 7, 23, 0, 0, TimeSpan.Zero);
        Read("yesterday", DateParseOptions.Default with { Now = late, Zone = TimeZoneInfo.Utc }).Local.Should().Be(new DateTime(2024, 3, 6));
        Read("yesterday", DateParseOptions.Default with { Now = late }).Local.Should().Be(new DateTime(2024, 3, 7));
    }

    [Theory]
    [InlineData("۱۷ اسفند ۱۴۰۲ ساعت ۸ شب", "2024-03-07T20:00:00")]
    [InlineData("۱۷ اسفند ۱۴۰۲ ساعت ۱۱ شب", "2024-03-07T23:00:00")]
    [InlineData("۱۷ اسفند ۱۴۰۲ ساعت ۲ شب", "2024-03-07T02:00:00")] // after midnight
    [InlineData("۱۷ اسفند ۱۴۰۲ ساعت ۲۰:۳۰ شب", "2024-03-07T20:30:00")] // already a 24-hour time
    [InlineData("۱۷ اسفند ۱۴۰۲ ساعت ۵ عصر", "2024-03-07T17:00:00")]
    [InlineData("۱۷ اسفند ۱۴۰۲، ساعت ۱۲ ظهر", "2024-03-07T12:00:00")]
    [InlineData("۱۷ اسفند ۱۴۰۲، ساعت ۱ ظهر", "2024-03-07T13:00:00")]
    [InlineData("۱۷ اسفند ۱۴۰۲ ساعت ۸:۳۰ صبح", "2024-03-07T08:30:00")]
    [InlineData("۱۷ اسفند ۱۴۰۲ ساعت ۲ بامداد", "2024-03-07T02:00:00")]
    [InlineData("۱۷ اسفند ۱۴۰۲ ساعت ۱۹ و ۳۰ دقیقه", "2024-03-07T19:30:00")]
    [InlineData("٧ مارس ٢٠٢٤ الساعة ٩ ليلاً", "2024-03-07T21:00:00")]
    public void A_part_of_the_day_after_the_hour_makes_it_a_24_hour_time(string text, string local)
    {
        // «ساعت ۸ شب» was 08:00, «ساعت ۵ عصر» 05:00: twelve hours off.
        var m = Read(text);
        m.Local.Should().Be(DateTime.Parse(local, CultureInfo.InvariantCulture));
        m.Length.Should().Be(text.Length, "the part of the day is the time's");
    }

    [Fact]
    public void Twelve_at_night_is_no_time_of_the_day()
    {
        // Midnight at the end of the 17th or the start of the 18th, as the writer meant: the day alone is kept.
        var m = Parser.FindAll("۱۷ اسفند ۱۴۰۲ ساعت ۱۲ شب").Should().ContainSingle().Subject;
        m.HasTime.Should().BeFalse();
        m.Local.Should().Be(new DateTime(2024, 3, 7));
    }

    [Theory]
    [InlineData("7. März 2024, 14:30 Uhr", "2024-03-07T14:30:00")]
    [InlineData("Donnerstag, 7. März 2024 um 14:30 Uhr", "2024-03-07T14:30:00")]
    [InlineData("07.03.2024 14:30 Uhr", "2024-03-07T14:30:00")]
    [InlineData("7 de marzo de 2024, 14:30 hs", "2024-03-07T14:30:00")]
    public void The_word_after_a_clock_time_is_part_of_the_date(string text, string local)
    {
        var m = Read(text);
        m.Local.Should().Be(DateTime.Parse(local, CultureInfo.InvariantCulture));
        m.Length.Should().Be(text.Length);
    }

    [Theory]
    [InlineData("3 months ago")]
    [InlineData("vor 2 Jahren")]
    [InlineData("vor dem Haus")]
    [InlineData("a day before the vote")]
    [InlineData("il y a beaucoup")]
    [InlineData("دو روز پیش از انتخابات")] // "two days before the election"
    [InlineData("the two days before")]
    public void Months_and_years_ago_and_look_alikes_are_not_dates(string text)
    {
        NewsDateParser.Default.FindAll(text, DateParseOptions.Default with { Now = Now }).Should().BeEmpty();
    }

    // text, reference instant (UTC), expected local
    [Theory]
    [InlineData("۱۹ اردیبهشت - ۱۴:۳۰", "2024-05-10T00:00:00Z", "2024-05-08T14:30:00")]
    [InlineData("پنجشنبه 19 ارديبهشت", "2019-05-09T10:00:00Z", "2019-05-09T00:00:00")]
    [InlineData("۲۹ اسفند", "2024-03-21T08:00:00Z", "2024-03-19T00:00:00")]
    [InlineData("۱ فروردین", "2024-03-19T08:00:00Z", "2024-03-20T00:00:00")]
    [InlineData("۱۷ حوت ساعت ۱۰:۰۰", "2024-03-08T00:00:00Z", "2024-03-07T10:00:00")]
    [InlineData("۷ مارس", "2025-01-10T00:00:00Z", "2024-03-07T00:00:00")]
    public void A_missing_year_is_inferred_from_the_reference_instant(string text, string now, string local)
    {
        var m = Read(text, DateParseOptions.Default with { Now = Iso(now) });
        m.IsYearInferred.Should().BeTrue();
        m.IsRelative.Should().BeFalse();
        m.Local.Should().Be(DateTime.Parse(local, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_missing_year_is_not_inferred_for_Hijri_dates_or_without_a_reference()
    {
        Parser.Parse("۱۹ اردیبهشت").Error!.Kind.Should().Be(DateParseErrorKind.Incomplete);
        Parser.Parse("۲۵ شعبان", DateParseOptions.Default with { Now = Now }).Error!.Kind.Should().Be(DateParseErrorKind.Incomplete);
        Read("۱۷ اسفند ۱۴۰۲", DateParseOptions.Default with { Now = Now }).IsYearInferred.Should().BeFalse();
    }

    [Fact]
    public void Relative_days_use_the_Tehran_calendar_day_of_the_reference_instant()
    {
        // 21:00 UTC on 7 March is 00:30 on 8 March in Tehran, so «دیروز» is 7 March.
        var now = new DateTimeOffset(2024, 3, 7, 21, 0, 0, TimeSpan.Zero);
        Read("دیروز", DateParseOptions.Default with { Now = now }).Local.Should().Be(new DateTime(2024, 3, 7));
    }

    [Fact]
    public void A_caller_zone_overrides_the_default()
    {
        var utc = DateParseOptions.Default with { Zone = TimeZoneInfo.Utc };
        Read("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱", utc).Instant.Should().Be(new DateTimeOffset(2024, 3, 7, 14, 31, 0, TimeSpan.Zero));
        var kabul = DateParseOptions.Default with { Zone = TimeZoneInfo.CreateCustomTimeZone("Asia/Kabul", TimeSpan.FromHours(4.5), "Kabul", "Kabul") };
        Read("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱", kabul).Instant!.Value.Offset.Should().Be(TimeSpan.FromHours(4.5));
        // A zone named Asia/Tehran uses the built-in rules even when its own data has none.
        var bareTehran = DateParseOptions.Default with { Zone = TimeZoneInfo.CreateCustomTimeZone("Asia/Tehran", TimeSpan.FromHours(3.5), "Tehran", "Tehran") };
        Read("۱۳۹۸/۰۲/۱۲ - ۱۶:۱۲", bareTehran).Instant!.Value.Offset.Should().Be(TimeSpan.FromHours(4.5));
    }

    [Fact]
    public void A_caller_zone_with_daylight_time_resolves_gaps_and_overlaps_by_the_same_rule()
    {
        // A London-like zone: +00:00, +01:00 from the last Sunday of March 01:00 to the last Sunday of October 02:00.
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(2000, 1, 1), new DateTime(2099, 12, 31), TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday));
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/London", TimeSpan.Zero, "Test London", "GMT", "BST", [rule]);
        var options = DateParseOptions.Default with { Zone = zone };

        // 31 March 2024 01:30 never happened: read with the offset before the gap, shown after it.
        var skipped = Read("2024-03-31 01:30", options).Instant!.Value;
        skipped.Should().Be(new DateTimeOffset(2024, 3, 31, 1, 30, 0, TimeSpan.Zero));
        skipped.Offset.Should().Be(TimeSpan.FromHours(1));

        // 27 October 2024 01:30 happened twice: the earlier one, in summer time.
        var ambiguous = Read("2024-10-27 01:30", options).Instant!.Value;
        ambiguous.Offset.Should().Be(TimeSpan.FromHours(1));
        ambiguous.UtcDateTime.Should().Be(new DateTime(2024, 10, 27, 0, 30, 0));

        Read("2024-07-01 12:00", options).Instant!.Value.Offset.Should().Be(TimeSpan.FromHours(1));
        Read("2024-01-01 12:00", options).Instant!.Value.Offset.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void Parsing_a_span_reads_the_same_as_a_string()
    {
        var buffer = "xx۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱yy".AsSpan(2, 21);
        Parser.Parse(buffer).Should().Be(Parser.Parse("۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱"));
        Parser.TryParse(buffer, out var m).Should().BeTrue();
        m.Instant.Should().Be(Iso("2024-03-07T14:31:00+03:30"));
    }
}

public class NewsDateParserRobustnessTests
{
    private const string Alphabet = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩/-.:,،|()TZ+ \u00A0\u200C\u200E\u200Fساعتپیشقبلدیروزامروزاسفندمهرحوتشعبانمارسه.ق.ظب.ظشنبهسه‌شنبهپنجشنبهdecmarchAMPM";

    [Fact]
    public void Parse_and_FindAll_never_throw_and_every_found_date_parses_on_its_own()
    {
        var options = DateParseOptions.Default with { Now = new DateTimeOffset(2024, 3, 7, 11, 0, 0, TimeSpan.Zero) };
        Gen.String[Gen.Char[Alphabet], 0, 40].Sample(text =>
        {
            var parsed = NewsDateParser.Default.Parse(text, options);
            if (parsed.Error is { } error && (error.Position < 0 || error.Position > text.Length))
            {
                return false;
            }

            foreach (var m in NewsDateParser.Default.FindAll(text, options))
            {
                if (m.Start < 0 || m.End > text.Length || !NewsDateParser.Default.Parse(text.AsSpan(m.Start, m.Length), options).Success)
                {
                    return false;
                }
            }

            return true;
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("1445/13/25 ه.ق")]
    [InlineData("2024-03-07T14:31:00+14:59")]
    [InlineData("99999999999999999999/12/17")]
    [InlineData("۹۹۹۹ ساعت پیش")]
    [InlineData("دیروز ساعت ۹۹:۹۹")]
    public void Odd_inputs_fail_softly(string text)
    {
        var options = DateParseOptions.Default with { Now = DateTimeOffset.MaxValue };
        var result = NewsDateParser.Default.Parse(text, options);
        result.Success.Should().BeFalse();
        result.Error!.Position.Should().BeInRange(0, text.Length);
    }

    [Fact]
    public void A_reference_instant_at_the_ends_of_time_is_an_error_not_an_exception()
    {
        foreach (var now in new[] { DateTimeOffset.MinValue, DateTimeOffset.MaxValue })
        {
            var result = NewsDateParser.Default.Parse("۲ ساعت پیش", DateParseOptions.Default with { Now = now });
            result.Error!.Kind.Should().Be(DateParseErrorKind.YearOutOfRange);
        }
    }

    [Fact]
    public void Parsing_a_span_allocates_nothing()
    {
        var parser = NewsDateParser.Default;
        var text = "۱۷ اسفند ۱۴۰۲ - ۱۴:۳۱".ToCharArray();
        for (var i = 0; i < 2_000; i++)
        {
            parser.Parse(text);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        DateTimeOffset? last = null;
        for (var i = 0; i < 1_000; i++)
        {
            last = parser.Parse(text).Value.Instant;
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / 1_000.0;
        last.Should().Be(new DateTimeOffset(2024, 3, 7, 14, 31, 0, TimeSpan.FromHours(3.5)));
        perCall.Should().BeLessThan(1, "one allocation per call would be at least 24 bytes");
    }
}
