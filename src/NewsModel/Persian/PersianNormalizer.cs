using static NewsModel.Persian.PersianChars;

namespace NewsModel.Persian;

/// <summary>
/// Normalizes Persian text in one pass: digits, Arabic letter variants, tatweel, diacritics, the half-space and its
/// stand-ins, white space, bidi marks and the spacing around Persian punctuation, each step switched by
/// <see cref="PersianNormalizerOptions"/>. Immutable and thread-safe: build one and reuse it.
/// </summary>
/// <example>
/// <code>
/// var text = PersianNormalizer.Default.Normalize("كد خبر:  ۲۱۶۰۲۶");          // «کد خبر: ۲۱۶۰۲۶»
/// var dump = new PersianNormalizer(PersianNormalizerOptions.ForTextDumps);
/// dump.Normalize("شهری بینالمللی که میتواند");                               // «شهری بین‌المللی که می‌تواند»
/// </code>
/// </example>
public sealed class PersianNormalizer
{
    /// <summary>Persian letters that no option changes (U+0621–U+06D3): runs of them are copied in bulk.</summary>
    private static readonly bool[] PlainTable = BuildPlainTable();

    /// <summary>A normalizer with <see cref="PersianNormalizerOptions.Default"/>.</summary>
    public static PersianNormalizer Default { get; } = new();

    /// <summary>Creates a normalizer.</summary>
    /// <param name="options">What to do; <see cref="PersianNormalizerOptions.Default"/> when <see langword="null"/>.</param>
    public PersianNormalizer(PersianNormalizerOptions? options = null) => Options = options ?? PersianNormalizerOptions.Default;

    /// <summary>The options this normalizer applies.</summary>
    public PersianNormalizerOptions Options { get; }

