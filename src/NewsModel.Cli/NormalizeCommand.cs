using System.CommandLine;
using System.Text;
using NewsModel.Persian;

namespace NewsModel.Cli;

/// <summary><c>newsmodel normalize &lt;file|-&gt;</c>: prints the Persian-normalized text of a file or of stdin.</summary>
internal static class NormalizeCommand
{
    public static Command Create()
    {
        var cmd = new Command("normalize", "Normalize Persian text: digits, Arabic letter variants, half-spaces, white space, punctuation spacing.");

        var file = new Argument<string>("file") { Description = "The text file to normalize (UTF-8), or - to read stdin." };
        var preset = new Option<string>("--preset")
        {
            Description = "Starting point: default (news text, never changes meaning), text-dump (default + half-space repair), search (ASCII digits, no diacritics, repair), none.",
            DefaultValueFactory = _ => "default",
        };
        preset.AcceptOnlyFromAmong("default", "text-dump", "search", "none");
        var digits = new Option<string?>("--digits") { Description = "Digit set to write: ascii, persian, arabic-indic or keep." };
        digits.AcceptOnlyFromAmong("ascii", "persian", "arabic-indic", "keep");
        var separators = new Option<bool?>("--digit-separators") { Description = "Also convert the decimal and thousands separators and the percent sign (٫ ٬ ٪ ↔ . , %)." };
        var everywhere = new Option<bool>("--digits-everywhere") { Description = "Convert digits inside Latin tokens and URLs too (text-only mode is the default)." };
        var repair = new Option<bool?>("--repair-half-spaces") { Description = "Put back lost half-spaces where the affix rule is unambiguous (می‌شود، کتاب‌ها، منطقه‌ای)." };
        var diacritics = new Option<bool?>("--remove-diacritics") { Description = "Remove the Arabic diacritics (harakat)." };
        var heh = new Option<bool?>("--decompose-heh") { Description = "Write ۀ as هٔ." };
        var keepWhitespace = new Option<bool>("--keep-whitespace") { Description = "Do not collapse white space or trim lines." };
        var keepNbsp = new Option<bool>("--keep-nbsp") { Description = "Keep no-break spaces (U+00A0)." };
        var keepBidi = new Option<bool>("--keep-bidi-marks") { Description = "Keep LRM, RLM and ALM." };
        var keepForms = new Option<bool>("--keep-presentation-forms") { Description = "Keep Arabic presentation forms (ﺳﻼﻡ) instead of writing the letters they show (سلام)." };
        var noPunct = new Option<bool>("--no-punctuation-spacing") { Description = "Do not fix the spacing around ، ؛ ؟ and « »." };

        cmd.Arguments.Add(file);
        foreach (var o in new Option[] { preset, digits, separators, everywhere, repair, diacritics, heh, keepWhitespace, keepNbsp, keepBidi, keepForms, noPunct })
        {
            cmd.Options.Add(o);
        }

        cmd.SetAction(parseResult =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var output = parseResult.InvocationConfiguration.Output;
            var options = parseResult.GetValue(preset) switch
            {
                "text-dump" => PersianNormalizerOptions.ForTextDumps,
                "search" => PersianNormalizerOptions.ForSearch,
                "none" => PersianNormalizerOptions.None,
                _ => PersianNormalizerOptions.Default,
            };

            options = parseResult.GetValue(digits) switch
            {
                "ascii" => options with { Digits = DigitStyle.Ascii },
                "persian" => options with { Digits = DigitStyle.Persian },
                "arabic-indic" => options with { Digits = DigitStyle.ArabicIndic },
                "keep" => options with { Digits = DigitStyle.Keep },
                _ => options,
            };

            if (parseResult.GetValue(separators) is { } s)
            {
                options = options with { DigitSeparators = s };
            }

            if (parseResult.GetValue(everywhere))
            {
                options = options with { DigitsInTextOnly = false };
            }

            if (parseResult.GetValue(repair) is { } r)
            {
                options = options with { RepairHalfSpaces = r };
            }

            if (parseResult.GetValue(diacritics) is { } d)
            {
                options = options with { RemoveDiacritics = d };
            }

            if (parseResult.GetValue(heh) is { } h)
            {
                options = options with { DecomposeHehWithYeh = h };
            }

            if (parseResult.GetValue(keepWhitespace))
            {
                options = options with { CollapseWhitespace = false };
            }

            if (parseResult.GetValue(keepNbsp))
            {
                options = options with { NbspToSpace = false };
            }

            if (parseResult.GetValue(keepBidi))
            {
                options = options with { RemoveBidiMarks = false };
            }

            if (parseResult.GetValue(keepForms))
            {
                options = options with { ExpandPresentationForms = false };
            }

            if (parseResult.GetValue(noPunct))
            {
                options = options with { PunctuationSpacing = false };
            }

            var path = parseResult.GetValue(file)!;
            // Read as the page commands read (gzip looked through and checked), but any length an array holds: a
            // corpus file may be large. Bytes that are no text (an image, random bytes) are refused rather than
            // "normalized" into garbage.
            if (!InputFile.TryRead(path, Array.MaxLength, error, out var bytes))
            {
                return 2;
            }

            if (NewsModel.Html.BinaryInput.Describe(bytes) is { } binary)
            {
                error.WriteLine($"normalize: '{path}' is {binary}, not text.");
                return 2;
            }

            string text;
            using (var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true))
            {
                text = reader.ReadToEnd();
            }

            output.Write(new PersianNormalizer(options).Normalize(text));
            output.Flush();
            return 0;
        });

        return cmd;
    }
}
