namespace NewsModel.Persian;

/// <summary>The affix rules that decide where a lost half-space belongs.</summary>
internal static class HalfSpaceRules
{
    /// <summary>Whether two words separated by one space should be one word joined by a half-space.</summary>
    public static bool ShouldJoin(ReadOnlySpan<char> left, ReadOnlySpan<char> right) => false;

    /// <summary>Where a half-space belongs inside a word written without one, or -1.</summary>
    public static int FindInsertion(ReadOnlySpan<char> word) => -1;
}
