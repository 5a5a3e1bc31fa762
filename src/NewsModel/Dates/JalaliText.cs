using System.Globalization;
using System.Text;

namespace NewsModel.Dates;

/// <summary>Small formatting helpers shared by the Jalali value types.</summary>
internal static class JalaliText
{
    internal static void AppendNumber(StringBuilder sb, int value, int minDigits, bool persian)
    {
        var text = value.ToString(CultureInfo.InvariantCulture).PadLeft(minDigits, '0');
        if (!persian)
        {
            sb.Append(text);
            return;
        }

        foreach (var c in text)
        {
            sb.Append((char)('\u06F0' + (c - '0')));
        }
    }
}