    /// <summary>Normalizes <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalized text; the same instance, with no allocation, when nothing needs changing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var engine = new Engine(text, Options);
        try
        {
            engine.Run();
            return engine.Output.ToString(text);
        }
        finally
        {
            engine.Dispose();
        }
    }

    /// <summary>Normalizes a span of text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The normalized text as a new string.</returns>
    public string Normalize(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        var engine = new Engine(text, Options);
        try
        {
            engine.Run();
            return engine.Output.ToString(null);
        }
        finally
        {
            engine.Dispose();
        }
    }

    /// <summary>Normalizes <paramref name="source"/> into <paramref name="destination"/>.</summary>
    /// <param name="source">The text.</param>
    /// <param name="destination">Where to write. The result can be longer than the source (a restored half-space, ۀ → هٔ).</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short (nothing usable is written then).</returns>
    public bool TryNormalize(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
    {
        var engine = new Engine(source, Options);
        try
        {
            engine.Run();
            return engine.Output.TryCopyTo(destination, out charsWritten);
        }
        finally
        {
            engine.Dispose();
        }
    }

    /// <summary>Whether <see cref="Normalize(string)"/> would leave <paramref name="text"/> unchanged.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text is already normalized.</returns>
    public bool IsNormalized(ReadOnlySpan<char> text)
    {
        var engine = new Engine(text, Options);
        try
        {
            engine.Run();
            return !engine.Output.Materialized && engine.Output.Length == text.Length;
        }
        finally
        {
            engine.Dispose();
        }
    }

    private static bool[] BuildPlainTable()
    {
        var table = new bool['\u06D4' - '\u0621'];
        for (var c = '\u0621'; c <= '\u06D3'; c++)
        {
            table[c - '\u0621'] = Engine.IsPlainLetter(c);
        }

        return table;
    }

    private static bool IsPlain(char c) => (uint)(c - '\u0621') < (uint)PlainTable.Length && PlainTable[c - '\u0621'];

    /// <summary>The single pass. Writes into a <see cref="PooledOutput"/> and keeps the word and spacing state.</summary>
    private ref struct Engine
    {
        public PooledOutput Output;
        private readonly ReadOnlySpan<char> _in;
        private readonly PersianNormalizerOptions _o;
        private readonly bool _joinAny;

        // the word being written
        private int _wordStart;
        private bool _wordHasZwnj;
        private bool _pendingZwnj;

        // the word before it, and the single space between them
        private int _prevStart;
        private int _prevEnd;
        private int _sepPos;
        private bool _sepNarrow;

        // a pending run of horizontal white space (input range)
        private int _runStart;
        private int _runEnd;
        private bool _runNarrowOnly;

        // punctuation spacing
        private bool _spaceAfterPunct;   // after ، ؛ ؟ : a space before a letter or «
        private bool _spaceAfterClose;   // after » : a space before a letter or digit
        private bool _dropSpaces;        // after « : no space
        private bool _inQuote;
        private int _guillemets;         // per line: 0 none seen yet, 1 « comes first (normal), 2 » comes first (reversed: leave alone)

        // digits: the token around the current position, for "text only" mode
        private int _tokenEnd;
        private bool _tokenIsLatin;

        public Engine(ReadOnlySpan<char> input, PersianNormalizerOptions options)
        {
            _in = input;
            _o = options;
            Output = new PooledOutput(input);
            _joinAny = options.RepairHalfSpaces || options.NormalizeHalfSpaces;
            _wordStart = -1;
            _prevStart = -1;
            _prevEnd = -1;
            _sepPos = -1;
            _runStart = -1;
            _tokenEnd = -1;
        }

        public void Dispose() => Output.Dispose();

        public void Run()
        {
            var o = _o;
            var input = _in;
            for (var i = 0; i < input.Length; i++)
            {
                var c = input[i];

                // Fast path: a Persian letter that no option touches.
                if (IsPlain(c))
                {
                    EmitWordChar(c);
                    i += CopyPlainRun(i + 1);
                    continue;
                }

                if (c <= ' ' && o.CollapseWhitespace && (c == ' ' || c == '\t' || c == '\n' || c == '\r'))
                {
                    i += SkipLayoutWhitespace(i) - 1;
                    continue;
                }

                if (c >= '\uFB50' && o.ExpandPresentationForms && PresentationForms.Map(c) is { } letters)
                {
                    // A ligature's first letter is written here; the last goes through the steps below (ﻙ → ک).
                    if (letters.Length > 1)
                    {
                        EmitWordChar(letters[0]);
                    }

                    c = letters[^1];
                }

                switch (c)
                {
                    case Lrm or Rlm or Alm when o.RemoveBidiMarks:
                    case Tatweel when o.RemoveTatweel:
                        continue;
                    case ArabicYeh or AlefMaksura when o.UnifyArabicLetters:
                        c = PersianYeh;
                        break;
                    case ArabicKaf when o.UnifyArabicLetters:
                        c = PersianKaf;
                        break;
                    case HehWithYeh when o.DecomposeHehWithYeh:
                        EmitWordChar(Heh);
                        c = HamzaAbove;
                        break;
                }

                if (o.RemoveDiacritics && IsDiacritic(c))
                {
                    continue;
                }

                if (o.Digits != DigitStyle.Keep && (c <= '9' || (c >= '\u0660' && c <= '\u066C') || (c >= '\u06F0' && c <= '\u06F9')))
                {
                    c = MapDigit(i, c);
                }

                if (IsWordChar(c))
                {
                    EmitWordChar(c);
                }
                else if (c == Zwnj)
                {
                    OnZwnj(c);
                }
                else if ((c == Zwsp || c == Zwj || c == NotSign) && o.NormalizeHalfSpaces && IsStandIn(i))
                {
                    OnZwnj(Zwnj);
                }
                else if (c == Nbsp)
                {
                    if (o.NbspToSpace)
                    {
                        OnSpace(i, narrow: false);
                    }
                    else
                    {
                        EmitOther(c);
                    }
                }
                else if (IsHorizontalSpace(c))
                {
                    OnSpace(i, IsNarrowSpace(c));
                }
                else if (IsLineBreak(c))
                {
                    OnLineBreak(c);
                }
                else
                {
                    EmitOther(c);
                }
            }

            FinishWord();
            if (_runStart >= 0 && !o.CollapseWhitespace)
            {
                ReplayRun();
            }
        }

        internal static bool IsPlainLetter(char c) => c switch
        {
            >= '\u064B' and <= '\u065F' => false, // marks: diacritics option
            ArabicYeh or AlefMaksura or ArabicKaf or Tatweel or '\u0660' or '\u0661' or '\u0662' or '\u0663' or '\u0664'
                or '\u0665' or '\u0666' or '\u0667' or '\u0668' or '\u0669' or '\u066A' or '\u066B' or '\u066C'
                or '\u066D' or '\u0670' or HehWithYeh => false,
            _ => IsLetter(c),
        };

        private char MapDigit(int i, char c)
        {
            if (!PersianDigits.IsDigit(c) && !(_o.DigitSeparators && (c is '.' or ',' or '%' || (c >= '\u066A' && c <= '\u066C'))))
            {
                return c;
            }

            char mapped;
            if (c is '.' or ',' or '%' && _o.Digits != DigitStyle.Ascii)
            {
                // ASCII separators become Persian ones only between digits, as they will stand in the output:
                // the left neighbour is what was written, the right one the next character this pass keeps.
                var left = _runStart < 0 && Output.Length > 0 && PersianDigits.IsDigit(Output.Last);
                mapped = !left ? c
                    : c == '%' ? PersianDigits.PercentSign
                    : PersianDigits.IsDigit(NextKept(i)) ? (c == '.' ? PersianDigits.DecimalSeparator : PersianDigits.ThousandsSeparator)
                    : c;
            }
            else
            {
                mapped = PersianDigits.Map(_in, i, _o.Digits, _o.DigitSeparators);
            }

            if (mapped == c || !_o.DigitsInTextOnly)
            {
                return mapped;
            }

            if (i >= _tokenEnd)
            {
                ScanToken(i);
            }

            return _tokenIsLatin ? c : mapped;
        }

        /// <summary>The next input character after <paramref name="i"/> that this pass does not remove, or '\0'.</summary>
        private readonly char NextKept(int i)
        {
            for (var k = i + 1; k < _in.Length; k++)
            {
                var n = _in[k];
                if ((_o.RemoveBidiMarks && n is Lrm or Rlm or Alm) || (_o.RemoveTatweel && n == Tatweel) ||
                    (_o.RemoveDiacritics && IsDiacritic(n)) || (_o.NormalizeHalfSpaces && n == Zwnj))
                {
                    continue;
                }

                return n;
            }

            return '\0';
        }

        private void ScanToken(int i)
        {
            var start = i;
            while (start > 0 && !IsTokenBreak(_in[start - 1]))
            {
                start--;
            }

            var end = i;
            while (end < _in.Length && !IsTokenBreak(_in[end]))
            {
                end++;
            }

            var latin = false;
            for (var k = start; k < end && !latin; k++)
            {
                latin = char.IsAsciiLetter(_in[k]) || _in[k] == '@';
            }

            _tokenEnd = end;
            _tokenIsLatin = latin;
        }

        /// <summary>
        /// With collapsing on, handles a whole run of spaces, tabs and line breaks at once: the same effect as one
        /// <see cref="OnSpace"/> per space and one <see cref="OnLineBreak"/> per break, without the per-character work.
        /// </summary>
        private int SkipLayoutWhitespace(int start)
        {
            var rest = _in[start..];
            var n = 0;
            while (n < rest.Length && n < 8 && rest[n] is ' ' or '\t' or '\n' or '\r')
            {
                n++;
            }

            if (n == 8)
            {
                // a long run (indentation, layout): let the vectorized search find its end
                var more = rest[n..].IndexOfAnyExcept(' ', '\t', '\n');
                n = more < 0 ? rest.Length : n + more;
                while (n < rest.Length && rest[n] == '\r')
                {
                    n++;
                }
            }

            var run = rest[..n];
            var lastBreak = run.LastIndexOfAny('\n', '\r');
            if (lastBreak < 0)
            {
                OnSpace(start, narrow: false);
                _runEnd = start + run.Length;
                return run.Length;
            }

            for (var k = 0; k <= lastBreak; k++)
            {
                if (run[k] is '\n' or '\r')
                {
                    OnLineBreak(run[k]);
                }
            }

            if (lastBreak + 1 < run.Length)
            {
                OnSpace(start + lastBreak + 1, narrow: false);
                _runEnd = start + run.Length;
            }

            return run.Length;
        }

        /// <summary>
        /// After a plain letter, copies the following run of plain letters (and, without repair, single spaces between
        /// them) in one step. Returns how many input characters it consumed.
        /// </summary>
        private int CopyPlainRun(int start)
        {
            if (start >= _in.Length)
            {
                return 0;
            }

            // word by word: letters, then one space followed by a letter (only when no pair rule needs the words)
            var rest = _in[start..];
            var withSpaces = !_o.RepairHalfSpaces;
            var pos = 0;
            var lastSpace = -1;
            var lastZwnj = -1;
            var keepZwnj = _o.NormalizeHalfSpaces;
            while (true)
            {
                while (pos < rest.Length && IsPlain(rest[pos]))
                {
                    pos++;
                }

                if (pos + 1 >= rest.Length || !IsPlain(rest[pos + 1]))
                {
                    break;
                }

                if (rest[pos] == ' ' && withSpaces)
                {
                    lastSpace = pos;
                }
                else if (rest[pos] == Zwnj && keepZwnj && pos > 0)
                {
                    // one half-space between two letters stays as it is
                    lastZwnj = pos;
                }
                else
                {
                    break;
                }

                pos++;
            }

            if (pos == 0)
            {
                return 0;
            }

            var run = rest[..pos];
            Output.Append(run);
            if (lastSpace >= 0)
            {
                // the run ended the word we were in and started others; only the last one is still open
                _wordStart = Output.Length - (run.Length - lastSpace - 1);
                _wordHasZwnj = false;
                _prevStart = _prevEnd = _sepPos = -1;
            }

            if (lastZwnj > lastSpace)
            {
                _wordHasZwnj = true;
            }

            return run.Length;
        }

        // Punctuation spacing may put a space after «،» «؛» «؟» and around guillemets, so they end a token too:
        // otherwise a second pass would see different tokens than the first.
        private static bool IsTokenBreak(char c) =>
            IsHorizontalSpace(c) || IsLineBreak(c) || c is Nbsp or ArabicComma or ArabicSemicolon or ArabicQuestion or OpenGuillemet or CloseGuillemet;

        private readonly bool IsStandIn(int i)
        {
            if (_wordStart < 0 && !_pendingZwnj)
            {
                return false;
            }

            for (var k = i + 1; k < _in.Length; k++)
            {
                var n = _in[k];
                if (n is Zwnj or Zwsp or Zwj or NotSign || (_o.RemoveBidiMarks && n is Lrm or Rlm or Alm) ||
                    (_o.RemoveTatweel && n == Tatweel) || (_o.RemoveDiacritics && IsDiacritic(n)))
                {
                    continue; // skipped or removed by this pass: look at what follows
                }

                return IsLetter(n);
            }

            return false;
        }

        private void EmitWordChar(char c)
        {
            if (_wordStart < 0)
            {
                FlushBefore(c, isLetter: true);
                _wordStart = Output.Length;
                _wordHasZwnj = false;
            }
            else if (_pendingZwnj)
            {
                _pendingZwnj = false;
                _wordHasZwnj = true;
                Output.Append(Zwnj);
            }

            Output.Append(c);
        }

        private void OnZwnj(char c)
        {
            if (!_o.NormalizeHalfSpaces)
            {
                if (_wordStart >= 0)
                {
                    _wordHasZwnj = true;
                    Output.Append(c);
                }
                else
                {
                    EmitOther(c);
                }

                return;
            }

            if (_wordStart >= 0)
            {
                _pendingZwnj = true;
            }
        }

        private void OnSpace(int i, bool narrow)
        {
            FinishWord();
            if (_runStart < 0)
            {
                _runStart = i;
                _runNarrowOnly = narrow;
            }
            else
            {
                _runNarrowOnly &= narrow;
            }

            _runEnd = i + 1;
        }

        private void OnLineBreak(char c)
        {
            FinishWord();
            if (_runStart >= 0 && !_o.CollapseWhitespace)
            {
                ReplayRun();
            }

            _runStart = -1;
            _spaceAfterPunct = _spaceAfterClose = _dropSpaces = false;
            _inQuote = false;
            _guillemets = 0;
            _prevEnd = -1;
            Output.Append(c);
        }

        private void EmitOther(char c)
        {
            FinishWord();
            _prevEnd = -1;
            if (_o.PunctuationSpacing)
            {
                if (_guillemets == 0 && c is OpenGuillemet or CloseGuillemet)
                {
                    _guillemets = c == OpenGuillemet ? 1 : 2;
                }

                switch (c)
                {
                    case ArabicComma or ArabicSemicolon or ArabicQuestion:
                        _runStart = -1;
                        _dropSpaces = false;
                        _spaceAfterClose = false;
                        if (_spaceAfterPunct)
                        {
                            // «؟؟» or «،؛»: keep them together
                            _spaceAfterPunct = false;
                        }

                        Output.Append(c);
                        _spaceAfterPunct = true;
                        return;
                    case OpenGuillemet when !_inQuote && _guillemets == 1:
                        FlushBefore(c, isLetter: false);
                        if (Output.Length > 0 && IsLetterOrDigit(Output.Last))
                        {
                            Output.Append(' ');
                        }

                        Output.Append(c);
                        _inQuote = true;
                        _dropSpaces = true;
                        return;
                    case CloseGuillemet when _inQuote && _guillemets == 1:
                        _runStart = -1;
                        _dropSpaces = false;
                        _spaceAfterPunct = false;
                        Output.Append(c);
                        _inQuote = false;
                        _spaceAfterClose = true;
                        return;
                }
            }

            FlushBefore(c, isLetter: char.IsAsciiLetter(c));
            Output.Append(c);
        }

        private static bool IsLetterOrDigit(char c) => IsWordChar(c) || char.IsLetterOrDigit(c);

        /// <summary>Writes the pending white space (or the space punctuation asks for) before a non-space character.</summary>
        private void FlushBefore(char next, bool isLetter)
        {
            var wantsSpace =
                (_spaceAfterPunct && (isLetter || next == OpenGuillemet)) ||
                (_spaceAfterClose && (isLetter || PersianDigits.IsDigit(next)));
            _spaceAfterPunct = false;
            _spaceAfterClose = false;

            if (_runStart < 0)
            {
                if (wantsSpace)
                {
                    Output.Append(' ');
                }

                _dropSpaces = false;
                return;
            }

            var dropped = _dropSpaces || (_o.CollapseWhitespace && (Output.Length == 0 || IsLineBreak(Output.Last)));
            _dropSpaces = false;
            if (dropped)
            {
                _runStart = -1;
                return;
            }

            var sepStart = Output.Length;
            int count;
            if (_o.CollapseWhitespace)
            {
                Output.Append(' ');
                count = 1;
            }
            else
            {
                count = ReplayRun();
            }

            _runStart = -1;
            if (count == 1 && _prevEnd == sepStart && isLetter && (Output[sepStart] == ' ' || IsNarrowSpace(Output[sepStart])))
            {
                _sepPos = sepStart;
                _sepNarrow = _runNarrowOnly;
            }
        }

        private int ReplayRun()
        {
            var count = 0;
            for (var k = _runStart; k < _runEnd; k++)
            {
                var s = _in[k];
                if (s == Nbsp && _o.NbspToSpace)
                {
                    s = ' ';
                }
                else if (!IsHorizontalSpace(s))
                {
                    continue; // a removed mark inside the run
                }

                Output.Append(s);
                count++;
            }

            _runStart = -1;
            return count;
        }

        private void FinishWord()
        {
            _pendingZwnj = false;
            if (_wordStart < 0)
            {
                return;
            }

            var start = _wordStart;
            _wordStart = -1;
            var length = Output.Length - start;

            if (_joinAny && _sepPos >= 0 && _sepPos == _prevEnd && start == _sepPos + 1 &&
                (_o.RepairHalfSpaces || (_sepNarrow && _o.NormalizeHalfSpaces)) &&
                HalfSpaceRules.ShouldJoin(Output.Slice(_prevStart, _sepPos - _prevStart), Output.Slice(start, length)))
            {
                Output.Set(_sepPos, Zwnj);
                _sepPos = -1;
                _prevEnd = Output.Length;
                return;
            }

            _sepPos = -1;
            if (_o.RepairHalfSpaces && !_wordHasZwnj && length >= 3)
            {
                var at = HalfSpaceRules.FindInsertion(Output.Slice(start, length));
                if (at > 0)
                {
                    Output.Insert(start + at, Zwnj);
                }
            }

            _prevStart = start;
            _prevEnd = Output.Length;
        }
    }
}
